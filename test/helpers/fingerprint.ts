// A fingerprint of a folder: every file's path and content hash, to prove it did not change.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestanden } from './site-files.ts';

export function fingerprint(dir: string): string[] {
  return bestanden(dir).map((file) => `${file} ${createHash('sha1').update(readFileSync(join(dir, file))).digest('hex')}`);
}
