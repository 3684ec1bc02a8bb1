// Phase timing of one build: the exported build() of src/cli/build.ts itself (the check in a
// worker thread while this thread loads Astro and the build's modules, Astro's build, Pagefind,
// swapping the site in), each step timed by wall clock and by this process's CPU time (all
// threads), plus the step times Astro itself logs (at log level info, captured, not printed).
// Run as a child process by bench/run.ts; prints one JSON line on stdout.
//
//   REGIO_DIR=<folder> OUT_DIR=<folder> node bench/phases.ts
import { rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { withCapturedSteps, type AstroStep } from './astro-log.ts';

const phases: Record<string, { ms: number; cpuMs: number }> = {};
let wall = performance.now();
let cpu = process.cpuUsage();
/** Ends the running phase under `name` and starts the next. */
function lap(name: string): void {
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  phases[name] = { ms: Math.round(now - wall), cpuMs: Math.round((used.user + used.system) / 1000) };
  wall = performance.now();
  cpu = process.cpuUsage();
}

// As the command: the compile cache on before any module of the build is loaded.
enableCompileCache?.();
const { PROJECT_ROOT, regioFromEnv } = await import('../src/cli/common.ts');
const { build } = await import('../src/cli/build.ts');
lap('import');

const dir = regioFromEnv();
const outDir = resolve(process.env.OUT_DIR || join(PROJECT_ROOT, 'bench/output/phases-site'));
// Always a fresh build: the same work on every run.
rmSync(outDir, { recursive: true, force: true });
const astroSteps: AstroStep[] = [];
let parallel = { checkWallMs: 0, preloadMs: 0, workerModulesMs: 0, workerCheckMs: 0 };
// What the command prints (the closing line) is not this script's output, which is one JSON line.
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
const result = await build({
  dir,
  outDir,
  out: quiet,
  observer: {
    phase: lap,
    parallel: (times) => (parallel = times),
    astroLogLevel: 'info',
    // Astro logs its step times at level info: capture them instead of printing.
    runAstro: async (run) => {
      astroSteps.push(...(await withCapturedSteps(run, Boolean(process.env.BENCH_ASTRO_LOG))));
    },
    // For experiments only: another config file, relative to the project root (bench/run.ts never sets this).
    ...(process.env.BENCH_ASTRO_CONFIG ? { astroConfigFile: process.env.BENCH_ASTRO_CONFIG } : {}),
  },
});
if (!result.ok) process.exit(1);
process.stdout.write(`${JSON.stringify({ phases, parallel, astroSteps, maxRssKb: process.resourceUsage().maxRSS })}\n`);
