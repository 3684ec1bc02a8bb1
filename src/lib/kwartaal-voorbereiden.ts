// Preparing the next quarter (`npm run nieuw-kwartaal`): a concept quarter file and the rows
// the programmabureau fills in, appended to each CSV file in its own dialect. Everything is
// computed and encoded first; only then is anything written, CSV files first and the quarter
// file last, so an interrupted run can simply be run again (rows already there are skipped).
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { decodeBytes, parseCsvBytes, parseCsvText } from './csv.ts';
import { appendRows, detectDialect, EXCEL_DIALECT, NietCodeerbaar, newCsvFile, type CsvDialect } from './csv-dialect.ts';
import { CSV_BESTANDEN, type RegionData } from './read-region.ts';
import { kwartaalIndex, kwartaalLang, kwartaalSlug, volgendKwartaal } from './quarters.ts';
import { melding, type Melding } from './meldingen/index.ts';
import { NIETS_GESCHREVEN } from './meldingen/soort.ts';
import type { Kwartaal } from './types.ts';

/** A refusal: the catalogue's line after the file it is about, and that nothing was written. */
const weigering = (m: Melding, file?: string): Weigering => ({ weigering: `${file ? `${file}: ` : ''}${m.message} ${NIETS_GESCHREVEN}` });

/** The rows to add to one CSV file, by contract column name. */
export interface CsvToevoeging {
  naam: 'metingen.csv' | 'beoordelingen.csv' | 'voortgang.csv' | 'uitgaven.csv';
  rijen: Record<string, string>[];
  /** Records that already have a row for this quarter (left alone). */
  overgeslagen: number;
}

export interface KwartaalPlan {
  kwartaal: Kwartaal;
  /** content/kwartalen/<jjjj-qn>.mdx */
  mdxFile: string;
  mdxText: string;
  csv: CsvToevoeging[];
}

/** A refusal: one Dutch line, nothing written. */
export interface Weigering {
  weigering: string;
}

const idx = kwartaalIndex;

/**
 * Whether an indicator is measured in quarter `k`: after its baseline quarter, up to its
 * target quarter or, when the goal runs longer, the goal's eind_kwartaal (a target reached
 * early is still followed until the goal ends).
 */
export function indicatorLoopt(indicator: { nulmetingKwartaal: Kwartaal; streefKwartaal: Kwartaal }, doelEind: Kwartaal | undefined, k: Kwartaal): boolean {
  const tot = Math.max(idx(indicator.streefKwartaal), doelEind ? idx(doelEind) : 0);
  return idx(indicator.nulmetingKwartaal) < idx(k) && idx(k) <= tot;
}

/** Whether an activity runs in `k`, as the quarter report decides it: a missing start or eind is open. */
export function activiteitLoopt(a: { start?: Kwartaal; eind?: Kwartaal }, k: Kwartaal): boolean {
  return (!a.start || idx(a.start) <= idx(k)) && (!a.eind || idx(a.eind) >= idx(k));
}

