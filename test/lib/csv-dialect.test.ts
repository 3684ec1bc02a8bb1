import { describe, expect, it } from 'vitest';
import { parseCsvBytes } from '../../src/lib/csv.ts';
import { appendRows, detectDialect, encodeText, EXCEL_DIALECT, newCsvFile, NietCodeerbaar, type CsvDialect } from '../../src/lib/csv-dialect.ts';
import type { Problem } from '../../src/lib/types.ts';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const bom = (text: string) => new Uint8Array(Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(text, 'utf8')]));
const utf16le = (text: string) => new Uint8Array(Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]));
// Windows-1252 by hand: latin1 plus the euro sign at 0x80, independent of the code under test.
const cp1252 = (text: string) => new Uint8Array([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));

/** Appends, then checks the old bytes are untouched, the dialect is the same and the rows read back. */
function voegToe(bytes: Uint8Array, rows: string[][]): { added: Buffer; dialect: CsvDialect } {
  const dialect = detectDialect(bytes);
  const out = appendRows(bytes, rows);
  expect(Buffer.from(out.subarray(0, bytes.length)).equals(Buffer.from(bytes))).toBe(true);
  // Only the missing final line ending is different afterwards: it was added.
  expect(detectDialect(out)).toEqual({ ...dialect, endsWithNewline: true });
  const problems: Problem[] = [];
  const table = parseCsvBytes('x.csv', out, problems);
  expect(problems.filter((p) => p.severity === 'fout')).toEqual([]);
  expect(table.rows.slice(-rows.length).map((r) => table.headers.map((h) => r.cells[h]))).toEqual(rows);
  return { added: Buffer.from(out.subarray(bytes.length)), dialect };
}

describe('detectDialect and appendRows: each file keeps its own dialect', () => {
  it('UTF-8 with BOM, semicolon, CRLF (Excel "CSV UTF-8")', () => {
    const { added, dialect } = voegToe(bom('indicator;kwartaal;waarde\r\nloket;2026-Q1;12,5\r\n'), [['loket', '2026-Q2', ''], ['café', '2026-Q2', 'a;b']]);
    expect(dialect).toEqual({ encoding: 'utf-8-bom', delimiter: ';', sepLine: false, lineEnding: '\r\n', endsWithNewline: true, quoting: 'needed' });
    expect(added.toString('utf8')).toBe('loket;2026-Q2;\r\ncafé;2026-Q2;"a;b"\r\n');
  });

  it('UTF-8 without BOM, comma, LF, no newline after the last row: one is added first, in LF', () => {
    const { added, dialect } = voegToe(utf8('lijn,kwartaal,bedrag\nwerven,2026-Q1,12.5'), [['werven', '2026-Q2', '0']]);
    expect(dialect).toMatchObject({ encoding: 'utf-8', delimiter: ',', lineEnding: '\n', endsWithNewline: false });
    expect(added.toString('utf8')).toBe('\nwerven,2026-Q2,0\n');
  });

  it('UTF-16LE with BOM and tabs (Excel "Unicode-tekst")', () => {
    const { added, dialect } = voegToe(utf16le('id\tnaam\r\nleerlingen\tLeerlingen in het vo\r\n'), [['studenten', 'Studenten ë, mbo']]);
    expect(dialect).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', lineEnding: '\r\n' });
    expect(added.equals(Buffer.from('studenten\tStudenten ë, mbo\r\n', 'utf16le'))).toBe(true);
  });

  it('UTF-16BE with BOM', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.of(0xfe, 0xff), Buffer.from('a\tb\r\n1\t2\r\n', 'utf16le').swap16()]));
    const { added } = voegToe(bytes, [['é', '€']]);
    expect(added.equals(Buffer.from('é\t€\r\n', 'utf16le').swap16())).toBe(true);
  });

  it('Windows-1252 with é and €: written back as single bytes', () => {
    const { added, dialect } = voegToe(cp1252('lijn;kwartaal;bedrag\r\ncafé;2026-Q1;€ 5\r\n'), [['crème', '2026-Q2', '€ 7']]);
    expect(dialect.encoding).toBe('windows-1252');
    expect([...added]).toEqual([...Buffer.from('cr'), 0xe8, ...Buffer.from('me;2026-Q2;'), 0x80, ...Buffer.from(' 7\r\n')]);
  });

  it('a sep= line names the delimiter; a comma inside a cell then needs no quotes', () => {
    const { added, dialect } = voegToe(utf8('sep=;\nnaam,kort;waarde\nloket;1,5\n'), [['pool', '2,5']]);
    expect(dialect).toMatchObject({ sepLine: true, delimiter: ';', lineEnding: '\n' });
    expect(added.toString('utf8')).toBe('pool;2,5\n');
  });

  it('quoted cells across lines: the record separator is what counts, not the LF inside a cell', () => {
    const { added, dialect } = voegToe(bom('doel;toelichting\r\nloket;"regel 1\nregel 2\nregel 3"\r\npool;x\r\n'), [['netwerk', 'eerste\nen "tweede"']]);
    expect(dialect).toMatchObject({ lineEnding: '\r\n', quoting: 'needed' });
    expect(added.toString('utf8')).toBe('netwerk;"eerste\nen ""tweede"""\r\n');
  });

  it('a file with every cell quoted gets every cell quoted, empty ones too', () => {
    const { added, dialect } = voegToe(utf8('"lijn";"kwartaal";"bedrag"\n"werven";"2026-Q1";"5"\n'), [['werven', '2026-Q2', '']]);
    expect(dialect.quoting).toBe('always');
    expect(added.toString('utf8')).toBe('"werven";"2026-Q2";""\n');
  });

  it('a file with only a header and no line ending', () => {
    const { added, dialect } = voegToe(bom('lijn;kwartaal;bedrag'), [['werven', '2026-Q2', '0']]);
    expect(dialect).toMatchObject({ lineEnding: '\r\n', endsWithNewline: false });
    expect(added.toString('utf8')).toBe('\r\nwerven;2026-Q2;0\r\n');
  });

  it('old Mac line ends (CR only) stay CR', () => {
    const { added } = voegToe(utf8('a;b\r1;2\r'), [['3', '4']]);
    expect(added.toString('utf8')).toBe('3;4\r');
  });
});

