// No small count of persons can be derived from a public file (issue 13). The proof: two
// builds of a region whose small counts differ (every value 1..4, also a baseline, a target
// and a key figure) must give byte-identical sites; without suppression the same two regions
// give different sites, so the comparison can fail. Then every built file of one site is
// scanned, the search index fragments decoded, for a small count printed as a number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run.ts';
import { fingerprint, siteInhoud } from '../helpers/fingerprint.ts';
import { bestanden, fragment, tekst } from '../helpers/site-files.ts';
import { kleineAantallenRegio, VARIANT_A, VARIANT_B, type KleineWaarden } from '../helpers/kleine-aantallen.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-klein-aantal-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

function bouw(naam: string, waarden: KleineWaarden): string {
  const uit = join(werkmap, `${naam}-site`);
  const result = runCli('build', { REGIO_DIR: kleineAantallenRegio(join(werkmap, naam), waarden), OUT_DIR: uit });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return uit;
}

describe('small counts of persons in the built site', { timeout: 300_000 }, () => {
  let a = '';
  let b = '';
  let a0 = '';
  let b0 = '';
  beforeAll(() => {
    a = bouw('a', VARIANT_A);
    b = bouw('b', VARIANT_B);
    a0 = bouw('a-zonder', { ...VARIANT_A, drempel: 0 });
    b0 = bouw('b-zonder', { ...VARIANT_B, drempel: 0 });
  }, 300_000);

  it('gives byte-identical sites whatever the small values are', () => {
    expect(siteInhoud(a).length).toBeGreaterThan(40);
    expect(siteInhoud(a)).toEqual(siteInhoud(b));
  });

  it('would show the difference without suppression, so the comparison can fail', () => {
    const verschil = (x: string, y: string) => {
      const fy = new Set(fingerprint(y));
      return fingerprint(x).filter((f) => !fy.has(f)).map((f) => f.split(' ')[0]).filter((f) => !f.startsWith('pagefind/') && f !== '.onderwijsregio-monitor.json');
    };
    expect(verschil(a0, b0)).toEqual([
      'doelen/index.html',
      'doelen/meer-instroom/index.html',
      'doelen/minder-vertrek/index.html',
      'downloads/indicatoren/mentoren.csv',
      'downloads/indicatoren/vertrek-starters.csv',
      'index.html',
      'kerncijfers/index.html',
      'kwartalen/2025-q4/index.html',
      'lijnen/behouden/index.html',
      'lijnen/werven/index.html',
      'open-data/doelstatussen.csv',
      'open-data/doelstatussen.json',
      'open-data/indicatoren.csv',
      'open-data/indicatoren.json',
      'open-data/indicatorstatussen.csv',
      'open-data/indicatorstatussen.json',
      'open-data/kerncijfers.csv',
      'open-data/kerncijfers.json',
      'open-data/metingen.csv',
      'open-data/metingen.json',
      'open-data/monitor.json',
    ]);
  });

  it('shows the small counts as “< 5” in pages, the inline trend line, the chart data and downloads', () => {
    const lees = (file: string) => readFileSync(join(a, file), 'utf8');
    const doel = lees('doelen/meer-instroom/index.html');
    expect(doel).toContain('<th scope="row">2025-Q3</th><td class="getal">&lt; 5</td><td class="getal">x</td>');
    const data = JSON.parse(/data-grafiek-data>([^<]*)<\/script>/.exec(doel)![1]);
    expect(data).toMatchObject({ id: 'mentoren', traject: null, drempel: 5 });
    expect(data.metingen.every((v: unknown) => v === null)).toBe(true);
    expect(data.streef.every((v: unknown) => v === null)).toBe(true);
    expect(data.onderdrukt.filter(Boolean)).toHaveLength(2);
    // The inline trend line of the goal card: two bands and no line at all.
    const kaart = /<svg class="trend"[^>]*>(.*?)<\/svg>/.exec(lees('lijnen/werven/index.html'))![1];
    expect(kaart.match(/<rect /g)).toHaveLength(2);
    expect(kaart).not.toContain('<path');
    expect(tekst(lees('kerncijfers/index.html'))).toContain('Mentoren in de regio < 5 personen');
    expect(tekst(lees('index.html'))).toContain('< 5 personen Mentoren in de regio');
    expect(lees('downloads/indicatoren/mentoren.csv')).toContain('mentoren;2025-Q4;< 5;;personen;nee;;');
    expect(lees('open-data/metingen.csv')).toContain('\r\nmentoren;2025-Q4;< 5;;;nee\r\n');
    expect(lees('open-data/kerncijfers.csv')).toContain('\r\nmentoren-regio;Mentoren in de regio;< 5;personen;2025;Programmabureau\r\n');
    const open = JSON.parse(lees('open-data/monitor.json'));
    expect(open.metingen.find((m: { indicator: string; kwartaal: string }) => m.indicator === 'mentoren' && m.kwartaal === '2025-Q4')).toMatchObject({ waarde: null, onderdrukt: ['waarde'] });
    expect(open.indicatoren.find((i: { id: string }) => i.id === 'vertrek-starters')).toMatchObject({ nulmeting: 20, streefwaarde: null, onderdrukt: ['streefwaarde'] });
    expect(tekst(lees('doelen/minder-vertrek/index.html'))).toContain('Gemeten in het 4e kwartaal 2025: 9 personen. Dat is op het traject. De streefwaarde is < 5 personen in het 4e kwartaal 2026.');
  });

  it('prints no small count as a number in any built file or search fragment', () => {
    // A count, not a gap between two published numbers ("Dat is 2 personen achter", "2 personen voor op het traject").
    const klein = /(?<![\d.,]|marge van )[1-4](?:,\d+)? (?:personen|persoon)\b(?! (?:achter|voor)\b)/;
    const gevonden: string[] = [];
    let fragmenten = 0;
    for (const file of bestanden(a)) {
      const bytes = readFileSync(join(a, file));
      let inhoud: string;
      if (file.endsWith('.pf_fragment')) {
        const f = fragment(bytes);
        inhoud = f.content;
        fragmenten++;
      } else if (/\.(html|xml|csv|json|svg|txt|js|css)$/.test(file)) {
        inhoud = file.endsWith('.html') ? tekst(bytes.toString('utf8')) : bytes.toString('utf8');
      } else continue;
      const m = klein.exec(inhoud);
      if (m) gevonden.push(`${file}: ${inhoud.slice(Math.max(0, m.index - 60), m.index + 20)}`);
    }
    expect(gevonden).toEqual([]);
    // The decoding works: the fragments hold the pages' text, with the suppressed form.
    expect(fragmenten).toBeGreaterThan(10);
    const kerncijfers = bestanden(a).filter((f) => f.endsWith('.pf_fragment')).map((f) => fragment(readFileSync(join(a, f)))).find((f) => f.url === '/kerncijfers/');
    expect(kerncijfers?.content).toContain('< 5 personen');
    // Without suppression the same scan finds them: it can fail.
    expect(klein.test(tekst(readFileSync(join(a0, 'kerncijfers/index.html'), 'utf8')))).toBe(true);
  });
});
