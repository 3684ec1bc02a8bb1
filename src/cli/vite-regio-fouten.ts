// Dev preview: what goes wrong reaches the author as Dutch `file:line: message` lines, in the
// terminal and on the page, never as Vite's English overlay with a stack trace.
// - A region with errors (a broken CSV or MDX saved while the preview runs): every request for a
//   page or download gets a Dutch page with the problem lines, without running any page (the
//   MDX is not compiled); it loads Vite's client, so the full reload after the fix recovers.
// - An error while Astro renders a page (a file the check passed but the compiler refused, or a
//   fault of the monitor itself): Astro's empty 500 page becomes a Dutch page with that line.
// The watcher (vite-regio-watcher.ts) prints the region's problems in the terminal, this plugin a
// failed page's line.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { formatProblem, sortProblems } from '../lib/problems.ts';
import { melding } from '../lib/meldingen/index.ts';
import type { Problem } from '../lib/types.ts';
import { regioDir, regioToestand } from '../site/site.ts';
import { PROJECT_ROOT } from './common.ts';

/** Vite's own requests (its client, modules, files by path) and Astro's: never a page. */
const INTERN = /^(@vite|@id|@fs|@react-refresh|__|node_modules\/|src\/|\.astro\/|_astro\/|_image)/;

/** What the preview says when reading the region folder itself failed (moved, no access). */
export function onleesbareRegio(error: unknown): Problem[] {
  return [{ ...melding('publiceren.regiomap-onleesbaar', { reden: error instanceof Error ? error.message : String(error) }), file: 'data/' }];
}

export function regioFouten(): Plugin {
  return {
    name: 'onderwijsregio-monitor:fouten',
    apply: 'serve',
    // Vite's overlay shows the English error Astro sends after its 500 page; ours says it in Dutch.
    config: () => ({ server: { hmr: { overlay: false } } }),
    configureServer(server) {
      const base = server.config.base.replace(/\/?$/, '/');
      // Astro hands every error of a page to Vite's ssrFixStacktrace before it answers 500:
      // the one moment the error itself can be seen from here.
      let laatste: { url: string; regel: string } | undefined;
      let huidigeUrl: string | undefined;
      const fix = server.ssrFixStacktrace.bind(server);
      // A file saved with errors while a page was rendering: the page failed on the region's
      // problems, which the watcher prints; the page shows them too.
      const regioFout = (): string | undefined => {
        try {
          const toestand = regioToestand();
          return toestand.monitor ? undefined : foutRegels(toestand.problems).join('\n');
        } catch {
          return undefined;
        }
      };
      server.ssrFixStacktrace = (error: Error) => {
        fix(error);
        if (regioFout() !== undefined) return;
        const regel = foutRegel(error);
        if (laatste?.regel !== regel) process.stderr.write(`${regel}\n`);
        laatste = { url: huidigeUrl ?? '', regel };
      };

      server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        if (!path.startsWith(base) || INTERN.test(path.slice(base.length))) return next();
        const pagina = /\/$|\.html?$|\/[^./]*$/.test(path);
        let problems: Problem[];
        try {
          const toestand = regioToestand();
          if (toestand.monitor) {
            if (pagina) vervangFoutpagina(response, path, () => regioFout() ?? (laatste?.url === path ? laatste.regel : undefined), base);
            huidigeUrl = path;
            return next();
          }
          problems = toestand.problems;
        } catch (error) {
          problems = onleesbareRegio(error);
        }
        const regels = foutRegels(problems);
        response.statusCode = 500;
        if (!pagina) {
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(`De regiomap bevat fouten:\n${regels.join('\n')}\n`);
          return;
        }
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(foutpagina('De regiomap bevat fouten', 'Los deze fouten op en sla het bestand op; de pagina ververst dan vanzelf.', regels, base));
      });
    },
  };
}

function foutRegels(problems: Problem[]): string[] {
  return sortProblems(problems).filter((p) => p.severity === 'fout').map(formatProblem);
}

