// What a region's MDX narrative may contain, in one table: the checker (mdx.ts) reads it,
// and a test holds docs/mdx.md to it. MDX is narrative, not code: everything not listed
// here is refused, because Astro would otherwise compile and run it at build time.
import { melding, type Melding } from './meldingen/index.ts';

/** The data components narrative may embed, and the one attribute each takes (the id). */
export const MDX_COMPONENTS = {
  DoelStatus: 'doel',
  IndicatorGrafiek: 'indicator',
} as const;
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Attributes every allowed HTML element may have. */
export const HTML_ATTRIBUTEN_OVERAL = ['title', 'lang'] as const;

/**
 * Harmless HTML elements, with the attributes each allows besides HTML_ATTRIBUTEN_OVERAL.
 * Left out on purpose: h1 (the page title is the only h1), img (write ![…](./foto.jpg), so
 * the image is checked and optimised), id and class (they could collide with the site's own),
 * style, event handlers, and every element that loads or runs something (script, iframe, …).
 */
export const HTML_ELEMENTEN: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
};

/** Attributes holding an address: their value must pass `verbodenAdres`. */
export const HTML_ADRES_ATTRIBUTEN = ['href', 'cite'] as const;
/** Attributes that may be written without a value (`<details open>`). */
export const HTML_ATTRIBUTEN_ZONDER_WAARDE = ['open', 'reversed'] as const;

/** Schemes a link may use; an address without a scheme (relative, `#…`) is fine too. */
export const ADRES_SCHEMAS = ['https', 'http', 'mailto', 'tel'] as const;

/** Image formats, recognised by their first bytes (the extension must match the content). */
export const AFBEELDING_FORMATEN = [
  { naam: 'PNG', extensies: ['.png'], herken: (b: Uint8Array) => begintMet(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { naam: 'JPEG', extensies: ['.jpg', '.jpeg'], herken: (b: Uint8Array) => begintMet(b, [0xff, 0xd8, 0xff]) },
  { naam: 'GIF', extensies: ['.gif'], herken: (b: Uint8Array) => tekst(b, 0, 6) === 'GIF87a' || tekst(b, 0, 6) === 'GIF89a' },
  { naam: 'WebP', extensies: ['.webp'], herken: (b: Uint8Array) => tekst(b, 0, 4) === 'RIFF' && tekst(b, 8, 12) === 'WEBP' },
  { naam: 'AVIF', extensies: ['.avif'], herken: (b: Uint8Array) => tekst(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(tekst(b, 8, 12)) },
] as const;

/** Bytes needed to recognise every format above. */
export const AFBEELDING_KOP_BYTES = 16;

function begintMet(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function tekst(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

const ENTITEITEN: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/', lpar: '(', rpar: ')', period: '.' };

/**
 * The scheme a browser would see in `url`, lowercased, or undefined for an address without
 * one. Character references are decoded (repeatedly: the checker errs on the safe side) and
 * all whitespace and control characters removed, so `JaVa&#115;cript:` and ` java\tscript:`
 * are recognised.
 */
export function adresSchema(url: string): string | undefined {
  let text = url;
  for (let i = 0; i < 5; i++) {
    const decoded = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITEITEN[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
    if (decoded === text) break;
    text = decoded;
  }
  text = text.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1].toLowerCase();
}

/** Why a link address is refused (`waar` names the link in the message), or undefined when it is fine. */
export function verbodenAdres(url: string, waar: string): Melding | undefined {
  const schema = adresSchema(url);
  if (schema === undefined || (ADRES_SCHEMAS as readonly string[]).includes(schema)) return undefined;
  return melding('mdx.adrestype', { waar, schema, toegestaan: ADRES_SCHEMAS.map((s) => (s.startsWith('http') ? `${s}://` : `${s}:`)) });
}

/**
 * True when a JavaScript expression is nothing but comments and whitespace (`{/* … *\/}`).
 * A real scan, not a pattern: `/* a *\/ code /* b *\/` starts and ends like a comment but is code.
 */
export function alleenCommentaar(code: string): boolean {
  let i = 0;
  while (i < code.length) {
    if (/\s/.test(code[i])) i++;
    else if (code.startsWith('/*', i)) {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (code.startsWith('//', i)) {
      const end = code.slice(i).search(/[\n\r\u2028\u2029]/);
      if (end < 0) return true;
      i += end;
    } else return false;
  }
  return true;
}
