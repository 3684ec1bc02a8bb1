// A build can ask to receive every HTML page as soon as Astro has rendered it (the search
// index does, so Pagefind reads pages while Astro renders the rest instead of afterwards).
// The build command and the page bundle share only `globalThis`: Vite bundles this module
// into the pages separately from the copy the command imports.
const KEY = Symbol.for('onderwijsregio-monitor.rendered-pages');
type Holder = { [KEY]?: RenderedPageListener };

/** `file` is the page's path in the output folder, e.g. `doelen/werven-1/index.html`. */
export type RenderedPageListener = (file: string, html: string) => void;

export function listenToRenderedPages(listener: RenderedPageListener | undefined): void {
  (globalThis as Holder)[KEY] = listener;
}

export function renderedPageListener(): RenderedPageListener | undefined {
  return (globalThis as Holder)[KEY];
}

/** The output file of a page URL under `base`, as Astro writes it with build.format 'directory'. */
export function outputFileOf(pathname: string, base: string, routePattern: string): string {
  if (routePattern === '/404' || routePattern === '/500') return `${routePattern.slice(1)}.html`;
  const baseDir = base.endsWith('/') ? base : `${base}/`;
  let path = decodeURIComponent(pathname);
  if (path.startsWith(baseDir)) path = path.slice(baseDir.length);
  else if (`${path}/` === baseDir) path = '';
  path = path.replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.[a-z0-9]+$/i.test(path) ? path : `${path}/index.html`;
}
