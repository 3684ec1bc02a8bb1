// The chart code bundled once and kept between builds (src/cli/grafiekcode.ts): the kept file is
// used only while everything that went into it is unchanged, and it is the chart code itself,
// tree-shaken and self-contained.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { grafiekcode } from '../../src/cli/grafiekcode.ts';
import { PROJECT_ROOT } from '../../src/cli/common.ts';
import { isChartCode, staticImports, dynamicImports } from '../helpers/page-assets.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'grafiekcode-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];
const entry = () => JSON.parse(readFileSync(join(cacheDir, 'grafiekcode.json'), 'utf8')) as { bestanden: Record<string, string>; code: string };

describe('de gebundelde grafiekcode', () => {
  it('wordt de eerste keer gebundeld en daarna uit de cache gehaald, met dezelfde code', async () => {
    const eerst = await grafiekcode(PROJECT_ROOT, cacheDir, TARGET);
    expect(eerst.uitCache).toBe(false);
    const daarna = await grafiekcode(PROJECT_ROOT, cacheDir, TARGET);
    expect(daarna).toEqual({ ...eerst, uitCache: true });
    expect(eerst.hash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is chart.js met onze tekencode, in één bestand zonder imports, en tree-shaken', async () => {
    const { code } = await grafiekcode(PROJECT_ROOT, cacheDir, TARGET);
    expect(isChartCode(code)).toBe(true);
    expect(code).toContain('kleineAantallen'); // the band plugin of grafiek-tekenen.ts
    expect(staticImports(code)).toEqual([]);
    expect(dynamicImports(code)).toEqual([]);
    // All of chart.js (chart.umd.min.js) is about 70 kB gzip; what the charts register is less.
    expect(gzipSync(code).length).toBeLessThan(62_000);
    expect(Object.keys(entry().bestanden).some((f) => f.endsWith('src/scripts/grafiek-tekenen.ts'))).toBe(true);
    expect(Object.keys(entry().bestanden).some((f) => f.includes('node_modules/chart.js/'))).toBe(true);
  });

  it('wordt opnieuw gebundeld zodra een bestand dat erin ging anders is', async () => {
    const oud = entry();
    const bron = Object.keys(oud.bestanden).find((f) => f.endsWith('grafiek-tekenen.ts'))!;
    writeFileSync(join(cacheDir, 'grafiekcode.json'), JSON.stringify({ ...oud, bestanden: { ...oud.bestanden, [bron]: 'ander' }, code: 'verouderd' }));
    const opnieuw = await grafiekcode(PROJECT_ROOT, cacheDir, TARGET);
    expect(opnieuw.uitCache).toBe(false);
    expect(opnieuw.code).toBe(oud.code);
    expect(entry().bestanden[bron]).toBe(oud.bestanden[bron]);
  });

  it('wordt opnieuw gebundeld voor een ander browserdoel en na een onleesbare cache', async () => {
    expect((await grafiekcode(PROJECT_ROOT, cacheDir, ['es2020'])).uitCache).toBe(false);
    writeFileSync(join(cacheDir, 'grafiekcode.json'), '{ kapot');
    expect((await grafiekcode(PROJECT_ROOT, cacheDir, TARGET)).uitCache).toBe(false);
    expect((await grafiekcode(PROJECT_ROOT, cacheDir, TARGET)).uitCache).toBe(true);
  });
});