/** The rows to fill in for quarter `k`, per file; records that already have a row for `k` are skipped. */
export function rijenVoorKwartaal(data: RegionData, k: Kwartaal): CsvToevoeging[] {
  const doelEind = new Map(data.doelen.map((d) => [d.id, d.eindKwartaal]));
  const heeft = <T extends { kwartaal: Kwartaal }>(items: T[], key: (item: T) => string) => new Set(items.filter((i) => i.kwartaal === k).map(key));

  const metingen: CsvToevoeging = { naam: 'metingen.csv', rijen: [], overgeslagen: 0 };
  const gemeten = heeft(data.metingen, (m) => m.indicator);
  for (const indicator of data.indicatoren) {
    if (!indicatorLoopt(indicator, doelEind.get(indicator.doel), k)) continue;
    if (gemeten.has(indicator.id)) {
      metingen.overgeslagen++;
      continue;
    }
    // The source rarely changes between quarters: the latest one named, else the indicator's.
    const vorige = data.metingen.filter((m) => m.indicator === indicator.id && m.bron && idx(m.kwartaal) < idx(k)).sort((a, b) => idx(a.kwartaal) - idx(b.kwartaal)).at(-1);
    metingen.rijen.push({ indicator: indicator.id, kwartaal: k, waarde: '', bron: vorige?.bron ?? indicator.bron ?? '' });
  }

  const beoordelingen: CsvToevoeging = { naam: 'beoordelingen.csv', rijen: [], overgeslagen: 0 };
  const beoordeeld = heeft(data.beoordelingen, (b) => b.doel);
  for (const doel of data.doelen) {
    // A goal that ended before this quarter is not judged any more.
    if (doel.eindKwartaal && idx(doel.eindKwartaal) < idx(k)) continue;
    if (beoordeeld.has(doel.id)) beoordelingen.overgeslagen++;
    else beoordelingen.rijen.push({ doel: doel.id, kwartaal: k, status: '', toelichting: '', bijsturing: '' });
  }

  const voortgang: CsvToevoeging = { naam: 'voortgang.csv', rijen: [], overgeslagen: 0 };
  const gemeld = heeft(data.voortgang, (v) => v.activiteit);
  for (const activiteit of data.activiteiten) {
    if (!activiteitLoopt(activiteit, k)) continue;
    if (gemeld.has(activiteit.id)) {
      voortgang.overgeslagen++;
      continue;
    }
    // status is required: the last reported one stands until the author changes it.
    const vorige = data.voortgang.filter((v) => v.activiteit === activiteit.id && idx(v.kwartaal) < idx(k)).sort((a, b) => idx(a.kwartaal) - idx(b.kwartaal)).at(-1);
    voortgang.rijen.push({ activiteit: activiteit.id, kwartaal: k, status: vorige?.status ?? 'gepland', toelichting: '' });
  }

  const uitgaven: CsvToevoeging = { naam: 'uitgaven.csv', rijen: [], overgeslagen: 0 };
  const besteed = heeft(data.uitgaven, (u) => u.lijn);
  for (const lijn of data.lijnen) {
    // bedrag is required; rows of one line and quarter add up, so a forgotten 0 changes no total.
    if (besteed.has(lijn.id)) uitgaven.overgeslagen++;
    else uitgaven.rijen.push({ lijn: lijn.id, kwartaal: k, bedrag: '0' });
  }
  return [metingen, beoordelingen, voortgang, uitgaven];
}

const ORDINALEN = ['eerste', 'tweede', 'derde', 'vierde'];

/** The previous report's title with its quarter replaced ("Voortgang derde kwartaal 2026" → "Voortgang vierde kwartaal 2026"). */
export function volgendeTitel(vorige: string | undefined, k: Kwartaal): string {
  const n = Number(k.slice(6, 7));
  const match = vorige ? /\b(eerste|tweede|derde|vierde|[1-4]e)(\s+kwartaal\s+)\d{4}\b/i.exec(vorige) : null;
  if (!vorige || !match) return `Voortgang ${kwartaalLang(k)}`;
  const woord = match[1];
  let nieuw = /^\d/.test(woord) ? `${n}e` : ORDINALEN[n - 1];
  if (woord === woord.toUpperCase() && /^\D/.test(woord)) nieuw = nieuw.toUpperCase();
  else if (/^[A-Z]/.test(woord)) nieuw = nieuw[0].toUpperCase() + nieuw.slice(1);
  return vorige.slice(0, match.index) + nieuw + match[2] + k.slice(0, 4) + vorige.slice(match.index + match[0].length);
}

/** The report's section headings: the `##` headings of the previous report, else the example's. */
export function koppenVan(vorigeTekst: string | undefined): string[] {
  const koppen: string[] = [];
  let inCode = false;
  const body = vorigeTekst?.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '') ?? '';
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const kop = !inCode && /^##[ \t]+(.+?)[ \t#]*$/.exec(line);
    if (kop) koppen.push(kop[1]);
  }
  return koppen.length > 0 ? koppen : ['Hoogtepunten', 'Wat goed gaat', 'Wat achterblijft', 'Voorstellen voor het bestuurlijk platform'];
}

export const SAMENVATTING_IN_TE_VULLEN = 'Nog in te vullen: vat in twee of drie korte zinnen samen wat dit kwartaal opleverde.';

