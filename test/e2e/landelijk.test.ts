// The national overview's quality gate, built from the test sites the site project builds
// (their folders, as the Realisatie-Eenheid would collect them), the small test region's
// export and one broken export: the counts each region's own site shows, the broken export
// named, links into each region's site, html-validate, internal links, and in Chromium axe at
// 1280 and 320 px, the CSP, no overflow, no JavaScript, and sorting and filtering by keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { FileSystemConfigLoader, HtmlValidate, Parser, StaticConfigLoader } from 'html-validate';
import { OUTPUT, ROOT, SITES } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { startChromium, vindChromium, zonderBrowser } from '../helpers/browser.ts';
import { schrijfExport, testExports } from '../helpers/landelijk.ts';
import { landelijk, type LandelijkResult } from '../../src/cli/landelijk.ts';
import { STATUS_VOLGORDE } from '../../src/lib/landelijk/overzicht.ts';
import { AANBEVOLEN_HEADERS } from '../../src/lib/csp.ts';
import { htmlBestanden, leesHtml, ontsnap, urlPad, verwijzingen, type PaginaType } from './paginas.ts';
import { alles, controleerAxe, controleerOverloop, controleerSkiplink, open, sluit } from './controles.ts';

const UIT = join(OUTPUT, 'sites', 'landelijk');
const BRONNEN = join(OUTPUT, 'landelijk-bronnen');
const SCREENSHOTS = join(OUTPUT, 'screenshots');
let resultaat: LandelijkResult;
let kapot: string;

beforeAll(async () => {
  rmSync(BRONNEN, { recursive: true, force: true });
  const { klein } = testExports();
  // A web address with no place to break (no hyphen): at 320 px it must wrap, not widen the page.
  klein.data.regio.site = 'https://monitor.kleintestlandonderwijsregiovoortgang.example';
  const klein2 = schrijfExport(join(BRONNEN, 'klein'), klein.data);
  const ongeldig = structuredClone(klein.data) as unknown as { regio: Record<string, unknown> };
  delete ongeldig.regio.naam;
  kapot = schrijfExport(join(BRONNEN, 'kapot'), ongeldig);
  resultaat = await landelijk({ bronnen: [SITES.voorbeeld.out, SITES['zes-lijnen'].out, klein2, kapot], outDir: UIT, vandaag: '2026-11-20' });
});
afterAll(() => rmSync(BRONNEN, { recursive: true, force: true }));

/** The goals per status a built region site shows on /doelen/ (one card per goal, with its current status). */
function eigenTelling(site: string): Record<string, number> {
  const html = leesHtml(site, '/doelen/');
  const telling: Record<string, number> = Object.fromEntries(STATUS_VOLGORDE.map((s) => [s, 0]));
  for (const m of html.matchAll(/<li class="kaart" data-doel="[^"]*" data-lijn="[^"]*" data-status="([a-z-]+)"/g)) telling[m[1]] += 1;
  return telling;
}

function rijTelling(html: string, id: string): Record<string, number> {
  const rij = new RegExp(`<tr data-regio="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
  return Object.fromEntries([...rij.matchAll(/data-status="([a-z-]+)" data-aantal="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
}

describe('landelijk overzicht: inhoud', () => {
  it('is built, with the broken export named (exit code 2)', () => {
    expect(resultaat.code).toBe(2);
    const home = leesHtml(UIT, '/');
    expect(home).toContain(`<li data-bron="${kapot}/open-data/monitor.json"><strong>niet ingelezen:</strong> <code>${kapot}/open-data/monitor.json</code> – bij <code>$.regio.naam</code>: ontbreekt</li>`);
  });

  it('shows each region with the status counts of its own site', () => {
    const home = leesHtml(UIT, '/');
    const regios = [...home.matchAll(/<tr data-regio="([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(regios).toEqual(['deltastad-vo-mbo', 'klein-testland', 'lindewaard']);
    const eigen = { 'deltastad-vo-mbo': SITES.voorbeeld.out, lindewaard: SITES['zes-lijnen'].out };
    for (const [id, site] of Object.entries(eigen)) {
      const telling = eigenTelling(site);
      expect(Object.values(telling).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
      expect(rijTelling(home, id), id).toEqual(telling);
      expect(rijTelling(leesHtml(UIT, `/regios/${id}/`), id), `/regios/${id}/`).toEqual(telling);
    }
  });

  it('links every goal into its region’s own site, to a page that site has', () => {
    const lindewaard = leesHtml(UIT, '/regios/lindewaard/');
    const links = [...lindewaard.matchAll(/href="(https:\/\/monitor\.onderwijsregio-lindewaard\.example\/doelen\/[^"]+)"/g)].map((m) => new URL(m[1]).pathname);
    const doelen = readFileSync(join(SITES['zes-lijnen'].out, 'doelen/index.html'), 'utf8').match(/<li class="kaart" data-doel=/g)!.length;
    expect(new Set(links).size).toBe(doelen);
    for (const pad of links) expect(existsSync(join(SITES['zes-lijnen'].out, pad, 'index.html')), pad).toBe(true);
    const deltastad = leesHtml(UIT, '/regios/deltastad-vo-mbo/');
    expect(deltastad).toContain('href="https://monitor.deltastad-onderwijsregio.example/doelen/');
  });

  it('every page is valid under html-validate:recommended', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const fouten: string[] = [];
    const bestanden = htmlBestanden(UIT);
    expect(bestanden.map((b) => urlPad(UIT, b))).toEqual(['/', '/kwartalen/', '/open-data/', '/regios/deltastad-vo-mbo/', '/regios/klein-testland/', '/regios/lindewaard/', '/themas/']);
    for (const bestand of bestanden) {
      const report = await validator.validateFile(bestand);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) fouten.push(`${relative(ROOT, bestand)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
    }
    expect(fouten).toEqual([]);
  });

  it('every internal link, source and icon reference resolves to a built file', async () => {
    const parser = new Parser(await new StaticConfigLoader().getConfigFor('pagina.html'));
    const kapot: string[] = [];
    for (const bestand of htmlBestanden(UIT)) {
      const html = readFileSync(bestand, 'utf8');
      const pagina = new URL(urlPad(UIT, bestand), 'http://overzicht.test');
      const uses = [...html.matchAll(/<use\s[^>]*\bhref="([^"]+)"/g)].map((m) => ontsnap(m[1]));
      for (const waarde of [...verwijzingen(parser.parseHtml(html)).map((v) => v.waarde), ...uses]) {
        const url = new URL(waarde, pagina);
        if (url.origin !== pagina.origin) continue;
        const pad = decodeURIComponent(url.pathname);
        const doel = join(UIT, pad.endsWith('/') ? `${pad}index.html` : pad);
        if (!existsSync(doel)) kapot.push(`${urlPad(UIT, bestand)}: ${waarde}`);
        if (url.hash && pad.endsWith('.svg') && !readFileSync(doel, 'utf8').includes(`id="${url.hash.slice(1)}"`)) kapot.push(`${urlPad(UIT, bestand)}: ${waarde}`);
      }
    }
    expect(kapot).toEqual([]);
  });
});

