// Shared parts of the commands: where the region is, printing problems, the project root,
// and checking a region (reading, validating and modelling it).
import { readRegion } from '../lib/read-region.ts';
import { buildMonitor, type Modus, type Monitor } from '../lib/model.ts';
import { hasErrors } from '../lib/problems.ts';
import type { Problem } from '../lib/types.ts';

export { PROJECT_ROOT, printProblems, regioFromEnv } from './common.ts';

export interface CheckResult {
  monitor?: Monitor;
  problems: Problem[];
}

/** Reads and checks the region; prints every problem. Returns the model when there are no errors. */
export function checkRegion(dir: string, modus: Modus): CheckResult {
  const { data, problems } = readRegion(dir);
  let monitor: Monitor | undefined;
  if (!hasErrors(problems)) monitor = buildMonitor(data, modus, problems);
  return { monitor: hasErrors(problems) ? undefined : monitor, problems };
}