/** The concept quarter file: frontmatter without vastgesteld, then the section headings. */
export function kwartaalTekst(k: Kwartaal, vorige?: { titel?: string; tekst: string }): string {
  const ending = vorige?.tekst.includes('\r\n') ? '\r\n' : '\n';
  const frontmatter = stringify({ kwartaal: k, titel: volgendeTitel(vorige?.titel, k), samenvatting: SAMENVATTING_IN_TE_VULLEN }, { lineWidth: 0 });
  const koppen = koppenVan(vorige?.tekst).map((kop) => `## ${kop}\n`).join('\n');
  return `---\n${frontmatter}---\n\n${koppen}`.replace(/\n/g, ending);
}

/** What to do for quarter `k`, or why not: an existing file, a quarter in the past, or a gap. */
export function planKwartaal(dir: string, data: RegionData, k: Kwartaal): KwartaalPlan | Weigering {
  const mdxFile = `content/kwartalen/${kwartaalSlug(k)}.mdx`;
  const map = join(dir, 'content/kwartalen');
  const bestaand = existsSync(map) ? readdirSync(map).find((n) => n.toLowerCase() === `${kwartaalSlug(k)}.mdx`) : undefined;
  if (bestaand || data.kwartalen.some((q) => q.kwartaal === k)) {
    return weigering(melding('nieuw-kwartaal.bestaat-al'), `content/kwartalen/${bestaand ?? `${kwartaalSlug(k)}.mdx`}`);
  }
  const laatste = data.kwartalen.at(-1);
  if (laatste && idx(k) < idx(laatste.kwartaal)) {
    return weigering(melding('nieuw-kwartaal.voor-laatste', { kwartaal: k, laatste: laatste.file, volgend: volgendKwartaal(laatste.kwartaal) }));
  }
  if (laatste && idx(k) > idx(volgendKwartaal(laatste.kwartaal))) {
    return weigering(melding('nieuw-kwartaal.sluit-niet-aan', { kwartaal: k, laatste: laatste.file, volgend: volgendKwartaal(laatste.kwartaal) }));
  }
  const vorige = laatste ? { titel: laatste.titel, tekst: readFileSync(join(dir, laatste.file), 'utf8') } : undefined;
  return { kwartaal: k, mdxFile, mdxText: kwartaalTekst(k, vorige), csv: rijenVoorKwartaal(data, k) };
}

/** One file to write: its new bytes (for a CSV file the old bytes plus the new rows). */
export interface TeSchrijven {
  file: string;
  bytes: Uint8Array;
  nieuw: boolean;
}

/** The CSV files' dialect for a file that does not exist yet: that of doelen.csv (always there), else Dutch Excel's. */
function dialectVoorNieuwBestand(dir: string): CsvDialect {
  const doelen = join(dir, 'data/doelen.csv');
  return existsSync(doelen) ? { ...detectDialect(readFileSync(doelen)), endsWithNewline: true } : EXCEL_DIALECT;
}

/** Encodes every change in its file's dialect; a character the file's encoding lacks is a refusal. */
export function bytesVoorPlan(dir: string, plan: KwartaalPlan): TeSchrijven[] | Weigering {
  const out: TeSchrijven[] = [];
  for (const { naam, rijen } of plan.csv) {
    if (rijen.length === 0) continue;
    const file = `data/${naam}`;
    const path = join(dir, file);
    const spec = CSV_BESTANDEN[naam];
    try {
      if (!existsSync(path)) {
        const header = [...spec.required, ...spec.optional];
        out.push({ file, nieuw: true, bytes: newCsvFile(header, rijen.map((r) => header.map((h) => r[h] ?? '')), dialectVoorNieuwBestand(dir)) });
        continue;
      }
      const bytes = readFileSync(path);
      const headers = parseCsvText(file, decodeBytes(bytes).text, []).headers;
      // Cells under the file's own columns, in its order; an unknown or repeated column stays empty.
      const cellen = (r: Record<string, string>) => headers.map((h, i) => (headers.indexOf(h) === i ? (r[h] ?? '') : ''));
      const nieuw = appendRows(bytes, rijen.map(cellen));
      controleerTerug(file, nieuw, rijen.map(cellen));
      out.push({ file, nieuw: false, bytes: nieuw });
    } catch (error) {
      if (!(error instanceof NietCodeerbaar)) throw error;
      return weigering(melding('nieuw-kwartaal.windows-1252', { reden: error.message }), file);
    }
  }
  out.push({ file: plan.mdxFile, nieuw: true, bytes: new TextEncoder().encode(plan.mdxText) });
  return out;
}

