// `npm run bench -- --schaal`: how `npm run check` and `npm run build` grow with the number of
// measurements. Regions of growing size (by default more indicators per goal at a fixed number
// of goals and quarters, so the pages stay the same and only the data grow), each checked and
// built `runs` times as a user runs them; best time and peak memory per size. Writes only the
// section "Grote regio's" of the report; the rest of docs/benchmarks.md stays as it is.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { generateRegion, sizeLabel, type Size } from './generate.ts';
import { htmlPages } from '../test/helpers/page-assets.ts';
import { buildOurs, measure, OUTPUT, peakMb, ROOT, say, scriptArgs, type Measured } from './measure.ts';

/** About 50,000, 100,000 and 200,000 measurements: 80 goals, 45 quarters, 15 to 60 indicators per goal. */
export const SCHAAL_SIZES: Size[] = [15, 30, 60].map((indicatoren) => ({ lijnen: 8, doelen: 10, indicatoren, kwartalen: 45 }));

export const SECTIE_KOP = "## Grote regio's";

/** The report with `sectie` in place of its old section of that name, or else just before "## Methode". */
export function metSectie(report: string, sectie: string): string {
  const kop = sectie.split('\n', 1)[0];
  const start = report.indexOf(`\n${kop}\n`);
  if (start >= 0) {
    const next = report.indexOf('\n## ', start + 1);
    return `${report.slice(0, start + 1)}${sectie.trimEnd()}\n${next >= 0 ? report.slice(next) : ''}`;
  }
  const methode = report.indexOf('\n## Methode\n');
  if (methode < 0) return `${report.trimEnd()}\n\n${sectie.trimEnd()}\n`;
  return `${report.slice(0, methode + 1)}${sectie.trimEnd()}\n\n${report.slice(methode + 1)}`;
}

/** The section of that heading in an existing report, to carry over when the rest is rewritten. */
export function bestaandeSectie(file: string, kop = SECTIE_KOP): string | undefined {
  if (!existsSync(file)) return undefined;
  const report = readFileSync(file, 'utf8');
  const start = report.indexOf(`\n${kop}\n`);
  if (start < 0) return undefined;
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start + 1, next >= 0 ? next + 1 : undefined).trimEnd();
}

interface Meting {
  size: Size;
  metingen: number;
  indicatoren: number;
  doelen: number;
  pages: number;
  check: Measured[];
  build: Measured[];
  cold: Measured;
}

