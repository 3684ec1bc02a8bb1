// Reader text: the one place that turns a value into what a reader sees. Numbers with their
// unit and one precision per indicator, small counts as `< 5`, quarters as words in running
// text and as codes in tables, status words, and the marks the site uses (explained on
// /methode/#tekens). Pages, charts, tables, downloads and the PDF take their words from here;
// format.ts below it only wraps Intl.
import type { AanbevelingStatus, Eenheid, Kwartaal, Status, VoortgangStatus } from './types.ts';
import { formatDatum, formatGetal, formatGetalVoor, formatVerschil, formatWaarde } from './format.ts';
import type { FormatOpties, VerschilOpties } from './format.ts';
import { isOnderdrukt } from './suppress.ts';
import { kwartaalLang } from './quarters.ts';
import { aanbevelingBetekenis, statusLabel, voortgangBetekenis } from './status-vocabulaire.ts';

// ---- Quarters -------------------------------------------------------------------------------

/** Running text: `2e kwartaal 2026` (CONVENTIONS.md). */
export function kwartaalTekst(k: Kwartaal): string {
  return kwartaalLang(k);
}

/** Running text after "in": `in het 2e kwartaal 2026`. */
export function inKwartaal(k: Kwartaal): string {
  return `in het ${kwartaalLang(k)}`;
}

/** Tables, charts and ids: `2026-Q2`, the canonical code. */
export function kwartaalCode(k: Kwartaal): string {
  return k;
}

/** An activity's period in words: `1e kwartaal 2025 tot en met 4e kwartaal 2026`, `vanaf het 3e kwartaal 2025`, `doorlopend`. */
export function periodeTekst(a: { start?: Kwartaal; eind?: Kwartaal }): string {
  if (a.start && a.eind) return `${kwartaalLang(a.start)} tot en met ${kwartaalLang(a.eind)}`;
  if (a.start) return `vanaf het ${kwartaalLang(a.start)}`;
  if (a.eind) return `tot en met het ${kwartaalLang(a.eind)}`;
  return 'doorlopend';
}

/** A date: `2025-07-10` → `10 juli 2025`. */
export function datumTekst(iso: string): string {
  return formatDatum(iso);
}

// ---- Status words ---------------------------------------------------------------------------

/** The word for a goal's or indicator's status: `op koers`, never the slug `op-koers`. */
export function statusWoord(status: Status): string {
  return statusLabel(status);
}

export function voortgangWoord(status: VoortgangStatus): string {
  return voortgangBetekenis(status).label;
}

export function aanbevelingWoord(status: AanbevelingStatus): string {
  return aanbevelingBetekenis(status).label;
}

// ---- Marks (verklaring van tekens) ----------------------------------------------------------

/** Where the marks are explained: a section of /methode/ (path below the site's base). */
export const TEKENS_PAD = 'methode/#tekens';

/** A derived figure not shown because it would reveal a small count (as CBS writes it). */
export const TEKEN_VERBORGEN = 'x';
/** No value: no measurement, or not applicable. */
export const TEKEN_GEEN = '–';

/** `< 5`: a count of persons from 1 up to the threshold. */
export function onderdruktTekst(drempel: number): string {
  return `< ${drempel}`;
}

export interface Teken {
  teken: string;
  betekenis: string;
}

/** Every mark the site may show, with its meaning in one B1 sentence; the order of the explanation. */
export function tekens(drempel: number): Teken[] {
  return [
    ...(drempel > 0 ? [{ teken: onderdruktTekst(drempel), betekenis: `Minder dan ${drempel} personen. Het precieze aantal tonen we niet, zodat niemand herkenbaar is.` }] : []),
    ...(drempel > 0 ? [{ teken: TEKEN_VERBORGEN, betekenis: `Dit getal tonen we niet. Met dit getal kunt u een aantal van minder dan ${drempel} personen terugrekenen.` }] : []),
    { teken: TEKEN_GEEN, betekenis: 'Er is geen waarde: er is (nog) niet gemeten, of het getal hoort hier niet.' },
  ];
}

