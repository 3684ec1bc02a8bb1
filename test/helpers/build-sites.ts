// Vitest global setup for the site tests: build each test region once, in parallel.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { NODE } from './run.ts';
import { ROOT, SITES, SUBMAP_SITE } from './paths.ts';

function build(regio: string, out: string, extraEnv: Record<string, string> = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE, [resolve(ROOT, 'src/cli/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, REGIO_DIR: regio, OUT_DIR: out, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`Bouwen van ${regio} mislukt (${code}):\n${output}`))));
  });
}

export default async function setup(): Promise<void> {
  if (process.env.MONITOR_TEST_SKIP_BUILD === '1') return;
  await Promise.all([
    ...Object.values(SITES).map((site) => build(site.regio, site.out)),
    build(SUBMAP_SITE.regio, SUBMAP_SITE.out, { MONITOR_BASE: SUBMAP_SITE.base }),
  ]);
}
