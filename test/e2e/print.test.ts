// The print stylesheet on the built example site in Chromium with print media: no navigation
// or controls, chart tables visible with repeating headers, the canvas hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITES } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { startChromium, vindChromium, zonderBrowser } from '../helpers/browser.ts';
import { paginaTypen } from './paginas.ts';

const chromiumPad = vindChromium();
if (!chromiumPad) zonderBrowser('afdrukstijl', 'Chromium (of CHROMIUM_PATH)');
else {
  describe('afdrukstijl', () => {
    let browser: Browser;
    let server: StaticServer;
    const root = SITES.voorbeeld.out;
    const pad = (type: string) => {
      const found = paginaTypen(root).find((p) => p.type === type);
      if (!found) throw new Error(`geen pagina van het type ${type} in ${root}`);
      return found.pad;
    };

    beforeAll(async () => {
      browser = await startChromium(chromiumPad);
      server = await serveStatic(root);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(path: string): Promise<Page> {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
      return page;
    }

    for (const type of ['doel-meetbaar', 'kwartaal']) {
      it(`${type}: geen navigatie, skiplink, kruimelpad of links naar de rest van de site`, async () => {
        const page = await open(pad(type));
        for (const selector of ['.navigatie', '.skiplink', '.kruimelpad', '.voet section[aria-labelledby="voet-meer"]']) {
          expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), selector).toBe('none');
        }
        expect(await page.locator('h1').isVisible()).toBe(true);
        expect(await page.locator('html').getAttribute('data-concept')).toBeNull();
        await page.close();
      });
    }

    it('grafieken: de tabel met de cijfers zichtbaar, kop herhaald op elke pagina, canvas en download weg', async () => {
      const page = await open(pad('doel-meetbaar'));
      const grafieken = page.locator('figure.grafiek');
      expect(await grafieken.count()).toBeGreaterThan(0);
      for (const grafiek of await grafieken.all()) {
        const tabel = grafiek.locator('table');
        expect(await tabel.isVisible()).toBe(true);
        expect(await tabel.locator('tbody tr').first().isVisible()).toBe(true);
        expect(await tabel.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
        expect(await grafiek.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
        expect(await grafiek.locator('.grafiek__canvas').evaluate((el) => getComputedStyle(el).display)).toBe('none');
        expect(await grafiek.locator('.download').evaluate((el) => getComputedStyle(el).display)).toBe('none');
        // Nothing scrolls on paper: the table is not cut off by its scroll box.
        expect(await grafiek.locator('.tabel-wrapper').evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
      }
      await page.close();
    });
  });
}
