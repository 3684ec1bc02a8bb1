// A tiny static file server for a built site, the way a plain web host serves it:
// directories answer with their index.html, a directory without its trailing slash is
// redirected, missing files get 404.html with status 404, and every file type the site
// ships (including Pagefind's index files) gets a proper content type. `npm run pdf` prints
// the report from it; the browser tests check the built sites on it.
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync, type Stats } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index: binary chunks fetched by pagefind.js.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin and base path with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Every request path the server answered with 404, for tests that want none. */
  missing: string[];
  close(): Promise<void>;
}

function stat(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Serves `root` on 127.0.0.1 on a free port, with `extraHeaders` on every answer. `base` is
 * the path the site is built for (MONITOR_BASE): `root` is served under it, as on the web host.
 */
export async function serveStatic(root: string, extraHeaders: Record<string, string> = {}, basePath = '/'): Promise<StaticServer> {
  const base = resolve(root);
  const missing: string[] = [];
  const server: Server = createServer((request, response) => {
    const send = (status: number, file: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': contentType(file), 'cache-control': 'no-store', ...extraHeaders, ...headers });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = (pathname: string) => {
      missing.push(pathname);
      const page = join(base, '404.html');
      if (stat(page)?.isFile()) send(404, page);
      else {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Niet gevonden');
      }
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      notFound(url.pathname);
      return;
    }
    if (basePath !== '/') {
      if (!`${pathname}/`.startsWith(basePath)) {
        notFound(pathname);
        return;
      }
      pathname = pathname.slice(basePath.length - 1) || '/';
    }
    const file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) {
      notFound(pathname);
      return;
    }
    const info = stat(file);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      const index = join(file, 'index.html');
      if (stat(index)?.isFile()) send(200, index);
      else notFound(pathname);
      return;
    }
    if (info?.isFile()) send(200, file);
    else notFound(pathname);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    missing,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
