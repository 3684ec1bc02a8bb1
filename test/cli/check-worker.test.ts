// The check in its worker thread (src/cli/check-worker.ts), as `npm run build` uses it: the same
// problems and the same model as the check in this thread, after the structured clone.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startCheckWorker } from '../../src/cli/check-worker.ts';
import { loadMonitor } from '../../src/lib/load.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { PROJECT_ROOT } from '../../src/cli/common.ts';

describe('de controle in een eigen thread', () => {
  it('geeft dezelfde meldingen en hetzelfde model als de controle hier', async () => {
    const regio = join(FIXTURES, 'regio-zes-lijnen');
    const hier = loadMonitor(regio, 'publicatie');
    const daar = await startCheckWorker().check(regio, 'publicatie');
    expect(daar.problems).toEqual(hier.problems);
    expect(daar.monitor).toEqual(hier.monitor);
    expect(daar.timing.checkMs).toBeGreaterThan(0);
    expect(daar.timing.modulesMs).toBeGreaterThan(0);
  });

  it('kan starten voordat de regio bekend is, en controleert er dan één', async () => {
    const worker = startCheckWorker();
    const regio = join(FIXTURES, 'regio-zes-lijnen');
    const uitkomst = await worker.check(regio, 'publicatie');
    expect(uitkomst.monitor?.regio.naam).toBe(loadMonitor(regio, 'publicatie').monitor?.regio.naam);
    expect(() => worker.check(regio, 'publicatie')).toThrow(/één regio/);
  });

  it('houdt het proces niet open zolang er niets gevraagd is', () => {
    // A command that stops before it asks for a check (a refused OUT_DIR) must simply end.
    const script = `import(${JSON.stringify(join(PROJECT_ROOT, 'src/cli/check-worker.ts'))}).then((m) => { m.startCheckWorker(); console.log('gestart'); });`;
    // A thread that kept the process open would run into the timeout, which throws.
    const uit = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(uit.trim()).toBe('gestart');
  });
});
