// Astro configuration. The site URL and base path come from the environment, set by
// src/cli/*.ts after the region has been checked; the model and the region folder reach
// pages and plugins through src/site/site.ts only.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { regioWatcher } from './src/cli/vite-regio-watcher.ts';
import { regioVerhalen } from './src/cli/vite-regio-verhalen.ts';
import { regioDownloads } from './src/cli/vite-regio-downloads.ts';
import { regioAccent } from './src/cli/vite-regio-accent.ts';
import { regioCsp } from './src/cli/vite-regio-csp.ts';
import { regioFouten } from './src/cli/vite-regio-fouten.ts';
import { regioGrafiekcode } from './src/cli/vite-grafiekcode.ts';

const site = process.env.MONITOR_SITE || undefined;

// A plain object, typed, instead of defineConfig() from 'astro/config': that module loads Astro's
// SVG optimiser and font providers (about 0.2 s per build) only to return its argument.
/** @type {import('astro').AstroUserConfig} */
export default {
  site,
  base: process.env.MONITOR_BASE || '/',
  trailingSlash: 'always',
  // Four pages at a time: rendering waits on file writes and on the search index between pages
  // (docs/benchmarks.md); the output is the same as one at a time.
  // Styles always in a file: the Content-Security-Policy (src/lib/csp.ts) allows styles and
  // scripts from the site itself only, no inline ones.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // optimize: static Markdown in the narrative becomes plain HTML at compile time (faster to
  // render); tables stay elements, because they go through <MdxTabel>. Same output, measured.
  // No syntax highlighting: a region's narrative is prose, and Shiki's start-up costs the build
  // about 0.05 s (docs/benchmarks.md). A code block still shows, as plain preformatted text.
  markdown: { syntaxHighlight: false },
  integrations: [mdx({ optimize: { ignoreElementNames: ['table'] } }), ...(site ? [sitemap()] : [])],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    plugins: [regioVerhalen(), regioAccent(), regioCsp(), regioWatcher(), regioFouten(), regioDownloads(), regioGrafiekcode()],
    build: {
      // Vite gzips every chunk to report sizes we never print (log level warn): skip it.
      reportCompressedSize: false,
      // Astro inlines small page scripts (the goal filters, search); the CSP forbids inline
      // scripts, so every script stays a file. Other assets keep Vite's default limit.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's
        // note about it is noise for region authors.
        onwarn(warning, defaultHandler) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          defaultHandler(warning);
        },
      },
    },
  },
};