describe('encodeText', () => {
  it('refuses a character Windows-1252 does not have, with the character in Dutch', () => {
    expect(() => encodeText('Győr', 'windows-1252')).toThrow(NietCodeerbaar);
    expect(() => encodeText('Győr', 'windows-1252')).toThrow('het teken "ő" (U+0151) kan niet in een Windows-1252-bestand');
    expect(() => encodeText('😀', 'windows-1252')).toThrow('het teken "😀" (U+1F600)');
  });

  it('encodes every character Windows-1252 decodes to back to its byte', () => {
    const decoder = new TextDecoder('windows-1252');
    for (let b = 0; b < 256; b++) expect([...encodeText(decoder.decode(Uint8Array.of(b)), 'windows-1252')]).toEqual([b]);
  });

  it('a refused row leaves nothing half-appended: appendRows throws before returning bytes', () => {
    expect(() => appendRows(cp1252('a;b\r\ncafé;2\r\n'), [['Győr', 'x']])).toThrow(NietCodeerbaar);
    // A file of plain ASCII is valid UTF-8 and is read as such; new text is then UTF-8 too.
    expect(Buffer.from(appendRows(cp1252('a;b\r\n1;2\r\n'), [['Győr', 'x']])).toString('utf8')).toBe('a;b\r\n1;2\r\nGyőr;x\r\n');
  });
});

describe('newCsvFile', () => {
  it("Dutch Excel's default: BOM, semicolon, CRLF", () => {
    const bytes = newCsvFile(['activiteit', 'kwartaal', 'status'], [['pool', '2026-Q2', 'lopend']], EXCEL_DIALECT);
    expect(Buffer.from(bytes).equals(bom('activiteit;kwartaal;status\r\npool;2026-Q2;lopend\r\n'))).toBe(true);
  });

  it('the dialect of another file, sep= line included', () => {
    const dialect = detectDialect(cp1252('sep=,\r\nid,naam\r\nx,café\r\n'));
    const bytes = newCsvFile(['lijn', 'kwartaal', 'bedrag'], [['werven', '2026-Q2', '€ 1']], dialect);
    expect(Buffer.from(bytes).equals(Buffer.from(cp1252('sep=,\r\nlijn,kwartaal,bedrag\r\nwerven,2026-Q2,€ 1\r\n')))).toBe(true);
    expect(detectDialect(bytes)).toEqual(dialect);
  });
});
