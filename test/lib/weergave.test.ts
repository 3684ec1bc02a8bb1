// Chart data, tables and the inline trend line: nothing in them depends on a suppressed count.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import type { Monitor } from '../../src/lib/model.ts';
import { grafiekVoor, trendlijn } from '../../src/lib/weergave.ts';
import { indicatorCsv } from '../../src/lib/download.ts';
import { kleineAantallenRegio, VARIANT_A, VARIANT_B, type KleineWaarden } from '../helpers/kleine-aantallen.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-weergave-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));
let teller = 0;

function monitorVan(waarden: KleineWaarden): Monitor {
  const { monitor, problems } = loadMonitor(kleineAantallenRegio(join(werkmap, `r${++teller}`), waarden), 'publicatie');
  expect(problems.filter((p) => p.severity === 'fout')).toEqual([]);
  return monitor!;
}

/** Everything public about one goal's first indicator: chart, table, summary, trend line, CSV. */
function publiek(monitor: Monitor, doelId: string) {
  const doel = monitor.doelen.find((d) => d.id === doelId)!;
  const indicator = doel.indicatoren[0];
  return { grafiek: grafiekVoor(indicator, monitor), trend: trendlijn(doel, monitor), csv: indicatorCsv(indicator, monitor), uitleg: doel.historie.map((s) => s.uitleg) };
}

describe('suppressed counts in charts and trend lines', () => {
  const a = monitorVan(VARIANT_A);
  const b = monitorVan(VARIANT_B);

  it('keeps the same statuses in both variants (the test relies on it)', () => {
    for (const id of ['meer-instroom', 'minder-vertrek']) {
      expect(a.doelen.find((d) => d.id === id)!.historie.map((s) => s.status)).toEqual(b.doelen.find((d) => d.id === id)!.historie.map((s) => s.status));
    }
  });

  it.each(['meer-instroom', 'minder-vertrek'])('gives identical chart data, table, trend line and CSV for %s whatever the small values', (id) => {
    expect(publiek(a, id)).toEqual(publiek(b, id));
  });

  it('differs without suppression, so the comparison above can fail', () => {
    const a0 = monitorVan({ ...VARIANT_A, drempel: 0 });
    const b0 = monitorVan({ ...VARIANT_B, drempel: 0 });
    for (const id of ['meer-instroom', 'minder-vertrek']) {
      const [x, y] = [publiek(a0, id), publiek(b0, id)];
      expect(x.grafiek.data).not.toEqual(y.grafiek.data);
      expect(x.trend).not.toEqual(y.trend);
    }
  });

  it('draws a suppressed measurement as a band from 0 to the threshold, not as a point', () => {
    const { grafiek, trend } = publiek(a, 'meer-instroom');
    expect(grafiek.data.metingen.every((v) => v === null)).toBe(true);
    expect(grafiek.data.onderdrukt.filter(Boolean)).toHaveLength(2);
    expect(grafiek.data.drempel).toBe(5);
    expect(grafiek.data.traject).toBeNull();
    expect(grafiek.data.streef.every((v) => v === null)).toBe(true);
    expect(grafiek.onderdruktUitleg).toBe('Een aantal van minder dan 5 personen tonen we als “< 5”, zodat niemand herkenbaar is.');
    expect(grafiek.verborgenUitleg).toBe('Getallen waarmee u een aantal van minder dan 5 personen kunt terugrekenen, tonen we niet (“x”).');
    // Beside a small count the direction is left out, not described in words of its own.
    expect(grafiek.samenvatting).toBe('Mentoren met een certificaat: de laatste meting is < 5 personen in het 4e kwartaal 2025. De streefwaarde is < 5 personen in het 4e kwartaal 2026.');
    // Only bands: the scale is 0 to the threshold, each band spans it.
    expect(trend).toMatchObject({ pad: '', banden: [{ x: 0, y: 2, breedte: 6, hoogte: 24 }, { x: 90, y: 2, breedte: 6, hoogte: 24 }] });
    expect(trend!.laatste).toBeUndefined();
  });

  it('scales the trend line on published numbers and breaks it at a suppressed one', () => {
    // 2025-Q2 suppressed, 12 and 9 published, target suppressed: scale 0..12.
    const { grafiek, trend } = publiek(a, 'minder-vertrek');
    expect(trend!.banden).toEqual([{ x: 0, y: 16, breedte: 6, hoogte: 10 }]);
    expect(trend!.pad).toBe('M48.0,2.0 L94.0,8.0');
    expect(trend!.laatste).toEqual({ x: 94, y: 8 });
    expect(grafiek.data.metingen.filter((v) => v !== null)).toEqual([12, 9]);
    expect(grafiek.rijen.find((r) => r.kwartaal === '2025-Q2')).toMatchObject({ waarde: '< 5', traject: 'x' });
  });

  it('shows a published target and its marker even when the baseline is suppressed', () => {
    const mentoren = a.doelen.find((d) => d.id === 'meer-instroom')!.indicatoren[0];
    const grafiek = grafiekVoor({ ...mentoren, streefwaarde: 8 }, a);
    expect(grafiek.data.streef.filter((v) => v !== null)).toEqual([8]);
    expect(grafiek.data.traject).toBeNull();
    expect(grafiek.samenvatting).toContain('De streefwaarde is 8 personen in het 4e kwartaal 2026.');
    // A target of 0 is published, and with a published baseline so is the path.
    const vertrek = grafiekVoor({ ...a.doelen.find((d) => d.id === 'minder-vertrek')!.indicatoren[0], streefwaarde: 0 }, a);
    expect(vertrek.data.streef.filter((v) => v !== null)).toEqual([0]);
    expect(vertrek.data.traject).not.toBeNull();
  });
});
