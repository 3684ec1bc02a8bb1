// Reading the sources of the national overview: each is a built region site (a folder), its
// monitor.json, or the http(s) address of either. Every source ends as read or as a reason in
// Dutch with the JSON path of the problem; one bad source never stops the others.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MONITOR_JSON_PAD } from '../open-data/export.ts';
import type { MonitorExport } from '../open-data/schema.ts';
import { gepubliceerdeVersies, valideerExport } from './schema-versies.ts';

export interface Ingelezen {
  ok: true;
  /** The source as the user named it. */
  bron: string;
  /** What was read: the file or the URL of monitor.json. */
  adres: string;
  versie: number;
  data: MonitorExport;
  /** The site's address when it was read over http(s): links into the site when regio.yaml names no `site`. */
  siteVanBron?: string;
}

export interface NietIngelezen {
  ok: false;
  bron: string;
  adres: string;
  /** The JSON path of the problem (`$.doelen[3].status`), when the file was JSON. */
  pad?: string;
  reden: string;
}

export type BronResultaat = Ingelezen | NietIngelezen;

/** The problem as the one Dutch line the command prints. */
export function foutRegel(r: NietIngelezen): string {
  return `${r.adres}: ${r.pad ? `${r.pad}: ` : ''}${r.reden}`;
}

const isUrl = (bron: string) => /^https?:\/\//i.test(bron);

/** The address of monitor.json for a source: a folder or a site address gets open-data/monitor.json. */
export function monitorAdres(bron: string): string {
  if (isUrl(bron)) {
    const url = new URL(bron);
    if (!url.pathname.endsWith('.json')) url.pathname = `${url.pathname.replace(/\/?$/, '/')}${MONITOR_JSON_PAD}`;
    return url.href;
  }
  const pad = resolve(bron);
  if (existsSync(pad) && statSync(pad).isDirectory()) {
    // A built site, or the open-data folder copied out of one.
    const inSite = join(pad, MONITOR_JSON_PAD);
    return existsSync(inSite) || !existsSync(join(pad, 'monitor.json')) ? inSite : join(pad, 'monitor.json');
  }
  return pad;
}

/** Line and column of a JSON.parse error, from the position V8 names. */
function jsonPlek(tekst: string, fout: unknown): string {
  if (/end of JSON input/.test(String((fout as Error)?.message))) return ': het bestand houdt te vroeg op (is het helemaal gedownload?)';
  const positie = /position (\d+)/.exec(String((fout as Error)?.message))?.[1];
  if (positie === undefined) return '';
  const voor = tekst.slice(0, Number(positie)).split('\n');
  return ` (regel ${voor.length}, kolom ${voor.at(-1)!.length + 1})`;
}

type Gelezen = { ok: true; tekst: string } | { ok: false; reden: string };

async function haalOp(adres: string, timeoutMs: number): Promise<Gelezen> {
  try {
    const antwoord = await fetch(adres, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    if (!antwoord.ok) return { ok: false, reden: `is niet op te halen: de server antwoordt ${antwoord.status}${antwoord.status === 404 ? ' (niet gevonden)' : ''}` };
    return { ok: true, tekst: await antwoord.text() };
  } catch (fout) {
    const e = fout as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError') return { ok: false, reden: `is niet op te halen: geen antwoord binnen ${Math.round(timeoutMs / 1000)} seconden` };
    return { ok: false, reden: `is niet op te halen: ${e.cause?.code ?? e.message}` };
  }
}

function leesBestand(adres: string): Gelezen {
  if (!existsSync(adres)) {
    return { ok: false, reden: adres.endsWith(MONITOR_JSON_PAD) ? `bestaat niet; is dit de map van een gebouwde site (met ${MONITOR_JSON_PAD})?` : 'bestaat niet' };
  }
  try {
    return { ok: true, tekst: readFileSync(adres, 'utf8') };
  } catch (fout) {
    return { ok: false, reden: `is niet te lezen (${(fout as NodeJS.ErrnoException).code ?? String(fout)})` };
  }
}

export interface LeesOpties {
  /** The published schema versions (default: the committed schemas). */
  versies?: readonly number[];
  /** Time for one download. */
  timeoutMs?: number;
}

/** Reads and validates one source. */
export async function leesBron(bron: string, opties: LeesOpties = {}): Promise<BronResultaat> {
  const adres = monitorAdres(bron);
  const gelezen = isUrl(adres) ? await haalOp(adres, opties.timeoutMs ?? 30_000) : leesBestand(adres);
  if (!gelezen.ok) return { ok: false, bron, adres, reden: gelezen.reden };
  let json: unknown;
  try {
    json = JSON.parse(gelezen.tekst.replace(/^\uFEFF/, ''));
  } catch (fout) {
    return { ok: false, bron, adres, reden: `is geen geldige JSON${jsonPlek(gelezen.tekst, fout)}` };
  }
  const v = valideerExport(json, opties.versies ?? gepubliceerdeVersies());
  if (!v.ok) return { ok: false, bron, adres, pad: v.pad, reden: v.reden };
  const siteVanBron = isUrl(adres) && adres.endsWith(`/${MONITOR_JSON_PAD}`) ? adres.slice(0, -MONITOR_JSON_PAD.length) : undefined;
  return { ok: true, bron, adres, versie: v.versie, data: v.data, ...(siteVanBron ? { siteVanBron } : {}) };
}

/** Reads every source, downloads side by side; the results in the order of the sources. */
export async function leesBronnen(bronnen: readonly string[], opties: LeesOpties = {}): Promise<BronResultaat[]> {
  const versies = opties.versies ?? gepubliceerdeVersies();
  return Promise.all(bronnen.map((bron) => leesBron(bron, { ...opties, versies })));
}
