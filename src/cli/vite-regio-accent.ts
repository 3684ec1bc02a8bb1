// The region's accent colour (regio.yaml `accentkleur`) as a virtual stylesheet that Basis.astro
// imports after site.css, so it is bundled into the site's CSS file. An inline <style> would
// need a hash in the Content-Security-Policy that changes with every region and colour, also in
// the HTTP header a host sets (docs/aan-de-slag.md); a bundled file is covered by 'self'.
import type { Plugin } from 'vite';
import { getMonitor } from '../site/site.ts';
import { exactId } from './vite-filter.ts';

export const ACCENT_MODULE = 'virtual:onderwijsregio/accent.css';
const RESOLVED = `\0${ACCENT_MODULE}`;

export function regioAccent(): Plugin {
  return {
    name: 'onderwijsregio-monitor:accent',
    // Called for this module's id only (vite-filter.ts).
    resolveId: {
      filter: { id: exactId(ACCENT_MODULE) },
      handler: (id) => (id === ACCENT_MODULE ? RESOLVED : undefined),
    },
    load: {
      filter: { id: exactId(RESOLVED) },
      handler(id) {
        if (id !== RESOLVED) return undefined;
        // src/lib checked the colour: always #rrggbb, so it cannot break out of the declaration.
        const kleur = getMonitor().regio.accentkleur;
        return kleur ? `:root{--regio-accent:${kleur}}\n` : '/* geen accentkleur in regio.yaml */\n';
      },
    },
  };
}
