// Full-text search with Pagefind. The index is opened before Astro builds, receives every page
// as soon as it is rendered (src/middleware.ts), and is written into the site afterwards:
// Pagefind (its own process) parses pages while Astro is still rendering the rest.
import * as pagefind from 'pagefind';
import { listenToRenderedPages } from '../site/rendered-pages.ts';

export interface SearchIndex {
  /** Writes the index into `siteDir/pagefind`; throws with every error Pagefind reported. */
  write(siteDir: string): Promise<{ pages: number }>;
  /** Stops listening and ends Pagefind's process (after write, or when the build failed). */
  close(): Promise<void>;
}

// One attribute of a tag: quoted values may hold '>' (a title from the region's files can).
const ATTRIBUUT = String.raw`\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
const TAG_EINDE = String.raw`(?:${ATTRIBUUT})*\s*/?>`;
const SCRIPT_OF_SVG = /<script\b[^>]*>[\s\S]*?<\/script>|<svg\b[^>]*>[\s\S]*?<\/svg>/g;
const GENEGEERD = 'data-pagefind-ignore';
// The opening tag up to that attribute, read attribute by attribute: not a value that holds its name.
const MET_GENEGEERD = new RegExp(String.raw`<[a-zA-Z][a-zA-Z0-9-]*(?:${ATTRIBUUT})*?\s+${GENEGEERD}(?=[\s=/>])`, 'y');
const LEGE_ELEMENTEN = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const OPEN_TAGS = new Map<string, RegExp>();
/**
 * The opening tag of this name at lastIndex, whole (sticky). Tag names are matched as written,
 * lower case, like the indexOf searches below: Astro writes every element name in lower case.
 */
function openTag(naam: string): RegExp {
  let tag = OPEN_TAGS.get(naam);
  if (!tag) OPEN_TAGS.set(naam, (tag = new RegExp(String.raw`<${naam}${TAG_EINDE}`, 'y')));
  return tag;
}
const NA_NAAM = /[\s/>]/;
const TAG_NAAM = /<([a-zA-Z][a-zA-Z0-9-]*)/y;

/** Where the element whose opening tag ends at `openEinde` ends, or undefined when it does not close. */
function eindeVanElement(html: string, naam: string, openEinde: number): number | undefined {
  if (LEGE_ELEMENTEN.has(naam) || html[openEinde - 2] === '/') return openEinde;
  const sluit = `</${naam}`;
  let diepte = 1;
  let at = openEinde;
  for (;;) {
    const volgende = html.indexOf(`<${naam}`, at);
    const dicht = html.indexOf(sluit, at);
    if (dicht === -1) return undefined;
    if (volgende !== -1 && volgende < dicht && NA_NAAM.test(html[volgende + naam.length + 1] ?? '')) {
      const tag = openTag(naam);
      tag.lastIndex = volgende;
      if (!tag.test(html)) return undefined;
      if (html[tag.lastIndex - 2] !== '/') diepte++;
      at = tag.lastIndex;
      continue;
    }
    if (volgende !== -1 && volgende < dicht) {
      at = volgende + naam.length + 1;
      continue;
    }
    const einde = html.indexOf('>', dicht);
    if (einde === -1) return undefined;
    at = einde + 1;
    if (--diepte === 0) return at;
  }
}

/**
 * A page as Pagefind gets it: without what Pagefind skips anyway, since it parses every byte it
 * is given. Scripts (the charts' data as JSON), inline SVG (icons) and every element marked
 * data-pagefind-ignore (the number tables beside the charts, the lists that repeat goal titles,
 * the computed sentences per quarter) are two thirds of the site's HTML; the index comes out the
 * same (test/site/zoekindex.test.ts). An ignored element that holds another Pagefind attribute
 * (a filter or metadata, which Pagefind reads even there) stays, as does anything that does not
 * close properly.
 */
export function voorZoekindex(html: string): string {
  const zonder = html.replace(SCRIPT_OF_SVG, '');
  let uit = '';
  let tot = 0;
  for (let at = zonder.indexOf(GENEGEERD); at !== -1; at = zonder.indexOf(GENEGEERD, at + GENEGEERD.length)) {
    if (at < tot) continue;
    // The tag this attribute is in, if it is in one: text cannot hold '<' unescaped.
    const start = zonder.lastIndexOf('<', at);
    TAG_NAAM.lastIndex = start;
    const open = TAG_NAAM.exec(zonder);
    if (start < tot || !open) continue;
    const naam = open[1];
    const tag = openTag(naam);
    tag.lastIndex = start;
    if (!tag.test(zonder) || tag.lastIndex <= at) continue;
    MET_GENEGEERD.lastIndex = start;
    if (!MET_GENEGEERD.test(zonder)) continue;
    const einde = eindeVanElement(zonder, naam, tag.lastIndex);
    if (einde === undefined) continue;
    const element = zonder.slice(start, einde);
    if (/\sdata-pagefind-(?!ignore)/.test(element)) continue;
    uit += zonder.slice(tot, start);
    tot = einde;
  }
  return tot === 0 ? zonder : uit + zonder.slice(tot);
}

export async function openSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Zoekindex maken is mislukt: ${errors.join('; ')}`);
  const added: Promise<{ file: string; errors: string[] }>[] = [];
  listenToRenderedPages((file, html) => {
    added.push(index.addHTMLFile({ sourcePath: file, content: voorZoekindex(html) }).then((r) => ({ file, errors: r.errors })));
  });
  const close = async () => {
    listenToRenderedPages(undefined);
    await pagefind.close();
  };
  return {
    async write(siteDir) {
      listenToRenderedPages(undefined);
      const results = await Promise.all(added);
      const problems = results.flatMap((r) => r.errors.map((e) => `${r.file}: ${e}`));
      if (problems.length > 0) throw new Error(`Zoekindex maken is mislukt: ${problems.join('; ')}`);
      if (results.length === 0) throw new Error('Zoekindex maken is mislukt: Astro gaf geen enkele pagina door');
      const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
      if (written.errors.length > 0) throw new Error(`Zoekindex schrijven is mislukt: ${written.errors.join('; ')}`);
      return { pages: results.length };
    },
    close,
  };
}
