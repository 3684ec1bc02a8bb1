// The build hands Pagefind each page without what Pagefind skips anyway (voorZoekindex in
// src/cli/search-index.ts). That must change nothing in the index: Pagefind's own output for the
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
    expect(na).toBeLessThan(voor * 0.9);
    const heel = await indexVan(paginas, (html) => html, `${naam}-heel`);
    const klein = await indexVan(paginas, voorZoekindex, `${naam}-klein`);
    expect(Object.keys(klein).sort()).toEqual(Object.keys(heel).sort());
    for (const pad of Object.keys(heel)) expect(klein[pad], pad).toBe(heel[pad]);
  });
});

describe('voorZoekindex', () => {
  it('laat scripts, iconen en de getallentabel bij een grafiek weg, en de rest precies zoals het was', () => {
    const html = [
      '<main data-pagefind-body><h1>Doel</h1>',
      '<svg class="icoon" aria-hidden="true"><use href="/status-iconen.svg#op-koers"></use></svg> op koers',
      '<figure><figcaption>Instroom</figcaption><script type="application/json" data-grafiek-data>{"a":1}</script>',
      '<div class="tabel-wrapper" role="group" tabindex="0" aria-labelledby="c1" data-pagefind-ignore>\n    <table id="t1"><caption id="c1">Per kwartaal</caption><tr><td>12</td></tr></table>\n  </div>',
      '<p>Download</p></figure>',
      '<div class="tabel-wrapper" role="group" tabindex="0"><table><tr><td>Budget</td></tr></table></div>',
      '<script type="module" src="/_astro/x.js"></script></main>',
    ].join('');
    expect(voorZoekindex(html)).toBe([
      '<main data-pagefind-body><h1>Doel</h1>',
      ' op koers',
      '<figure><figcaption>Instroom</figcaption>',
      '',
      '<p>Download</p></figure>',
      '<div class="tabel-wrapper" role="group" tabindex="0"><table><tr><td>Budget</td></tr></table></div>',
      '</main>',
    ].join(''));
  });
});
