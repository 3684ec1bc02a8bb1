// `npm run landelijk -- <bron>...`: the national overview, one static site from many regions'
// open-data exports (a built site folder, its monitor.json, or the http(s) address of either).
// It writes with the same safety as `npm run build` (output-dir.ts: the target is checked, the
// site is made in a staging folder and swapped in, under the build lock).
//
// Exit code: 0 when every source was read; 2 when the overview was built but at least one
// source was not (named on stderr and on the overview as "niet ingelezen"), so a script can
// tell; 1 when nothing was built (no source read, a bad OUT_DIR, no sources named).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { folderFromEnv, PROJECT_ROOT, readOptionsFromEnv, WORK_DIR } from './common.ts';
import { withBuildLock } from './lock.ts';
import { checkOutputTarget, cleanLeftovers, createStaging, discardStaging, isWithin, realPath, swapIn, type Staging } from './output-dir.ts';
import { leesBronnen, monitorAdres } from '../lib/landelijk/bronnen.ts';
import { landelijkOverzicht, type LandelijkOverzicht } from '../lib/landelijk/overzicht.ts';
import { vandaagInNederland } from '../lib/read-region.ts';
import { landelijkeBestanden } from '../landelijk/bestanden.ts';

export interface LandelijkOptions {
  bronnen: string[];
  /** The output folder as named (absolute). */
  outDir: string;
  /** Today (JJJJ-MM-DD): which quarter has just ended. Default: today in the Netherlands. */
  vandaag?: string;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

export interface LandelijkResult {
  /** 0 all read, 2 built with sources not read, 1 not built. */
  code: 0 | 1 | 2;
  overzicht?: LandelijkOverzicht;
  seconds: number;
}

const NIET_GEBOUWD = 'Het landelijk overzicht is niet gebouwd';

/**
 * What of a local source the overview must never replace: a built site's folder (also when its
 * monitor.json is named), or else the file itself.
 */
function bronPlek(bron: string): { pad: string; map: boolean } | undefined {
  if (/^https?:\/\//i.test(bron)) return undefined;
  const adres = monitorAdres(bron);
  const inSite = join('open-data', 'monitor.json');
  return adres.endsWith(inSite) ? { pad: adres.slice(0, -inSite.length - 1), map: true } : { pad: adres, map: false };
}

/** Every reason not to write into `outDir`, as Dutch lines. */
function doelProblemen(outDir: string, bronnen: string[]): { outDir?: string; problemen: string[] } {
  const { target, problems } = checkOutputTarget({ outDir, regioDir: PROJECT_ROOT, projectRoot: PROJECT_ROOT });
  const problemen: string[] = [];
  for (const bron of bronnen) {
    const plek = bronPlek(bron);
    if (!plek) continue;
    const echt = realPath(plek.pad);
    const hoe = echt === target.outDir ? 'is' : isWithin(echt, target.outDir) ? 'bevat' : plek.map && isWithin(target.outDir, echt) ? 'ligt in' : undefined;
    if (hoe) problemen.push(`OUT_DIR ${target.named}: deze map ${hoe} de bron ${plek.pad}; het overzicht zou die vervangen: kies een eigen map, bijvoorbeeld dist-landelijk/.`);
  }
  // A source in the way explains the refusal best; the general reasons only without one.
  if (problemen.length === 0) problemen.push(...problems);
  return { ...(problemen.length === 0 ? { outDir: target.outDir } : {}), problemen };
}

export async function landelijk(options: LandelijkOptions): Promise<LandelijkResult> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const stop = (regels: string[]): LandelijkResult => {
    for (const regel of regels) err.write(`${regel}\n`);
    err.write(`${NIET_GEBOUWD}; ${options.outDir} is ongewijzigd.\n`);
    return { code: 1, seconds: seconds() };
  };
  if (options.bronnen.length === 0) {
    return stop(['Geen bronnen genoemd. Gebruik: npm run landelijk -- <map van een gebouwde site | monitor.json | https://…/open-data/monitor.json> …']);
  }
  const doel = doelProblemen(options.outDir, options.bronnen);
  if (!doel.outDir) return stop(doel.problemen);
  const outDir = doel.outDir;

  const resultaten = await leesBronnen(options.bronnen);
  const overzicht = landelijkOverzicht(resultaten, options.vandaag ?? vandaagInNederland());
  for (const regel of overzicht.fouten) err.write(`${regel}\n`);
  if (overzicht.regios.length === 0) return stop(['Geen enkele bron is ingelezen.']);

  let staging: Staging | undefined;
  let swapped = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (staging && !swapped) discardStaging(staging);
    err.write(`Onderbroken (${signal}). ${NIET_GEBOUWD}; ${options.outDir} is ongewijzigd.\n`);
    process.exit(1);
  };
  const signalen = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const s of signalen) process.once(s, onSignal);
  try {
    await withBuildLock(PROJECT_ROOT, async () => {
      cleanLeftovers(outDir, WORK_DIR);
      staging = createStaging(outDir, WORK_DIR);
      for (const bestand of landelijkeBestanden(overzicht)) {
        const pad = join(staging.buildDir, bestand.pad);
        mkdirSync(dirname(pad), { recursive: true });
        writeFileSync(pad, bestand.inhoud);
      }
      swapIn(staging);
      swapped = true;
    });
  } catch (error) {
    if (staging && !swapped) discardStaging(staging);
    return stop([error instanceof Error ? error.message : String(error)]);
  } finally {
    for (const s of signalen) process.off(s, onSignal);
  }
  const tijd = seconds().toFixed(1).replace('.', ',');
  const n = overzicht.regios.length;
  out.write(`Landelijk overzicht van ${n} ${n === 1 ? 'regio' : 'regio’s'} gebouwd in ${options.outDir} (${tijd} s).\n`);
  const mis = overzicht.nietIngelezen.length;
  if (mis > 0) err.write(`${mis} ${mis === 1 ? 'bron is' : 'bronnen zijn'} niet ingelezen (zie hierboven); het overzicht noemt ${mis === 1 ? 'die' : 'ze'} onder "Niet ingelezen".\n`);
  return { code: mis > 0 ? 2 : 0, overzicht, seconds: seconds() };
}

if (import.meta.main) {
  const { vandaag } = readOptionsFromEnv();
  // npm runs scripts in the project folder; a source's path is meant from the user's own folder.
  const map = process.env.INIT_CWD || process.cwd();
  const result = await landelijk({
    bronnen: process.argv.slice(2).map((bron) => (/^https?:\/\//i.test(bron) ? bron : resolve(map, bron))),
    outDir: folderFromEnv('OUT_DIR', join(PROJECT_ROOT, 'dist-landelijk')),
    ...(vandaag ? { vandaag } : {}),
  });
  process.exitCode = result.code;
}
