// The open-data export (src/lib/open-data): monitor.json against its own published schema (Zod
// and ajv), the committed schema copy, the Data Package against the vendored v2 profile, every
// CSV header against its Table Schema, and small counts suppressed in every file.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import type { Monitor } from '../../src/lib/model.ts';
import { DATASETS, datasetRijen } from '../../src/lib/open-data/datasets.ts';
import { csvPad, DATAPACKAGE_PAD, DCAT_PAD, MONITOR_JSON_PAD, monitorExport, openDataBestanden } from '../../src/lib/open-data/export.ts';
import { MonitorExportSchema, monitorJsonSchema, SCHEMA_ID, SCHEMA_VERSIE } from '../../src/lib/open-data/schema.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { kleineAantallenRegio, VARIANT_A } from '../helpers/kleine-aantallen.ts';
import { ajv2020, dataPackageFouten, monitorJsonFouten } from '../helpers/open-data.ts';
import { grootteTekst, openDataData } from '../../src/lib/paginas/open-data.ts';

const laad = (dir: string): Monitor => {
  const { monitor, problems } = loadMonitor(dir, 'publicatie');
  expect(problems.filter((p) => p.severity === 'fout')).toEqual([]);
  return monitor!;
};
const bestand = (monitor: Monitor, pad: string) => {
  const b = openDataBestanden(monitor).find((f) => f.pad === pad);
  if (!b) throw new Error(`geen ${pad}`);
  return b.inhoud;
};

/** Zod's structure without the words: what a collector's validation depends on. */
function structuur(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(structuur);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'description' && k !== 'title').map(([k, v]) => [k, structuur(v)]));
  }
  return schema;
}

let werkmap: string;
let klein: Monitor;
let zes: Monitor;
let afgeschermd: Monitor;
beforeAll(() => {
  werkmap = mkdtempSync(join(tmpdir(), 'open-data-'));
  klein = laad(join(FIXTURES, 'regio-klein'));
  zes = laad(join(FIXTURES, 'regio-zes-lijnen'));
  afgeschermd = laad(kleineAantallenRegio(join(werkmap, 'klein'), VARIANT_A));
});
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

