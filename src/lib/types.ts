// The validated region model. Everything here has already been read, checked and
// cross-referenced by src/lib; pages and downloads only read it.

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
  /** Plain Dutch message. */
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

export interface Regio {
  naam: string;
  kortenaam: string;
  sectoren: Sector[];
  regeling: Regeling;
  penvoerder?: string;
  /** Absolute site URL without trailing slash, if given (origin and path). */
  site?: string;
  /** The path part of `site` with a trailing slash ("/" or "/monitor/"): the site's base path. */
  sitePad?: string;
  /** Line of `site` in regio.yaml. */
  siteRegel?: number;
  contact?: string;
  huidigKwartaal?: Kwartaal;
  /** Line of huidig_kwartaal in regio.yaml, for problems found after reading. */
  huidigKwartaalRegel?: number;
  tolerantie: number;
  kleineAantallen: number;
  licentie: string;
  extraThemas: string[];
  accentkleur?: string;
  toegankelijkheid?: {
    status: Nalevingsstatus;
    datum?: string;
    rapport?: string;
  };
}

export const THEMAS = [
  'werven',
  'matchen',
  'opleiden',
  'begeleiden',
  'professionaliseren',
  'samen-opleiden',
  'starters',
  'invalpool',
  'aansluiting',
  'loket',
  'governance',
  'monitoring',
  'sectoroverstijgend',
  'peer-review',
  'speciaal-onderwijs',
  'tekortvakken',
] as const;

export const LIJN_SOORTEN = ['overkoepelend', 'inhoudelijk'] as const;
export type LijnSoort = (typeof LIJN_SOORTEN)[number];

export interface Lijn {
  id: string;
  titel: string;
  volgorde: number;
  soort?: LijnSoort;
  samenvatting: string;
  portefeuillehouder?: string;
  projectleider?: string;
  programmamanager?: string;
  source: Source;
}

export const DOEL_SOORTEN = ['meetbaar', 'merkbaar'] as const;
export type DoelSoort = (typeof DOEL_SOORTEN)[number];

export interface Doel {
  id: string;
  lijn: string;
  titel: string;
  ambitie?: string;
  soort: DoelSoort;
  themas: string[];
  eindKwartaal?: Kwartaal;
  eigenaar?: string;
  source: Source;
}

export const EENHEDEN = ['aantal', 'personen', 'percentage', 'fte', 'euro', 'score'] as const;
export type Eenheid = (typeof EENHEDEN)[number];

export const RICHTINGEN = ['hoger', 'lager'] as const;
export type Richting = (typeof RICHTINGEN)[number];

export interface Indicator {
  id: string;
  doel: string;
  naam: string;
  eenheid: Eenheid;
  richting: Richting;
  nulmeting: number;
  nulmetingKwartaal: Kwartaal;
  streefwaarde: number;
  streefKwartaal: Kwartaal;
  bron?: string;
  toelichting?: string;
  source: Source;
}

export interface Meting {
  indicator: string;
  kwartaal: Kwartaal;
  /** null: the row exists but the value is missing (empty, n.v.t., onbekend, -). */
  waarde: number | null;
  bron?: string;
  opmerking?: string;
  voorlopig: boolean;
  source: Source;
}

/** The statuses an author may record in beoordelingen.csv. */
export const BEOORDELING_STATUSSEN = ['behaald', 'op-koers', 'aandacht', 'achter'] as const;
export type BeoordelingStatus = (typeof BEOORDELING_STATUSSEN)[number];

export interface Beoordeling {
  doel: string;
  kwartaal: Kwartaal;
  status?: BeoordelingStatus;
  /** Check: why the goal stands where it stands. */
  toelichting?: string;
  /** Act: what the region changes. */
  bijsturing?: string;
  source: Source;
}

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

export interface Activiteit {
  id: string;
  lijn: string;
  doel?: string;
  wat: string;
  wie?: string;
  start?: Kwartaal;
  eind?: Kwartaal;
  source: Source;
}

export const VOORTGANG_STATUSSEN = ['gepland', 'lopend', 'afgerond', 'vertraagd', 'gestopt'] as const;
export type VoortgangStatus = (typeof VOORTGANG_STATUSSEN)[number];

export interface Voortgang {
  activiteit: string;
  kwartaal: Kwartaal;
  status: VoortgangStatus;
  toelichting?: string;
  source: Source;
}

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

export interface Partij {
  naam: string;
  soort: PartijSoort;
  sectoren: Sector[];
  status: PartijStatus;
  sinds?: string;
  partnerschap?: string;
  source: Source;
}

export interface Begrotingsregel {
  lijn: string;
  jaar: number;
  bedrag: number;
  source: Source;
}

export interface Uitgave {
  lijn: string;
  kwartaal: Kwartaal;
  bedrag: number;
  source: Source;
}

/** A peildatum is a date (ISO), a year or a quarter. */
export type Peildatum =
  | { soort: 'datum'; waarde: string }
  | { soort: 'jaar'; waarde: number }
  | { soort: 'kwartaal'; waarde: Kwartaal };

export interface Kerncijfer {
  id: string;
  naam: string;
  waarde: number;
  eenheid?: string;
  peildatum: Peildatum;
  bron?: string;
  source: Source;
}

export const AANBEVELING_STATUSSEN = ['open', 'in-uitvoering', 'afgerond'] as const;
export type AanbevelingStatus = (typeof AANBEVELING_STATUSSEN)[number];

export interface Aanbeveling {
  id: string;
  aanbeveling: string;
  opvolging?: string;
  status: AanbevelingStatus;
  doelen: string[];
  source: Source;
}

export interface Begrip {
  term: string;
  uitleg: string;
  source: Source;
}

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
