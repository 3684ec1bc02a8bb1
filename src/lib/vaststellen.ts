// What `npm run vaststellen` decides and writes, without touching the disk: the command line,
// the `vastgesteld` line added to a quarter's MDX (no other byte changed), the snapshot.
import { parseDatum } from './cells.ts';
import { melding, type Melding } from './meldingen/index.ts';
import { eenKwartaal, leesOpties } from './opdrachtregel.ts';
import { MOMENTOPNAME_SCHEMA, type Momentopname, type RapportInhoud } from './snapshot.ts';
import type { Kwartaal } from './types.ts';

export interface VaststelOpdracht {
  kwartaal: Kwartaal;
  /** ISO date given with --datum. */
  datum?: string;
  /** The reason given with --herzien. */
  herzien?: string;
}

/** A refusal of the command line: the catalogue's line (the command adds that nothing was written). */
const nee = (m: Melding) => ({ ok: false as const, melding: m.message });

/** The command line after `--`; a Dutch reason when it cannot be read. */
export function leesVaststelArgumenten(args: string[]): { ok: true; opdracht: VaststelOpdracht } | { ok: false; melding: string } {
  const opties = leesOpties(args, ['datum', 'herzien'] as const);
  if (!opties.ok) {
    if ('onbekend' in opties) return nee(melding('vaststellen.onbekende-optie', { optie: opties.onbekend }));
    return nee(melding(opties.zonderWaarde === 'datum' ? 'vaststellen.datum-zonder-datum' : 'vaststellen.herzien-zonder-reden'));
  }
  const { datum: datumTekst, herzien } = opties.waarden;
  const opdracht: Partial<VaststelOpdracht> = {};
  if (datumTekst !== undefined) {
    const datum = parseDatum(datumTekst);
    if (!datum.ok) return nee(melding('vaststellen.datum-ongeldig', { reden: datum.melding.message }));
    opdracht.datum = datum.value;
  }
  if (herzien !== undefined) opdracht.herzien = herzien.trim();
  const kwartaal = eenKwartaal(opties.overig, { geen: 'vaststellen.geen-kwartaal', meer: 'vaststellen.meer-kwartalen', onleesbaar: 'vaststellen.kwartaal-onleesbaar' });
  if (!kwartaal.ok) return nee(kwartaal.melding);
  return { ok: true, opdracht: { ...opdracht, kwartaal: kwartaal.kwartaal } };
}

/**
 * The MDX with `vastgesteld: <datum>` as the frontmatter's last field, in the file's own line
 * ending; a BOM and every other byte stay. An empty `vastgesteld:` line is filled in instead.
 * Undefined when the frontmatter cannot be found (the check has refused such a file already).
 */
export function metVastgesteld(bytes: Uint8Array, datum: string): Uint8Array | undefined {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = text.slice(bom.length);
  const match = /^---(\r?\n)([\s\S]*?)(^|\r?\n)---[ \t]*(\r?\n|$)/m.exec(body);
  if (!match || match.index !== 0) return undefined;
  const eol = match[1];
  const leeg = /^vastgesteld:[ \t]*(\r?\n|$)/m.exec(match[2]);
  let nieuw: string;
  if (leeg) {
    const start = eol.length + 3 + leeg.index;
    nieuw = `${body.slice(0, start)}vastgesteld: ${datum}${body.slice(start + leeg[0].length - leeg[1].length)}`;
  } else {
    // At the start of the closing `---` line: the frontmatter's last field.
    const sluit = 3 + eol.length + match[2].length + match[3].length;
    nieuw = `${body.slice(0, sluit)}vastgesteld: ${datum}${eol}${body.slice(sluit)}`;
  }
  return new TextEncoder().encode(bom + nieuw);
}

/** The snapshot of a report. `versie` 1 is the approval; a higher one a correction. */
export function nieuweMomentopname(options: { rapport: RapportInhoud; versie: number; vastgesteld: string; herziening?: { datum: string; reden: string }; toolVersie: string }): Momentopname {
  return {
    schema: MOMENTOPNAME_SCHEMA,
    tool: { naam: 'onderwijsregio-monitor', versie: options.toolVersie },
    kwartaal: options.rapport.kwartaal,
    versie: options.versie,
    vastgesteld: options.vastgesteld,
    herziening: options.herziening ?? null,
    rapport: options.rapport,
  };
}
