// Reads a whole region folder into typed records, checking every rule of the data
// contract (DATA.md) and every cross-reference. All problems are collected; nothing
// stops at the first one.
import { melding, type Melding } from './meldingen/index.ts';
import { existsSync, statSync } from 'node:fs';
import { parseCsvBytes, type CsvTable } from './csv.ts';
import { checkHeader, type ColumnSpec } from './table.ts';
import { parseYamlFields } from './fields.ts';
import { CSV_CONTRACT, DOELVERHAAL, KWARTAAL, LIJN, PAGINA, REGIO } from './contract/index.ts';
import { kolomLijst } from './contract/kolom.ts';
import { leesTabel, leesVelden, standaardRecord } from './contract/lezen.ts';
import { parseMdx, scanMdxBody, MDX_COMPONENTS, type ComponentUse, type MdxFile } from './mdx.ts';
import { contrastOpWit, isSlug, kortId, MAX_ID_LENGTE, parseDatum, toSlug } from './cells.ts';
import { regioBestanden, type RegioBestanden } from './files.ts';
import { controleerTekens, decodeerUtf8, geenTekst } from './text.ts';
import { kwartaalIndex, kwartaalVanDatum, parseKwartaal } from './quarters.ts';
import { leesMomentopnamen, type MomentopnameBestand } from './snapshot.ts';
import {
  NALEVINGSSTATUSSEN,
  THEMAS,
  type Aanbeveling,
  type Activiteit,
  type Begrip,
  type Begrotingsregel,
  type Beoordeling,
  type Doel,
  type Indicator,
  type Kerncijfer,
  type KwartaalBestand,
  type Lijn,
  type Meting,
  type Partij,
  type Nalevingsstatus,
  type Problem,
  type Regio,
  type Source,
  type Uitgave,
  type VerhaalBestand,
  type Voortgang,
} from './types.ts';

/** Everything read from a region folder, before statuses are computed. */
export interface RegionData {
  dir: string;
  regio: Regio;
  lijnen: Lijn[];
  doelen: Doel[];
  indicatoren: Indicator[];
  metingen: Meting[];
  beoordelingen: Beoordeling[];
  activiteiten: Activiteit[];
  voortgang: Voortgang[];
  partijen: Partij[];
  begroting: Begrotingsregel[];
  uitgaven: Uitgave[];
  kerncijfers: Kerncijfer[];
  aanbevelingen: Aanbeveling[];
  begrippen: Begrip[];
  kwartalen: KwartaalBestand[];
  doelVerhalen: VerhaalBestand[];
  paginas: VerhaalBestand[];
  componentGebruik: (ComponentUse & { file: string })[];
  /** The frozen reports of data/snapshots/, every version, oldest quarter and version first. */
  momentopnamen: MomentopnameBestand[];
  /** CSV files whose reading stopped part-way; references into them are not judged. */
  onvolledig: string[];
}

export interface ReadResult {
  data: RegionData;
  problems: Problem[];
}

/** Column lists per CSV file, derived from the declarations (the header check's view). */
export const CSV_BESTANDEN: Record<string, ColumnSpec> = Object.fromEntries(
  Object.entries(CSV_CONTRACT).map(([name, declaratie]) => [name, kolomLijst(declaratie)]),
);


function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Routes of the site itself; an extra page may not take one of these names. */
export const GERESERVEERDE_PAGINAS = [
  'lijnen', 'doelen', 'kwartalen', 'partijen', 'verantwoording', 'kerncijfers', 'begrippen', 'methode',
  'open-data', 'toegankelijkheid', 'zoeken', 'rss.xml', '404', 'pagefind', '_astro', 'downloads',
] as const;

/** Tracks unique keys in one file and reports the second occurrence with both lines. */
function uniqueTracker() {
  const seen = new Map<string, number>();
  return (row: { source: Source; fail(column: string | undefined, m: Melding): void }, key: string, m: (firstLine: number) => Melding, column?: string): boolean => {
    const first = seen.get(key);
    if (first !== undefined) {
      row.fail(column, m(first));
      return false;
    }
    seen.set(key, row.source.line);
    return true;
  };
}

const fout = (problems: Problem[], file: string, line: number | undefined, m: Melding) => problems.push({ ...m, file, line });

