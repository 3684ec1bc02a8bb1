// The national overview (src/lib/landelijk, src/cli/landelijk.ts) on exports of the repo's own
// test regions: counts equal to each region's own site, coverage and budget as the region's
// /verantwoording/ computes them, a broken export, an unknown and a newer schema version, an
// invalid field with its JSON path, a duplicate region, a source over http, the downloads, and
// the command's exit codes and output safety.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { homeData } from '../../src/lib/paginas/home.ts';
import { verantwoordingData } from '../../src/lib/paginas/verantwoording.ts';
import { budgetTotalen } from '../../src/lib/paginas/budget.ts';
import { leesBronnen } from '../../src/lib/landelijk/bronnen.ts';
import { gepubliceerdeVersies, jsonPad, valideerExport } from '../../src/lib/landelijk/schema-versies.ts';
import { landelijkOverzicht, regioId, STATUS_VOLGORDE, type LandelijkOverzicht } from '../../src/lib/landelijk/overzicht.ts';
import { landelijkExport, landelijkJsonSchema, statusRegels } from '../../src/lib/landelijk/downloads.ts';
import { landelijk } from '../../src/cli/landelijk.ts';
import { MANIFEST } from '../../src/cli/output-dir.ts';
import { SCHEMA_VERSIE } from '../../src/lib/open-data/schema.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { NODE, userEnv } from '../helpers/run.ts';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/paths.ts';
import { schrijfExport, testExports } from '../helpers/landelijk.ts';

const VANDAAG = '2026-11-20';
let werkmap: string;
let exports: ReturnType<typeof testExports>;
let bronnen: Record<string, string>;
let server: StaticServer;

class Opvang extends Writable {
  tekst = '';
  override _write(chunk: Buffer, _enc: string, klaar: () => void) {
    this.tekst += chunk.toString();
    klaar();
  }
}

beforeAll(async () => {
  werkmap = mkdtempSync(join(tmpdir(), 'landelijk-'));
  exports = testExports();
  bronnen = {};
  for (const [naam, { data }] of Object.entries(exports)) bronnen[naam] = schrijfExport(join(werkmap, naam), data);
  writeFileSync(join(werkmap, 'kapot.json'), '{"schemaversie": 1,\n  "regio": ');
  bronnen.kapot = join(werkmap, 'kapot.json');
  writeFileSync(join(werkmap, 'scheef.json'), '{\n  "schemaversie" 1\n}');
  bronnen.scheef = join(werkmap, 'scheef.json');
  const ongeldig = structuredClone(exports.klein.data);
  (ongeldig.doelstatussen[1] as { status: string }).status = 'prima';
  bronnen.ongeldig = schrijfExport(join(werkmap, 'ongeldig'), ongeldig);
  bronnen.nieuwer = schrijfExport(join(werkmap, 'nieuwer'), { ...exports.klein.data, schemaversie: SCHEMA_VERSIE + 1 });
  bronnen.onbekend = schrijfExport(join(werkmap, 'onbekend'), { ...exports.klein.data, schemaversie: 0 });
  server = await serveStatic(join(werkmap, 'zes-lijnen'));
});
afterAll(async () => {
  await server?.close();
  rmSync(werkmap, { recursive: true, force: true });
});

const overzichtVan = async (namen: string[]): Promise<LandelijkOverzicht> => landelijkOverzicht(await leesBronnen(namen.map((n) => bronnen[n] ?? n)), VANDAAG);

