// The shape of /open-data/monitor.json, declared once with Zod: the export's TypeScript type is
// z.infer of it and the JSON Schema the site publishes is z.toJSONSchema of it. Each dataset's
// row schema is derived from the contract declaration its rows come from (datasets.ts), so the
// contract stays the one place for a column.
//
// Versioning: a collector validates against monitor-<SCHEMA_VERSIE>.json. Any change to the
// structure (a column, a type, an allowed value) is a new version: test/lib/open-data.test.ts
// compares the generated schema with the committed schemas/monitor-<versie>.json and fails.
import { z } from 'zod';
import * as C from '../contract/index.ts';
import type { Declaratie, Kolom, KolomSpec } from '../contract/kolom.ts';
import type { Peildatum } from '../types.ts';
import { DATASETS } from './datasets.ts';

export const SCHEMA_VERSIE = 1;
/** The schema's identity: the same for every region (the schema is the tool's, not the region's). */
export const SCHEMA_ID = `urn:onderwijsregio-monitor:open-data:monitor-${SCHEMA_VERSIE}`;
/** Where the site publishes the schema, relative to the site root. */
export const SCHEMA_PAD = `open-data/schema/monitor-${SCHEMA_VERSIE}.json`;

const KWARTAAL = /^\d{4}-Q[1-4]$/;
const PERIODE = /^\d{4}(-Q[1-4]|-\d{2}-\d{2})?$/;

function zodVoor(spec: KolomSpec): z.ZodType {
  switch (spec.soort) {
    case 'id':
    case 'verwijzing':
    case 'tekst':
      return z.string();
    case 'getal': {
      let n = spec.geheel ? z.int() : z.number();
      if (spec.bereik) {
        n = n.min(spec.bereik.min);
        if (Number.isFinite(spec.bereik.max)) n = n.max(spec.bereik.max);
      }
      return n;
    }
    case 'kwartaal':
      return z.string().regex(KWARTAAL);
    case 'datum':
      return z.iso.date();
    case 'periode':
      return z.string().regex(PERIODE);
    case 'janee':
      return z.boolean();
    case 'keuze':
      return z.enum(spec.keuzes as [string, ...string[]]);
    case 'lijst':
      return z.array(zodVoor(spec.item!));
    case 'blok':
      throw new Error('open data: een blok heeft geen kolom in een dataset');
  }
}

/** Markdown for authors (`code`, **nadruk**) reads as plain text in a schema. */
export const platteTekst = (tekst: string) => tekst.replace(/ \(zie hieronder\)/g, '').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1').replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');

type JsonVan<T> = T extends Peildatum ? string : T;
type CelVan<K, O extends boolean> = K extends Kolom<infer T, infer V, infer S>
  ? (S extends true ? JsonVan<T> : V extends 'ja' ? JsonVan<T> : JsonVan<T> | null) | (O extends true ? null : never)
  : never;
/** A dataset row: every declared column; suppressed counts are null and named in `onderdrukt`. */
export type RijVan<D extends Declaratie, O extends string> = { [K in keyof D & string]: CelVan<D[K], K extends O ? true : false> } & ([O] extends [never] ? unknown : { onderdrukt: O[] });

/** Whether a column is always filled: required, or with a default (an empty list, nee). */
export const altijdGevuld = (spec: KolomSpec) => spec.verplichting === 'ja' || spec.standaard !== undefined;

/** The row schema of a declaration: one property per column, all present, null when empty. */
export function rijSchema<D extends Declaratie, O extends string = never>(declaratie: D, onderdrukbaar: readonly O[] = []): z.ZodType<RijVan<D, O>> {
  const vorm: Record<string, z.ZodType> = {};
  for (const [naam, { spec }] of Object.entries(declaratie)) {
    const basis = zodVoor(spec);
    const leeg = !altijdGevuld(spec) || (onderdrukbaar as readonly string[]).includes(naam);
    vorm[naam] = (leeg ? basis.nullable() : basis).describe(platteTekst(spec.uitleg ?? naam));
  }
  if (onderdrukbaar.length > 0) {
    vorm.onderdrukt = z.array(z.enum(onderdrukbaar as unknown as [string, ...string[]]))
      .describe('De kolommen met een aantal personen onder de drempel (kleine_aantallen): hun waarde is niet gepubliceerd (null; in de CSV "< 5").');
  }
  // Cast: the mapped type RijVan says what this loop builds; the tests validate real exports.
  return z.strictObject(vorm) as unknown as z.ZodType<RijVan<D, O>>;
}

