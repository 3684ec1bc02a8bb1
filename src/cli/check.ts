// `npm run check`: validate the region folder, print every problem, exit 1 on any error.
// `check()` is the command as a function (for the CLI below, the benchmark and tests).
import { enableCompileCache } from 'node:module';
import type { Monitor } from '../lib/model.ts';
import type { Problem } from '../lib/types.ts';

export interface CheckOptions {
  /** The region folder (absolute). */
  dir: string;
  /** Today (JJJJ-MM-DD) for the check on approval dates; default the real today. */
  vandaag?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** The preview model (concepts included), when the region has no errors. */
  monitor?: Monitor;
}

/**
 * Checks the region as the preview does (a concept may be checked before it is approved), and
 * says as warnings what a public build would refuse: the data themselves are fine. The model
 * is computed once; the publication rules need only the quarters (zichtbareKwartalen).
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const { applySiteBase } = await import('./common.ts');
  const { loadMonitor } = await import('../lib/load.ts');
  const { zichtbareKwartalen } = await import('../lib/model.ts');
  const { monitor, problems } = loadMonitor(options.dir, 'voorbeeld', options.vandaag ? { vandaag: options.vandaag } : {});
  if (monitor) {
    const baseProblem = applySiteBase(monitor.regio);
    if (baseProblem) problems.push(baseProblem);
    const publicatie: Problem[] = [];
    zichtbareKwartalen(monitor.data, 'publicatie', publicatie);
    for (const p of publicatie) {
      problems.push({ ...p, severity: 'waarschuwing', message: p.severity === 'fout' ? `npm run build zal weigeren: ${p.message}` : p.message });
    }
  }
  return { problems, ...(monitor ? { monitor } : {}) };
}

if (import.meta.main) {
  // Node's compile cache keeps compiled modules between runs; it must be on before they load.
  enableCompileCache?.();
  const { printProblems, readOptionsFromEnv, regioFromEnv } = await import('./common.ts');
  const { hasErrors } = await import('../lib/problems.ts');
  const { monitor, problems } = await check({ dir: regioFromEnv(), ...readOptionsFromEnv() });
  const fout = hasErrors(problems);
  printProblems(problems, fout ? process.stderr : process.stdout);
  if (!fout && monitor) {
    process.stdout.write(`Regio "${monitor.regio.naam}" is in orde: ${monitor.lijnen.length} lijnen, ${monitor.doelen.length} doelen, ${monitor.data.indicatoren.length} indicatoren, ${monitor.data.metingen.length} metingen.\n`);
  }
  process.exitCode = fout ? 1 : 0;
}
