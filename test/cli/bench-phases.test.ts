// bench/phases.ts times the real build: build() of src/cli/build.ts, step by step, with
// Astro's own step times; the site it builds is a complete site.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { NODE, userEnv } from '../helpers/run.ts';
import { ROOT } from '../helpers/paths.ts';
import { regioKopieerder } from '../helpers/regio-kopie.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-phases-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

describe('bench/phases.ts', { timeout: 300_000 }, () => {
  it('reports every step of build() in order, and builds the site', () => {
    const regio = regioKopieerder(werkmap)('regio');
    const uit = join(werkmap, 'site');
    const result = spawnSync(NODE, [join(ROOT, 'bench/phases.ts')], { cwd: ROOT, env: userEnv({ REGIO_DIR: regio, OUT_DIR: uit }), encoding: 'utf8', timeout: 280_000 });
    expect(result.status, result.stderr).toBe(0);
    const regels = result.stdout.trim().split('\n');
    // Only the JSON line: the command's own closing line and Astro's log are not printed.
    expect(regels).toHaveLength(1);
    const { phases, parallel, astroSteps } = JSON.parse(regels[0]);
    expect(Object.keys(phases)).toEqual(['import', 'checkAndPreload', 'setup', 'lockWait', 'astro', 'pagefind', 'swap']);
    for (const stap of Object.values<{ ms: number; cpuMs: number }>(phases)) expect(stap.ms).toBeGreaterThanOrEqual(0);
    expect(parallel.workerCheckMs).toBeGreaterThan(0);
    expect(parallel.checkWallMs).toBeGreaterThanOrEqual(parallel.workerCheckMs);
    expect(astroSteps.map((s: { step: string }) => s.step)).toContain("pages built (Astro's total)");
    expect(existsSync(join(uit, 'index.html'))).toBe(true);
    expect(existsSync(join(uit, 'pagefind/pagefind.js'))).toBe(true);
  });
});
