// data/begrippen.csv: the glossary.
import { kolom } from '../kolom.ts';

export const BEGRIPPEN = {
  term: kolom.tekst().verplicht().uitleg('Het begrip. Uniek in dit bestand (hoofdletters tellen niet).'),
  uitleg: kolom.tekst().verplicht().uitleg('De uitleg.'),
};
