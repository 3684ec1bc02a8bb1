// The Content-Security-Policy on the built output of the test sites (also under a sub-path):
// every HTML page carries exactly one policy, as the first element after the charset (a <meta>
// policy only governs what comes after it), strict enough to stop injected script, and the page
// holds nothing that policy would refuse: no inline scripts, styles or event handlers, no
// `javascript:` URLs. The browser tests (test/e2e/browser.test.ts) check that no page violates it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SITES, SUBMAP_SITE } from '../helpers/paths.ts';
import { htmlPages } from '../helpers/page-assets.ts';
import { AANBEVOLEN_HEADERS, CSP_HEADER } from '../../src/lib/csp.ts';

type Beleid = Map<string, string[]>;

function leesBeleid(tekst: string): Beleid {
  const beleid: Beleid = new Map();
  for (const deel of tekst.split(';')) {
    const [naam, ...bronnen] = deel.trim().split(/\s+/);
    if (naam) beleid.set(naam.toLowerCase(), bronnen);
  }
  return beleid;
}

/** The sources a directive allows, with the fallbacks browsers use (CSP Level 3). */
function bronnen(beleid: Beleid, naam: string): string[] {
  const terugval: Record<string, string[]> = {
    'script-src-elem': ['script-src'],
    'script-src-attr': ['script-src'],
    'style-src-elem': ['style-src'],
    'style-src-attr': ['style-src'],
    'worker-src': ['child-src', 'script-src'],
  };
  for (const kandidaat of [naam, ...(terugval[naam] ?? []), 'default-src']) {
    const gevonden = beleid.get(kandidaat);
    if (gevonden) return gevonden;
  }
  return ['*'];
}

const decodeer = (waarde: string) =>
  waarde
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&amp;/g, '&');

interface Tag {
  naam: string;
  attributen: [string, string][];
  inhoud: string;
}

/**
 * The start tags of a page with their attributes, and the text of <script> and <style>. Astro's
 * output is valid HTML (html-validate checks it) with `<` escaped in text, so a scan of the tags
 * is enough; comments and the raw text of script and style are skipped as such.
 */
function tags(html: string): Tag[] {
  const uit: Tag[] = [];
  const tag = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!m[1]) continue;
    const naam = m[1].toLowerCase();
    const attributen = [...m[2].matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)].map(
      (a) => [a[1].toLowerCase(), decodeer(a[2] ?? a[3] ?? a[4] ?? '')] as [string, string],
    );
    let inhoud = '';
    if (naam === 'script' || naam === 'style') {
      const einde = html.toLowerCase().indexOf(`</${naam}`, tag.lastIndex);
      inhoud = html.slice(tag.lastIndex, einde);
      tag.lastIndex = einde;
    }
    uit.push({ naam, attributen, inhoud });
  }
  return uit;
}

const sites = [
  ...Object.entries(SITES).map(([name, site]) => [name, site.out] as const),
  ['submap', SUBMAP_SITE.out] as const,
];
const HEAD_BEGIN = /^<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]+)">/;
const ONVEILIG = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:'];

