// Vite's client build takes the chart code from grafiekcode.ts (bundled once, kept between
// builds) instead of bundling chart.js again: grafieken.ts's dynamic import of
// grafiek-tekenen.ts becomes an import of that finished file, written beside the other
// scripts. The dev preview bundles as before (this plugin is for builds only).
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { PROJECT_ROOT, WORK_DIR } from './common.ts';
import { grafiekcode, type Grafiekcode } from './grafiekcode.ts';

/** Who imports the chart code, and how (src/scripts/grafieken.ts). */
const IMPORTEUR = /[\\/]src[\\/]scripts[\\/]grafieken\.ts$/;
const SPECIFIER = './grafiek-tekenen.ts';

export function regioGrafiekcode(cacheDir = join(WORK_DIR, 'grafiekcode')): Plugin {
  let code: Grafiekcode | undefined;
  let bestand = '';
  let url = '';
  return {
    name: 'onderwijsregio-monitor:grafiekcode',
    apply: 'build',
    // Before Vite's own resolver, which would resolve the relative import itself.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async buildStart() {
      const { config } = this.environment;
      const target = config.build.target;
      code = await grafiekcode(PROJECT_ROOT, cacheDir, Array.isArray(target) ? target : [String(target)]);
      bestand = `${config.build.assetsDir}/grafiek-tekenen.${code.hash}.js`;
      url = `${config.base}${bestand}`;
    },
    resolveId: {
      filter: { id: /^\.\/grafiek-tekenen\.ts$/ },
      handler(id, importer) {
        if (id !== SPECIFIER || !importer || !IMPORTEUR.test(importer) || !code) return undefined;
        // A literal path under the base, kept as written: the page-weight analysis and the
        // browser both follow it.
        return { id: url, external: 'absolute' };
      },
    },
    generateBundle() {
      if (code) this.emitFile({ type: 'asset', fileName: bestand, source: code.code });
    },
  };
}
