// data/activiteiten.csv: what the region does (plan), per line.
import { kolom } from '../kolom.ts';

export const ACTIVITEITEN = {
  id: kolom.id().uitleg('De id van de activiteit. Uniek in dit bestand.'),
  lijn: kolom.verwijzing('lijnen').verplicht().uitleg('De lijn.'),
  doel: kolom.verwijzing('doelen').uitleg('Het doel waaraan de activiteit bijdraagt.'),
  wat: kolom.tekst().verplicht().uitleg('Wat u doet.'),
  wie: kolom.tekst().uitleg('Wie het doet, als rollen of organisaties.'),
  start: kolom.kwartaal().uitleg('Eerste kwartaal.'),
  eind: kolom.kwartaal().uitleg('Laatste kwartaal. Niet vóór `start`.'),
};
