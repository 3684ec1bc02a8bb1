// A hostile region: MDX that tries to read a secret file at build time, run a layout
// module, inject script and link to javascript:. `npm run check`, `npm run build` and
// `npm run dev` must refuse it with the Dutch lines, run none of it, and never print the
// secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { NODE, runCli, startDev, userEnv, type DevServer } from '../helpers/run.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-vijandig-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

const GEHEIM = `GEHEIM-${randomBytes(8).toString('hex')}`;
const geheimBestand = join(werkmap, 'geheim.txt');
writeFileSync(geheimBestand, `${GEHEIM}\n`);
/** Written by the layout module if anything ever imports it. */
const layoutGelopen = join(werkmap, 'layout-is-gelopen.txt');
const lees = `process.getBuiltinModule('node:fs').readFileSync(${JSON.stringify(geheimBestand)}, 'utf8')`;

const VIJANDIG = [
  '---',
  'titel: Behouden',
  'volgorde: 2',
  'samenvatting: Leraren blijven in de regio.',
  'layout: ./opmaak.mjs',
  '---',
  '',
  'We begeleiden starters.',
  '',
  `<div title={${lees}}>x</div>`,
  '',
  `{/* a */ ${lees} /* b */}`,
  '',
  `<DoelStatus doel="meer-instroom" {...{ titel: ${lees} }} />`,
  '',
  '<script>alert(1)</script>',
  '',
  '[Klik](javascript:alert(document.cookie))',
  '',
  '![Foto](./geheim.png)',
  '',
].join('\n');

const B = 'content/lijnen/behouden.mdx';
const VERWACHT = [
  `${B}:5: veld "layout" kan niet: de monitor bepaalt zelf de opmaak, en een layout is programmacode; haal de regel weg`,
  `${B}:10: <div>: title={…} is code; schrijf een vaste waarde tussen aanhalingstekens: title="…"`,
  `${B}:12: {/* a */ process.getBuiltinModu…}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt`,
  `${B}:14: <DoelStatus>: {...{ titel: process.getBuiltin…} tussen de attributen is code; schrijf alleen attributen als naam="waarde"`,
  `${B}:16: HTML-element <script> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan`,
  `${B}:18: link "javascript:alert(document.cookie)": het adrestype "javascript:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype`,
  `${B}:20: afbeelding "./geheim.png" is geen PNG-bestand: de inhoud is geen afbeelding; sla de afbeelding opnieuw op als PNG`,
];

function kopie(naam: string): string {
  const regio = join(werkmap, naam);
  cpSync(join(FIXTURES, 'regio-klein'), regio, { recursive: true });
  return regio;
}

/** Makes a region hostile: the narrative above, a "PNG" holding the secret, the layout module. */
function maakVijandig(regio: string): string {
  writeFileSync(join(regio, 'content/lijnen/geheim.png'), readFileSync(geheimBestand));
  writeFileSync(join(regio, 'content/lijnen/opmaak.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(layoutGelopen)}, 'gelopen');\nexport default function Opmaak() { return ''; }\n`);
  writeFileSync(join(regio, B), VIJANDIG);
  return regio;
}

/** The problem lines a command printed (the lines that start with the file). */
const regels = (output: string) => output.split('\n').filter((line) => line.startsWith('content/'));

describe('a hostile region', { timeout: 120_000 }, () => {
  const regio = maakVijandig(kopie('vijandig'));

  it('npm run check refuses it with every Dutch line and prints no secret', () => {
    const result = runCli('check', { REGIO_DIR: regio });
    expect(result.status).toBe(1);
    expect(regels(result.stdout + result.stderr)).toEqual(VERWACHT);
    expect(result.stdout + result.stderr).not.toContain(GEHEIM);
    expect(existsSync(layoutGelopen)).toBe(false);
  });

  it('npm run build refuses it, writes nothing, runs nothing and prints no secret', () => {
    const uit = join(werkmap, 'site');
    const result = runCli('build', { REGIO_DIR: regio, OUT_DIR: uit });
    expect(result.status).toBe(1);
    expect(regels(result.stdout + result.stderr)).toEqual(VERWACHT);
    expect(result.stderr).toContain('De site is niet gebouwd; er is niets geschreven.');
    expect(result.stdout + result.stderr).not.toContain(GEHEIM);
    expect(existsSync(uit)).toBe(false);
    expect(existsSync(layoutGelopen)).toBe(false);
  });

  it('npm run dev refuses to start on it', () => {
    const result = spawnSync(NODE, [join(ROOT, 'src/cli/dev.ts')], { cwd: ROOT, env: userEnv({ REGIO_DIR: regio, PORT: '4999' }), encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(regels(result.stdout + result.stderr)).toEqual(VERWACHT);
    expect(result.stderr).toContain('Los eerst de fouten op; daarna start het voorbeeld.');
    expect(result.stdout + result.stderr).not.toContain(GEHEIM);
    expect(existsSync(layoutGelopen)).toBe(false);
  });
});

describe('npm run dev when a narrative turns hostile while it runs', { timeout: 120_000 }, () => {
  const regio = kopie('dev');
  const port = 4900 + Math.floor(Math.random() * 90);
  let dev: DevServer | undefined;

  beforeAll(async () => {
    dev = await startDev(regio, port);
  }, 120_000);
  afterAll(() => dev?.stop());

  it('shows the Dutch problems instead of running the MDX', async () => {
    const pagina = `http://localhost:${port}/lijnen/behouden/`;
    expect(await (await fetch(pagina)).text()).toContain('We begeleiden starters.');
    maakVijandig(regio);
    // The watcher drops the model on the change; the next request reads the region again
    // and fails with the Dutch lines before Vite compiles the changed MDX.
    let antwoord: Response | undefined;
    const start = Date.now();
    const log = () => dev?.log() ?? '';
    while (!log().includes(VERWACHT[1]) && Date.now() - start < 30_000) {
      await new Promise((r) => setTimeout(r, 500));
      antwoord = await fetch(pagina);
    }
    expect(log()).toContain('De regiomap bevat fouten:');
    for (const regel of VERWACHT) expect(log()).toContain(regel);
    expect(antwoord?.status).toBe(500);
    expect(await antwoord?.text()).not.toContain(GEHEIM);
    expect(log()).not.toContain(GEHEIM);
    expect(existsSync(layoutGelopen)).toBe(false);
  });
});
