// Quarters as Dutch authors write them, and the forms the site shows.
import type { Kwartaal } from './types.ts';
import { melding, type Melding } from './meldingen/index.ts';

export const KWARTAAL_VORM = '2025-Q3';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; melding: Melding };

const PATTERNS: RegExp[] = [
  /^(?<y>\d{4})\s*-?\s*[qk](?<q>\d)$/i, // 2025-Q3, 2025 Q3, 2025-q3, 2025K3, 2025Q3
  /^[qk](?<q>\d)\s*-?\s*(?<y>\d{4})$/i, // Q3 2025, K3 2025, Q3-2025
  /^(?<y>\d{4})\s*kw\s*0?(?<q>\d)$/i, // CBS: 2025KW03
  /^(?<q>\d)\s*e\s+kwartaal\s+(?<y>\d{4})$/i, // 3e kwartaal 2025
];

/** Reads a quarter in any accepted spelling; the message says what is accepted. */
export function parseKwartaal(text: string): ParseResult<Kwartaal> {
  const cell = text.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.exec(cell);
    if (!match?.groups) continue;
    const year = Number(match.groups.y);
    const q = Number(match.groups.q);
    if (q < 1 || q > 4) {
      return { ok: false, melding: melding('cel.ongeldig-kwartaal', { waarde: cell }) };
    }
    return { ok: true, value: `${year}-Q${q}` };
  }
  return { ok: false, melding: melding('cel.geen-kwartaal', { waarde: cell }) };
}

export function isKwartaal(value: string): boolean {
  return /^\d{4}-Q[1-4]$/.test(value);
}

/** A number that grows by one per quarter, for arithmetic on quarters. */
export function kwartaalIndex(k: Kwartaal): number {
  // Digits by char code: the status engine asks this hundreds of thousands of times per build.
  const d = (i: number) => k.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  return year * 4 + (d(6) - 1);
}

export function kwartaalUitIndex(index: number): Kwartaal {
  const year = Math.floor(index / 4);
  return `${year}-Q${index - year * 4 + 1}`;
}

export function vorigKwartaal(k: Kwartaal): Kwartaal {
  return kwartaalUitIndex(kwartaalIndex(k) - 1);
}

export function volgendKwartaal(k: Kwartaal): Kwartaal {
  return kwartaalUitIndex(kwartaalIndex(k) + 1);
}

export function vergelijkKwartaal(a: Kwartaal, b: Kwartaal): number {
  return kwartaalIndex(a) - kwartaalIndex(b);
}

/** All quarters from `van` up to and including `tot`. */
export function kwartalenTussen(van: Kwartaal, tot: Kwartaal): Kwartaal[] {
  const out: Kwartaal[] = [];
  for (let i = kwartaalIndex(van); i <= kwartaalIndex(tot); i++) out.push(kwartaalUitIndex(i));
  return out;
}

export function kwartaalJaar(k: Kwartaal): number {
  return Number(k.slice(0, 4));
}

/** Running text: `3e kwartaal 2025`. */
export function kwartaalLang(k: Kwartaal): string {
  return `${k.slice(6, 7)}e kwartaal ${k.slice(0, 4)}`;
}

/** URL segment: `2025-q3`. */
export function kwartaalSlug(k: Kwartaal): string {
  return k.toLowerCase();
}

/** Statistics Netherlands period code: `2025KW03`. */
export function kwartaalCbs(k: Kwartaal): string {
  return `${k.slice(0, 4)}KW0${k.slice(6, 7)}`;
}

/** The quarter a date (ISO `yyyy-mm-dd`) falls in. */
export function kwartaalVanDatum(iso: string): Kwartaal {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
