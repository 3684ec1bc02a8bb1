// Reading a built site the way a reader, a search engine or a collector gets it: every file,
// HTML as text, and Pagefind's compressed fragments decoded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

/** Every file below `dir`, relative, sorted. */
export function bestanden(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/** A page's text as a reader (and Pagefind) gets it, entities decoded. */
export function tekst(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

/** A Pagefind fragment: gzip, the signature `pagefind_dcd`, then JSON with the page's text. */
export function fragment(bytes: Buffer): { url: string; content: string } {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error('geen Pagefind-fragment');
  return JSON.parse(raw.subarray(12).toString('utf8'));
}

/**
 * The readable content of every public file: HTML as text plus its raw markup (attributes
 * and embedded data count too), text files as they are, search fragments decoded.
 */
export function publiekeTeksten(dir: string): { file: string; inhoud: string }[] {
  const out: { file: string; inhoud: string }[] = [];
  for (const file of bestanden(dir)) {
    // The build's manifest holds only file names and hashes (random hex, no content).
    if (file === '.onderwijsregio-monitor.json') continue;
    const bytes = readFileSync(join(dir, file));
    if (file.endsWith('.pf_fragment')) out.push({ file, inhoud: fragment(bytes).content });
    else if (file.endsWith('.html')) out.push({ file, inhoud: `${tekst(bytes.toString('utf8'))}\n${bytes.toString('utf8')}` });
    else if (/\.(xml|csv|json|svg|txt|js|css)$/.test(file)) out.push({ file, inhoud: bytes.toString('utf8') });
  }
  return out;
}
