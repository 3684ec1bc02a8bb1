// A page that fails while Astro renders it, in the dev preview: one Dutch line that points at
// the file (in the region when it is there), and Dutch instead of Astro's empty 500 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { foutRegel, vervangFoutpagina } from '../../src/cli/vite-regio-fouten.ts';
import { setMonitor } from '../../src/site/site.ts';
import type { Monitor } from '../../src/lib/model.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const REGIO = join(FIXTURES, 'regio-klein');
const MONITOR_ZELF = ' (een fout in de monitor zelf, niet in de regiomap; meld dit aan wie de monitor beheert)';

beforeAll(() => setMonitor({} as Monitor, REGIO));

describe('foutRegel', () => {
  it('names a file in the region relative to the region, with its line', () => {
    const fout = Object.assign(new Error('Unexpected token\n  at somewhere'), { loc: { file: join(REGIO, 'content/lijnen/behouden.mdx'), line: 7 } });
    expect(foutRegel(fout)).toBe('content/lijnen/behouden.mdx:7: de pagina kon niet gemaakt worden: Unexpected token');
  });

  it('says so when the file is part of the monitor itself, taking the line from the stack', () => {
    const fout = new Error('x is not defined');
    fout.stack = `ReferenceError: x is not defined\n    at Grafiek (${join(ROOT, 'src/components/Grafiek.astro')}:12:5)\n    at render (${join(ROOT, 'node_modules/astro/dist/x.js')}:1:1)`;
    expect(foutRegel(fout)).toBe(`src/components/Grafiek.astro:12: de pagina kon niet gemaakt worden: x is not defined${MONITOR_ZELF}`);
  });

  it('still gives a line without any file', () => {
    const fout = new Error('kapot');
    fout.stack = 'Error: kapot';
    expect(foutRegel(fout)).toBe('de pagina kon niet gemaakt worden: kapot');
  });
});

describe('vervangFoutpagina', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      vervangFoutpagina(response, request.url ?? '/', () => 'content/lijnen/behouden.mdx:7: de pagina kon niet gemaakt worden: kapot', '/');
      if (request.url === '/goed/') {
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.end('<p>goed</p>');
        return;
      }
      if (request.url === '/halverwege/') {
        // Astro after the first bytes of a page: only Vite's client is appended.
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.write('<p>begin</p>');
        response.write('<script type="module" src="/@vite/client"></script>');
        response.end();
        return;
      }
      // Astro's own answer to an error in a page (vite-plugin-astro-server/response.js).
      const html = '<title>Error</title><script type="module" src="/@vite/client"></script>';
      response.writeHead(500, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(html) });
      response.write(html);
      response.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('turns Astro\'s empty 500 page into a Dutch page with the line', async () => {
    const antwoord = await fetch(`${url}/lijnen/behouden/`);
    expect(antwoord.status).toBe(500);
    const html = await antwoord.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Deze pagina kon niet gemaakt worden</h1>');
    expect(html).toContain('<pre>content/lijnen/behouden.mdx:7: de pagina kon niet gemaakt worden: kapot</pre>');
    expect(html).not.toContain('<title>Error</title>');
  });

  it('puts the line where a page broke off, and leaves a good page alone', async () => {
    const halverwege = await (await fetch(`${url}/halverwege/`)).text();
    expect(halverwege).toMatch(/^<p>begin<\/p><div role="alert"[^>]*>content\/lijnen\/behouden\.mdx:7: de pagina kon niet gemaakt worden: kapot<\/div><script type="module" src="\/@vite\/client"><\/script>$/);
    expect(await (await fetch(`${url}/goed/`)).text()).toBe('<p>goed</p>');
  });
});
