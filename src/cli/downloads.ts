// The build writes the downloads (src/lib/download.ts) and the open data (src/lib/open-data) into the site folder itself: plain files
// from the model, written while Pagefind writes its index, instead of one Astro route per file.
// Frozen reports' JSON and PDF are copied from the region's data/snapshots/ as they are.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dataBestanden } from '../lib/open-data/export.ts';
import { momentopnameDownloads } from '../lib/paginas/kwartaal.ts';
import type { Monitor } from '../lib/model.ts';

export async function writeDownloads(siteDir: string, monitor: Monitor): Promise<number> {
  const bestanden = dataBestanden(monitor);
  const kopieen = momentopnameDownloads(monitor);
  const paden = [...bestanden.map((b) => b.pad), ...kopieen.map((k) => k.pad)];
  await Promise.all([...new Set(paden.map((pad) => dirname(join(siteDir, pad))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all([
    ...bestanden.map((b) => writeFile(join(siteDir, b.pad), b.inhoud)),
    ...kopieen.map((k) => copyFile(join(monitor.data.dir, k.bron), join(siteDir, k.pad))),
  ]);
  return paden.length;
}
