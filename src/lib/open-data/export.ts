// The open-data files of a site, computed from the model: monitor.json (everything in one file,
// shaped by schema.ts), each dataset as CSV for Dutch Excel and as JSON, the JSON Schema, the
// Data Package and the DCAT metadata. Small counts are already suppressed in the rows.
import { downloadBestanden, toCsv, type Cel, type DownloadBestand } from '../download.ts';
import type { Monitor } from '../model.ts';
import { onderdruktTekst } from '../leestekst.ts';
import { DATASETS, datasetRijen, type Dataset, type DatasetNaam, type JsonRij } from './datasets.ts';
import { monitorJsonSchema, SCHEMA_PAD, SCHEMA_VERSIE, type MonitorExport } from './schema.ts';
import { dataPackage } from './datapackage.ts';
import { dcatCatalogus } from './dcat.ts';
import { verantwoordingData } from '../paginas/verantwoording.ts';
import { budgetTotalen } from '../paginas/budget.ts';

export const OPEN_DATA_MAP = 'open-data';
export const MONITOR_JSON_PAD = `${OPEN_DATA_MAP}/monitor.json`;
export const DATAPACKAGE_PAD = `${OPEN_DATA_MAP}/datapackage.json`;
export const DCAT_PAD = `${OPEN_DATA_MAP}/dcat.jsonld`;
export const csvPad = (naam: string) => `${OPEN_DATA_MAP}/${naam}.csv`;
export const jsonPad = (naam: string) => `${OPEN_DATA_MAP}/${naam}.json`;

/** The date the data last changed in public: the approval of the latest approved quarter. */
export function bijgewerkt(monitor: Monitor): string | null {
  return monitor.kwartalen.map((k) => k.vastgesteld).filter((d): d is string => !!d).sort().at(-1) ?? null;
}

/** An absolute address on the region's site, or undefined when regio.yaml names no `site`. */
export function siteAdres(monitor: Monitor, pad: string): string | undefined {
  const site = monitor.regio.site;
  return site ? new URL(pad, site.replace(/\/?$/, '/')).href : undefined;
}

/** The conclusions of /verantwoording/ as data: the page's own computation, not a second one. */
export function verantwoordingExport(monitor: Monitor): MonitorExport['verantwoording'] {
  const b = budgetTotalen(monitor);
  return {
    elementen: verantwoordingData(monitor).elementen.map((e) => ({ thema: e.thema, titel: e.titel, gedekt: e.gedekt, doelen: e.doelen.map((d) => d.id) })),
    budget: { tot_en_met_jaar: b.totEnMetJaar, begroot: b.begroot, uitgegeven: b.uitgegeven, deel: b.deel, begroot_later: b.begrootLater },
  };
}

/** monitor.json: the region, then every dataset's rows. */
export function monitorExport(monitor: Monitor, rijen: Record<DatasetNaam, JsonRij[]> = datasetRijen(monitor)): MonitorExport {
  const r = monitor.regio;
  return {
    // Relative to monitor.json when the site's address is unknown.
    $schema: siteAdres(monitor, SCHEMA_PAD) ?? SCHEMA_PAD.slice(OPEN_DATA_MAP.length + 1),
    schemaversie: SCHEMA_VERSIE,
    bijgewerkt: bijgewerkt(monitor),
    licentie: r.licentie,
    regio: {
      naam: r.naam, kortenaam: r.kortenaam, sectoren: r.sectoren, regeling: r.regeling, penvoerder: r.penvoerder ?? null,
      site: r.site ?? null, contact: r.contact ?? null, huidig_kwartaal: monitor.huidigKwartaal, tolerantie: r.tolerantie,
      kleine_aantallen: r.kleineAantallen, licentie: r.licentie, extra_themas: r.extraThemas,
    },
    verantwoording: verantwoordingExport(monitor),
    // The rows follow the declarations the schema's row types are derived from (datasets.ts).
    ...(rijen as unknown as Omit<MonitorExport, '$schema' | 'schemaversie' | 'bijgewerkt' | 'licentie' | 'regio' | 'verantwoording'>),
  };
}