/** Every page type of the overview (the test checks below that these are all its pages). */
const PAGINAS: PaginaType[] = [
  { type: 'home', pad: '/' },
  { type: 'regio', pad: '/regios/lindewaard/' },
  { type: 'regio-klein', pad: '/regios/klein-testland/' },
  { type: 'themas', pad: '/themas/' },
  { type: 'kwartalen', pad: '/kwartalen/' },
  { type: 'open-data', pad: '/open-data/' },
];

const chromiumPad = vindChromium();
if (!chromiumPad) zonderBrowser('landelijk overzicht in de browser', 'Chromium');
else {
  describe('landelijk overzicht in de browser', () => {
    let browser: Browser;
    let server: StaticServer;
    const contexten: { context: BrowserContext; breedte: number }[] = [];
    beforeAll(async () => {
      browser = await startChromium(chromiumPad);
      server = await serveStatic(UIT, AANBEVOLEN_HEADERS);
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const [breedte, hoogte] of [[1280, 800], [320, 640]]) contexten.push({ breedte, context: await browser.newContext({ viewport: { width: breedte, height: hoogte }, locale: 'nl-NL' }) });
    });
    afterAll(async () => {
      for (const c of contexten) await c.context.close();
      await server?.close();
      await browser?.close();
    });

    it.each(PAGINAS)('$pad at 1280 and 320 px: axe, skip link, no overflow, no errors or CSP violations', async (pt) => {
      await alles(contexten.map(async ({ context, breedte }) => {
        const plek = `${pt.pad} [${breedte}px]`;
        const { page, fouten } = await open(context, server, pt);
        try {
          await controleerSkiplink(page, plek);
          await controleerOverloop(page, plek);
          await controleerAxe(page, plek);
          await page.screenshot({ path: join(SCREENSHOTS, `landelijk-${pt.type}-${breedte}.png`), fullPage: true });
          expect.soft(fouten, `${plek}: fouten`).toEqual([]);
        } finally {
          await sluit(page);
        }
      }));
    }, 300_000);

    it('without JavaScript: every region listed, filters hidden, counts readable', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false, locale: 'nl-NL' });
      try {
        const { page, fouten } = await open(context, server, { type: 'home', pad: '/' });
        expect(await page.locator('[data-regiotabel] tbody tr:visible').count()).toBe(3);
        expect(await page.locator('[data-filters]').isVisible()).toBe(false);
        expect(await page.locator('[data-niet-ingelezen]').isVisible()).toBe(true);
        expect(await page.locator('tr[data-regio="lindewaard"] [data-status="op-koers"]').innerText()).toBe(String(rijTelling(leesHtml(UIT, '/'), 'lindewaard')['op-koers']));
        expect(fouten).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('sorts and filters the regions with the keyboard alone', async () => {
      const { page, fouten } = await open(contexten[0].context, server, { type: 'home', pad: '/' });
      try {
        const rijen = page.locator('[data-regiotabel] tbody tr:visible');
        await expect.poll(() => page.locator('[data-filters]').isVisible()).toBe(true);
        // Sort by name, descending: the header's button, reached with Tab, pressed twice with Enter.
        const knop = page.locator('[data-regiotabel] thead th').first().locator('button');
        await knop.focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        expect(await page.locator('[data-regiotabel] thead th').first().getAttribute('aria-sort')).toBe('descending');
        expect(await rijen.evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.regio))).toEqual(['lindewaard', 'klein-testland', 'deltastad-vo-mbo']);
        // Filter on sector mbo with the arrow keys.
        await page.locator('#filter-sector').focus();
        const opties = await page.locator('#filter-sector option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
        for (let i = 0; i < opties.indexOf('mbo'); i++) await page.keyboard.press('ArrowDown');
        const metMbo = await page.locator('[data-regiotabel] tbody tr').evaluateAll((r) => r.filter((x) => (x as HTMLElement).dataset.sectoren!.split(' ').includes('mbo')).length);
        await expect.poll(() => rijen.count()).toBe(metMbo);
        expect(metMbo).toBeLessThan(3);
        await expect.poll(() => page.locator('[data-aantal-getoond]').textContent()).toBe(`${metMbo} ${metMbo === 1 ? 'regio' : 'regio’s'} getoond`);
        expect(fouten).toEqual([]);
      } finally {
        await sluit(page);
      }
    });
  });
}
