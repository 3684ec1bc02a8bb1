// `npm run bench`: build time, memory and page weight of this project against a bare Astro
// project with the same pages, for synthetic regions of given sizes; checks the budgets and
// writes docs/benchmarks.md. Everything lands in bench/output/ (git-ignored).
//
//   npm run bench                                  budget size 6x15x3x16 and 2x5x2x8, best of 5
//   npm run bench -- --sizes 6x15x3x16,2x5x2x8     lijnen x doelen x indicatoren x kwartalen
//   npm run bench -- --runs 5                      best of 5 (ours, bare, bare + compile cache alternate)
//   npm run bench -- --profile                     also a CPU profile of one build (node --cpu-prof)
//   npm run bench -- --quick                       one small size, one run
//   npm run bench -- --schaal                      check and build at ~50k, 100k, 200k measurements,
//                                                  best of 2; writes the section "Grote regio's"
//   npm run bench -- --landelijk                   the national overview of 50 exports of the example
//                                                  region against one build of it, best of 3; writes
//                                                  the section "Landelijk overzicht"
//   npm run bench -- --out <file>                  write the report elsewhere
//
// The report goes to docs/benchmarks.md only when the run includes the budget size (and is
// not --quick); otherwise to bench/output/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { generateRegion, sizeLabel, type Size } from './generate.ts';
import { calibrateBareProject, writeBareProject, type BareSpec } from './bare.ts';
import { summarise, type ProfileSummary } from './profile-summary.ts';
import type { AstroStep } from './astro-log.ts';
import { htmlPages, isChartCode, pageAssets } from '../test/helpers/page-assets.ts';
import { buildOurs, HAS_PROC, measure, NODE, OUTPUT, peakMb, ROOT, say, scriptArgs, TIME, type Measured } from './measure.ts';
import { bestaandeSectie, metSectie, SCHAAL_SIZES } from './schaal.ts';

const BUDGET_SIZE: Size = { lijnen: 6, doelen: 15, indicatoren: 3, kwartalen: 16 };
const BUDGET = {
  ratio: 1.5,
  /** Peak memory of the build, MB (10^6 bytes). */
  memoryMb: 1000,
  /** A goal page: compressed HTML + CSS, and compressed JS (on load plus lazily loaded chart code), kB (10^3 bytes). */
  goalHtmlCssKb: 60,
  goalJsKb: 100,
};

// ---------------------------------------------------------------- options

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    profile: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    schaal: { type: 'boolean', default: false },
    landelijk: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  const comment = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  process.stdout.write(`${comment.slice(0, comment.findIndex((l) => !l.startsWith('//'))).map((l) => l.slice(3)).join('\n')}\n`);
  process.exit(0);
}
const parseSize = (text: string): Size => {
  const parts = text.trim().split(/[x×*]/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--sizes: "${text}" is not lijnen x doelen x indicatoren x kwartalen, e.g. 6x15x3x16`);
  const [lijnen, doelen, indicatoren, kwartalen] = parts;
  return { lijnen, doelen, indicatoren, kwartalen };
};
const sizes: Size[] = opts.sizes ? opts.sizes.split(',').map(parseSize) : opts.schaal ? SCHAAL_SIZES : opts.quick ? [{ lijnen: 2, doelen: 5, indicatoren: 2, kwartalen: 8 }] : [BUDGET_SIZE, { lijnen: 2, doelen: 5, indicatoren: 2, kwartalen: 8 }];
const runs = Number(opts.runs ?? (opts.quick ? 1 : opts.schaal ? 2 : 5));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${opts.runs}" is not a whole number of at least 1`);
const isBudgetSize = (s: Size) => sizeLabel(s) === sizeLabel(BUDGET_SIZE);
const reportFile = resolve(opts.out ?? (!opts.quick && sizes.some(isBudgetSize) ? join(ROOT, 'docs/benchmarks.md') : join(OUTPUT, 'benchmarks.md')));
if (opts.landelijk) {
  const { runLandelijk } = await import('./landelijk.ts');
  await runLandelijk(Number(opts.runs ?? 3), resolve(opts.out ?? join(ROOT, 'docs/benchmarks.md')));
  process.exit(0);
}
if (opts.schaal) {
  const { runSchaal } = await import('./schaal.ts');
  await runSchaal(sizes, runs, resolve(opts.out ?? join(ROOT, 'docs/benchmarks.md')));
  process.exit(0);
}
const sizeSlug = (s: Size) => `${s.lijnen}x${s.doelen}x${s.indicatoren}x${s.kwartalen}`;


const buildBare = (project: string, out: string) => measure([join(ROOT, 'bench/bare.ts'), project, out], {});
/**
 * Our build enables Node's compile cache (src/cli/build.ts); Astro's own CLI does not. The
 * bare build is measured as Astro ships (the budget), and also with the same cache (context).
 */
const COMPILE_CACHE = process.env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache');
const buildBareCached = (project: string, out: string) => measure([join(ROOT, 'bench/bare.ts'), project, out], { NODE_COMPILE_CACHE: COMPILE_CACHE });

// ---------------------------------------------------------------- output analysis

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files.push(join(d, e.name));
    }
  };
  walk(dir);
  return files;
}

/** What the bare project must write to match our build: the same HTML pages, the same route files. */
function bareSpecFor(site: string): BareSpec {
  const pages = htmlPages(site);
  const pageSizes = pages.map((p) => statSync(join(site, p)).size);
  // Non-HTML files our routes write (CSV downloads, RSS); the sitemap and Pagefind's index are
  // made by integrations, not routes.
  const routeFiles = filesUnder(site).filter((f) => /\.(csv|xml)$/.test(f) && !/sitemap/.test(f));
  const total = routeFiles.reduce((sum, f) => sum + statSync(f).size, 0);
  return { pageSizes, endpoints: { count: routeFiles.length, averageSize: routeFiles.length ? Math.round(total / routeFiles.length) : 0 } };
}

function htmlStats(site: string): { pages: number; averageBytes: number } {
  const pages = htmlPages(site);
  const total = pages.reduce((sum, p) => sum + statSync(join(site, p)).size, 0);
  return { pages: pages.length, averageBytes: pages.length ? total / pages.length : 0 };
}

const gz = (() => {
  const cache = new Map<string, number>();
  return (file: string): number => {
    let n = cache.get(file);
    if (n === undefined) {
      n = gzipSync(readFileSync(file)).length;
      cache.set(file, n);
    }
    return n;
  };
})();