describe('reading the exports', () => {
  it('reads every schema version this tool published, from the committed schemas', () => {
    expect(gepubliceerdeVersies()).toEqual([1]);
    for (const { data } of Object.values(exports)) expect(valideerExport(JSON.parse(JSON.stringify(data)))).toMatchObject({ ok: true, versie: 1 });
  });

  it('names the JSON path of the problem in Dutch', () => {
    expect(jsonPad('/doelstatussen/3/status')).toBe('$.doelstatussen[3].status');
    expect(jsonPad('/regio/extra veld')).toBe('$.regio["extra veld"]');
    const zonderNaam = structuredClone(exports.klein.data) as unknown as { regio: Record<string, unknown> };
    delete zonderNaam.regio.naam;
    expect(valideerExport(zonderNaam)).toEqual({ ok: false, pad: '$.regio.naam', reden: 'ontbreekt' });
    expect(valideerExport([])).toEqual({ ok: false, pad: '$', reden: 'is geen JSON-object' });
    expect(valideerExport({ ...exports.klein.data, $schema: 'https://x.example/open-data/schema/monitor-2.json' })).toEqual({ ok: false, pad: '$.$schema', reden: 'noemt schema monitor-2.json, maar schemaversie is 1' });
  });

  it('reports a broken, an invalid, an unknown and a newer export with source and path, and reads the others', async () => {
    const o = await overzichtVan(['klein', 'kapot', 'scheef', 'ongeldig', 'nieuwer', 'onbekend', join(werkmap, 'nergens')]);
    expect(o.regios.map((r) => r.id)).toEqual(['klein-testland']);
    expect(o.fouten).toEqual([
      `${werkmap}/kapot.json: is geen geldige JSON: het bestand houdt te vroeg op (is het helemaal gedownload?)`,
      `${werkmap}/scheef.json: is geen geldige JSON (regel 2, kolom 18)`,
      `${werkmap}/ongeldig/open-data/monitor.json: $.doelstatussen[1].status: moet een van deze waarden zijn: "achter", "aandacht", "geen-actuele-meting", "geen-meting", "niet-beoordeeld", "op-koers", "behaald"`,
      `${werkmap}/nieuwer/open-data/monitor.json: $.schemaversie: versie 2 is nieuwer dan deze versie van onderwijsregio-monitor kent (1); werk het programma bij`,
      `${werkmap}/onbekend/open-data/monitor.json: $.schemaversie: versie 0 is nooit gepubliceerd; onderwijsregio-monitor kent versie 1`,
      `${werkmap}/nergens: bestaat niet`,
    ]);
  });

  it('names a folder without an export', async () => {
    mkdirSync(join(werkmap, 'leeg'), { recursive: true });
    const o = await overzichtVan([join(werkmap, 'leeg')]);
    expect(o.fouten).toEqual([`${werkmap}/leeg/open-data/monitor.json: bestaat niet; is dit de map van een gebouwde site (met open-data/monitor.json)?`]);
  });

  it('refuses two sources for the same region and names both', async () => {
    const kopie = join(werkmap, 'kopie-klein');
    cpSync(bronnen.klein, kopie, { recursive: true });
    const o = await overzichtVan(['klein', 'zes-lijnen', kopie]);
    expect(o.regios.map((r) => r.id)).toEqual(['lindewaard']);
    expect(o.fouten).toEqual([
      `${werkmap}/klein/open-data/monitor.json: $.regio.kortenaam: dezelfde regio ("klein-testland") als ${kopie}/open-data/monitor.json; geef elke regio één keer op`,
      `${kopie}/open-data/monitor.json: $.regio.kortenaam: dezelfde regio ("klein-testland") als ${werkmap}/klein/open-data/monitor.json; geef elke regio één keer op`,
    ]);
  });

  it('reads a site over http, by its address or that of its monitor.json, and names a 404', async () => {
    const o = await overzichtVan([server.url, `${server.url}bestaat-niet/open-data/monitor.json`]);
    expect(o.regios.map((r) => r.id)).toEqual(['lindewaard']);
    expect(o.regios[0].adres).toBe(`${server.url}open-data/monitor.json`);
    expect(o.fouten).toEqual([`${server.url}bestaat-niet/open-data/monitor.json: is niet op te halen: de server antwoordt 404 (niet gevonden)`]);
  });
});

