// The one channel from a command to Astro: the command hands over the model it already
// checked and the region folder it read (setMonitor); pages and Vite plugins only read them. The dev preview also registers
// how to load the model again, for after the programmabureau edits a file (forgetMonitor).
// Pages and Vite plugins are bundled separately from the command, so the model is kept on
// `globalThis`, which they share.
import type { Monitor, MonitorResult } from '../lib/model.ts';
import { formatProblem, hasErrors, sortProblems } from '../lib/problems.ts';
import type { Problem } from '../lib/types.ts';

const KEY = Symbol.for('onderwijsregio-monitor.model');
const LOADER = Symbol.for('onderwijsregio-monitor.model-loader');
const DIR = Symbol.for('onderwijsregio-monitor.region-dir');
const PROBLEMS = Symbol.for('onderwijsregio-monitor.region-problems');
type Holder = { [KEY]?: Monitor; [LOADER]?: () => MonitorResult; [DIR]?: string; [PROBLEMS]?: Problem[] };

/** The model, or the problems that keep it from being made: a region being edited in the dev preview. */
export type RegioToestand = { monitor: Monitor; problems: Problem[] } | { monitor?: undefined; problems: Problem[] };

/** The region folder the model was read from (absolute); the narrative's MDX files live there. */
export function regioDir(): string {
  const dir = (globalThis as Holder)[DIR];
  if (!dir) throw new Error('Er is geen regiomap: start de site met npm run build of npm run dev, niet met astro zelf.');
  return dir;
}

/** `dir`: the absolute region folder the model was read from. */
export function setMonitor(monitor: Monitor, dir: string): void {
  (globalThis as Holder)[KEY] = monitor;
  (globalThis as Holder)[DIR] = dir;
}

/** Dev preview: how to read the region again after forgetMonitor(). */
export function setMonitorLoader(loader: () => MonitorResult): void {
  (globalThis as Holder)[LOADER] = loader;
}

export function forgetMonitor(): void {
  delete (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[PROBLEMS];
}

/**
 * Dev preview: the current model, read again after forgetMonitor(); when the region has errors,
 * those problems instead (kept until the next forgetMonitor(), so requests do not read it again).
 */
export function regioToestand(): RegioToestand {
  const holder = globalThis as Holder;
  const cached = holder[KEY];
  if (cached) return { monitor: cached, problems: holder[PROBLEMS] ?? [] };
  if (holder[PROBLEMS]) return { problems: holder[PROBLEMS] };
  const loader = holder[LOADER];
  if (!loader) throw new Error('Er is geen model: start de site met npm run build of npm run dev, niet met astro zelf.');
  const { monitor, problems } = loader();
  holder[PROBLEMS] = problems;
  if (!monitor || hasErrors(problems)) return { problems };
  holder[KEY] = monitor;
  return { monitor, problems };
}

export function getMonitor(): Monitor {
  const { monitor, problems } = regioToestand();
  if (!monitor) {
    const lines = sortProblems(problems).filter((p) => p.severity === 'fout').map(formatProblem);
    throw new Error(`De regiomap bevat fouten:\n${lines.join('\n')}`);
  }
  return monitor;
}
