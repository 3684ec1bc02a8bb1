// `npm run bench -- --landelijk`: the national overview at scale (issue 16). Fifty exports of
// the example region's size (its own monitor.json, with fifty names, short names and site
// addresses) are built into one overview by `npm run landelijk`, and compared with one build
// of the example region's own site (`npm run build`); the budget is three times that build.
// Both run as separate processes exactly as a user starts them; best of `runs`. Writes only
// the section "Landelijk overzicht" of the report, and the overview's page weights.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadMonitor } from '../src/lib/load.ts';
import { MONITOR_JSON_PAD, monitorExport } from '../src/lib/open-data/export.ts';
import { buildOurs, measure, OUTPUT, peakMb, ROOT, say, type Measured } from './measure.ts';
import { metSectie } from './schaal.ts';

export const LANDELIJK_KOP = '## Landelijk overzicht';
const AANTAL = 50;
const BUDGET = 3;

const nl = (n: number, d = 1) => n.toLocaleString('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d });
const sec = (ms: number) => `${nl(ms / 1000)} s`;
const kb = (bytes: number) => `${nl(bytes / 1000)} kB`;
const best = (list: Measured[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));

/** Fifty copies of the example region's export, each another region; returns their folders. */
export function genereerExports(map: string, aantal = AANTAL): string[] {
  const { monitor } = loadMonitor(ROOT, 'publicatie');
  if (!monitor) throw new Error('the example region does not pass the check');
  const basis = monitorExport(monitor);
  rmSync(map, { recursive: true, force: true });
  return Array.from({ length: aantal }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const data = { ...basis, regio: { ...basis.regio, naam: `Onderwijsregio Proefstad ${n}`, kortenaam: `Proefstad ${n}`, site: `https://monitor.proefstad-${n}.example/` } };
    const dir = join(map, `regio-${n}`);
    mkdirSync(join(dir, 'open-data'), { recursive: true });
    writeFileSync(join(dir, MONITOR_JSON_PAD), `${JSON.stringify(data)}\n`);
    return dir;
  });
}

/** Compressed size of a page with its stylesheet and script. */
function paginaGewicht(site: string, pagina: string): { html: number; css: number; js: number } {
  const html = readFileSync(join(site, pagina));
  const gz = (b: Buffer | string) => gzipSync(b).length;
  const js = html.includes('landelijk.js"></script>') ? gz(readFileSync(join(site, 'landelijk.js'))) : 0;
  return { html: gz(html), css: gz(readFileSync(join(site, 'stijl.css'))), js };
}

export async function runLandelijk(runs: number, reportFile: string): Promise<void> {
  const loadStart = loadavg()[0];
  const dir = join(OUTPUT, 'landelijk');
  const bronnen = genereerExports(join(dir, 'bronnen'));
  const regioSite = join(dir, 'regio-site');
  const overzicht = join(dir, 'overzicht');
  say(`bench --landelijk: ${AANTAL} exports of the example region; best of ${runs}; load ${nl(loadStart, 2)}`);
  // First runs warm Node's compile cache and Astro's cache; not counted.
  await buildOurs(ROOT, regioSite);
  await measure([join(ROOT, 'src/cli/landelijk.ts'), ...bronnen], { OUT_DIR: overzicht });
  const build: Measured[] = [];
  const landelijk: Measured[] = [];
  for (let i = 1; i <= runs; i++) {
    build.push(await buildOurs(ROOT, regioSite));
    landelijk.push(await measure([join(ROOT, 'src/cli/landelijk.ts'), ...bronnen], { OUT_DIR: overzicht }));
    say(`  run ${i}/${runs}: build of one region ${sec(build.at(-1)!.ms)}, overview of ${AANTAL} ${sec(landelijk.at(-1)!.ms)}`);
  }
  const b = best(build);
  const l = best(landelijk);
  const ratio = l.ms / b.ms;
  const bytes = Buffer.byteLength(readFileSync(join(bronnen[0], MONITOR_JSON_PAD)));
  const gewichten = [['/ (regio’s)', 'index.html'], ['/regios/proefstad-01/', 'regios/proefstad-01/index.html'], ['/themas/', 'themas/index.html'], ['/kwartalen/', 'kwartalen/index.html'], ['/open-data/', 'open-data/index.html']]
    .map(([naam, pad]) => ({ naam, ...paginaGewicht(overzicht, pad) }));
  const loadEnd = loadavg()[0];
  const datum = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    LANDELIJK_KOP, '',
    `> Gemaakt door \`npm run bench -- --landelijk\` (bench/landelijk.ts) op ${datum} UTC; de rest van dit bestand komt van een gewone run.`, '',
    `${AANTAL} exports van de voorbeeldregio (elk ${kb(bytes)} monitor.json, met een eigen naam, korte naam en webadres) tot één`,
    'landelijk overzicht (`npm run landelijk`), tegen één build van de site van de voorbeeldregio zelf (`npm run build`).',
    `Beide als apart proces, zoals een gebruiker ze start; eerst één keer elk om caches te vullen, dan ${runs}× om en om; de beste telt.`,
    `Belasting van de machine (1 min): ${nl(loadStart, 2)} bij de start, ${nl(loadEnd, 2)} aan het eind${loadStart > 1 || loadEnd > 1 ? ' — de machine was belast (andere processen draaiden mee), dus de tijden zijn aan de hoge kant' : ''}.`, '',
    '| meting | wandklok | CPU | piekgeheugen |', '|---|---|---|---|',
    `| build van één regio (voorbeeldregio) | ${sec(b.ms)} | ${b.cpuMs === undefined ? '–' : sec(b.cpuMs)} | ${nl(peakMb(b) ?? 0, 0)} MB |`,
    `| landelijk overzicht van ${AANTAL} regio's | ${sec(l.ms)} | ${l.cpuMs === undefined ? '–' : sec(l.cpuMs)} | ${nl(peakMb(l) ?? 0, 0)} MB |`, '',
    `Verhouding: **${nl(ratio, 2)}×** de build van één regio (budget: hoogstens ${BUDGET}×) — ${ratio <= BUDGET ? 'binnen het budget' : '**buiten het budget**'}.`, '',
    'Gewicht van de pagina\'s van het overzicht (gzip):', '',
    '| pagina | HTML | CSS | JS |', '|---|---|---|---|',
    ...gewichten.map((g) => `| ${g.naam} | ${kb(g.html)} | ${kb(g.css)} | ${g.js ? kb(g.js) : '–'} |`), '',
  ];
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, metSectie(existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '# Benchmark\n', lines.join('\n')));
  say(`\nratio ${nl(ratio, 2)} (budget ${BUDGET}); report: ${relative(process.cwd(), reportFile)}, section "${LANDELIJK_KOP.slice(3)}"`);
}
