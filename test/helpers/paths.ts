// Shared paths of the test suite.
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = resolve(ROOT, 'test/output');
export const FIXTURES = resolve(ROOT, 'test/fixtures');

/** The regions the site tests build: the shipped example and a test region of another shape. */
export const SITES = {
  voorbeeld: { regio: ROOT, out: resolve(OUTPUT, 'sites/voorbeeld') },
  'zes-lijnen': { regio: resolve(FIXTURES, 'regio-zes-lijnen'), out: resolve(OUTPUT, 'sites/zes-lijnen') },
} as const;
export type SiteName = keyof typeof SITES;

/** The test region built once more under a sub-path (MONITOR_BASE), for the link checks. */
export const SUBMAP_SITE = { regio: resolve(FIXTURES, 'regio-zes-lijnen'), out: resolve(OUTPUT, 'sites/submap'), base: '/monitor/' } as const;
