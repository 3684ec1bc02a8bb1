// What a reader sees on the built sites: quarters as words in running text (codes only in
// tables, charts, ids and attributes), and no slug of a status, an activity's progress, a
// recommendation's follow-up or a theme in visible text (issue 17).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES, type SiteName } from '../helpers/paths.ts';
import { bestanden } from '../helpers/site-files.ts';
import { AANBEVELING_STATUSSEN_BETEKENIS, DOEL_STATUSSEN, VOORTGANG_STATUSSEN_BETEKENIS } from '../../src/lib/status-vocabulaire.ts';
import { THEMAS } from '../../src/lib/types.ts';

/**
 * Theme lists (goal cards, the goal page's "Thema's", the theme filter) get Dutch labels from
 * the theme vocabulary in another branch; until it is merged they still print slugs and are
 * left out of the theme scan. Set to true after that merge: then every theme list is scanned.
 */
const THEMA_LIJSTEN_IN_SCAN = true;

const THEMA_LIJSTEN = [
  /<ul class="labels" aria-label="Thema's">[\s\S]*?<\/ul>/g,
  /<dt>Thema's<\/dt><dd>[\s\S]*?<\/dd>/g,
  /<select id="filter-thema"[\s\S]*?<\/select>/g,
];

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Text a reader sees: no head, scripts, styles or comments; attributes go with their tags. */
function zichtbaar(html: string, zonder: RegExp[] = []): string {
  let h = html.replace(/<head>[\s\S]*?<\/head>/, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ');
  for (const r of zonder) h = h.replace(r, ' ');
  return decode(h.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

/** Tables and drawn charts may use quarter codes (CONVENTIONS.md); the rest is running text. */
const TABELLEN_EN_GRAFIEKEN = [/<table\b[\s\S]*?<\/table>/g, /<svg\b[\s\S]*?<\/svg>/g, /<canvas\b[\s\S]*?<\/canvas>/g];

/** A literal value as it stands in a file (the data dictionary on /open-data/: `op-koers`) is code, not a word. */
const CODE = [/<code\b[\s\S]*?<\/code>/g];

function paginas(site: SiteName): { pad: string; html: string }[] {
  const dir = SITES[site].out;
  return bestanden(dir).filter((f) => f.endsWith('.html')).map((pad) => ({ pad, html: readFileSync(join(dir, pad), 'utf8') }));
}

function metOmgeving(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(`.{0,50}(?:${pattern.source}).{0,30}`, 'g'))].map((m) => m[0]);
}

const slugs = (rijen: readonly { slug: string }[]) => rijen.map((b) => b.slug).filter((s) => s.includes('-'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const woorden = (lijst: string[]) => new RegExp(`(?<![\\w-])(?:${lijst.map(escape).join('|')})(?![\\w-])`);

const STATUS_SLUGS = woorden([...slugs(DOEL_STATUSSEN), ...slugs(VOORTGANG_STATUSSEN_BETEKENIS), ...slugs(AANBEVELING_STATUSSEN_BETEKENIS)]);

function themaSlugs(site: SiteName): RegExp {
  const yaml = readFileSync(join(SITES[site].regio, 'data/regio.yaml'), 'utf8');
  const extra = /extra_themas:\s*\[([^\]]*)\]/.exec(yaml)?.[1].split(',').map((t) => t.trim()).filter(Boolean) ?? [];
  return woorden([...THEMAS, ...extra].filter((t) => t.includes('-')));
}

describe.each(Object.keys(SITES) as SiteName[])('reader text on the %s site', (site) => {
  const alle = paginas(site);

  it('has pages to scan', () => {
    expect(alle.length).toBeGreaterThan(10);
  });

  it('writes quarters as words outside tables, charts, ids and attributes', () => {
    const gevonden = alle.flatMap(({ pad, html }) => metOmgeving(zichtbaar(html, TABELLEN_EN_GRAFIEKEN), /\d{4}-Q\d/).map((m) => `${pad}: ${m}`));
    expect(gevonden).toEqual([]);
  });

  it('shows no status, progress or follow-up slug in visible text (tables included)', () => {
    const gevonden = alle.flatMap(({ pad, html }) => metOmgeving(zichtbaar(html, CODE), STATUS_SLUGS).map((m) => `${pad}: ${m}`));
    expect(gevonden).toEqual([]);
  });

  it('shows no theme slug in visible text', () => {
    const patroon = themaSlugs(site);
    const zonder = THEMA_LIJSTEN_IN_SCAN ? CODE : [...CODE, ...THEMA_LIJSTEN];
    const gevonden = alle.flatMap(({ pad, html }) => metOmgeving(zichtbaar(html, zonder), patroon).map((m) => `${pad}: ${m}`));
    expect(gevonden).toEqual([]);
  });

  it('links every page to the verklaring van tekens, which explains each mark', () => {
    for (const { pad, html } of alle) expect(html, pad).toMatch(/href="\/methode\/#tekens"/);
    const methode = alle.find((p) => p.pad === 'methode/index.html')!.html;
    expect(methode).toContain('<h2 id="tekens">Verklaring van tekens</h2>');
    for (const teken of ['&lt; 5', 'x', '–']) expect(methode).toContain(`<dt>${teken}</dt>`);
  });

  it('still finds a quarter code and a slug where they belong (the scan can fail)', () => {
    const doel = alle.find((p) => p.pad.startsWith('doelen/') && p.html.includes('<table'))!;
    expect(zichtbaar(doel.html)).toMatch(/\d{4}-Q\d/);
    expect(zichtbaar('<p>opvolging: in-uitvoering</p>')).toMatch(STATUS_SLUGS);
    expect(zichtbaar('<p>opvolging: in-uitvoering, <code>open</code></p>', CODE)).toMatch(STATUS_SLUGS);
    expect(zichtbaar('<td><code>in-uitvoering</code></td>', CODE)).not.toMatch(STATUS_SLUGS);
  });
});
