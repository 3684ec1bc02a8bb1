// Numbers as Dutch Excel writes them. The delimiter of the file decides the decimal
// separator: in a `;` (or tab) file `,` is decimal and `.` groups thousands; in a `,`
// file `.` is decimal and there is no grouping.
import type { ParseResult } from './quarters.ts';
import { melding } from './meldingen/index.ts';

export type Delimiter = ',' | ';' | '\t';

const MISSING = new Set(['', 'n.v.t.', 'nvt', 'n.v.t', 'onbekend', '-']);

/** Empty cells and the words authors use for "no value". */
export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

export interface NumberOptions {
  /** Allow a trailing `%` (percentages). */
  percent?: boolean;
  /** Allow a leading or trailing `€` (amounts). */
  euro?: boolean;
  /** Say how to write a number in a file with this delimiter (false in YAML, which has none). */
  hint?: boolean;
}

/** Parses one non-missing number cell; the message quotes the cell. */
export function parseGetal(cell: string, delimiter: Delimiter, options: NumberOptions = { percent: true, euro: true }): ParseResult<number> {
  const original = cell.trim();
  let text = original.replace(/[\u00a0\u202f ]/g, '');
  if (options.euro !== false) text = text.replace(/^€|€$/g, '').replace(/^([-−+])€/, '$1').replace(/,-{1,2}$/, '');
  else if (text.includes('€')) return { ok: false, melding: melding('cel.euro-teken', { waarde: original }) };
  if (options.percent !== false) text = text.replace(/%$/, '');
  else if (text.endsWith('%')) return { ok: false, melding: melding('cel.procent-teken', { waarde: original }) };
  text = text.replace(/^−/, '-');
  const decimalComma = delimiter !== ',';
  const pattern = decimalComma
    ? /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/
    : /^[-+]?\d+(\.\d+)?$/;
  if (!pattern.test(text)) {
    const hint = decimalComma
      ? 'schrijf bijvoorbeeld 1234,5 of 1.234,5'
      : 'schrijf bijvoorbeeld 1234.5 (in een bestand met komma\'s als scheidingsteken is de punt het decimaalteken)';
    return { ok: false, melding: melding('cel.geen-getal', { waarde: original, hint: options.hint === false ? undefined : hint }) };
  }
  const normalised = decimalComma ? text.replace(/\./g, '').replace(',', '.') : text;
  return { ok: true, value: Number(normalised) };
}
