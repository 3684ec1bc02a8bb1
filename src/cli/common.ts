// The light parts every command needs: where the project and the region are, and printing
// problems. No region reading here, so `build.ts` can start quickly and check the region
// in a worker thread (see check-worker.ts).
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countLine, formatProblem, sortProblems } from '../lib/problems.ts';
import type { Problem } from '../lib/types.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Astro sends anonymous usage data to its makers on every build unless told otherwise. A
// public body's build tool sends nothing about the region or its machine to third parties.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** The region folder: REGIO_DIR (relative to where the command is run) or the example region. */
export function regioFromEnv(): string {
  return process.env.REGIO_DIR ? resolve(process.env.REGIO_DIR) : PROJECT_ROOT;
}

export function printProblems(problems: Problem[], stream: NodeJS.WriteStream = process.stderr): void {
  for (const problem of sortProblems(problems)) stream.write(`${formatProblem(problem)}\n`);
  stream.write(`${countLine(problems)}\n`);
}
