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

/**
 * The environment of a user's shell: the test runner's own variables removed. Astro's dev
 * server serves nothing when it sees VITEST (it then assumes it runs inside a test of Vite).
 */
export function userEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  return { ...clean, ...env };
}

/** Runs src/cli/<command>.ts with the given environment. */
export function runCli(command: 'check' | 'build', env: Record<string, string>): RunResult {
  const result = spawnSync(NODE, [resolve(ROOT, `src/cli/${command}.ts`)], {
    cwd: ROOT,
    env: userEnv(env),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
