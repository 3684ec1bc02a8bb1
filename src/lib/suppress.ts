// Small counts of persons are not published (AVG): from 1 up to below the region's
// threshold they read `< 5`. 0 may be shown; other units are never suppressed.
import type { Eenheid } from './types.ts';
import { formatGetalVoor, formatVerschil, formatWaarde } from './format.ts';
import type { FormatOpties } from './format.ts';

export const GEEN_WAARDE = 'geen waarde';

/** True when this value must not be published; drempel 0 turns suppression off. */
export function isOnderdrukt(value: number | null, eenheid: Eenheid, drempel: number): boolean {
  // `> 0` rather than `>= 1`: a fractional count (an average, a share of a person) is as revealing.
  return value !== null && eenheid === 'personen' && drempel > 0 && value > 0 && value < drempel;
}

export function onderdruktTekst(drempel: number): string {
  return `< ${drempel}`;
}

/** The note under a table or chart that shows suppressed counts. */
export function onderdruktUitleg(drempel: number): string {
  return `Aantallen personen onder de ${drempel} tonen we als “< ${drempel}”, zodat niemand herkenbaar is.`;
}

/** What of an indicator's own numbers may be published (its measurements are judged one by one). */
export interface AfgeschermdeIndicator {
  nulmeting: boolean;
  streefwaarde: boolean;
  /**
   * The path interpolates baseline and target: any two of its points give both back, so it
   * is hidden as a whole when either is suppressed.
   */
  traject: boolean;
}

export function afgeschermd(ind: { eenheid: Eenheid; nulmeting: number; streefwaarde: number }, drempel: number): AfgeschermdeIndicator {
  const nulmeting = isOnderdrukt(ind.nulmeting, ind.eenheid, drempel);
  const streefwaarde = isOnderdrukt(ind.streefwaarde, ind.eenheid, drempel);
  return { nulmeting, streefwaarde, traject: nulmeting || streefwaarde };
}

/** The value with its unit, `< 5 personen` when suppressed; null → `geen waarde`. */
export function toonWaarde(value: number | null, eenheid: Eenheid, drempel: number, opties: FormatOpties = {}): string {
  if (value === null) return GEEN_WAARDE;
  if (isOnderdrukt(value, eenheid, drempel)) return `${onderdruktTekst(drempel)} personen`;
  return formatWaarde(value, eenheid, opties);
}

/** Like toonWaarde without the unit word: `< 5`, `82,5`, `1.234`. */
export function toonGetal(value: number | null, eenheid: Eenheid, drempel: number, opties: FormatOpties = {}): string {
  if (value === null) return GEEN_WAARDE;
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