/** The appended rows must read back as the cells meant; anything else is a bug, never a half-right file. */
function controleerTerug(file: string, bytes: Uint8Array, rijen: string[][]): void {
  const table = parseCsvBytes(file, bytes, []);
  const terug = table.rows.slice(-rijen.length).map((row) => table.headers.map((h, i) => (table.headers.indexOf(h) === i ? (row.cells[h] ?? '') : '')));
  const bedoeld = rijen.map((r) => r.map((c) => c.trim()));
  if (JSON.stringify(terug) !== JSON.stringify(bedoeld)) throw new Error(`${file}: de toegevoegde regels lezen niet terug zoals bedoeld`);
}

/**
 * Writes each file through a temporary file beside it and a rename, so an interruption leaves
 * every file either as it was or complete. New files are never written over an existing one.
 */
export function schrijf(dir: string, bestanden: TeSchrijven[], opdracht = 'nieuw-kwartaal'): void {
  for (const { file, bytes, nieuw } of bestanden) {
    const path = join(dir, file);
    // A region's first quarter may have no content/kwartalen/ yet.
    mkdirSync(dirname(path), { recursive: true });
    const tijdelijk = join(dirname(path), `.${basename(path)}.${process.pid}.${opdracht}`);
    try {
      writeFileSync(tijdelijk, bytes, { flag: 'wx', mode: nieuw ? undefined : statSync(path).mode });
      // A link fails when the name exists: a new file never replaces one made meanwhile.
      if (nieuw) linkSync(tijdelijk, path);
      else renameSync(tijdelijk, path);
    } catch (error) {
      throw Object.assign(error as Error, { bestand: file });
    } finally {
      if (existsSync(tijdelijk)) unlinkSync(tijdelijk);
    }
  }
}

/** The line for a failed write: which file, and that running again is safe. */
export function schrijfFout(error: unknown): string {
  const { code, bestand } = error as { code?: string; bestand?: string };
  return `${bestand ?? 'Schrijven'}: ${melding('nieuw-kwartaal.schrijven-mislukt', { code: code ?? String(error) }).message}`;
}

/** Dutch lines saying what was written and what was skipped. */
export function verslag(plan: KwartaalPlan, bestanden: TeSchrijven[]): string[] {
  const uitleg: Record<CsvToevoeging['naam'], [string, string]> = {
    'metingen.csv': ['indicator', 'vul de waarde in (leeg of n.v.t. als er niet gemeten is)'],
    'beoordelingen.csv': ['doel', 'vul toelichting (check) en bijsturing (act) in, en bij een merkbaar doel de status'],
    'voortgang.csv': ['lopende activiteit', 'de status van het vorige kwartaal staat er al; pas hem aan en vul de toelichting in'],
    'uitgaven.csv': ['lijn', 'het bedrag staat op 0; vul in wat er is uitgegeven'],
  };
  const regels = [`content/kwartalen/${basename(plan.mdxFile)}: aangemaakt als concept (zonder vastgesteld); schrijf de samenvatting en de tekst`];
  for (const { naam, rijen, overgeslagen } of plan.csv) {
    const [wat, hint] = uitleg[naam];
    const file = `data/${naam}`;
    const aangemaakt = bestanden.some((b) => b.file === file && b.nieuw) ? ' (nieuw bestand)' : '';
    if (rijen.length > 0) regels.push(`${file}: ${rijen.length} ${rijen.length === 1 ? 'regel' : 'regels'} toegevoegd${aangemaakt}, één per ${wat}; ${hint}`);
    if (overgeslagen > 0) regels.push(`${file}: ${overgeslagen} ${overgeslagen === 1 ? 'regel' : 'regels'} voor ${plan.kwartaal} stond${overgeslagen === 1 ? '' : 'en'} er al en ${overgeslagen === 1 ? 'is' : 'zijn'} niet aangeraakt`);
  }
  return regels;
}
