// Running the project's own commands the way a user does (npm scripts under Node 24).
import { spawn, spawnSync } from 'node:child_process';
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

/** Runs src/cli/<command>.ts with the given environment and arguments. */
export function runCli(command: 'check' | 'build' | 'nieuw-kwartaal', env: Record<string, string>, args: string[] = []): RunResult {
  const result = spawnSync(NODE, [resolve(ROOT, `src/cli/${command}.ts`), ...args], {
    cwd: ROOT,
    env: userEnv(env),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface DevServer {
  /** Everything the command printed so far. */
  log: () => string;
  stop: () => void;
}

/** Starts `npm run dev` on a region and waits until it serves (or throws with its output). */
export async function startDev(regio: string, port: number): Promise<DevServer> {
  const dev = spawn(NODE, [resolve(ROOT, 'src/cli/dev.ts')], { cwd: ROOT, env: userEnv({ REGIO_DIR: regio, PORT: String(port) }), detached: true });
  let log = '';
  dev.stdout?.on('data', (d) => (log += d));
  dev.stderr?.on('data', (d) => (log += d));
  const start = Date.now();
  while (!log.includes('Voorbeeld van')) {
    if (Date.now() - start > 60_000 || dev.exitCode !== null) {
      if (dev.exitCode === null && dev.pid) process.kill(-dev.pid, 'SIGTERM');
      throw new Error(`npm run dev startte niet:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    log: () => log,
    stop: () => {
      if (dev.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
    },
  };
}
