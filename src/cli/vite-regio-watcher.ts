// Dev preview: when a CSV, regio.yaml or MDX file of the region changes, drop the cached model,
// read the region again and reload the browser, so the programmabureau sees its edits at once.
// The terminal says what is wrong in Dutch lines (and when it is right again); the page shows
// the same lines (vite-regio-fouten.ts).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, hasErrors, sortProblems } from '../lib/problems.ts';
import { forgetMonitor, regioDir, regioToestand } from '../site/site.ts';
import { printProblems } from './common.ts';
import { onleesbareRegio } from './vite-regio-fouten.ts';

export function regioWatcher(): Plugin {
  return {
    name: 'onderwijsregio-monitor:regio-watcher',
    apply: 'serve',
    configureServer(server) {
      const dataDir = resolve(regioDir(), 'data');
      const contentDir = resolve(regioDir(), 'content');
      server.watcher.add([dataDir, contentDir]);
      // What the terminal last said, so an editor's several events for one save print once.
      let gemeld = '';
      let metFouten = false;
      let wachtend: NodeJS.Timeout | undefined;
      const meld = () => {
        let problems;
        try {
          problems = regioToestand().problems;
        } catch (error) {
          problems = onleesbareRegio(error);
        }
        const tekst = sortProblems(problems).map(formatProblem).join('\n');
        if (tekst === gemeld) return;
        const hadFouten = metFouten;
        gemeld = tekst;
        metFouten = hasErrors(problems);
        if (metFouten) {
          process.stderr.write('De regiomap bevat fouten:\n');
          printProblems(problems);
          process.stderr.write('Het voorbeeld toont deze fouten tot ze zijn opgelost.\n');
        } else {
          if (problems.length > 0) printProblems(problems, process.stdout);
          if (hadFouten) process.stdout.write('De fouten zijn opgelost; het voorbeeld is bijgewerkt.\n');
        }
      };
      const onChange = (file: string) => {
        if (!file.startsWith(dataDir) && !file.startsWith(contentDir)) return;
        forgetMonitor();
        for (const environment of Object.values(server.environments)) {
          const graph = environment.moduleGraph;
          for (const module of graph.idToModuleMap.values()) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
        clearTimeout(wachtend);
        wachtend = setTimeout(meld, 50);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
