// Where a build may write and how it swaps the site in (src/cli/output-dir.ts), and the build
// lock (src/cli/lock.ts): in process, on folders made here. The same rules as commands are
// tested in test/cli/vertrouwen.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkOutputTarget, cleanLeftovers, createStaging, discardStaging, MANIFEST, swapIn, writeManifest, type Staging,
} from '../../src/cli/output-dir.ts';
import { LockTimeout, withBuildLock } from '../../src/cli/lock.ts';
import { currentProcess, isRunning } from '../../src/cli/processes.ts';
import { fingerprint } from '../helpers/fingerprint.ts';

const root = mkdtempSync(join(tmpdir(), 'uitvoer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let teller = 0;

/** A project folder, a region folder beside it, and a place for output. */
function opzet() {
  const basis = join(root, `geval-${++teller}`);
  const project = join(basis, 'monitor');
  const regio = join(basis, 'regio');
  for (const dir of [join(project, 'src'), join(regio, 'data'), join(regio, 'content')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(regio, 'data/doelen.csv'), 'id;lijn;titel;soort\n');
  const werk = join(project, 'node_modules/.astro-regio');
  return { basis, project, regio, werk };
}

const weigering = (o: ReturnType<typeof opzet>, outDir: string, regioDir = o.regio) =>
  checkOutputTarget({ outDir, regioDir, projectRoot: o.project }).problems;

/** Writes a small finished site into `dir`, as a build would, with its manifest. */
function nepSite(dir: string, tekst: string): void {
  mkdirSync(join(dir, 'doelen/a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<p>${tekst}</p>`);
  writeFileSync(join(dir, 'doelen/a/index.html'), `<p>doel ${tekst}</p>`);
  writeManifest(dir);
}

/** A process id that no longer runs. */
function dodePid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('checkOutputTarget: nothing of the user\'s is replaced', () => {
  it('accepts a new folder beside the project, also one whose name starts with the project\'s', () => {
    const o = opzet();
    expect(weigering(o, join(o.basis, 'site'))).toEqual([]);
    expect(weigering(o, `${o.project}-sites/noord`)).toEqual([]);
    expect(weigering(o, join(o.project, 'dist'))).toEqual([]);
    expect(weigering(o, join(o.project, 'dist-landelijk'))).toEqual([]);
    expect(weigering(o, join(o.project, 'test/output/sites/x'))).toEqual([]);
  });

  it('accepts the project\'s dist/ for the example region, which lives in the project itself', () => {
    const o = opzet();
    expect(weigering(o, join(o.project, 'dist'), o.project)).toEqual([]);
  });

  it.each([
    ['the region folder itself', (o: ReturnType<typeof opzet>) => o.regio, 'deze map bevat de regiomap'],
    ['a folder inside the region', (o: ReturnType<typeof opzet>) => join(o.regio, 'data'), 'deze map ligt in de regiomap'],
    ['a new folder inside the region', (o: ReturnType<typeof opzet>) => join(o.regio, 'site'), 'deze map ligt in de regiomap'],
    ['a folder holding the region', (o: ReturnType<typeof opzet>) => o.basis, 'deze map bevat het programma zelf'],
    ['the project', (o: ReturnType<typeof opzet>) => o.project, 'deze map bevat het programma zelf'],
    ['a folder in the project', (o: ReturnType<typeof opzet>) => join(o.project, 'src'), 'deze map ligt in de programmamap'],
    ['test/output itself', (o: ReturnType<typeof opzet>) => join(o.project, 'test/output'), 'deze map ligt in de programmamap'],
    ['an existing file', (o: ReturnType<typeof opzet>) => {
      writeFileSync(join(o.basis, 'verslag.docx'), 'tekst');
      return join(o.basis, 'verslag.docx');
    }, 'dit is een bestaand bestand, geen map'],
    ['a folder with the user\'s files', (o: ReturnType<typeof opzet>) => {
      mkdirSync(join(o.basis, 'documenten'));
      writeFileSync(join(o.basis, 'documenten/notulen.txt'), 'notulen');
      return join(o.basis, 'documenten');
    }, 'bevat al bestanden die niet door onderwijsregio-monitor zijn gebouwd (notulen.txt)'],
  ])('refuses %s', (_naam, waar, reden) => {
    const o = opzet();
    const outDir = waar(o);
    const voor = fingerprint(o.basis);
    const problems = weigering(o, outDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`OUT_DIR ${outDir}: `);
    expect(problems[0]).toContain(reden);
    expect(fingerprint(o.basis)).toEqual(voor);
  });

  it('sees through a symlink to the region folder', () => {
    const o = opzet();
    symlinkSync(o.regio, join(o.basis, 'snelkoppeling'));
    expect(weigering(o, join(o.basis, 'snelkoppeling/uit'))[0]).toContain('deze map ligt in de regiomap');
  });

  it('accepts an empty folder and a site it built, but not one with an added or a changed file', () => {
    const o = opzet();
    const uit = join(o.basis, 'site');
    mkdirSync(uit);
    expect(weigering(o, uit)).toEqual([]);
    nepSite(uit, 'een');
    expect(weigering(o, uit)).toEqual([]);
    writeFileSync(join(uit, 'CNAME'), 'monitor.regio.nl');
    expect(weigering(o, uit)[0]).toContain('één bestand is na de vorige build toegevoegd of gewijzigd (CNAME)');
    rmSync(join(uit, 'CNAME'));
    writeFileSync(join(uit, 'doelen/a/index.html'), 'met de hand verbeterd');
    expect(weigering(o, uit)[0]).toContain('(doelen/a/index.html)');
    rmSync(join(uit, 'doelen/a/index.html'));
    expect(weigering(o, uit)).toEqual([]); // a file removed from the site is no loss
    writeFileSync(join(uit, MANIFEST), '{"tool":"iets anders"}');
    expect(weigering(o, uit)[0]).toContain('bevat al bestanden die niet door onderwijsregio-monitor zijn gebouwd');
  });
});

describe('swapping the new site in', () => {
  function bouw(o: ReturnType<typeof opzet>, uit: string, tekst: string, mode?: Staging['mode']): Staging {
    const staging = createStaging(uit, o.werk, { mode });
    mkdirSync(staging.buildDir, { recursive: true });
    nepSite(staging.buildDir, tekst);
    rmSync(join(staging.buildDir, MANIFEST)); // swapIn writes it
    return staging;
  }

  it.each<[Staging['mode']]>([['map'], ['inhoud']])('replaces the previous site whole (%s) and leaves nothing behind', (mode) => {
    const o = opzet();
    const uit = join(o.basis, 'site');
    swapIn(bouw(o, uit, 'een', mode));
    expect(readFileSync(join(uit, 'index.html'), 'utf8')).toBe('<p>een</p>');
    swapIn(bouw(o, uit, 'twee', mode));
    expect(readFileSync(join(uit, 'index.html'), 'utf8')).toBe('<p>twee</p>');
    expect(readdirSync(uit).sort()).toEqual([MANIFEST, 'doelen', 'index.html']);
    expect(readdirSync(o.basis)).toEqual(['monitor', 'regio', 'site']);
    expect(readdirSync(o.werk)).toEqual([]);
    expect(weigering(o, uit)).toEqual([]);
  });

  it('a failed build leaves the previous site and no staging folders', () => {
    const o = opzet();
    const uit = join(o.basis, 'site');
    swapIn(bouw(o, uit, 'een'));
    const voor = fingerprint(uit);
    discardStaging(bouw(o, uit, 'twee', 'inhoud'));
    discardStaging(bouw(o, uit, 'drie'));
    expect(fingerprint(uit)).toEqual(voor);
    expect(readdirSync(o.basis)).toEqual(['monitor', 'regio', 'site']);
    expect(readdirSync(o.werk)).toEqual([]);
  });

  it('refuses at the swap when a file was added during the build', () => {
    const o = opzet();
    const uit = join(o.basis, 'site');
    swapIn(bouw(o, uit, 'een'));
    const staging = bouw(o, uit, 'twee');
    writeFileSync(join(uit, 'eigen.txt'), 'van mij');
    expect(() => swapIn(staging)).toThrow('(eigen.txt)');
    expect(readFileSync(join(uit, 'eigen.txt'), 'utf8')).toBe('van mij');
    expect(readFileSync(join(uit, 'index.html'), 'utf8')).toBe('<p>een</p>');
  });
});

describe('leftovers of killed builds', () => {
  /** Pretends the staging folder belongs to a process that is gone. */
  function vanDodeBouw(staging: Staging): void {
    for (const folder of [staging.folder, staging.buildFolder]) {
      const path = join(folder, 'eigenaar.json');
      writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), pid: dodePid(), start: undefined }));
    }
  }

  it('removes a killed build\'s folders and keeps a running one\'s', () => {
    const o = opzet();
    const uit = join(o.basis, 'site');
    const dood = createStaging(uit, o.werk);
    vanDodeBouw(dood);
    mkdirSync(join(o.basis, '.site.bouw-zomaar')); // not ours: no owner file
    expect(cleanLeftovers(uit, o.werk).sort()).toEqual([dood.folder, dood.buildFolder].sort());
    expect(existsSync(join(o.basis, '.site.bouw-zomaar'))).toBe(true);
    const levend = createStaging(uit, o.werk);
    expect(cleanLeftovers(uit, o.werk)).toEqual([]);
    expect(existsSync(levend.folder)).toBe(true);
  });

  it('puts the previous site back when a build was killed between the two renames', () => {
    const o = opzet();
    const uit = join(o.basis, 'site');
    nepSite(uit, 'een');
    const voor = fingerprint(uit);
    const staging = createStaging(uit, o.werk);
    vanDodeBouw(staging);
    // The moment between renaming the old site away and the new one in:
    spawnSync('mv', [uit, join(staging.folder, 'oud')]);
    expect(existsSync(uit)).toBe(false);
    cleanLeftovers(uit, o.werk);
    expect(fingerprint(uit)).toEqual(voor);
    expect(readdirSync(o.basis).sort()).toEqual(['monitor', 'regio', 'site']);
  });

  it('on a mount point: moves a half moved-out site back, and finishes a half moved-in one', () => {
    const o = opzet();
    const uit = join(o.basis, 'site');
    nepSite(uit, 'een');
    const voor = fingerprint(uit);
    const uitHalf = createStaging(uit, o.werk, { mode: 'inhoud' });
    vanDodeBouw(uitHalf);
    mkdirSync(join(uitHalf.folder, 'oud'));
    writeFileSync(join(uitHalf.folder, 'fase'), 'uit');
    spawnSync('mv', [join(uit, MANIFEST), join(uit, 'doelen'), join(uitHalf.folder, 'oud')]);
    cleanLeftovers(uit, o.werk);
    expect(fingerprint(uit)).toEqual(voor);

    const inHalf = createStaging(uit, o.werk, { mode: 'inhoud' });
    vanDodeBouw(inHalf);
    nepSite(inHalf.siteDir, 'twee');
    const nieuw = fingerprint(inHalf.siteDir);
    mkdirSync(join(inHalf.folder, 'oud'));
    spawnSync('sh', ['-c', `mv "${uit}"/.onderwijsregio-monitor.json "${uit}"/doelen "${uit}"/index.html "${inHalf.folder}/oud/"`]);
    writeFileSync(join(inHalf.folder, 'fase'), 'in');
    spawnSync('mv', [join(inHalf.siteDir, 'index.html'), uit]);
    cleanLeftovers(uit, o.werk);
    expect(fingerprint(uit)).toEqual(nieuw);
    expect(readdirSync(uit).sort()).toEqual([MANIFEST, 'doelen', 'index.html']);
  });
});

describe('the build lock never blocks forever', () => {
  const lockPath = (project: string) => join(project, '.astro/bouw.lock');
  const schrijfLock = (project: string, inhoud: string) => {
    mkdirSync(dirname(lockPath(project)), { recursive: true });
    writeFileSync(lockPath(project), inhoud);
  };

  it('takes over a lock whose process is gone (old and new format)', async () => {
    const o = opzet();
    schrijfLock(o.project, String(dodePid()));
    expect(await withBuildLock(o.project, async () => 'klaar', { log: () => {} })).toBe('klaar');
    schrijfLock(o.project, JSON.stringify({ pid: dodePid(), host: hostname() }));
    expect(await withBuildLock(o.project, async () => 'klaar', { log: () => {} })).toBe('klaar');
    expect(existsSync(lockPath(o.project))).toBe(false);
  });

  it('takes over a lock whose process id now belongs to another program', async () => {
    const o = opzet();
    // Our own pid, but with another start time: the pid was reused after the owner died.
    schrijfLock(o.project, JSON.stringify({ ...currentProcess(), start: '1' }));
    expect(isRunning({ ...currentProcess(), start: '1' })).toBe(process.platform !== 'linux');
    if (process.platform === 'linux') expect(await withBuildLock(o.project, async () => 'klaar', { log: () => {} })).toBe('klaar');
  });

  it('waits for a running owner, says who it is, and gives up after the maximum wait', async () => {
    const o = opzet();
    const slaper = spawn('sleep', ['30']);
    try {
      await new Promise((r) => setTimeout(r, 100));
      const start = readFileSync(`/proc/${slaper.pid}/stat`, 'utf8');
      const eigenaar = { pid: slaper.pid, host: hostname(), start: start.slice(start.lastIndexOf(')') + 2).split(' ')[19] };
      schrijfLock(o.project, JSON.stringify({ ...eigenaar, sinds: new Date().toISOString() }));
      const gemeld: string[] = [];
      const poging = withBuildLock(o.project, async () => 'klaar', { maxWaitMs: 600, log: (r) => gemeld.push(r) });
      await expect(poging).rejects.toBeInstanceOf(LockTimeout);
      await expect(poging).rejects.toThrow(`Er loopt al een build in deze map (proces ${slaper.pid} op ${hostname()}, sinds `);
      expect(gemeld[0]).toContain(`proces ${slaper.pid}`);
      expect(existsSync(lockPath(o.project))).toBe(true); // not ours to remove
    } finally {
      slaper.kill();
    }
  });
});
