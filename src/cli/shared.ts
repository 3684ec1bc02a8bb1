// Shared parts of the commands: where the region is, printing problems, the project root,
// and checking a region (reading, validating and modelling it).
import { loadMonitor } from '../lib/load.ts';
import type { MonitorResult, Modus } from '../lib/model.ts';

export { PROJECT_ROOT, printProblems, regioFromEnv } from './common.ts';

export type CheckResult = MonitorResult;

/** Reads and checks the region. Returns every problem, and the model when there are no errors. */
export function checkRegion(dir: string, modus: Modus): CheckResult {
  return loadMonitor(dir, modus);
}
