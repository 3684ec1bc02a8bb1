// Internal links of both test sites: every href, src and srcset in every built HTML page
// resolves to a file in the output, in-page anchors exist, and every goal page carries
// exactly one current status.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser, StaticConfigLoader } from 'html-validate';
import { ROOT, SITES, FIXTURES, SUBMAP_SITE } from '../helpers/paths.ts';
import { doelIds, htmlBestanden, isBestand, leesHtml, ontsnap, urlPad, verwijzingen } from './paginas.ts';

// A fake origin to resolve relative URLs against: links to it are internal. Absolute links
// to the site's own public host (regio.yaml `site`) are internal when the tool writes them
// (<link rel=canonical>, …); in region-written text (an <a> in MDX, the accessibility
// report URL) they may point at files hosted next to the site, so a miss there is a warning.
const ORIGIN = 'http://site.test';
const NIET_TE_CONTROLEREN = new Set(['mailto:', 'tel:', 'javascript:', 'data:']);

let parser: Parser;
beforeAll(async () => {
  parser = new Parser(await new StaticConfigLoader().getConfigFor('pagina.html'));
});

/** The file a site path is served from (the site lives under `base`), or undefined. */
function bestandVoor(root: string, pathname: string, base = '/'): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let pad: string;
  try {
    pad = decodeURIComponent(`/${pathname.slice(base.length)}`);
  } catch {
    return undefined;
  }
  const doel = join(root, pad);
  if (!doel.startsWith(root)) return undefined;
  if (pad.endsWith('/')) return isBestand(join(doel, 'index.html')) ? join(doel, 'index.html') : undefined;
  if (isBestand(doel)) return doel;
  // A folder without its trailing slash: hosts redirect to the folder's index.html.
  return isBestand(join(doel, 'index.html')) ? join(doel, 'index.html') : undefined;
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => ontsnap(m[1])));
}

// The two test sites at the root of their host, and one built with MONITOR_BASE under a sub-path.
const GEVALLEN = [
  ...Object.entries(SITES).map(([naam, site]) => ({ naam, root: site.out, base: '/' })),
  { naam: `zes-lijnen onder ${SUBMAP_SITE.base}`, root: SUBMAP_SITE.out, base: SUBMAP_SITE.base },
];

describe.each(GEVALLEN)('interne links: $naam', ({ naam, root, base }) => {

  it('elke href, src en srcset verwijst naar een bestaand bestand (en een bestaand anker)', () => {
    const bestanden = htmlBestanden(root);
    expect(bestanden.length).toBeGreaterThan(10);
    // The site's own canonical host counts as internal: canonical links must point at real pages.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1];
    const siteHost = canonical ? new URL(canonical).host : undefined;
    const waarschuwingen: string[] = [];
    const idsPerBestand = new Map<string, Set<string>>();
    const idsVan = (bestand: string) => {
      let set = idsPerBestand.get(bestand);
      if (!set) idsPerBestand.set(bestand, (set = ids(readFileSync(bestand, 'utf8'))));
      return set;
    };
    const kapot: string[] = [];
    let gecontroleerd = 0;
    for (const bestand of bestanden) {
      const html = readFileSync(bestand, 'utf8');
      const document = parser.parseHtml(html);
      const pagina = new URL(`${base}${urlPad(root, bestand).slice(1)}`, ORIGIN);
      // html-validate's parser keeps no SVG children: <use href> (status icons) is read from the text.
      const svgVerwijzingen = [...html.matchAll(/<use\s[^>]*\bhref="([^"]+)"/g)].map((m) => ({ element: 'use', attribuut: 'href', waarde: ontsnap(m[1]) }));
      for (const v of [...verwijzingen(document), ...svgVerwijzingen]) {
        const plek = `${relative(ROOT, bestand)}: <${v.element} ${v.attribuut}="${v.waarde}">`;
        let url: URL;
        try {
          url = new URL(v.waarde, pagina);
        } catch {
          kapot.push(`${plek}: geen geldige URL`);
          continue;
        }
        if (NIET_TE_CONTROLEREN.has(url.protocol)) continue;
        if (!['http:', 'https:'].includes(url.protocol)) {
          kapot.push(`${plek}: onbekend protocol ${url.protocol}`);
          continue;
        }
        const intern = url.host === new URL(ORIGIN).host || (url.host === siteHost && v.element === 'link');
        const eigenHost = url.host === siteHost;
        if (!intern && !eigenHost) continue;
        gecontroleerd++;
        const doel = bestandVoor(root, url.pathname, base);
        if (!doel) {
          if (intern) kapot.push(`${plek}: ${url.pathname} bestaat niet in de gebouwde site${base === '/' ? '' : ` onder ${base}`}`);
          else waarschuwingen.push(`${plek}: ${url.pathname} staat niet in de gebouwde site (moet apart op de webserver staan)`);
          continue;
        }
        const anker = url.hash.slice(1);
        // Anchors in pages, and symbols in SVG sprites (<use href="…/status-iconen.svg#achter">).
        if (anker && /\.(html|svg)$/.test(doel) && !idsVan(doel).has(decodeURIComponent(anker))) {
          kapot.push(`${plek}: anker #${anker} bestaat niet in ${relative(root, doel)}`);
        }
      }
    }
    if (waarschuwingen.length > 0) console.warn(`Links naar de eigen host die niet in de gebouwde site staan (${naam}):\n${waarschuwingen.join('\n')}`);
    expect(gecontroleerd).toBeGreaterThan(bestanden.length * 5);
    expect(kapot, `${kapot.length} kapotte interne links:\n${kapot.join('\n')}`).toEqual([]);
  });

  it('de sitemap en de RSS-feed verwijzen naar bestaande pagina’s', () => {
    const xml = ['sitemap-0.xml', 'rss.xml'].filter((f) => existsSync(join(root, f)));
    const kapot: string[] = [];
    for (const f of xml) {
      const tekst = readFileSync(join(root, f), 'utf8');
      for (const [, url] of tekst.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) {
        if (!bestandVoor(root, new URL(ontsnap(url)).pathname, base)) kapot.push(`${f}: ${url}`);
      }
    }
    expect(kapot, kapot.join('\n')).toEqual([]);
  });

  it('elke doelpagina heeft precies één huidige status', () => {
    const verwacht =
      naam === 'zes-lijnen'
        ? (JSON.parse(readFileSync(join(FIXTURES, 'regio-zes-lijnen.verwacht.json'), 'utf8')) as { doelen: Record<string, string> }).doelen
        : undefined;
    const ids = doelIds(root);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const html = leesHtml(root, `/doelen/${id}/`);
      const statussen = [...html.matchAll(/data-huidige-status="([^"]+)"/g)].map((m) => m[1]);
      expect(statussen, `doelen/${id}/`).toHaveLength(1);
      if (verwacht?.[id]) expect(statussen[0], `status van doel ${id}`).toBe(verwacht[id]);
    }
  });
});
