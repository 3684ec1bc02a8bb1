// data/begroting.csv: the budget per line per year.
import { kolom } from '../kolom.ts';

export const BEGROTING = {
  lijn: kolom.verwijzing('lijnen').verplicht().uitleg('De lijn.'),
  jaar: kolom.getal({ procent: false, euro: false }).geheel().bereik(2000, 2100, 'cel.geen-jaartal').verplicht().uitleg('Het jaar.'),
  bedrag: kolom.getal({ procent: false }).eenheid('euro').verplicht().uitleg('Het begrote bedrag in euro.'),
};
