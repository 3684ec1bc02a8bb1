// The open-data datasets: one table per region file (its columns are that file's declaration in
// src/lib/contract, so a new column reaches the CSV, the JSON, the JSON Schema, the Table
// Schema and the data dictionary by itself) and two tables the monitor computes (statuses per
// quarter), declared in the same vocabulary. A row is computed once, as JSON values; the CSV
// cell is derived from it.
import * as C from '../contract/index.ts';
import { kolom, type Declaratie, type Kolom } from '../contract/kolom.ts';
import { isPersonen } from '../kerncijfers.ts';
import { indicatorIn, type Monitor } from '../model.ts';
import { isOnderdrukt } from '../suppress.ts';
import { statusLabel } from '../status-vocabulaire.ts';
import { STATUSSEN, type Kerncijfer, type Peildatum } from '../types.ts';

/** A JSON value of one cell: lists stay lists, yes/no is a boolean, a missing value is null. */
export type JsonCel = string | number | boolean | string[] | null;
export type JsonRij = Record<string, JsonCel | undefined> & { onderdrukt?: string[] };

const HERKOMSTEN = ['beoordeling', 'indicatoren', 'geen'] as const;

/** The goal's status per published quarter, as the site shows it. */
export const DOELSTATUSSEN = {
  doel: kolom.verwijzing('doelen').verplicht().uitleg('Het doel.'),
  kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal waarop de status betrekking heeft.'),
  status: kolom.keuze(STATUSSEN).verplicht().uitleg('De status van het doel in dat kwartaal.'),
  status_label: kolom.tekst().verplicht().uitleg('De status in woorden, zoals de site hem toont.'),
  uitleg: kolom.tekst().verplicht().uitleg('Waarom het doel deze status heeft, in één zin.'),
  herkomst: kolom.keuze(HERKOMSTEN).verplicht()
    .uitleg('Waar de status vandaan komt: `beoordeling` (de regio gaf zelf een status in beoordelingen.csv), `indicatoren` (berekend uit de metingen) of `geen` (een merkbaar doel zonder beoordeling).'),
  berekende_status: kolom.keuze(STATUSSEN).uitleg('Bij een eigen status van de regio voor een meetbaar doel: de status die de indicatoren gaven.'),
  toelichting: kolom.tekst().uitleg('Check: hoe het ervoor staat en waarom (uit beoordelingen.csv).'),
  bijsturing: kolom.tekst().uitleg('Act: wat de regio gaat doen (uit beoordelingen.csv).'),
};

/** Each indicator's status per published quarter, computed with the measurements up to then. */
export const INDICATORSTATUSSEN = {
  indicator: kolom.verwijzing('indicatoren').verplicht().uitleg('De indicator.'),
  kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal waarop de status betrekking heeft.'),
  status: kolom.keuze(STATUSSEN.filter((s) => s !== 'niet-beoordeeld')).verplicht().uitleg('De status van de indicator in dat kwartaal.'),
  status_label: kolom.tekst().verplicht().uitleg('De status in woorden, zoals de site hem toont.'),
  uitleg: kolom.tekst().verplicht().uitleg('Waarom de indicator deze status heeft, in één zin.'),
  laatste_meting: kolom.kwartaal().uitleg('Het kwartaal van de laatste meting met een waarde tot en met dat kwartaal.'),
};

/** A line: its id (the file name) and its frontmatter. */
export const LIJNEN = { id: kolom.id().uitleg('De id van de lijn (de bestandsnaam in `content/lijnen/`).'), ...C.LIJN };

export interface Dataset<D extends Declaratie = Declaratie, O extends string = string, N extends string = string> {
  /** File name without extension, and the key in monitor.json. */
  naam: N;
  titel: string;
  /** One B1 sentence. */
  beschrijving: string;
  /** The region file the rows come from, or undefined for a computed table. */
  bron?: string;
  declaratie: D;
  /** Columns that hold counts of persons, published only from the region's threshold up. */
  onderdrukbaar: readonly O[];
}

const dataset = <const N extends string, D extends Declaratie, O extends keyof D & string = never>(d: Dataset<D, O, N>): Dataset<D, O, N> => d;