/**
 * A text file that is not CSV (regio.yaml, MDX): strict UTF-8, as the build's MDX compiler
 * reads it, without invisible control characters, with LF or CRLF line ends. Undefined
 * when the file cannot be read at all (already reported).
 */
function leesTekst(files: RegioBestanden, file: string, problems: Problem[]): string | undefined {
  const bytes = files.lees(file);
  if (!bytes) return undefined;
  const binair = geenTekst(bytes, false);
  if (binair) {
    fout(problems, file, binair.line, binair.melding);
    return undefined;
  }
  const decoded = decodeerUtf8(bytes);
  let text: string;
  if ('text' in decoded) text = decoded.text;
  else {
    fout(problems, file, decoded.line, decoded.melding);
    text = new TextDecoder('utf-8').decode(bytes);
  }
  controleerTekens(file, text, problems);
  const cr = /\r(?!\n)/.exec(text);
  // The check would read lines that the MDX compiler reads as one (Mac OS 9 line ends).
  if (cr) fout(problems, file, text.slice(0, cr.index).split('\n').length, melding('bestand.alleen-cr'));
  return text;
}

/**
 * The MDX files of content/<sub>/ by name: only `<naam>.mdx` files (lower-case extension), no
 * folder named like one, and no two names that differ only in capitals (on Windows and macOS
 * they are one file; on Linux the site would show one of them, or a quarter twice in the feed).
 */
function mdxNamen(files: RegioBestanden, sub: string, problems: Problem[]): string[] {
  const map = `content/${sub}`;
  if (files.soort(map) === 'bestand') files.verkeerdeSoort(map, 'map', 'maak er een map van met de .mdx-bestanden erin');
  // Names already in lower case first, so a twin in capitals is the one reported.
  const names = files.namen(map).sort((a, b) => Number(a !== a.toLowerCase()) - Number(b !== b.toLowerCase()) || a.localeCompare(b));
  const perNaam = new Map<string, string>();
  const out: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    const file = `${map}/${name}`;
    if (/\.(md|markdown)$/.test(lower)) {
      problems.push({ ...melding('bestand.markdown', { naam: name.replace(/\.[^.]+$/, '') }), file });
    }
    if (!lower.endsWith('.mdx')) continue;
    const soort = files.soort(file);
    if (soort === 'map') files.verkeerdeSoort(file, 'bestand', 'een verhaal is één .mdx-bestand; verwijder de map of geef haar een andere naam');
    if (soort !== 'bestand') continue;
    const twin = perNaam.get(lower);
    if (twin) {
      fout(problems, file, 1, melding('mdx.zelfde-naam', { ander: `${map}/${twin}` }));
      continue;
    }
    if (!name.endsWith('.mdx')) fout(problems, file, 1, melding('mdx.extensie', { voorstel: `${name.slice(0, -4)}.mdx` }));
    perNaam.set(lower, name);
    out.push(name);
  }
  return out.sort();
}

/** A file name that becomes an id and an address (lines, pages): a slug of at most MAX_ID_LENGTE characters. */
function controleerNaam(file: string, name: string, problems: Problem[]): boolean {
  if (!isSlug(name)) {
    fout(problems, file, 1, melding('mdx.bestandsnaam-geen-id', { naam: kortId(name), voorstel: `${kortId(toSlug(name))}.mdx` }));
    return false;
  }
  if (name.length <= MAX_ID_LENGTE) return true;
  fout(problems, file, 1, melding('mdx.bestandsnaam-te-lang', { lengte: name.length, max: MAX_ID_LENGTE }));
  return false;
}

export interface ReadOptions {
  /** Today's date (JJJJ-MM-DD) in the Netherlands; an approval after it is an error. */
  vandaag?: string;
}

