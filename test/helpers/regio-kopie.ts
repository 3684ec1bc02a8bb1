// Copies of the small test region, one per test, in a folder of the test file's own.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths.ts';

/** A function that copies test/fixtures/regio-klein to `werkmap/<naam>` and applies `bewerk`. */
export function regioKopieerder(werkmap: string): (naam: string, bewerk?: (regio: string) => void) => string {
  return (naam, bewerk) => {
    const regio = join(werkmap, naam);
    cpSync(join(FIXTURES, 'regio-klein'), regio, { recursive: true });
    bewerk?.(regio);
    return regio;
  };
}
