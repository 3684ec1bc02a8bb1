// data/doelen.csv: the goals. Required file.
import { DOEL_SOORTEN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export const DOELEN = {
  id: kolom.id().uitleg('De id van het doel. Uniek in dit bestand.'),
  lijn: kolom.verwijzing('lijnen').verplicht().uitleg('De lijn waar het doel bij hoort.'),
  titel: kolom.tekst().verplicht().uitleg('Korte titel, liefst een zin die het resultaat beschrijft.'),
  ambitie: kolom.tekst().uitleg('Wat de regio wil bereiken, in een of twee zinnen.'),
  soort: kolom.keuze(DOEL_SOORTEN).verplicht().uitleg('Meetbaar of merkbaar.'),
  themas: kolom.lijst(kolom.verwijzing('themas')).uitleg("De thema's van het doel."),
  eind_kwartaal: kolom.kwartaal().uitleg('Wanneer het doel bereikt moet zijn.'),
  eigenaar: kolom.tekst().uitleg('Wie verantwoordelijk is, als rol (geen naam van een privépersoon).'),
};
