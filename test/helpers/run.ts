// Running the project's own commands the way a user does (npm scripts under Node 24).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './paths.ts';

export const NODE = resolve(ROOT, 'node_modules/.bin/node');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs src/cli/<command>.ts with the given environment. */
export function runCli(command: 'check' | 'build', env: Record<string, string>): RunResult {
  const result = spawnSync(NODE, [resolve(ROOT, `src/cli/${command}.ts`)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