/** Every dataset, in the order the open-data page lists them. */
export const DATASETS = [
  dataset({ naam: 'lijnen', titel: 'Ontwikkellijnen', beschrijving: 'De ontwikkellijnen van de regio, met hun samenvatting en rollen.', bron: 'content/lijnen/', declaratie: LIJNEN, onderdrukbaar: [] }),
  dataset({ naam: 'doelen', titel: 'Doelen', beschrijving: 'Alle doelen per lijn, met hun ambitie, soort en thema’s.', bron: 'data/doelen.csv', declaratie: C.DOELEN, onderdrukbaar: [] }),
  dataset({ naam: 'doelstatussen', titel: 'Status van de doelen per kwartaal', beschrijving: 'De status van elk doel in elk vastgesteld kwartaal, met de uitleg, de check en de bijsturing.', declaratie: DOELSTATUSSEN, onderdrukbaar: [] }),
  dataset({ naam: 'indicatoren', titel: 'Indicatoren', beschrijving: 'Wat de regio meet, met nulmeting en streefwaarde.', bron: 'data/indicatoren.csv', declaratie: C.INDICATOREN, onderdrukbaar: ['nulmeting', 'streefwaarde'] }),
  dataset({ naam: 'indicatorstatussen', titel: 'Status van de indicatoren per kwartaal', beschrijving: 'De status van elke indicator in elk vastgesteld kwartaal, met de uitleg.', declaratie: INDICATORSTATUSSEN, onderdrukbaar: [] }),
  dataset({ naam: 'metingen', titel: 'Metingen', beschrijving: 'De gemeten waarden per indicator per kwartaal.', bron: 'data/metingen.csv', declaratie: C.METINGEN, onderdrukbaar: ['waarde'] }),
  dataset({ naam: 'beoordelingen', titel: 'Beoordelingen', beschrijving: 'De check en de bijsturing per doel per kwartaal.', bron: 'data/beoordelingen.csv', declaratie: C.BEOORDELINGEN, onderdrukbaar: [] }),
  dataset({ naam: 'activiteiten', titel: 'Activiteiten', beschrijving: 'Wat de regio doet, per lijn en doel.', bron: 'data/activiteiten.csv', declaratie: C.ACTIVITEITEN, onderdrukbaar: [] }),
  dataset({ naam: 'voortgang', titel: 'Voortgang van de activiteiten', beschrijving: 'Hoe elke activiteit per kwartaal verloopt.', bron: 'data/voortgang.csv', declaratie: C.VOORTGANG, onderdrukbaar: [] }),
  dataset({ naam: 'partijen', titel: 'Partijen', beschrijving: 'De partijen in de regio en of ze zijn aangesloten.', bron: 'data/partijen.csv', declaratie: C.PARTIJEN, onderdrukbaar: [] }),
  dataset({ naam: 'begroting', titel: 'Begroting', beschrijving: 'Het begrote bedrag per lijn per jaar.', bron: 'data/begroting.csv', declaratie: C.BEGROTING, onderdrukbaar: [] }),
  dataset({ naam: 'uitgaven', titel: 'Uitgaven', beschrijving: 'Het uitgegeven bedrag per lijn per kwartaal.', bron: 'data/uitgaven.csv', declaratie: C.UITGAVEN, onderdrukbaar: [] }),
  dataset({ naam: 'aanbevelingen', titel: 'Aanbevelingen', beschrijving: 'De aanbevelingen van de Realisatie-Eenheid en wat de regio ermee doet.', bron: 'data/aanbevelingen.csv', declaratie: C.AANBEVELINGEN, onderdrukbaar: [] }),
  dataset({ naam: 'kerncijfers', titel: 'Kerncijfers', beschrijving: 'Vaste cijfers over de regio, met peildatum en bron.', bron: 'data/kerncijfers.csv', declaratie: C.KERNCIJFERS, onderdrukbaar: ['waarde'] }),
  dataset({ naam: 'kwartalen', titel: 'Kwartaalrapportages', beschrijving: 'De vastgestelde kwartaalrapportages, met hun samenvatting en de datum van vaststelling.', bron: 'content/kwartalen/', declaratie: C.KWARTAAL, onderdrukbaar: [] }),
  dataset({ naam: 'begrippen', titel: 'Begrippen', beschrijving: 'De begrippenlijst van de site.', bron: 'data/begrippen.csv', declaratie: C.BEGRIPPEN, onderdrukbaar: [] }),
] as const;

