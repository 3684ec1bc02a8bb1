// What `npm run pdf -- <kwartaal> [--uit bestand.pdf]` asks for, and where the PDF may go:
// never into the region's data or text, never over a file this tool did not write.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { kwartaalSlug } from '../../lib/quarters.ts';
import { eenKwartaal, leesOpties } from '../../lib/opdrachtregel.ts';
import { isOnzePdf } from '../../lib/pdf-metadata.ts';
import { melding, type Melding } from '../../lib/meldingen/index.ts';
import type { Kwartaal } from '../../lib/types.ts';

export interface PdfOpdracht {
  kwartaal: Kwartaal;
  /** As given after --uit, or undefined for the default name. */
  uit?: string;
}

/** A refusal: the catalogue's line (the command adds that the PDF was not made). */
const nee = (m: Melding) => ({ ok: false as const, melding: m.message });

/** The command line after `--`; a Dutch reason when it cannot be read. */
export function leesPdfArgumenten(args: string[]): { ok: true; opdracht: PdfOpdracht } | { ok: false; melding: string } {
  const opties = leesOpties(args, ['uit'] as const);
  if (!opties.ok) return nee('onbekend' in opties ? melding('pdf.onbekende-optie', { optie: opties.onbekend }) : melding('pdf.uit-zonder-naam'));
  const { uit } = opties.waarden;
  if (uit !== undefined && !uit.toLowerCase().endsWith('.pdf')) return nee(melding('pdf.uit-geen-pdf', { naam: uit }));
  const kwartaal = eenKwartaal(opties.overig, { geen: 'pdf.geen-kwartaal', meer: 'pdf.meer-kwartalen', onleesbaar: 'pdf.kwartaal-onleesbaar' });
  if (!kwartaal.ok) return nee(kwartaal.melding);
  return { ok: true, opdracht: { kwartaal: kwartaal.kwartaal, uit } };
}

/** `kwartaalrapportage-2026-q3.pdf` */
export function standaardNaam(kwartaal: Kwartaal): string {
  return `kwartaalrapportage-${kwartaalSlug(kwartaal)}.pdf`;
}

function binnen(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The absolute path of the PDF, after checking that it may be written there; otherwise the
 * Dutch reason. `map` is where the user ran the command.
 */
export async function pdfBestemming(opdracht: PdfOpdracht, opties: { map: string; regioDir: string }): Promise<{ ok: true; pad: string } | { ok: false; melding: string }> {
  const pad = resolve(opties.map, opdracht.uit ?? standaardNaam(opdracht.kwartaal));
  for (const sub of ['data', 'content']) {
    if (binnen(pad, resolve(opties.regioDir, sub))) {
      return nee(melding('pdf.in-regiomap', { pad, map: sub }));
    }
  }
  if (!existsSync(dirname(pad)) || !statSync(dirname(pad)).isDirectory()) {
    return nee(melding('pdf.map-bestaat-niet', { map: dirname(pad) }));
  }
  if (existsSync(pad)) {
    if (statSync(pad).isDirectory()) return nee(melding('pdf.is-een-map', { pad }));
    if (!(await isOnzePdf(readFileSync(pad)))) {
      return nee(melding('pdf.bestaat-al', { pad }));
    }
  }
  return { ok: true, pad };
}
