// Printing one page of a built site to PDF in the user's Chromium, Chrome or Edge: A4 from the
// print stylesheet, tagged (the structure tree comes from the HTML), with bookmarks from the
// headings.
import { serveStatic } from '../static-server.ts';
import { startChromium } from '../browser.ts';
import { melding } from '../../lib/meldingen/index.ts';

export interface Afdruk {
  pdf: Uint8Array;
  /** The browser's name and version, for the PDF's Producer. */
  browser: string;
}

/**
 * Prints `pagina` (a path below the site's base) of the site in `siteDir`. Links into the site
 * point to the public site (`site`, the region's web address) on paper; without one they
 * become plain text, never an address on this computer.
 */
export async function drukAf(options: { siteDir: string; base: string; pagina: string; browserPad: string; site?: string }): Promise<Afdruk> {
  const server = await serveStatic(options.siteDir, {}, options.base);
  try {
    const browser = await startChromium(options.browserPad).catch((error: unknown) => {
      const reden = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new Error(melding('pdf.browser-start-niet', { pad: options.browserPad, reden }).message);
    });
    try {
      const page = await browser.newPage();
      const url = new URL(options.pagina, server.url).href;
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      if (!response || response.status() !== 200) throw new Error(melding('pdf.pagina-niet-gebouwd', { pagina: options.pagina, status: String(response?.status() ?? 'geen antwoord') }).message);
      await page.evaluate((site) => {
        for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          const target = new URL(a.href);
          if (target.origin !== location.origin) continue;
          if (target.pathname === location.pathname && target.hash) continue;
          if (site) a.href = new URL(target.pathname + target.search + target.hash, site).href;
          else a.removeAttribute('href');
        }
      }, options.site ? new URL(options.site).origin : undefined);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      return { pdf, browser: `${browser.browserType().name()} ${browser.version()}` };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
