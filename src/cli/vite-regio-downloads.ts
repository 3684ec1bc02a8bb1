// Dev preview: serve the downloads and the open data (src/lib/download.ts, src/lib/open-data) from the
// current model, and the frozen reports' JSON and PDF from the region folder, as the build writes
// them (src/cli/downloads.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { getMonitor } from '../site/site.ts';

export function regioDownloads(): Plugin {
  return {
    name: 'onderwijsregio-monitor:downloads',
    apply: 'serve',
    async configureServer(server) {
      const { dataBestanden, mediaType } = await import('../lib/open-data/export.ts');
      const { momentopnameDownloads } = await import('../lib/paginas/kwartaal.ts');
      const base = server.config.base.replace(/\/?$/, '/');
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        if (!path.startsWith(`${base}downloads/`) && !path.startsWith(`${base}open-data/`)) return next();
        let bestand;
        let kopie;
        try {
          const monitor = getMonitor();
          bestand = dataBestanden(monitor).find((b) => `${base}${b.pad}` === path);
          kopie = bestand ? undefined : momentopnameDownloads(monitor).find((k) => `${base}${k.pad}` === path);
          if (kopie) {
            response.setHeader('Content-Type', kopie.pad.endsWith('.pdf') ? 'application/pdf' : 'application/json; charset=utf-8');
            return response.end(readFileSync(join(monitor.data.dir, kopie.bron)));
          }
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
