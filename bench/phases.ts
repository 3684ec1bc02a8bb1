// Phase timing of one build: the same steps as src/cli/build.ts (the check in a worker thread
// while this thread loads Astro and the build's modules, Astro's build, Pagefind), each timed
// by wall clock and by this process's CPU time (all threads), plus the step times Astro
// itself logs (at log level info, captured, not printed). Run as a child process by
// bench/run.ts; prints one JSON line on stdout. The timing lives here so that the real build
// command stays as it is.
//
//   REGIO_DIR=<folder> OUT_DIR=<folder> node bench/phases.ts
import { rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

enableCompileCache?.();
const { PROJECT_ROOT, regioFromEnv } = await import('../src/cli/common.ts');
const { checkInWorker } = await import('../src/cli/check-worker.ts');
const { hasErrors } = await import('../src/lib/problems.ts');
const { withBuildLock } = await import('../src/cli/lock.ts');
lap('import');

const dir = regioFromEnv();
const outDir = resolve(process.env.OUT_DIR || join(PROJECT_ROOT, 'bench/output/phases-site'));

// As build.ts: the check in a worker, meanwhile loading the build's modules here.
const t0 = performance.now();
let preloadMs = 0;
const checked = checkInWorker(dir, 'publicatie');
const preloaded = Promise.allSettled([
  import('astro'),
  import(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href),
  import('../src/site/site.ts'),
  import('../src/cli/search-index.ts'),
]).then(() => (preloadMs = Math.round(performance.now() - t0)));
const { monitor, problems, timing } = await checked;
const checkWallMs = Math.round(performance.now() - t0);
await preloaded;
lap('checkAndPreload');
if (!monitor || hasErrors(problems)) {
  process.stderr.write('region has errors; run npm run check\n');
  process.exit(1);
}
const { setMonitor } = await import('../src/site/site.ts');
if (monitor.regio.site) process.env.MONITOR_SITE = monitor.regio.site;
setMonitor(monitor, dir);
rmSync(outDir, { recursive: true, force: true });
const cacheKey = createHash('sha1').update(dir).digest('hex').slice(0, 12);
const astroSteps: AstroStep[] = [];

lap('setup');

// Builds in one checkout take turns (src/cli/lock.ts); waiting for another build is not
// part of any other phase.
const { openSearchIndex } = await import('../src/cli/search-index.ts');
const searchIndex = await openSearchIndex();
const { afterPages } = await import('../src/cli/after-pages.ts');
const extra = afterPages(outDir, monitor, searchIndex);
await withBuildLock(PROJECT_ROOT, async () => {
  lap('lockWait');
  const { build } = await import('astro');
  // Astro logs its step times at level info: capture them instead of printing.
  astroSteps.push(...(await withCapturedSteps(() => build({
    root: PROJECT_ROOT,
    outDir,
    cacheDir: join(PROJECT_ROOT, 'node_modules', '.astro-regio', cacheKey),
    // For experiments only: another config file, relative to the project root (bench/run.ts never sets this).
    ...(process.env.BENCH_ASTRO_CONFIG ? { configFile: process.env.BENCH_ASTRO_CONFIG } : {}),
    logLevel: 'info',
    integrations: [extra.integration],
  }), Boolean(process.env.BENCH_ASTRO_LOG))));
}, { untilExit: true });
lap('astro');
// As build.ts: the index and the downloads were started when the last page was rendered;
// this is what is left of them after Astro's build returned.
await extra.finished();
await searchIndex.close();
lap('pagefind');

const parallel = { checkWallMs, preloadMs, workerModulesMs: timing.modulesMs, workerCheckMs: timing.checkMs };
process.stdout.write(`${JSON.stringify({ phases, parallel, astroSteps, maxRssKb: process.resourceUsage().maxRSS })}\n`);