function pageType(page: string, html: string): string {
  if (page === 'index.html') return 'home';
  if (page === '404.html') return '404';
  const parts = page.replace(/\/?index\.html$/, '').split('/');
  switch (parts[0]) {
    case 'lijnen': return parts.length === 1 ? 'lijnen' : 'lijn';
    case 'kwartalen':
      if (parts.length === 1) return 'kwartalen';
      if (parts[1] === 'herzieningen') return 'herzieningen';
      return html.includes('data-bevroren') ? 'kwartaal (bevroren)' : 'kwartaal';
    case 'doelen': {
      if (parts.length === 1) return 'doelen';
      const soort = html.match(/<dt>Soort doel<\/dt>\s*<dd>(meetbaar|merkbaar)/)?.[1] ?? (/\sdata-grafiek[\s=>]/.test(html) ? 'met grafieken' : 'zonder grafiek');
      return `doel (${soort})`;
    }
    case 'begrippen': case 'methode': case 'kerncijfers': case 'open-data': case 'zoeken': case 'toegankelijkheid': case 'partijen': case 'verantwoording':
      return parts[0];
    default: return 'eigen pagina';
  }
}
const TYPE_ORDER = ['home', 'lijnen', 'lijn', 'doelen', 'doel (meetbaar)', 'doel (merkbaar)', 'doel (met grafieken)', 'doel (zonder grafiek)', 'kwartalen', 'kwartaal', 'kwartaal (bevroren)', 'herzieningen', 'kerncijfers', 'partijen', 'verantwoording', 'open-data', 'begrippen', 'methode', 'zoeken', 'toegankelijkheid', 'eigen pagina', '404'];

interface PageWeight {
  page: string;
  type: string;
  charts: number;
  html: number;
  css: number;
  jsLoad: number;
  jsLater: number;
  chartCode: 'geen' | 'later' | 'bij laden';
}
interface TypeWeight {
  type: string;
  pages: number;
  charts: number;
  /** The heaviest page of the type (by HTML + CSS + all JS). */
  worst: PageWeight;
  maxHtml: number;
  maxHtmlCss: number;
  maxJs: number;
  chartCode: Set<PageWeight['chartCode']>;
}

function pageWeights(site: string): { pages: PageWeight[]; types: TypeWeight[]; pagefindKb: number; spriteKb: number } {
  const pages: PageWeight[] = htmlPages(site).map((page) => {
    const a = pageAssets(site, page);
    const sum = (files: string[]) => files.reduce((s, f) => s + gz(join(site, f)), 0);
    const chartIn = (files: string[]) => files.some((f) => isChartCode(readFileSync(join(site, f), 'utf8')));
    return {
      page,
      type: pageType(page, a.html),
      charts: (a.html.match(/<[a-z][^>]*\sdata-grafiek(?=[\s>=])/g) ?? []).length,
      html: gzipSync(a.html).length,
      css: sum(a.css),
      jsLoad: sum(a.eager),
      jsLater: sum(a.lazy),
      chartCode: chartIn(a.eager) || a.inline.some(isChartCode) ? 'bij laden' : chartIn(a.lazy) ? 'later' : 'geen',
    };
  });
  const byType = new Map<string, PageWeight[]>();
  for (const p of pages) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const total = (p: PageWeight) => p.html + p.css + p.jsLoad + p.jsLater;
  const types = [...byType].map(([type, list]): TypeWeight => ({
    type,
    pages: list.length,
    charts: Math.max(...list.map((p) => p.charts)),
    worst: list.reduce((a, b) => (total(b) > total(a) ? b : a)),
    maxHtml: Math.max(...list.map((p) => p.html)),
    maxHtmlCss: Math.max(...list.map((p) => p.html + p.css)),
    maxJs: Math.max(...list.map((p) => p.jsLoad + p.jsLater)),
    chartCode: new Set(list.map((p) => p.chartCode)),
  }));
  types.sort((a, b) => (TYPE_ORDER.indexOf(a.type) + 1 || 99) - (TYPE_ORDER.indexOf(b.type) + 1 || 99));
  // The search page loads Pagefind's script at the first search, from a computed path.
  const pagefind = join(site, 'pagefind/pagefind.js');
  // Status labels refer to the shapes in one sprite (an image, fetched once and cached).
  const sprite = join(site, 'status-iconen.svg');
  return { pages, types, pagefindKb: existsSync(pagefind) ? gz(pagefind) / 1000 : 0, spriteKb: existsSync(sprite) ? gz(sprite) / 1000 : 0 };
}

// ---------------------------------------------------------------- phases and profile

interface Phases {
  phases: Record<string, { ms: number; cpuMs: number }>;
  /** The check in its worker thread and the module loading on the main thread, side by side. */
  parallel: { checkWallMs: number; preloadMs: number; workerModulesMs: number; workerCheckMs: number };
  astroSteps: AstroStep[];
  maxRssKb: number;
}
/** Astro's own step times of one bare build (its info log). */
async function bareStepsOf(project: string, out: string): Promise<AstroStep[]> {
  const m = await measure([join(ROOT, 'bench/bare.ts'), project, out, '--steps'], {});
  return JSON.parse(m.stdout.trim().split('\n').at(-1)!) as AstroStep[];
}

async function phasesOf(regio: string, out: string): Promise<Phases> {
  const m = await measure([join(ROOT, 'bench/phases.ts')], { REGIO_DIR: regio, OUT_DIR: out });
  return JSON.parse(m.stdout.trim().split('\n').at(-1)!) as Phases;
}

async function profileOf(regio: string, out: string, dir: string): Promise<{ summary: ProfileSummary; worker?: ProfileSummary; file: string; files: number; ms: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const m = await measure(['--cpu-prof', `--cpu-prof-dir=${dir}`, ...scriptArgs('build')], { REGIO_DIR: regio, OUT_DIR: out });
  // One profile per thread: the main thread's is by far the largest; the next is the check's
  // worker thread.
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size);
  const read = (file: string) => summarise(JSON.parse(readFileSync(file, 'utf8')), 12);
  return { summary: read(files[0]), worker: files[1] ? read(files[1]) : undefined, file: files[0], files: files.length, ms: m.ms };
}

// ---------------------------------------------------------------- the run

interface SizeResult {
  size: Size;
  regio: string;
  counts: { doelen: number; indicatoren: number; metingen: number };
  ours: { best: Measured; all: Measured[]; cold: Measured; pages: number; averageBytes: number; routeFiles: number };
  bare: { best: Measured; all: Measured[]; cold: Measured; pages: number; averageBytes: number; routeFiles: number };
  bareCached: { best: Measured; all: Measured[] };
  weights: ReturnType<typeof pageWeights>;
  phases?: Phases;
  bareSteps?: AstroStep[];
  mdxFiles: number;
  profile?: Awaited<ReturnType<typeof profileOf>>;
}

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'onbekend',
  cores: cpus().length,
  memGb: totalmem() / 1e9,
  os: `${osType()} ${release()}`,
  node: process.version,
  astro: JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version as string,
  chartjs: JSON.parse(readFileSync(join(ROOT, 'node_modules/chart.js/package.json'), 'utf8')).version as string,
  pagefind: JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version as string,
  loadStart: loadavg()[0],
  loadEnd: 0,
  started: new Date(),
};

