// The browser quality gate: both test sites served on 127.0.0.1 and checked in headless
// Chromium at 1280 and 320 px wide: WCAG 2.1 AA with axe, console and page errors, charts
// drawn and matching their tables, keyboard use (skip link, visible focus, navigation,
// goal filters), the site without JavaScript, no horizontal scrolling on a small phone, and
// full-page screenshots in test/output/screenshots/. Every page must run under its
// Content-Security-Policy without a single violation; the test region is served with the HTTP
// headers docs/aan-de-slag.md recommends, the example without (both ways a host may serve it).
//
// Without Chromium the suite is skipped with a loud banner; in CI (or with
// MONITOR_BROWSER_VERPLICHT=1) a missing browser fails the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { FIXTURES, OUTPUT, SITES, type SiteName } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { browserVerplicht, ontbreektMelding, startChromium, vindChromium } from '../helpers/browser.ts';
import { doelIds, paginaTypen } from './paginas.ts';
import { AANBEVOLEN_HEADERS } from '../../src/lib/csp.ts';
import { alles, axeOvertredingen, controleerAxe, controleerOverloop, controleerSkiplink, focusInfo, inParallel, open, sluit } from './controles.ts';

const BREEDTES = [1280, 320] as const;
type Breedte = (typeof BREEDTES)[number];
const HOOGTE: Record<Breedte, number> = { 1280: 800, 320: 640 };
const SCREENSHOTS = join(OUTPUT, 'screenshots');
const SITE_NAMEN = Object.keys(SITES) as SiteName[];

interface Verwacht {
  kwartaal: string;
  doelen: Record<string, string>;
  zichtbaar: Record<string, string[]>;
}

const chromiumPad = vindChromium();

