import { describe, expect, it } from 'vitest';
import { decodeBytes, detectDelimiter, parseCsvBytes, parseCsvText } from '../../src/lib/csv.ts';
import type { Problem } from '../../src/lib/types.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function parse(text: string) {
  const problems: Problem[] = [];
  const table = parseCsvText('data/x.csv', text, problems);
  return { table, problems };
}

describe('encodings', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(withBom('coördinatie')).text).toBe('coördinatie');
    expect(decodeBytes(utf8('coördinatie'))).toEqual({ text: 'coördinatie', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with BOM (Excel "Unicode-tekst")', () => {
    expect(decodeBytes(utf16le('naam\twaarde\r\nCafé\t1,5'))).toEqual({ text: 'naam\twaarde\r\nCafé\t1,5', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, with a warning', () => {
    const bytes = new Uint8Array([...utf8('term;uitleg\r\nco'), 0xf6, ...utf8('rdinatie;'), 0x80, ...utf8(' 5\r\n')]);
    const problems: Problem[] = [];
    const table = parseCsvBytes('data/begrippen.csv', bytes, problems);
    expect(table.rows[0].cells).toEqual({ term: 'coördinatie', uitleg: '€ 5' });
    expect(problems).toEqual([expect.objectContaining({ severity: 'waarschuwing', file: 'data/begrippen.csv', message: expect.stringContaining('Windows-1252') })]);
  });
});

describe('delimiters', () => {
  it('detects ; , and tab from the header line', () => {
    expect(detectDelimiter('id;naam;waarde')).toBe(';');
    expect(detectDelimiter('id,naam,waarde')).toBe(',');
    expect(detectDelimiter('id\tnaam\twaarde')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
  });

  it('honours a sep= line and counts it as line 1', () => {
    const { table } = parse('sep=,\nid,naam\nx,"a;b"\n');
    expect(table.delimiter).toBe(',');
    expect(table.headerLine).toBe(2);
    expect(table.rows).toEqual([{ line: 3, cells: { id: 'x', naam: 'a;b' } }]);
  });

  it('accepts sep= with a tab, written as a tab or as \\t', () => {
    for (const sep of ['sep=\t\n', 'sep=\\t\n']) {
      const { table, problems } = parse(`${sep}id\tnaam\nx\ty\n`);
      expect(problems).toEqual([]);
      expect(table.delimiter).toBe('\t');
      expect(table.rows).toEqual([{ line: 3, cells: { id: 'x', naam: 'y' } }]);
    }
  });

  it('explains a quote inside an unquoted cell, and reads the rows before it', () => {
    const { table, problems } = parse('id;toelichting\ny;"a ""b"" c"\nx;In april "ondertekend" door alle besturen\n');
    expect(table.rows.map((r) => r.cells.toelichting)).toEqual(['a "b" c']);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'fout', line: 3, message: expect.stringContaining('aanhalingsteken (") midden in de tekst') }),
    ]);
  });

  it('reports an unknown sep= character', () => {
    const { problems } = parse('sep=|\nid|naam\n');
    expect(problems[0]).toMatchObject({ severity: 'fout', line: 1 });
  });
});

describe('rows and lines', () => {
  it('normalises headers: case-insensitive, spaces ignored, trailing empty columns dropped', () => {
    const { table } = parse(' Indicator ;KWARTAAL; waarde;;;\r\nx;2025-Q1;3;;;\r\n');
    expect(table.headers).toEqual(['indicator', 'kwartaal', 'waarde']);
    expect(table.rows[0]).toEqual({ line: 2, cells: { indicator: 'x', kwartaal: '2025-Q1', waarde: '3' } });
  });

  it('skips fully empty rows but keeps physical line numbers', () => {
    const { table } = parse('a;b\r\n1;2\r\n\r\n;;\r\n3;4\r\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('counts a row with a multi-line cell from its first line', () => {
    const { table } = parse('a;b\n1;"regel een\nregel twee\nregel drie"\n2;"x ""quote"" y"\n3;z\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(table.rows[0].cells.b).toBe('regel een\nregel twee\nregel drie');
    expect(table.rows[1].cells.b).toBe('x "quote" y');
  });

  it('handles CRLF inside quoted cells', () => {
    const { table } = parse('a;b\r\n1;"x\r\ny"\r\n2;z\r\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.rows[0].cells.b).toBe('x\ny');
  });

  it('reports an unclosed quote with its line', () => {
    const { problems, table } = parse('a;b\n1;2\n3;"open\n4;5\n');
    // Rows before the error are kept; the problem points at the row where the quote opens.
    expect(table.rows).toEqual([{ line: 2, cells: { a: '1', b: '2' } }]);
    expect(table.incomplete).toBe(true);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'fout', file: 'data/x.csv', line: 3, message: expect.stringContaining('wordt geopend maar nergens gesloten') }),
    ]);
  });

  it('points at the start of a row whose quoted cell runs over several lines before breaking', () => {
    const { problems } = parse('a;b\n1;2\n3;"x\nmeer\n4;y"z\n5;6\n');
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(3);
    expect(problems[0].message).toContain('het parsen loopt vast op regel 5');
  });

  it('reports cells beyond the header (an unquoted separator inside a value)', () => {
    const problems: Problem[] = [];
    const table = parseCsvText('data/x.csv', 'lijn,bedrag\nwerven,47250,5\nwerven,12,,\n', problems);
    expect(table.rows[0].cells).toEqual({ lijn: 'werven', bedrag: '47250' });
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, message: 'deze regel heeft 3 of meer cellen, de kopregel 2 kolommen (extra: "5"); staat er een komma in een getal of tekst zonder aanhalingstekens?' }),
    ]);
  });

  it('uses the first of two columns with the same name', () => {
    const { table } = parse('a;b;a\n1;2;3\n');
    expect(table.rows[0].cells).toEqual({ a: '1', b: '2' });
  });

  it('reports text after a closing quote', () => {
    const { problems } = parse('a;b\n1;"x"y\n');
    expect(problems[0]).toMatchObject({ severity: 'fout', line: 2 });
  });

  it('gives an empty header for an empty file', () => {
    const { table } = parse('');
    expect(table.headers).toEqual([]);
  });

  it('fills missing trailing cells with empty strings', () => {
    const { table } = parse('a;b;c\n1\n');
    expect(table.rows[0].cells).toEqual({ a: '1', b: '', c: '' });
  });
});
