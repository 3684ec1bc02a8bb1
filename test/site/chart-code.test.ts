// Chart code only where there are charts: a page without a chart loads no chart.js code at
// all (not even lazily), and a page with charts loads it only through a dynamic import,
// after the page itself (when a chart scrolls into view). Checked on every built page of
// the test sites (also the one under a sub-path), following script src, module preloads,
// inline module scripts and the import graph of the built chunks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES, SUBMAP_SITE } from '../helpers/paths.ts';
import { CHART_MARKERS, htmlPages, isChartCode, pageAssets } from '../helpers/page-assets.ts';

const chartFiles = (siteDir: string, files: string[]) => files.filter((file) => isChartCode(readFileSync(join(siteDir, file), 'utf8')));
const inlineChart = (inline: string[]) => inline.some(isChartCode);

const sites = [
  ...Object.entries(SITES).map(([name, site]) => [name, { out: site.out, base: '/' }] as const),
  ['submap', { out: SUBMAP_SITE.out, base: SUBMAP_SITE.base }] as const,
];

describe.each(sites)('chart code on the pages of %s', (_name, site) => {
  const pages = htmlPages(site.out).map((page) => pageAssets(site.out, page, site.base));
  const zonder = pages.filter((p) => !p.hasChart);
  const met = pages.filter((p) => p.hasChart);

  it('has pages of both kinds to check, and finds every script and stylesheet they name', () => {
    expect(zonder.length).toBeGreaterThan(5);
    expect(met.length).toBeGreaterThan(0);
    // A script the analysis cannot follow could hide chart code: there must be none.
    expect(pages.filter((p) => p.unresolved.length > 0).map((p) => [p.page, p.unresolved])).toEqual([]);
    expect(pages.every((p) => p.css.length > 0)).toBe(true);
  });

  it.each(zonder.map((p) => [p.page, p] as const))('%s has no chart and loads no chart code', (_page, assets) => {
    expect(chartFiles(site.out, assets.eager), 'chart code run on load').toEqual([]);
    expect(chartFiles(site.out, assets.lazy), 'chart code loaded later').toEqual([]);
    expect(inlineChart(assets.inline), 'chart code inline in the page').toBe(false);
  });

  it.each(met.map((p) => [p.page, p] as const))('%s loads chart code only through a dynamic import', (_page, assets) => {
    expect(chartFiles(site.out, assets.eager), 'chart code run on load').toEqual([]);
    expect(inlineChart(assets.inline), 'chart code inline in the page').toBe(false);
    // Also proves that the markers still find chart.js in a minified chunk: if a new
    // chart.js drops them, this fails instead of the checks above passing vacuously.
    expect(chartFiles(site.out, assets.lazy), `lazy chunks with one of ${CHART_MARKERS.join(' | ')}`).not.toEqual([]);
  });
});
