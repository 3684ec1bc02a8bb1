// The build writes the downloads (src/lib/download.ts) and the open data (src/lib/open-data) into the site folder itself: plain files
// from the model, written while Pagefind writes its index, instead of one Astro route per file.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dataBestanden } from '../lib/open-data/export.ts';
import type { Monitor } from '../lib/model.ts';

export async function writeDownloads(siteDir: string, monitor: Monitor): Promise<number> {
  const bestanden = dataBestanden(monitor);
  await Promise.all([...new Set(bestanden.map((b) => dirname(join(siteDir, b.pad))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(bestanden.map((b) => writeFile(join(siteDir, b.pad), b.inhoud)));
  return bestanden.length;
}
