// The baseline: a bare Astro project, generated into a folder, that writes the same number of
// HTML pages with the same sizes as our build of a region (and the same number of non-HTML
// route files with the same average size), with no data reading, no MDX, no integrations,
// no client scripts and no search index. It uses this repo's installed astro through a
// node_modules symlink. `buildBare` is run as a child process by bench/run.ts:
//
//   node bench/bare.ts <project-folder> <out-folder>
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BareSpec {
  /** Byte size of every HTML page of our build (the bare project writes one page per entry). */
  pageSizes: number[];
  /** Number and average size of the non-HTML files our routes write (CSV downloads, RSS). */
  endpoints: { count: number; averageSize: number };
}

// Markup of the frame around a page's content, so `size` can be aimed at.
const FRAME_BYTES = 900;
// One content block as rendered below, roughly (depends on the number of digits).
const BLOCK_BYTES = 240;
// `<p class="vulling"></p>` around the filler text.
const FILLER_TAG_BYTES = '<p class="vulling"></p>'.length;

interface BarePage {
  slug?: string;
  blocks: number;
  /** Characters of filler text after the blocks, to reach the page's size exactly. */
  pad: number;
}

/** The built file of page `i` of the bare project. */
export const barePageFile = (i: number) => (i === 0 ? 'index.html' : `pagina-${i}/index.html`);

export function writeBareProject(dir: string, spec: BareSpec): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/downloads'), { recursive: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const pages: BarePage[] = spec.pageSizes.map((size, i) => ({ slug: i === 0 ? undefined : `pagina-${i}`, blocks: Math.max(1, Math.round((size - FRAME_BYTES) / BLOCK_BYTES)), pad: 0 }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2));
  writePages(dir, pages, spec);
  writeFileSync(join(dir, 'astro.config.mjs'), [
    "import { defineConfig } from 'astro/config';",
    "export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false }, prefetch: false });",
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'src/layouts/Page.astro'), [
    '---',
    "import '../styles.css';",
    'interface Props { titel: string }',
    'const { titel } = Astro.props;',
    '---',
    '<!doctype html>',
    '<html lang="nl">',
    '  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{titel}</title></head>',
    '  <body>',
    '    <header><nav aria-label="Hoofdmenu"><ul><li><a href="/">Overzicht</a></li><li><a href="/pagina-1/">Pagina 1</a></li><li><a href="/pagina-2/">Pagina 2</a></li></ul></nav></header>',
    '    <main><h1>{titel}</h1><slot /></main>',
    '    <footer><p>Een kale Astro-site met evenveel pagina\'s van dezelfde grootte, als maatstaf voor de benchmark.</p></footer>',
    '  </body>',
    '</html>',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'src/styles.css'), 'body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}.kaart{border:1px solid #ccc;padding:.5rem;margin:.5rem 0}\n');
  writeFileSync(join(dir, 'src/pages/[...slug].astro'), [
    '---',
    "import Page from '../layouts/Page.astro';",
    "import data from '../../pages.json';",
    'export function getStaticPaths() {',
    '  return data.pages.map((p, i) => ({ params: { slug: p.slug }, props: { n: i, blocks: p.blocks, pad: p.pad } }));',
    '}',
    'const { n, blocks, pad } = Astro.props;',
    'const items = Array.from({ length: blocks }, (_, i) => i);',
    "const zin = 'Het programmabureau verzamelt elk kwartaal de cijfers bij de aangesloten besturen. ';",
    'const vulling = zin.repeat(Math.ceil(pad / zin.length)).slice(0, pad);',
    '---',
    '<Page titel={`Pagina ${n}`}>',
    '  <ul class="kaarten">',
    '    {items.map((i) => (',
    '      <li class="kaart" data-id={`blok-${n}-${i}`}>',
    '        <h3><a href={`/pagina-${(n + i) % 50}/`}>Blok {i} van pagina {n}</a></h3>',
    '        <p>De besturen in de regio werken samen, zodat scholen elkaar geen leraren afsnoepen. Meting {i * 7 % 100}.</p>',
    '      </li>',
    '    ))}',
    '  </ul>',
    '  {pad > 0 && <p class="vulling">{vulling}</p>}',
    '</Page>',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'src/pages/downloads/[id].csv.ts'), [
    "import data from '../../../pages.json';",
    'export function getStaticPaths() {',
    '  return Array.from({ length: data.endpoints.count }, (_, i) => ({ params: { id: `bestand-${i}` }, props: { i } }));',
    '}',
    'export function GET({ props }: { props: { i: number } }) {',
    "  const row = `regel;${props.i};12,5;opmerking bij de meting\\r\\n`;",
    '  const body = \'\\ufeffkwartaal;waarde;traject;opmerking\\r\\n\' + row.repeat(Math.max(1, Math.round(data.endpoints.averageSize / row.length)));',
    "  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });",
    '}',
    '',
  ].join('\n'));
}

function writePages(dir: string, pages: BarePage[], spec: BareSpec): void {
  writeFileSync(join(dir, 'pages.json'), JSON.stringify({ pages, endpoints: spec.endpoints }));
}

/**
 * After a first build: corrects every page so that it comes out at the size asked for (the
 * block estimate above is rough). Changes only pages.json, so the next build is exact up to a
 * few bytes. Returns the largest deviation before correcting, in bytes.
 */
export function calibrateBareProject(dir: string, spec: BareSpec, builtDir: string): number {
  const { pages } = JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as { pages: BarePage[] };
  let worst = 0;
  pages.forEach((page, i) => {
    const actual = statSync(join(builtDir, barePageFile(i))).size;
    const off = spec.pageSizes[i] - actual;
    worst = Math.max(worst, Math.abs(off));
    // Too small: more filler (plus the <p> around it the first time). Too large: fewer blocks, then filler.
    let pad = page.pad + off - (page.pad === 0 ? FILLER_TAG_BYTES : 0);
    while (pad < 0 && page.blocks > 1) {
      page.blocks--;
      pad += BLOCK_BYTES;
    }
    page.pad = Math.max(0, pad);
  });
  writePages(dir, pages, spec);
  return worst;
}

/** Builds the bare project the way src/cli/build.ts builds ours: Astro's programmatic build. */
export async function buildBare(dir: string, outDir: string, logLevel: 'warn' | 'info' = 'warn'): Promise<void> {
  // Without Astro's telemetry, as our commands build (src/cli/common.ts): the comparison is
  // about building, not about a network call.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: dir, outDir, cacheDir: join(dir, '.astro-cache'), logLevel });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, out, flag] = process.argv.slice(2);
  if (!dir || !out) {
    process.stderr.write('usage: node bench/bare.ts <project-folder> <out-folder> [--steps]\n');
    process.exit(2);
  }
  if (flag === '--steps') {
    // Astro's own step times, as one JSON line (bench/run.ts puts them beside ours).
    const { withCapturedSteps } = await import('./astro-log.ts');
    const steps = await withCapturedSteps(() => buildBare(resolve(dir), resolve(out), 'info'));
    process.stdout.write(`${JSON.stringify(steps)}\n`);
  } else {
    await buildBare(resolve(dir), resolve(out));
  }
}
