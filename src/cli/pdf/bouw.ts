// The site that `npm run pdf` prints from: built like `npm run build` (the same Astro pages,
// CSS and model), but into a folder of its own that is removed afterwards, and for a concept
// quarter in preview mode (the public build leaves concepts out). No search index, no downloads:
// a printed page needs neither. Never touches dist/ or OUT_DIR.
import { rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PROJECT_ROOT, WORK_DIR } from '../common.ts';
import { withBuildLock } from '../lock.ts';
import { createWorkFolder, removeDeadWorkFolders } from '../output-dir.ts';
import type { Modus, Monitor } from '../../lib/model.ts';

const PREFIX = 'pdf-';

export interface PdfSite {
  /** The built site. */
  siteDir: string;
  /** Removes the folder (also after a failure). */
  opruimen(): void;
}

export async function bouwPdfSite(options: { regioDir: string; monitor: Monitor; modus: Modus }): Promise<PdfSite> {
  const { regioDir, monitor, modus } = options;
  // Folders of runs that were killed before they could clean up.
  removeDeadWorkFolders(WORK_DIR, PREFIX);
  const folder = createWorkFolder(WORK_DIR, PREFIX);
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