if (!chromiumPad) {
  if (browserVerplicht()) {
    describe('browsertests', () => {
      it('Chromium is aanwezig (verplicht in CI en met MONITOR_BROWSER_VERPLICHT=1)', () => {
        throw new Error(
          `BROWSER ONTBREEKT: geen Chromium gevonden (CHROMIUM_PATH=${process.env.CHROMIUM_PATH ?? '(niet gezet)'}, /usr/bin/chromium, /usr/bin/chromium-browser). ` +
            'In CI zijn de browsertests verplicht: installeer Chromium of zet CHROMIUM_PATH.',
        );
      });
    });
  } else {
    console.warn(ontbreektMelding());
    describe.skip('BROWSER ONTBREEKT: browsertests overgeslagen', () => {
      it('WCAG 2.1 AA (axe), toetsenbord, 320 px, zonder JavaScript, grafieken, screenshots', () => {});
    });
  }
} else {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startChromium(chromiumPad);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('de axe-controle vindt overtredingen op een pagina die ze heeft (ontbrekende alt, te weinig contrast, veld zonder label)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.setContent(
        '<!doctype html><html lang="nl"><head><title>Fout</title></head><body><main><h1>Fout</h1>' +
          '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
          '<p style="color:#bbb;background:#fff">Bijna onleesbaar grijs op wit</p>' +
          '<input type="text"></main></body></html>',
      );
      const ids = (await axeOvertredingen(page)).map((regel) => regel.split(' ')[0]);
      expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'label']));
    } finally {
      await context.close();
    }
  });

  describe.each(SITE_NAMEN)('browser: %s', (siteNaam) => {
    const root = SITES[siteNaam].out;
    const typen = paginaTypen(root);
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic(root, siteNaam === 'zes-lijnen' ? AANBEVOLEN_HEADERS : {});
    });
    afterAll(async () => {
      await server?.close();
    });

    // One context per width; a test checks both widths of a page at the same time (the
    // browser has more than one core to work with, axe is the slow part).
    const contexten = {} as Record<Breedte, BrowserContext>;
    beforeAll(async () => {
      for (const breedte of BREEDTES) {
        contexten[breedte] = await browser.newContext({
          viewport: { width: breedte, height: HOOGTE[breedte] },
          locale: 'nl-NL',
          // One width with and one without animation: both chart paths get drawn.
          reducedMotion: breedte === 320 ? 'reduce' : 'no-preference',
        });
      }
    });
    afterAll(async () => {
      for (const context of Object.values(contexten)) await context.close();
    });
    const perBreedte = (controle: (context: BrowserContext, breedte: Breedte) => Promise<void>) =>
      alles(BREEDTES.map((breedte) => controle(contexten[breedte], breedte)));

    it.each(typen)('$type ($pad) op 1280 en 320 px: axe, fouten, skiplink, grafieken, overloop, screenshot', async (pt) => {
      await perBreedte(async (context, breedte) => {
        const plek = `${pt.pad} [${breedte}px]`;
        const { page, fouten } = await open(context, server, pt);
        try {
          // Keyboard first, while the page is as it loaded: skip link and visible focus.
          await controleerSkiplink(page, plek);
          const grafieken = await controleerGrafieken(page, plek);
          if (breedte === 1280) controleerGrafiekTabellen(grafieken, plek);
          if (pt.type.startsWith('doel-')) await controleerHuidigeStatus(page, plek);
          await controleerOverloop(page, plek);
          await controleerAxe(page, plek);
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.screenshot({ path: join(SCREENSHOTS, `${siteNaam}-${pt.type}-${breedte}.png`), fullPage: true });
          expect.soft(fouten, `${plek}: console- en paginafouten, mislukte verzoeken`).toEqual([]);
        } finally {
          await sluit(page);
        }
      });
    });

    it('de navigatie is met Tab bereikbaar, met zichtbare focus op elke stap (1280 en 320 px)', async () => {
      await perBreedte(async (context, breedte) => {
        const { page, fouten } = await open(context, server, { type: 'home', pad: '/' });
        try {
          const navigatie = await page.locator('.navigatie a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(navigatie.length).toBeGreaterThan(3);
          const bezocht: string[] = [];
          const zonderFocusstijl: string[] = [];
          for (let i = 0; i < 30 && !navigatie.every((href) => bezocht.includes(`nav:${href}`)); i++) {
            await page.keyboard.press('Tab');
            const stap = await page.evaluate(focusInfo);
            bezocht.push(stap.nav ? `nav:${stap.href}` : stap.beschrijving);
            if (!stap.zichtbaar) zonderFocusstijl.push(stap.beschrijving);
          }
          expect.soft(bezocht.filter((b) => b.startsWith('nav:')), `[${breedte}px] Tab-volgorde: ${bezocht.join(' → ')}`).toEqual(navigatie.map((href) => `nav:${href}`));
          expect.soft(zonderFocusstijl, `[${breedte}px] elementen zonder zichtbare focus`).toEqual([]);
          expect.soft(fouten, `[${breedte}px] fouten`).toEqual([]);
        } finally {
          await sluit(page);
        }
      });
    });

    it('de filters op /doelen/ werken met alleen het toetsenbord (1280 en 320 px)', async () => {
      await perBreedte(async (context, breedte) => {
        const plek = `/doelen/ [${breedte}px]`;
        const { page, fouten } = await open(context, server, { type: 'doelen', pad: '/doelen/' });
        try {
          const filters = page.locator('[data-filters]');
          await expect.poll(() => filters.isVisible(), { message: `${plek}: filters zichtbaar met JavaScript` }).toBe(true);
          const kaarten = page.locator('[data-doelenlijst] > [data-doel]');
          const zichtbareKaarten = page.locator('[data-doelenlijst] > [data-doel]:visible');
          const totaal = await kaarten.count();
          const aantal = page.locator('[data-aantal]');
          expect(await aantal.getAttribute('role'), `${plek}: het aantal staat in een live region`).toBe('status');
          await expect.poll(() => aantal.textContent()).toBe(`${totaal} doelen getoond`);

          // Tab to the status filter.
          let gevonden = false;
          for (let i = 0; i < 60 && !gevonden; i++) {
            await page.keyboard.press('Tab');
            gevonden = await page.evaluate(() => document.activeElement?.id === 'filter-status');
          }
          expect(gevonden, `${plek}: het statusfilter is met Tab bereikbaar`).toBe(true);
          expect.soft((await page.evaluate(focusInfo)).zichtbaar, `${plek}: zichtbare focus op het statusfilter`).toBe(true);

          // Choose a status that filters the list, with the arrow keys only.
          const opties = await page.locator('#filter-status option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
          const perStatus = await kaarten.evaluateAll((k) => k.map((x) => (x as HTMLElement).dataset.status ?? ''));
          const stappen = opties.findIndex((o) => o && perStatus.filter((s) => s === o).length < totaal);
          expect(stappen, `${plek}: er is een status die de lijst filtert`).toBeGreaterThan(0);
          for (let i = 0; i < stappen; i++) await page.keyboard.press('ArrowDown');
          const keuze = opties[stappen];
          expect(await page.locator('#filter-status').inputValue(), `${plek}: gekozen met pijltjes`).toBe(keuze);
          const verwacht = perStatus.filter((s) => s === keuze).length;
          await expect.poll(() => zichtbareKaarten.count(), { message: `${plek}: gefilterde lijst` }).toBe(verwacht);
          const zichtbaar = await zichtbareKaarten.evaluateAll((k) => k.map((x) => (x as HTMLElement).dataset.status));
          expect.soft(new Set(zichtbaar), `${plek}: alleen doelen met status ${keuze}`).toEqual(new Set([keuze]));
          await expect.poll(() => aantal.textContent(), { message: `${plek}: aantal in de live region` }).toBe(`${verwacht} ${verwacht === 1 ? 'doel' : 'doelen'} getoond`);
          expect.soft(new URL(page.url()).searchParams.get('status'), `${plek}: keuze in de URL`).toBe(keuze);

          // Back to all goals.
          await page.keyboard.press('Home');
          await expect.poll(() => zichtbareKaarten.count(), { message: `${plek}: weer alle doelen` }).toBe(totaal);
          await expect.poll(() => aantal.textContent()).toBe(`${totaal} doelen getoond`);
          expect.soft(fouten, `${plek}: fouten`).toEqual([]);
        } finally {
          await sluit(page);
        }
      });
    });

    it('zonder JavaScript: inhoud, statussen en tabellen zichtbaar, filters verborgen, alle doelen getoond', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false, locale: 'nl-NL' });
      try {
        const aantalDoelen = doelIds(root).length;
        await inParallel(typen, 3, async (pt) => {
          const { page, fouten } = await open(context, server, pt);
          try {
            const main = page.locator('main#inhoud');
            expect.soft(await main.locator('h1').isVisible(), `${pt.pad}: kop zichtbaar`).toBe(true);
            expect.soft((await main.innerText()).length, `${pt.pad}: inhoud`).toBeGreaterThan(100);
            const tabellen = main.locator('table');
            for (let i = 0; i < (await tabellen.count()); i++) {
              expect.soft(await tabellen.nth(i).isVisible(), `${pt.pad}: tabel ${i + 1} zichtbaar`).toBe(true);
            }
            expect.soft(await page.locator('[data-grafiek-canvas]:visible').count(), `${pt.pad}: geen lege grafiekvakken`).toBe(0);
            if (pt.type.startsWith('doel-')) await controleerHuidigeStatus(page, `${pt.pad} [zonder JavaScript]`);
            if (pt.type === 'doelen') {
              expect.soft(await page.locator('[data-filters]').isVisible(), 'filters verborgen').toBe(false);
              expect.soft(await page.locator('[data-doelenlijst] > [data-doel]:visible').count(), 'alle doelen getoond').toBe(aantalDoelen);
            }
            if (pt.type === 'zoeken') {
              expect.soft(await page.locator('[data-zoekformulier]').isVisible(), 'zoekformulier verborgen').toBe(false);
              expect.soft(await main.innerText(), 'uitleg zonder JavaScript').toContain('Zoeken werkt alleen met JavaScript');
            }
            await controleerOverloop(page, `${pt.pad} [320px, zonder JavaScript]`);
            expect.soft(fouten, `${pt.pad}: fouten`).toEqual([]);
          } finally {
            await sluit(page);
          }
        });
      } finally {
        await context.close();
      }
    });

    it('zoeken met Pagefind vindt een doel', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
      try {
        const { page, fouten } = await open(context, server, { type: 'zoeken', pad: '/zoeken/' });
        const doel = doelIds(root)[0];
        const titel = await (await context.request.get(new URL(`doelen/${doel}/`, server.url).href)).text();
        const term = /<h1>([^<]+)<\/h1>/.exec(titel)?.[1].split(/\s+/).find((w) => w.length >= 6) ?? 'leraren';
        const veld = page.getByLabel('Zoekterm');
        await expect.poll(() => veld.isVisible()).toBe(true);
        await veld.fill(term);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('[data-zoekstatus]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultat/);
        const links = await page.locator('[data-zoekresultaten] a').evaluateAll((a) => a.map((x) => (x as HTMLAnchorElement).href));
        expect(links.length, `resultaten voor “${term}”`).toBeGreaterThan(0);
        // The goal page itself is among the first results: lists that repeat goal titles are kept out of the index.
        expect(links.slice(0, 5).map((l) => new URL(l).pathname), `eerste resultaten voor “${term}”`).toContain(new URL(`doelen/${doel}/`, server.url).pathname);
        const antwoord = await context.request.get(links[0]);
        expect(antwoord.status(), links[0]).toBe(200);
        expect(fouten).toEqual([]);
        await sluit(page);
      } finally {
        await context.close();
      }
    });

    if (siteNaam === 'zes-lijnen') {
      it('statussen en zichtbare waarden zoals verwacht (regio-zes-lijnen.verwacht.json)', async () => {
        const verwacht = JSON.parse(readFileSync(join(FIXTURES, 'regio-zes-lijnen.verwacht.json'), 'utf8')) as Verwacht;
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
        try {
          for (const [doel, status] of Object.entries(verwacht.doelen)) {
            const { page } = await open(context, server, { type: 'doel', pad: `/doelen/${doel}/` });
            const huidig = page.locator('[data-huidige-status]');
            expect.soft(await huidig.count(), doel).toBe(1);
            expect.soft(await huidig.first().getAttribute('data-huidige-status'), doel).toBe(status);
            const tekst = await page.locator('main').innerText();
            for (const waarde of verwacht.zichtbaar[doel] ?? []) expect.soft(tekst, `${doel} toont ${waarde}`).toContain(waarde);
            await sluit(page);
          }
        } finally {
          await context.close();
        }
      });
    }
  });
}

