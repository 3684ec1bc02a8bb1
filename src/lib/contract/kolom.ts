// The declaration vocabulary of the data contract: every column of a CSV file and every field
// of regio.yaml or an MDX frontmatter is declared once, as a `kolom`, with its kind, whether it
// is required, its default, its allowed values and what it means (in Dutch, for the docs).
// Reading (lezen.ts), the record types (RecordOf), the header check and the contract tables in
// docs/gegevens.md (docs.ts) are derived from these declarations.
//
// Why no Zod: the messages are the product here (Dutch, one per cell, with the cell quoted and a
// hint that depends on the file's delimiter), and the grammar is Dutch Excel (n.v.t. is empty,
// `1.234,5`, `Op koers`). Zod would parse into its own issue format that we would translate back,
// and its `toJSONSchema` would describe the parsed value, not the cell an author writes. A plain
// table is smaller; a JSON Schema or data dictionary for open data can be derived from it the
// same way docs.ts derives the contract tables.
import type { Kwartaal, Peildatum } from '../types.ts';
import type { CodeMet } from '../meldingen/index.ts';

export type Soort =
  | 'id'
  | 'verwijzing'
  | 'tekst'
  | 'getal'
  | 'kwartaal'
  | 'datum'
  | 'periode'
  | 'janee'
  | 'keuze'
  | 'lijst'
  | 'blok';

/** `ja`: column (or field) and value required; `kolom`: the column must exist, the cell may be empty (null). */
export type Verplichting = 'ja' | 'kolom' | 'nee';

export interface Bereik {
  min: number;
  max: number;
  /** The catalogue's message when a number lies outside; the declaration chooses it. */
  code: CodeMet<{ getal: number }>;
}

export interface KolomSpec {
  soort: Soort;
  verplichting: Verplichting;
  standaard?: unknown;
  /** Dutch: what the author fills in (the docs' "Wat vult u in"). */
  uitleg?: string;
  /** Dutch: the docs' "Toegestane waarden", when the kind's own wording does not say enough. */
  waarden?: string;
  /** verwijzing: the file (or folder) the id must exist in, as the docs name it. */
  naar?: string;
  /** keuze: the allowed values (canonical spelling) and how one value is called in a message. */
  keuzes?: readonly string[];
  keuzeCode?: CodeMet<{ waarde: string; keuzes: readonly string[] }>;
  /** getal: a `%` or `€` in the cell is allowed (default both), whole numbers only, range. */
  procent?: boolean;
  euro?: boolean;
  geheel?: boolean;
  bereik?: Bereik;
  /** lijst: the kind of each item. */
  item?: KolomSpec;
  /** getal: the unit of the number, in Dutch (`euro`, or where the unit is named); for the data dictionary. */
  eenheid?: string;
  /** periode: the message for a wrong value (it names what the value is and how to write it). */
  periodeCode?: CodeMet<{ waarde: string }>;
}

/**
 * One declared column or field. `T` is the value's type, `V` its requirement, `S` whether it has
 * a default; together they give its type in the record (see RecordOf).
 */
export interface Kolom<T = unknown, V extends Verplichting = Verplichting, S extends boolean = boolean> {
  readonly spec: KolomSpec;
  /** Type carriers only (never set at run time). */
  readonly _type?: T;
  readonly _verplicht?: V;
  readonly _standaard?: S;
  verplicht(): Kolom<T, 'ja', S>;
  verplichteKolom(): Kolom<T, 'kolom', S>;
  standaard(waarde: T): Kolom<T, V, true>;
  uitleg(tekst: string): Kolom<T, V, S>;
  waarden(tekst: string): Kolom<T, V, S>;
  geheel(): Kolom<T, V, S>;
  eenheid(tekst: string): Kolom<T, V, S>;
  bereik(min: number, max: number, code: CodeMet<{ getal: number }>): Kolom<T, V, S>;
}

