// `npm run build`: check the region, then build the site into a temporary folder and
// swap it in only when everything succeeded. A failure leaves the old output as it was.
//
// Speed (see docs/benchmarks.md): the check runs in a worker thread while this thread loads
// Astro and the modules the build needs (together about as long as the check itself), and
// Node's compile cache keeps compiled modules between builds. Astro only starts once the
// check has passed, so a region with errors gives exactly the same output as before.
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applySiteBase, folderFromEnv, printProblems, PROJECT_ROOT, readOptionsFromEnv, regioFromEnv } from './common.ts';
import { checkInWorker } from './check-worker.ts';
import { hasErrors } from '../lib/problems.ts';
import { withBuildLock } from './lock.ts';
import { checkOutputTarget, cleanLeftovers, createStaging, discardStaging, swapIn, type Staging } from './output-dir.ts';

enableCompileCache?.();
const started = performance.now();
const dir = regioFromEnv();
readOptionsFromEnv(); // the worker reads it too; a bad value stops here, with its message
const named = folderFromEnv('OUT_DIR', join(PROJECT_ROOT, 'dist'));
let staging: Staging | undefined;
let swapped = false;

/** Ends the command with exit 1 and the reason; the previous output stays as it was. */
function stop(kop: 'De site is niet gebouwd' | 'Bouwen is mislukt', fout?: unknown): never {
  if (fout !== undefined) process.stderr.write(`${fout instanceof Error ? fout.message : String(fout)}\n`);
  if (staging && !swapped) discardStaging(staging);
  process.stderr.write(`${kop}; ${existsSync(named) ? `${named} is ongewijzigd` : 'er is niets geschreven'}.\n`);
  process.exit(1);
}

const checked = checkInWorker(dir, 'publicatie');
// Where the site goes is checked first of all: nothing of the user's may be replaced.
const { target, problems: targetProblems } = checkOutputTarget({ outDir: named, regioDir: dir, projectRoot: PROJECT_ROOT });
if (targetProblems.length > 0) {
  for (const line of targetProblems) process.stderr.write(`${line}\n`);
  stop('De site is niet gebouwd');
}
const outDir = target.outDir;

// Meanwhile: the modules of the build (Astro, the config and its integrations, the model's
// holder that pages read, Pagefind). Errors surface later, where they are used.
const preloaded = Promise.allSettled([
  import('astro'),
  import(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href),
  import('../site/site.ts'),
  import('./search-index.ts'),
]);

const { monitor, problems } = await checked.catch((error: unknown) => stop('De site is niet gebouwd', error));
if (!monitor || hasErrors(problems)) {
  printProblems(problems);
  stop('De site is niet gebouwd');
}
if (problems.length > 0) printProblems(problems, process.stdout);

const baseProblem = applySiteBase(monitor.regio);
if (baseProblem) {
  printProblems([baseProblem]);
  stop('De site is niet gebouwd');
}

await preloaded;
const { setMonitor } = await import('../site/site.ts');
if (monitor.regio.site) process.env.MONITOR_SITE = monitor.regio.site;
setMonitor(monitor, dir);

const cacheKey = createHash('sha1').update(dir).digest('hex').slice(0, 12);
const workDir = join(PROJECT_ROOT, 'node_modules', '.astro-regio');
// Ctrl-C or a kill: the unfinished site goes, the previous one stays.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => stop('Bouwen is mislukt', `Onderbroken (${signal}).`));
}

const { openSearchIndex } = await import('./search-index.ts');
const searchIndex = await openSearchIndex().catch((error: unknown) => stop('Bouwen is mislukt', error));
const { afterPages } = await import('./after-pages.ts');
try {
  await withBuildLock(PROJECT_ROOT, async () => {
    cleanLeftovers(outDir, workDir);
    staging = createStaging(outDir, workDir);
    const extra = afterPages(staging.buildDir, monitor, searchIndex);
    // Astro writes its server build into the output folder when that lies below the working
    // directory by its path's text (and then cannot find its own packages when the folder is
    // outside the project, as in ~/monitor-sites next to ~/monitor), and into <cwd>/.astro/
    // otherwise. A working directory that no output folder can lie in keeps it in the project.
    process.chdir(workDir);
    try {
      const { build } = await import('astro');
      await build({
        root: PROJECT_ROOT,
        outDir: staging.buildDir,
        cacheDir: join(workDir, cacheKey),
        logLevel: process.env.MONITOR_LOG === 'debug' ? 'debug' : 'warn',
        integrations: [extra.integration],
      });
      await extra.finished();
    } catch (error) {
      await extra.finished().catch(() => {});
      throw error;
    }
    await searchIndex.close();
    swapIn(staging);
    swapped = true;
  }, { untilExit: true });
} catch (error) {
  await searchIndex.close().catch(() => {});
  stop('Bouwen is mislukt', error);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
process.stdout.write(`Site van "${monitor.regio.naam}" gebouwd in ${named} (${seconds} s).\n`);
