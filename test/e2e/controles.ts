// Checks every browser test of a built site runs on a page: opening it with the CSP listener
// and error collection, the skip link, horizontal overflow, axe. Shared by the region sites'
// gate (browser.test.ts) and the national overview's (landelijk.test.ts).
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { StaticServer } from '../helpers/server.ts';
import type { PaginaType } from './paginas.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Tabs are reused from page to page within a context: a new tab costs a renderer process
// (about half a second here), navigating an open one a fraction of that. What a tab reports
// goes to the page it shows now; between pages it rests on about:blank, collecting nothing.
interface Toestand {
  fouten?: string[];
  /** The address of a page that is expected to answer 404 itself. */
  nietGevonden?: string;
}
const toestanden = new WeakMap<Page, Toestand>();
const vrijeTabbladen = new WeakMap<BrowserContext, Page[]>();

async function nieuwTabblad(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const toestand: Toestand = {};
  toestanden.set(page, toestand);
  // Reported as a console error, which the handler below collects (a binding through
  // exposeFunction breaks in a context without JavaScript).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP-overtreding: ${e.effectiveDirective} blokkeerde ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber} ${e.sample}`.trim());
    });
  });
  const isHoofdverzoek = (u: string) => u === toestand.nietGevonden;
  page.on('console', (m) => {
    if (m.type() !== 'error' || !toestand.fouten) return;
    if (isHoofdverzoek(m.location().url) && /status of 404/.test(m.text())) return;
    toestand.fouten.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => toestand.fouten?.push(`paginafout: ${e.message}`));
  page.on('requestfailed', (r) => toestand.fouten?.push(`verzoek mislukt: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !isHoofdverzoek(r.url())) toestand.fouten?.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return page;
}

/** Opens a page in a free tab of the context; give the tab back with `sluit` when done. */
export async function open(context: BrowserContext, server: StaticServer, pt: PaginaType): Promise<{ page: Page; fouten: string[] }> {
  const page = vrijeTabbladen.get(context)?.pop() ?? (await nieuwTabblad(context));
  const fouten: string[] = [];
  const url = new URL(pt.pad.slice(1), server.url).href;
  Object.assign(toestanden.get(page)!, { fouten, nietGevonden: pt.nietGevonden ? url : undefined });
  const antwoord = await page.goto(url, { waitUntil: 'load' });
  expect(antwoord?.status(), `${pt.pad} antwoordt`).toBe(pt.nietGevonden ? 404 : 200);
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect((await page.title()).length, 'paginatitel').toBeGreaterThan(3);
  // No violations count only if the page runs under a policy at all.
  expect(await page.locator('head > meta[http-equiv="content-security-policy"]').count(), `${pt.pad}: CSP-meta`).toBe(1);
  return { page, fouten };
}

/** Done with a page from `open`: its tab goes back to the context, on about:blank. */
export async function sluit(page: Page): Promise<void> {
  const toestand = toestanden.get(page);
  if (toestand) toestand.fouten = undefined;
  if (page.isClosed()) return;
  await page.goto('about:blank');
  const vrij = vrijeTabbladen.get(page.context()) ?? [];
  vrijeTabbladen.set(page.context(), vrij);
  vrij.push(page);
}

/** What has focus, and whether the focus is visible (an outline or a box shadow). */
export function focusInfo(): { beschrijving: string; zichtbaar: boolean; nav: boolean; href: string | null } {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { beschrijving: '(body)', zichtbaar: false, nav: false, href: null };
  const stijl = getComputedStyle(el);
  const outline = stijl.outlineStyle !== 'none' && parseFloat(stijl.outlineWidth) > 0;
  const schaduw = stijl.boxShadow !== '' && stijl.boxShadow !== 'none';
  const tekst = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    beschrijving: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${tekst}`,
    zichtbaar: outline || schaduw,
    nav: Boolean(el.closest('.navigatie')),
    href: el.getAttribute('href'),
  };
}

export async function controleerSkiplink(page: Page, plek: string): Promise<void> {
  await page.keyboard.press('Tab');
  const info = await page.evaluate(focusInfo);
  expect.soft(info.beschrijving, `${plek}: eerste Tab gaat naar de skiplink`).toMatch(/^<a> Naar de inhoud$/);
  expect.soft(info.zichtbaar, `${plek}: zichtbare focus op de skiplink`).toBe(true);
  const inBeeld = await page.evaluate(() => {
    const r = document.activeElement?.getBoundingClientRect();
    return Boolean(r && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 0);
  });
  expect.soft(inBeeld, `${plek}: de skiplink is in beeld als hij focus heeft`).toBe(true);
  // Enter on anything else would leave the page and spoil the checks that follow.
  if (!/Naar de inhoud/.test(info.beschrijving)) return;
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'inhoud', null, { timeout: 2_000 }).catch(() => undefined);
  expect.soft(await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`), `${plek}: Enter op de skiplink zet de focus op <main>`).toBe('MAIN#inhoud');
}

/** Nothing scrolls sideways: the document is not wider than the viewport. */
export async function controleerOverloop(page: Page, plek: string): Promise<void> {
  const overloop = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    if (el.scrollWidth <= el.clientWidth) return null;
    const te = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > el.clientWidth + 0.5)
      .filter((e) => !e.closest('.tabel-wrapper') || e.classList.contains('tabel-wrapper'))
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} (${Math.round(e.getBoundingClientRect().right)}px)`);
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, te };
  });
  expect.soft(overloop, `${plek}: horizontale overloop`).toBeNull();
}

/** The WCAG 2.1 AA violations axe finds on the page as it is now, one readable line each. */
export async function axeOvertredingen(page: Page): Promise<string[]> {
  // Legacy mode: axe.run() in the page itself. The default runs axe per frame and then opens a
  // blank page to combine the results, two to three times slower here; our pages have no frames
  // (the CSP allows none), so the results are the same.
  const resultaat = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  return resultaat.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} – ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n    ')}`,
  );
}

export async function controleerAxe(page: Page, plek: string): Promise<void> {
  expect.soft(await axeOvertredingen(page), `${plek}: axe (WCAG 2.1 AA)`).toEqual([]);
}

/** Runs `werk` for every item, at most `n` at a time. */
export async function inParallel<T>(items: T[], n: number, werk: (item: T) => Promise<void>): Promise<void> {
  const rij = [...items];
  await alles(
    Array.from({ length: Math.min(n, rij.length) }, async () => {
      for (let item = rij.shift(); item !== undefined; item = rij.shift()) await werk(item);
    }),
  );
}

/** Like Promise.all, but lets every task finish (and close its page) before failing. */
export async function alles(taken: Promise<void>[]): Promise<void> {
  const uitkomsten = await Promise.allSettled(taken);
  const fout = uitkomsten.find((u): u is PromiseRejectedResult => u.status === 'rejected');
  if (fout) throw fout.reason;
}
