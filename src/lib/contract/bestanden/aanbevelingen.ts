// data/aanbevelingen.csv: recommendations of the Realisatie-Eenheid and their follow-up.
import { AANBEVELING_STATUSSEN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export const AANBEVELINGEN = {
  id: kolom.id().uitleg('De id van de aanbeveling. Uniek in dit bestand.'),
  aanbeveling: kolom.tekst().verplicht().uitleg('De aanbeveling.'),
  opvolging: kolom.tekst().uitleg('Wat de regio ermee doet.'),
  status: kolom.keuze(AANBEVELING_STATUSSEN).verplicht().uitleg('Hoe ver de opvolging is.'),
  doelen: kolom.lijst(kolom.verwijzing('doelen')).uitleg('De doelen waarover het gaat.'),
};
