// Small pure parsers for single cells: ids, dates, yes/no, lists.
import type { ParseResult } from './quarters.ts';
import { melding, type Melding } from './meldingen/index.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** The slug an author probably meant: lower case, no accents, dashes for the rest. */
export function toSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Ids become web addresses and file names (/doelen/<id>/, downloads/indicatoren/<id>.csv,
 * content/lijnen/<id>.mdx); a file name has at most 255 bytes, and an address should stay readable.
 */
export const MAX_ID_LENGTE = 64;

/** An id for a message: long ids shortened, so the message stays one readable line. */
export function kortId(id: string): string {
  return id.length > 40 ? `${id.slice(0, 40)}…` : id;
}

/** The problem with a slug that is too long to be the id of a record, or undefined. */
export function idTeLang(id: string): Melding | undefined {
  if (id.length <= MAX_ID_LENGTE) return undefined;
  return melding('cel.id-te-lang', { id: kortId(id), lengte: id.length, max: MAX_ID_LENGTE });
}

export function parseSlug(text: string): ParseResult<string> {
  const cell = text.trim();
  if (isSlug(cell)) return { ok: true, value: cell };
  const proposal = toSlug(cell);
  return { ok: false, melding: melding('cel.geen-id', { waarde: kortId(cell), voorstel: proposal ? kortId(proposal) : undefined }) };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-10-15` or `15-10-2025` (also `15-1-2025`) → ISO `2025-10-15`. */
export function parseDatum(text: string): ParseResult<string> {
  const cell = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  let parts: [number, number, number] | undefined;
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(cell);
  if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
  if (parts && isRealDate(...parts)) {
    return { ok: true, value: `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}` };
  }
  if (parts) return { ok: false, melding: melding('cel.geen-bestaande-datum', { waarde: cell }) };
  return { ok: false, melding: melding('cel.geen-datum', { waarde: cell }) };
}

const JA = new Set(['ja', 'j', 'true', '1', 'yes', 'y']);
const NEE = new Set(['nee', 'n', 'false', '0', 'no']);

export function parseJaNee(text: string): ParseResult<boolean> {
  const cell = text.trim().toLowerCase();
  if (JA.has(cell)) return { ok: true, value: true };
  if (NEE.has(cell)) return { ok: true, value: false };
  return { ok: false, melding: melding('cel.geen-ja-nee', { waarde: text.trim() }) };
}

/** A list inside one cell, separated by `|` or, when there is no `|`, by `,`. */
export function parseLijst(text: string): string[] {
  const separator = text.includes('|') ? '|' : ',';
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** WCAG relative luminance contrast of a `#rrggbb` colour against white. */
export function contrastOpWit(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}
