// The light parts every command needs: where the project and the region are, and printing
// problems. No region reading here, so `build.ts` can start quickly and check the region
// in a worker thread (see check-worker.ts).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { melding } from '../lib/meldingen/index.ts';
import { countLine, formatProblem, sortProblems } from '../lib/problems.ts';
import type { Problem, Regio } from '../lib/types.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Where Astro builds (and runs from): on the project's file system, because Astro moves its
 * assets by renaming and its server build must find the project's packages.
 */
export const WORK_DIR = join(PROJECT_ROOT, 'node_modules', '.astro-regio');

// Astro sends anonymous usage data to its makers on every build unless told otherwise. A
// public body's build tool sends nothing about the region or its machine to third parties.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Vite's own names for import.meta.env: a shell (or a test runner) that happens to set them
// would override the site's base path and mode in every page.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

/**
 * A folder named by an environment variable, relative to where the command is run; the
 * fallback when the variable is not set. Set but empty (`REGIO_DIR=""`, often a script's
 * unset shell variable) is a mistake, never a reason to build something else: the command
 * stops with one Dutch line.
 */
export function folderFromEnv(name: 'REGIO_DIR' | 'OUT_DIR', fallback: string): string {
  const value = process.env[name];
  if (value === undefined) return fallback;
  if (value.trim() === '') {
    process.stderr.write(`${melding('publiceren.map-leeg', { naam: name }).message}\n`);
    process.exit(1);
  }
  return resolve(value);
}

/** The region folder: REGIO_DIR (relative to where the command is run) or the example region. */
export function regioFromEnv(): string {
  return folderFromEnv('REGIO_DIR', PROJECT_ROOT);
}

export function printProblems(problems: Problem[], stream: NodeJS.WritableStream = process.stderr): void {
  // One write: a region with 200,000 faulty rows otherwise spends seconds in system calls.
  stream.write(`${[...sortProblems(problems).map(formatProblem), countLine(problems)].join('\n')}\n`);
}

/**
 * A site address with a path (https://www.regio.nl/monitor/) is the folder the site is served
 * from: it becomes the base path (MONITOR_BASE, read by astro.config.mjs). An explicit
 * MONITOR_BASE must agree with it; otherwise the problem, with its line in regio.yaml.
 */
export function applySiteBase(regio: Regio): Problem | undefined {
  const sitePad = regio.sitePad ?? '/';
  if (sitePad === '/') return undefined;
  const given = process.env.MONITOR_BASE;
  const normalized = given ? `/${given.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/') : undefined;
  if (normalized && normalized !== sitePad) {
    return { ...melding('publiceren.monitor-base', { pad: sitePad, base: String(given) }), file: 'data/regio.yaml', line: regio.siteRegel ?? 1, column: 'site' };
  }
  process.env.MONITOR_BASE = sitePad;
  return undefined;
}

/**
 * Options for reading a region that come from the environment: MONITOR_VANDAAG (JJJJ-MM-DD)
 * fixes "today" for the check on approval dates, for tests and for rebuilding an old state.
 */
export function readOptionsFromEnv(): { vandaag?: string } {
  const vandaag = process.env.MONITOR_VANDAAG;
  if (vandaag === undefined || vandaag === '') return {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(vandaag)) {
    process.stderr.write(`MONITOR_VANDAAG "${vandaag}" is geen datum; schrijf bijvoorbeeld MONITOR_VANDAAG=2026-10-15.\n`);
    process.exit(1);
  }
  return { vandaag };
}