/** A row's CSV cells in the declared column order: lists with `|`, ja/nee, a suppressed count as `< 5`. */
export function csvCellen(ds: Dataset, rij: JsonRij, drempel: number): Cel[] {
  return Object.keys(ds.declaratie).map((kolom) => {
    const waarde = rij[kolom];
    if (rij.onderdrukt?.includes(kolom)) return onderdruktTekst(drempel);
    if (Array.isArray(waarde)) return waarde.join('|');
    if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
    return waarde;
  });
}

export function datasetCsv(ds: Dataset, rijen: JsonRij[], drempel: number): string {
  return toCsv(Object.keys(ds.declaratie), rijen.map((rij) => csvCellen(ds, rij, drempel)));
}

// Data compact (monitor.json of a large region is megabytes), descriptions readable.
const leesbaar = (waarde: unknown) => `${JSON.stringify(waarde, null, 1)}\n`;

// One computation per model, shared by the open-data page (bundled by Vite into the server
// build, so a module copy of its own) and the build's writer (this source file): a WeakMap in the
// global symbol registry is the same for both copies.
const CACHE = Symbol.for('onderwijsregio-monitor.open-data');
const cache: WeakMap<Monitor, DownloadBestand[]> = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new WeakMap()) as WeakMap<Monitor, DownloadBestand[]>;

/**
 * Every file under /open-data/ (the page itself aside), computed once per model: the build
 * writes them, the dev preview serves them and the open-data page lists their sizes.
 */
export function openDataBestanden(monitor: Monitor): DownloadBestand[] {
  const bekend = cache.get(monitor);
  if (bekend) return bekend;
  const drempel = monitor.regio.kleineAantallen;
  const rijen = datasetRijen(monitor);
  const jsonPerDataset = new Map(DATASETS.map((ds) => [ds.naam, JSON.stringify(rijen[ds.naam])]));
  const tabellen = DATASETS.flatMap((ds) => [
    { pad: csvPad(ds.naam), inhoud: datasetCsv(ds, rijen[ds.naam], drempel) },
    { pad: jsonPad(ds.naam), inhoud: `${jsonPerDataset.get(ds.naam)}\n` },
  ]);
  // monitor.json from the datasets' JSON already written: a second stringify of a large region's
  // rows costs as much as all the CSV. Same bytes as JSON.stringify(monitorExport(monitor)).
  // Everything but the rows, in monitorExport's key order (the rows come last there too).
  const kop = JSON.stringify(monitorExport(monitor, {} as typeof rijen)).slice(0, -1);
  const monitorJson = `${kop},${DATASETS.map((ds) => `${JSON.stringify(ds.naam)}:${jsonPerDataset.get(ds.naam)}`).join(',')}}\n`;
  const bestanden: DownloadBestand[] = [
    { pad: MONITOR_JSON_PAD, inhoud: monitorJson },
    { pad: SCHEMA_PAD, inhoud: leesbaar(monitorJsonSchema()) },
    ...tabellen,
  ];
  bestanden.push(
    { pad: DATAPACKAGE_PAD, inhoud: leesbaar(dataPackage(monitor, bestanden)) },
    { pad: DCAT_PAD, inhoud: leesbaar(dcatCatalogus(monitor, bestanden)) },
  );
  cache.set(monitor, bestanden);
  return bestanden;
}

/** Every data file of the site: the per-indicator downloads and the open data. */
export function dataBestanden(monitor: Monitor): DownloadBestand[] {
  return [...downloadBestanden(monitor), ...openDataBestanden(monitor)];
}

/** The Content-Type a web server (and the dev preview) should send for a data file. */
export function mediaType(pad: string): string {
  if (pad.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (pad.endsWith('.jsonld')) return 'application/ld+json; charset=utf-8';
  return 'application/json; charset=utf-8';
}
