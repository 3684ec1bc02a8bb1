// Dev preview: serve the downloads and the open data (src/lib/download.ts, src/lib/open-data) from the current model, as
// the build writes them (src/cli/downloads.ts).
import type { Plugin } from 'vite';
import { getMonitor } from '../site/site.ts';

export function regioDownloads(): Plugin {
  return {
    name: 'onderwijsregio-monitor:downloads',
    apply: 'serve',
    async configureServer(server) {
      const { dataBestanden, mediaType } = await import('../lib/open-data/export.ts');
      const base = server.config.base.replace(/\/?$/, '/');
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        if (!path.startsWith(`${base}downloads/`) && !path.startsWith(`${base}open-data/`)) return next();
        let bestand;
        try {
          bestand = dataBestanden(getMonitor()).find((b) => `${base}${b.pad}` === path);
        } catch (error) {
          return next(error);
        }
        if (!bestand) return next();
        response.setHeader('Content-Type', mediaType(bestand.pad));
        response.end(bestand.inhoud);
      });
    },
  };
}
