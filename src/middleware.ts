// During a build: hand each rendered HTML page to the build's listener (the search index).
// Otherwise, and for non-HTML routes (CSV, RSS), the response passes untouched.
import type { MiddlewareHandler } from 'astro';
import { outputFileOf, renderedPageListener } from './site/rendered-pages.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const listener = renderedPageListener();
  if (!listener || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  // The page's own bytes go on to be written; only the search index needs them as text (an
  // HTML page of a large region is tens of kilobytes, so encoding it a second time shows).
  const bytes = await response.arrayBuffer();
  listener(outputFileOf(context.url.pathname, import.meta.env.BASE_URL, context.routePattern), UTF8.decode(bytes));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
};

const UTF8 = new TextDecoder();
