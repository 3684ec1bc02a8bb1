// Which text the site can publish. A character that HTML, XML (the RSS feed, the sitemap) or
// the build's YAML reader refuses must be refused by the check, with its place, instead of
// making a page invalid or the build fail without a file and line.
import type { Problem } from './types.ts';
import { melding, type Melding } from './meldingen/index.ts';

/**
 * Control characters other than tab, CR and LF, DEL, the C1 range (invisible, and refused by
 * the YAML reader Astro uses for frontmatter), non-characters and lone surrogates.
 */
const ONGELDIG = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/u;

export interface OngeldigTeken {
  /** Code point as `U+0001`. */
  code: string;
  /** 0-based index in the text. */
  index: number;
}

/** Whether the text holds any character the site cannot publish (one scan of a whole file). */
export function heeftOngeldigTeken(text: string): boolean {
  return ONGELDIG.test(text);
}

export function ongeldigTeken(text: string): OngeldigTeken | undefined {
  const match = ONGELDIG.exec(text);
  if (!match) return undefined;
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { code, index: match.index };
}

/** The Dutch explanation of one bad character. */
export function tekenMelding(teken: OngeldigTeken, waar: string): Melding {
  return melding('bestand.stuurteken', { teken: teken.code, waar });
}

/** Reports the first bad character of each line of a whole text file (line 1 = first line of `text`). */
export function controleerTekens(file: string, text: string, problems: Problem[], lineOffset = 0): boolean {
  if (!ONGELDIG.test(text)) return true;
  text.split('\n').forEach((line, i) => {
    const teken = ongeldigTeken(line);
    if (teken) problems.push({ ...tekenMelding(teken, `op positie ${teken.index + 1} van de regel`), file, line: i + 1 + lineOffset });
  });
  return false;
}

/**
 * Bytes that are no text file at all: an Excel workbook saved under a .csv name, or UTF-16
 * without a byte order mark (every other byte zero). The problem, or undefined for text.
 */
export function geenTekst(bytes: Uint8Array, csv: boolean): { line: number; melding: Melding } | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { line: 1, melding: melding('bestand.zip', { csv }) };
  }
  const bomUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bomUtf16) return undefined;
  const first = bytes.indexOf(0);
  if (first === -1) return undefined;
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  let zerosEven = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      zeros++;
      if (i % 2 === 0) zerosEven++;
    }
  }
  // Text in UTF-16 without BOM: mostly ASCII, so one byte of every pair is zero.
  const half = sample.length / 2;
  if (zeros >= half * 0.3 && (zerosEven >= zeros * 0.9 || zerosEven <= zeros * 0.1)) {
    return { line: 1, melding: melding('bestand.utf16-zonder-bom', { csv }) };
  }
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 10) line++;
  return { line, melding: melding('bestand.nul-teken', { csv }) };
}

/** Strict UTF-8 (with or without BOM), as the build's MDX compiler reads it; else the message. */
export function decodeerUtf8(bytes: Uint8Array): { text: string } | { line: number; melding: Melding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, melding: melding('bestand.utf16') };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // The first line that is no UTF-8 (byte 10 never occurs inside a UTF-8 character).
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    for (let from = 0; from <= bytes.length; line++) {
      const to = bytes.indexOf(10, from) === -1 ? bytes.length : bytes.indexOf(10, from);
      try {
        decoder.decode(bytes.subarray(from, to));
      } catch {
        break;
      }
      from = to + 1;
    }
    return { line, melding: melding('bestand.geen-utf8') };
  }
}
