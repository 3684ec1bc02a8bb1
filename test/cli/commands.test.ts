// The commands as a user runs them: exit codes, printed lines, and the promise that a
// failed check or build leaves the previous output exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { spawn } from 'node:child_process';
import { NODE, runCli, startDev, userEnv, type DevServer } from '../helpers/run.ts';
import { ROOT } from '../helpers/paths.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { regioKopieerder } from '../helpers/regio-kopie.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-commando-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

const kopieVan = regioKopieerder(werkmap);

// Every test here starts the commands as processes: never the 5 s default timeout.
describe('npm run check', { timeout: 60_000 }, () => {
  it('exits 0 on a valid region and says what it found', () => {
    const result = runCli('check', { REGIO_DIR: kopieVan('goed') });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Geen problemen gevonden.');
    expect(result.stdout).toContain('Regio "Onderwijsregio Klein Testland" is in orde: 2 lijnen, 3 doelen, 2 indicatoren, 4 metingen.');
  });

  it('prints every problem on its own line, then a count, and exits 1', () => {
    const regio = kopieVan('fout', (r) => {
      const metingen = join(r, 'data/metingen.csv');
      writeFileSync(metingen, readFileSync(metingen, 'utf8').replace('zij-instromers;2025-Q4;58', 'zij-instromers;2025-Q4;58 personen') + 'zij-instromers;2025 Q3;1;;;nee\n');
    });
    const result = runCli('check', { REGIO_DIR: regio });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'data/metingen.csv:3: kolom "waarde": "58 personen" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)',
      'data/metingen.csv:6: indicator "zij-instromers" heeft voor 2025-Q3 al een meting op regel 2; één regel per indicator en kwartaal',
      '2 fouten en 0 waarschuwingen gevonden.',
    ]);
  });

  it('warns when huidig_kwartaal names a concept, which a public build refuses', () => {
    const regio = kopieVan('huidig-concept', (r) => {
      writeFileSync(join(r, 'content/kwartalen/2026-q1.mdx'), '---\nkwartaal: 2026-Q1\nsamenvatting: In voorbereiding.\n---\n');
      writeFileSync(join(r, 'data/regio.yaml'), readFileSync(join(r, 'data/regio.yaml'), 'utf8') + 'huidig_kwartaal: 2026-Q1\n');
    });
    const result = runCli('check', { REGIO_DIR: regio });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('data/regio.yaml:8: waarschuwing: veld "huidig_kwartaal": npm run build zal weigeren: huidig_kwartaal 2026-Q1 is nog niet vastgesteld');
    const build = runCli('build', { REGIO_DIR: regio, OUT_DIR: join(werkmap, 'huidig-concept-site') });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('data/regio.yaml:8: veld "huidig_kwartaal": huidig_kwartaal 2026-Q1 is nog niet vastgesteld');
  });

  it('reports a region folder that does not exist', () => {
    const result = runCli('check', { REGIO_DIR: join(werkmap, 'bestaat-niet') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bestaat niet');
  });

  it('accepts a region with only a concept quarter, with a warning', () => {
    const regio = kopieVan('concept', (r) => {
      const path = join(r, 'content/kwartalen/2025-q4.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace('vastgesteld: 2026-01-20\n', ''));
    });
    const result = runCli('check', { REGIO_DIR: regio });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content/kwartalen/: waarschuwing: npm run build zal weigeren: er is nog geen vastgesteld kwartaal');
  });
});

describe('npm run build', { timeout: 120_000 }, () => {
  const uit = join(werkmap, 'site');
  let eersteBouw: ReturnType<typeof runCli>;

  beforeAll(() => {
    eersteBouw = runCli('build', { REGIO_DIR: kopieVan('bouw'), OUT_DIR: uit });
  }, 120_000);

  it('builds a valid region into OUT_DIR', () => {
    expect(eersteBouw.stderr).toBe('');
    expect(eersteBouw.status).toBe(0);
    expect(eersteBouw.stdout).toContain('Site van "Onderwijsregio Klein Testland" gebouwd');
    expect(existsSync(join(uit, 'index.html'))).toBe(true);
    expect(existsSync(join(uit, 'doelen/meer-instroom/index.html'))).toBe(true);
    expect(existsSync(join(uit, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('leaves the previous output untouched when the check fails', () => {
    const voor = fingerprint(uit);
    const regio = kopieVan('bouw-fout', (r) => {
      const path = join(r, 'data/indicatoren.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace('80;2026-Q4', '80;2024-Q2'));
    });
    const result = runCli('build', { REGIO_DIR: regio, OUT_DIR: uit });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data/indicatoren.csv:2: kolom "streef_kwartaal": streef_kwartaal 2024-Q2 moet na nulmeting_kwartaal 2024-Q4 liggen');
    expect(result.stderr).toContain(`${uit} is ongewijzigd`);
    expect(fingerprint(uit)).toEqual(voor);
    expect(readdirSync(werkmap).filter((n) => n.startsWith('.site.'))).toEqual([]);
  });

  it('leaves the previous output untouched when the build is stopped (Ctrl-C, SIGTERM) while Astro writes pages', async () => {
    const voor = fingerprint(uit);
    const werk = join(ROOT, 'node_modules/.astro-regio');
    const child = spawn(NODE, [join(ROOT, 'src/cli/build.ts')], { cwd: ROOT, env: userEnv({ REGIO_DIR: join(werkmap, 'bouw'), OUT_DIR: uit }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const gestopt = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Stopped once Astro has written a page into its build folder.
    const bouwmap = () => readdirSync(werk).find((n) => n.startsWith(`bouw-${child.pid}-`));
    while (child.exitCode === null && !(bouwmap() && existsSync(join(werk, bouwmap()!, 'site/doelen')))) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    expect(await gestopt).toBe(1);
    expect(stderr).toContain('Onderbroken (SIGTERM).');
    expect(stderr).toContain(`Bouwen is mislukt; ${uit} is ongewijzigd.`);
    expect(fingerprint(uit)).toEqual(voor);
    expect(readdirSync(werkmap).filter((n) => n.startsWith('.site.'))).toEqual([]);
    expect(bouwmap()).toBeUndefined();
  });

  it('refuses to replace a site to which files were added, and replaces it once they are gone', () => {
    mkdirSync(join(uit, 'oud'), { recursive: true });
    writeFileSync(join(uit, 'oud/eigen.html'), 'van de gebruiker');
    const voor = fingerprint(uit);
    const geweigerd = runCli('build', { REGIO_DIR: join(werkmap, 'bouw'), OUT_DIR: uit });
    expect(geweigerd.status).toBe(1);
    expect(geweigerd.stderr).toContain(`OUT_DIR ${uit}: één bestand is na de vorige build toegevoegd of gewijzigd (oud/eigen.html)`);
    expect(fingerprint(uit)).toEqual(voor);
    rmSync(join(uit, 'oud'), { recursive: true });
    const result = runCli('build', { REGIO_DIR: join(werkmap, 'bouw'), OUT_DIR: uit });
    expect(result.status).toBe(0);
    expect(existsSync(join(uit, 'index.html'))).toBe(true);
  });
});

describe('npm run dev', { timeout: 120_000 }, () => {
  const regio = kopieVan('dev', (r) => {
    writeFileSync(join(r, 'content/kwartalen/2026-q1.mdx'), '---\nkwartaal: 2026-Q1\nsamenvatting: In voorbereiding.\n---\n\nDit conceptverslag is nog niet besproken.\n');
  });
  const uit = join(werkmap, 'dev-site');
  const port = 4600 + Math.floor(Math.random() * 300);
  const url = (pad: string) => `http://localhost:${port}${pad}`;
  let dev: DevServer | undefined;

  beforeAll(async () => {
    expect(runCli('build', { REGIO_DIR: regio, OUT_DIR: uit }).status).toBe(0);
    dev = await startDev(regio, port);
  }, 120_000);
  afterAll(() => dev?.stop());

  it('shows a concept quarter with its narrative and the CONCEPT banner', async () => {
    const antwoord = await fetch(url('/kwartalen/2026-q1/'));
    expect(antwoord.status, dev?.log()).toBe(200);
    const html = await antwoord.text();
    expect(html).toContain('Dit conceptverslag is nog niet besproken.');
    expect(html).toContain('CONCEPT');
    expect(existsSync(join(uit, 'kwartalen/2026-q1'))).toBe(false);
  });

  it('leaves the Content-Security-Policy to the build: the dev server runs inline code of its own', async () => {
    const html = await (await fetch(url('/'))).text();
    expect(html).toContain('/@vite/client');
    expect(html).not.toContain('content-security-policy');
    expect(readFileSync(join(uit, 'index.html'), 'utf8')).toContain('<meta charset="utf-8"><meta http-equiv="content-security-policy"');
  });

  it('renders a line with its MDX narrative', async () => {
    const html = await (await fetch(url('/lijnen/behouden/'))).text();
    expect(html).toContain('We begeleiden starters.');
  });

  it('serves every download with the same bytes as the build writes', async () => {
    const map = join(uit, 'downloads/indicatoren');
    const namen = readdirSync(map);
    expect(namen.length).toBeGreaterThan(0);
    for (const naam of namen) {
      const antwoord = await fetch(url(`/downloads/indicatoren/${naam}`));
      expect(antwoord.status, naam).toBe(200);
      expect(antwoord.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(Buffer.from(await antwoord.arrayBuffer()).equals(readFileSync(join(map, naam))), naam).toBe(true);
    }
    expect((await fetch(url('/downloads/indicatoren/bestaat-niet.csv'))).status).toBe(404);
  });

  it('serves the open data of the preview model (concepts in), beside the open-data page; the build leaves the concept out', async () => {
    const { mediaType, openDataBestanden } = await import('../../src/lib/open-data/export.ts');
    const { loadMonitor } = await import('../../src/lib/load.ts');
    const voorbeeld = new Map(openDataBestanden(loadMonitor(regio, 'voorbeeld').monitor!).map((b) => [b.pad, b.inhoud]));
    const map = join(uit, 'open-data');
    const namen = readdirSync(map, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name !== 'index.html')
      .map((d) => relative(uit, join(d.parentPath, d.name)).split(sep).join('/'));
    expect(namen).toEqual(expect.arrayContaining(['open-data/monitor.json', 'open-data/metingen.csv', 'open-data/datapackage.json', 'open-data/dcat.jsonld', 'open-data/schema/monitor-1.json']));
    for (const naam of namen) {
      const antwoord = await fetch(url(`/${naam}`));
      expect(antwoord.status, naam).toBe(200);
      expect(antwoord.headers.get('content-type'), naam).toBe(mediaType(naam));
      // Bytes, not text(): text() drops the CSV's BOM.
      expect(Buffer.from(await antwoord.arrayBuffer()).equals(Buffer.from(voorbeeld.get(naam) ?? '')), naam).toBe(true);
    }
    const kwartalen = (json: string) => (JSON.parse(json) as { kwartalen: { kwartaal: string }[] }).kwartalen.map((k) => k.kwartaal);
    expect(kwartalen(voorbeeld.get('open-data/monitor.json')!)).toContain('2026-Q1');
    expect(kwartalen(readFileSync(join(uit, 'open-data/monitor.json'), 'utf8'))).not.toContain('2026-Q1');
    expect(mediaType('open-data/metingen.csv')).toBe('text/csv; charset=utf-8');
    expect(mediaType('open-data/dcat.jsonld')).toBe('application/ld+json; charset=utf-8');
    expect(await (await fetch(url('/open-data/'))).text()).toContain('<h1>Open data</h1>');
    expect((await fetch(url('/open-data/bestaat-niet.csv'))).status).toBe(404);
  });
});
