// /open-data/datapackage.json: a Frictionless Data Package (v2) describing every CSV with its
// Table Schema, derived from the same declarations as the CSV columns.
import { grootteVan, type DownloadBestand } from '../download.ts';
import type { KolomSpec } from '../contract/kolom.ts';
import type { Monitor } from '../model.ts';
import { onderdruktTekst } from '../leestekst.ts';
import { DATASETS, type Dataset } from './datasets.ts';
import { bijgewerkt, csvPad, MONITOR_JSON_PAD, OPEN_DATA_MAP, siteAdres } from './export.ts';
import { licentieVan } from './licentie.ts';
import { platteTekst, SCHEMA_PAD } from './schema.ts';

export const DATAPACKAGE_PROFIEL = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The CSV dialect every open-data CSV is written in (src/lib/download.ts toCsv). */
export const CSV_DIALECT = { header: true, delimiter: ';', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true } as const;

/** One Table Schema field for a declared column. */
export function tabelVeld(naam: string, spec: KolomSpec, onderdrukbaar: boolean, drempel: number): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  const veld: Record<string, unknown> = { name: naam, description: platteTekst(spec.uitleg ?? naam) };
  switch (spec.soort) {
    case 'getal':
      if (spec.geheel) veld.type = 'integer';
      else Object.assign(veld, { type: 'number', decimalChar: ',' });
      if (spec.bereik) {
        constraints.minimum = spec.bereik.min;
        if (Number.isFinite(spec.bereik.max)) constraints.maximum = spec.bereik.max;
      }
      break;
    case 'kwartaal':
      veld.type = 'string';
      constraints.pattern = '[0-9]{4}-Q[1-4]';
      break;
    case 'datum':
      veld.type = 'date';
      break;
    case 'janee':
      Object.assign(veld, { type: 'boolean', trueValues: ['ja'], falseValues: ['nee'] });
      break;
    case 'keuze':
      veld.type = 'string';
      constraints.enum = [...(spec.keuzes ?? [])];
      break;
    case 'lijst':
      veld.type = 'string';
      veld.description = `${veld.description as string} Meerdere waarden gescheiden door |.`;
      break;
    default:
      veld.type = 'string';
  }
  if (spec.verplichting === 'ja' && !onderdrukbaar) constraints.required = true;
  if (onderdrukbaar && drempel > 0) veld.missingValues = ['', onderdruktTekst(drempel)];
  if (Object.keys(constraints).length > 0) veld.constraints = constraints;
  return veld;
}

export function tabelSchema(ds: Dataset, drempel: number): { fields: Record<string, unknown>[] } {
  return {
    fields: Object.entries(ds.declaratie).map(([naam, { spec }]) => tabelVeld(naam, spec, (ds.onderdrukbaar as readonly string[]).includes(naam), drempel)),
  };
}

const relatief = (pad: string) => pad.slice(OPEN_DATA_MAP.length + 1);
const slug = (tekst: string) => tekst.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function dataPackage(monitor: Monitor, bestanden: DownloadBestand[]): Record<string, unknown> {
  const r = monitor.regio;
  const drempel = r.kleineAantallen;
  const bytes = (pad: string) => grootteVan(bestanden, pad);
  const licentie = licentieVan(r.licentie);
  const datum = bijgewerkt(monitor);
  const homepage = siteAdres(monitor, `${OPEN_DATA_MAP}/`);
  return {
    $schema: DATAPACKAGE_PROFIEL,
    name: `onderwijsregio-${slug(r.kortenaam) || 'monitor'}`,
    title: `Open data van ${r.naam}`,
    description: `De gegevens van de voortgangsmonitor van ${r.naam}: doelen, indicatoren, metingen, de status per kwartaal, activiteiten, partijen, begroting en uitgaven. Aantallen personen onder de ${drempel} zijn afgeschermd.`,
    ...(homepage ? { homepage } : {}),
    ...(datum ? { created: `${datum}T00:00:00Z` } : {}),
    licenses: [{ name: licentie.naam.replace(/[^-a-zA-Z0-9._]+/g, '-'), title: licentie.titel, ...(licentie.url ? { path: licentie.url } : {}) }],
    sources: [{ title: `Programmabureau ${r.naam}`, ...(r.site ? { path: r.site } : {}) }],
    resources: [
      ...DATASETS.map((ds) => ({
        name: ds.naam,
        type: 'table',
        path: relatief(csvPad(ds.naam)),
        title: ds.titel,
        description: ds.beschrijving,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes(csvPad(ds.naam)),
        ...(ds.bron ? { sources: [{ title: `${ds.bron} van de regio` }] } : { sources: [{ title: 'Berekend door de monitor uit de gegevens van de regio' }] }),
        dialect: CSV_DIALECT,
        schema: tabelSchema(ds, drempel),
      })),
      {
        name: 'monitor',
        path: relatief(MONITOR_JSON_PAD),
        title: 'Alle gegevens in één bestand',
        description: `Alle tabellen en de regio in één JSON-bestand, beschreven door het JSON Schema ${relatief(SCHEMA_PAD)}.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: bytes(MONITOR_JSON_PAD),
      },
    ],
  };
}