function maak<T, V extends Verplichting = 'nee', S extends boolean = false>(spec: KolomSpec): Kolom<T, V, S> {
  const met = (extra: Partial<KolomSpec>) => maak({ ...spec, ...extra }) as never;
  return {
    spec,
    verplicht: () => met({ verplichting: 'ja' }),
    verplichteKolom: () => met({ verplichting: 'kolom' }),
    standaard: (standaard) => met({ standaard }),
    uitleg: (uitleg) => met({ uitleg }),
    waarden: (waarden) => met({ waarden }),
    geheel: () => met({ geheel: true }),
    eenheid: (eenheid) => met({ eenheid }),
    bereik: (min, max, code) => met({ bereik: { min, max, code } }),
  };
}

const basis = (soort: Soort, extra: Partial<KolomSpec> = {}): KolomSpec => ({ soort, verplichting: 'nee', ...extra });

export const kolom = {
  /** The record's own id: required, unique in its file (checked beside the declaration), at most 64 characters. */
  id: () => maak<string>(basis('id')).verplicht(),
  /** The id of a record in another file or folder (`doelen`, `lijnen`, …): checked in verwijzingen. */
  verwijzing: (naar: string) => maak<string>(basis('verwijzing', { naar })),
  tekst: () => maak<string>(basis('tekst')),
  getal: (opties: { procent?: boolean; euro?: boolean } = {}) => maak<number>(basis('getal', opties)),
  kwartaal: () => maak<Kwartaal>(basis('kwartaal')),
  datum: () => maak<string>(basis('datum')),
  /** A year, a quarter or a date. */
  periode: (periodeCode: CodeMet<{ waarde: string }> = 'cel.geen-peildatum') => maak<Peildatum>(basis('periode', { periodeCode })),
  janee: () => maak<boolean, 'nee', true>(basis('janee', { standaard: false })),
  keuze: <const W extends readonly string[]>(keuzes: W, keuzeCode?: KolomSpec['keuzeCode']) => maak<W[number]>(basis('keuze', { keuzes, keuzeCode })),
  /** A list in one cell (`a|b` or `a, b`) or a YAML list; empty means []. */
  lijst: <T>(item: Kolom<T>) => maak<T[], 'nee', true>(basis('lijst', { item: item.spec, standaard: [] })),
  /** A nested YAML block, read by explicit code beside the declaration. */
  blok: <T>() => maak<T>(basis('blok')),
};

export type Declaratie = Record<string, Kolom>;

/** `eind_kwartaal` → `eindKwartaal`: the record's property for a column. */
export type Camel<S extends string> = S extends `${infer A}_${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
export const camel = (naam: string): string => naam.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

type WaardeVan<K> = K extends Kolom<infer T, infer V, infer S> ? (S extends true ? T : V extends 'ja' ? T : V extends 'kolom' ? T | null : T | undefined) : never;
type IsOptioneel<K> = K extends Kolom<unknown, infer V, infer S> ? (S extends true ? false : V extends 'nee' ? true : false) : never;
type Plat<T> = { [K in keyof T]: T[K] };

/** The typed record of a declaration: required columns and those with a default always have a value. */
export type WaardenVan<D extends Declaratie> = Plat<
  { [K in keyof D & string as IsOptioneel<D[K]> extends true ? never : Camel<K>]: WaardeVan<D[K]> } & {
    [K in keyof D & string as IsOptioneel<D[K]> extends true ? Camel<K> : never]?: WaardeVan<D[K]>;
  }
>;

/** A record read from one row, with where it came from. */
export type RecordOf<D extends Declaratie> = Plat<WaardenVan<D> & { source: import('../types.ts').Source }>;

/** The header check's view of a CSV declaration: required columns first, each group in declared order. */
export function kolomLijst(declaratie: Declaratie): { required: string[]; optional: string[] } {
  const namen = Object.entries(declaratie);
  return {
    required: namen.filter(([, k]) => k.spec.verplichting !== 'nee').map(([n]) => n),
    optional: namen.filter(([, k]) => k.spec.verplichting === 'nee').map(([n]) => n),
  };
}
