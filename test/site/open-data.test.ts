// The open data of the built sites, read from disk: monitor.json valid against the schema the
// site publishes, the statuses in it the hand-computed ones, the Data Package describing
// every CSV on disk, the open-data page linking every file, and small counts suppressed.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FIXTURES, ROOT, SITES, SUBMAP_SITE } from '../helpers/paths.ts';
import { dataPackageFouten, monitorJsonFouten } from '../helpers/open-data.ts';

const sites = { ...Object.fromEntries(Object.entries(SITES).map(([naam, s]) => [naam, s.out])), submap: SUBMAP_SITE.out };
const lezer = (site: string) => (pad: string) => readFileSync(join(site, pad), 'utf8');
const openDataBestanden = (site: string) => readdirSync(join(site, 'open-data'), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile()).map((d) => relative(site, join(d.parentPath, d.name)).split(sep).join('/'));

describe.each(Object.entries(sites))('open data of the %s site', (_naam, site) => {
  it('monitor.json validates against the schema published beside it, which is the committed one', () => {
    expect(monitorJsonFouten(lezer(site))).toEqual([]);
    expect(JSON.parse(lezer(site)('open-data/schema/monitor-1.json'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/monitor-1.json'), 'utf8')));
  });

  it('datapackage.json is a valid Data Package v2 that describes every CSV on disk with its header', () => {
    const csvs = openDataBestanden(site).filter((p) => p.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(10);
    expect(dataPackageFouten(lezer(site), csvs)).toEqual([]);
  });

  it('the open-data page links every file in /open-data/ and the data dictionary', () => {
    const html = lezer(site)('open-data/index.html');
    const base = site === SUBMAP_SITE.out ? SUBMAP_SITE.base : '/';
    for (const pad of openDataBestanden(site).filter((p) => p !== 'open-data/index.html')) expect(html, pad).toContain(`href="${base}${pad}"`);
    expect(html).toContain('id="woordenboek"');
    expect(html).toContain('<code>streef_kwartaal</code>');
  });
});

describe('open data of the six-line region', () => {
  const zes = SITES['zes-lijnen'].out;
  const verwacht = JSON.parse(readFileSync(join(FIXTURES, 'regio-zes-lijnen.verwacht.json'), 'utf8')) as { kwartaal: string; doelen: Record<string, string> };
  const monitor = JSON.parse(lezer(zes)('open-data/monitor.json'));

  it('holds the hand-computed status of every goal in the current quarter', () => {
    expect(monitor.regio.huidig_kwartaal).toBe(verwacht.kwartaal);
    const huidig = Object.fromEntries(monitor.doelstatussen.filter((s: { kwartaal: string }) => s.kwartaal === verwacht.kwartaal).map((s: { doel: string; status: string }) => [s.doel, s.status]));
    expect(huidig).toEqual(verwacht.doelen);
  });

  it('publishes a small count of persons nowhere in the open data', () => {
    const gestart = monitor.metingen.filter((m: { indicator: string }) => m.indicator === 'zij-instromers-gestart');
    expect(gestart.some((m: { onderdrukt: string[] }) => m.onderdrukt.includes('waarde'))).toBe(true);
    for (const m of gestart) if (m.onderdrukt.includes('waarde')) expect(m.waarde).toBeNull();
    expect(lezer(zes)('open-data/metingen.csv')).toMatch(/\r\nzij-instromers-gestart;\d{4}-Q\d;< 5;/);
  });
});
