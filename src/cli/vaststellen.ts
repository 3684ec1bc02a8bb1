// `npm run vaststellen -- <kwartaal> [--datum JJJJ-MM-DD] [--herzien "<reden>"]`: record that the
// bestuurlijk platform approved a quarter and freeze its report. Order of writing, so that an
// interruption always leaves a state the next run completes: (1) `vastgesteld` into the MDX (an
// approved quarter without snapshot renders from today's data and a second run freezes it),
// (2) the snapshot JSON (with --herzien the previous version is first kept as `<k>.vN.json`),
// (3) the PDF beside it (a missing PDF is a warning of the check; a run without options makes
// only the PDF). Every file is written through a temporary file and a rename.
import { enableCompileCache } from 'node:module';
import { existsSync, linkSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserKeuze } from './browser.ts';
import type { Melding } from '../lib/meldingen/index.ts';
import type { Problem } from '../lib/types.ts';

export interface VaststellenOpties {
  /** The region folder (absolute). */
  dir: string;
  /** The command line after `--`. */
  args: string[];
  /** Today (JJJJ-MM-DD) in the Netherlands; default the real today. */
  vandaag?: string;
  /** Which browser prints the PDF; default the user's own (kiesBrowser). */
  browser?: () => BrowserKeuze;
}

export interface VaststellenUitkomst {
  code: 0 | 1;
  /** Lines for standard output (what was written). */
  uit: string[];
  /** Lines for standard error (problems, refusals, the missing PDF). */
  fout: string[];
}

