// A region far larger than any real one: 200,000 measurements must check without a crash
// (spreading a list that long into Math.min overflowed the call stack). Times are measured
// in the benchmark (`npm run bench -- --schaal`, docs/benchmarks.md), not asserted here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRegion } from '../../bench/generate.ts';
import { loadMonitor } from '../../src/lib/load.ts';
import { downloadBestanden } from '../../src/lib/download.ts';
import { grafiekVoor, trendlijn } from '../../src/lib/weergave.ts';

const dir = mkdtempSync(join(tmpdir(), 'regio-groot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a region with 200,000 measurements', () => {
  it('checks without problems, in both modes, and gives every page its data', () => {
    // 8 lines × 10 goals × 60 indicators per goal × 45 quarters.
    generateRegion(dir, { lijnen: 8, doelen: 10, indicatoren: 60, kwartalen: 45 });
    // Both models `npm run check` computes: the preview, then the public build's.
    const voorbeeld = loadMonitor(dir, 'voorbeeld');
    expect(voorbeeld.problems).toEqual([]);
    const publicatie = loadMonitor(dir, 'publicatie');
    expect(publicatie.problems).toEqual([]);
    const monitor = publicatie.monitor!;
    expect(monitor.data.metingen.length).toBeGreaterThanOrEqual(200_000);
    expect(monitor.historieKwartalen).toHaveLength(45);
    const indicatoren = monitor.doelen.flatMap((d) => d.indicatoren);
    expect(indicatoren).toHaveLength(4800);
    expect(indicatoren.reduce((n, i) => n + i.metingen.length, 0)).toBe(monitor.data.metingen.length);
    expect(downloadBestanden(monitor)).toHaveLength(4800);
    for (const doel of monitor.doelen) {
      if (doel.soort === 'meetbaar') expect(trendlijn(doel, monitor)).toBeDefined();
    }
    expect(indicatoren.every((i) => grafiekVoor(i, monitor).rijen.length === i.reeks.length)).toBe(true);
  // Generous: alone this takes some 15 s, but on a busy shared machine it took over three minutes.
  }, 600_000);
});
