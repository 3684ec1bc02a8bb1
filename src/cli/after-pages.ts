// What the build writes besides Astro's pages, started the moment Astro has rendered the last
// page (`astro:build:generated`), while Astro finishes its own work (sitemap, removing its
// server build): the search index (Pagefind has read every page by then) and the downloads.
import type { AstroIntegration } from 'astro';
import { writeDownloads } from './downloads.ts';
import type { SearchIndex } from './search-index.ts';
import type { Monitor } from '../lib/model.ts';

export interface AfterPages {
  integration: AstroIntegration;
  /** Resolves when the index and the downloads are written; rejects with the first failure. */
  finished(): Promise<void>;
}

export function afterPages(siteDir: string, monitor: Monitor, searchIndex: SearchIndex): AfterPages {
  let work: Promise<unknown> | undefined;
  return {
    integration: {
      name: 'onderwijsregio-monitor:na-de-paginas',
      hooks: {
        'astro:build:generated': () => {
          work = Promise.all([searchIndex.write(siteDir), writeDownloads(siteDir, monitor)]);
          work.catch(() => {}); // awaited in finished(); this only keeps Node from calling it unhandled
        },
      },
    },
    async finished() {
      if (!work) throw new Error('Astro meldde niet dat de pagina\'s klaar waren; de zoekindex en de downloads zijn niet geschreven');
      await work;
    },
  };
}
