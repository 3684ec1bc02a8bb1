// `npm run pdf -- <kwartaal> [--uit bestand.pdf]`: the quarterly report as a tagged A4 PDF, for
// the meeting of the bestuurlijk platform. The page is the site's own report page, built from
// the checked region and printed by the user's Chromium, Chrome or Edge with the print
// stylesheet; a concept quarter is marked CONCEPT on every page. Writes one file, never into
// the region folder and never over a file this tool did not write.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applySiteBase, printProblems, readOptionsFromEnv, regioFromEnv } from './common.ts';
import { kiesBrowser } from './browser.ts';
import { leesPdfArgumenten, pdfBestemming } from './pdf/opdracht.ts';
import { loadMonitor } from '../lib/load.ts';
import { hasErrors } from '../lib/problems.ts';
import { kwartaalSlug } from '../lib/quarters.ts';
import { melding } from '../lib/meldingen/index.ts';
import type { PdfSite } from './pdf/bouw.ts';

const started = performance.now();
let site: PdfSite | undefined;

function stop(regel?: string): never {
  if (regel) process.stderr.write(`${regel}\n`);
  site?.opruimen();
  process.stderr.write(`${melding('pdf.niet-gemaakt').message}\n`);
  process.exit(1);
}

const gelezen = leesPdfArgumenten(process.argv.slice(2));
if (!gelezen.ok) stop(gelezen.melding);
const { opdracht } = gelezen;
const dir = regioFromEnv();
const leesOpties = readOptionsFromEnv();
// npm runs scripts in the project folder; the user's own folder is where the PDF goes.
const map = process.env.INIT_CWD || process.cwd();

// The preview model knows every quarter file; an approved quarter is printed from the public
// model, exactly as the site publishes it.
const voorbeeld = loadMonitor(dir, 'voorbeeld', leesOpties);
const bestand = voorbeeld.monitor?.kwartalen.find((k) => k.kwartaal === opdracht.kwartaal);
const modus = bestand && !bestand.concept ? 'publicatie' : 'voorbeeld';
const { monitor, problems } = modus === 'voorbeeld' ? voorbeeld : loadMonitor(dir, modus, leesOpties);
if (!monitor || hasErrors(problems)) {
  printProblems(problems);
  stop();
}
if (problems.length > 0) printProblems(problems, process.stdout);
const rapport = monitor.kwartalen.find((k) => k.kwartaal === opdracht.kwartaal);
if (!rapport) stop(melding('pdf.geen-rapportage', { kwartaal: opdracht.kwartaal, slug: kwartaalSlug(opdracht.kwartaal) }).message);
const baseProblem = applySiteBase(monitor.regio);
if (baseProblem) {
  printProblems([baseProblem]);
  stop();
}

const bestemming = await pdfBestemming(opdracht, { map, regioDir: dir });
if (!bestemming.ok) stop(bestemming.melding);
const browser = kiesBrowser();
if (!browser.ok) stop(browser.melding);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => stop(`Onderbroken (${signal}).`));
}

const { maakRapportPdf } = await import('./pdf/maak.ts');
let bytes: Uint8Array;
let paginas: number;
let titel: string;
try {
  ({ bytes, paginas, titel } = await maakRapportPdf({ regioDir: dir, monitor, modus, kwartaal: rapport.kwartaal, browserPad: browser.pad, bijSite: (s) => (site = s) }));
} catch (error) {
  stop(error instanceof Error ? error.message : String(error));
}
site = undefined;

// Checked once more right before writing: the file may have appeared while the site was built.
const opnieuw = await pdfBestemming(opdracht, { map, regioDir: dir });
if (!opnieuw.ok) stop(opnieuw.melding);
const tijdelijk = join(dirname(bestemming.pad), `.${basename(bestemming.pad)}.${process.pid}.tmp`);
try {
  writeFileSync(tijdelijk, bytes);
  renameSync(tijdelijk, bestemming.pad);
} catch (error) {
  if (existsSync(tijdelijk)) rmSync(tijdelijk, { force: true });
  stop(melding('pdf.niet-geschreven', { pad: bestemming.pad, reden: error instanceof Error ? error.message : String(error) }).message);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
const concept = rapport.concept ? ', CONCEPT op elke pagina' : '';
process.stdout.write(`PDF "${titel}" geschreven: ${bestemming.pad} (${paginas} ${paginas === 1 ? 'pagina' : "pagina's"} A4${concept}; ${seconds} s).\n`);
