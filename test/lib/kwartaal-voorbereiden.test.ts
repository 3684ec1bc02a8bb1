import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import { parseMdx } from '../../src/lib/mdx.ts';
import { activiteitLoopt, bytesVoorPlan, indicatorLoopt, koppenVan, kwartaalTekst, planKwartaal, rijenVoorKwartaal, schrijf, schrijfFout, verslag, volgendeTitel, type KwartaalPlan, type TeSchrijven } from '../../src/lib/kwartaal-voorbereiden.ts';
import { readRegion } from '../../src/lib/read-region.ts';
import type { Problem } from '../../src/lib/types.ts';
import { FIXTURES } from '../helpers/paths.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'kwartaal-voorbereiden-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));
let teller = 0;

/** A copy of the small region with extra lines appended to its files, read into a model. */
function regio(extra: Record<string, string> = {}) {
  const dir = join(werkmap, `regio-${++teller}`);
  cpSync(join(FIXTURES, 'regio-klein'), dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) appendFileSync(join(dir, file), text);
  const { monitor, problems } = loadMonitor(dir, 'voorbeeld', { vandaag: '2026-04-15' });
  expect(problems.filter((p) => p.severity === 'fout')).toEqual([]);
  return { dir, data: monitor!.data };
}

describe('which records run in a quarter', () => {
  const ind = { nulmetingKwartaal: '2024-Q4', streefKwartaal: '2026-Q2' };
  it.each([
    ['the baseline quarter itself', '2024-Q4', undefined, false],
    ['the quarter after the baseline', '2025-Q1', undefined, true],
    ['the target quarter', '2026-Q2', undefined, true],
    ['after the target, without a goal end', '2026-Q3', undefined, false],
    ['after the target, before the goal ends', '2026-Q3', '2027-Q4', true],
    ['the goal end after the target', '2027-Q4', '2027-Q4', true],
    ['after the goal end', '2028-Q1', '2027-Q4', false],
    ['a goal end before the target does not shorten it', '2026-Q2', '2025-Q1', true],
  ])('an indicator: %s', (_, k, doelEind, loopt) => {
    expect(indicatorLoopt(ind, doelEind, k)).toBe(loopt);
  });

  it.each([
    [{ start: '2025-Q1', eind: '2025-Q4' }, '2025-Q1', true],
    [{ start: '2025-Q1', eind: '2025-Q4' }, '2025-Q4', true],
    [{ start: '2025-Q1', eind: '2025-Q4' }, '2026-Q1', false],
    [{ start: '2025-Q2', eind: '2025-Q4' }, '2025-Q1', false],
    [{ eind: '2025-Q4' }, '2020-Q1', true],
    [{ start: '2025-Q2' }, '2030-Q1', true],
    [{}, '2026-Q1', true],
  ])('an activity %o in %s: %s', (a, k, loopt) => {
    expect(activiteitLoopt(a, k)).toBe(loopt);
  });
});

