// The promises of issue "Trust" as a user meets them, with the real commands as processes:
// no OUT_DIR makes the build delete or change a file it did not write, an interrupted build
// leaves the previous site and nothing else, and a site address with a path is honoured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { NODE, runCli, userEnv } from '../helpers/run.ts';
import { ROOT } from '../helpers/paths.ts';
import { fingerprint, siteInhoud } from '../helpers/fingerprint.ts';
import { regioKopieerder } from '../helpers/regio-kopie.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-vertrouwen-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

const kopieVan = regioKopieerder(werkmap);

// Builds start Astro: allow for a loaded machine, never the 5 s default.
describe('OUT_DIR that would destroy data', { timeout: 120_000 }, () => {
  it.each<[string, (regio: string) => string, string]>([
    ['the region folder itself', (regio) => regio, 'deze map bevat de regiomap'],
    ['the region\'s data folder', (regio) => join(regio, 'data'), 'deze map ligt in de regiomap'],
    ['the folder that holds the region', () => werkmap, 'deze map bevat de regiomap'],
    ['an existing document', (regio) => join(regio, 'data/doelen.csv'), 'deze map ligt in de regiomap'],
    ['the project', () => ROOT, 'deze map bevat het programma zelf'],
    ['the project\'s src/', () => join(ROOT, 'src'), 'deze map ligt in de programmamap'],
  ])('refuses %s and changes nothing', (_naam, waar, reden) => {
    const regio = kopieVan(`doel-${basename(waar('x'))}-${Math.random().toString(36).slice(2, 7)}`);
    const outDir = waar(regio);
    const voor = fingerprint(regio);
    const result = runCli('build', { REGIO_DIR: regio, OUT_DIR: outDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`OUT_DIR ${outDir}: ${reden}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(regio)).toEqual(voor);
  });

  it('refuses a document and a folder of the user\'s outside the region', () => {
    const regio = kopieVan('eigen-bestanden');
    const document = join(werkmap, 'begroting.xlsx');
    writeFileSync(document, 'cijfers');
    const map = join(werkmap, 'mijn-documenten');
    mkdirSync(map);
    writeFileSync(join(map, 'notulen.docx'), 'notulen');
    const opDocument = runCli('build', { REGIO_DIR: regio, OUT_DIR: document });
    expect(opDocument.status).toBe(1);
    expect(opDocument.stderr).toContain(`OUT_DIR ${document}: dit is een bestaand bestand, geen map`);
    const opMap = runCli('build', { REGIO_DIR: regio, OUT_DIR: map });
    expect(opMap.status).toBe(1);
    expect(opMap.stderr).toContain(`OUT_DIR ${map}: bevat al bestanden die niet door onderwijsregio-monitor zijn gebouwd (notulen.docx)`);
    expect(readFileSync(document, 'utf8')).toBe('cijfers');
    expect(readdirSync(map)).toEqual(['notulen.docx']);
  });

  it.each(['REGIO_DIR', 'OUT_DIR'])('an empty %s is an error, not the example region or dist/', (naam) => {
    for (const command of ['check', 'build'] as const) {
      if (command === 'check' && naam === 'OUT_DIR') continue;
      const result = runCli(command, { REGIO_DIR: kopieVan(`leeg-${naam}-${command}`), OUT_DIR: join(werkmap, `leeg-${naam}-site`), [naam]: '' });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`${naam} is leeg; noem een map (${naam}=../mijn-map) of laat ${naam} helemaal weg.\n`);
    }
  });
});

describe('OUT_DIR in unusual places', { timeout: 180_000 }, () => {
  it('builds into a folder beside the project whose path starts with the project\'s path', () => {
    const buren = `${ROOT}-sites-${process.pid}`;
    try {
      const uit = join(buren, 'noord');
      const result = runCli('build', { REGIO_DIR: kopieVan('buren'), OUT_DIR: uit });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(existsSync(join(uit, 'index.html'))).toBe(true);
      expect(readdirSync(buren)).toEqual(['noord']);
    } finally {
      rmSync(buren, { recursive: true, force: true });
    }
  });

  // A mount point (a Docker volume) cannot be renamed: the build swaps its contents instead.
  it('builds into a mount point, twice, and keeps it a mount point', (context) => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'regio-volume-'));
    if (process.platform !== 'linux' || spawnSync('mount', ['-t', 'tmpfs', 'tmpfs', mountPoint]).status !== 0) {
      console.warn('\n!!! Geen mount-punt te maken (geen root?): de build naar een mount-punt is hier niet als proces getest; test/cli/output-dir.test.ts test de werkwijze wel.\n');
      rmSync(mountPoint, { recursive: true, force: true });
      context.skip();
      return;
    }
    try {
      const regio = kopieVan('volume-regio');
      const eerste = runCli('build', { REGIO_DIR: regio, OUT_DIR: mountPoint });
      expect(eerste.stderr).toBe('');
      expect(eerste.status).toBe(0);
      const tweede = runCli('build', { REGIO_DIR: regio, OUT_DIR: mountPoint });
      expect(tweede.stderr).toBe('');
      expect(tweede.status).toBe(0);
      expect(readdirSync(mountPoint).filter((n) => n.startsWith('.onderwijsregio-bouw'))).toEqual([]);
      expect(spawnSync('mountpoint', ['-q', mountPoint]).status).toBe(0);
      expect(existsSync(join(mountPoint, 'doelen/meer-instroom/index.html'))).toBe(true);
    } finally {
      spawnSync('umount', [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });
});

describe('site with a path', { timeout: 120_000 }, () => {
  const metPad = (naam: string) => kopieVan(naam, (r) => {
    writeFileSync(join(r, 'data/regio.yaml'), `${readFileSync(join(r, 'data/regio.yaml'), 'utf8').trimEnd()}\nsite: https://www.klein.example/monitor/\n`);
  });

  it('becomes the base path of links, canonical links, sitemap and feed', () => {
    const uit = join(werkmap, 'pad-site');
    const result = runCli('build', { REGIO_DIR: metPad('pad'), OUT_DIR: uit });
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(uit, 'doelen/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://www.klein.example/monitor/doelen/">');
    expect(html).toContain('href="/monitor/doelen/meer-instroom/"');
    expect(readFileSync(join(uit, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://www.klein.example/monitor/doelen/</loc>');
    expect(readFileSync(join(uit, 'rss.xml'), 'utf8')).toContain('<link>https://www.klein.example/monitor/kwartalen/2025-q4/</link>');
  });

  it('is an error in check and build when MONITOR_BASE says otherwise', () => {
    const regio = metPad('pad-anders');
    const line = 'data/regio.yaml:8: veld "site": het webadres heeft het pad /monitor/, maar MONITOR_BASE is /anders/; laat MONITOR_BASE weg of maak ze gelijk';
    const check = runCli('check', { REGIO_DIR: regio, MONITOR_BASE: '/anders/' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(line);
    const build = runCli('build', { REGIO_DIR: regio, OUT_DIR: join(werkmap, 'pad-anders-site'), MONITOR_BASE: '/anders/' });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(line);
    expect(existsSync(join(werkmap, 'pad-anders-site'))).toBe(false);
  });

  it('refuses a site address with a query or fragment', () => {
    const regio = kopieVan('pad-query', (r) => writeFileSync(join(r, 'data/regio.yaml'), `${readFileSync(join(r, 'data/regio.yaml'), 'utf8').trimEnd()}\nsite: https://www.klein.example/?pagina=monitor\n`));
    const check = runCli('check', { REGIO_DIR: regio });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('data/regio.yaml:8: veld "site": "https://www.klein.example/?pagina=monitor": een webadres voor de site heeft geen ?, # of inlognaam');
  });
});

describe('interrupted builds (SIGKILL of the process group)', { timeout: 600_000 }, () => {
  const uit = join(werkmap, 'onderbroken-site');
  const regio = kopieVan('onderbroken');
  // The interrupted builds build another region: what stays must be the old site, or (a kill
  // after the swap) the complete new one; never a mix, never nothing.
  const anders = kopieVan('onderbroken-anders', (r) => {
    writeFileSync(join(r, 'data/regio.yaml'), readFileSync(join(r, 'data/regio.yaml'), 'utf8').replace('Klein Testland', 'Klein Anderland'));
  });
  let oud: string[];
  let nieuw: string[];

  beforeAll(() => {
    expect(runCli('build', { REGIO_DIR: anders, OUT_DIR: join(werkmap, 'onderbroken-referentie') }).status).toBe(0);
    nieuw = siteInhoud(join(werkmap, 'onderbroken-referentie'));
    expect(runCli('build', { REGIO_DIR: regio, OUT_DIR: uit }).status).toBe(0);
    oud = siteInhoud(uit);
  }, 300_000);

  const werk = join(ROOT, 'node_modules/.astro-regio');
  const bouwmap = (pid: number) => join(werk, readdirSync(werk).find((n) => n.startsWith(`bouw-${pid}-`)) ?? 'geen', 'site');
  const heeft = (pad: string) => existsSync(pad) && readdirSync(pad).length > 0;
  /** Moments of a build, each seen from outside by what it has written so far. */
  const momenten: [string, (pid: number) => boolean][] = [
    ['meteen', () => true],
    ['bouwslot genomen', (pid) => existsSync(join(ROOT, '.astro/bouw.lock')) && readFileSync(join(ROOT, '.astro/bouw.lock'), 'utf8').includes(`"pid":${pid},`)],
    ['wachtmap naast de uitvoer', (pid) => readdirSync(werkmap).some((n) => n.startsWith(`.onderbroken-site.bouw-${pid}-`))],
    ['Astro schrijft pagina\'s', (pid) => heeft(join(bouwmap(pid), 'doelen'))],
    ['zoekindex en downloads', (pid) => heeft(join(bouwmap(pid), 'pagefind')) || heeft(join(bouwmap(pid), 'downloads'))],
  ];

  /** Starts a build and kills its whole process group at the moment `wanneer` sees. */
  function killedBuild(wanneer: (pid: number) => boolean): Promise<{ pid: number; killed: boolean }> {
    return new Promise((resolve) => {
      const child = spawn(NODE, [join(ROOT, 'src/cli/build.ts')], { cwd: ROOT, env: userEnv({ REGIO_DIR: anders, OUT_DIR: uit }), detached: true, stdio: 'ignore' });
      const timer = setInterval(() => {
        if (!wanneer(child.pid!)) return;
        clearInterval(timer);
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already finished
        }
      }, 5);
      child.on('exit', (_code, signal) => {
        clearInterval(timer);
        resolve({ pid: child.pid!, killed: signal === 'SIGKILL' });
      });
    });
  }

  it('leaves the previous site intact at every moment, and the next build cleans up after them', async () => {
    const pids: number[] = [];
    for (const [moment, wanneer] of momenten) {
      const run = await killedBuild(wanneer);
      pids.push(run.pid);
      expect(run.killed, `${moment}: de build was al klaar`).toBe(true);
      const nu = JSON.stringify(siteInhoud(uit));
      expect(nu === JSON.stringify(oud) || nu === JSON.stringify(nieuw), `${moment}: de uitvoermap is niet de oude en niet de volledige nieuwe site`).toBe(true);
    }
    const result = runCli('build', { REGIO_DIR: regio, OUT_DIR: uit });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(siteInhoud(uit)).toEqual(oud);
    expect(readdirSync(werkmap).filter((n) => n.startsWith('.onderbroken-site.'))).toEqual([]);
    expect(readdirSync(werk).filter((n) => pids.some((pid) => n.startsWith(`bouw-${pid}-`)))).toEqual([]);
  });
});
