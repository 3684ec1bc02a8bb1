// The region's MDX narrative as a virtual module: `verhaalVan(file)` gives the compiled MDX
// component of one file of the model (lijn.source.file, kwartaal.file, doel.verhaal,
// pagina.file). Vite compiles only the files the model publishes.
//
// Why not content collections: the narrative needs no second reading of frontmatter (src/lib
// already checked it), and skipping Astro's content layer and its runtime made the build of
// the benchmark region about 0.4 s faster (docs/benchmarks.md).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { getMonitor, regioDir } from '../site/site.ts';
import { exactId } from './vite-filter.ts';

export const VERHALEN_MODULE = 'virtual:onderwijsregio/verhalen';
const RESOLVED = `\0${VERHALEN_MODULE}`;

export function regioVerhalen(): Plugin {
  return {
    name: 'onderwijsregio-monitor:verhalen',
    // Called for this module's id only (vite-filter.ts).
    resolveId: {
      filter: { id: exactId(VERHALEN_MODULE) },
      handler: (id) => (id === VERHALEN_MODULE ? RESOLVED : undefined),
    },
    load: {
      filter: { id: exactId(RESOLVED) },
      async handler(id) {
        if (id !== RESOLVED) return undefined;
        // Loaded here, not with the config: Astro's start does not wait for the model's modules.
        const { verhaalBestanden } = await import('../lib/model.ts');
        const dir = regioDir();
        // Static imports: one module graph, no chunk per file (measurably faster to bundle than
        // a dynamic import per narrative; the build needs every file anyway).
        const files = verhaalBestanden(getMonitor());
        return [
          ...files.map((file, i) => `import verhaal${i} from ${JSON.stringify(resolve(dir, file))};`),
          'const verhalen = {',
          ...files.map((file, i) => `  ${JSON.stringify(file)}: verhaal${i},`),
          '};',
          'export function verhaalVan(file) {',
          '  return file === undefined ? undefined : verhalen[file];',
          '}',
          '',
        ].join('\n');
      },
    },
  };
}
