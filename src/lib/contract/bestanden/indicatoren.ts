// data/indicatoren.csv: what is measured for the measurable goals, from baseline to target.
import { EENHEDEN, RICHTINGEN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export const INDICATOREN = {
  id: kolom.id().uitleg('De id van de indicator. Uniek in dit bestand.'),
  doel: kolom.verwijzing('doelen').verplicht().uitleg('Het doel waar de indicator bij hoort.'),
  naam: kolom.tekst().verplicht().uitleg('Wat u meet, in gewone woorden.'),
  eenheid: kolom.keuze(EENHEDEN).verplicht().uitleg('Soort getal (zie hieronder).'),
  richting: kolom.keuze(RICHTINGEN).verplicht().uitleg('Is een hoger of een lager getal beter?'),
  nulmeting: kolom.getal().eenheid('de eenheid van de indicator').verplicht().uitleg('De waarde bij de start.'),
  nulmeting_kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal van de nulmeting.'),
  streefwaarde: kolom.getal().eenheid('de eenheid van de indicator').verplicht().uitleg('De waarde die u wilt bereiken.'),
  streef_kwartaal: kolom.kwartaal().verplicht().uitleg('Wanneer u die wilt bereiken. Moet **na** `nulmeting_kwartaal` liggen.'),
  bron: kolom.tekst().uitleg('Waar de cijfers vandaan komen.'),
  toelichting: kolom.tekst().uitleg('Hoe u telt of meet.'),
};
