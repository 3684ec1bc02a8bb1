// The built sites, read as files: statuses on every goal page, Dutch numbers, suppressed
// small counts, concept quarters left out, and the downloads.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, SITES } from '../helpers/paths.ts';
import { DOEL_STATUSSEN } from '../../src/lib/status-vocabulaire.ts';

const zes = SITES['zes-lijnen'].out;
const voorbeeld = SITES.voorbeeld.out;
const html = (site: string, path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const tekst = (page: string) => page.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/\s+/g, ' ');

const verwacht = JSON.parse(readFileSync(join(FIXTURES, 'regio-zes-lijnen.verwacht.json'), 'utf8')) as {
  kwartaal: string;
  doelen: Record<string, string>;
  zichtbaar: Record<string, string[]>;
};

describe('goal pages of a region never seen before (six lines, ten goals)', () => {
  it('builds a page for every goal', () => {
    expect(readdirSync(join(zes, 'doelen')).filter((n) => n !== 'index.html').sort()).toEqual(Object.keys(verwacht.doelen).sort());
  });

  it.each(Object.entries(verwacht.doelen))('%s states status %s, exactly once', (doel, status) => {
    const page = html(zes, `doelen/${doel}`);
    const marks = [...page.matchAll(/data-huidige-status="([^"]+)"/g)].map((m) => m[1]);
    expect(marks).toEqual([status]);
  });

  it.each(Object.entries(verwacht.zichtbaar))('%s shows %j', (doel, strings) => {
    const page = tekst(html(zes, `doelen/${doel}`));
    for (const s of strings) expect(page).toContain(s);
  });

  it('never prints a suppressed persons count', () => {
    const page = tekst(html(zes, 'doelen/zij-instroom-vergroten'));
    expect(page).toContain('< 5');
    // A gap between two published figures ("2 personen achter") reveals nothing; any other small count would.
    expect(page).not.toMatch(/(?<![\d,])[1-4] personen\b(?! achter| voor op het traject)/);
    expect(page).toMatch(/Dat is 2 personen achter/);
    const csv = readFileSync(join(zes, 'downloads/indicatoren/zij-instromers-gestart.csv'), 'utf8');
    expect(csv).toContain(';< 5;');
    expect(csv).not.toMatch(/;[1-4];/);
  });

  it('shows chart, table and download for a meetbaar goal', () => {
    const page = html(zes, 'doelen/vacatures-sneller-vervuld');
    expect(page.match(/<figure class="grafiek"/g)).toHaveLength(2);
    expect(page).toMatch(/<table[^>]*>[\s\S]*82,5[\s\S]*<\/table>/);
    expect(page).toContain('/downloads/indicatoren/vacatures-lang-open.csv');
  });

  it('leaves the concept quarter out of the public build', () => {
    expect(existsSync(join(zes, 'kwartalen/2026-q1'))).toBe(false);
    expect(existsSync(join(zes, 'kwartalen/2025-q4/index.html'))).toBe(true);
    expect(readFileSync(join(zes, 'rss.xml'), 'utf8')).not.toContain('2026-q1');
    expect(readFileSync(join(zes, 'sitemap-0.xml'), 'utf8')).not.toContain('2026-q1');
    // Measurements of the concept quarter are not published either.
    expect(html(zes, 'doelen/meer-aanmeldingen-pabo')).not.toContain('2026-Q1</th><td class="getal">1');
  });
});

