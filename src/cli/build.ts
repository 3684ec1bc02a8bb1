// `npm run build`: check the region, then build the site into a temporary folder and
// swap it in only when everything succeeded. A failure leaves the old output as it was.
// `build()` is the command as a function (for the CLI below, the benchmark and tests); it
// prints what the command prints, to the streams it is given.
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
import { startCheckWorker, type CheckWorker } from './check-worker.ts';
import type { Monitor } from '../lib/model.ts';
import type { Staging } from './output-dir.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * The build's own modules, loaded once the check's thread has started (the message catalogue
 * alone takes a few hundredths of a second): the check is the longest step before Astro.
 */
const bouwModules = () => Promise.all([import('./common.ts'), import('../lib/problems.ts'), import('../lib/meldingen/index.ts'), import('./lock.ts'), import('./output-dir.ts')]);

export interface BuildOptions {
  /** The region folder (absolute). */
  dir: string;
  /** The output folder as named by the user (absolute); checked before anything is written. */
  outDir: string;
  /** Today (JJJJ-MM-DD) for the check on approval dates; default the real today. */
  vandaag?: string;
  /** Where progress and warnings go (default stdout), and errors (default stderr). */
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
  /** For the benchmark (bench/phases.ts): told each step as it ends; the build itself is the same. */
  observer?: BuildObserver;
  /** The check's thread, if already started (the command line starts it first of all). */
  checkWorker?: CheckWorker;
}

/** The steps of a build, in order. */
export type BuildPhase = 'checkAndPreload' | 'setup' | 'lockWait' | 'astro' | 'pagefind' | 'swap';

export interface BuildObserver {
  /** A step has ended (it began where the previous one ended). */
  phase(name: BuildPhase): void;
  /** The check in its worker thread and, meanwhile, the loading of the build's modules here. */
  parallel(times: { checkWallMs: number; preloadMs: number; workerModulesMs: number; workerCheckMs: number }): void;
  /** Astro's log level instead of warn (the benchmark reads Astro's step times at info). */
  astroLogLevel?: 'info';
  /** Runs Astro's build (to capture its log). */
  runAstro?(build: () => Promise<void>): Promise<void>;
  /** Another Astro config file, relative to the project, for experiments. */
  astroConfigFile?: string;
}

export interface BuildResult {
  ok: boolean;
  /** The output folder as named. */
  outDir: string;
  /** The published model, when the region passed the check. */
  monitor?: Monitor;
  seconds: number;
}

/** The line the build ends with: refused by the check, or failed while building. */
type Kop = 'publiceren.niet-gebouwd' | 'publiceren.bouwen-mislukt';