describe('monitor.json', () => {
  it('validates against the schema the site publishes beside it (ajv, draft 2020-12) and against Zod', () => {
    for (const monitor of [klein, zes, afgeschermd]) {
      expect(monitorJsonFouten((pad) => bestand(monitor, pad))).toEqual([]);
      const data = JSON.parse(bestand(monitor, MONITOR_JSON_PAD));
      expect(MonitorExportSchema.safeParse(data).error?.issues ?? []).toEqual([]);
      expect(data.schemaversie).toBe(SCHEMA_VERSIE);
      // The file is assembled from the datasets' JSON; it is the builder's export, key for key.
      expect(bestand(monitor, MONITOR_JSON_PAD)).toBe(`${JSON.stringify(monitorExport(monitor))}\n`);
    }
  });

  it('rejects an export a collector could not rely on', () => {
    const valideer = ajv2020().compile(monitorJsonSchema());
    const goed = JSON.parse(bestand(zes, MONITOR_JSON_PAD));
    const fout = (bewerk: (d: typeof goed) => void) => {
      const d = structuredClone(goed);
      bewerk(d);
      return valideer(d);
    };
    expect(valideer(goed)).toBe(true);
    expect(fout((d) => { d.doelstatussen[0].status = 'prima'; })).toBe(false);
    expect(fout((d) => { d.metingen[0].kwartaal = '2025Q3'; })).toBe(false);
    expect(fout((d) => { d.doelen[0].extra = 1; })).toBe(false);
    expect(fout((d) => { delete d.indicatoren[0].streefwaarde; })).toBe(false);
    expect(fout((d) => { d.schemaversie = SCHEMA_VERSIE + 1; })).toBe(false);
  });

  it('holds the region, every dataset and the computed status with label and explanation per published quarter', () => {
    const data = monitorExport(zes);
    expect(data.regio.naam).toBe(zes.regio.naam);
    expect(data.regio.huidig_kwartaal).toBe(zes.huidigKwartaal);
    expect(data.bijgewerkt).toBe(zes.kwartalen.map((k) => k.vastgesteld).sort().at(-1));
    for (const ds of DATASETS) expect(Array.isArray(data[ds.naam]), ds.naam).toBe(true);
    const vastgesteld = zes.kwartalen.map((k) => k.kwartaal);
    expect(data.doelstatussen).toHaveLength(zes.doelen.length * vastgesteld.length);
    for (const doel of zes.doelen) {
      const huidig = data.doelstatussen.find((s) => s.doel === doel.id && s.kwartaal === zes.huidigKwartaal)!;
      expect(huidig).toMatchObject({ status: doel.status.status, uitleg: doel.status.uitleg, herkomst: doel.status.herkomst });
      expect(huidig.status_label).toMatch(/^[a-z ]+$/);
    }
    const indicatoren = zes.doelen.flatMap((d) => d.indicatoren);
    expect(data.indicatorstatussen).toHaveLength(indicatoren.length * vastgesteld.length);
    for (const ind of indicatoren) {
      expect(data.indicatorstatussen.find((s) => s.indicator === ind.id && s.kwartaal === zes.huidigKwartaal)).toMatchObject({ status: ind.status.status, uitleg: ind.status.uitleg });
    }
    expect(data.metingen).toHaveLength(zes.data.metingen.length);
    expect(data.partijen).toHaveLength(zes.data.partijen.length);
    expect(data.aanbevelingen).toHaveLength(zes.data.aanbevelingen.length);
  });

  it('the committed schema for this version is the one the code generates (a structural change needs a new schemaversie)', () => {
    const bestandsnaam = join(ROOT, 'schemas', `monitor-${SCHEMA_VERSIE}.json`);
    const vastgelegd = JSON.parse(readFileSync(bestandsnaam, 'utf8'));
    const gemaakt = monitorJsonSchema();
    expect(gemaakt.$id).toBe(SCHEMA_ID);
    // First the structure: a difference there means collectors break, so the version must go up
    // (keep the old file in schemas/, add monitor-<n+1>.json, raise SCHEMA_VERSIE).
    expect(structuur(gemaakt), `schemas/monitor-${SCHEMA_VERSIE}.json verschilt van de vorm die de code maakt: verhoog SCHEMA_VERSIE`).toEqual(structuur(vastgelegd));
    // Then the words (descriptions): same version, refresh the committed copy.
    expect(gemaakt, `beschrijvingen veranderd: schrijf schemas/monitor-${SCHEMA_VERSIE}.json opnieuw (zie README)`).toEqual(vastgelegd);
  });
});