describe.each(sites)('Content-Security-Policy on the pages of %s', (_name, dir) => {
  const paginas = htmlPages(dir).map((pagina) => {
    const html = readFileSync(join(dir, pagina), 'utf8');
    const begin = HEAD_BEGIN.exec(html);
    return { pagina, html, beleidTekst: begin?.[1], beleid: leesBeleid(begin?.[1] ?? ''), tags: tags(html) };
  });

  it('has pages to check, among them the search page and the 404 page', () => {
    expect(paginas.length).toBeGreaterThan(20);
    expect(paginas.map((p) => p.pagina)).toEqual(expect.arrayContaining(['zoeken/index.html', '404.html', 'index.html']));
  });

  it.each(paginas.map((p) => [p.pagina, p] as const))('%s: one strict policy, first in <head>, nothing it would refuse', (pagina, p) => {
    expect(p.beleidTekst, 'the first element after <meta charset> is the CSP <meta>').toBeDefined();
    expect(p.html.match(/http-equiv\s*=\s*["']?content-security-policy/gi)?.length, 'exactly one CSP <meta>').toBe(1);

    const { beleid } = p;
    expect(beleid.get('default-src'), 'default-src').toEqual(["'none'"]);
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem', 'style-src-attr', 'img-src', 'connect-src', 'worker-src', 'object-src']) {
      const toegestaan = bronnen(beleid, directive);
      expect(toegestaan.filter((b) => ONVEILIG.includes(b.toLowerCase())), `${directive}: ${toegestaan.join(' ')}`).toEqual([]);
      // Hashes or nonces would allow inline code: the pages have none, so the policy names none.
      expect(toegestaan.filter((b) => /^'(sha\d+|nonce)-/.test(b)), directive).toEqual([]);
    }
    expect(bronnen(beleid, 'object-src'), 'object-src').toEqual(["'none'"]);
    expect(bronnen(beleid, 'style-src'), 'style-src').toEqual(["'self'"]);
    // WebAssembly only where Pagefind runs.
    const script = bronnen(beleid, 'script-src');
    expect(script, 'script-src').toEqual(pagina === 'zoeken/index.html' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    expect(beleid.has('base-uri') && beleid.has('form-action'), 'base-uri and form-action (no fallback to default-src)').toBe(true);
    // Ignored in a <meta> (with a console message): they belong in the HTTP header.
    for (const alleenHeader of ['frame-ancestors', 'report-uri', 'sandbox']) expect(beleid.has(alleenHeader), alleenHeader).toBe(false);

    const handlers = p.tags.flatMap((t) => t.attributen.filter(([naam]) => /^on/.test(naam)).map(([naam, waarde]) => `<${t.naam} ${naam}="${waarde}">`));
    expect.soft(handlers, 'inline event handlers').toEqual([]);
    const jsUrls = p.tags.flatMap((t) => t.attributen.filter(([, waarde]) => /^[\s\0-\x20]*j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i.test(waarde)).map(([naam, waarde]) => `<${t.naam} ${naam}="${waarde}">`));
    expect.soft(jsUrls, 'javascript: URLs').toEqual([]);
    const inlineScripts = p.tags.filter((t) => t.naam === 'script' && !t.attributen.some(([naam]) => naam === 'src'));
    expect.soft(inlineScripts.filter((t) => !t.attributen.some(([naam, waarde]) => naam === 'type' && waarde === 'application/json')).map((t) => t.inhoud.slice(0, 80)), 'inline scripts (other than JSON data)').toEqual([]);
    expect.soft(p.tags.filter((t) => t.naam === 'style').map((t) => t.inhoud.slice(0, 80)), '<style> elements').toEqual([]);
    expect.soft(p.tags.filter((t) => t.attributen.some(([naam]) => naam === 'style')).map((t) => t.naam), 'style attributes').toEqual([]);
  });

  it('the recommended HTTP header allows everything every page needs (browsers enforce both)', () => {
    const header = leesBeleid(CSP_HEADER);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    const tekort = paginas.flatMap(({ pagina, beleid }) =>
      [...beleid].flatMap(([directive]) =>
        bronnen(beleid, directive)
          .filter((b) => b !== "'none'" && !bronnen(header, directive).includes(b))
          .map((b) => `${pagina}: ${directive} ${b}`),
      ),
    );
    expect(tekort).toEqual([]);
  });
});

describe('the documented HTTP headers', () => {
  it('docs/aan-de-slag.md shows exactly the headers of src/lib/csp.ts', () => {
    const docs = readFileSync(join(ROOT, 'docs/aan-de-slag.md'), 'utf8');
    for (const [naam, waarde] of Object.entries(AANBEVOLEN_HEADERS)) expect(docs, naam).toContain(`${naam}: ${waarde}`);
  });
});