/** A reason to stop: the build ends with it, the previous output stays as it was. */
class Stop extends Error {
  kop: Kop;
  fout?: unknown;
  constructor(kop: Kop, fout?: unknown) {
    super(kop);
    this.kop = kop;
    this.fout = fout;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { dir, outDir: named, observer } = options;
  const checked = (options.checkWorker ?? startCheckWorker()).check(dir, 'publicatie', options.vandaag ? { vandaag: options.vandaag } : {});
  // A failed check is handled where it is awaited; until then it must not count as unhandled.
  checked.catch(() => {});
  const [
    { applySiteBase, printProblems, PROJECT_ROOT, WORK_DIR },
    { hasErrors },
    { melding },
    { withBuildLock },
    { checkOutputTarget, cleanLeftovers, createStaging, discardStaging, swapIn },
  ] = await bouwModules();
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const seconds = () => (performance.now() - started) / 1000;
  let staging: Staging | undefined;
  let swapped = false;
  let monitor: Monitor | undefined;
  let searchIndexOpening: Promise<SearchIndex> | undefined;

  /** Says why the build stopped and removes the unfinished site. */
  const report = (stop: Stop): void => {
    if (stop.fout !== undefined) err.write(`${stop.fout instanceof Error ? stop.fout.message : String(stop.fout)}\n`);
    if (staging && !swapped) discardStaging(staging);
    err.write(`${melding(stop.kop, existsSync(named) ? { map: named } : {}).message}\n`);
  };
  // Ctrl-C or a kill: the unfinished site goes, the previous one stays, and the process ends.
  const onSignal = (signal: NodeJS.Signals) => {
    report(new Stop('publiceren.bouwen-mislukt', melding('publiceren.onderbroken', { signaal: signal }).message));
    process.exit(1);
  };

  try {
    // Where the site goes is checked first of all: nothing of the user's may be replaced.
    const { target, problems: targetProblems } = checkOutputTarget({ outDir: named, regioDir: dir, projectRoot: PROJECT_ROOT });
    if (targetProblems.length > 0) {
      for (const line of targetProblems) err.write(`${line}\n`);
      throw new Stop('publiceren.niet-gebouwd');
    }
    const outDir = target.outDir;

    // Meanwhile: the modules of the build (Astro, the config and its integrations, the model's
    // holder that pages read, Pagefind, the writers of the index and the downloads). Errors
    // surface later, where they are used.
    const preloadStart = performance.now();
    let preloadMs = 0;
    const preloaded = Promise.allSettled([
      import('astro'),
      import(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href),
      import('../site/site.ts'),
      import('./search-index.ts'),
      import('./after-pages.ts'),
    ]).then(() => (preloadMs = Math.round(performance.now() - preloadStart)));
    // Pagefind's own process starts meanwhile too, so that Astro need not wait for it. Closed
    // below however the build ends.
    searchIndexOpening = import('./search-index.ts').then(({ openSearchIndex }) => openSearchIndex());
    searchIndexOpening.catch(() => {});

    const result = await checked.catch((error: unknown) => {
      throw new Stop('publiceren.niet-gebouwd', error);
    });
    const checkWallMs = Math.round(performance.now() - preloadStart);
    const problems = result.problems;
    if (!result.monitor || hasErrors(problems)) {
      printProblems(problems, err);
      throw new Stop('publiceren.niet-gebouwd');
    }
    const checkedMonitor = result.monitor;
    monitor = checkedMonitor;
    if (problems.length > 0) printProblems(problems, out);

    const baseProblem = applySiteBase(checkedMonitor.regio);
    if (baseProblem) {
      printProblems([baseProblem], err);
      throw new Stop('publiceren.niet-gebouwd');
    }

    await preloaded;
    observer?.parallel({ checkWallMs, preloadMs, workerModulesMs: result.timing.modulesMs, workerCheckMs: result.timing.checkMs });
    observer?.phase('checkAndPreload');
    const { setMonitor } = await import('../site/site.ts');
    if (checkedMonitor.regio.site) process.env.MONITOR_SITE = checkedMonitor.regio.site;
    setMonitor(checkedMonitor, dir);

    const cacheKey = createHash('sha1').update(dir).digest('hex').slice(0, 12);
    const workDir = WORK_DIR;
    for (const signal of SIGNALS) process.once(signal, onSignal);
    observer?.phase('setup');

    const searchIndex = await searchIndexOpening.catch((error: unknown) => {
      throw new Stop('publiceren.bouwen-mislukt', error);
    });
    const { afterPages } = await import('./after-pages.ts');
    try {
      await withBuildLock(PROJECT_ROOT, async () => {
        // Waiting for another build in this checkout is part of no other step.
        observer?.phase('lockWait');
        cleanLeftovers(outDir, workDir);
        staging = createStaging(outDir, workDir);
        const { buildDir } = staging;
        const extra = afterPages(buildDir, checkedMonitor, searchIndex);
        // Astro writes its server build into the output folder when that lies below the working
        // directory by its path's text (and then cannot find its own packages when the folder is
        // outside the project, as in ~/monitor-sites next to ~/monitor), and into <cwd>/.astro/
        // otherwise. A working directory that no output folder can lie in keeps it in the project.
        // It stays so: Astro writes .astro/ there on a timer after the build has returned.
        process.chdir(workDir);
        try {
          const astro = await import('astro');
          const runAstro = () => astro.build({
            root: PROJECT_ROOT,
            outDir: buildDir,
            cacheDir: join(workDir, cacheKey),
            // Vite's dependency scan keeps its result in one folder per project by default, with
            // a hash of the configuration: a build of another region, the dev preview or another
            // Astro project on the same node_modules changes that hash, and the next build redoes
            // the scan (about 0.2 s). Per region it stays valid.
            vite: { cacheDir: join(workDir, cacheKey, 'vite') },
            logLevel: observer?.astroLogLevel ?? (process.env.MONITOR_LOG === 'debug' ? 'debug' : 'warn'),
            integrations: [extra.integration],
            ...(observer?.astroConfigFile ? { configFile: observer.astroConfigFile } : {}),
          });
          await (observer?.runAstro ? observer.runAstro(runAstro) : runAstro());
          observer?.phase('astro');
          // The search index and the downloads started when the last page was rendered.
          await extra.finished();
        } catch (error) {
          await extra.finished().catch(() => {});
          throw error;
        }
        await searchIndex.close();
        observer?.phase('pagefind');
        swapIn(staging);
        swapped = true;
        observer?.phase('swap');
      }, { untilExit: true });
    } catch (error) {
      await searchIndex.close().catch(() => {});
      throw new Stop('publiceren.bouwen-mislukt', error);
    }
  } catch (error) {
    // Pagefind's process must not keep the command alive (closing twice is harmless).
    await searchIndexOpening?.then((index) => index.close()).catch(() => {});
    report(error instanceof Stop ? error : new Stop('publiceren.bouwen-mislukt', error));
    return { ok: false, outDir: named, ...(monitor ? { monitor } : {}), seconds: seconds() };
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
  const tijd = seconds().toFixed(1).replace('.', ',');
  out.write(`Site van "${monitor.regio.naam}" gebouwd in ${named} (${tijd} s).\n`);
  return { ok: true, outDir: named, monitor, seconds: seconds() };
}

if (import.meta.main) {
  enableCompileCache?.();
  // First of all: the check's thread loads its modules while this one loads the rest.
  const checkWorker = startCheckWorker();
  const { folderFromEnv, PROJECT_ROOT, readOptionsFromEnv, regioFromEnv } = await import('./common.ts');
  const dir = regioFromEnv();
  const readOptions = readOptionsFromEnv(); // the worker gets it too; a bad value stops here, with its message
  const result = await build({ dir, outDir: folderFromEnv('OUT_DIR', join(PROJECT_ROOT, 'dist')), ...readOptions, checkWorker });
  // A failure ends at once (the worker may still run); a success ends once Astro's last timer
  // has run, with the build lock held until then (lock.ts). Ending with exit() there skips
  // freeing the heap piece by piece (some hundreds of MB, a few hundredths of a second).
  if (!result.ok) process.exit(1);
  process.once('beforeExit', () => process.exit(0));
}
