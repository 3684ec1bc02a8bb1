// data/partijen.csv: the parties in the region and whether they joined.
import { PARTIJ_SOORTEN, PARTIJ_STATUSSEN, SECTOREN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export const PARTIJEN = {
  naam: kolom.tekst().verplicht().uitleg('Naam van de organisatie. Uniek in dit bestand.'),
  soort: kolom.keuze(PARTIJ_SOORTEN).verplicht().uitleg('Soort partij.'),
  sectoren: kolom.lijst(kolom.keuze(SECTOREN, 'cel.geen-sector')).uitleg('De sectoren.'),
  status: kolom.keuze(PARTIJ_STATUSSEN).verplicht().uitleg('Aangesloten of niet.'),
  sinds: kolom.periode('cel.geen-periode').uitleg('Sinds wanneer.'),
  partnerschap: kolom.tekst().uitleg('Het partnerschap (bijvoorbeeld de opleidingsschool).'),
};