/** regio.yaml as published: the settings a reader of the data needs, not the site's looks. */
export const REGIO_EXPORT = {
  naam: C.REGIO.naam,
  kortenaam: C.REGIO.kortenaam.verplicht(),
  sectoren: C.REGIO.sectoren,
  regeling: C.REGIO.regeling,
  penvoerder: C.REGIO.penvoerder,
  site: C.REGIO.site.uitleg('Het webadres van de site.'),
  contact: C.REGIO.contact,
  huidig_kwartaal: C.REGIO.huidig_kwartaal.verplicht().uitleg('Het kwartaal dat de site als huidig toont: het laatste vastgestelde, tenzij de regio een ander noemt.'),
  tolerantie: C.REGIO.tolerantie,
  kleine_aantallen: C.REGIO.kleine_aantallen
    .uitleg('Aantallen personen van 1 tot dit getal (het getal zelf niet) zijn niet gepubliceerd. 0: niets is afgeschermd.'),
  licentie: C.REGIO.licentie,
  extra_themas: C.REGIO.extra_themas,
};

type Datasets = (typeof DATASETS)[number];
type DatasetVormen = { [D in Datasets as D['naam']]: z.ZodArray<z.ZodType<RijVan<D['declaratie'], D['onderdrukbaar'][number]>>> };

const datasetVormen = Object.fromEntries(
  DATASETS.map((ds) => [ds.naam, z.array(rijSchema<Declaratie, string>(ds.declaratie, ds.onderdrukbaar)).describe(`${ds.titel}: ${ds.beschrijving}`)]),
) as unknown as DatasetVormen;

/**
 * What /verantwoording/ concludes, for a collector that compares regions (the national
 * overview): per required element of the scheme whether the region covers it, and the budget
 * totals of the years so far. Computed by the region's own page data, so nobody has to
 * recompute them with rules of their own.
 */
export const VerantwoordingExportSchema = z.strictObject({
  elementen: z.array(z.strictObject({
    thema: z.string().describe('Het onderdeel van de regeling, als thema (zoals samen-opleiden).'),
    titel: z.string().describe('Het onderdeel in woorden.'),
    gedekt: z.enum(['ja', 'nee', 'nvt']).describe('ja: minstens één doel heeft dit thema; nee: geen enkel doel; nvt: het onderdeel geldt niet voor deze regio.'),
    doelen: z.array(z.string()).describe('De doelen met dit thema.'),
  })).describe('Elk onderdeel dat de regeling van de regio vraagt, in de volgorde van de pagina Verantwoording.'),
  budget: z.strictObject({
    tot_en_met_jaar: z.int().describe('Het jaar van het huidige kwartaal: de totalen tellen de jaren tot en met dit jaar.'),
    begroot: z.number().describe('Begroot in euro, in de jaren tot en met tot_en_met_jaar.'),
    uitgegeven: z.number().describe('Uitgegeven in euro, in die jaren.'),
    deel: z.number().nullable().describe('Het deel van het budget dat is uitgegeven (0.45 is 45%); null zonder budget.'),
    begroot_later: z.number().describe('Begroot voor de jaren die nog niet begonnen zijn.'),
  }).describe('Budget en uitgaven van de hele regio, zoals de pagina Verantwoording ze telt.'),
});

export const MonitorExportSchema = z.strictObject({
  $schema: z.string().describe(`Het adres van dit JSON Schema (${SCHEMA_PAD}).`),
  schemaversie: z.literal(SCHEMA_VERSIE).describe('De versie van dit schema. Een andere vorm van het bestand krijgt een nieuw nummer.'),
  bijgewerkt: z.iso.date().nullable().describe('De datum waarop het laatste kwartaal is vastgesteld (null als er nog geen vastgesteld kwartaal is).'),
  licentie: z.string().describe('De licentie voor hergebruik (zoals CC-BY-4.0).'),
  regio: rijSchema(REGIO_EXPORT).describe('De regio.'),
  verantwoording: VerantwoordingExportSchema.describe('Wat de pagina Verantwoording concludeert: de dekking van de regeling en het budget.'),
  ...datasetVormen,
});

/** The type of monitor.json. */
export type MonitorExport = z.infer<typeof MonitorExportSchema>;

/** The JSON Schema (draft 2020-12) of monitor.json, as published and committed in schemas/. */
export function monitorJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(MonitorExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: SCHEMA_ID, title: 'Open data van een onderwijsregio (monitor.json)', ...rest };
}
