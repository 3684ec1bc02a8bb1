// The validated region model. Everything here has already been read, checked and
// cross-referenced by src/lib; pages and downloads only read it. The records of the region's
// files are derived from their declarations in src/lib/contract (one place for each column).
import type * as C from './contract/index.ts';
import type { RecordOf, WaardenVan } from './contract/kolom.ts';
import type { Toegankelijkheid } from './contract/bestanden/regio.ts';
import type { Code } from './meldingen/index.ts';

/** A canonical quarter, always written `2025-Q3`. */
export type Kwartaal = string;

export type Severity = 'fout' | 'waarschuwing';

/** One problem found while reading a region, with the position of its source. */
export interface Problem {
  severity: Severity;
  /** Path relative to the region folder, always with `/`. */
  file: string;
  /** Physical 1-based line in the source file, when known. */
  line?: number;
  /** Column (CSV header name) or frontmatter field, when the problem is about one cell. */
  column?: string;
  /** The message's code in the catalogue (src/lib/meldingen): every message comes from there. */
  code: Code;
  /** Plain Dutch message, as the catalogue renders it. */
  message: string;
}

/** Where a record came from, so later checks can point at it. */
export interface Source {
  file: string;
  line: number;
}

export const SECTOREN = ['po', 'so', 'vo', 'vso', 'mbo'] as const;
export type Sector = (typeof SECTOREN)[number];

export const REGELINGEN = ['onderwijsregio-2024', 'landelijk-dekkend-netwerk-2025'] as const;
export type Regeling = (typeof REGELINGEN)[number];

export const NALEVINGSSTATUSSEN = ['A', 'B', 'C', 'D', 'E'] as const;
export type Nalevingsstatus = (typeof NALEVINGSSTATUSSEN)[number];

/** regio.yaml as declared (src/lib/contract/bestanden/regio.ts), with what is derived from it. */
export interface Regio extends Omit<WaardenVan<typeof C.REGIO>, 'kortenaam' | 'toegankelijkheid'> {
  /** `naam` when not given. */
  kortenaam: string;
  /** The path part of `site` with a trailing slash ("/" or "/monitor/"): the site's base path. */
  sitePad?: string;
  /** Line of `site` in regio.yaml. */
  siteRegel?: number;
  /** Line of huidig_kwartaal in regio.yaml, for problems found after reading. */
  huidigKwartaalRegel?: number;
  toegankelijkheid?: Toegankelijkheid;
}

// The themes and their words live in their own vocabulary (thema-vocabulaire.ts).
export { THEMAS, type Thema } from './thema-vocabulaire.ts';

export const LIJN_SOORTEN = ['overkoepelend', 'inhoudelijk'] as const;
export type LijnSoort = (typeof LIJN_SOORTEN)[number];

/** A line: its frontmatter, and its id from the file name. */
export type Lijn = RecordOf<typeof C.LIJN> & { id: string };

export const DOEL_SOORTEN = ['meetbaar', 'merkbaar'] as const;
export type DoelSoort = (typeof DOEL_SOORTEN)[number];

export type Doel = RecordOf<typeof C.DOELEN>;

export const EENHEDEN = ['aantal', 'personen', 'percentage', 'fte', 'euro', 'score'] as const;
export type Eenheid = (typeof EENHEDEN)[number];

export const RICHTINGEN = ['hoger', 'lager'] as const;
export type Richting = (typeof RICHTINGEN)[number];

export type Indicator = RecordOf<typeof C.INDICATOREN>;

export type Meting = RecordOf<typeof C.METINGEN>;

/** The statuses an author may record in beoordelingen.csv. */
export const BEOORDELING_STATUSSEN = ['behaald', 'op-koers', 'aandacht', 'achter'] as const;
export type BeoordelingStatus = (typeof BEOORDELING_STATUSSEN)[number];

export type Beoordeling = RecordOf<typeof C.BEOORDELINGEN>;

/** Every status the engine can give, as used in URLs, data attributes and JSON. */
export const STATUSSEN = [
  'behaald',
  'op-koers',
  'aandacht',
  'achter',
  'geen-actuele-meting',
  'geen-meting',
  'niet-beoordeeld',
] as const;
export type Status = (typeof STATUSSEN)[number];

export type Activiteit = RecordOf<typeof C.ACTIVITEITEN>;

export const VOORTGANG_STATUSSEN = ['gepland', 'lopend', 'afgerond', 'vertraagd', 'gestopt'] as const;
export type VoortgangStatus = (typeof VOORTGANG_STATUSSEN)[number];

export type Voortgang = RecordOf<typeof C.VOORTGANG>;

export const PARTIJ_SOORTEN = [
  'schoolbestuur',
  'mbo-instelling',
  'lerarenopleiding',
  'gemeente',
  'beroepsgroep',
  'kinderopvang',
  'overig',
] as const;
export type PartijSoort = (typeof PARTIJ_SOORTEN)[number];

export const PARTIJ_STATUSSEN = ['aangesloten', 'in-gesprek', 'niet-aangesloten'] as const;
export type PartijStatus = (typeof PARTIJ_STATUSSEN)[number];

export type Partij = RecordOf<typeof C.PARTIJEN>;

export type Begrotingsregel = RecordOf<typeof C.BEGROTING>;

export type Uitgave = RecordOf<typeof C.UITGAVEN>;

/** A peildatum is a date (ISO), a year or a quarter. */
export type Peildatum =
  | { soort: 'datum'; waarde: string }
  | { soort: 'jaar'; waarde: number }
  | { soort: 'kwartaal'; waarde: Kwartaal };

export type Kerncijfer = RecordOf<typeof C.KERNCIJFERS>;

export const AANBEVELING_STATUSSEN = ['open', 'in-uitvoering', 'afgerond'] as const;
export type AanbevelingStatus = (typeof AANBEVELING_STATUSSEN)[number];

export type Aanbeveling = RecordOf<typeof C.AANBEVELINGEN>;

export type Begrip = RecordOf<typeof C.BEGRIPPEN>;

/** A quarter report's MDX file. */
export interface KwartaalBestand {
  kwartaal: Kwartaal;
  titel?: string;
  samenvatting: string;
  /** ISO date; absent means the quarter is still a concept. */
  vastgesteld?: string;
  /** Line of `vastgesteld` in the MDX file. */
  vastgesteldRegel?: number;
  /** Path relative to the region folder. */
  file: string;
}

/** A narrative MDX file that is not a line or quarter (goal narrative, extra page). */
export interface VerhaalBestand {
  id: string;
  titel?: string;
  file: string;
}
