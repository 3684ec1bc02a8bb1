// Dutch presentation of numbers, units and dates. Always Intl with 'nl-NL'; the only
// touch-up is the real minus sign (U+2212), which Intl writes as a hyphen.
import type { Eenheid } from './types.ts';

export const LOCALE = 'nl-NL';
export const MINTEKEN = '\u2212';

const numberFormats = new Map<string, Intl.NumberFormat>();

type Stijl = 'getal' | 'procent' | 'euro';
type Teken = 'negative' | 'exceptZero';

/**
 * Shared cache: building an Intl.NumberFormat is costly, formatting with one is cheap. The key
 * is a short string, not the options object: this runs for every number of every page.
 */
export function numberFormat(stijl: Stijl, min: number, max: number, teken: Teken = 'negative'): Intl.NumberFormat {
  const key = `${stijl}${min}:${max}${teken}`;
  let format = numberFormats.get(key);
  if (!format) {
    const basis: Intl.NumberFormatOptions = { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: teken };
    format = new Intl.NumberFormat(
      LOCALE,
      stijl === 'procent' ? { ...basis, style: 'unit', unit: 'percent' } : stijl === 'euro' ? { ...basis, style: 'currency', currency: 'EUR' } : basis,
    );
    numberFormats.set(key, format);
  }
  return format;
}

// Formatted numbers per format: the same values come back again and again (targets, path
// values, the latest measurement in every sentence and table), and a Map lookup is far
// cheaper than Intl. Bounded by the distinct numbers of one region.
const formatted = new WeakMap<Intl.NumberFormat, Map<number, string>>();

function withRealMinus(format: Intl.NumberFormat, value: number): string {
  let memo = formatted.get(format);
  if (!memo) formatted.set(format, (memo = new Map()));
  let out = memo.get(value);
  if (out === undefined) {
    // In nl-NL the minus sign is the only hyphen Intl writes (numbers, percentages, euros), so
    // replacing it gives the same as rewriting the minusSign part of formatToParts.
    const text = format.format(value);
    out = text.includes('-') ? text.replace('-', MINTEKEN) : text;
    memo.set(value, out);
  }
  return out;
}

export interface FormatOpties {
  /** Fixed number of decimals (also trailing zeros), e.g. to line up numbers in one sentence. */
  decimalen?: number;
}

/** `1.234,5`; integers without decimals; `−3` with a real minus. */
export function formatGetal(value: number, maxDecimals = 1, minDecimals = 0): string {
  // signDisplay 'negative' keeps a value that rounds to zero from showing as "−0".
  return withRealMinus(numberFormat('getal', Math.min(minDecimals, maxDecimals), maxDecimals), value);
}

/** Decimals a unit shows by default: cents only for non-integer amounts. */
function decimalRange(value: number, eenheid: Eenheid, opties: FormatOpties): [min: number, max: number] {
  if (opties.decimalen !== undefined) return [opties.decimalen, opties.decimalen];
  if (eenheid === 'euro') return Number.isInteger(value) ? [0, 0] : [2, 2];
  return [0, 1];
}

function personenWoord(getal: string): string {
  return getal === '1' ? 'persoon' : 'personen';
}

/** A value with its unit: `82,5%`, `€ 120.000`, `12 personen`, `3,5 fte`, `1.234`, `7,2`. */
export function formatWaarde(value: number, eenheid: Eenheid, opties: FormatOpties = {}): string {
  const [min, max] = decimalRange(value, eenheid, opties);
  switch (eenheid) {
    case 'percentage':
      return withRealMinus(numberFormat('procent', min, max), value);
    case 'euro':
      return withRealMinus(numberFormat('euro', min, max), value);
    case 'personen': {
      const getal = formatGetal(value, max, min);
      return `${getal} ${personenWoord(getal)}`;
    }
    case 'fte':
      return `${formatGetal(value, max, min)} fte`;
    case 'aantal':
    case 'score':
      return formatGetal(value, max, min);
  }
}

/** The number alone, with the decimals its unit would show (for tables whose header carries the unit). */
export function formatGetalVoor(value: number, eenheid: Eenheid, opties: FormatOpties = {}): string {
  const [min, max] = decimalRange(value, eenheid, opties);
  return formatGetal(value, max, min);
}

const LABELS: Record<Eenheid, string> = {
  aantal: 'aantal',
  personen: 'personen',
  percentage: '%',
  fte: 'fte',
  euro: '€',
  score: 'score',
};

/** Short unit label for table headers and chart axes. */
export function eenheidLabel(eenheid: Eenheid): string {
  return LABELS[eenheid];
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2025-07-10` → `10 juli 2025`; read and written in UTC so the local timezone cannot shift the day. */
export function formatDatum(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`"${iso}" is geen datum in de vorm jjjj-mm-dd`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCDate() !== Number(match[3])) throw new Error(`"${iso}" is geen bestaande datum`);
  return dateFormat.format(date);
}

export interface VerschilOpties extends FormatOpties {
  /** Show `+` / `−`; without it the magnitude is written (for "3 personen achter"). Default true. */
  teken?: boolean;
}

/** A difference: `+2,5 procentpunt`, `−3 personen`, `€ +5.000`, `0`; percentages differ in procentpunt. */
export function formatVerschil(delta: number, eenheid: Eenheid, opties: VerschilOpties = {}): string {
  const teken = opties.teken ?? true;
  const value = teken ? delta : Math.abs(delta);
  const [min, max] = decimalRange(value, eenheid, opties);
  const signDisplay = teken ? 'exceptZero' : 'negative';
  if (eenheid === 'euro') {
    return withRealMinus(numberFormat('euro', min, max, signDisplay), value);
  }
  const getal = withRealMinus(numberFormat('getal', min, max, signDisplay), value);
  switch (eenheid) {
    case 'percentage':
      return `${getal} procentpunt`;
    case 'personen':
      return `${getal} ${personenWoord(getal.replace(/^[+\u2212]/, ''))}`;
    case 'fte':
      return `${getal} fte`;
    case 'aantal':
    case 'score':
      return getal;
  }
}