// ---------------------------------------------------------------------------------------

/**
 * Opens a page and collects console errors, page errors, failed requests and violations of the
 * Content-Security-Policy. The violation listener comes in through Playwright (the DevTools
 * protocol), which the page's own policy does not govern; Chromium also logs each violation as a
 * console error itself ("Refused to …"), which catches them with JavaScript off too.
 */

interface GrafiekInfo {
  id: string;
  data: {
    labels: string[];
    metingen: (number | null)[];
    traject: (number | null)[] | null;
    streef: (number | null)[];
  };
  rijen: string[][];
  figcaption: string;
  caption: string;
  download: string | null;
}

/** Scrolls every chart into view (they load lazily), waits until drawn and checks the pixels. */
async function controleerGrafieken(page: Page, plek: string): Promise<GrafiekInfo[]> {
  const figuren = page.locator('[data-grafiek]');
  const aantal = await figuren.count();
  for (let i = 0; i < aantal; i++) {
    const figuur = figuren.nth(i);
    await figuur.scrollIntoViewIfNeeded();
    await expect.poll(() => figuur.getAttribute('data-getekend'), { message: `${plek}: grafiek ${i + 1} getekend`, timeout: 10_000 }).toBe('ja');
    const heeftMeting = await figuur.evaluate((f) => (JSON.parse(f.querySelector('[data-grafiek-data]')?.textContent ?? '{}').metingen ?? []).some((v: unknown) => v !== null));
    // Wait for the (possibly animated) drawing to show something: drawn pixels, and pixels in
    // the measurement colour in the plot area when there is a measurement.
    const getekend = (p: Pixels | null) => Boolean(p && p.breedte > 100 && p.gevuld / p.oppervlak > 0.01 && (!heeftMeting || p.metingKleur > 10));
    let stand = await pixels(figuur);
    for (const eind = Date.now() + 5_000; !getekend(stand) && Date.now() < eind; stand = await pixels(figuur)) await page.waitForTimeout(100);
    expect.soft(getekend(stand), `${plek}: grafiek ${i + 1} heeft getekende pixels (${JSON.stringify(stand)})`).toBe(true);
    const p = stand;
    expect.soft(p?.cssBreedte, `${plek}: grafiek ${i + 1} past in de figuur`).toBeLessThanOrEqual(p?.figuurBreedte ?? 0);
  }
  return figuren.evaluateAll((lijst) =>
    lijst.map((f) => {
      const data = JSON.parse(f.querySelector('[data-grafiek-data]')?.textContent ?? '{}');
      return {
        id: data.id,
        data,
        rijen: [...f.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
        figcaption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
        caption: f.querySelector('table caption')?.textContent?.trim() ?? '',
        download: f.querySelector('a[download]')?.getAttribute('href') ?? null,
      };
    }),
  );
}

interface Pixels {
  breedte: number;
  oppervlak: number;
  gevuld: number;
  metingKleur: number;
  cssBreedte: number;
  figuurBreedte: number;
}

/** Pixel statistics of a chart's canvas: drawn pixels, and pixels in the measurement colour below the legend. */
function pixels(figuur: Locator): Promise<Pixels | null> {
  return figuur.evaluate((f) => {
    const canvas = f.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || canvas.width === 0 || canvas.height === 0) return null;
    const accent = getComputedStyle(document.documentElement).getPropertyValue('--regio-accent').trim() || '#1f5f8b';
    const [ar, ag, ab] = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16));
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    // The legend (with a marker in the same colour) sits in the top ~40 CSS pixels.
    const onderLegenda = Math.round(40 * (width / canvas.getBoundingClientRect().width));
    let gevuld = 0;
    let metingKleur = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      gevuld++;
      const y = Math.floor(i / 4 / width);
      if (y >= onderLegenda && data[i + 3] > 200 && Math.abs(data[i] - ar) < 40 && Math.abs(data[i + 1] - ag) < 40 && Math.abs(data[i + 2] - ab) < 40) metingKleur++;
    }
    return {
      breedte: width,
      oppervlak: width * height,
      gevuld,
      metingKleur,
      cssBreedte: canvas.getBoundingClientRect().width,
      figuurBreedte: f.getBoundingClientRect().width,
    };
  });
}