describe('small counts', () => {
  it('a person count below the threshold appears in no open-data file, and is named as suppressed', () => {
    const rijen = datasetRijen(afgeschermd);
    const meting = rijen.metingen.find((m) => m.indicator === 'mentoren' && m.kwartaal === '2025-Q3')!;
    expect(meting).toMatchObject({ waarde: null, onderdrukt: ['waarde'] });
    expect(rijen.indicatoren.find((i) => i.id === 'mentoren')).toMatchObject({ nulmeting: null, streefwaarde: null, onderdrukt: ['nulmeting', 'streefwaarde'] });
    expect(rijen.kerncijfers.find((k) => k.id === 'mentoren-regio')).toMatchObject({ waarde: null, onderdrukt: ['waarde'] });
    // A count of 9 (vertrek-starters 2025-Q4) is published as is.
    expect(rijen.metingen.find((m) => m.indicator === 'vertrek-starters' && m.kwartaal === '2025-Q4')).toMatchObject({ waarde: 9, onderdrukt: [] });
    const csv = bestand(afgeschermd, csvPad('metingen'));
    expect(csv).toContain('\r\nmentoren;2025-Q3;< 5;');
    expect(bestand(afgeschermd, csvPad('kerncijfers'))).toContain('mentoren-regio;Mentoren in de regio;< 5;personen;2025;');
    // The values 1, 2 and 3 of VARIANT_A: as a cell of their own in no CSV and as a number in no JSON.
    for (const f of openDataBestanden(afgeschermd)) {
      if (f.pad.endsWith('.csv')) {
        for (const regel of f.inhoud.split('\r\n')) {
          if (/^(mentoren|vertrek-starters|mentoren-regio);/.test(regel)) expect(regel.split(';'), `${f.pad}: ${regel}`).not.toEqual(expect.arrayContaining(['1', '2', '3']));
        }
      }
    }
    const data = monitorExport(afgeschermd);
    const getallen = [...data.metingen.filter((m) => m.indicator === 'mentoren' || m.indicator === 'vertrek-starters').map((m) => m.waarde),
      ...data.indicatoren.flatMap((i) => [i.nulmeting, i.streefwaarde]), ...data.kerncijfers.map((k) => k.waarde)];
    for (const klein of [1, 2, 3]) expect(getallen).not.toContain(klein);
  });

  it('kleine_aantallen 0 publishes every count', () => {
    const open = laad(kleineAantallenRegio(join(werkmap, 'open'), { ...VARIANT_A, drempel: 0 }));
    const rijen = datasetRijen(open);
    expect(rijen.metingen.find((m) => m.indicator === 'mentoren' && m.kwartaal === '2025-Q3')).toMatchObject({ waarde: 3, onderdrukt: [] });
    expect(rijen.kerncijfers.find((k) => k.id === 'mentoren-regio')).toMatchObject({ waarde: 3 });
  });
});

describe('CSV and JSON per dataset', () => {
  it('every dataset as CSV for Dutch Excel with the declared columns, and as JSON with the same rows', () => {
    const rijen = datasetRijen(zes);
    for (const ds of DATASETS) {
      const csv = bestand(zes, csvPad(ds.naam));
      expect(csv.startsWith('\ufeff'), ds.naam).toBe(true);
      const regels = csv.slice(1).split('\r\n');
      expect(regels[0]).toBe(Object.keys(ds.declaratie).join(';'));
      expect(regels).toHaveLength(rijen[ds.naam].length + 2);
      expect(JSON.parse(bestand(zes, `open-data/${ds.naam}.json`))).toEqual(rijen[ds.naam]);
    }
    // Decimal comma, lists with |, ja/nee.
    expect(bestand(zes, csvPad('doelen'))).toMatch(/;[a-z-]+\|[a-z-]+;/);
    expect(bestand(zes, csvPad('metingen'))).toMatch(/;(ja|nee)\r\n/);
  });
});

describe('datapackage.json', () => {
  it('validates against the Data Package v2 profile and describes every CSV with its header', () => {
    for (const monitor of [klein, zes, afgeschermd]) {
      const csvs = openDataBestanden(monitor).map((b) => b.pad).filter((p) => p.endsWith('.csv'));
      expect(csvs).toHaveLength(DATASETS.length);
      expect(dataPackageFouten((pad) => bestand(monitor, pad), csvs)).toEqual([]);
    }
    // The checks can fail: a CSV the package leaves out, and a header that is not the schema's.
    const csvs = openDataBestanden(zes).map((b) => b.pad).filter((p) => p.endsWith('.csv'));
    expect(dataPackageFouten((pad) => bestand(zes, pad), [...csvs, 'open-data/extra.csv'])).toEqual(['open-data/extra.csv: niet beschreven']);
    const andereKop = (pad: string) => (pad === 'open-data/begrippen.csv' ? bestand(zes, pad).replace('term;uitleg', 'uitleg;term') : bestand(zes, pad));
    expect(dataPackageFouten(andereKop, csvs)).toEqual(['begrippen.csv: kop uitleg;term, schema term;uitleg']);
  });

  it('names the licence of regio.yaml and a suppressed count as a missing value', () => {
    const pakket = JSON.parse(bestand(afgeschermd, DATAPACKAGE_PAD));
    expect(pakket.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'http://creativecommons.org/licenses/by/4.0/deed.nl' });
    const waarde = pakket.resources.find((r: { name: string }) => r.name === 'metingen').schema.fields.find((f: { name: string }) => f.name === 'waarde');
    expect(waarde).toMatchObject({ type: 'number', decimalChar: ',', missingValues: ['', '< 5'] });
  });
});

