// Open-data exports of the repo's test regions, written as a built site would hold them
// (<map>/open-data/monitor.json), for the national overview's tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import type { Monitor } from '../../src/lib/model.ts';
import { MONITOR_JSON_PAD, monitorExport } from '../../src/lib/open-data/export.ts';
import type { MonitorExport } from '../../src/lib/open-data/schema.ts';
import { FIXTURES, ROOT } from './paths.ts';

export const TESTREGIOS = {
  voorbeeld: ROOT,
  'zes-lijnen': join(FIXTURES, 'regio-zes-lijnen'),
  klein: join(FIXTURES, 'regio-klein'),
} as const;

export function laadPubliek(dir: string): Monitor {
  const { monitor, problems } = loadMonitor(dir, 'publicatie');
  const fouten = problems.filter((p) => p.severity === 'fout');
  if (!monitor || fouten.length > 0) throw new Error(`${dir}: ${JSON.stringify(fouten)}`);
  return monitor;
}

/** Writes `data` as <map>/open-data/monitor.json; returns the map. */
export function schrijfExport(map: string, data: MonitorExport | unknown): string {
  mkdirSync(join(map, 'open-data'), { recursive: true });
  writeFileSync(join(map, MONITOR_JSON_PAD), JSON.stringify(data));
  return map;
}

/** The test regions' models and exports. */
export function testExports(): Record<keyof typeof TESTREGIOS, { monitor: Monitor; data: MonitorExport }> {
  return Object.fromEntries(Object.entries(TESTREGIOS).map(([naam, dir]) => {
    const monitor = laadPubliek(dir);
    return [naam, { monitor, data: monitorExport(monitor) }];
  })) as Record<keyof typeof TESTREGIOS, { monitor: Monitor; data: MonitorExport }>;
}
