// data/uitgaven.csv: what was spent per line per quarter (rows for the same quarter add up).
import { kolom } from '../kolom.ts';

export const UITGAVEN = {
  lijn: kolom.verwijzing('lijnen').verplicht().uitleg('De lijn.'),
  kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal.'),
  bedrag: kolom.getal({ procent: false }).eenheid('euro').verplicht().uitleg('Het uitgegeven bedrag in euro.'),
};