mkdirSync(OUTPUT, { recursive: true });
say(`bench: ${sizes.map(sizeLabel).join(', ')}; best of ${runs}; ${machine.cores} cores, load ${machine.loadStart.toFixed(2)}; Node ${machine.node}`);
const results: SizeResult[] = [];
const largest = sizes.reduce((a, b) => (a.lijnen * a.doelen * a.kwartalen >= b.lijnen * b.doelen * b.kwartalen ? a : b));
/** The size whose build is taken apart (phases, profile): the budget size when it is measured. */
const analysed = sizes.find(isBudgetSize) ?? largest;
const tStart = performance.now();

for (const size of sizes) {
  const dir = join(OUTPUT, sizeSlug(size));
  const regio = join(dir, 'regio');
  const oursOut = join(dir, 'site');
  const bareProject = join(dir, 'bare-project');
  const bareOut = join(dir, 'bare-site');
  say(`\n${sizeLabel(size)}: generating ${relative(ROOT, regio)}`);
  generateRegion(regio, size);
  const check = spawnSync(NODE, [join(ROOT, 'src/cli/check.ts')], { cwd: ROOT, env: { ...process.env, REGIO_DIR: regio }, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`generated region does not pass npm run check:\n${check.stdout}${check.stderr}`);
  const counts = check.stdout.match(/(\d+) doelen, (\d+) indicatoren, (\d+) metingen/)!.slice(1).map(Number);

  // First builds: cold caches (Astro's content layer and Vite cache: our build keeps them per
  // region in node_modules/.astro-regio/<key>, as src/cli/build.ts names it; the bare project
  // is written afresh), and the pages the bare project has to match. Not counted in best-of.
  // The bundled chart code (src/cli/grafiekcode.ts) goes too, so the first build bundles it.
  // Node's compile cache is not cleared: it is shared with every other build on the machine.
  rmSync(join(ROOT, 'node_modules/.astro-regio', createHash('sha1').update(regio).digest('hex').slice(0, 12)), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules/.astro-regio/grafiekcode'), { recursive: true, force: true });
  say('  first build, ours (cold cache)');
  const oursCold = await buildOurs(regio, oursOut);
  const spec = bareSpecFor(oursOut);
  writeBareProject(bareProject, spec);
  say(`  first build, bare Astro (${spec.pageSizes.length} pages, ${spec.endpoints.count} route files)`);
  const bareCold = await buildBare(bareProject, bareOut);
  // The page sizes of that first build were estimated; from now on they match ours exactly.
  const off = calibrateBareProject(bareProject, spec, bareOut);
  say(`  bare pages calibrated (were up to ${off} bytes off)`);

  const oursRuns: Measured[] = [];
  const bareRuns: Measured[] = [];
  const bareCachedRuns: Measured[] = [];
  for (let i = 1; i <= runs; i++) {
    const o = await buildOurs(regio, oursOut);
    oursRuns.push(o);
    const b = await buildBare(bareProject, bareOut);
    bareRuns.push(b);
    const c = await buildBareCached(bareProject, bareOut);
    bareCachedRuns.push(c);
    say(`  run ${i}/${runs}: ours ${(o.ms / 1000).toFixed(2)} s, bare ${(b.ms / 1000).toFixed(2)} s, bare with compile cache ${(c.ms / 1000).toFixed(2)} s`);
  }
  const best = (list: Measured[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
  const countRoutes = (site: string) => filesUnder(site).filter((f) => /\.(csv|xml)$/.test(f) && !/sitemap/.test(f)).length;
  const result: SizeResult = {
    size,
    regio,
    counts: { doelen: counts[0], indicatoren: counts[1], metingen: counts[2] },
    ours: { best: best(oursRuns), all: oursRuns, cold: oursCold, ...htmlStats(oursOut), routeFiles: countRoutes(oursOut) },
    bare: { best: best(bareRuns), all: bareRuns, cold: bareCold, ...htmlStats(bareOut), routeFiles: countRoutes(bareOut) },
    bareCached: { best: best(bareCachedRuns), all: bareCachedRuns },
    weights: pageWeights(oursOut),
    mdxFiles: filesUnder(join(regio, 'content')).filter((f) => f.endsWith('.mdx')).length,
  };
  if (size === analysed) {
    say('  phases of one build (bench/phases.ts)');
    result.phases = await phasesOf(regio, join(dir, 'phases-site'));
    result.bareSteps = await bareStepsOf(bareProject, bareOut);
    if (opts.profile) {
      say('  CPU profile of one build (node --cpu-prof)');
      result.profile = await profileOf(regio, join(dir, 'profile-site'), join(dir, 'profile'));
    }
  }
  results.push(result);
}
machine.loadEnd = loadavg()[0];
const totalMinutes = (performance.now() - tStart) / 60000;

// ---------------------------------------------------------------- budgets

interface Check { name: string; limit: string; measured: string; pass: boolean; size: string }
const checks: Check[] = [];
const nl = (n: number, digits = 1) => n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${nl(bytes / 1000)} kB`;
const sec = (ms: number) => `${nl(ms / 1000, 2)} s`;
const mb = (value: number | undefined) => (value === undefined ? 'n.v.t.' : `${nl(value, 0)} MB`);

for (const r of results) {
  const label = sizeLabel(r.size);
  if (isBudgetSize(r.size)) {
    const ratio = r.ours.best.ms / r.bare.best.ms;
    const ratioCached = r.ours.best.ms / r.bareCached.best.ms;
    checks.push({ size: label, name: 'bouwtijd ten opzichte van kale Astro', limit: `≤ ${nl(BUDGET.ratio)}×`, measured: `${nl(ratio, 2)}× (${sec(r.ours.best.ms)} / ${sec(r.bare.best.ms)}; t.o.v. kaal + compile cache ${nl(ratioCached, 2)}×)`, pass: ratio <= BUDGET.ratio });
    const peak = Math.max(...r.ours.all.map((m) => peakMb(m) ?? 0), peakMb(r.ours.cold) ?? 0);
    checks.push({ size: label, name: 'piekgeheugen van de build', limit: `< ${nl(BUDGET.memoryMb, 0)} MB`, measured: peak ? mb(peak) : 'niet gemeten', pass: peak > 0 && peak < BUDGET.memoryMb });
  }
  const doelen = r.weights.pages.filter((p) => p.type.startsWith('doel ('));
  if (doelen.length > 0) {
    const htmlCss = Math.max(...doelen.map((p) => p.html + p.css));
    const js = Math.max(...doelen.map((p) => p.jsLoad + p.jsLater));
    checks.push({ size: label, name: 'doelpagina: HTML + CSS (gzip, zwaarste pagina)', limit: `≤ ${BUDGET.goalHtmlCssKb} kB`, measured: kb(htmlCss), pass: htmlCss <= BUDGET.goalHtmlCssKb * 1000 });
    checks.push({ size: label, name: 'doelpagina: JavaScript incl. grafiekcode (gzip, zwaarste pagina)', limit: `≤ ${BUDGET.goalJsKb} kB`, measured: kb(js), pass: js <= BUDGET.goalJsKb * 1000 });
  }
  const zonder = r.weights.pages.filter((p) => p.charts === 0);
  const fout = zonder.filter((p) => p.chartCode !== 'geen');
  checks.push({ size: label, name: "pagina's zonder grafiek laden geen grafiekcode", limit: '0 pagina’s', measured: fout.length === 0 ? `0 van ${zonder.length}` : `${fout.length} van ${zonder.length}: ${fout.slice(0, 3).map((p) => p.page).join(', ')}`, pass: fout.length === 0 });
  const met = r.weights.pages.filter((p) => p.charts > 0);
  const vroeg = met.filter((p) => p.chartCode !== 'later');
  if (met.length > 0) checks.push({ size: label, name: "pagina's met grafiek laden grafiekcode pas later (dynamic import)", limit: '0 pagina’s anders', measured: vroeg.length === 0 ? `${met.length} van ${met.length} later` : `${vroeg.length} van ${met.length} anders: ${vroeg.slice(0, 3).map((p) => `${p.page} (${p.chartCode})`).join(', ')}`, pass: vroeg.length === 0 });
}

say('');
for (const c of checks) say(`${c.pass ? 'PASS' : 'FAIL'}  ${c.size}  ${c.name}: ${c.measured} (budget ${c.limit})`);

// ---------------------------------------------------------------- report

const lines: string[] = [];
const w = (...text: string[]) => lines.push(...text);
const commandLine = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
const datum = machine.started.toISOString().slice(0, 16).replace('T', ' ');
const budgetResult = results.find((r) => isBudgetSize(r.size));
const peakOf = (list: Measured[]) => Math.max(...list.map((m) => peakMb(m) ?? 0)) || undefined;

w('# Benchmark: bouwtijd, geheugen en paginagewicht', '');
w(`> Dit bestand is gemaakt door \`${commandLine}\` (bench/run.ts) op ${datum} UTC. Bewerk het niet met de hand:`,
  '> draai de benchmark opnieuw. Dit hoofdstuk is voor ontwikkelaars van de monitor, niet voor het programmabureau.', '');
w('De monitor moet ook voor een grote regio snel bouwen en lichte pagina\'s maken. Deze benchmark bouwt',
  'verzonnen regio\'s van een vaste grootte met deze monitor, en in dezelfde run een kale Astro-site met',
  'evenveel pagina\'s van dezelfde grootte. Zo is te zien wat de monitor zelf kost bovenop Astro, los van de machine.', '');

w('## Budgetten', '');
if (budgetResult) w(`Gemeten op de budgetgrootte ${sizeLabel(BUDGET_SIZE)} (lijnen × doelen per lijn × indicatoren per doel × kwartalen); de regels over paginagewicht en grafiekcode gelden voor elke grootte.`, '');
else w(`Let op: de budgetgrootte ${sizeLabel(BUDGET_SIZE)} zat niet in deze run; alleen de regels over paginagewicht en grafiekcode zijn getoetst.`, '');
w('| grootte | budget | grens | gemeten | uitslag |', '|---|---|---|---|---|');
for (const c of checks) w(`| ${c.size} | ${c.name} | ${c.limit} | ${c.measured} | **${c.pass ? 'PASS' : 'FAIL'}** |`);
w('');

w('## Resultaten', '');
w(`Beste van ${runs} builds per variant; de monitor, kale Astro en kale Astro met compile cache om en om. Tijd is`,
  'de wandkloktijd van het hele commando, van starten tot afsluiten; de eerste build (koude cache) telt niet mee',
  'en staat apart. *Kaal + cache* is dezelfde kale build met Node\'s compile cache aan, zoals `src/cli/build.ts`',
  'dat voor de monitor doet (Astro\'s eigen CLI doet dat niet); het budget rekent met de kale build zoals Astro hem levert.', '');
w('| grootte | doelen / indicatoren / metingen | pagina\'s (gem. HTML) | monitor | kale Astro | kaal + cache | verhouding | verhouding t.o.v. kaal + cache | pagina\'s/s monitor / kaal | piekgeheugen monitor / kaal | eerste build monitor / kaal |',
  '|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const ratio = r.ours.best.ms / r.bare.best.ms;
  const ratioCached = r.ours.best.ms / r.bareCached.best.ms;
  w(`| ${sizeLabel(r.size)} | ${r.counts.doelen} / ${r.counts.indicatoren} / ${r.counts.metingen} | ${r.ours.pages} (${kb(r.ours.averageBytes)}); kaal ${r.bare.pages} (${kb(r.bare.averageBytes)}) | ${sec(r.ours.best.ms)} | ${sec(r.bare.best.ms)} | ${sec(r.bareCached.best.ms)} | **${nl(ratio, 2)}×** | ${nl(ratioCached, 2)}× | ${nl(r.ours.pages / (r.ours.best.ms / 1000), 0)} / ${nl(r.bare.pages / (r.bare.best.ms / 1000), 0)} | ${mb(peakOf([...r.ours.all, r.ours.cold]))} / ${mb(peakOf([...r.bare.all, r.bare.cold]))} | ${sec(r.ours.cold.ms)} / ${sec(r.bare.cold.ms)} |`);
}
w('');
w('Alle metingen (s), in volgorde:', '');
for (const r of results) w(`- ${sizeLabel(r.size)}: monitor ${r.ours.all.map((m) => nl(m.ms / 1000, 2)).join(', ')}; kale Astro ${r.bare.all.map((m) => nl(m.ms / 1000, 2)).join(', ')}; kaal + cache ${r.bareCached.all.map((m) => nl(m.ms / 1000, 2)).join(', ')}`);
w('');
const seen = [...new Set(results.flatMap((r) => r.ours.all.flatMap((m) => [...m.processes])))];
if (seen.length > 0) w(`Processen tijdens de build van de monitor (uit \`/proc\`): ${seen.map((n) => `\`${n}\``).join(', ')}.`, '');

const weightResult = budgetResult ?? results.find((r) => r.size === largest)!;
w(`## Paginagewicht per paginatype (${sizeLabel(weightResult.size)})`, '');
w('Gzip (niveau 6) van de HTML, van de CSS die de pagina linkt en van het JavaScript dat de pagina laadt:',
  '*bij laden* is `<script src>` plus alles wat dat statisch importeert; *later* is wat alleen via een dynamische',
  '`import()` bereikbaar is (de grafiekcode, pas als een grafiek in beeld komt). Per type de zwaarste pagina;',
  '1 kB = 1000 bytes. Inline scripts en stijlen tellen mee in de HTML.', '');
w('| paginatype | pagina\'s | grafieken | HTML | CSS | JS bij laden | JS later | HTML + CSS | alle JS | grafiekcode | zwaarste pagina |',
  '|---|---|---|---|---|---|---|---|---|---|---|');
for (const t of weightResult.weights.types) {
  const p = t.worst;
  w(`| ${t.type} | ${t.pages} | ${t.charts} | ${kb(t.maxHtml)} | ${kb(p.css)} | ${kb(p.jsLoad)} | ${kb(p.jsLater)} | ${kb(t.maxHtmlCss)} | ${kb(t.maxJs)} | ${[...t.chartCode].join(', ')} | \`${p.page}\` |`);
}
w('');
if (weightResult.weights.spriteKb > 0) w(`Pagina's met een statuslabel halen ook de iconen op (\`status-iconen.svg\`, ${kb(weightResult.weights.spriteKb * 1000)} gzip), één bestand voor de hele site dat de browser bewaart; een afbeelding, dus niet in de tabel.`, '');
if (weightResult.weights.pagefindKb > 0) w(`De zoekpagina laadt bij de eerste zoekopdracht ook Pagefind (\`pagefind/pagefind.js\`, ${kb(weightResult.weights.pagefindKb * 1000)} gzip, plus zijn wasm-bestand en de indexdelen die bij de zoekterm horen); dat pad wordt in de browser samengesteld en staat daarom niet in de tabel.`, '');

const timed = results.find((r) => r.phases);
if (timed?.phases) {
  const ph = timed.phases;
  w(`## Waar de tijd heen gaat (${sizeLabel(timed.size)})`, '');
  w('Eén build met `build()` van `src/cli/build.ts` zelf, per stap gemeten (`bench/phases.ts`): wandkloktijd en',
    'CPU-tijd van het Node-proces (alle threads). Pagefind indexeert in een eigen proces (een Rust-programma); zijn',
    'CPU-tijd telt daarom niet mee in de CPU-kolom. Start van Node zelf (enkele tientallen ms) valt buiten de tabel.', '');
  const names: Record<string, string> = {
    import: 'eigen modules laden',
    checkAndPreload: 'controle en model (worker-thread) ‖ Astro en de build-modules laden (hoofdthread)',
    setup: 'voorbereiden (model doorgeven, uitvoermap)',
    lockWait: 'wachten op een andere build',
    astro: 'Astro-build (content, Vite, MDX, pagina\'s renderen)',
    pagefind: 'zoekindex en downloads schrijven, voor zover nog niet klaar toen Astro\'s build terugkwam',
    swap: 'de nieuwe site op zijn plaats zetten',
  };
  const total = Object.values(ph.phases).reduce((sum, p) => sum + p.ms, 0);
  w('| stap | wandklok | CPU (Node) | aandeel |', '|---|---|---|---|');
  for (const [k, v] of Object.entries(ph.phases)) w(`| ${names[k] ?? k} | ${sec(v.ms)} | ${sec(v.cpuMs)} | ${nl((100 * v.ms) / total, 0)}% |`);
  w(`| **totaal** | **${sec(total)}** | | |`, '');
  w(`De controle draait in een worker-thread: modules laden ${sec(ph.parallel.workerModulesMs)}, regiomap lezen, controleren en`,
    `het model berekenen ${sec(ph.parallel.workerCheckMs)}; klaar na ${sec(ph.parallel.checkWallMs)}. Tegelijk laadt de hoofdthread Astro, de`,
    `config met zijn integraties en Pagefind: ${sec(ph.parallel.preloadMs)}. Het model wordt zo één keer per build berekend en via`,
    '`src/site/site.ts` aan alle pagina\'s gegeven; pagina\'s rekenen niets opnieuw uit.', '');
  if (ph.astroSteps.length > 0) {
    w('Astro\'s eigen tijden binnen de Astro-build (uit zijn log; de stappen overlappen, Astro meet ze zelf):', '');
    for (const st of ph.astroSteps) w(`- ${st.step}: ${sec(st.ms)}`);
    w('');
  }
  if (timed.bareSteps) {
    const bare = new Map(timed.bareSteps.map((st) => [st.step, st.ms]));
    const ours = new Map(ph.astroSteps.map((st) => [st.step, st.ms]));
    const step = (map: Map<string, number>, name: string) => map.get(name) ?? 0;
    const astroTotal = "pages built (Astro's total)";
    const pagefindMs = ph.phases.pagefind?.ms ?? 0;
    // Wall time outside Astro's own total (Node start, loading, check, Pagefind, exit), per side.
    const oursOutside = timed.ours.best.ms - step(ours, astroTotal) - pagefindMs;
    const bareOutside = timed.bare.best.ms - step(bare, astroTotal);
    w('### Het verschil met kale Astro, stap voor stap', '');
    w(`Astro's eigen tijden van één build van de monitor (hierboven) en één kale build van dezelfde pagina's, naast elkaar.`,
      'De regels zijn Astro\'s eigen metingen; *buiten Astro* is de rest van de beste wandkloktijd: Node starten, modules',
      'laden (bij de monitor tegelijk met de controle), de uitvoermap omwisselen, afsluiten.', '');
    w('| stap | monitor | kale Astro | verschil | waar het in zit |', '|---|---|---|---|---|');
    const uitleg: Record<string, string> = {
      'content sync and types': 'Astro\'s eigen sync; de monitor heeft geen content collections (de verhalen komen uit `src/cli/vite-regio-verhalen.ts`)',
      'vite build (prerender)': `onze pagina's, componenten en src/lib en de ${timed.mdxFiles} MDX-bestanden (Sätteri) bundelen; de kale site heeft één pagina (42 MDX-bestanden minder scheelde 0,03 s, 2 december 2026)`,
      'vite build (client)': 'de scripts voor grafieken, filters en zoeken bundelen; de grafiekcode met chart.js komt kant-en-klaar uit de cache (`src/cli/grafiekcode.ts`)',
      'generating static routes': 'pagina\'s renderen (grafiekdata, tabellen, MDX) en elke pagina aan Pagefind geven; de kale site schrijft hier ook zijn CSV-routes',
    };
    for (const name of ['content sync and types', 'vite build (prerender)', 'vite build (client)', 'generating static routes', astroTotal]) {
      const o = step(ours, name);
      const b = step(bare, name);
      w(`| ${name === astroTotal ? '**Astro totaal**' : name} | ${sec(o)} | ${sec(b)} | ${o >= b ? '+' : '−'}${sec(Math.abs(o - b))} | ${uitleg[name] ?? ''} |`);
    }
    w(`| zoekindex en downloads schrijven | ${sec(pagefindMs)} | – | +${sec(pagefindMs)} | begint na de laatste pagina (\`src/cli/after-pages.ts\`); dit is wat na Astro's build nog overblijft |`);
    w(`| buiten Astro | ${sec(oursOutside)} | ${sec(bareOutside)} | ${oursOutside >= bareOutside ? '+' : '−'}${sec(Math.abs(oursOutside - bareOutside))} | Node, Astro laden; bij de monitor parallel de controle en het model |`);
    w(`| **hele build (beste van ${runs})** | **${sec(timed.ours.best.ms)}** | **${sec(timed.bare.best.ms)}** | **+${sec(timed.ours.best.ms - timed.bare.best.ms)}** | budget: hoogstens ${sec(timed.bare.best.ms * BUDGET.ratio)} voor de monitor |`, '');
    w('De metingen van de stappen komen uit aparte builds en tellen daarom niet precies op tot de beste tijden.', '');
  }
}
const profiled = results.find((r) => r.profile);
if (profiled?.profile) {
  const p = profiled.profile;
  const row = (ms: number) => `${nl(ms / 1000, 2)} s`;
  w(`### CPU-profiel (${sizeLabel(profiled.size)})`, '');
  w(`Eén build onder \`node --cpu-prof\` (${sec(p.ms)} met profiler; ${p.files} profiel${p.files === 1 ? '' : 'en'}, één per thread),`,
    'samengevat met `bench/profile-summary.ts`. *Eigen tijd* is tijd in de functies van die plaats zelf; *inclusief*',
    'is tijd waarin die plaats ergens op de stack stond. Wachten (I/O, Rolldown\'s eigen threads, Pagefind\'s proces)',
    'staat als `(idle)`. Bestanden onder `.prerender/` zijn onze pagina\'s zoals Vite ze gebundeld heeft.', '');
  const pretty = (name: string) => name.replace(/^.*\.prerender\//, '.prerender/').replace(/_[A-Za-z0-9-]{8}\.mjs$/, '.mjs').replace(/\.[A-Za-z0-9-]{8}\.mjs$/, '.mjs');
  w('Hoofdthread:', '');
  w('| plaats | eigen tijd | | plaats (inclusief) | tijd |', '|---|---|---|---|---|');
  for (let i = 0; i < 12; i++) {
    const b = p.summary.buckets[i];
    const c = p.summary.inclusive[i];
    w(`| ${b ? `\`${pretty(b.name)}\`` : ''} | ${b ? row(b.ms) : ''} | | ${c ? `\`${pretty(c.name)}\`` : ''} | ${c ? row(c.ms) : ''} |`);
  }
  w('', '| eigen code (inclusief, hoofdthread) | tijd |', '|---|---|');
  for (const f of p.summary.project.slice(0, 10)) w(`| \`${f.name}\` (${pretty(f.where)}) | ${row(f.ms)} |`);
  w('');
  if (p.worker) {
    w(`Worker-thread van de controle (${row(p.worker.totalMs)} in totaal):`, '');
    w('| eigen code (inclusief) | tijd |', '|---|---|');
    for (const f of p.worker.project.slice(0, 8)) w(`| \`${f.name}\` (${f.where}) | ${row(f.ms)} |`);
    w('');
  }
} else {
  w('Een CPU-profiel staat hier alleen na `npm run bench -- --profile`.', '');
}

w('## Wat er al aan gedaan is', '');
w('Gemeten op de budgetgrootte op deze machine (twee kernen) toen de maatregel werd ingevoerd; indicatief, want de',
  'machine zelf schommelt enkele tienden van een seconde per build. Daardoor schommelt ook de verhouding met kale Astro:',
  'met de code van 23 november 2026 lag die bij de budgetgrootte in zes runs tussen 1,36× en 1,49×.', '',
  '- **Controle parallel aan het laden van Astro.** `src/cli/build.ts` controleert de regio en berekent het model in een',
  '  worker-thread (`src/cli/check-worker.ts`) en laadt intussen Astro, `astro.config.mjs` met zijn integraties en',
  '  Pagefind. Astro start pas als de controle geslaagd is; een regio met fouten geeft dezelfde meldingen. 0,6 tot 0,9 s.',
  '  Sinds 2 december 2026 start `npm run build` die thread als allereerste (`startCheckWorker`): hij laadt zijn modules',
  '  al terwijl de hoofdthread de zijne laadt, en krijgt de regiomap zodra die bekend is; de schrijvers van zoekindex en',
  '  downloads laden ook al tijdens de controle (wachten vóór Astro: 0,04 → 0,003 s).',
  '- **Node\'s compile cache** (`module.enableCompileCache()`) in de hoofdthread, in de worker (die heeft een eigen',
  '  cache nodig: modules laden 0,25 → 0,15 s) en in `npm run check`. Sinds 2 december 2026 zet elk npm-script hem aan',
  '  vóór het commando zelf geladen wordt (`node --import ./src/cli/compile-cache.js`): Node compileert alle statische',
  '  imports van een commando voordat er één regel draait, dus een commando dat de cache zelf aanzet is te laat voor',
  '  zijn eigen imports. De modules van `build.ts` laden: 0,20 → 0,05 s. Dat voorladen is gewoon JavaScript: de cache',
  '  bewaart ook onze modules met hun types al weggehaald, dus met de cache aan vóór het eerste `.ts`-bestand laadt Node',
  '  zijn TypeScript-stripper niet meer, in de hoofdthread en in de worker (ongeveer 0,15 s per build, A/B).',
  '- **`astro.config.mjs` zonder `astro/config`**: `defineConfig` geeft alleen zijn argument terug, maar die module laadt',
  '  ook Astro\'s SVG-optimalisatie (svgo, css-tree) en lettertypen: 0,2 s op de hoofdthread. De config is nu een',
  '  getypt object. De kale build houdt `defineConfig`, zoals Astro\'s eigen voorbeelden.',
  '- **Vite\'s afhankelijkheden-scan per regio** (`vite.cacheDir` in Astro\'s cachemap van de regio): anders deelden',
  '  alle builds, de dev-preview en andere Astro-projecten op dezelfde `node_modules` één map met een hash van de',
  '  configuratie, en deed elke build na een andere de scan opnieuw (`content sync and types` 0,26 → 0,06 s; in deze',
  '  benchmark wisselen de monitor en de kale build elkaar af, dus eerder betaalden beide dat bij elke build).',
  '- **Hook-filters** op onze virtuele modules (`src/cli/vite-filter.ts`): Rolldown roept hun `resolveId` en `load`',
  '  alleen nog aan voor hun eigen id, niet vanuit Rust voor elke module van de build.',
  '- **Sätteri voor MDX** (Astro 7\'s standaard) in plaats van `unified` met remark-gfm: ongeveer 0,6 s. GFM-tabellen werken',
  '  zonder plugin; de HTML is gelijk op witruimte in tabellen na. De controle leest MDX nu met dezelfde parser als de',
  '  build (`src/lib/mdx.ts`), zonder `@mdx-js/mdx`: wat de controle goedkeurt, kan de build ook compileren.',
  '- **Geen content collections.** De verhalen komen uit een virtuele module (`src/cli/vite-regio-verhalen.ts`) die precies',
  '  de MDX-bestanden importeert die het model publiceert, met statische imports (één modulegraaf). Astro\'s content layer',
  '  en zijn runtime vallen weg: ongeveer 0,4 s. Pagina\'s bundelen de lezers van CSV, YAML en MDX niet meer',
  '  (`src/lib/load.ts` apart van `src/site/site.ts`).',
  '- **De controle met gewone prioriteit**: eerst draaide de worker-thread met een lagere prioriteit, zodat het laden van',
  '  Astro, toen het langste stuk vóór de build, voorging (ongeveer 0,1 s). Nu de controle het langste stuk is, is die',
  '  lagere prioriteit weg (A/B, gemiddelde van 6: controle klaar 1,48 → 1,40 s, hele build 4,72 → 4,55 s).',
  '- **Downloads als bestanden**: `src/cli/downloads.ts` schrijft de CSV\'s uit het model terwijl Pagefind zijn index',
  '  schrijft, in plaats van een Astro-route per bestand (270 bij de budgetgrootte): ongeveer 0,2 s. Beide beginnen',
  '  zodra Astro de laatste pagina heeft gerenderd (`astro:build:generated`, `src/cli/after-pages.ts`), terwijl Astro',
  '  nog zijn sitemap schrijft en opruimt: ongeveer 0,1 s.',
  '- **Zoekindex**: Pagefind krijgt elke pagina zodra Astro hem gerenderd heeft (`src/middleware.ts`) en leest terwijl',
  '  Astro verder rendert. Op twee kernen is dat even snel als na afloop indexeren (beide kernen zijn al bezet); op meer',
  '  kernen scheelt het de indextijd. Lijsten die doeltitels herhalen, de getallentabellen bij grafieken en de berekende',
  '  zinnen per kwartaal op doelpagina\'s staan buiten de index (`data-pagefind-ignore`): de helft minder woorden, en een',
  '  zoekopdracht vindt de doelpagina zelf (getest). Pagefind schrijft zijn index na de laatste pagina (zie hieronder).',
  '  Pagefind leest elke byte die het krijgt: het krijgt elke pagina nu zonder scripts (de grafiekdata), iconen en',
  '  zonder elk element met `data-pagefind-ignore`, die het toch overslaat (4,6 → 2,2 MB HTML bij de budgetgrootte;',
  '  Pagefind alleen: pagina\'s toevoegen 0,45 → 0,33 s; de index is byte voor byte gelijk, getest), en zijn proces start',
  '  al tijdens de controle.',
  '- **Grafiekcode één keer bundelen** (`src/cli/grafiekcode.ts`, `src/cli/vite-grafiekcode.ts`): chart.js bundelen was',
  '  het grootste deel van Vite\'s client-build. De grafiekcode wordt nu met Rolldown (Vite\'s eigen bundler), tree-shaken',
  '  en geminificeerd voor Vite\'s browserdoel, één keer gebundeld en bewaard; opnieuw zodra een bestand dat erin ging',
  '  verandert (met een hash per bestand), of de bundler of het doel. De pagina laadt hem nog steeds pas via een',
  '  dynamische `import()`. `vite build (client)` 0,20 → 0,05 s.',
  '- **Statusiconen uit één SVG-sprite** (`/status-iconen.svg`, `<use>`): de iconen waren een vijfde van alle HTML.',
  '- **MDX `optimize`**: vaste Markdown wordt bij het compileren al HTML; zelfde uitvoer, sneller renderen.',
  '- **Vier pagina\'s tegelijk** (`build.concurrency: 4`): ongeveer 0,1 s; de uitvoer is byte voor byte gelijk.',
  '- **Kleinere posten**: geen Shiki (`syntaxHighlight: false`), geen gzip-rapport van Vite (`reportCompressedSize: false`),',
  '  doelen en indicatoren per id opzoeken, `Intl.NumberFormat` per korte sleutel hergebruiken, telemetrie van Astro uit',
  '  (ook in de kale build, zodat de vergelijking over bouwen gaat). Sinds 2 december 2026 ook: de precisie van een',
  '  indicator één keer in plaats van per kwartaal; CSV-regels krijgen hun regelnummer van de regel ervoor (geen ruwe tekst',
  '  per regel); op verboden tekens wordt per cel alleen gezocht in een bestand dat er een heeft; de kolommen van een',
  '  declaratie één keer (controle samen ongeveer 0,03 s minder); de grootte van elk open-databestand één keer in plaats',
  '  van drie keer over 10 MB; de middleware geeft de eigen bytes van een pagina door en decodeert ze alleen voor de',
  '  zoekindex (één keer coderen per pagina minder).', '');

w('## Geprobeerd zonder winst, en wat nog zou kunnen', '');
w('- **Zonder meetbare winst** (op deze machine, A/B om en om): Pagefind vanuit een eigen worker-thread voeden; Astro al',
  '  laten starten voordat de controle klaar is (het laden van Astro is dan nog steeds het langste); een grotere jonge',
  '  generatie voor de worker of `--max-semi-space-size`; de figuurbijschriften en samenvattingszinnen uit de index halen;',
  '  Pagefind\'s proces een lagere prioriteit geven; meer dan vier pagina\'s tegelijk renderen.',
  '- **CSV lezen** (`csv-parse`) is ongeveer 0,2 s van de controle; die draait parallel aan het laden van Astro, maar',
  '  deelt de twee kernen.',
  '- **Het model overdragen** aan de hoofdthread (een structured clone van 5 MB bij de budgetgrootte) kost ongeveer',
  '  0,04 s in de worker en 0,04 tot 0,08 s in de hoofdthread.',
  '- **De open data in de worker berekenen** terwijl Astro bouwt (2 december 2026, A/B om en om): op twee kernen geen',
  '  winst; *generating static routes* werd 0,3 s korter, maar *vite build (prerender)* evenveel langer, omdat beide kernen',
  '  dan al bezet zijn. Op een machine met meer kernen zou het wel schelen; niet ingevoerd.',
  '- **Vóór de build** zijn de controle (worker) en het laden van Astro nu ongeveer even lang (elk ongeveer 1,3 s): Astro',
  '  eerder laten starten levert daarom nog minder op dan de 0,15 s die het eerder gaf. Beide kernen zijn dan bezet, dus',
  '  alleen minder rekenwerk helpt. Gemeten met tijdstempels (2 december 2026): de worker stuurt zijn uitkomst vaak al',
  '  vóór de hoofdthread Astro geladen heeft; die pakt het bericht pas daarna op en deserialiseert dan het model (5 MB,',
  '  0,03 tot 0,1 s). Als JSON overdragen is trager (stringify 0,2 tot 0,3 s).',
  '- **Ook zonder winst** op 2 december 2026: `src/lib` buiten de prerender-bundel houden (Node laadt het zelf; *vite build',
  '  (prerender)* bleef gelijk), 42 van de 47 MDX-bestanden weglaten (0,03 s: de MDX is niet wat die stap duur maakt),',
  '  een grotere jonge generatie (`--max-semi-space-size`, `--min-semi-space-size`: evenveel tijd in de GC, in minder',
  '  rondes). Pagefind\'s index schrijven na de laatste pagina duurt in de build 0,3 s (alleen 0,1 tot 0,2 s): dat is nu',
  '  het grootste deel van wat na Astro overblijft; de pagina\'s zelf zijn dan al verwerkt.',
  '- **Grotere regio\'s**: zie de tabel met resultaten voor de gemeten groottes, en hieronder *Grote regio\'s* voor',
  '  regio\'s met 50.000 tot 200.000 metingen.', '');

w('## Methode', '');
w('- **Regio\'s**: `bench/generate.ts` schrijft een verzonnen regio zoals een programmabureau dat doet: CSV\'s met `;`,',
  '  decimale komma en BOM, MDX met frontmatter, alle kwartalen vastgesteld, teksten van realistische lengte.',
  '  Eén op de vijf doelen is merkbaar (zonder indicatoren, zoals in de voorbeeldregio); hun indicatoren gaan naar',
  '  de meetbare doelen van dezelfde lijn, zodat het totaal lijnen × doelen × indicatoren blijft. Elke lijn heeft een',
  '  verhaal met een grafiek, een kwart van de doelen een eigen verhaal. De regio moet `npm run check` doorstaan.',
  '- **De monitor** wordt gebouwd zoals een gebruiker dat doet: het commando van `npm run build` (`node --import ./src/cli/compile-cache.js src/cli/build.ts`, zonder npm zelf) als apart proces met',
  '  `REGIO_DIR` en `OUT_DIR`: controleren, model, Astro, Pagefind, en de uitvoermap omwisselen.',
  '- **Kale Astro** (`bench/bare.ts`): een Astro-project zonder integraties, MDX, scripts of zoekindex, dat evenveel',
  '  HTML-pagina\'s schrijft van dezelfde grootte als onze build (na een eerste build per pagina op de byte bijgesteld),',
  '  plus evenveel CSV-routes van dezelfde gemiddelde grootte. Zelfde Node-binary, zelfde Astro (via een symlink naar',
  '  deze `node_modules`), ook als apart proces, met Astro\'s programmatische `build()` zoals `src/cli/build.ts`.',
  `- **Tijd**: wandklok van start tot einde van het proces, beste van ${runs}; de varianten wisselen elkaar af, zodat`,
  '  wisselende drukte op de machine alle varianten treft. Vóór de metingen bouwt elk één keer met koude cache',
  '  (Astro\'s cache van de regio leeg; Node\'s compile cache blijft staan, die is van de hele machine).',
  '  Een build die op een andere build in dezelfde map moest wachten (`src/cli/lock.ts`) wordt overgedaan.',
  `- **Geheugen**: ${HAS_PROC ? 'elke 100 ms de som van het RSS van alle processen van de build (uit `/proc`; Pagefind draait als eigen proces; gedeelde pagina\'s tellen dubbel, dus eerder te hoog)' : 'niet per procesboom gemeten (geen `/proc`)'}${TIME ? ', en het exacte maximum-RSS van het grootste proces (`/usr/bin/time`)' : ''}; het piekgeheugen is het hoogste van beide over alle builds van die grootte. Threads (de worker-thread van de controle, Rolldown, libuv) tellen mee in het RSS van het Node-proces; een piek tussen twee metingen in kan de som missen, het maximum van \`/usr/bin/time\` niet.`,
  '- **Paginagewicht**: `test/helpers/page-assets.ts` volgt per pagina `<link rel="stylesheet">`, `<script src>`,',
  '  `modulepreload`, inline module-scripts en de imports in de gebouwde `_astro/*.js`. Grafiekcode (chart.js)',
  '  herkent hij aan teksten uit chart.js die minificatie overleven. `test/site/chart-code.test.ts` toetst hetzelfde',
  '  bij elke testrun (zonder tijden).',
  '- **Ruis**: de tijden komen van één machine en kunnen schommelen, zeker als er tegelijk iets anders draait',
  `  (belasting bij start ${nl(machine.loadStart, 2)}, aan het eind ${nl(machine.loadEnd, 2)}; 1-minuutgemiddelde). De verhouding is`,
  '  betrouwbaarder dan de losse tijden, omdat alle varianten in dezelfde run en om en om zijn gemeten.', '');

w('## Machine', '');
w(`- CPU: ${machine.cpu}, ${machine.cores} ${machine.cores === 1 ? 'kern' : 'kernen'}; geheugen ${nl(machine.memGb, 0)} GB; ${machine.os}`,
  `- Node ${machine.node}, Astro ${machine.astro}, chart.js ${machine.chartjs}, Pagefind ${machine.pagefind}`,
  `- Duur van deze run: ${nl(totalMinutes, 1)} minuten`, '');

w('## Zelf draaien', '');
w('```sh',
  'npm run bench                                 # budgetgrootte 6x15x3x16 en 2x5x2x8, beste van 5; schrijft dit bestand',
  'npm run bench -- --profile                    # met CPU-profiel (zo is dit bestand gemaakt als er een profiel in staat)',
  'npm run bench -- --sizes 8x20x4x24 --runs 5   # andere groottes: lijnen x doelen x indicatoren x kwartalen',
  'npm run bench -- --quick                      # snel: één kleine grootte, één run; rapport in bench/output/',
  'npm run bench -- --schaal                     # grote regio\'s: check en build bij ~50.000 tot 200.000 metingen; alleen dat hoofdstuk',
  'node bench/generate.ts <map> 6 15 3 16        # alleen een regio maken',
  'node bench/profile-summary.ts <bestand.cpuprofile>',
  '```', '',
  'Alle uitvoer (regio\'s, sites, profielen) komt in `bench/output/`. Een budget dat niet gehaald wordt, geeft',
  'exitcode 1.', '');

// The section on large regions comes from its own, slower run (--schaal): keep it.
const grote = bestaandeSectie(reportFile);
mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, grote ? metSectie(lines.join('\n'), grote) : lines.join('\n'));
say(`\nreport: ${relative(process.cwd(), reportFile)} (${nl(totalMinutes, 1)} min)`);
if (checks.some((c) => !c.pass)) process.exitCode = 1;
