// Dev preview: serve the downloads (src/lib/download.ts, all CSV) from the current model, as
// the build writes them (src/cli/downloads.ts).
import type { Plugin } from 'vite';
import { getMonitor } from '../site/site.ts';

export function regioDownloads(): Plugin {
  return {
    name: 'onderwijsregio-monitor:downloads',
    apply: 'serve',
    async configureServer(server) {
      const { downloadBestanden } = await import('../lib/download.ts');
      const base = server.config.base.replace(/\/?$/, '/');
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        if (!path.startsWith(`${base}downloads/`)) return next();
        let bestand;
        try {
          bestand = downloadBestanden(getMonitor()).find((b) => `${base}${b.pad}` === path);
        } catch (error) {
          return next(error);
        }
        if (!bestand) return next();
        response.setHeader('Content-Type', 'text/csv; charset=utf-8');
        response.end(bestand.inhoud);
      });
    },
  };
}
