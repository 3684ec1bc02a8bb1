// The one place the site gets its model from: loaded once per process (the build CLI
// hands over the model it already checked), recomputed in dev only after a change.
import { resolve } from 'node:path';
import { loadMonitor, type Modus, type Monitor } from './model.ts';
import { formatProblem, hasErrors, sortProblems } from './problems.ts';

const KEY = Symbol.for('onderwijsregio-monitor.model');
type Holder = { [KEY]?: Monitor };

export function regioDir(): string {
  return resolve(process.env.REGIO_DIR || '.');
}

export function modus(): Modus {
  return process.env.MONITOR_MODUS === 'voorbeeld' ? 'voorbeeld' : 'publicatie';
}

export function setMonitor(monitor: Monitor): void {
  (globalThis as Holder)[KEY] = monitor;
}

export function forgetMonitor(): void {
  delete (globalThis as Holder)[KEY];
}

export function getMonitor(): Monitor {
  const holder = globalThis as Holder;
  const cached = holder[KEY];
  if (cached) return cached;
  const { monitor, problems } = loadMonitor(regioDir(), modus());
  if (!monitor || hasErrors(problems)) {
    const lines = sortProblems(problems).filter((p) => p.severity === 'fout').map(formatProblem);
    throw new Error(`De regiomap bevat fouten:\n${lines.join('\n')}`);
  }
  holder[KEY] = monitor;
  return monitor;
}
