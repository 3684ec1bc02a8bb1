// `npm run dev` while the author edits: a broken MDX or CSV file shows as Dutch `file:line`
// lines in the terminal and on the page (never Vite's English overlay or a stack trace), and
// the page comes back by itself once the file is fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startDev, type DevServer } from '../helpers/run.ts';
import { regioKopieerder } from '../helpers/regio-kopie.ts';
import { startChromium, vindChromium, zonderBrowser } from '../helpers/browser.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-dev-fouten-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

const MDX = 'content/lijnen/behouden.mdx';
const MDX_FOUT = `${MDX}:7: MDX kan niet gelezen worden: <abbr> wordt niet gesloten in dezelfde alinea; schrijf </abbr> voor het einde van de alinea, of sluit de tag zelf af met />`;
const CSV = 'data/metingen.csv';
const CSV_FOUT = `${CSV}:3: kolom "waarde": "veel" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** What Vite's overlay, Astro's error page and a stack trace look like: none may reach the author. */
const ENGELS = [/Stack trace/i, /\n\s+at /, /\[ERROR\]/, /vite-error-overlay/, /Expected a closing tag/];

async function tot(voorwaarde: () => boolean | Promise<boolean>, wat: string, log: () => string): Promise<void> {
  const start = Date.now();
  while (!(await voorwaarde())) {
    if (Date.now() - start > 30_000) throw new Error(`${wat} gebeurde niet binnen 30 s:\n${log()}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('npm run dev with a file broken while it runs', { timeout: 120_000 }, () => {
  const regio = regioKopieerder(werkmap)('dev');
  const port = 5100 + Math.floor(Math.random() * 300);
  const pagina = `http://localhost:${port}/lijnen/behouden/`;
  let dev: DevServer | undefined;
  const log = () => dev?.log() ?? '';
  beforeAll(async () => {
    dev = await startDev(regio, port);
  }, 120_000);
  afterAll(() => dev?.stop());

  it.each([
    ['an MDX syntax error', MDX, (tekst: string) => tekst.replace('We begeleiden starters.', 'We <abbr title="x">begeleiden starters.'), MDX_FOUT],
    ['a CSV cell that is no number', CSV, (tekst: string) => tekst.replace('zij-instromers;2025-Q4;58', 'zij-instromers;2025-Q4;veel'), CSV_FOUT],
  ])('%s: Dutch lines in the terminal and on the page, then recovery', async (_naam, bestand, breek, regel) => {
    expect((await fetch(pagina)).status).toBe(200);
    const pad = join(regio, bestand);
    const goed = readFileSync(pad, 'utf8');
    const voor = log().length;
    writeFileSync(pad, breek(goed));
    await tot(() => log().slice(voor).includes(regel), 'de Nederlandse regel in het terminalvenster', log);
    const antwoord = await fetch(pagina);
    const html = await antwoord.text();
    expect(antwoord.status).toBe(500);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>De regiomap bevat fouten</h1>');
    expect(html).toContain(escape(regel));
    // Vite's client stays on the page: the watcher's full reload brings the page back.
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
    // A download says the same, as plain text.
    const download = await fetch(`http://localhost:${port}/downloads/indicatoren/zij-instromers.csv`);
    expect(download.status).toBe(500);
    expect(await download.text()).toBe(`De regiomap bevat fouten:\n${regel}\n`);

    writeFileSync(pad, goed);
    await tot(() => log().slice(voor).includes('De fouten zijn opgelost; het voorbeeld is bijgewerkt.'), 'het herstel', log);
    const hersteld = await fetch(pagina);
    expect(hersteld.status).toBe(200);
    expect(await hersteld.text()).toContain('We begeleiden starters.');
    expect(log().slice(voor).split('\n').filter(Boolean)).toEqual([
      'De regiomap bevat fouten:',
      regel,
      '1 fout en 0 waarschuwingen gevonden.',
      'Het voorbeeld toont deze fouten tot ze zijn opgelost.',
      'De fouten zijn opgelost; het voorbeeld is bijgewerkt.',
    ]);
    for (const engels of ENGELS) {
      expect(log()).not.toMatch(engels);
      expect(html).not.toMatch(engels);
    }
  });

  const chromium = vindChromium();
  if (!chromium) {
    zonderBrowser('the error page in the browser', 'Chromium');
    return;
  }
  describe('in the browser', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await startChromium(chromium);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows the Dutch page without an overlay and comes back by itself after the fix', async () => {
      const page = await browser!.newPage();
      await page.goto(pagina);
      await page.getByText('We begeleiden starters.').waitFor();
      const pad = join(regio, MDX);
      const goed = readFileSync(pad, 'utf8');
      writeFileSync(pad, goed.replace('We begeleiden starters.', 'We <abbr title="x">begeleiden starters.'));
      // No reload by the test: the watcher's full reload brings the error page.
      await page.getByRole('heading', { name: 'De regiomap bevat fouten' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('pre').innerText()).toBe(MDX_FOUT);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
      writeFileSync(pad, goed);
      await page.getByText('We begeleiden starters.').waitFor({ timeout: 30_000 });
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
      await page.close();
    });
  });
});