describe('the example region', () => {
  it('has a status on every goal page and concept quarter 2026-Q3 left out', () => {
    const doelen = readdirSync(join(voorbeeld, 'doelen')).filter((n) => n !== 'index.html');
    expect(doelen.length).toBeGreaterThanOrEqual(12);
    for (const doel of doelen) expect(html(voorbeeld, `doelen/${doel}`).match(/data-huidige-status=/g)).toHaveLength(1);
    expect(existsSync(join(voorbeeld, 'kwartalen/2026-q3'))).toBe(false);
    expect(tekst(html(voorbeeld, ''))).toContain('2e kwartaal 2026');
  });

  it('renders the MDX narrative with GFM tables and live components', () => {
    const lijnen = readdirSync(join(voorbeeld, 'lijnen')).filter((n) => n !== 'index.html');
    const pages = lijnen.map((l) => html(voorbeeld, `lijnen/${l}`));
    expect(pages.some((p) => /<div class="tekst">|<section aria-labelledby="verhaal"/.test(p) && /<table>/.test(p))).toBe(true);
    expect(pages.some((p) => p.includes('aria-label="Status van doel:'))).toBe(true);
    expect(pages.some((p) => p.includes('data-grafiek'))).toBe(true);
  });

  it('writes indicator downloads as Dutch Excel CSV', () => {
    const dir = join(voorbeeld, 'downloads/indicatoren');
    const file = readdirSync(dir)[0];
    const bytes = readFileSync(join(dir, file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('indicator;kwartaal;waarde;traject;eenheid;voorlopig;bron;opmerking');
    expect(text).not.toMatch(/[^\r]\n/);
  });
});

describe('lists of terms and values (<dl>)', () => {
  // Astro leaves no whitespace between elements: without a space a search excerpt, a screen
  // reader's text view or a copied line reads "WieProgrammabureau".
  const alleHtml = (site: string) => (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  it.each(Object.entries(SITES))('%s: a term and its value, and a value and the next term, are apart', (_naam, site) => {
    const pages = alleHtml(site.out).map((f) => [f, readFileSync(join(site.out, f), 'utf8')] as const);
    expect(pages.filter(([, p]) => p.includes('<dt')).length).toBeGreaterThan(3);
    expect(pages.filter(([, p]) => /<\/dt><dd|<\/dd><dt/.test(p)).map(([f]) => f)).toEqual([]);
  });
  it('puts a space between an activity\'s "Wie" and who it is, on the goal pages of the example region', () => {
    const doelen = readdirSync(join(voorbeeld, 'doelen')).filter((d) => d !== 'index.html').map((d) => html(voorbeeld, `doelen/${d}`));
    const met = doelen.filter((p) => p.includes('<dt>Wie</dt>'));
    expect(met.length).toBeGreaterThan(0);
    for (const p of met) expect(p).toMatch(/<dt>Wie<\/dt> <dd>/);
  });
});

describe('/methode/', () => {
  it('explains every status in the vocabulary\'s order, with its word and description', () => {
    const page = tekst(html(zes, 'methode'));
    const plekken = DOEL_STATUSSEN.map((b) => page.indexOf(`${b.label} ${b.omschrijving}`));
    expect(plekken.every((p) => p >= 0), plekken.join(', ')).toBe(true);
    expect([...plekken].sort((a, b) => a - b)).toEqual(plekken);
    expect(page).toContain('in deze volgorde: achter, aandacht, geen actuele meting, geen meting, op koers, behaald.');
  });
});

describe('<DoelStatus> in narrative', () => {
  const kaart = (page: string, doel: string) => {
    const blok = [...page.matchAll(/<aside class="kaart doelstatus"[\s\S]*?<\/aside>/g)].map((m) => m[0]).find((b) => b.includes(`/doelen/${doel}/`));
    expect(blok, `status card for ${doel}`).toBeDefined();
    return { tekst: tekst(blok ?? ''), status: /data-status="([^"]+)"/.exec(blok ?? '')?.[1] };
  };

  it('shows the current status on a line page', () => {
    const card = kaart(html(voorbeeld, 'lijnen/behouden-professionaliseren'), 'minder-uitval-starters');
    expect(card.status).toBe('op-koers');
    expect(card.tekst).toContain('in het 2e kwartaal 2026');
  });

  it('shows the status of the report’s own quarter in a quarterly report', () => {
    const card = kaart(html(voorbeeld, 'kwartalen/2026-q1'), 'minder-uitval-starters');
    expect(card.status).toBe('aandacht');
    expect(card.tekst).toContain('in het 1e kwartaal 2026');
  });
});

describe('<IndicatorGrafiek> in narrative', () => {
  const grafiek = (page: string, indicator: string) => {
    const blok = [...page.matchAll(/<figure class="grafiek"[\s\S]*?<\/figure>/g)].map((m) => m[0]).find((b) => b.includes(`id="tabel-${indicator}"`));
    expect(blok, `chart of ${indicator}`).toBeDefined();
    return blok ?? '';
  };
  const rij = (blok: string, kwartaal: string) => new RegExp(`<th scope="row">${kwartaal}</th><td class="getal">([^<]*)</td>`).exec(blok)?.[1];

  it('shows the data as of the report’s own quarter in a quarterly report', () => {
    const blok = grafiek(html(voorbeeld, 'kwartalen/2026-q1'), 'uitval-starters-eerste-jaar');
    // One precision for the indicator: 7,1 elsewhere in its series, so 8,0 here.
    expect(rij(blok, '2026-Q1')).toBe('8,0');
    expect(rij(blok, '2026-Q2')).toBe('–');
    expect(tekst(blok)).toContain('de laatste meting is 8,0% in het 1e kwartaal 2026');
  });

  it('shows the current data on a line page', () => {
    const blok = grafiek(html(voorbeeld, 'lijnen/behouden-professionaliseren'), 'uitval-starters-eerste-jaar');
    expect(rij(blok, '2026-Q2')).toBe('7,1');
    expect(tekst(blok)).toContain('de laatste meting is 7,1% in het 2e kwartaal 2026');
  });
});

describe('budget per year', () => {
  it('shows a year that has not begun as such, not as 0% spent, and leaves it out of the total', () => {
    const page = html(zes, 'lijnen/werven');
    expect(page).toMatch(/<th scope="row">2026<\/th><td class="getal">€\s150\.000<\/td><td class="getal">–<\/td><td class="getal">nog niet begonnen<\/td>/);
    expect(page).toMatch(/<th scope="row">Totaal tot en met 2025<\/th><td class="getal">€\s185\.000<\/td><td class="getal">€\s157\.095,85<\/td><td class="getal">85%<\/td>/);
    expect(tekst(page)).toMatch(/Het totaal telt alleen de jaren die al begonnen zijn\. Voor 2026 is €\s150\.000 begroot; dat jaar is nog niet begonnen\./);
  });
});


describe('/partijen/ and /verantwoording/', () => {
  it('shows every party of the example region and the joined boards against the aim', () => {
    const t = tekst(html(voorbeeld, 'partijen'));
    const partijen = readFileSync(join(SITES.voorbeeld.regio, 'data/partijen.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1).map((r) => r.split(';')[0]);
    for (const naam of partijen) expect(t).toContain(naam);
    expect(t).toContain('10 van 11 schoolbesturen aangesloten Dat is 91%. De regeling vraagt 100%. Nog niet aangesloten: 1 (in gesprek: 1).');
  });

  it('marks the elements of the po region’s scheme, flags the uncovered ones and lists the recommendation tied to no goal', () => {
    const page = html(zes, 'verantwoording');
    expect([...page.matchAll(/data-element="([^"]+)" data-gedekt="(nee|nvt)"/g)].map((m) => `${m[1]}=${m[2]}`)).toEqual(['aansluiting=nee', 'monitoring=nee', 'governance=nee', 'tekortvakken=nvt']);
    const t = tekst(page);
    expect(t).toContain('Nog zonder doel: aansluiting van alle besturen , voortgang volgen , organisatie en bestuur .');
    expect(t).toContain('Beschrijf hoe de regio zich ontwikkelt richting een sectoroverstijgende onderwijsregio. Opvolging: open . - Niet gekoppeld aan een doel.');
    expect(t).toContain('Opvolging: in uitvoering .');
  });

  it('shows theme words, not slugs, on goal cards and goal pages', () => {
    const kaarten = html(voorbeeld, 'doelen');
    expect(kaarten).toContain('<li>samen opleiden</li>');
    expect(kaarten).toContain('<option value="samen-opleiden">samen opleiden</option>');
    expect(tekst(kaarten.replace(/<option[^>]*>/g, ''))).not.toMatch(/\b(samen-opleiden|peer-review|speciaal-onderwijs)\b/);
    expect(tekst(html(voorbeeld, 'doelen/regionaal-professionaliseringsaanbod'))).toContain("Thema's professionaliseren, peer review");
  });
});
