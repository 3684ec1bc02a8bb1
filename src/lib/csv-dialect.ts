// Appending rows to a CSV file in the file's own dialect: the encoding, delimiter, line
// ending and quoting Excel (or another program) used when it saved the file. The bytes
// already in the file are never changed, so Excel opens the file as before and a version
// control diff shows only the new lines.
import { decodeBytes, parseCsvText } from './csv.ts';
import type { Delimiter } from './numbers.ts';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type LineEnding = '\r\n' | '\n' | '\r';

export interface CsvDialect {
  encoding: CsvEncoding;
  delimiter: Delimiter;
  /** The file starts with a `sep=;` line (only matters for a new file). */
  sepLine: boolean;
  /** The line ending between records (inside quoted cells Excel writes LF; that is kept apart). */
  lineEnding: LineEnding;
  /** The last record is followed by a line ending. */
  endsWithNewline: boolean;
  /** `always`: every cell between quotes; `needed`: only cells that need them (Excel's own way). */
  quoting: 'always' | 'needed';
}

/** Dutch Excel's default for "CSV UTF-8": BOM, `;`, CRLF. */
export const EXCEL_DIALECT: CsvDialect = { encoding: 'utf-8-bom', delimiter: ';', sepLine: false, lineEnding: '\r\n', endsWithNewline: true, quoting: 'needed' };

interface Scan {
  endings: Record<LineEnding, number>;
  quoted: number;
  unquoted: number;
}

/** Walks the records outside quotes: which line endings separate them and how non-empty cells are quoted. */
function scan(text: string, delimiter: Delimiter): Scan {
  const result: Scan = { endings: { '\r\n': 0, '\n': 0, '\r': 0 }, quoted: 0, unquoted: 0 };
  let i = 0;
  let lineHasContent = false;
  while (i < text.length) {
    // At the start of a cell.
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') i += 2;
          else break;
        } else i++;
      }
      i++;
      result.quoted++;
      lineHasContent = true;
    }
    const start = i;
    while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
    if (i > start && text.slice(start, i).trim() !== '') {
      result.unquoted++;
      lineHasContent = true;
    }
    if (i >= text.length) break;
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    const ending: LineEnding = text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
    if (lineHasContent) result.endings[ending]++;
    lineHasContent = false;
    i += ending.length;
  }
  return result;
}

function encodingOf(bytes: Uint8Array): CsvEncoding {
  const decoded = decodeBytes(bytes);
  if (decoded.encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
  return decoded.encoding;
}

/** The dialect of a CSV file's bytes, detected the way src/lib/csv.ts reads them. */
export function detectDialect(bytes: Uint8Array): CsvDialect {
  const { text } = decodeBytes(bytes);
  const table = parseCsvText('', text, []);
  const sepLine = /^sep=/i.test(text);
  const body = sepLine ? text.replace(/^[^\r\n]*(\r\n|\n|\r)?/, '') : text;
  const { endings, quoted, unquoted } = scan(body, table.delimiter);
  const sepEnding = sepLine ? /^[^\r\n]*(\r\n|\n|\r)/.exec(text)?.[1] as LineEnding | undefined : undefined;
  // The most used record separator; a one-line file has none, then the sep= line's or Excel's.
  const order: LineEnding[] = ['\r\n', '\n', '\r'];
  const most = order.reduce((best, e) => (endings[e] > endings[best] ? e : best), '\r\n' as LineEnding);
  const lineEnding = endings[most] > 0 ? most : (sepEnding ?? firstEnding(body) ?? '\r\n');
  return {
    encoding: encodingOf(bytes),
    delimiter: table.delimiter,
    sepLine,
    lineEnding,
    endsWithNewline: text.length === 0 || /[\r\n]$/.test(text),
    quoting: quoted > 0 && unquoted === 0 ? 'always' : 'needed',
  };
}

function firstEnding(text: string): LineEnding | undefined {
  return /\r\n|\n|\r/.exec(text)?.[0] as LineEnding | undefined;
}

/** One cell as the dialect writes it. */
function formatCell(cell: string, dialect: CsvDialect): string {
  const needs = cell.includes(dialect.delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim();
  if (dialect.quoting === 'always' || needs) return `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

/** Records as text in the dialect, each followed by the dialect's line ending. */
export function formatRows(rows: string[][], dialect: CsvDialect): string {
  return rows.map((row) => row.map((cell) => formatCell(cell, dialect)).join(dialect.delimiter) + dialect.lineEnding).join('');
}

/** A character the file's encoding cannot hold. */
export class NietCodeerbaar extends Error {
  readonly teken: string;
  constructor(teken: string) {
    super(`het teken "${teken}" (U+${(teken.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) kan niet in een Windows-1252-bestand`);
    this.teken = teken;
  }
}

// Windows-1252 as the reader decodes it (the WHATWG table), reversed: exact by construction.
let cp1252: Map<number, number> | undefined;
function cp1252Table(): Map<number, number> {
  if (!cp1252) {
    const decoder = new TextDecoder('windows-1252');
    cp1252 = new Map();
    for (let b = 0; b < 256; b++) cp1252.set(decoder.decode(Uint8Array.of(b)).charCodeAt(0), b);
  }
  return cp1252;
}

/** Text as bytes in the encoding, without a BOM; throws NietCodeerbaar for a character Windows-1252 lacks. */
export function encodeText(text: string, encoding: CsvEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextEncoder().encode(text);
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'windows-1252': {
      const table = cp1252Table();
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = table.get(text.charCodeAt(i));
        if (byte === undefined) throw new NietCodeerbaar(String.fromCodePoint(text.codePointAt(i) ?? 0));
        out[i] = byte;
      }
      return out;
    }
  }
}

const BOMS: Record<CsvEncoding, number[]> = {
  'utf-8': [],
  'utf-8-bom': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'windows-1252': [],
};

/**
 * The file's bytes with the rows appended: the old bytes unchanged as a prefix. A file that
 * does not end with a line ending first gets one, in its own line ending.
 */
export function appendRows(bytes: Uint8Array, rows: string[][], dialect: CsvDialect = detectDialect(bytes)): Uint8Array {
  if (rows.length === 0) return bytes;
  const text = (dialect.endsWithNewline ? '' : dialect.lineEnding) + formatRows(rows, dialect);
  const added = encodeText(text, dialect.encoding);
  const out = new Uint8Array(bytes.length + added.length);
  out.set(bytes, 0);
  out.set(added, bytes.length);
  return out;
}

/** A new file: BOM, `sep=` line when the dialect has one, the header and the rows. */
export function newCsvFile(header: string[], rows: string[][], dialect: CsvDialect): Uint8Array {
  const sep = dialect.sepLine ? `sep=${dialect.delimiter === '\t' ? '\\t' : dialect.delimiter}${dialect.lineEnding}` : '';
  const body = encodeText(sep + formatRows([header, ...rows], dialect), dialect.encoding);
  const bom = BOMS[dialect.encoding];
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}
