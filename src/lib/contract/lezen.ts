// Reading derived from a declaration: one generic reader for a CSV row and for YAML fields.
// Each problem is one Dutch line with file, line and column; a wrong cell gives no value, so
// one run reports every problem. What a record means beyond its cells (uniqueness, order of
// quarters, references) stays explicit code in read-region.ts and verwijzingen.ts.
import type { CsvRow, CsvTable } from '../csv.ts';
import type { Fields } from '../fields.ts';
import type { Delimiter } from '../numbers.ts';
import type { Problem, Source } from '../types.ts';
import { melding, type Melding } from '../meldingen/index.ts';
import { leesCel } from './cel.ts';
import { camel, type Declaratie, type KolomSpec, type RecordOf, type WaardenVan } from './kolom.ts';

/** Where the values of one record come from: a CSV row or a YAML mapping. */
interface Bron {
  source: Source;
  scheidingsteken?: Delimiter;
  waarde(naam: string): unknown;
  regel(naam: string): number;
  /** A required column or field without a value: the wording differs between a cell and a field. */
  ontbreekt(naam: string, cel: string): void;
}

/** One record as read, with its problems' reporters for the checks beside the declaration. */
export interface Gelezen<D extends Declaratie> {
  /** Every column with a value: what was read, else the default, else a placeholder (the row then failed). */
  record: RecordOf<D>;
  /** Only what was read (or defaulted); a missing or wrong cell is absent. */
  waarden: Partial<WaardenVan<D>>;
  readonly failed: boolean;
  source: Source;
  line(naam: string): number;
  /** Reports a catalogue message on the record's line (or the field's); an error fails the record. */
  fail(naam: string | undefined, melding: Melding): void;
  warn(naam: string | undefined, melding: Melding): void;
}

/** A value for a required column that has none, so the record keeps its type; the row already failed. */
function plaatsvervanger(spec: KolomSpec): unknown {
  switch (spec.soort) {
    case 'getal':
      return 0;
    case 'kwartaal':
      return '2000-Q1';
    case 'keuze':
      return spec.keuzes?.[0];
    case 'lijst':
      return [];
    case 'janee':
      return false;
    case 'periode':
      return { soort: 'jaar', waarde: 2000 };
    default:
      return '';
  }
}

/** A declaration's columns with their record property, worked out once per declaration. */
const KOLOMMEN = new WeakMap<Declaratie, { naam: string; spec: KolomSpec; key: string }[]>();
function kolommenVan(declaratie: Declaratie) {
  let kolommen = KOLOMMEN.get(declaratie);
  if (!kolommen) KOLOMMEN.set(declaratie, (kolommen = Object.entries(declaratie).map(([naam, k]) => ({ naam, spec: k.spec, key: camel(naam) }))));
  return kolommen;
}

function lees<D extends Declaratie>(declaratie: D, bron: Bron, problems: Problem[]): Gelezen<D> {
  let failed = false;
  const warn = (naam: string | undefined, m: Melding) => {
    problems.push({ ...m, file: bron.source.file, line: naam ? bron.regel(naam) : bron.source.line, column: naam });
  };
  const fail = (naam: string | undefined, m: Melding) => {
    if (m.severity === 'fout') failed = true;
    warn(naam, m);
  };
  const record: Record<string, unknown> = { source: bron.source };
  const waarden: Record<string, unknown> = {};
  for (const { naam, spec, key } of kolommenVan(declaratie)) {
    const cel = leesCel(naam, spec, bron.waarde(naam), bron.scheidingsteken);
    for (const m of cel.fouten) fail(naam, m);
    let waarde = cel.waarde;
    if (cel.leeg !== undefined && spec.verplichting === 'ja') {
      failed = true;
      bron.ontbreekt(naam, cel.leeg);
    }
    if (waarde === undefined && spec.standaard !== undefined) waarde = spec.standaard;
    if (waarde !== undefined) waarden[key] = waarde;
    else if (spec.verplichting === 'kolom' && cel.leeg !== undefined) waarde = waarden[key] = null;
    else if (spec.verplichting !== 'nee') waarde = plaatsvervanger(spec);
    record[key] = waarde;
  }
  return {
    record: record as RecordOf<D>,
    waarden: waarden as Partial<WaardenVan<D>>,
    get failed() {
      return failed;
    },
    source: bron.source,
    line: bron.regel,
    fail,
    warn,
  };
}

/** Reads one CSV row against its declaration (the header was checked with checkHeader). */
export function leesRij<D extends Declaratie>(declaratie: D, table: CsvTable, row: CsvRow, problems: Problem[]): Gelezen<D> {
  const source = { file: table.file, line: row.line };
  const has = (naam: string) => table.headers.includes(naam);
  return lees(declaratie, {
    source,
    scheidingsteken: table.delimiter,
    waarde: (naam) => row.cells[naam] ?? '',
    regel: () => row.line,
    ontbreekt(naam, cel) {
      // A column missing from the header was reported once, at the header.
      if (!has(naam)) return;
      const m = cel === '' ? melding('cel.leeg') : melding('cel.geen-waarde', { waarde: cel });
      problems.push({ ...m, file: table.file, line: row.line, column: naam });
    },
  }, problems);
}

/** Reads every row of a table. */
export function leesTabel<D extends Declaratie>(declaratie: D, table: CsvTable | undefined, problems: Problem[]): Gelezen<D>[] {
  return table ? table.rows.map((row) => leesRij(declaratie, table, row, problems)) : [];
}

export interface VeldOpties {
  /** Where a missing required field is reported (the frontmatter's first line). */
  fallbackLine?: number;
  /** The YAML itself could not be read: a missing field would be a false alarm. */
  unreadable?: boolean;
}

/** Reads YAML fields (regio.yaml, an MDX frontmatter) against a declaration; unknown fields are warnings. */
export function leesVelden<D extends Declaratie>(declaratie: D, file: string, fields: Fields, problems: Problem[], opties: VeldOpties = {}): Gelezen<D> {
  const fallbackLine = opties.fallbackLine ?? 1;
  const known = Object.keys(declaratie);
  for (const [key, field] of fields) {
    if (!known.includes(key)) {
      problems.push({ ...melding('mdx.onbekend-veld', { veld: key, bekend: known }), file, line: field.line, column: key });
    }
  }
  const regel = (naam: string) => fields.get(naam)?.line ?? fallbackLine;
  return lees(declaratie, {
    source: { file, line: fallbackLine },
    waarde: (naam) => fields.get(naam)?.value,
    regel,
    ontbreekt(naam, cel) {
      if (opties.unreadable) return;
      const m = !fields.has(naam)
        ? melding('mdx.verplicht-veld', { veld: naam })
        : cel === '' ? melding('mdx.veld-leeg', { veld: naam }) : melding('mdx.veld-geen-waarde', { waarde: cel });
      problems.push({ ...m, file, line: regel(naam), column: naam });
    },
  }, problems);
}

/** The record of a declaration with nothing read: its defaults (and placeholders for required fields). */
export function standaardRecord<D extends Declaratie>(declaratie: D): RecordOf<D> {
  return leesVelden(declaratie, '', new Map(), [], { unreadable: true }).record;
}