describe('dcat.jsonld', () => {
  it('describes every dataset with the properties data.overheid.nl asks for, and one distribution per format', () => {
    const dcat = JSON.parse(bestand(zes, DCAT_PAD));
    expect(dcat['@type']).toBe('dcat:Catalog');
    const datasets = dcat['dcat:dataset'];
    expect(datasets).toHaveLength(DATASETS.length + 1);
    for (const d of datasets) {
      for (const eigenschap of ['dct:identifier', 'dct:title', 'dct:description', 'dct:language', 'dcat:theme', 'dct:publisher', 'dcat:contactPoint', 'dct:license', 'dct:modified', 'dcat:distribution']) {
        expect(d[eigenschap], `${d['@id']} ${eigenschap}`).toBeDefined();
      }
      for (const v of d['dcat:distribution']) {
        const pad = v['dcat:accessURL']['@id'] as string;
        expect(openDataBestanden(zes).some((b) => pad.endsWith(b.pad.slice('open-data/'.length))), pad).toBe(true);
        expect(v['dct:format']['@id']).toMatch(/file-type\/(CSV|JSON)$/);
      }
    }
  });
});

describe('the open-data page', () => {
  it('lists every dataset with both files and their size, and a dictionary row per declared column', () => {
    const d = openDataData(afgeschermd);
    expect(d.datasets.map((ds) => ds.naam)).toEqual(DATASETS.map((ds) => ds.naam));
    for (const ds of d.datasets) {
      expect(ds.csv.pad).toBe(`open-data/${ds.naam}.csv`);
      expect(ds.json.grootte).toMatch(/^\d+(,\d)? (bytes|kB|MB)$/);
      expect(ds.kolommen.map((k) => k.naam)).toEqual(Object.keys(DATASETS.find((x) => x.naam === ds.naam)!.declaratie));
    }
    const waarde = d.datasets.find((ds) => ds.naam === 'metingen')!.kolommen.find((k) => k.naam === 'waarde')!;
    expect(waarde).toMatchObject({ afgeschermd: true, altijd: false, eenheid: 'de eenheid van de indicator', waarden: [{ tekst: 'getal of leeg' }] });
    const status = d.datasets.find((ds) => ds.naam === 'voortgang')!.kolommen.find((k) => k.naam === 'status')!;
    // The allowed values are literal codes in the file: code parts, so the page shows them as code, not as words.
    const c = (tekst: string) => ({ tekst, code: true });
    expect(status).toMatchObject({ afgeschermd: false, altijd: true, waarden: [c('gepland'), { tekst: ', ' }, c('lopend'), { tekst: ', ' }, c('afgerond'), { tekst: ', ' }, c('vertraagd'), { tekst: ', ' }, c('gestopt')] });
    expect(d).toMatchObject({ drempel: 5, onderdrukt: '< 5', licentie: { titel: 'Creative Commons Naamsvermelding 4.0' }, schema: { pad: 'open-data/schema/monitor-1.json', versie: 1 } });
    expect(d.bijgewerkt).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
  });

  it('writes sizes as people read them', () => {
    expect([0, 999, 1000, 43_712, 1_000_000, 3_533_446].map(grootteTekst)).toEqual(['0 bytes', '999 bytes', '1 kB', '43,7 kB', '1 MB', '3,5 MB']);
  });
});
