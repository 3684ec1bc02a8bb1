// Dev preview: when a CSV or regio.yaml of the region changes, drop the cached model and
// reload the browser, so the programmabureau sees its edits at once.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { forgetMonitor, regioDir } from '../site/site.ts';

export function regioWatcher(): Plugin {
  return {
    name: 'onderwijsregio-monitor:regio-watcher',
    apply: 'serve',
    configureServer(server) {
      const dataDir = resolve(regioDir(), 'data');
      const contentDir = resolve(regioDir(), 'content');
      server.watcher.add([dataDir, contentDir]);
      const onChange = (file: string) => {
        if (!file.startsWith(dataDir) && !file.startsWith(contentDir)) return;
        forgetMonitor();
        for (const environment of Object.values(server.environments)) {
          const graph = environment.moduleGraph;
          for (const module of graph.idToModuleMap.values()) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
