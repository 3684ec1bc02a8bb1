// `npm run check`: validate the region folder, print every problem, exit 1 on any error.
import { enableCompileCache } from 'node:module';
import type { Problem } from '../lib/types.ts';

// Node's compile cache keeps compiled modules between runs; it must be on before they load.
enableCompileCache?.();
const { applySiteBase, printProblems, readOptionsFromEnv, regioFromEnv } = await import('./common.ts');
const { loadMonitor } = await import('../lib/load.ts');
const { hasErrors } = await import('../lib/problems.ts');
const { buildMonitor } = await import('../lib/model.ts');

const dir = regioFromEnv();
// A concept may be checked before it is approved: check in preview mode, then say what a
// public build would refuse (as warnings: the data themselves are fine).
const { monitor, problems } = loadMonitor(dir, 'voorbeeld', readOptionsFromEnv());
if (monitor) {
  const baseProblem = applySiteBase(monitor.regio);
  if (baseProblem) problems.push(baseProblem);
  const publicatie: Problem[] = [];
  buildMonitor(monitor.data, 'publicatie', publicatie);
  for (const p of publicatie) {
    problems.push({ ...p, severity: 'waarschuwing', message: p.severity === 'fout' ? `npm run build zal weigeren: ${p.message}` : p.message });
  }
}
printProblems(problems, hasErrors(problems) ? process.stderr : process.stdout);
if (!hasErrors(problems) && monitor) {
  process.stdout.write(`Regio "${monitor.regio.naam}" is in orde: ${monitor.lijnen.length} lijnen, ${monitor.doelen.length} doelen, ${monitor.data.indicatoren.length} indicatoren, ${monitor.data.metingen.length} metingen.\n`);
}
process.exitCode = hasErrors(problems) ? 1 : 0;