/** The error as one Dutch line: the file and line it points at (in the region when it is there). */
export function foutRegel(error: Error & { loc?: { file?: string; line?: number }; id?: string }): string {
  const bestand = error.loc?.file ?? error.id?.split('?')[0] ?? /\((\/[^():\s]+):(\d+):\d+\)/.exec(error.stack ?? '')?.[1];
  const regel = error.loc?.line ?? (bestand ? Number(new RegExp(`${escape(bestand)}:(\\d+)`).exec(error.stack ?? '')?.[1]) || undefined : undefined);
  const bericht = error.message.split('\n')[0].trim() || error.name;
  if (!bestand) return `de pagina kon niet gemaakt worden: ${bericht}`;
  const inRegio = binnen(regioDir(), bestand);
  const naam = inRegio ?? binnen(PROJECT_ROOT, bestand) ?? bestand;
  const waar = regel ? `${naam}:${regel}` : naam;
  // A file of the monitor itself: nothing the author can fix in the region folder.
  const tip = inRegio === undefined ? ' (een fout in de monitor zelf, niet in de regiomap; meld dit aan wie de monitor beheert)' : '';
  return `${waar}: de pagina kon niet gemaakt worden: ${bericht}${tip}`;
}

function binnen(dir: string, file: string): string | undefined {
  const pad = relative(dir, resolve(file));
  return pad === '' || pad.startsWith('..') || isAbsolute(pad) ? undefined : pad.split(sep).join('/');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Astro answers an error in a page with an empty 500 page that only loads Vite's client (which
 * would then show the English overlay): give the Dutch page instead, with the error's line.
 */
export function vervangFoutpagina(response: ServerResponse, path: string, regel: () => string | undefined, base: string): void {
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: Record<string, string | number>) => ServerResponse;
  const write = response.write.bind(response) as (chunk: unknown) => boolean;
  const end = response.end.bind(response) as (chunk?: unknown) => ServerResponse;
  let vervangen = false;
  const pagina = () =>
    foutpagina('Deze pagina kon niet gemaakt worden', `${path} gaf een fout. De pagina ververst vanzelf als u een bestand opslaat.`, [regel() ?? 'de pagina kon niet gemaakt worden; de melding staat in het terminalvenster'], base);
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 500) return (writeHead as (...args: unknown[]) => ServerResponse)(status, ...rest);
    vervangen = true;
    const html = pagina();
    writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
    end(html);
    return response;
  }) as typeof response.writeHead;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (vervangen) return true;
    // A page that failed after its first bytes were sent: Astro then appends only Vite's client.
    if (typeof chunk === 'string' && chunk.startsWith('<script type="module" src="/@vite/client">')) return write(foutblok(regel()));
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((...args: unknown[]) => (vervangen ? response : (end as (...a: unknown[]) => ServerResponse)(...args))) as typeof response.end;
}

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function foutblok(regel: string | undefined): string {
  return `<div role="alert" style="border:3px solid #b00020;padding:1rem;margin:1rem;font-family:monospace;white-space:pre-wrap">${html(regel ?? 'Deze pagina kon niet helemaal gemaakt worden; de melding staat in het terminalvenster.')}</div><script type="module" src="/@vite/client"></script>`;
}

function foutpagina(titel: string, uitleg: string, regels: string[], base: string): string {
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(titel)} – voorbeeld</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}',
    'pre{white-space:pre-wrap;background:#fff4f4;border-left:.4rem solid #b00020;padding:1rem;font-size:1rem}</style>',
    // Vite's client: the watcher's full reload after a fix brings the page back by itself.
    `<script type="module" src="${base}@vite/client"></script>`,
    '</head>',
    '<body>',
    `<main><h1>${html(titel)}</h1>`,
    `<p>${html(uitleg)}</p>`,
    `<pre>${regels.map(html).join('\n')}</pre>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