/**
 * The one note beside a table, chart or list that shows a small count: the same words
 * everywhere. Pages add a link to the verklaring van tekens after it.
 */
export function onderdruktUitleg(drempel: number): string {
  return `Een aantal van minder dan ${drempel} personen tonen we als “< ${drempel}”, zodat niemand herkenbaar is.`;
}

/** The note when a derived figure is hidden (a path, a difference): `x` in the table. */
export function verborgenUitleg(drempel: number): string {
  return `Getallen waarmee u een aantal van minder dan ${drempel} personen kunt terugrekenen, tonen we niet (“${TEKEN_VERBORGEN}”).`;
}

/** True when a text a page shows holds the small-count mark (the page then links to the explanation). */
export function heeftKleinAantal(tekst: string, drempel: number): boolean {
  return drempel > 0 && tekst.includes(onderdruktTekst(drempel));
}

// ---- Numbers --------------------------------------------------------------------------------

export const GEEN_WAARDE = 'geen waarde';

/** Decimals at most a unit shows: whole euros and persons, one decimal for the rest. */
function maxDecimalen(eenheid: Eenheid): number {
  return eenheid === 'euro' ? 0 : 1;
}

/**
 * One precision for an indicator, from all its own numbers (baseline, target, measurements):
 * one decimal when any of them needs it, else none. Every value of the indicator (and the
 * path, differences and margin) is then written with it, so a figure reads the same in the
 * sentence, the table and the chart: `15,0%` everywhere or `15%` everywhere, never both. A
 * path between whole numbers is rounded too (`€ 214.286`, not `€ 214.285,71`).
 */
export function indicatorDecimalen(eenheid: Eenheid, waarden: Iterable<number | null>): number {
  const max = maxDecimalen(eenheid);
  if (max === 0) return 0;
  for (const v of waarden) {
    if (v !== null && Number.isFinite(v) && Math.round(Math.abs(v) * 10) % 10 !== 0) return max;
  }
  return 0;
}

/** Rounds to the indicator's precision (path values in charts and downloads). */
export function afgerond(value: number, decimalen: number): number {
  const f = 10 ** decimalen;
  return Math.round(value * f) / f;
}

/** The value with its unit, `< 5 personen` when suppressed; null → `geen waarde`. */
export function toonWaarde(value: number | null, eenheid: Eenheid, drempel: number, opties: FormatOpties = {}): string {
  if (value === null) return GEEN_WAARDE;
  if (isOnderdrukt(value, eenheid, drempel)) return `${onderdruktTekst(drempel)} personen`;
  return formatWaarde(value, eenheid, opties);
}

/** Like toonWaarde without the unit word, for a table whose header names the unit: `< 5`, `82,5`; null → `–`. */
export function toonGetal(value: number | null, eenheid: Eenheid, drempel: number, opties: FormatOpties = {}): string {
  if (value === null) return TEKEN_GEEN;
  if (isOnderdrukt(value, eenheid, drempel)) return onderdruktTekst(drempel);
  return formatGetalVoor(value, eenheid, opties);
}

/**
 * The signed difference b − a, or null when either side is missing or suppressed:
 * a difference next to one published value would reveal the suppressed one.
 */
export function toonVerschil(a: number | null, b: number | null, eenheid: Eenheid, drempel: number, opties: FormatOpties = {}): string | null {
  if (a === null || b === null) return null;
  if (isOnderdrukt(a, eenheid, drempel) || isOnderdrukt(b, eenheid, drempel)) return null;
  return formatVerschil(b - a, eenheid, opties);
}

/** A share written as a percentage of a fraction, for settings such as the tolerance: `0.1` → `10%`. */
export function procentTekst(fractie: number): string {
  return `${formatGetal(fractie * 100, 1)}%`;
}

/** A difference or distance with its unit (`1,3 procentpunt`, `€ 30.000`); callers decide whether it may be shown. */
export function verschilTekst(delta: number, eenheid: Eenheid, opties: VerschilOpties = {}): string {
  return formatVerschil(delta, eenheid, opties);
}
