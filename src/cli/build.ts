// `npm run build`: check the region, then build the site into a temporary folder and
// swap it in only when everything succeeded. A failure leaves the old output as it was.
//
// Speed (see docs/benchmarks.md): the check runs in a worker thread while this thread loads
// Astro and the modules the build needs (together about as long as the check itself), and
// Node's compile cache keeps compiled modules between builds. Astro only starts once the
// check has passed, so a region with errors gives exactly the same output as before.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { enableCompileCache } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { printProblems, PROJECT_ROOT, regioFromEnv } from './common.ts';
import { checkInWorker } from './check-worker.ts';
import { hasErrors } from '../lib/problems.ts';
import { withBuildLock } from './lock.ts';

enableCompileCache?.();
const started = performance.now();
const dir = regioFromEnv();
const outDir = resolve(process.env.OUT_DIR || join(PROJECT_ROOT, 'dist'));

/** Ends the command with exit 1 and the reason; the previous output stays as it was. */
function stop(kop: 'De site is niet gebouwd' | 'Bouwen is mislukt', fout?: unknown): never {
  if (fout !== undefined) process.stderr.write(`${fout instanceof Error ? fout.message : String(fout)}\n`);
  process.stderr.write(`${kop}; ${existsSync(outDir) ? `${outDir} is ongewijzigd` : 'er is niets geschreven'}.\n`);
  process.exit(1);
}

const checked = checkInWorker(dir, 'publicatie');
// Meanwhile: the modules of the build (Astro, the config and its integrations, the model's
// holder that pages read, Pagefind). Errors surface later, where they are used.
const preloaded = Promise.allSettled([
  import('astro'),
  import(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href),
  import('../lib/site.ts'),
  import('./search-index.ts'),
]);

const { monitor, problems } = await checked.catch((error: unknown) => stop('De site is niet gebouwd', error));
if (!monitor || hasErrors(problems)) {
  printProblems(problems);
  stop('De site is niet gebouwd');
}
if (problems.length > 0) printProblems(problems, process.stdout);

await preloaded;
const { setMonitor } = await import('../lib/site.ts');
process.env.REGIO_DIR = dir;
process.env.MONITOR_MODUS = 'publicatie';
if (monitor.regio.site) process.env.MONITOR_SITE = monitor.regio.site;
setMonitor(monitor);

const parent = dirname(outDir);
mkdirSync(parent, { recursive: true });
const tmpDir = join(parent, `.${basename(outDir)}.bouw-${process.pid}`);
const oldDir = join(parent, `.${basename(outDir)}.oud-${process.pid}`);
const cacheKey = createHash('sha1').update(dir).digest('hex').slice(0, 12);

const { openSearchIndex } = await import('./search-index.ts');
const searchIndex = await openSearchIndex().catch((error: unknown) => stop('Bouwen is mislukt', error));
const { afterPages } = await import('./after-pages.ts');
const extra = afterPages(tmpDir, monitor, searchIndex);
try {
  await withBuildLock(PROJECT_ROOT, async () => {
    const { build } = await import('astro');
    await build({
      root: PROJECT_ROOT,
      outDir: tmpDir,
      cacheDir: join(PROJECT_ROOT, 'node_modules', '.astro-regio', cacheKey),
      logLevel: process.env.MONITOR_LOG === 'debug' ? 'debug' : 'warn',
      integrations: [extra.integration],
    });
  }, { untilExit: true });
  await extra.finished();
  await searchIndex.close();
} catch (error) {
  await extra.finished().catch(() => {});
  await searchIndex.close().catch(() => {});
  rmSync(tmpDir, { recursive: true, force: true });
  stop('Bouwen is mislukt', error);
}

if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tmpDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
process.stdout.write(`Site van "${monitor.regio.naam}" gebouwd in ${outDir} (${seconds} s).\n`);