export type DatasetNaam = (typeof DATASETS)[number]['naam'];

const camel = (naam: string) => naam.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function jsonWaarde(spec: Kolom['spec'], waarde: unknown): JsonCel {
  if (waarde === undefined || waarde === null) return spec.soort === 'lijst' ? [] : spec.soort === 'janee' ? false : null;
  if (spec.soort === 'periode') return String((waarde as Peildatum).waarde);
  return waarde as JsonCel;
}

/**
 * A record as a row of the dataset: every declared column (null when empty), suppressed counts
 * as null with their column named in `onderdrukt`. `telt(kolom)`: whether that column of this
 * record counts persons.
 */
function rijVan(ds: Dataset, record: object, drempel: number, telt: (kolom: string) => boolean): JsonRij {
  const rij: JsonRij = {};
  const onderdrukt: string[] = [];
  const waarden = record as Record<string, unknown>;
  for (const [naam, k] of Object.entries(ds.declaratie)) {
    const waarde = jsonWaarde(k.spec, waarden[camel(naam)]);
    if ((ds.onderdrukbaar as readonly string[]).includes(naam) && typeof waarde === 'number' && telt(naam) && isOnderdrukt(waarde, 'personen', drempel)) {
      rij[naam] = null;
      onderdrukt.push(naam);
    } else rij[naam] = waarde;
  }
  if (ds.onderdrukbaar.length > 0) rij.onderdrukt = onderdrukt;
  return rij;
}

/** The records behind each dataset, as the public model holds them (concepts are already left out). */
function recordsVan(monitor: Monitor): Record<DatasetNaam, { records: object[]; telt?: (record: object) => boolean }> {
  const data = monitor.data;
  const eenheid = new Map(data.indicatoren.map((i) => [i.id, i.eenheid]));
  const vastgesteld = monitor.kwartalen.filter((k) => !k.concept).map((k) => k.kwartaal);
  const doelstatussen = monitor.doelen.flatMap((d) => vastgesteld.flatMap((kwartaal) => {
    const s = d.statusPerKwartaal.get(kwartaal);
    return s ? [{ doel: d.id, kwartaal, status: s.status, statusLabel: statusLabel(s.status), uitleg: s.uitleg, herkomst: s.herkomst, berekendeStatus: s.berekend, toelichting: s.toelichting, bijsturing: s.bijsturing }] : [];
  }));
  const indicatorstatussen = monitor.doelen.flatMap((d) => d.indicatoren).flatMap((ind) => vastgesteld.map((kwartaal) => {
    const s = indicatorIn(monitor, ind, kwartaal).status;
    return { indicator: ind.id, kwartaal, status: s.status, statusLabel: statusLabel(s.status), uitleg: s.uitleg, laatsteMeting: s.laatste?.kwartaal };
  }));
  return {
    lijnen: { records: data.lijnen },
    doelen: { records: data.doelen },
    doelstatussen: { records: doelstatussen },
    indicatoren: { records: data.indicatoren, telt: (r) => (r as { eenheid: string }).eenheid === 'personen' },
    indicatorstatussen: { records: indicatorstatussen },
    metingen: { records: data.metingen, telt: (r) => eenheid.get((r as { indicator: string }).indicator) === 'personen' },
    beoordelingen: { records: data.beoordelingen },
    activiteiten: { records: data.activiteiten },
    voortgang: { records: data.voortgang },
    partijen: { records: data.partijen },
    begroting: { records: data.begroting },
    uitgaven: { records: data.uitgaven },
    aanbevelingen: { records: data.aanbevelingen },
    kerncijfers: { records: data.kerncijfers, telt: (r) => isPersonen(r as Kerncijfer) },
    kwartalen: { records: monitor.kwartalen.filter((k) => !k.concept) },
    begrippen: { records: data.begrippen },
  };
}

/** Every dataset's rows, computed from the model. */
export function datasetRijen(monitor: Monitor): Record<DatasetNaam, JsonRij[]> {
  const drempel = monitor.regio.kleineAantallen;
  const bronnen = recordsVan(monitor);
  return Object.fromEntries(DATASETS.map((ds) => {
    const { records, telt } = bronnen[ds.naam];
    return [ds.naam, records.map((r) => rijVan(ds, r, drempel, () => telt?.(r) ?? false))];
  })) as Record<DatasetNaam, JsonRij[]>;
}
