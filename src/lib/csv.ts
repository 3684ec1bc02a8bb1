// Reading CSV files the way Dutch Excel writes them: any of its encodings, `,`, `;` or
// tab as delimiter, an optional `sep=` line, quoted cells across lines. Rows keep the
// physical line they start on, so every later problem can point at the source.
import { parse } from 'csv-parse/sync';
import type { Delimiter } from './numbers.ts';
import type { Problem } from './types.ts';
import { melding } from './meldingen/index.ts';
import { geenTekst, heeftOngeldigTeken, ongeldigTeken, tekenMelding } from './text.ts';

export interface CsvRow {
  /** Physical 1-based line in the file where this row starts. */
  line: number;
  /** Cell text by lower-cased, trimmed header name. */
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  delimiter: Delimiter;
  headers: string[];
  headerLine: number;
  rows: CsvRow[];
  /** True when the file could not be parsed at all (already reported). */
  unreadable?: boolean;
  /** True when a quoting error stopped the reading part-way (already reported). */
  incomplete?: boolean;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Decodes bytes: BOMs first, then strict UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Counts delimiters outside quotes in one line. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/** The delimiter of a header line: the most frequent of `;`, tab and `,` (`;` wins ties, as in Dutch Excel). */
export function detectDelimiter(headerLine: string): Delimiter {
  const candidates: Delimiter[] = [';', '\t', ','];
  let best: Delimiter = ';';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = countOutsideQuotes(headerLine, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function newlineCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/** Dutch wording of csv-parse's errors. */
function csvErrorCode(code: string | undefined) {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'bestand.aanhalingsteken-open' as const;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'bestand.aanhalingsteken-na-sluiten' as const;
    case 'INVALID_OPENING_QUOTE':
      return 'bestand.aanhalingsteken-midden' as const;
    default:
      return 'bestand.geen-csv' as const;
  }
}

/**
 * Parses decoded CSV text. Problems (bad quoting, an encoding warning) are added to
 * `problems`; on a fatal quoting error the table has no rows.
 */
export function parseCsvText(file: string, text: string, problems: Problem[]): CsvTable {
  // One line ending for everything: CRLF inside quoted cells becomes LF too.
  let body = text.replace(/\r\n?/g, '\n');
  let lineOffset = 0;
  let delimiter: Delimiter | undefined;
  // `sep=\t` may be written with a real tab or as the two characters backslash and t.
  const sepMatch = /^sep=(\\t|.)[ \t]*(\n|$)/i.exec(body);
  if (sepMatch) {
    const named = sepMatch[1].toLowerCase() === '\\t' ? '\t' : sepMatch[1];
    if (named === ';' || named === ',' || named === '\t') delimiter = named;
    else problems.push({ ...melding('bestand.sep', { teken: sepMatch[1] }), file, line: 1 });
    body = body.slice(sepMatch[0].length);
    lineOffset = 1;
  }
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  delimiter ??= detectDelimiter(firstLine);

  type Parsed = { record: string[]; info: { lines: number } };
  const records: Parsed[] = [];
  let fatal: { code?: string; lines?: number } | undefined;
  try {
    parse(body, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      bom: false,
      // Collect as we go, so the rows before a quoting error are kept.
      on_record: (record) => {
        records.push(record as unknown as Parsed);
        return null;
      },
    });
  } catch (error) {
    fatal = error as { code?: string; lines?: number };
  }

  const table: CsvTable = { file, delimiter, headers: [], headerLine: 1 + lineOffset, rows: [] };
  let headerSeen = false;
  // Every line is a record (empty lines too), so a record starts on the line after the last
  // line of the one before it; `info.lines` is the record's last line.
  let vorigeRegel = 0;
  // One scan of the whole file; only a file with a bad character is looked at cell by cell.
  const tekensNagaan = heeftOngeldigTeken(body);
  for (const { record, info } of records) {
    const line = vorigeRegel + 1 + lineOffset;
    vorigeRegel = info.lines;
    const isEmpty = record.every((cell) => cell.trim() === '');
    if (isEmpty) continue;
    if (tekensNagaan) meldTekens(file, record, line, headerSeen ? table.headers : undefined, problems);
    if (!headerSeen) {
      headerSeen = true;
      table.headerLine = line;
      table.headers = record.map((h) => h.trim().toLowerCase());
      // Trailing empty columns (`;;;`) are not columns.
      while (table.headers.length > 0 && table.headers[table.headers.length - 1] === '') table.headers.pop();
      continue;
    }
    const cells: Record<string, string> = {};
    table.headers.forEach((header, index) => {
      // A repeated header is reported elsewhere; the first column of that name counts.
      if (header !== '' && !(header in cells)) cells[header] = (record[index] ?? '').trim();
    });
    const extra = record.slice(table.headers.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      const sep = delimiter === '\t' ? 'tab' : delimiter;
      const scheidingsteken = sep === ',' ? 'komma' : sep === ';' ? 'puntkomma' : 'tab';
      problems.push({
        ...melding('bestand.te-veel-cellen', { cellen: table.headers.length + extra.length, kolommen: table.headers.length, extra: extra[0].trim(), scheidingsteken }),
        file,
        line,
      });
    }
    table.rows.push({ line, cells });
  }

  if (fatal) {
    const last = records.at(-1);
    // The broken row starts right after the last row that was read.
    const start = (last ? last.info.lines + 1 : 1) + lineOffset;
    const seen = (fatal.lines ?? 1) + lineOffset;
    problems.push({ ...melding(csvErrorCode(fatal.code), { vast: seen > start ? seen : undefined }), file, line: start });
    table.unreadable = !headerSeen;
    table.incomplete = true;
  }
  return table;
}

/** Reports bad characters (see text.ts) with the line they are on and the column of their cell. */
function meldTekens(file: string, record: string[], line: number, headers: string[] | undefined, problems: Problem[]) {
  let regel = line;
  record.forEach((cell, index) => {
    const teken = ongeldigTeken(cell);
    if (teken) {
      const column = headers?.[index] || undefined;
      const waar = column ? 'in deze cel' : headers ? `in cel ${index + 1}` : `in de kopregel (cel ${index + 1})`;
      problems.push({ ...tekenMelding(teken, waar), file, line: regel + newlineCount(cell.slice(0, teken.index)), column });
    }
    regel += newlineCount(cell);
  });
}

/** Decodes and parses a CSV file's bytes; warns when the file was not UTF-8. */
export function parseCsvBytes(file: string, bytes: Uint8Array, problems: Problem[]): CsvTable {
  const binair = geenTekst(bytes, true);
  if (binair) {
    problems.push({ ...binair.melding, file, line: binair.line });
    return { file, delimiter: ';', headers: [], headerLine: 1, rows: [], unreadable: true, incomplete: true };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.encoding === 'windows-1252') {
    problems.push({ ...melding('bestand.windows-1252'), file });
  }
  return parseCsvText(file, decoded.text, problems);
}