describe('rijenVoorKwartaal', () => {
  it('one row per running indicator, goal, activity and line, prefilled where the contract needs a value', () => {
    const { data } = regio();
    expect(rijenVoorKwartaal(data, '2026-Q1')).toEqual([
      { naam: 'metingen.csv', overgeslagen: 0, rijen: [
        // No source on earlier measurements: the indicator's own.
        { indicator: 'zij-instromers', kwartaal: '2026-Q1', waarde: '', bron: 'Opleidingen' },
        { indicator: 'uitval-starters', kwartaal: '2026-Q1', waarde: '', bron: 'DUO' },
      ] },
      { naam: 'beoordelingen.csv', overgeslagen: 0, rijen: ['meer-instroom', 'starters-blijven', 'netwerk'].map((doel) => ({ doel, kwartaal: '2026-Q1', status: '', toelichting: '', bijsturing: '' })) },
      { naam: 'voortgang.csv', overgeslagen: 0, rijen: [{ activiteit: 'open-dagen', kwartaal: '2026-Q1', status: 'lopend', toelichting: '' }] },
      { naam: 'uitgaven.csv', overgeslagen: 0, rijen: [{ lijn: 'werven', kwartaal: '2026-Q1', bedrag: '0' }, { lijn: 'behouden', kwartaal: '2026-Q1', bedrag: '0' }] },
    ]);
  });

  it('skips what is already there, what has ended, and carries the last source and status', () => {
    const { data } = regio({
      // The latest measurement that names a source (later ones leave it empty).
      'data/metingen.csv': 'zij-instromers;2026-Q1;61;;;ja\nuitval-starters;2025-Q1;9,8;DUO-oud;;nee\nuitval-starters;2025-Q2;9,5;CBS;;nee\n',
      'data/doelen.csv': 'oud-doel;werven;Een afgerond doel;;merkbaar;werven;2025-Q4;\n',
      'data/activiteiten.csv': 'klaar;werven;;Afgerond;;2025-Q1;2025-Q4\nnieuw;behouden;;Nieuw;;2026-Q1;\nvoorbij;werven;;Vooraf afgerond;;2025-Q1;2026-Q4\n',
      'data/voortgang.csv': 'voorbij;2025-Q3;afgerond;Klaar.\n',
      'data/uitgaven.csv': 'behouden;2026-Q1;1.000\n',
    });
    const [metingen, beoordelingen, voortgang, uitgaven] = rijenVoorKwartaal(data, '2026-Q1');
    expect(metingen).toEqual({ naam: 'metingen.csv', overgeslagen: 1, rijen: [{ indicator: 'uitval-starters', kwartaal: '2026-Q1', waarde: '', bron: 'CBS' }] });
    expect(beoordelingen.rijen.map((r) => r.doel)).toEqual(['meer-instroom', 'starters-blijven', 'netwerk']);
    // Within start and eind an activity is in the report; its last status stands until changed.
    expect(voortgang.rijen).toEqual([
      { activiteit: 'open-dagen', kwartaal: '2026-Q1', status: 'lopend', toelichting: '' },
      { activiteit: 'nieuw', kwartaal: '2026-Q1', status: 'gepland', toelichting: '' },
      { activiteit: 'voorbij', kwartaal: '2026-Q1', status: 'afgerond', toelichting: '' },
    ]);
    expect(uitgaven).toEqual({ naam: 'uitgaven.csv', overgeslagen: 1, rijen: [{ lijn: 'werven', kwartaal: '2026-Q1', bedrag: '0' }] });
    const plan: KwartaalPlan = { kwartaal: '2026-Q1', mdxFile: 'content/kwartalen/2026-q1.mdx', mdxText: '', csv: [metingen, { ...beoordelingen, rijen: [], overgeslagen: 2 }, voortgang, uitgaven] };
    expect(verslag(plan, [{ file: 'data/voortgang.csv', nieuw: true, bytes: new Uint8Array() }])).toEqual([
      'content/kwartalen/2026-q1.mdx: aangemaakt als concept (zonder vastgesteld); schrijf de samenvatting en de tekst',
      'data/metingen.csv: 1 regel toegevoegd, één per indicator; vul de waarde in (leeg of n.v.t. als er niet gemeten is)',
      'data/metingen.csv: 1 regel voor 2026-Q1 stond er al en is niet aangeraakt',
      'data/beoordelingen.csv: 2 regels voor 2026-Q1 stonden er al en zijn niet aangeraakt',
      'data/voortgang.csv: 3 regels toegevoegd (nieuw bestand), één per lopende activiteit; de status van het vorige kwartaal staat er al; pas hem aan en vul de toelichting in',
      'data/uitgaven.csv: 1 regel toegevoegd, één per lijn; het bedrag staat op 0; vul in wat er is uitgegeven',
      'data/uitgaven.csv: 1 regel voor 2026-Q1 stond er al en is niet aangeraakt',
    ]);
  });
});