describe('the overview counts what the regions computed', () => {
  let o: LandelijkOverzicht;
  beforeAll(async () => {
    o = await overzichtVan(['voorbeeld', 'zes-lijnen', 'klein']);
  });

  it('gives each region the status counts of its own home page, for its current quarter', () => {
    expect(o.regios.map((r) => r.id)).toEqual(['deltastad-vo-mbo', 'klein-testland', 'lindewaard']);
    for (const { monitor } of Object.values(exports)) {
      const r = o.regios.find((x) => x.id === regioId(monitor.regio))!;
      const eigen = homeData(monitor).telling;
      expect(STATUS_VOLGORDE.filter((s) => r.telling[s] > 0).map((s) => ({ status: s, aantal: r.telling[s] }))).toEqual(eigen);
      expect(r.huidigKwartaal).toBe(monitor.huidigKwartaal);
      expect(r.aantalDoelen).toBe(monitor.doelen.length);
    }
  });

  it('takes coverage and budget from the region’s own /verantwoording/', () => {
    for (const { monitor } of Object.values(exports)) {
      const r = o.regios.find((x) => x.id === regioId(monitor.regio))!;
      const v = verantwoordingData(monitor);
      expect(r.nietGedekt).toEqual(v.nietGedekt);
      expect(r.elementen.map((e) => [e.thema, e.gedekt])).toEqual(v.elementen.map((e) => [e.thema, e.gedekt]));
      const b = budgetTotalen(monitor);
      expect(r.budget).toEqual({ tot_en_met_jaar: b.totEnMetJaar, begroot: b.begroot, uitgegeven: b.uitgegeven, deel: b.deel, begroot_later: b.begrootLater });
    }
  });

  it('knows whether the quarter that ended last is reported, and links every goal into the region’s site', () => {
    const lindewaard = o.regios.find((r) => r.id === 'lindewaard')!;
    // Lindewaard's latest approved quarter is 2025-Q4; on 2026-11-20 the quarter that ended is 2026-Q3.
    expect(o.laatsteAfgesloten).toBe('2026-Q3');
    expect(lindewaard.achterstand).toBe(true);
    const doelen = lindewaard.lijnen.flatMap((l) => l.doelen);
    expect(doelen.length).toBe(exports['zes-lijnen'].monitor.doelen.length);
    for (const d of doelen) expect(d.link).toBe(`https://monitor.onderwijsregio-lindewaard.example/doelen/${d.id}/`);
    // Klein Testland names no site: no links.
    expect(o.regios.find((r) => r.id === 'klein-testland')!.lijnen.flatMap((l) => l.doelen).every((d) => d.link === undefined)).toBe(true);
  });

  it('sums the regions nationally, per line kind, per theme and per quarter', () => {
    for (const s of STATUS_VOLGORDE) expect(o.telling[s]).toBe(o.regios.reduce((n, r) => n + r.telling[s], 0));
    expect(o.perLijnsoort.reduce((n, s) => n + s.aantalDoelen, 0)).toBe(o.aantalDoelen);
    const samen = o.themas.find((t) => t.thema === 'samen-opleiden')!;
    expect(samen.isElement).toBe(true);
    expect(samen.regios.map((r) => r.id).sort()).toEqual(['deltastad-vo-mbo', 'klein-testland', 'lindewaard']);
    const alle = o.kwartalen.reduce((n, k) => n + STATUS_VOLGORDE.reduce((m, s) => m + k.telling[s], 0), 0);
    expect(alle).toBe(Object.values(exports).reduce((n, { data }) => n + data.doelstatussen.length, 0));
  });

  it('downloads every goal and indicator status per quarter, each row with its region and source, in a JSON that fits its schema', () => {
    const regels = statusRegels(o);
    const verwacht = Object.values(exports).reduce((n, { data }) => n + data.doelstatussen.length + data.indicatorstatussen.length, 0);
    expect(regels.length).toBe(verwacht);
    expect(regels.every((r) => r.bron.endsWith('/open-data/monitor.json') && o.regios.some((x) => x.id === r.regio))).toBe(true);
    const valideer = addFormats(new Ajv2020({ strict: false, allErrors: true })).compile(landelijkJsonSchema());
    const json = JSON.parse(JSON.stringify(landelijkExport(o, regels)));
    expect(valideer(json) ? [] : valideer.errors).toEqual([]);
  });
});

