// The static server `npm run pdf` prints from: a site built for a sub-path is served under it.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../src/cli/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'server-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'kwartalen/2026-q3'), { recursive: true });
writeFileSync(join(root, 'kwartalen/2026-q3/index.html'), 'rapport');
writeFileSync(join(root, '404.html'), 'weg');

describe('serveStatic met een basispad', () => {
  it('dient de site onder /monitor/ en niets daarbuiten', async () => {
    const server = await serveStatic(root, {}, '/monitor/');
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/monitor\/$/);
      const page = await fetch(new URL('kwartalen/2026-q3/', server.url));
      expect([page.status, await page.text()]).toEqual([200, 'rapport']);
      const outside = await fetch(new URL('/kwartalen/2026-q3/', server.url));
      expect([outside.status, await outside.text()]).toEqual([404, 'weg']);
      expect(server.missing).toEqual(['/kwartalen/2026-q3/']);
    } finally {
      await server.close();
    }
  });
});
