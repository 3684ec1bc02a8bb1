// The overview's downloads: every region's goals and indicators with their status per approved
// quarter, as one CSV for Dutch Excel (src/lib/download.ts) and one JSON with its JSON Schema.
// Each row names its region, the monitor.json it came from and the goal's page on the region's
// site, so every figure can be traced to its source.
import { z } from 'zod';
import { toCsv, type DownloadBestand } from '../download.ts';
import type { LandelijkOverzicht } from './overzicht.ts';
import { regioLink } from './overzicht.ts';

export const LANDELIJK_SCHEMA_VERSIE = 1;
export const DOWNLOAD_MAP = 'open-data';
export const STATUSSEN_CSV = `${DOWNLOAD_MAP}/statussen.csv`;
export const LANDELIJK_JSON = `${DOWNLOAD_MAP}/landelijk.json`;
export const LANDELIJK_SCHEMA = `${DOWNLOAD_MAP}/landelijk-${LANDELIJK_SCHEMA_VERSIE}.schema.json`;

const StatusRij = z.strictObject({
  regio: z.string().describe('De id van de regio op dit overzicht (/regios/<regio>/).'),
  regio_naam: z.string().describe('De naam van de regio.'),
  soort: z.enum(['doel', 'indicator']).describe('Een doel of een indicator.'),
  id: z.string().describe('De id van het doel of de indicator in de open data van de regio.'),
  naam: z.string().describe('De titel van het doel of de naam van de indicator.'),
  doel: z.string().describe('Het doel (bij een indicator: het doel waar hij bij hoort).'),
  lijn: z.string().describe('De lijn van het doel.'),
  kwartaal: z.string().regex(/^\d{4}-Q[1-4]$/).describe('Het vastgestelde kwartaal.'),
  status: z.string().describe('De status, zoals de regio hem publiceert.'),
  status_label: z.string().describe('De status in woorden.'),
  uitleg: z.string().describe('Waarom, in één zin (van de regio).'),
  pagina: z.string().nullable().describe('De pagina van het doel op de site van de regio; null als het adres van de site onbekend is.'),
  bron: z.string().describe('Het bestand of webadres van de monitor.json waar de rij uit komt.'),
});

export const LandelijkExportSchema = z.strictObject({
  $schema: z.string().describe('Het JSON Schema van dit bestand.'),
  schemaversie: z.literal(LANDELIJK_SCHEMA_VERSIE).describe('De versie van dit schema.'),
  gemaakt: z.iso.date().describe('De datum waarop het overzicht is gemaakt.'),
  regios: z.array(z.strictObject({
    id: z.string(),
    naam: z.string(),
    site: z.string().nullable().describe('Het webadres van de site van de regio.'),
    bron: z.string().describe('De monitor.json waar de gegevens uit komen.'),
    schemaversie: z.int().describe('De schemaversie van die monitor.json.'),
    huidig_kwartaal: z.string(),
  })).describe('De ingelezen regio’s.'),
  niet_ingelezen: z.array(z.strictObject({ bron: z.string(), pad: z.string().nullable(), reden: z.string() }))
    .describe('De bronnen die niet zijn ingelezen, met het JSON-pad van het probleem en de reden.'),
  statussen: z.array(StatusRij).describe('Elk doel en elke indicator van elke regio, met de status per vastgesteld kwartaal.'),
});

export type StatusRegel = z.infer<typeof StatusRij>;
export type LandelijkExport = z.infer<typeof LandelijkExportSchema>;
const KOLOMMEN = Object.keys(StatusRij.shape) as (keyof StatusRegel)[];

/** Every status row of every region: goals first, then indicators, each by quarter. */
export function statusRegels(o: LandelijkOverzicht): StatusRegel[] {
  return o.regios.flatMap((r) => {
    const doelen = new Map(r.data.doelen.map((d) => [d.id, d]));
    const basis = { regio: r.id, regio_naam: r.naam, bron: r.adres };
    const pagina = (doel: string) => regioLink(r.site, `doelen/${doel}/`) ?? null;
    const doelRijen = r.data.doelstatussen.map((s): StatusRegel => {
      const d = doelen.get(s.doel);
      return { ...basis, soort: 'doel', id: s.doel, naam: d?.titel ?? s.doel, doel: s.doel, lijn: d?.lijn ?? '', kwartaal: s.kwartaal, status: s.status, status_label: s.status_label, uitleg: s.uitleg, pagina: pagina(s.doel) };
    });
    const indicatoren = new Map(r.data.indicatoren.map((i) => [i.id, i]));
    const indicatorRijen = r.data.indicatorstatussen.map((s): StatusRegel => {
      const i = indicatoren.get(s.indicator);
      const doel = i?.doel ?? '';
      return { ...basis, soort: 'indicator', id: s.indicator, naam: i?.naam ?? s.indicator, doel, lijn: doelen.get(doel)?.lijn ?? '', kwartaal: s.kwartaal, status: s.status, status_label: s.status_label, uitleg: s.uitleg, pagina: pagina(doel) };
    });
    return [...doelRijen, ...indicatorRijen].map((rij) => Object.fromEntries(KOLOMMEN.map((k) => [k, rij[k]])) as StatusRegel);
  });
}

export function landelijkExport(o: LandelijkOverzicht, regels = statusRegels(o)): LandelijkExport {
  return {
    $schema: `landelijk-${LANDELIJK_SCHEMA_VERSIE}.schema.json`,
    schemaversie: LANDELIJK_SCHEMA_VERSIE,
    gemaakt: o.vandaag,
    regios: o.regios.map((r) => ({ id: r.id, naam: r.naam, site: r.site ?? null, bron: r.adres, schemaversie: r.schemaversie, huidig_kwartaal: r.huidigKwartaal })),
    niet_ingelezen: o.nietIngelezen.map((n) => ({ bron: n.adres, pad: n.pad ?? null, reden: n.reden })),
    statussen: regels,
  };
}

export function landelijkJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(LandelijkExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: `urn:onderwijsregio-monitor:landelijk:landelijk-${LANDELIJK_SCHEMA_VERSIE}`, title: 'Landelijk overzicht van de onderwijsregio’s (landelijk.json)', ...rest };
}

/** The three download files. */
export function landelijkeDownloads(o: LandelijkOverzicht): DownloadBestand[] {
  const regels = statusRegels(o);
  return [
    { pad: STATUSSEN_CSV, inhoud: toCsv(KOLOMMEN, regels.map((r) => KOLOMMEN.map((k) => r[k]))) },
    { pad: LANDELIJK_JSON, inhoud: `${JSON.stringify(landelijkExport(o, regels))}\n` },
    { pad: LANDELIJK_SCHEMA, inhoud: `${JSON.stringify(landelijkJsonSchema(), null, 1)}\n` },
  ];
}

/** The columns of the CSV with what they mean, for the downloads page. */
export const KOLOM_UITLEG: { kolom: string; uitleg: string }[] = KOLOMMEN.map((k) => ({ kolom: k, uitleg: StatusRij.shape[k].description ?? '' }));
