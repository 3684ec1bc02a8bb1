// The toegankelijkheidsverklaring's facts: the region's declared compliance status and contact.
import type { Monitor } from '../model.ts';
import type { Nalevingsstatus } from '../types.ts';
import { formatDatum } from '../format.ts';
import { nalevingBetekenis } from '../status-vocabulaire.ts';

export interface ToegankelijkheidData {
  regioNaam: string;
  /** The declared status; none when the region has not declared one (status E: no declaration). */
  verklaring?: { status: Nalevingsstatus; betekenis: string; vastgesteld?: string; rapport?: string };
  /** How to report a problem: an e-mail address (mailto) or a web address. */
  contact?: { tekst: string; href: string };
}

export function toegankelijkheidData(monitor: Monitor): ToegankelijkheidData {
  const t = monitor.regio.toegankelijkheid;
  const contact = monitor.regio.contact;
  return {
    regioNaam: monitor.regio.naam,
    ...(t ? { verklaring: { status: t.status, betekenis: nalevingBetekenis(t.status).label, ...(t.datum ? { vastgesteld: formatDatum(t.datum) } : {}), ...(t.rapport ? { rapport: t.rapport } : {}) } } : {}),
    ...(contact ? { contact: { tekst: contact, href: contact.includes('@') ? `mailto:${contact}` : contact } } : {}),
  };
}
