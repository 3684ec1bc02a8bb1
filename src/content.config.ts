// Content collections: only the region's MDX narrative, so Astro can render it. Their
// frontmatter was already read and checked by src/lib (the model holds it); Astro's copy
// is not used for data. The region folder comes from REGIO_DIR (set by the commands).
// `defineCollection` from astro/content/config rather than the astro:content virtual module:
// the same function, but loading this file during the build then takes half a second less
// (astro:content pulls Astro's whole content runtime through Vite; see docs/benchmarks.md).
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const regio = resolve(process.env.REGIO_DIR || '.');
// Optional folders (doelen, paginas) may be absent: then an empty collection, quietly.
const uit = (map: string) => {
  const dir = resolve(regio, 'content', map);
  return existsSync(dir) ? glob({ pattern: '*.mdx', base: pathToFileURL(`${dir}/`) }) : { name: `leeg-${map}`, load: async () => {} };
};

export const collections = {
  lijnen: defineCollection({ loader: uit('lijnen') }),
  kwartalen: defineCollection({ loader: uit('kwartalen') }),
  doelen: defineCollection({ loader: uit('doelen') }),
  paginas: defineCollection({ loader: uit('paginas') }),
};
