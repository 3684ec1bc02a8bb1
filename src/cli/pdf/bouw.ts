// The site that `npm run pdf` prints from: built like `npm run build` (the same Astro pages,
// CSS and model), but into a folder of its own that is removed afterwards, and for a concept
// quarter in preview mode (the public build leaves concepts out). No search index, no downloads:
// a printed page needs neither. Never touches dist/ or OUT_DIR.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../common.ts';
import { withBuildLock } from '../lock.ts';
import { currentProcess, isRunning, parseIdentity } from '../processes.ts';
import type { Modus, Monitor } from '../../lib/model.ts';

/** On the project's file system, like the build's own folders: Astro moves its assets by renaming. */
const WORK_DIR = join(PROJECT_ROOT, 'node_modules', '.astro-regio');
const PREFIX = 'pdf-';
const OWNER = 'eigenaar.json';

export interface PdfSite {
  /** The built site. */
  siteDir: string;
  /** Removes the folder (also after a failure). */
  opruimen(): void;
}

/** Folders of `npm run pdf` runs that were killed before they could clean up. */
function removeLeftovers(): void {
  if (!existsSync(WORK_DIR)) return;
  for (const name of readdirSync(WORK_DIR).filter((n) => n.startsWith(PREFIX))) {
    const folder = join(WORK_DIR, name);
    let owner;
    try {
      owner = parseIdentity(readFileSync(join(folder, OWNER), 'utf8'));
    } catch {
      owner = undefined;
    }
    if (owner && !isRunning(owner)) rmSync(folder, { recursive: true, force: true });
  }
}

export async function bouwPdfSite(options: { regioDir: string; monitor: Monitor; modus: Modus }): Promise<PdfSite> {
  const { regioDir, monitor, modus } = options;
  removeLeftovers();
  const folder = join(WORK_DIR, `${PREFIX}${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, OWNER), JSON.stringify(currentProcess()));
  const site: PdfSite = { siteDir: join(folder, 'site'), opruimen: () => rmSync(folder, { recursive: true, force: true }) };

  if (monitor.regio.site) process.env.MONITOR_SITE = monitor.regio.site;
  const { setMonitor } = await import('../../site/site.ts');
  setMonitor(monitor, regioDir);
  const cacheKey = createHash('sha1').update(`${regioDir}\0pdf-${modus}`).digest('hex').slice(0, 12);
  try {
    // Two builds in one checkout take turns (src/cli/lock.ts); kept until this process exits,
    // because Astro writes .astro/ on a timer after build() returns.
    await withBuildLock(PROJECT_ROOT, async () => {
      // Astro's server build must not land beside a site outside the project (see build.ts).
      process.chdir(WORK_DIR);
      const { build } = await import('astro');
      await build({
        root: PROJECT_ROOT,
        outDir: site.siteDir,
        cacheDir: join(WORK_DIR, cacheKey),
        logLevel: process.env.MONITOR_LOG === 'debug' ? 'debug' : 'warn',
      });
    }, { untilExit: true });
  } catch (error) {
    site.opruimen();
    throw error;
  }
  return site;
}
