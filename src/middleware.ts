// During a build: hand each rendered HTML page to the build's listener (the search index).
// Otherwise, and for non-HTML routes (CSV, RSS), the response passes untouched.
import type { MiddlewareHandler } from 'astro';
import { outputFileOf, renderedPageListener } from './site/rendered-pages.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const listener = renderedPageListener();
  if (!listener || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  listener(outputFileOf(context.url.pathname, import.meta.env.BASE_URL, context.routePattern), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
