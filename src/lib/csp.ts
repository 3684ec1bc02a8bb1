// The Content-Security-Policy of the built site: defence in depth against injected script
// (say a region's MDX with an inline event handler or a `javascript:` link). Every page
// carries its own policy as a <meta> (src/layouts/Basis.astro), so it holds on any host; a
// host that can set HTTP headers adds CSP_HEADER (docs/aan-de-slag.md, "Beveiliging").
//
// What the pages need, and nothing more: scripts, styles and images from the site itself,
// never inline (astro.config.mjs keeps every script and stylesheet a file; the accent colour
// is bundled into the CSS). Only the search page needs more: Pagefind 1.6 compiles
// WebAssembly and fetches its index. It does so in a Web Worker (pagefind-worker.js, allowed
// by script-src 'self', as worker-src is not set) and falls back to the page itself when the
// worker cannot start; under the host's header the worker has the same policy (CSP_HEADER).
// Chart.js sets element.style through the CSSOM, which style-src does not govern.

type Directives = [name: string, ...sources: string[]][];

const BASIS: Directives = [
  // Everything not named below is refused: objects, frames, fonts, media, manifests.
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // The favicon and the status icon sprite (SVG <use>).
  ['img-src', "'self'"],
  // No page has a <base>; nobody may add one.
  ['base-uri', "'none'"],
  // The search and filter forms submit (if at all) to the page itself.
  ['form-action', "'self'"],
];

const ZOEKEN: Directives = [
  ['script-src', "'wasm-unsafe-eval'"],
  ['connect-src', "'self'"],
];

function merge(...lijsten: Directives[]): string {
  const per = new Map<string, string[]>();
  for (const [naam, ...bronnen] of lijsten.flat()) per.set(naam, [...(per.get(naam) ?? []), ...bronnen]);
  return [...per].map(([naam, bronnen]) => `${naam} ${bronnen.join(' ')}`).join('; ');
}

/** The policy of one page: the base policy, plus what Pagefind needs on the search page. */
export function paginaCsp(opties: { zoekfunctie?: boolean } = {}): string {
  return opties.zoekfunctie ? merge(BASIS, ZOEKEN) : merge(BASIS);
}

/**
 * The policy for the host's HTTP header: what any page needs (the browser enforces header and
 * meta both, so each page keeps its own stricter meta), plus `frame-ancestors`, which a <meta>
 * cannot set: no other site may show the monitor in a frame.
 */
export const CSP_HEADER = merge(BASIS, ZOEKEN, [['frame-ancestors', "'none'"]]);

/** All HTTP headers we recommend a host to send with every file of the site. */
export const AANBEVOLEN_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  // Other sites do not learn which page of the monitor a reader came from.
  'Referrer-Policy': 'same-origin',
};
