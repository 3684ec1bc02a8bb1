// Typed reading of one CSV table against its column list. Each accessor records a
// Dutch problem with file, line and column and returns undefined when a cell is wrong,
// so one run reports every problem.
import { isMissing, parseGetal, type NumberOptions } from './numbers.ts';
import { parseKwartaal } from './quarters.ts';
import { idTeLang, parseDatum, parseJaNee, parseLijst, parseSlug } from './cells.ts';
import type { CsvRow, CsvTable } from './csv.ts';
import type { Kwartaal, Problem, Source } from './types.ts';

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** Checks the header against the column list: missing required columns are errors, unknown ones warnings. */
export function checkHeader(table: CsvTable, spec: ColumnSpec, problems: Problem[]): boolean {
  if (table.headers.length === 0) {
    problems.push({ severity: 'fout', file: table.file, line: 1, message: `het bestand heeft geen kopregel; de eerste regel moet de kolomnamen bevatten: ${spec.required.join(', ')}` });
    return false;
  }
  const known = new Set([...spec.required, ...spec.optional]);
  const seen = new Set<string>();
  for (const header of table.headers) {
    if (header === '') continue;
    if (seen.has(header)) {
      problems.push({ severity: 'fout', file: table.file, line: table.headerLine, message: `kolom "${header}" staat twee keer in de kopregel` });
    }
    seen.add(header);
    if (!known.has(header)) {
      problems.push({ severity: 'waarschuwing', file: table.file, line: table.headerLine, message: `onbekende kolom "${header}" wordt genegeerd (bekende kolommen: ${[...known].join(', ')})` });
    }
  }
  let complete = true;
  for (const column of spec.required) {
    if (!seen.has(column)) {
      complete = false;
      problems.push({ severity: 'fout', file: table.file, line: table.headerLine, message: `verplichte kolom "${column}" ontbreekt` });
    }
  }
  return complete;
}

export interface Row {
  source: Source;
  /** True when this row produced an error so far. */
  readonly failed: boolean;
  fail(column: string | undefined, message: string): void;
  warn(column: string | undefined, message: string): void;
  raw(column: string): string;
  text(column: string, required?: boolean): string | undefined;
  slug(column: string, required?: boolean): string | undefined;
  /** The record's own id (required): a slug of at most MAX_ID_LENGTE characters. */
  id(column: string): string | undefined;
  number(column: string, options?: NumberOptions & { required?: boolean; integer?: boolean }): number | undefined;
  /** A number cell that may also be missing: null means "no value". */
  optionalNumber(column: string, options?: NumberOptions): number | null | undefined;
  quarter(column: string, required?: boolean): Kwartaal | undefined;
  date(column: string, required?: boolean): string | undefined;
  yesNo(column: string, fallback: boolean): boolean;
  list(column: string): string[];
  slugList(column: string): string[];
  oneOf<T extends string>(column: string, values: readonly T[], required?: boolean): T | undefined;
}

export function readRow(table: CsvTable, row: CsvRow, problems: Problem[]): Row {
  const file = table.file;
  const line = row.line;
  let failed = false;
  const fail = (column: string | undefined, message: string) => {
    failed = true;
    problems.push({ severity: 'fout', file, line, column, message });
  };
  const warn = (column: string | undefined, message: string) => {
    problems.push({ severity: 'waarschuwing', file, line, column, message });
  };
  const has = (column: string) => table.headers.includes(column);
  const raw = (column: string) => row.cells[column] ?? '';
  /** The cell, or undefined when missing; reports a required but empty cell. */
  const present = (column: string, required: boolean): string | undefined => {
    const cell = raw(column);
    if (isMissing(cell)) {
      if (required && has(column)) fail(column, cell === '' ? 'cel is leeg; deze kolom is verplicht' : `"${cell}" is geen waarde; deze kolom is verplicht`);
      return undefined;
    }
    return cell;
  };

  const reader: Row = {
    source: { file, line },
    get failed() {
      return failed;
    },
    fail,
    warn,
    raw,
    text(column, required = false) {
      // Free text: only an empty cell is missing, "-" or "n.v.t." can be meaningful prose.
      const cell = raw(column);
      if (cell === '') {
        if (required && has(column)) fail(column, 'cel is leeg; deze kolom is verplicht');
        return undefined;
      }
      return cell;
    },
    slug(column, required = false) {
      const cell = present(column, required);
      if (cell === undefined) return undefined;
      const parsed = parseSlug(cell);
      if (!parsed.ok) return void fail(column, parsed.message);
      return parsed.value;
    },
    id(column) {
      const id = reader.slug(column, true);
      const teLang = id && idTeLang(id);
      // Still the record's id: references to it are then no follow-up errors.
      if (teLang) fail(column, teLang);
      return id;
    },
    number(column, options = {}) {
      const cell = present(column, options.required ?? false);
      if (cell === undefined) return undefined;
      const parsed = parseGetal(cell, table.delimiter, options);
      if (!parsed.ok) return void fail(column, parsed.message);
      if (options.integer && !Number.isInteger(parsed.value)) return void fail(column, `"${cell}" is geen geheel getal`);
      return parsed.value;
    },
    optionalNumber(column, options = {}) {
      const cell = raw(column);
      if (isMissing(cell)) return null;
      const parsed = parseGetal(cell, table.delimiter, options);
      if (!parsed.ok) return void fail(column, parsed.message);
      return parsed.value;
    },
    quarter(column, required = false) {
      const cell = present(column, required);
      if (cell === undefined) return undefined;
      const parsed = parseKwartaal(cell);
      if (!parsed.ok) return void fail(column, parsed.message);
      return parsed.value;
    },
    date(column, required = false) {
      const cell = present(column, required);
      if (cell === undefined) return undefined;
      const parsed = parseDatum(cell);
      if (!parsed.ok) return void fail(column, parsed.message);
      return parsed.value;
    },
    yesNo(column, fallback) {
      const cell = raw(column);
      if (isMissing(cell)) return fallback;
      const parsed = parseJaNee(cell);
      if (!parsed.ok) {
        fail(column, parsed.message);
        return fallback;
      }
      return parsed.value;
    },
    list(column) {
      const cell = raw(column);
      return isMissing(cell) ? [] : parseLijst(cell);
    },
    slugList(column) {
      const out: string[] = [];
      for (const item of reader.list(column)) {
        const parsed = parseSlug(item);
        if (parsed.ok) out.push(parsed.value);
        else fail(column, parsed.message);
      }
      return out;
    },
    oneOf(column, values, required = false) {
      const cell = present(column, required);
      if (cell === undefined) return undefined;
      const value = cell.toLowerCase();
      const match = values.find((v) => v === value || v === value.replace(/\s+/g, '-'));
      if (!match) return void fail(column, `"${cell}" is geen toegestane waarde (kies uit: ${values.join(', ')})`);
      return match;
    },
  };
  return reader;
}
