// The header of a CSV table against its column list (derived from the declarations in
// src/lib/contract). The cells are read by src/lib/contract/lezen.ts.
import { melding } from './meldingen/index.ts';
import type { CsvTable } from './csv.ts';
import type { Problem } from './types.ts';

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** Checks the header against the column list: missing required columns are errors, unknown ones warnings. */
export function checkHeader(table: CsvTable, spec: ColumnSpec, problems: Problem[]): boolean {
  if (table.headers.length === 0) {
    problems.push({ ...melding('bestand.geen-kopregel', { kolommen: spec.required }), file: table.file, line: 1 });
    return false;
  }
  const known = new Set([...spec.required, ...spec.optional]);
  const seen = new Set<string>();
  for (const header of table.headers) {
    if (header === '') continue;
    if (seen.has(header)) {
      problems.push({ ...melding('bestand.kolom-dubbel', { kolom: header }), file: table.file, line: table.headerLine });
    }
    seen.add(header);
    if (!known.has(header)) {
      problems.push({ ...melding('bestand.onbekende-kolom', { kolom: header, bekend: [...known] }), file: table.file, line: table.headerLine });
    }
  }
  let complete = true;
  for (const column of spec.required) {
    if (!seen.has(column)) {
      complete = false;
      problems.push({ ...melding('bestand.kolom-ontbreekt', { kolom: column }), file: table.file, line: table.headerLine });
    }
  }
  return complete;
}
