// A fingerprint of a folder: every file's path and content hash, to prove it did not change.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestanden } from './site-files.ts';

export function fingerprint(dir: string): string[] {
  return bestanden(dir).map((file) => `${file} ${createHash('sha1').update(readFileSync(join(dir, file))).digest('hex')}`);
}

/**
 * A built site's content: its fingerprint without the build's manifest, which records when
 * each file was written (two builds of the same region differ only there).
 */
export function siteInhoud(dir: string): string[] {
  return fingerprint(dir).filter((f) => !f.startsWith('.onderwijsregio-monitor.json '));
}
