// The build hands Pagefind each page without what Pagefind skips anyway (voorZoekindex in
// src/cli/search-index.ts): scripts, icons and every element marked data-pagefind-ignore. That must change nothing in the index: Pagefind's own output for the
// built pages as they are and for the same pages made smaller is byte for byte the same.
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { voorZoekindex } from '../../src/cli/search-index.ts';
import { SITES } from '../helpers/paths.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'zoekindex-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(werkmap, { recursive: true, force: true });
});

const htmlVan = (site: string) => (readdirSync(site, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .map((f) => ({ pad: f.split(sep).join('/'), html: readFileSync(join(site, f), 'utf8') }));

/** Every file Pagefind writes for these pages, by path (its contents as base64). */
async function indexVan(paginas: { pad: string; html: string }[], maak: (html: string) => string, naam: string): Promise<Record<string, string>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  expect(errors).toEqual([]);
  for (const p of paginas) expect((await index!.addHTMLFile({ sourcePath: p.pad, content: maak(p.html) })).errors).toEqual([]);
  const uit = join(werkmap, naam);
  expect((await index!.writeFiles({ outputPath: uit })).errors).toEqual([]);
  await index!.deleteIndex();
  return Object.fromEntries(readdirSync(uit, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => [relative(uit, join(d.parentPath, d.name)).split(sep).join('/'), readFileSync(join(d.parentPath, d.name)).toString('base64')]));
}

describe.each(Object.entries(SITES))('de zoekindex van de %s-site', (naam, site) => {
  it('is gelijk met en zonder wat Pagefind toch overslaat, en de pagina\'s zijn kleiner', async () => {
    const paginas = htmlVan(site.out);
    expect(paginas.length).toBeGreaterThan(10);
    const voor = paginas.reduce((n, p) => n + p.html.length, 0);
    const na = paginas.reduce((n, p) => n + voorZoekindex(p.html).length, 0);
    expect(na).toBeLessThan(voor * 0.75);
    const heel = await indexVan(paginas, (html) => html, `${naam}-heel`);
    const klein = await indexVan(paginas, voorZoekindex, `${naam}-klein`);
    expect(Object.keys(klein).sort()).toEqual(Object.keys(heel).sort());
    for (const pad of Object.keys(heel)) expect(klein[pad], pad).toBe(heel[pad]);
  });
});

describe('voorZoekindex', () => {
  it('laat scripts, iconen en elk element met data-pagefind-ignore weg, en de rest precies zoals het was', () => {
    const html = [
      '<main data-pagefind-body><h1>Doel</h1>',
      '<svg class="icoon" aria-hidden="true"><use href="/status-iconen.svg#op-koers"></use></svg> op koers',
      '<figure><figcaption>Instroom</figcaption><script type="application/json" data-grafiek-data>{"a":1}</script>',
      '<div class="tabel-wrapper" role="group" tabindex="0" aria-labelledby="c1" data-pagefind-ignore>\n    <table id="t1"><caption id="c1">Per kwartaal</caption><tr><td>12</td></tr></table>\n  </div>',
      '<p>Download</p></figure>',
      '<div class="tabel-wrapper" role="group" tabindex="0"><table><tr><td>Budget</td></tr></table></div>',
      '<ul data-pagefind-ignore data-plan-activiteiten><li>Werven</li><li><ul><li>binnen</li></ul></li></ul>',
      '<p>3e kwartaal 2026 <span data-pagefind-ignore>(op koers)</span> daarna</p>',
      '<script type="module" src="/_astro/x.js"></script></main>',
    ].join('');
    expect(voorZoekindex(html)).toBe([
      '<main data-pagefind-body><h1>Doel</h1>',
      ' op koers',
      '<figure><figcaption>Instroom</figcaption>',
      '',
      '<p>Download</p></figure>',
      '<div class="tabel-wrapper" role="group" tabindex="0"><table><tr><td>Budget</td></tr></table></div>',
      '',
      '<p>3e kwartaal 2026  daarna</p>',
      '</main>',
    ].join(''));
  });

  it('telt geneste elementen van dezelfde naam mee, ook met > in een attribuutwaarde', () => {
    const html = '<div data-pagefind-ignore aria-label="Lijn > doelen"><div title="a>b"><div>x</div></div><p>y</p></div><div>blijft</div>';
    expect(voorZoekindex(html)).toBe('<div>blijft</div>');
  });

  it('laat een element staan waarvan alleen een attribuutwaarde de naam noemt', () => {
    const html = '<p title="data-pagefind-ignore">telt mee</p><a href="#" aria-label=\'zie data-pagefind-ignore\'>ook</a>';
    expect(voorZoekindex(html)).toBe(html);
  });

  it('laat een genegeerd element staan dat een filter of metagegeven van Pagefind bevat, en een dat niet sluit', () => {
    const metFilter = '<div data-pagefind-ignore><span data-pagefind-filter="lijn">Werven</span></div>';
    expect(voorZoekindex(metFilter)).toBe(metFilter);
    const open = '<main><section data-pagefind-ignore><p>niet gesloten</p></main>';
    expect(voorZoekindex(open)).toBe(open);
  });

  it('haalt een leeg element met data-pagefind-ignore weg zonder naar een sluittag te zoeken', () => {
    expect(voorZoekindex('<p>a<img src="x.png" alt="foto" data-pagefind-ignore>b</p>')).toBe('<p>ab</p>');
    expect(voorZoekindex('<p>a<br data-pagefind-ignore/>b</p>')).toBe('<p>ab</p>');
  });
});
