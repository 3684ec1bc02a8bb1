// One cell grammar for CSV cells and YAML values (regio.yaml, MDX frontmatter): the same
// spellings of numbers, quarters, dates, ids, yes/no, lists and vocabulary words are accepted
// in both. A YAML value that YAML already typed (a number, true/false, a date, a list) is taken
// as it is; text is read exactly like a CSV cell. Only the hint on a wrong number differs: it
// names the file's delimiter, which YAML has none of.
import { isMissing, parseGetal, type Delimiter } from '../numbers.ts';
import { parseKwartaal, type ParseResult } from '../quarters.ts';
import { idTeLang, parseDatum, parseJaNee, parseLijst, parseSlug } from '../cells.ts';
import { melding, type Melding } from '../meldingen/index.ts';
import type { KolomSpec } from './kolom.ts';

export interface CelUitkomst {
  /** Set when the cell holds no value; the text the author wrote ('' or a word like n.v.t.). */
  leeg?: string;
  /** The value, when there is one (also when a problem still lets it stand, as a too long id). */
  waarde?: unknown;
  fouten: Melding[];
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
    return { fouten: [melding(spec.soort === 'tekst' ? 'mdx.veld-geen-tekst' : 'mdx.veld-geen-enkele-waarde', { veld: naam })] };
  }
  if (typeof ruw === 'number' && spec.soort === 'getal') return getal(spec, ruw, String(ruw));
  if (typeof ruw === 'boolean' && spec.soort === 'janee') return { waarde: ruw, fouten: [] };
  const tekst = alsTekst(ruw);
  // Free text: only an empty cell is empty; "-" or "n.v.t." can be meaningful prose.
  if (spec.soort === 'tekst') return tekst === '' ? { leeg: '', fouten: [] } : { waarde: tekst, fouten: [] };
  if (isMissing(tekst)) return { leeg: tekst, fouten: [] };
  const uit = (r: ParseResult<unknown>): CelUitkomst => (r.ok ? { waarde: r.value, fouten: [] } : { fouten: [r.melding] });
  switch (spec.soort) {
    case 'id': {
      const r = parseSlug(tekst);
      if (!r.ok) return { fouten: [r.melding] };
      // Still the record's id when too long: references to it are then no follow-up errors.
      const teLang = idTeLang(r.value);
      return { waarde: r.value, fouten: teLang ? [teLang] : [] };
    }
    case 'verwijzing':
      return uit(parseSlug(tekst));
    case 'getal': {
      const r = parseGetal(tekst, scheidingsteken ?? ';', { percent: spec.procent, euro: spec.euro, hint: scheidingsteken !== undefined });
      return r.ok ? getal(spec, r.value, tekst) : { fouten: [r.melding] };
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
      return { fouten: [melding(spec.keuzeCode ?? 'cel.geen-keuze', { waarde: tekst, keuzes })] };
    }
  }
  throw new Error(`onbekende soort ${spec.soort}`);
}

function getal(spec: KolomSpec, n: number, tekst: string): CelUitkomst {
  if (!Number.isFinite(n)) return { fouten: [melding('cel.geen-getal', { waarde: tekst })] };
  if (spec.geheel && !Number.isInteger(n)) return { fouten: [melding('cel.geen-geheel-getal', { waarde: tekst })] };
  if (spec.bereik && (n < spec.bereik.min || n > spec.bereik.max)) return { fouten: [melding(spec.bereik.code, { getal: n })] };
  return { waarde: n, fouten: [] };
}

function periode(spec: KolomSpec, tekst: string): CelUitkomst {
  if (/^\d{4}$/.test(tekst)) return { waarde: { soort: 'jaar', waarde: Number(tekst) }, fouten: [] };
  const kwartaal = parseKwartaal(tekst);
  if (kwartaal.ok) return { waarde: { soort: 'kwartaal', waarde: kwartaal.value }, fouten: [] };
  const datum = parseDatum(tekst);
  if (datum.ok) return { waarde: { soort: 'datum', waarde: datum.value }, fouten: [] };
  if (datum.melding.code === 'cel.geen-bestaande-datum') return { fouten: [datum.melding] };
  return { fouten: [melding(spec.periodeCode ?? 'cel.geen-peildatum', { waarde: tekst })] };
}

function leesLijst(naam: string, spec: KolomSpec, ruw: unknown, scheidingsteken?: Delimiter): CelUitkomst {
  let items: string[];
  if (Array.isArray(ruw)) items = ruw.map(alsTekst).filter((item) => item !== '');
  else if (isBlok(ruw)) return { fouten: [melding('mdx.veld-geen-lijst', { veld: naam })] };
  else {
    const tekst = alsTekst(ruw);
    if (isMissing(tekst)) return { leeg: tekst, fouten: [] };
    items = parseLijst(tekst);
  }
  if (items.length === 0) return { leeg: '', fouten: [] };
  const waarde: unknown[] = [];
  const fouten: Melding[] = [];
  for (const item of items) {
    const r = leesCel(naam, spec.item ?? { soort: 'tekst', verplichting: 'nee' }, item, scheidingsteken);
    if (r.waarde !== undefined) waarde.push(r.waarde);
    fouten.push(...r.fouten);
  }
  return { waarde, fouten };
}
