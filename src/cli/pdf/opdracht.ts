// What `npm run pdf -- <kwartaal> [--uit bestand.pdf]` asks for, and where the PDF may go:
// never into the region's data or text, never over a file this tool did not write.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseKwartaal, kwartaalSlug } from '../../lib/quarters.ts';
import { isOnzePdf } from '../../lib/pdf-metadata.ts';
import type { Kwartaal } from '../../lib/types.ts';

export interface PdfOpdracht {
  kwartaal: Kwartaal;
  /** As given after --uit, or undefined for the default name. */
  uit?: string;
}

const VOORBEELD = 'npm run pdf -- 2026-Q3 (eventueel met --uit rapport.pdf)';

/** The command line after `--`; a Dutch reason when it cannot be read. */
export function leesPdfArgumenten(args: string[]): { ok: true; opdracht: PdfOpdracht } | { ok: false; melding: string } {
  const kwartalen: string[] = [];
  let uit: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--uit' || arg.startsWith('--uit=')) {
      const value = arg === '--uit' ? args[++i] : arg.slice('--uit='.length);
      if (value === undefined || value.trim() === '' || value.startsWith('--')) return { ok: false, melding: '--uit zonder bestandsnaam; schrijf bijvoorbeeld --uit rapport.pdf.' };
      if (!value.toLowerCase().endsWith('.pdf')) return { ok: false, melding: `--uit ${value}: de bestandsnaam moet op .pdf eindigen.` };
      uit = value;
    } else if (arg.startsWith('-')) {
      return { ok: false, melding: `onbekende optie ${arg}; npm run pdf kent alleen --uit <bestand.pdf>.` };
    } else {
      kwartalen.push(arg);
    }
  }
  if (kwartalen.length === 0) return { ok: false, melding: `Noem het kwartaal: ${VOORBEELD}.` };
  if (kwartalen.length > 1) return { ok: false, melding: `Noem één kwartaal, niet ${kwartalen.join(' en ')}: ${VOORBEELD}.` };
  const parsed = parseKwartaal(kwartalen[0]);
  if (!parsed.ok) return { ok: false, melding: `${parsed.melding.message}.` };
  return { ok: true, opdracht: { kwartaal: parsed.value, uit } };
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
      return { ok: false, melding: `${pad} ligt in de regiomap (${sub}/), waar alleen de gegevens en teksten van de regio staan; kies met --uit een plek daarbuiten.` };
    }
  }
  if (!existsSync(dirname(pad)) || !statSync(dirname(pad)).isDirectory()) {
    return { ok: false, melding: `De map ${dirname(pad)} bestaat niet; maak hem eerst aan of kies met --uit een andere plek.` };
  }
  if (existsSync(pad)) {
    if (statSync(pad).isDirectory()) return { ok: false, melding: `${pad} is een map; noem met --uit een bestand, bijvoorbeeld --uit rapport.pdf.` };
    if (!(await isOnzePdf(readFileSync(pad)))) {
      return { ok: false, melding: `${pad} bestaat al en is niet door npm run pdf gemaakt; kies met --uit een andere naam, of verwijder of hernoem het bestand zelf.` };
    }
  }
  return { ok: true, pad };
}
