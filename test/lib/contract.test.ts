import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesCel } from '../../src/lib/contract/cel.ts';
import { contractNamen, werkContractBij } from '../../src/lib/contract/docs.ts';
import { CONTRACT, DOELEN, REGIO } from '../../src/lib/contract/index.ts';
import { kolom, kolomLijst } from '../../src/lib/contract/kolom.ts';
import { leesVelden, standaardRecord } from '../../src/lib/contract/lezen.ts';
import { parseCsvText } from '../../src/lib/csv.ts';
import { leesTabel } from '../../src/lib/contract/lezen.ts';
import type { Problem } from '../../src/lib/types.ts';

const gegevens = readFileSync(new URL('../../docs/gegevens.md', import.meta.url), 'utf8');

describe('the declared contract', () => {
  it('has a table in docs/gegevens.md for every declaration, and the tables are up to date (npm run docs:contract)', () => {
    expect(contractNamen(gegevens).sort()).toEqual(Object.keys(CONTRACT).sort());
    expect(werkContractBij(gegevens)).toBe(gegevens);
  });

  it('says a declared default once, in the docs table', () => {
    expect(gegevens).toMatch(/\| `tolerantie` \| nee \| [^|]*Standaard `0\.1`\. \|/);
    expect(standaardRecord(REGIO)).toMatchObject({ tolerantie: 0.1, kleineAantallen: 5, licentie: 'CC-BY-4.0', extraThemas: [] });
  });

  it('derives the header check: required columns first', () => {
    expect(kolomLijst(DOELEN)).toEqual({ required: ['id', 'lijn', 'titel', 'soort'], optional: ['ambitie', 'themas', 'eind_kwartaal', 'eigenaar'] });
  });
});

describe('one cell grammar for CSV and YAML', () => {
  const getal = kolom.getal().spec;
  const lijst = kolom.lijst(kolom.verwijzing('doelen')).spec;
  const keuze = kolom.keuze(['behaald', 'op-koers']).spec;
  it.each([
    ['a Dutch number', getal, '1.234,5', 1234.5],
    ['a vocabulary word with a space and capitals', keuze, 'Op koers', 'op-koers'],
    ['a list split by |', lijst, 'a|b, c', ['a', 'b, c'].map((x) => x)],
    ['a list split by commas', lijst, 'a, b', ['a', 'b']],
    ['a quarter spelling', kolom.kwartaal().spec, 'Q3 2025', '2025-Q3'],
    ['yes', kolom.janee().spec, 'Ja', true],
  ])('%s reads the same in a ; CSV cell and in YAML', (_naam, spec, tekst, verwacht) => {
    const csv = leesCel('x', spec, tekst, ';');
    const yaml = leesCel('x', spec, tekst);
    if (spec.soort === 'lijst' && tekst.includes('|')) expect(csv.fouten.map((f) => f.message)).toEqual(['"b, c" is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes; bedoelt u "b-c"?']);
    else expect(csv).toEqual({ waarde: verwacht, fouten: [] });
    expect(yaml).toEqual(csv);
  });

  it('takes what YAML already typed: tolerantie: 0.1 is a number, a YAML list is a list', () => {
    expect(leesCel('tolerantie', getal, 0.1)).toEqual({ waarde: 0.1, fouten: [] });
    expect(leesCel('doelen', lijst, ['a', 'b'])).toEqual({ waarde: ['a', 'b'], fouten: [] });
    expect(leesCel('voorlopig', kolom.janee().spec, false)).toEqual({ waarde: false, fouten: [] });
  });

  it('gives the delimiter hint only in CSV', () => {
    expect(leesCel('x', getal, 'veel', ';').fouten.map((f) => f.message)).toEqual(['"veel" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)']);
    expect(leesCel('x', getal, 'veel').fouten.map((f) => f.message)).toEqual(['"veel" is geen getal']);
  });

  it('reads "n.v.t." as no value in both, except in free text', () => {
    expect(leesCel('x', getal, 'n.v.t.', ';')).toEqual({ leeg: 'n.v.t.', fouten: [] });
    expect(leesCel('x', getal, 'n.v.t.')).toEqual({ leeg: 'n.v.t.', fouten: [] });
    expect(leesCel('x', kolom.tekst().spec, 'n.v.t.')).toEqual({ waarde: 'n.v.t.', fouten: [] });
  });

  it('reports a required YAML field and a required CSV cell in their own words', () => {
    const problems: Problem[] = [];
    const fields = new Map([['naam', { value: 'n.v.t.', line: 2 }], ['sectoren', { value: 'vo | mbo', line: 3 }], ['regeling', { value: 'Onderwijsregio 2024', line: 4 }]]);
    const r = leesVelden({ naam: REGIO.naam, sectoren: REGIO.sectoren, regeling: REGIO.regeling, tolerantie: REGIO.tolerantie }, 'data/regio.yaml', fields, problems);
    expect(r.record).toMatchObject({ naam: 'n.v.t.', sectoren: ['vo', 'mbo'], regeling: 'onderwijsregio-2024', tolerantie: 0.1 });
    expect(problems).toEqual([]);
    const table = parseCsvText('data/doelen.csv', 'id;lijn;titel;soort\nnetwerk;behouden;n.v.t.;-\n', problems);
    const [doel] = leesTabel(DOELEN, table, problems);
    expect(doel.waarden).toEqual({ id: 'netwerk', lijn: 'behouden', titel: 'n.v.t.', themas: [] });
    expect(problems.map((p) => `${p.line} ${p.column}: ${p.message}`)).toEqual(['2 soort: "-" is geen waarde; deze kolom is verplicht']);
  });
});
