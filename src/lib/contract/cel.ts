// One cell grammar for CSV cells and YAML values (regio.yaml, MDX frontmatter): the same
// spellings of numbers, quarters, dates, ids, yes/no, lists and vocabulary words are accepted
// in both. A YAML value that YAML already typed (a number, true/false, a date, a list) is taken
// as it is; text is read exactly like a CSV cell. Only the hint on a wrong number differs: it
// names the file's delimiter, which YAML has none of.
import { isMissing, parseGetal, type Delimiter } from '../numbers.ts';
import { parseKwartaal } from '../quarters.ts';
import { idTeLang, parseDatum, parseJaNee, parseLijst, parseSlug } from '../cells.ts';
import type { KolomSpec } from './kolom.ts';

export interface CelUitkomst {
  /** Set when the cell holds no value; the text the author wrote ('' or a word like n.v.t.). */
  leeg?: string;
  /** The value, when there is one (also when a problem still lets it stand, as a too long id). */
  waarde?: unknown;
  fouten: string[];
}

/** A YAML value as text: dates as YAML reads them (2025-10-15) back to that spelling. */
export function alsTekst(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
}

const isBlok = (v: unknown) => typeof v === 'object' && v !== null && !(v instanceof Date);

/** Normalises a vocabulary word: case and spaces for dashes do not matter (`Op koers` is `op-koers`). */
export function kiesWoord(keuzes: readonly string[], tekst: string): string | undefined {
  const t = tekst.toLowerCase();
  const streepjes = t.replace(/\s+/g, '-');
  return keuzes.find((v) => {
    const k = v.toLowerCase();
    return k === t || k === streepjes;
  });
}

/** Reads one cell (CSV: `scheidingsteken` set) or YAML value (`scheidingsteken` undefined). */
export function leesCel(naam: string, spec: KolomSpec, ruw: unknown, scheidingsteken?: Delimiter): CelUitkomst {
  if (ruw === undefined || ruw === null) return { leeg: '', fouten: [] };
  if (spec.soort === 'blok') return { waarde: ruw, fouten: [] };
  if (spec.soort === 'lijst') return leesLijst(naam, spec, ruw, scheidingsteken);
  if (isBlok(ruw)) {
    return { fouten: [spec.soort === 'tekst' ? `veld "${naam}" moet een tekst zijn` : `veld "${naam}" moet één waarde zijn, geen lijst of blok`] };
  }
  if (typeof ruw === 'number' && spec.soort === 'getal') return getal(spec, ruw, String(ruw));
  if (typeof ruw === 'boolean' && spec.soort === 'janee') return { waarde: ruw, fouten: [] };
  const tekst = alsTekst(ruw);
  // Free text: only an empty cell is empty; "-" or "n.v.t." can be meaningful prose.
  if (spec.soort === 'tekst') return tekst === '' ? { leeg: '', fouten: [] } : { waarde: tekst, fouten: [] };
  if (isMissing(tekst)) return { leeg: tekst, fouten: [] };
  const uit = (r: { ok: true; value: unknown } | { ok: false; message: string }): CelUitkomst => (r.ok ? { waarde: r.value, fouten: [] } : { fouten: [r.message] });
  switch (spec.soort) {
    case 'id': {
      const r = parseSlug(tekst);
      if (!r.ok) return { fouten: [r.message] };
      // Still the record's id when too long: references to it are then no follow-up errors.
      const teLang = idTeLang(r.value);
      return { waarde: r.value, fouten: teLang ? [teLang] : [] };
    }
    case 'verwijzing':
      return uit(parseSlug(tekst));
    case 'getal': {
      const r = parseGetal(tekst, scheidingsteken ?? ';', { percent: spec.procent, euro: spec.euro, hint: scheidingsteken !== undefined });
      return r.ok ? getal(spec, r.value, tekst) : { fouten: [r.message] };
    }
    case 'kwartaal':
      return uit(parseKwartaal(tekst));
    case 'datum':
      return uit(parseDatum(tekst));
    case 'periode':
      return periode(spec, tekst);
    case 'janee':
      return uit(parseJaNee(tekst));
    case 'keuze': {
      const keuzes = spec.keuzes ?? [];
      const woord = kiesWoord(keuzes, tekst);
      if (woord !== undefined) return { waarde: woord, fouten: [] };
      return { fouten: [`"${tekst}" is geen ${spec.keuzeNaam ?? 'toegestane waarde'} (kies uit: ${keuzes.join(', ')})`] };
    }
  }
  throw new Error(`onbekende soort ${spec.soort}`);
}

function getal(spec: KolomSpec, n: number, tekst: string): CelUitkomst {
  if (!Number.isFinite(n)) return { fouten: [`"${tekst}" is geen getal`] };
  if (spec.geheel && !Number.isInteger(n)) return { fouten: [`"${tekst}" is geen geheel getal`] };
  if (spec.bereik && (n < spec.bereik.min || n > spec.bereik.max)) return { fouten: [spec.bereik.melding(n)] };
  return { waarde: n, fouten: [] };
}

function periode(spec: KolomSpec, tekst: string): CelUitkomst {
  if (/^\d{4}$/.test(tekst)) return { waarde: { soort: 'jaar', waarde: Number(tekst) }, fouten: [] };
  const kwartaal = parseKwartaal(tekst);
  if (kwartaal.ok) return { waarde: { soort: 'kwartaal', waarde: kwartaal.value }, fouten: [] };
  const datum = parseDatum(tekst);
  if (datum.ok) return { waarde: { soort: 'datum', waarde: datum.value }, fouten: [] };
  if (datum.message.includes('bestaande')) return { fouten: [datum.message] };
  return { fouten: [`"${tekst}" is geen ${spec.periodeNaam} (${spec.periodeHint})`] };
}

function leesLijst(naam: string, spec: KolomSpec, ruw: unknown, scheidingsteken?: Delimiter): CelUitkomst {
  let items: string[];
  if (Array.isArray(ruw)) items = ruw.map(alsTekst).filter((item) => item !== '');
  else if (isBlok(ruw)) return { fouten: [`veld "${naam}" moet een lijst zijn`] };
  else {
    const tekst = alsTekst(ruw);
    if (isMissing(tekst)) return { leeg: tekst, fouten: [] };
    items = parseLijst(tekst);
  }
  if (items.length === 0) return { leeg: '', fouten: [] };
  const waarde: unknown[] = [];
  const fouten: string[] = [];
  for (const item of items) {
    const r = leesCel(naam, spec.item ?? { soort: 'tekst', verplichting: 'nee' }, item, scheidingsteken);
    if (r.waarde !== undefined) waarde.push(r.waarde);
    fouten.push(...r.fouten);
  }
  return { waarde, fouten };
}
