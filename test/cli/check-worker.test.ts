// The check in its worker thread (src/cli/check-worker.ts), as `npm run build` uses it: the same
// problems and the same model as the check in this thread, after the structured clone.
import { describe, expect, it } from 'vitest';
import { checkInWorker } from '../../src/cli/check-worker.ts';
import { loadMonitor } from '../../src/lib/load.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { join } from 'node:path';

describe('de controle in een eigen thread', () => {
  it('geeft dezelfde meldingen en hetzelfde model als de controle hier', async () => {
    const regio = join(FIXTURES, 'regio-zes-lijnen');
    const hier = loadMonitor(regio, 'publicatie');
    const daar = await checkInWorker(regio, 'publicatie');
    expect(daar.problems).toEqual(hier.problems);
    expect(daar.monitor).toEqual(hier.monitor);
    expect(daar.timing.checkMs).toBeGreaterThan(0);
  });
});
