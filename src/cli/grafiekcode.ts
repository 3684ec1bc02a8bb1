// The chart code (src/scripts/grafiek-tekenen.ts with the parts of chart.js it registers) as
// one finished file, bundled once and kept between builds. Bundling chart.js is most of Vite's
// client build (about 0.15 s of every build, docs/benchmarks.md) and its result only changes
// with that file, chart.js or the bundler. The cache entry names every file that went in with
// a hash of its contents, so any change to one of them bundles it again.
//
// Same result as through Vite: the same bundler (Rolldown, Vite's own), tree-shaken, minified,
// for Vite's browser target; still loaded only through the dynamic import in grafieken.ts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The module whose bundle is kept. */
export const GRAFIEK_BRON = 'src/scripts/grafiek-tekenen.ts';

/** Raised when the way the file is bundled changes, so older cache entries stop counting. */
const CACHE_VERSIE = 1;

export interface Grafiekcode {
  code: string;
  /** Short hash of the code, for its file name (browsers may keep it as long as it exists). */
  hash: string;
  /** Whether it came from the cache. */
  uitCache: boolean;
}

interface CacheEntry {
  versie: number;
  sleutel: string;
  /** Every file that went into the bundle (absolute), with a hash of its contents then. */
  bestanden: Record<string, string>;
  code: string;
}

const hashVan = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function leesHash(file: string): string | undefined {
  try {
    return hashVan(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** What else decides the output: the bundler's version, the browser target and this format. */
function sleutelVan(projectRoot: string, target: readonly string[]): string {
  const rolldown = (createRequire(join(projectRoot, 'package.json'))('rolldown/package.json') as { version: string }).version;
  return hashVan(JSON.stringify({ CACHE_VERSIE, rolldown, target }));
}

function uitCache(file: string, sleutel: string): string | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
  if (entry.versie !== CACHE_VERSIE || entry.sleutel !== sleutel || typeof entry.code !== 'string') return undefined;
  const bestanden = Object.entries(entry.bestanden ?? {});
  if (bestanden.length === 0 || !bestanden.every(([pad, hash]) => leesHash(pad) === hash)) return undefined;
  return entry.code;
}

/**
 * The bundled chart code: from `cacheDir` when nothing that went into it changed, else bundled
 * now and kept there. `target`: Vite's resolved build.target for the browser.
 */
export async function grafiekcode(projectRoot: string, cacheDir: string, target: readonly string[]): Promise<Grafiekcode> {
  const sleutel = sleutelVan(projectRoot, target);
  const cacheFile = join(cacheDir, 'grafiekcode.json');
  const cached = uitCache(cacheFile, sleutel);
  if (cached !== undefined) return { code: cached, hash: hashVan(cached).slice(0, 8), uitCache: true };

  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: join(projectRoot, GRAFIEK_BRON),
    cwd: projectRoot,
    platform: 'browser',
    treeshake: true,
    transform: { target: [...target] },
    logLevel: 'warn',
  });
  try {
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    const chunks = output.filter((o) => o.type === 'chunk');
    // One self-contained module: a second chunk would be a file this cache does not keep.
    if (chunks.length !== 1) throw new Error(`De grafiekcode werd ${chunks.length} bestanden in plaats van één.`);
    const code = chunks[0].code;
    const bestanden: Record<string, string> = {};
    for (const file of await bundle.watchFiles) {
      const hash = leesHash(file);
      if (hash) bestanden[file] = hash;
    }
    mkdirSync(cacheDir, { recursive: true });
    // Written beside and renamed: a build that reads it meanwhile sees the old entry or the new one.
    const tijdelijk = `${cacheFile}.${process.pid}`;
    writeFileSync(tijdelijk, JSON.stringify({ versie: CACHE_VERSIE, sleutel, bestanden, code } satisfies CacheEntry));
    renameSync(tijdelijk, cacheFile);
    return { code, hash: hashVan(code).slice(0, 8), uitCache: false };
  } finally {
    await bundle.close();
  }
}