describe('the concept quarter file', () => {
  it.each([
    ['Voortgang derde kwartaal 2026', '2026-Q4', 'Voortgang vierde kwartaal 2026'],
    ['Vierde kwartaal 2025', '2026-Q1', 'Eerste kwartaal 2026'],
    ['Rapportage 2e kwartaal 2026 (concept)', '2026-Q3', 'Rapportage 3e kwartaal 2026 (concept)'],
    ['VOORTGANG TWEEDE KWARTAAL 2026', '2026-Q3', 'VOORTGANG DERDE KWARTAAL 2026'],
    ['Stand van zaken', '2026-Q3', 'Voortgang 3e kwartaal 2026'],
    [undefined, '2026-Q3', 'Voortgang 3e kwartaal 2026'],
  ])('title after "%s" for %s: %s', (vorige, k, titel) => {
    expect(volgendeTitel(vorige, k)).toBe(titel);
  });

  it("takes the previous report's ## headings, not those in code or deeper levels", () => {
    const vorige = '---\nkwartaal: 2026-Q1\n---\n\n## Plan\n\ntekst\n\n### Detail\n\n```\n## geen kop\n```\n\n## Do ##\n';
    expect(koppenVan(vorige)).toEqual(['Plan', 'Do']);
    expect(koppenVan('---\nkwartaal: 2026-Q1\n---\n\nAlleen tekst.\n')).toEqual(['Hoogtepunten', 'Wat goed gaat', 'Wat achterblijft', 'Voorstellen voor het bestuurlijk platform']);
  });

  it('is a concept the check reads: kwartaal, titel and samenvatting, no vastgesteld; CRLF when the previous one had it', () => {
    const text = kwartaalTekst('2026-Q4', { titel: 'Voortgang derde kwartaal 2026', tekst: '---\r\nkwartaal: 2026-Q3\r\n---\r\n\r\n## Hoogtepunten\r\n\r\n## Act\r\n' });
    expect(text).toBe('---\r\nkwartaal: 2026-Q4\r\ntitel: Voortgang vierde kwartaal 2026\r\nsamenvatting: "Nog in te vullen: vat in twee of drie korte zinnen samen wat dit kwartaal opleverde."\r\n---\r\n\r\n## Hoogtepunten\r\n\r\n## Act\r\n');
    const problems: Problem[] = [];
    const mdx = parseMdx('content/kwartalen/2026-q4.mdx', text, problems);
    expect(problems).toEqual([]);
    expect(Object.fromEntries([...mdx.frontmatter].map(([veld, { value }]) => [veld, value]))).toEqual({ kwartaal: '2026-Q4', titel: 'Voortgang vierde kwartaal 2026', samenvatting: 'Nog in te vullen: vat in twee of drie korte zinnen samen wat dit kwartaal opleverde.' });
  });
});

