// Key figures: formatted value and reference date in Dutch, small counts of persons suppressed.
import { formatDatum, formatGetal } from './format.ts';
import { isOnderdrukt } from './suppress.ts';
import { kwartaalTekst, onderdruktTekst, onderdruktUitleg } from './leestekst.ts';
import type { Kerncijfer, Peildatum } from './types.ts';

/** A key figure's unit is free text; `personen` (any case) counts persons, like an indicator's unit. */
export function isPersonen(k: Kerncijfer): boolean {
  return (k.eenheid ?? '').trim().toLowerCase() === 'personen';
}

/** True when the key figure is a count of persons below the region's threshold. */
export function kerncijferOnderdrukt(k: Kerncijfer, drempel: number): boolean {
  return isPersonen(k) && isOnderdrukt(k.waarde, 'personen', drempel);
}

export function kerncijferWaarde(k: Kerncijfer, drempel: number): string {
  const eenheid = (k.eenheid ?? '').trim();
  if (kerncijferOnderdrukt(k, drempel)) return `${onderdruktTekst(drempel)} ${eenheid}`;
  if (eenheid === '%' || eenheid === 'percentage') return `${formatGetal(k.waarde, 1)}%`;
  if (eenheid === '€' || eenheid === 'euro') return `€ ${formatGetal(k.waarde, 0)}`;
  // "aantal" says nothing a bare number does not.
  if (eenheid === 'aantal') return formatGetal(k.waarde, 1);
  return eenheid ? `${formatGetal(k.waarde, 1)} ${eenheid}` : formatGetal(k.waarde, 1);
}

export function peildatumTekst(p: Peildatum): string {
  if (p.soort === 'jaar') return `peiljaar ${p.waarde}`;
  if (p.soort === 'kwartaal') return `peilmoment ${kwartaalTekst(p.waarde)}`;
  return `peildatum ${formatDatum(p.waarde)}`;
}

export interface KerncijferRij {
  naam: string;
  waarde: string;
  peildatum: string;
  bron?: string;
}

/** What a page shows of key figures: formatted and suppressed, with the note when a count is hidden. */
export function kerncijferWeergave(kerncijfers: Kerncijfer[], drempel: number): { rijen: KerncijferRij[]; uitleg?: string } {
  const rijen = kerncijfers.map((k) => ({ naam: k.naam, waarde: kerncijferWaarde(k, drempel), peildatum: peildatumTekst(k.peildatum), ...(k.bron ? { bron: k.bron } : {}) }));
  return kerncijfers.some((k) => kerncijferOnderdrukt(k, drempel)) ? { rijen, uitleg: onderdruktUitleg(drempel) } : { rijen };
}