/** Dutch number as shown in a table cell (`1.234,5`, `−3`) → number. */
function getal(tekst: string): number {
  return Number(tekst.replace(/\./g, '').replace(',', '.').replace('\u2212', '-').replace(/[^\d.-]/g, ''));
}

/** The table under each chart shows the same numbers as the chart's data. */
function controleerGrafiekTabellen(grafieken: GrafiekInfo[], plek: string): void {
  for (const g of grafieken) {
    const { data, rijen } = g;
    const naam = `${plek}: grafiek ${g.id}`;
    expect.soft(g.figcaption.length, `${naam}: figcaption`).toBeGreaterThan(10);
    expect.soft(g.caption.length, `${naam}: tabel heeft een caption`).toBeGreaterThan(5);
    expect.soft(g.download, `${naam}: download`).toMatch(/\.csv$/);
    expect.soft(rijen.map((r) => r[0]), `${naam}: kwartalen in tabel en grafiek`).toEqual(data.labels);
    expect.soft(data.metingen.length, `${naam}: een meting per kwartaal`).toBe(data.labels.length);
    rijen.forEach(([kwartaal, meting, traject], i) => {
      const waarde = data.metingen[i];
      if (meting.startsWith('<')) {
        // A suppressed small count must not leak through the chart data either.
        expect.soft(waarde, `${naam} ${kwartaal}: “${meting}” in de tabel, dus geen waarde in de grafiek`).toBeNull();
      } else if (meting === '–') {
        expect.soft(waarde, `${naam} ${kwartaal}: geen meting`).toBeNull();
      } else {
        expect.soft(waarde, `${naam} ${kwartaal}: meting ${meting}`).not.toBeNull();
        expect.soft(Math.abs(getal(meting) - (waarde ?? NaN)), `${naam} ${kwartaal}: tabel ${meting}, grafiek ${waarde}`).toBeLessThanOrEqual(0.0501);
      }
      if (data.traject === null) {
        expect.soft(traject, `${naam} ${kwartaal}: traject afgeschermd`).toBe('afgeschermd');
      } else {
        const t = data.traject[i];
        expect.soft(Math.abs(getal(traject) - (t ?? NaN)), `${naam} ${kwartaal}: traject tabel ${traject}, grafiek ${t}`).toBeLessThanOrEqual(0.0501);
      }
    });
    const streef = data.streef.map((v, i) => [v, i] as const).filter(([v]) => v !== null);
    expect.soft(streef.length, `${naam}: hoogstens één streefwaarde`).toBeLessThanOrEqual(1);
    if (streef.length === 1 && data.traject) {
      const [v, i] = streef[0];
      expect.soft(Math.abs((data.traject[i] ?? NaN) - (v ?? NaN)), `${naam}: het traject eindigt op de streefwaarde`).toBeLessThanOrEqual(0.001);
    }
  }
}

async function controleerHuidigeStatus(page: Page, plek: string): Promise<void> {
  const huidig = page.locator('[data-huidige-status]');
  expect.soft(await huidig.count(), `${plek}: precies één [data-huidige-status]`).toBe(1);
  expect.soft(await huidig.first().isVisible(), `${plek}: de status is zichtbaar`).toBe(true);
  expect.soft((await huidig.first().innerText()).trim().length, `${plek}: de status staat er in woorden`).toBeGreaterThan(3);
}

