// Key figures: formatted value and reference date in Dutch.
import { formatDatum, formatGetal } from './format.ts';
import { kwartaalLang } from './quarters.ts';
import type { Kerncijfer, Peildatum } from './types.ts';

export function kerncijferWaarde(k: Kerncijfer): string {
  const eenheid = (k.eenheid ?? '').trim();
  if (eenheid === '%' || eenheid === 'percentage') return `${formatGetal(k.waarde, 1)}%`;
  if (eenheid === '€' || eenheid === 'euro') return `€ ${formatGetal(k.waarde, 0)}`;
  // "aantal" says nothing a bare number does not.
  if (eenheid === 'aantal') return formatGetal(k.waarde, 1);
  return eenheid ? `${formatGetal(k.waarde, 1)} ${eenheid}` : formatGetal(k.waarde, 1);
}

export function peildatumTekst(p: Peildatum): string {
  if (p.soort === 'jaar') return `peiljaar ${p.waarde}`;
  if (p.soort === 'kwartaal') return `peilmoment ${kwartaalLang(p.waarde)}`;
  return `peildatum ${formatDatum(p.waarde)}`;
}