/** Today's date in the Netherlands as JJJJ-MM-DD. */
export function vandaagInNederland(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** regio.yaml's defaults, from its declaration. */
function regioStandaard(): Regio {
  const { source: _source, ...regio } = standaardRecord(REGIO);
  return { ...regio, kortenaam: '' };
}

export function readRegion(dir: string, options: ReadOptions = {}): ReadResult {
  const vandaag = options.vandaag ?? vandaagInNederland();
  const problems: Problem[] = [];
  const data: RegionData = {
    dir,
    regio: regioStandaard(),
    lijnen: [], doelen: [], indicatoren: [], metingen: [], beoordelingen: [], activiteiten: [], voortgang: [],
    partijen: [], begroting: [], uitgaven: [], kerncijfers: [], aanbevelingen: [], begrippen: [], kwartalen: [],
    doelVerhalen: [], paginas: [], componentGebruik: [], momentopnamen: [], onvolledig: [],
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({ ...melding('bestand.regiomap-bestaat-niet', { map: dir }), file: '.' });
    return { data, problems };
  }
  const files = regioBestanden(dir, problems);
  for (const sub of ['data', 'content']) {
    const soort = files.soort(sub);
    if (soort === 'geen') problems.push({ ...melding('bestand.map-ontbreekt', { map: sub }), file: `${sub}/` });
    else if (soort === 'bestand') files.verkeerdeSoort(sub, 'map', `de regiomap moet een map ${sub}/ hebben`);
  }

  const mdxFiles = readContent(files, dir, data, problems, vandaag);
  readRegio(files, data, problems);
  data.momentopnamen = leesMomentopnamen(files, data.kwartalen, problems);

  const tables = new Map<string, CsvTable>();
  const namen = files.namen('data');
  for (const name of Object.keys(CSV_BESTANDEN)) {
    const file = `data/${name}`;
    const soort = files.soort(file);
    if (soort === 'geen') {
      const anders = namen.find((n) => n.toLowerCase() === name);
      if (anders) fout(problems, `data/${anders}`, undefined, melding('bestand.hoofdletters', { naam: name }));
      else if (name === 'doelen.csv') problems.push({ ...melding('bestand.verplicht-ontbreekt'), file });
      if (anders) data.onvolledig.push(name);
      continue;
    }
    const bytes = files.lees(file);
    if (!bytes) {
      // Already reported (a folder, a bad link): references into it would only be follow-up errors.
      data.onvolledig.push(name);
      continue;
    }
    const table = parseCsvBytes(file, bytes, problems);
    if (table.incomplete) data.onvolledig.push(name);
    if (table.unreadable) continue;
    checkHeader(table, CSV_BESTANDEN[name], problems);
    if (table.headers.length > 0) tables.set(name, table);
  }
  for (const name of namen.filter((n) => n.toLowerCase().endsWith('.csv'))) {
    if (!(name in CSV_BESTANDEN) && !(name.toLowerCase() in CSV_BESTANDEN)) {
      problems.push({ ...melding('bestand.onbekend', { bekend: Object.keys(CSV_BESTANDEN) }), file: `data/${name}` });
    }
  }

  readRecords(data, (name) => tables.get(name), problems);
  crossReference(data, mdxFiles, problems);
  return { data, problems };
}

function readRegio(files: RegioBestanden, data: RegionData, problems: Problem[]) {
  const file = 'data/regio.yaml';
  if (files.soort(file) === 'geen') {
    problems.push({ ...melding('bestand.verplicht-ontbreekt'), file });
    return;
  }
  const text = leesTekst(files, file, problems);
  const fields = text === undefined ? undefined : parseYamlFields(file, text, problems);
  if (!fields) {
    // Unreadable: its extra_themas are unknown, so theme checks would only report follow-up errors.
    data.onvolledig.push('regio.yaml');
    return;
  }
  const f = leesVelden(REGIO, file, fields, problems);
  const w = f.waarden;
  const regio = data.regio;
  const { source: _source, ...gelezen } = f.record;
  Object.assign(regio, gelezen);
  regio.kortenaam = w.kortenaam ?? regio.naam;
  // Fields with their own rules beside the declaration: only a value that passes them stands.
  const site = w.site;
  regio.site = undefined;
  if (site !== undefined) {
    const url = /^https?:\/\/[^\s/]+/.test(site) ? parseUrl(site) : undefined;
    if (!url) f.fail('site', melding('regio.site-geen-webadres', { site }));
    else if (url.search || url.hash || url.username || url.password) {
      f.fail('site', melding('regio.site-met-extra', { site }));
    } else {
      // A path (https://host/monitor/) is the folder the site lives in: the build uses it as its base path.
      regio.site = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
      regio.sitePad = url.pathname.replace(/\/*$/, '/');
      regio.siteRegel = f.line('site');
    }
  }
  const contact = w.contact;
  regio.contact = undefined;
  if (contact !== undefined) {
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact) || /^https?:\/\//.test(contact)) regio.contact = contact;
    else f.fail('contact', melding('regio.contact', { contact }));
  }
  if (regio.huidigKwartaal) regio.huidigKwartaalRegel = f.line('huidig_kwartaal');
  if (regio.huidigKwartaal && !data.kwartalen.some((k) => k.kwartaal === regio.huidigKwartaal)) {
    f.fail('huidig_kwartaal', melding('regio.huidig-kwartaal-bestand', { kwartaal: regio.huidigKwartaal }));
  }
  for (const thema of regio.extraThemas) {
    if ((THEMAS as readonly string[]).includes(thema)) f.warn('extra_themas', melding('regio.thema-bestaat-al', { thema }));
  }
  const kleur = w.accentkleur;
  regio.accentkleur = undefined;
  if (kleur !== undefined) {
    if (!/^#[0-9a-fA-F]{6}$/.test(kleur)) f.fail('accentkleur', melding('regio.geen-kleur', { kleur }));
    else {
      const contrast = contrastOpWit(kleur);
      if (contrast < 4.5) {
        f.fail('accentkleur', melding('regio.contrast', { kleur, contrast: contrast.toFixed(2).replace('.', ',') }));
      } else regio.accentkleur = kleur.toLowerCase();
    }
  }
  const toegankelijkheid: unknown = w.toegankelijkheid;
  regio.toegankelijkheid = undefined;
  if (toegankelijkheid !== undefined) {
    const line = f.line('toegankelijkheid');
    if (typeof toegankelijkheid !== 'object' || Array.isArray(toegankelijkheid)) {
      f.fail('toegankelijkheid', melding('regio.toegankelijkheid-blok'));
    } else {
      const t = toegankelijkheid as Record<string, unknown>;
      const status = String(t.status ?? '').trim().toUpperCase();
      const fail = (m: Melding) => problems.push({ ...m, file, line, column: 'toegankelijkheid' });
      if (!(NALEVINGSSTATUSSEN as readonly string[]).includes(status)) {
        fail(melding('regio.toegankelijkheid-status', { status: String(t.status ?? ''), keuzes: NALEVINGSSTATUSSEN }));
      } else {
        const entry: NonNullable<Regio['toegankelijkheid']> = { status: status as Nalevingsstatus };
        if (t.datum !== undefined && t.datum !== null) {
          const datum = t.datum instanceof Date ? t.datum.toISOString().slice(0, 10) : String(t.datum);
          const parsed = parseDatum(datum);
          if (!parsed.ok) fail(melding('regio.toegankelijkheid-datum', { fout: parsed.melding.message }));
          else entry.datum = parsed.value;
        }
        if (t.rapport !== undefined && t.rapport !== null) {
          const rapport = String(t.rapport);
          if (!/^https?:\/\//.test(rapport)) fail(melding('regio.toegankelijkheid-rapport', { rapport }));
          else entry.rapport = rapport;
        }
        if ((entry.status === 'A' || entry.status === 'B') && !entry.rapport) {
          problems.push({ ...melding('regio.toegankelijkheid-zonder-rapport', { status: entry.status }), file, line, column: 'toegankelijkheid' });
        }
        regio.toegankelijkheid = entry;
      }
    }
  }
}

function readContent(files: RegioBestanden, dir: string, data: RegionData, problems: Problem[], vandaag: string): MdxFile[] {
  const all: MdxFile[] = [];
  const read = (sub: string) =>
    mdxNamen(files, sub, problems).flatMap((name) => {
      const file = `content/${sub}/${name}`;
      const text = leesTekst(files, file, problems);
      if (text === undefined) return [];
      const mdx = parseMdx(file, text, problems);
      all.push(mdx);
      return [{ name: name.slice(0, -'.mdx'.length), mdx }];
    });

  const lijnFiles = read('lijnen');
  if (lijnFiles.length === 0) {
    problems.push({ ...melding('mdx.geen-lijnen'), file: 'content/lijnen/' });
  } else if (lijnFiles.length > 8) {
    problems.push({ ...melding('mdx.te-veel-lijnen', { aantal: lijnFiles.length }), file: 'content/lijnen/' });
  }
  const volgordes = new Map<number, string>();
  for (const { name, mdx } of lijnFiles) {
    const f = leesVelden(LIJN, mdx.file, mdx.frontmatter, problems, { unreadable: mdx.frontmatterOnleesbaar });
    controleerNaam(mdx.file, name, problems);
    // Without a title or order the line still shows, under its id and last.
    const lijn: Lijn = { ...f.record, id: name, titel: f.waarden.titel ?? name, volgorde: f.waarden.volgorde ?? 99, source: { file: mdx.file, line: 1 } };
    if (mdx.frontmatter.has('volgorde') && volgordes.has(lijn.volgorde)) {
      f.warn('volgorde', melding('mdx.volgorde-dubbel', { volgorde: lijn.volgorde, lijn: volgordes.get(lijn.volgorde) ?? '' }));
    }
    volgordes.set(lijn.volgorde, lijn.id);
    data.lijnen.push(lijn);
  }
  data.lijnen.sort((a, b) => a.volgorde - b.volgorde || a.id.localeCompare(b.id));

  for (const { name, mdx } of read('kwartalen')) {
    const f = leesVelden(KWARTAAL, mdx.file, mdx.frontmatter, problems, { unreadable: mdx.frontmatterOnleesbaar });
    const fromName = /^\d{4}-q[1-4]$/i.test(name) ? parseKwartaal(name) : undefined;
    if (!fromName?.ok) {
      problems.push({ ...melding('mdx.bestandsnaam-geen-kwartaal', { naam: kortId(name) }), file: mdx.file, line: 1 });
    } else if (name !== name.toLowerCase()) {
      // The address of a quarter is /kwartalen/2025-q3/: one spelling for file and address.
      fout(problems, mdx.file, 1, melding('mdx.bestandsnaam-hoofdletters', { naam: `${name}.mdx`, voorstel: `${name.toLowerCase()}.mdx` }));
    }
    const kwartaal = f.waarden.kwartaal;
    if (kwartaal && fromName?.ok && kwartaal !== fromName.value) {
      f.fail('kwartaal', melding('mdx.kwartaal-past-niet', { kwartaal, bestand: `${name}.mdx`, verwacht: fromName.value }));
    }
    const vastgesteld = f.waarden.vastgesteld;
    const k = fromName?.ok ? fromName.value : kwartaal;
    if (!k) continue;
    if (vastgesteld && kwartaalIndex(kwartaalVanDatum(vastgesteld)) <= kwartaalIndex(k)) {
      f.warn('vastgesteld', melding('mdx.vastgesteld-vroeg', { datum: vastgesteld, kwartaal: k }));
    }
    if (vastgesteld && vastgesteld > vandaag) {
      f.fail('vastgesteld', melding('mdx.vastgesteld-na-vandaag', { datum: vastgesteld, vandaag }));
    }
    data.kwartalen.push({
      kwartaal: k, titel: f.waarden.titel, samenvatting: f.record.samenvatting, vastgesteld, file: mdx.file, verhaal: mdx.body,
      ...(vastgesteld ? { vastgesteldRegel: f.line('vastgesteld') } : {}),
    });
  }
  data.kwartalen.sort((a, b) => kwartaalIndex(a.kwartaal) - kwartaalIndex(b.kwartaal));
  // Quarters are approved in order: an approved report after a concept would publish the
  // concept's data (its measurements lie before the approved quarter).
  // A file with a bad name is already reported; it does not count here (no follow-up error).
  const eersteConcept = data.kwartalen.find((k) => !k.vastgesteld && /^\d{4}-q[1-4]\.mdx$/.test(k.file.split('/').pop() ?? ''));
  for (const k of data.kwartalen) {
    if (eersteConcept && k.vastgesteld && kwartaalIndex(k.kwartaal) > kwartaalIndex(eersteConcept.kwartaal)) {
      fout(problems, k.file, k.vastgesteldRegel ?? 1, melding('mdx.eerder-kwartaal-concept', { kwartaal: k.kwartaal, eerder: eersteConcept.kwartaal, bestand: eersteConcept.file }));
    }
  }

  for (const { name, mdx } of read('doelen')) {
    const f = leesVelden(DOELVERHAAL, mdx.file, mdx.frontmatter, problems, { unreadable: mdx.frontmatterOnleesbaar });
    data.doelVerhalen.push({ id: name, titel: f.waarden.titel, file: mdx.file });
  }
  for (const { name, mdx } of read('paginas')) {
    const f = leesVelden(PAGINA, mdx.file, mdx.frontmatter, problems, { unreadable: mdx.frontmatterOnleesbaar });
    if (controleerNaam(mdx.file, name, problems) && (GERESERVEERDE_PAGINAS as readonly string[]).includes(name)) {
      problems.push({ ...melding('mdx.vaste-pagina', { naam: name }), file: mdx.file, line: 1 });
    }
    data.paginas.push({ id: name, titel: f.waarden.titel, file: mdx.file });
  }
  for (const sub of files.namen('content')) {
    if (!['lijnen', 'kwartalen', 'doelen', 'paginas'].includes(sub) && files.soort(`content/${sub}`) === 'map') {
      problems.push({ ...melding('bestand.onbekende-map'), file: `content/${sub}/` });
    }
  }

  for (const mdx of all) {
    for (const use of scanMdxBody(mdx, problems, dir)) data.componentGebruik.push({ ...use, file: mdx.file });
  }
  return all;
}

type TablesOf = (name: keyof typeof CSV_CONTRACT) => CsvTable | undefined;

function readRecords(data: RegionData, tableOf: TablesOf, problems: Problem[]) {
  // Reads a file's rows against its declaration; the checks beside it are the code below.
  const lees = <N extends keyof typeof CSV_CONTRACT>(name: N) => leesTabel(CSV_CONTRACT[name], tableOf(name), problems);
  const unique = () => uniqueTracker();
  const eigenId = (seen: ReturnType<typeof unique>, r: { waarden: { id?: string } } & Parameters<ReturnType<typeof unique>>[0]) => {
    const rawId = r.waarden.id;
    return rawId && seen(r, rawId, (regel) => melding('dubbel.id', { id: rawId, regel }), 'id') ? rawId : undefined;
  };

  let seen = unique();
  for (const r of lees('doelen.csv')) {
    const id = eigenId(seen, r);
    // A wrong soort reads as merkbaar: no follow-up error about a missing indicator.
    const doel: Doel = { ...r.record, id: id ?? '', soort: r.waarden.soort ?? 'merkbaar' };
    if (id) data.doelen.push(doel);
  }

  seen = unique();
  for (const r of lees('indicatoren.csv')) {
    const id = eigenId(seen, r);
    const w = r.waarden;
    const indicator: Indicator = { ...r.record, id: id ?? '' };
    if (w.nulmetingKwartaal && w.streefKwartaal && kwartaalIndex(w.streefKwartaal) <= kwartaalIndex(w.nulmetingKwartaal)) {
      r.fail('streef_kwartaal', melding('cel.streef-voor-nulmeting', { streef: w.streefKwartaal, nulmeting: w.nulmetingKwartaal }));
    }
    if (w.eenheid === 'percentage') {
      for (const [column, value] of [['nulmeting', w.nulmeting], ['streefwaarde', w.streefwaarde]] as const) {
        if (value !== undefined && (value < 0 || value > 100)) r.warn(column, melding('cel.percentage-buiten-bereik', { getal: value }));
      }
    }
    if (id && w.nulmeting !== undefined && w.streefwaarde !== undefined && w.nulmetingKwartaal && w.streefKwartaal) {
      data.indicatoren.push(indicator);
    } else if (id) {
      // Keep the id known so references to it do not produce follow-up errors.
      data.indicatoren.push({ ...indicator, nulmeting: 0, streefwaarde: 0, nulmetingKwartaal: '2000-Q1', streefKwartaal: '2000-Q2' });
    }
  }

  seen = unique();
  for (const r of lees('metingen.csv')) {
    const { indicator, kwartaal, waarde } = r.waarden;
    const uniek = !(indicator && kwartaal) || seen(r, `${indicator}|${kwartaal}`, (regel) => melding('dubbel.meting', { indicator, kwartaal, regel }));
    if (indicator && kwartaal && waarde !== undefined && uniek) data.metingen.push(r.record);
  }

  seen = unique();
  for (const r of lees('beoordelingen.csv')) {
    const { doel, kwartaal } = r.waarden;
    if (doel && kwartaal) seen(r, `${doel}|${kwartaal}`, (regel) => melding('dubbel.beoordeling', { doel, kwartaal, regel }));
    if (doel && kwartaal) data.beoordelingen.push(r.record);
  }

  seen = unique();
  for (const r of lees('activiteiten.csv')) {
    const id = eigenId(seen, r);
    const { start, eind } = r.waarden;
    if (start && eind && kwartaalIndex(eind) < kwartaalIndex(start)) r.fail('eind', melding('cel.eind-voor-start', { eind, start }));
    if (id) data.activiteiten.push({ ...r.record, id });
  }

  seen = unique();
  for (const r of lees('voortgang.csv')) {
    const { activiteit, kwartaal, status } = r.waarden;
    if (activiteit && kwartaal) seen(r, `${activiteit}|${kwartaal}`, (regel) => melding('dubbel.voortgang', { activiteit, kwartaal, regel }));
    if (activiteit && kwartaal && status) data.voortgang.push(r.record);
  }

  seen = unique();
  for (const r of lees('partijen.csv')) {
    const { naam, soort, status } = r.waarden;
    if (naam) seen(r, naam.toLowerCase(), (regel) => melding('dubbel.partij', { naam, regel }), 'naam');
    if (naam && soort && status) data.partijen.push(r.record);
  }

  seen = unique();
  for (const r of lees('begroting.csv')) {
    const { lijn, jaar, bedrag } = r.waarden;
    if (lijn && jaar !== undefined) seen(r, `${lijn}|${jaar}`, (regel) => melding('dubbel.begroting', { lijn, jaar, regel }));
    if (lijn && jaar !== undefined && bedrag !== undefined) data.begroting.push(r.record);
  }

  for (const r of lees('uitgaven.csv')) {
    const { lijn, kwartaal, bedrag } = r.waarden;
    if (lijn && kwartaal && bedrag !== undefined) data.uitgaven.push(r.record);
  }

  seen = unique();
  for (const r of lees('kerncijfers.csv')) {
    const id = eigenId(seen, r);
    const { naam, waarde, peildatum } = r.waarden;
    if (id && naam && waarde !== undefined && peildatum) data.kerncijfers.push({ ...r.record, id });
  }

  seen = unique();
  for (const r of lees('aanbevelingen.csv')) {
    const id = eigenId(seen, r);
    const { aanbeveling, status } = r.waarden;
    if (id && aanbeveling && status) data.aanbevelingen.push({ ...r.record, id });
  }

  seen = unique();
  for (const r of lees('begrippen.csv')) {
    const { term, uitleg } = r.waarden;
    if (term) seen(r, term.toLowerCase(), (regel) => melding('dubbel.begrip', { term, regel }), 'term');
    if (term && uitleg) data.begrippen.push(r.record);
  }
  data.begrippen.sort((a, b) => a.term.localeCompare(b.term, 'nl'));
}

function crossReference(data: RegionData, mdxFiles: MdxFile[], problems: Problem[]) {
  // The catalogue says whether a message is an error or a warning.
  const fail = (source: { file: string; line: number }, column: string | undefined, m: Melding) =>
    problems.push({ ...m, file: source.file, line: source.line, column });
  const warn = fail;

  const lijnen = new Set(data.lijnen.map((l) => l.id));
  const doelen = new Map(data.doelen.map((d) => [d.id, d]));
  const indicatoren = new Set(data.indicatoren.map((i) => i.id));
  const activiteiten = new Set(data.activiteiten.map((a) => a.id));
  const doelenMetIndicator = new Set(data.indicatoren.map((i) => i.doel));
  const themas = new Set<string>([...THEMAS, ...data.regio.extraThemas]);
  // A file that could only be read part-way would make every reference into it look wrong.
  const volledig = (name: string) => !data.onvolledig.includes(name);
  const lijnHint = (lijn: string) => melding('verwijzing.lijn', { lijn, bestaand: [...lijnen] });
  const doelHint = (doel: string) => melding('verwijzing.doel', { doel });

  for (const doel of data.doelen) {
    if (doel.lijn && !lijnen.has(doel.lijn)) fail(doel.source, 'lijn', lijnHint(doel.lijn));
    for (const thema of doel.themas) {
      if (!themas.has(thema) && volledig('regio.yaml')) fail(doel.source, 'themas', melding('verwijzing.thema', { thema }));
    }
    if (doel.soort === 'meetbaar' && volledig('indicatoren.csv') && !doelenMetIndicator.has(doel.id)) {
      fail(doel.source, 'soort', melding('verwijzing.meetbaar-zonder-indicator', { doel: doel.id }));
    }
  }
  for (const indicator of data.indicatoren) {
    const doel = doelen.get(indicator.doel);
    if (indicator.doel && !doel) {
      if (volledig('doelen.csv')) fail(indicator.source, 'doel', doelHint(indicator.doel));
    }
    else if (doel?.soort === 'merkbaar') warn(indicator.source, 'doel', melding('verwijzing.doel-merkbaar', { doel: doel.id }));
  }

  const laatsteKwartaal = data.kwartalen.at(-1)?.kwartaal;
  for (const meting of data.metingen) {
    if (!indicatoren.has(meting.indicator) && volledig('indicatoren.csv')) fail(meting.source, 'indicator', melding('verwijzing.indicator', { indicator: meting.indicator }));
    if (laatsteKwartaal && kwartaalIndex(meting.kwartaal) > kwartaalIndex(laatsteKwartaal)) {
      warn(meting.source, 'kwartaal', melding('verwijzing.meting-na-laatste-kwartaal', { kwartaal: meting.kwartaal, laatste: laatsteKwartaal }));
    }
  }
  for (const beoordeling of data.beoordelingen) {
    const doel = doelen.get(beoordeling.doel);
    if (!doel) {
      if (volledig('doelen.csv')) fail(beoordeling.source, 'doel', doelHint(beoordeling.doel));
    }
    else if (doel.soort === 'meetbaar' && beoordeling.status && !beoordeling.toelichting) {
      fail(beoordeling.source, 'toelichting', melding('verwijzing.meetbaar-zonder-toelichting', { doel: doel.id, status: beoordeling.status }));
    }
  }
  for (const activiteit of data.activiteiten) {
    if (activiteit.lijn && !lijnen.has(activiteit.lijn)) fail(activiteit.source, 'lijn', lijnHint(activiteit.lijn));
    const doel = activiteit.doel ? doelen.get(activiteit.doel) : undefined;
    if (activiteit.doel && !doel) {
      if (volledig('doelen.csv')) fail(activiteit.source, 'doel', doelHint(activiteit.doel));
    }
    else if (doel && lijnen.has(activiteit.lijn) && doel.lijn !== activiteit.lijn) {
      warn(activiteit.source, 'doel', melding('verwijzing.andere-lijn', { doel: doel.id, doelLijn: doel.lijn, lijn: activiteit.lijn }));
    }
  }
  for (const voortgang of data.voortgang) {
    if (!activiteiten.has(voortgang.activiteit) && volledig('activiteiten.csv')) fail(voortgang.source, 'activiteit', melding('verwijzing.activiteit', { activiteit: voortgang.activiteit }));
  }
  for (const regel of [...data.begroting, ...data.uitgaven]) {
    if (!lijnen.has(regel.lijn)) fail(regel.source, 'lijn', lijnHint(regel.lijn));
  }
  for (const aanbeveling of data.aanbevelingen) {
    for (const doel of aanbeveling.doelen) if (!doelen.has(doel) && volledig('doelen.csv')) fail(aanbeveling.source, 'doelen', doelHint(doel));
  }
  // With an unreadable doelen.csv or indicatoren.csv, missing ids are follow-up errors: skip them.
  for (const verhaal of data.doelVerhalen) {
    if (!doelen.has(verhaal.id) && volledig('doelen.csv')) {
      problems.push({ ...melding('verwijzing.doelverhaal', { doel: verhaal.id }), file: verhaal.file, line: 1 });
    }
  }
  for (const use of data.componentGebruik) {
    const bron = use.component === 'DoelStatus' ? 'doelen.csv' : 'indicatoren.csv';
    const known = use.component === 'DoelStatus' ? doelen.has(use.id) : indicatoren.has(use.id);
    if (!known && volledig(bron)) {
      const what = MDX_COMPONENTS[use.component];
      problems.push({ ...melding('verwijzing.component', { component: use.component, attribuut: what, id: use.id, bestand: bron }), file: use.file, line: use.line });
    }
  }
  void mdxFiles;
}
