// The data contract: one declaration per region file. Reading, record types, the header check
// and the contract tables in docs/gegevens.md are derived from this list.
import type { Declaratie } from './kolom.ts';
import { AANBEVELINGEN } from './bestanden/aanbevelingen.ts';
import { ACTIVITEITEN } from './bestanden/activiteiten.ts';
import { BEGRIPPEN } from './bestanden/begrippen.ts';
import { BEGROTING } from './bestanden/begroting.ts';
import { BEOORDELINGEN } from './bestanden/beoordelingen.ts';
import { DOELEN } from './bestanden/doelen.ts';
import { DOELVERHAAL } from './bestanden/doelverhaal.ts';
import { INDICATOREN } from './bestanden/indicatoren.ts';
import { KERNCIJFERS } from './bestanden/kerncijfers.ts';
import { KWARTAAL } from './bestanden/kwartaal.ts';
import { LIJN } from './bestanden/lijn.ts';
import { METINGEN } from './bestanden/metingen.ts';
import { PAGINA } from './bestanden/pagina.ts';
import { PARTIJEN } from './bestanden/partijen.ts';
import { REGIO } from './bestanden/regio.ts';
import { UITGAVEN } from './bestanden/uitgaven.ts';
import { VOORTGANG } from './bestanden/voortgang.ts';

export {
  AANBEVELINGEN, ACTIVITEITEN, BEGRIPPEN, BEGROTING, BEOORDELINGEN, DOELEN, DOELVERHAAL, INDICATOREN,
  KERNCIJFERS, KWARTAAL, LIJN, METINGEN, PAGINA, PARTIJEN, REGIO, UITGAVEN, VOORTGANG,
};

/** The CSV files of data/, in the order they are read. */
export const CSV_CONTRACT = {
  'doelen.csv': DOELEN,
  'indicatoren.csv': INDICATOREN,
  'metingen.csv': METINGEN,
  'beoordelingen.csv': BEOORDELINGEN,
  'activiteiten.csv': ACTIVITEITEN,
  'voortgang.csv': VOORTGANG,
  'partijen.csv': PARTIJEN,
  'begroting.csv': BEGROTING,
  'uitgaven.csv': UITGAVEN,
  'kerncijfers.csv': KERNCIJFERS,
  'aanbevelingen.csv': AANBEVELINGEN,
  'begrippen.csv': BEGRIPPEN,
} satisfies Record<string, Declaratie>;

/** The YAML files: regio.yaml and the frontmatter per content folder. */
export const YAML_CONTRACT = {
  'regio.yaml': REGIO,
  'lijnen': LIJN,
  'kwartalen': KWARTAAL,
  'doelen': DOELVERHAAL,
  'paginas': PAGINA,
} satisfies Record<string, Declaratie>;

/** Every declaration by the name the docs' markers use (`<!-- contract:doelen.csv -->`). */
export const CONTRACT: Record<string, Declaratie> = { ...CSV_CONTRACT, ...YAML_CONTRACT };