describe('npm run landelijk', () => {
  const draai = async (namen: string[], outDir: string) => {
    const out = new Opvang();
    const err = new Opvang();
    const r = await landelijk({ bronnen: namen.map((n) => bronnen[n] ?? n), outDir, vandaag: VANDAAG, out, err });
    return { ...r, out: out.tekst, err: err.tekst };
  };

  it('builds the overview: 0 when every source is read, 2 with a source not read (shown as "niet ingelezen"), 1 when nothing is read', async () => {
    const uit = join(werkmap, 'uit');
    const goed = await draai(['voorbeeld', 'zes-lijnen', 'klein'], uit);
    expect(goed.code).toBe(0);
    expect(goed.err).toBe('');
    expect(goed.out).toMatch(/^Landelijk overzicht van 3 regio’s gebouwd in .*uit \(\d+,\d s\)\.\n$/);
    expect(existsSync(join(uit, MANIFEST))).toBe(true);

    const deels = await draai(['zes-lijnen', 'kapot'], uit);
    expect(deels.code).toBe(2);
    expect(deels.err).toBe(`${werkmap}/kapot.json: is geen geldige JSON: het bestand houdt te vroeg op (is het helemaal gedownload?)\n1 bron is niet ingelezen (zie hierboven); het overzicht noemt ze onder "Niet ingelezen".\n`);
    const home = readFileSync(join(uit, 'index.html'), 'utf8');
    expect(home).toContain(`<li data-bron="${werkmap}/kapot.json"><strong>niet ingelezen:</strong> <code>${werkmap}/kapot.json</code>: is geen geldige JSON: het bestand houdt te vroeg op (is het helemaal gedownload?)</li>`);
    // The rows carry the region's id and its counts.
    const rij = /<tr data-regio="lindewaard"[^>]*>([\s\S]*?)<\/tr>/.exec(home)?.[1] ?? '';
    const aantallen = Object.fromEntries([...rij.matchAll(/data-status="([a-z-]+)" data-aantal="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
    expect(aantallen).toEqual(deels.overzicht!.regios[0].telling);
    expect(existsSync(join(uit, 'regios/lindewaard/index.html'))).toBe(true);
    expect(existsSync(join(uit, 'regios/deltastad-vo-mbo'))).toBe(false);

    const niets = await draai(['kapot'], uit);
    expect(niets.code).toBe(1);
    expect(niets.err).toBe(`${werkmap}/kapot.json: is geen geldige JSON: het bestand houdt te vroeg op (is het helemaal gedownload?)\nGeen enkele bron is ingelezen.\nHet landelijk overzicht is niet gebouwd; ${uit} is ongewijzigd.\n`);
    expect(existsSync(join(uit, 'regios/lindewaard/index.html'))).toBe(true);
  });

  it('writes only where the region build may: never into a source, never over files it did not write', async () => {
    const bron = await draai(['zes-lijnen'], bronnen['zes-lijnen']);
    expect(bron.code).toBe(1);
    expect(bron.err).toBe(`OUT_DIR ${bronnen['zes-lijnen']}: deze map is de bron ${bronnen['zes-lijnen']}; het overzicht zou die vervangen: kies een eigen map, bijvoorbeeld dist-landelijk/.\nHet landelijk overzicht is niet gebouwd; ${bronnen['zes-lijnen']} is ongewijzigd.\n`);
    const vreemd = join(werkmap, 'vreemd');
    mkdirSync(vreemd);
    writeFileSync(join(vreemd, 'notities.txt'), 'van mij');
    const r = await draai(['zes-lijnen'], vreemd);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`OUT_DIR ${vreemd}: bevat al bestanden die niet door onderwijsregio-monitor zijn gebouwd (notities.txt)`);
    expect(readFileSync(join(vreemd, 'notities.txt'), 'utf8')).toBe('van mij');
    const geen = await draai([], join(werkmap, 'uit2'));
    expect(geen.code).toBe(1);
    expect(geen.err.split('\n')[0]).toBe('Geen bronnen genoemd. Gebruik: npm run landelijk -- <map van een gebouwde site | monitor.json | https://…/open-data/monitor.json> …');
  });

  it('as a command: sources relative to the folder it is run from, exit code 2 with a source not read', () => {
    const uit = join(werkmap, 'uit-cli');
    const r = spawnSync(NODE, [join(ROOT, 'src/cli/landelijk.ts'), 'zes-lijnen', 'kapot.json'], {
      cwd: ROOT, encoding: 'utf8', env: userEnv({ INIT_CWD: werkmap, OUT_DIR: uit, MONITOR_VANDAAG: VANDAAG }),
    });
    expect(r.stderr).toBe(`${werkmap}/kapot.json: is geen geldige JSON: het bestand houdt te vroeg op (is het helemaal gedownload?)\n1 bron is niet ingelezen (zie hierboven); het overzicht noemt ze onder "Niet ingelezen".\n`);
    expect(r.status).toBe(2);
    expect(readFileSync(join(uit, 'regios/lindewaard/index.html'), 'utf8')).toContain('<h1>Onderwijsregio Lindewaard</h1>');
  });
});
