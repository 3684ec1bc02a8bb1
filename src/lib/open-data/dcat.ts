// /open-data/dcat.jsonld: the datasets described in DCAT (JSON-LD) along the lines of
// DCAT-AP-DONL, the profile data.overheid.nl harvests: per dataset title, description,
// language, theme, publisher, contact point, licence, modification date and one distribution
// per format with its access URL, media type and size.
import { grootteVan, type DownloadBestand } from '../download.ts';
import type { Monitor } from '../model.ts';
import { DATASETS } from './datasets.ts';
import { bijgewerkt, csvPad, jsonPad, MONITOR_JSON_PAD, OPEN_DATA_MAP, siteAdres } from './export.ts';
import { licentieVan } from './licentie.ts';
import { SCHEMA_PAD } from './schema.ts';

const EU = 'http://publications.europa.eu/resource/authority';
const THEMAS = [{ '@id': 'http://standaarden.overheid.nl/owms/terms/Onderwijs_en_wetenschap' }, { '@id': `${EU}/data-theme/EDUC` }];
const FORMATEN = {
  csv: { format: `${EU}/file-type/CSV`, mediaType: 'https://www.iana.org/assignments/media-types/text/csv', titel: 'CSV (voor Excel)' },
  json: { format: `${EU}/file-type/JSON`, mediaType: 'https://www.iana.org/assignments/media-types/application/json', titel: 'JSON' },
} as const;

const nl = (tekst: string) => ({ '@value': tekst, '@language': 'nl' });

export function dcatCatalogus(monitor: Monitor, bestanden: DownloadBestand[]): Record<string, unknown> {
  const r = monitor.regio;
  // Without `site` in regio.yaml the addresses are relative to this file (registering needs `site`).
  const adres = (pad: string) => siteAdres(monitor, pad) ?? pad.slice(OPEN_DATA_MAP.length + 1);
  const licentie = licentieVan(r.licentie);
  const datum = bijgewerkt(monitor);
  const uitgever = { '@type': 'foaf:Agent', 'foaf:name': r.penvoerder ?? r.naam };
  const contact = {
    '@type': 'vcard:Organization',
    'vcard:fn': `Programmabureau ${r.naam}`,
    ...(r.contact ? (r.contact.includes('@') ? { 'vcard:hasEmail': { '@id': `mailto:${r.contact}` } } : { 'vcard:hasURL': { '@id': r.contact } }) : {}),
  };
  const gemeen = {
    'dct:language': { '@id': `${EU}/language/NLD` },
    'dcat:theme': THEMAS,
    'dct:publisher': uitgever,
    'dcat:contactPoint': contact,
    'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
    'dcat:landingPage': { '@id': adres(`${OPEN_DATA_MAP}/`) },
    'dcat:keyword': [nl('onderwijsregio'), nl('lerarentekort'), nl('monitoring')],
    ...(datum ? { 'dct:modified': { '@value': datum, '@type': 'xsd:date' } } : {}),
  };
  const verspreiding = (pad: string, soort: keyof typeof FORMATEN, titel: string) => ({
    '@type': 'dcat:Distribution',
    'dct:title': nl(`${titel} (${FORMATEN[soort].titel})`),
    'dcat:accessURL': { '@id': adres(pad) },
    'dcat:downloadURL': { '@id': adres(pad) },
    'dct:format': { '@id': FORMATEN[soort].format },
    'dct:language': { '@id': `${EU}/language/NLD` },
    'dcat:mediaType': { '@id': FORMATEN[soort].mediaType },
    'dcat:byteSize': { '@value': String(grootteVan(bestanden, pad)), '@type': 'xsd:nonNegativeInteger' },
    ...(licentie.url ? { 'dct:license': { '@id': licentie.url } } : {}),
  });
  const dataset = (id: string, titel: string, beschrijving: string, verspreidingen: object[], extra: object = {}) => ({
    '@id': adres(`${OPEN_DATA_MAP}/#${id}`),
    '@type': 'dcat:Dataset',
    'dct:identifier': adres(`${OPEN_DATA_MAP}/#${id}`),
    'dct:title': nl(`${titel} – ${r.naam}`),
    'dct:description': nl(beschrijving),
    ...gemeen,
    ...(licentie.url ? { 'dct:license': { '@id': licentie.url } } : {}),
    'dcat:distribution': verspreidingen,
    ...extra,
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': adres(`${OPEN_DATA_MAP}/dcat.jsonld`),
    '@type': 'dcat:Catalog',
    'dct:title': nl(`Open data van ${r.naam}`),
    'dct:description': nl(`De gegevens van de voortgangsmonitor van ${r.naam}.`),
    'dct:publisher': uitgever,
    'dct:language': { '@id': `${EU}/language/NLD` },
    ...(licentie.url ? { 'dct:license': { '@id': licentie.url } } : {}),
    ...(datum ? { 'dct:modified': { '@value': datum, '@type': 'xsd:date' } } : {}),
    'dcat:dataset': [
      dataset('monitor', 'Alle gegevens van de monitor', `Alle gegevens van de voortgangsmonitor van ${r.naam} in één JSON-bestand.`, [verspreiding(MONITOR_JSON_PAD, 'json', 'Alle gegevens')], {
        'dct:conformsTo': { '@id': adres(SCHEMA_PAD) },
      }),
      ...DATASETS.map((ds) => dataset(ds.naam, ds.titel, ds.beschrijving, [verspreiding(csvPad(ds.naam), 'csv', ds.titel), verspreiding(jsonPad(ds.naam), 'json', ds.titel)])),
    ],
  };
}
