// data/voortgang.csv: how each activity goes per quarter (do).
import { VOORTGANG_STATUSSEN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export const VOORTGANG = {
  activiteit: kolom.verwijzing('activiteiten').verplicht().uitleg('De activiteit.'),
  kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal.'),
  status: kolom.keuze(VOORTGANG_STATUSSEN).verplicht().uitleg('Hoe het gaat.'),
  toelichting: kolom.tekst().uitleg('Een korte uitleg.'),
};
