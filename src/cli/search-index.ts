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

/**
 * A page as Pagefind gets it: without what Pagefind skips anyway, since it parses every byte it
 * is given. Scripts (the charts' data as JSON), inline SVG (icons) and the number tables beside
 * the charts (IndicatorGrafiek.astro, marked data-pagefind-ignore, no element of their own
 * inside) are about a third of a goal page; the index comes out the same (test/site/zoekindex.test.ts).
 */
export function voorZoekindex(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg>/g, '')
    .replace(/<div class="tabel-wrapper"[^>]*\sdata-pagefind-ignore[^>]*>\s*<table\b[\s\S]*?<\/table>\s*<\/div>/g, '');
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
