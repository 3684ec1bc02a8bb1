// The header of a CSV table against its column list (derived from the declarations in
// src/lib/contract). The cells are read by src/lib/contract/lezen.ts.
import type { CsvTable } from './csv.ts';
import type { Problem } from './types.ts';

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
