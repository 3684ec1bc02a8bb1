// The build writes the downloads (src/lib/download.ts) into the site folder itself: plain files
// from the model, written while Pagefind writes its index, instead of one Astro route per file.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { downloadBestanden } from '../lib/download.ts';
import type { Monitor } from '../lib/model.ts';

export async function writeDownloads(siteDir: string, monitor: Monitor): Promise<number> {
  const bestanden = downloadBestanden(monitor);
  await Promise.all([...new Set(bestanden.map((b) => dirname(join(siteDir, b.pad))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(bestanden.map((b) => writeFile(join(siteDir, b.pad), b.inhoud)));
  return bestanden.length;
}
