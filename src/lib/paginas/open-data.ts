// The /open-data/ page: every dataset with both formats and their size, the complete export,
// its schema, the Data Package and the DCAT metadata, licence and last update, and the data
// dictionary, derived from the same declarations as the files.
import { toegestaan } from '../contract/docs.ts';
import type { KolomSpec } from '../contract/kolom.ts';
import { formatDatum, formatGetal } from '../format.ts';
import type { Monitor } from '../model.ts';
import { onderdruktTekst } from '../leestekst.ts';
import { grootte } from '../download.ts';
import { DATASETS } from '../open-data/datasets.ts';
import { bijgewerkt, csvPad, DATAPACKAGE_PAD, DCAT_PAD, jsonPad, MONITOR_JSON_PAD, openDataBestanden } from '../open-data/export.ts';
import { licentieVan } from '../open-data/licentie.ts';
import { altijdGevuld, platteTekst, SCHEMA_PAD, SCHEMA_VERSIE } from '../open-data/schema.ts';

export interface OpenDataBestand {
  /** Path in the site folder (the page makes it a link under the base path). */
  pad: string;
  /** `12,3 kB`. */
  grootte: string;
}

/** A piece of text; `code` marks a literal value as it stands in the file (`op-koers`), shown as code, not as a word. */
export interface TekstDeel {
  tekst: string;
  code?: true;
}

/** Markdown-ish contract text into parts: backticks become code parts, the rest plain text. */
export function tekstDelen(markdown: string): TekstDeel[] {
  return platteTekst(markdown.replace(/`([^`]+)`/g, '\u0000$1\u0000'))
    .split('\u0000')
    .map((tekst, i): TekstDeel => (i % 2 === 1 ? { tekst, code: true } : { tekst }))
    .filter((d) => d.tekst !== '');
}

export interface WoordenboekKolom {
  naam: string;
  betekenis: string;
  /** Kind and allowed values in words; the literal values in the file as `code` parts. */
  waarden: TekstDeel[];
  eenheid?: string;
  /** Always filled, or may be empty. */
  altijd: boolean;
  /** A count of persons that may be hidden (`< 5`). */
  afgeschermd: boolean;
}

export interface OpenDataDataset {
  naam: string;
  titel: string;
  beschrijving: string;
  bron?: string;
  csv: OpenDataBestand;
  json: OpenDataBestand;
  kolommen: WoordenboekKolom[];
}

export interface OpenDataData {
  regioNaam: string;
  monitorJson: OpenDataBestand;
  schema: OpenDataBestand & { versie: number };
  datapackage: OpenDataBestand;
  dcat: OpenDataBestand;
  /** Dutch date, or undefined before the first approved quarter. */
  bijgewerkt?: string;
  licentie: { titel: string; url?: string };
  drempel: number;
  /** `< 5`, when counts are suppressed at all. */
  onderdrukt?: string;
  datasets: OpenDataDataset[];
}

/** A size as people read it: bytes under 1 kB, then kB and MB with one decimal (1 kB = 1000 bytes). */
export function grootteTekst(bytes: number): string {
  if (bytes < 1000) return `${formatGetal(bytes, 0)} bytes`;
  if (bytes < 1_000_000) return `${formatGetal(bytes / 1000, 1)} kB`;
  return `${formatGetal(bytes / 1_000_000, 1)} MB`;
}

function kolomVan(naam: string, spec: KolomSpec, afgeschermd: boolean): WoordenboekKolom {
  return {
    naam,
    betekenis: platteTekst(spec.uitleg ?? ''),
    waarden: tekstDelen(toegestaan(spec)),
    ...(spec.eenheid ? { eenheid: spec.eenheid } : {}),
    altijd: altijdGevuld(spec) && !afgeschermd,
    afgeschermd,
  };
}

export function openDataData(monitor: Monitor): OpenDataData {
  const bestanden = new Map(openDataBestanden(monitor).map((b) => [b.pad, grootte(b)]));
  const bestand = (pad: string): OpenDataBestand => ({ pad, grootte: grootteTekst(bestanden.get(pad) ?? 0) });
  const datum = bijgewerkt(monitor);
  const drempel = monitor.regio.kleineAantallen;
  const { titel, url } = licentieVan(monitor.regio.licentie);
  return {
    regioNaam: monitor.regio.naam,
    monitorJson: bestand(MONITOR_JSON_PAD),
    schema: { ...bestand(SCHEMA_PAD), versie: SCHEMA_VERSIE },
    datapackage: bestand(DATAPACKAGE_PAD),
    dcat: bestand(DCAT_PAD),
    ...(datum ? { bijgewerkt: formatDatum(datum) } : {}),
    licentie: { titel, ...(url ? { url } : {}) },
    drempel,
    ...(drempel > 0 ? { onderdrukt: onderdruktTekst(drempel) } : {}),
    datasets: DATASETS.map((ds) => ({
      naam: ds.naam,
      titel: ds.titel,
      beschrijving: ds.beschrijving,
      ...(ds.bron ? { bron: ds.bron } : {}),
      csv: bestand(csvPad(ds.naam)),
      json: bestand(jsonPad(ds.naam)),
      kolommen: Object.entries(ds.declaratie).map(([naam, { spec }]) => kolomVan(naam, spec, drempel > 0 && (ds.onderdrukbaar as readonly string[]).includes(naam))),
    })),
  };
}