const best = (list: Measured[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
const peak = (list: Measured[]) => list.reduce((max, m) => Math.max(max, peakMb(m) ?? 0), 0);
const nl = (n: number, digits = 1) => n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const sec = (ms: number) => `${nl(ms / 1000, 1)} s`;
const mb = (value: number) => (value > 0 ? `${nl(value, 0)} MB` : 'niet gemeten');
const plus = (value: number, unit: (v: number) => string) => `${value < 0 ? '−' : '+'}${unit(Math.abs(value))}`;
const plusMb = (value: number) => `${value < 0 ? '−' : '+'}${nl(Math.abs(value), 0)} MB`;
const getal = (n: number) => n.toLocaleString('nl-NL');

export async function runSchaal(sizes: Size[], runs: number, reportFile: string): Promise<void> {
  const loadStart = loadavg()[0];
  const started = performance.now();
  say(`bench --schaal: ${sizes.map(sizeLabel).join(', ')}; best of ${runs}; load ${loadStart.toFixed(2)}`);
  const results: Meting[] = [];
  for (const size of sizes) {
    const dir = join(OUTPUT, 'schaal', `${size.lijnen}x${size.doelen}x${size.indicatoren}x${size.kwartalen}`);
    const regio = join(dir, 'regio');
    const site = join(dir, 'site');
    say(`\n${sizeLabel(size)}: generating ${relative(ROOT, regio)}`);
    generateRegion(regio, size);
    const check = () => measure(scriptArgs('check'), { REGIO_DIR: regio });
    const first = await check();
    const counts = first.stdout.match(/(\d+) doelen, (\d+) indicatoren, (\d+) metingen/)?.slice(1).map(Number);
    if (!counts) throw new Error(`generated region does not pass npm run check:\n${first.stdout}${first.stderr}`);
    // Cold: without Astro's cache for this region (src/cli/build.ts keys it by the region's path).
    rmSync(join(ROOT, 'node_modules/.astro-regio', createHash('sha1').update(regio).digest('hex').slice(0, 12)), { recursive: true, force: true });
    say(`  ${getal(counts[2])} metingen; first build (cold cache, not counted)`);
    const cold = await buildOurs(regio, site);
    const result: Meting = { size, doelen: counts[0], indicatoren: counts[1], metingen: counts[2], pages: 0, check: [], build: [], cold };
    for (let i = 1; i <= runs; i++) {
      const c = await check();
      const b = await buildOurs(regio, site);
      result.check.push(c);
      result.build.push(b);
      const cpu = (m: Measured) => (m.cpuMs === undefined ? '' : `, CPU ${sec(m.cpuMs)}`);
      say(`  run ${i}/${runs}: check ${sec(c.ms)} (${mb(peakMb(c) ?? 0)}${cpu(c)}), build ${sec(b.ms)} (${mb(peakMb(b) ?? 0)}${cpu(b)})`);
    }
    result.pages = htmlPages(site).length;
    results.push(result);
  }
  const minutes = (performance.now() - started) / 60000;
  const sectie = report(results, runs, loadStart, loadavg()[0], minutes);
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, metSectie(existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '# Benchmark\n', sectie));
  say(`\nreport: ${relative(process.cwd(), reportFile)}, section "${SECTIE_KOP.slice(3)}" (${nl(minutes, 1)} min)`);
}

/** Marginal cost per 100,000 extra measurements from one size to the next: constant when growth is linear. */
function perHonderdduizend(a: Meting, b: Meting, value: (m: Meting) => number): number {
  return ((value(b) - value(a)) / (b.metingen - a.metingen)) * 100_000;
}

function report(results: Meting[], runs: number, loadStart: number, loadEnd: number, minutes: number): string {
  const lines: string[] = [];
  const w = (...text: string[]) => lines.push(...text);
  const datum = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const cmd = ['npm run bench --', ...process.argv.slice(2)].join(' ');
  const heeftCpu = results.every((r) => [...r.check, ...r.build].every((m) => m.cpuMs !== undefined));
  // CPU time depends far less on what else the machine runs than wall time: the verdict uses it.
  const tijd = (list: Measured[]) => list.reduce((min, m) => Math.min(min, heeftCpu ? m.cpuMs! : m.ms), Infinity);
  const wand = (list: Measured[]) => best(list).ms;
  const soort = heeftCpu ? 'CPU-tijd' : 'wandkloktijd';
  w(SECTIE_KOP, '');
  w(`> Gemaakt door \`${cmd}\` (bench/schaal.ts) op ${datum} UTC; de rest van dit bestand komt van een gewone run.`, '');
  w('Een regio met honderdduizenden metingen moet gewoon te controleren en te bouwen zijn, in een tijd en met een',
    'geheugen die ongeveer evenredig met het aantal metingen groeien. Deze meting maakt regio\'s die alleen in het',
    'aantal metingen verschillen: evenveel doelen, kwartalen en dus pagina\'s, meer indicatoren per doel (lijnen ×',
    'doelen per lijn × indicatoren per doel × kwartalen). Per grootte eerst één build met koude cache (telt niet mee),',
    `dan ${runs}× om en om \`npm run check\` en \`npm run build\` als aparte processen, precies zoals een gebruiker ze start.`,
    `*Wandklok* is ${runs === 1 ? 'de tijd' : `de beste van de ${runs}`} van start tot einde; *CPU* is de user- plus systeemtijd van het`,
    'proces en de processen waarop het wachtte (`/usr/bin/time`; Pagefind telt mee), ook de beste. *Geheugen* is het',
    'hoogste piekgeheugen van alle runs, zoals bij de budgetten: som van het RSS van de procesboom en maximum-RSS',
    'van `/usr/bin/time`, het hoogste van beide.', '');
  w('| grootte | doelen / indicatoren / metingen | pagina\'s | check: wandklok | check: CPU | check: geheugen | build: wandklok | build: CPU | build: geheugen |',
    '|---|---|---|---|---|---|---|---|---|');
  const cpuTekst = (list: Measured[]) => (heeftCpu ? sec(tijd(list)) : 'niet gemeten');
  for (const r of results) {
    w(`| ${sizeLabel(r.size)} | ${r.doelen} / ${getal(r.indicatoren)} / ${getal(r.metingen)} | ${r.pages} | ${sec(wand(r.check))} | ${cpuTekst(r.check)} | ${mb(peak(r.check))} | ${sec(wand(r.build))} | ${cpuTekst(r.build)} | ${mb(peak([...r.build, r.cold]))} |`);
  }
  w('');
  if (results.length >= 2) {
    w('Wat elke 100.000 metingen extra kosten, van de ene grootte naar de volgende. Bij lineaire groei blijven deze',
      'getallen gelijk; bij kwadratische groei verdubbelen ze bij elke verdubbeling van het aantal metingen.', '');
    w(`| van → naar (metingen) | check: ${soort} | check: geheugen | build: ${soort} | build: geheugen |`, '|---|---|---|---|---|');
    type Stap = Record<'check' | 'build', { kost: number; ruis: number }>;
    const stappen: Stap[] = [];
    // How far the runs of one size lie apart: the uncertainty of each size's best time.
    const spreiding = (list: Measured[]) => {
      const values = list.map((m) => (heeftCpu ? m.cpuMs! : m.ms));
      return values.reduce((max, v) => Math.max(max, v), -Infinity) - values.reduce((min, v) => Math.min(min, v), Infinity);
    };
    for (let i = 1; i < results.length; i++) {
      const [a, b] = [results[i - 1], results[i]];
      const stap = (key: 'check' | 'build') => ({
        kost: perHonderdduizend(a, b, (r) => tijd(r[key])),
        ruis: ((spreiding(a[key]) + spreiding(b[key])) / (b.metingen - a.metingen)) * 100_000,
      });
      stappen.push({ check: stap('check'), build: stap('build') });
      const { check: { kost: check }, build: { kost: build } } = stappen.at(-1)!;
      w(`| ${getal(a.metingen)} → ${getal(b.metingen)} | ${plus(check, sec)} | ${plusMb(perHonderdduizend(a, b, (r) => peak(r.check)))} | ${plus(build, sec)} | ${plusMb(perHonderdduizend(a, b, (r) => peak([...r.build, r.cold])))} |`);
    }
    w('');
    // The verdict follows from the numbers: the last step's marginal time against the first's,
    // allowing for how far the runs of one size lie apart (on a shared machine, seconds).
    const oordeel = (key: 'check' | 'build') => {
      const [eerste, laatste] = [stappen[0][key], stappen.at(-1)![key]];
      const verschil = `per 100.000 metingen ${sec(eerste.kost)} in de eerste stap, ${sec(laatste.kost)} in de laatste`;
      const ruis = `de runs van één grootte liggen tot ${sec(eerste.ruis + laatste.ruis)} per 100.000 metingen uiteen`;
      if (laatste.kost <= eerste.kost * 1.5) return `ongeveer lineair (${verschil})`;
      if (laatste.kost - eerste.kost <= eerste.ruis + laatste.ruis) return `ongeveer lineair binnen de ruis (${verschil}; ${ruis})`;
      return `sneller dan lineair (${verschil}; ${ruis})`;
    };
    if (stappen.length >= 2) w(`Naar ${soort}: de controle groeit ${oordeel('check')}; de build groeit ${oordeel('build')}.`, '');
  }
  w('Alle metingen (s), in volgorde:', '');
  for (const r of results) {
    const run = (m: Measured) => `${nl(m.ms / 1000, 2)}${m.cpuMs === undefined ? '' : ` (CPU ${nl(m.cpuMs / 1000, 2)})`}`;
    w(`- ${sizeLabel(r.size)}: check ${r.check.map(run).join(', ')}; build ${r.build.map(run).join(', ')}; eerste build (koude cache) ${run(r.cold)}`);
  }
  w('');
  w(`De machine (twee kernen) werd gedeeld met andere processen: belasting bij start ${nl(loadStart, 2)}, aan het eind ${nl(loadEnd, 2)}`,
    `(1-minuutgemiddelde); de wandkloktijden zijn dus ruw, de CPU-tijden en de verhoudingen betrouwbaarder. Duur van deze meting: ${nl(minutes, 1)} minuten.`, '');
  w('Wat de tijd bepaalt bij deze groottes: het model berekent per doel en per kwartaal van de historie de status van elke',
    'indicator, met een zin per indicator; dat is evenredig met indicatoren × kwartalen, dus met het aantal metingen.',
    'Elke indicator zoekt daarbij alleen in zijn eigen metingen (`src/lib/status.ts`). Lijsten van willekeurige lengte',
    'gaan nooit als argumenten naar een functie (`Math.min(...lijst)` liep boven de 100.000 metingen vast op de',
    'stack); `src/lib/lists.ts` heeft daarvoor `minOf`, `maxOf` en `groupBy`. `test/lib/large-region.test.ts`',
    'controleert bij elke testrun een regio met 200.000 metingen (zonder tijden).', '');
  return lines.join('\n');
}
