// Small counts of persons are not published (AVG): from 1 up to below the region's
// threshold they read `< 5`. 0 may be shown; other units are never suppressed. This file
// decides what is hidden; leestekst.ts writes it.
import type { Eenheid } from './types.ts';

/** True when this value must not be published; drempel 0 turns suppression off. */
export function isOnderdrukt(value: number | null, eenheid: Eenheid, drempel: number): boolean {
  // `> 0` rather than `>= 1`: a fractional count (an average, a share of a person) is as revealing.
  return value !== null && eenheid === 'personen' && drempel > 0 && value > 0 && value < drempel;
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