export async function vaststellen(opties: VaststellenOpties): Promise<VaststellenUitkomst> {
  const { formatProblem, hasErrors, sortProblems } = await import('../lib/problems.ts');
  const { leesVaststelArgumenten, metVastgesteld, nieuweMomentopname } = await import('../lib/vaststellen.ts');
  const { vandaagInNederland } = await import('../lib/read-region.ts');
  const { buildMonitor } = await import('../lib/model.ts');
  const { loadMonitor } = await import('../lib/load.ts');
  const { kwartaalIndex, kwartaalSlug } = await import('../lib/quarters.ts');
  const { momentopnameJson, snapshotPad, verschillen } = await import('../lib/snapshot.ts');
  const { actueelRapport } = await import('../lib/paginas/kwartaal.ts');
  const { schrijf } = await import('../lib/kwartaal-voorbereiden.ts');
  const { check } = await import('./check.ts');
  const { PROJECT_ROOT } = await import('./common.ts');
  const { melding } = await import('../lib/meldingen/index.ts');
  const { NIETS_GESCHREVEN: NIETS } = await import('../lib/meldingen/soort.ts');

  const uit: string[] = [];
  const fout: string[] = [];
  const weiger = (...regels: string[]): VaststellenUitkomst => ({ code: 1, uit, fout: [...fout, ...regels] });
  const regels = (problems: Problem[]) => sortProblems(problems).map(formatProblem);
  /** The catalogue's line, after the file (and line) it is about. */
  const regel = (m: Melding, plek?: string) => `${plek ? `${plek}: ` : ''}${m.message}`;
  /** A refusal: that line, and that nothing was written. */
  const nee = (m: Melding, plek?: string) => `${regel(m, plek)} ${NIETS}`;

  const gelezen = leesVaststelArgumenten(opties.args);
  if (!gelezen.ok) return weiger(`${gelezen.melding} ${NIETS}`);
  const { kwartaal, herzien } = gelezen.opdracht;
  const vandaag = opties.vandaag ?? vandaagInNederland();
  const datum = gelezen.opdracht.datum ?? vandaag;
  if (datum > vandaag) return weiger(nee(melding('vaststellen.datum-na-vandaag', { datum, vandaag })));

  const { monitor, problems } = await check({ dir: opties.dir, vandaag });
  if (!monitor || hasErrors(problems)) return weiger(...regels(problems.filter((p) => p.severity === 'fout')), nee(melding('vaststellen.regio-fouten')));
  const data = monitor.data;
  const slug = kwartaalSlug(kwartaal);
  const bestand = data.kwartalen.find((k) => k.kwartaal === kwartaal);
  if (!bestand) return weiger(nee(melding('vaststellen.geen-kwartaalbestand', { slug, kwartaal })));
  const concept = data.kwartalen.find((k) => kwartaalIndex(k.kwartaal) < kwartaalIndex(kwartaal) && !k.vastgesteld);
  if (concept) return weiger(nee(melding('vaststellen.eerder-concept', { kwartaal: concept.kwartaal }), concept.file));
  if (bestand.vastgesteld && gelezen.opdracht.datum && gelezen.opdracht.datum !== bestand.vastgesteld && !herzien) {
    return weiger(nee(melding('vaststellen.datum-staat-al', { datum: bestand.vastgesteld }), `${bestand.file}:${bestand.vastgesteldRegel ?? 1}`));
  }
  const versies = data.momentopnamen.filter((b) => b.momentopname.kwartaal === kwartaal);
  const huidig = versies.find((b) => b.huidig);
  const jsonPad = snapshotPad(kwartaal);
  const pdfPad = snapshotPad(kwartaal, undefined, 'pdf');
  const kies = opties.browser ?? (await import('./browser.ts')).kiesBrowser;

  /** Prints the frozen report (read back from the region folder) into data/snapshots/<k>.pdf. */
  const maakPdf = async (): Promise<boolean> => {
    const browser = kies();
    if (!browser.ok) {
      fout.push(regel(melding('vaststellen.pdf-geen-browser', { reden: browser.melding, kwartaal }), pdfPad));
      return true;
    }
    const publiek = loadMonitor(opties.dir, 'publicatie', { vandaag });
    if (!publiek.monitor) {
      fout.push(...regels(publiek.problems.filter((p) => p.severity === 'fout')), regel(melding('vaststellen.pdf-niet-gemaakt'), pdfPad));
      return false;
    }
    const { applySiteBase } = await import('./common.ts');
    const basis = applySiteBase(publiek.monitor.regio);
    if (basis) {
      fout.push(formatProblem(basis), regel(melding('vaststellen.pdf-niet-gemaakt'), pdfPad));
      return false;
    }
    try {
      const { maakRapportPdf } = await import('./pdf/maak.ts');
      const pdf = await maakRapportPdf({ regioDir: opties.dir, monitor: publiek.monitor, modus: 'publicatie', kwartaal, browserPad: browser.pad });
      schrijf(opties.dir, [{ file: pdfPad, bytes: pdf.bytes, nieuw: !existsSync(join(opties.dir, pdfPad)) }], 'vaststellen');
      uit.push(`${pdfPad}: PDF "${pdf.titel}" geschreven (${pdf.paginas} ${pdf.paginas === 1 ? 'pagina' : "pagina's"} A4).`);
      return true;
    } catch (error) {
      fout.push(regel(melding('vaststellen.pdf-mislukt', { reden: error instanceof Error ? error.message : String(error), kwartaal }), pdfPad));
      return false;
    }
  };

  if (huidig && !herzien) {
    // Frozen already; the one thing a plain run still does is make a PDF that is missing.
    if (!huidig.pdf && !gelezen.opdracht.datum) {
      const browser = kies();
      if (!browser.ok) return weiger(`${pdfPad}: ${browser.melding} ${NIETS}`);
      if (!(await maakPdf())) return weiger();
      uit.push(`${kwartaal} was al bevroren (versie ${huidig.momentopname.versie}); alleen de ontbrekende PDF is gemaakt.`);
      return { code: 0, uit, fout };
    }
    return weiger(nee(melding('vaststellen.al-bevroren', { kwartaal, versie: huidig.momentopname.versie }), huidig.file));
  }
  if (herzien && !huidig) return weiger(nee(melding('vaststellen.herzien-niet-bevroren', { kwartaal })));

  // The report as the site would publish it once approved: the public model with this quarter's
  // date set, computed before anything is written.
  const vastgesteld = bestand.vastgesteld ?? datum;
  const publicatieProblemen: Problem[] = [];
  const publiek = buildMonitor({ ...data, kwartalen: data.kwartalen.map((k) => (k === bestand ? { ...k, vastgesteld } : k)) }, 'publicatie', publicatieProblemen);
  if (!publiek || hasErrors(publicatieProblemen)) return weiger(...regels(publicatieProblemen), nee(melding('vaststellen.site-kan-niet-publiceren', { kwartaal })));
  const rapport = actueelRapport(publiek, kwartaal);
  if (huidig && verschillen(huidig.momentopname.rapport, rapport).length === 0 && momentopnameJson({ ...huidig.momentopname, rapport }) === momentopnameJson(huidig.momentopname)) {
    return weiger(nee(melding('vaststellen.niets-te-herzien', { kwartaal, versie: huidig.momentopname.versie })));
  }
  const versie = huidig ? huidig.momentopname.versie + 1 : 1;
  const toolVersie = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const momentopname = nieuweMomentopname({ rapport, versie, vastgesteld, toolVersie, ...(herzien ? { herziening: { datum, reden: herzien } } : {}) });

  try {
    // (1) The approval date, if the MDX does not have it yet.
    if (!bestand.vastgesteld) {
      const bytes = metVastgesteld(readFileSync(join(opties.dir, bestand.file)), vastgesteld);
      if (!bytes) return weiger(nee(melding('vaststellen.geen-frontmatter'), `${bestand.file}:1`));
      schrijf(opties.dir, [{ file: bestand.file, bytes, nieuw: false }], 'vaststellen');
      uit.push(`${bestand.file}: "vastgesteld: ${vastgesteld}" toegevoegd.`);
    }
    // (2) Keep the previous version under its own name (a link: never over an existing file;
    // an identical one left by an interrupted run is fine), then write the new one.
    if (huidig) {
      for (const [van, naar] of [[jsonPad, snapshotPad(kwartaal, huidig.momentopname.versie)], ...(huidig.pdf ? [[pdfPad, snapshotPad(kwartaal, huidig.momentopname.versie, 'pdf')]] : [])]) {
        const doel = join(opties.dir, naar);
        if (!existsSync(doel) || !readFileSync(doel).equals(readFileSync(join(opties.dir, van)))) linkSync(join(opties.dir, van), doel);
        uit.push(`${naar}: versie ${huidig.momentopname.versie} bewaard.`);
      }
    }
    schrijf(opties.dir, [{ file: jsonPad, bytes: new TextEncoder().encode(momentopnameJson(momentopname)), nieuw: !huidig }], 'vaststellen');
    // The previous PDF lives on as <k>.vN.pdf; the new version's PDF follows.
    if (huidig?.pdf) unlinkSync(join(opties.dir, pdfPad));
    uit.push(`${jsonPad}: momentopname geschreven (versie ${versie}${herzien ? `, herzien: ${herzien}` : ''}).`);
  } catch (error) {
    const { code, bestand: file } = error as { code?: string; bestand?: string };
    return weiger(regel(melding('vaststellen.schrijven-mislukt', { code: code ?? String(error), kwartaal, herzien: Boolean(herzien) }), file ?? jsonPad));
  }
  // (3) The PDF of the frozen report.
  const pdfGelukt = await maakPdf();
  uit.push(`${kwartaal} is ${herzien ? `herzien (versie ${versie})` : 'vastgesteld en bevroren'}. Bouw en publiceer de site met npm run build.`);
  return { code: pdfGelukt ? 0 : 1, uit, fout };
}

if (import.meta.main) {
  enableCompileCache?.();
  const { readOptionsFromEnv, regioFromEnv } = await import('./common.ts');
  const uitkomst = await vaststellen({ dir: regioFromEnv(), args: process.argv.slice(2), ...readOptionsFromEnv() });
  if (uitkomst.uit.length > 0) process.stdout.write(`${uitkomst.uit.join('\n')}\n`);
  if (uitkomst.fout.length > 0) process.stderr.write(`${uitkomst.fout.join('\n')}\n`);
  // The PDF build keeps Astro's timers and the build lock until the process ends.
  process.exit(uitkomst.code);
}
