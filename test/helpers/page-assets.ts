// What a built page loads: the stylesheets it links and the JavaScript it runs, followed
// through the import graph of the built chunks. Used by test/site/chart-code.test.ts (no
// chart code where there is no chart) and by bench/run.ts (page weight per page type).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/**
 * Strings of chart.js that survive minification (error messages and type checks in the core
 * and its helpers). A chunk with any of them contains chart.js code.
 */
export const CHART_MARKERS = [
  'Canvas is already in use',
  'is not a registered ',
  'Check that a complete date adapter is provided',
  'Recursion detected: ',
  '[object CanvasPattern]',
] as const;

export const isChartCode = (source: string): boolean => CHART_MARKERS.some((marker) => source.includes(marker));

export interface PageAssets {
  /** Site-relative path of the HTML file, with forward slashes (`doelen/x/index.html`). */
  page: string;
  html: string;
  /** Stylesheets linked from the page (site-relative files). */
  css: string[];
  /** JS run on load: script src, module preloads, and everything they import statically. */
  eager: string[];
  /** JS only reachable through a dynamic import() (loaded later, e.g. when a chart scrolls into view). */
  lazy: string[];
  /** Inline module scripts of the page (their source). */
  inline: string[];
  /** Specifiers that could not be followed: other hosts, computed paths, missing files. */
  unresolved: string[];
  /** True when the page has a chart (an element with `data-grafiek`). */
  hasChart: boolean;
}

/** Every HTML file of a built site, site-relative with forward slashes, sorted. */
export function htmlPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(relative(siteDir, full).split(sep).join('/'));
    }
  };
  walk(siteDir);
  return pages.sort();
}

const attr = (tag: string, name: string): string | undefined =>
  tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** Static imports and re-exports of a module's source (minified or not). */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  // import x from "y", import{a as b}from"y", import * as x from "y", import "y"
  for (const m of source.matchAll(/(?<![\w$.])import(?![\w$])\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?(["'`])([^"'`\n]+)\1/g)) found.push(m[2]);
  // export{a}from"y", export*from"y", export * as x from "y"
  for (const m of source.matchAll(/(?<![\w$.])export(?![\w$])\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*(["'`])([^"'`\n]+)\1/g)) found.push(m[2]);
  return found;
}

/**
 * Dynamic imports with a literal path. (Vite's preload list for a dynamic import names the
 * same chunk's own static imports, which are followed from the chunk itself.) A computed path
 * such as Pagefind's bundle cannot be followed.
 */
export function dynamicImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?<![\w$.])import\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)) if (!m[2].includes('${')) found.push(m[2]);
  return found;
}

/**
 * Reads one built page and follows its scripts. `base` is the site's base path (`/` unless
 * MONITOR_BASE was set): absolute URLs under it are files in `siteDir`.
 */
export function pageAssets(siteDir: string, page: string, base = '/'): PageAssets {
  const html = readFileSync(join(siteDir, page), 'utf8');
  const pageUrl = `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
  const unresolved: string[] = [];
  /** A specifier as a site-relative file, or undefined (other host, outside the base, missing). */
  const resolveFrom = (fromUrl: string, specifier: string): string | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) || specifier.startsWith('//')) {
      unresolved.push(specifier);
      return undefined;
    }
    if (!specifier.startsWith('/') && !specifier.startsWith('.')) {
      unresolved.push(specifier); // a bare module name: cannot load in a browser as is
      return undefined;
    }
    const url = posix.normalize(specifier.startsWith('/') ? specifier : posix.join(posix.dirname(fromUrl.endsWith('/') ? `${fromUrl}x` : fromUrl), specifier)).replace(/[?#].*$/, '');
    if (!url.startsWith(base)) {
      unresolved.push(specifier);
      return undefined;
    }
    const file = url.slice(base.length);
    if (!existsSync(join(siteDir, file))) {
      unresolved.push(specifier);
      return undefined;
    }
    return file;
  };

  const css = new Set<string>();
  const entries = new Set<string>();
  const inline: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const file = resolveFrom(pageUrl, href);
      if (file) css.add(file);
    } else if (rel.includes('modulepreload')) {
      const file = resolveFrom(pageUrl, href);
      if (file) entries.add(file);
    }
  }
  const inlineStatic: string[] = [];
  const inlineDynamic: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue; // JSON data, templates
    const src = attr(tag, 'src');
    if (src) {
      const file = resolveFrom(pageUrl, src);
      if (file) entries.add(file);
    } else if (m[2].trim()) {
      inline.push(m[2]);
      for (const s of staticImports(m[2])) {
        const file = resolveFrom(pageUrl, s);
        if (file) inlineStatic.push(file);
      }
      for (const s of dynamicImports(m[2])) {
        const file = resolveFrom(pageUrl, s);
        if (file) inlineDynamic.push(file);
      }
    }
  }
  for (const file of inlineStatic) entries.add(file);

  const eager = new Set<string>();
  const lazyRoots: string[] = [...inlineDynamic];
  const visit = (file: string, into: Set<string>, dynamicOut: string[]) => {
    if (into.has(file) || !/\.m?js$/.test(file)) return;
    into.add(file);
    const source = readFileSync(join(siteDir, file), 'utf8');
    const url = `${base}${file}`;
    for (const s of staticImports(source)) {
      const dep = resolveFrom(url, s);
      if (dep) visit(dep, into, dynamicOut);
    }
    for (const s of dynamicImports(source)) {
      const dep = resolveFrom(url, s);
      if (dep) dynamicOut.push(dep);
    }
  };
  for (const file of entries) visit(file, eager, lazyRoots);
  const lazy = new Set<string>();
  for (let i = 0; i < lazyRoots.length; i++) {
    if (!eager.has(lazyRoots[i])) visit(lazyRoots[i], lazy, lazyRoots);
  }
  for (const file of eager) lazy.delete(file);

  return {
    page,
    html,
    css: [...css],
    eager: [...eager],
    lazy: [...lazy],
    inline,
    unresolved: [...new Set(unresolved)],
    hasChart: /<[a-z][^>]*\sdata-grafiek(?=[\s=>])/i.test(html),
  };
}
