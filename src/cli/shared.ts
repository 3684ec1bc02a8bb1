// Shared parts of the commands: where the region is, printing problems, the project root.
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRegion } from '../lib/read-region.ts';
import { buildMonitor, type Modus, type Monitor } from '../lib/model.ts';
import { countLine, formatProblem, hasErrors, sortProblems } from '../lib/problems.ts';
import type { Problem } from '../lib/types.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The region folder: REGIO_DIR (relative to where the command is run) or the example region. */
export function regioFromEnv(): string {
  return process.env.REGIO_DIR ? resolve(process.env.REGIO_DIR) : PROJECT_ROOT;
}

export function printProblems(problems: Problem[], stream: NodeJS.WriteStream = process.stderr): void {
  for (const problem of sortProblems(problems)) stream.write(`${formatProblem(problem)}\n`);
  stream.write(`${countLine(problems)}\n`);
}

/** Reads and checks the region; prints every problem. Returns the model when there are no errors. */
export function checkRegion(dir: string, modus: Modus): { monitor?: Monitor; problems: Problem[] } {
  const { data, problems } = readRegion(dir);
  let monitor: Monitor | undefined;
  if (!hasErrors(problems)) monitor = buildMonitor(data, modus, problems);
  return { monitor: hasErrors(problems) ? undefined : monitor, problems };
}