describe('planKwartaal refuses what would overwrite, go back or leave a gap', () => {
  it.each([
    ['2025-Q4', 'content/kwartalen/2025-q4.mdx: bestaat al; nieuw-kwartaal overschrijft niets. Er is niets geschreven.'],
    ['2025-Q3', '2025-Q3 ligt vóór het laatste kwartaalbestand (content/kwartalen/2025-q4.mdx); nieuw-kwartaal bereidt alleen het volgende kwartaal voor, 2026-Q1. Er is niets geschreven.'],
    ['2026-Q2', '2026-Q2 sluit niet aan op het laatste kwartaalbestand (content/kwartalen/2025-q4.mdx); bereid eerst 2026-Q1 voor (npm run nieuw-kwartaal -- 2026-Q1). Er is niets geschreven.'],
  ])('%s', (k, weigering) => {
    const { dir, data } = regio();
    expect(planKwartaal(dir, data, k)).toEqual({ weigering });
  });

  it('a file for the quarter that the check does not count (a Markdown twin is ignored, but the name is taken)', () => {
    const { dir, data } = regio();
    writeFileSync(join(dir, 'content/kwartalen/2026-Q1.MDX'), 'x');
    expect(planKwartaal(dir, data, '2026-Q1')).toEqual({ weigering: 'content/kwartalen/2026-Q1.MDX: bestaat al; nieuw-kwartaal overschrijft niets. Er is niets geschreven.' });
  });

  it('the next quarter after a concept is fine (the previous one may still await approval)', () => {
    const { dir } = regio();
    writeFileSync(join(dir, 'content/kwartalen/2026-q1.mdx'), '---\nkwartaal: 2026-Q1\ntitel: Eerste kwartaal 2026\nsamenvatting: Concept.\n---\n');
    const herlezen = loadMonitor(dir, 'voorbeeld', { vandaag: '2026-04-15' }).monitor!.data;
    expect(herlezen.kwartalen.at(-1)).toMatchObject({ kwartaal: '2026-Q1', vastgesteld: undefined });
    const plan = planKwartaal(dir, herlezen, '2026-Q2');
    expect(plan).toMatchObject({ kwartaal: '2026-Q2', mdxFile: 'content/kwartalen/2026-q2.mdx' });
  });
});

describe('writing', () => {
  it("a region's first quarter: no quarter file and no content/kwartalen/ yet", () => {
    const { dir } = regio();
    rmSync(join(dir, 'content/kwartalen'), { recursive: true });
    rmSync(join(dir, 'data/voortgang.csv'));
    const { data, problems } = readRegion(dir, { vandaag: '2026-04-15' });
    expect(problems.filter((p) => p.severity === 'fout')).toEqual([]);
    const plan = planKwartaal(dir, data, '2025-Q4') as KwartaalPlan;
    const bestanden = bytesVoorPlan(dir, plan) as TeSchrijven[];
    schrijf(dir, bestanden);
    // A file that did not exist gets the contract's header in the dialect of doelen.csv (here: no BOM, ;, LF).
    expect(readFileSync(join(dir, 'data/voortgang.csv'), 'utf8')).toBe('activiteit;kwartaal;status;toelichting\nopen-dagen;2025-Q4;gepland;\n');
    expect(readFileSync(join(dir, 'content/kwartalen/2025-q4.mdx'), 'utf8')).toContain('titel: Voortgang 4e kwartaal 2025\n');
    const na = loadMonitor(dir, 'voorbeeld', { vandaag: '2026-04-15' });
    expect(na.problems.filter((p) => p.severity === 'fout')).toEqual([]);
  });

  it('stops at a file that appeared meanwhile: files before it complete, it untouched, no temporary files left', () => {
    const { dir } = regio();
    const oud = readFileSync(join(dir, 'content/kwartalen/2025-q4.mdx'));
    const bestanden: TeSchrijven[] = [
      { file: 'data/uitgaven.csv', nieuw: false, bytes: Buffer.from('lijn;kwartaal;bedrag\nwerven;2025-Q4;1\n') },
      { file: 'content/kwartalen/2025-q4.mdx', nieuw: true, bytes: Buffer.from('nieuw') },
    ];
    let fout: unknown;
    try {
      schrijf(dir, bestanden);
    } catch (error) {
      fout = error;
    }
    expect(schrijfFout(fout)).toBe('content/kwartalen/2025-q4.mdx: schrijven mislukt (EEXIST); de bestanden die al geschreven waren, zijn compleet, de andere ongewijzigd. Verhelp de oorzaak en draai de opdracht opnieuw: regels die er al staan, worden overgeslagen.');
    expect(readFileSync(join(dir, 'data/uitgaven.csv'), 'utf8')).toBe('lijn;kwartaal;bedrag\nwerven;2025-Q4;1\n');
    expect(readFileSync(join(dir, 'content/kwartalen/2025-q4.mdx')).equals(oud)).toBe(true);
    expect([...readdirSync(join(dir, 'data')), ...readdirSync(join(dir, 'content/kwartalen'))].filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
