// The monitor model: the validated region plus everything computed from it, once per
// build. Pages, components and downloads only read this; they never recompute.
import { melding } from './meldingen/index.ts';
import type { RegionData } from './read-region.ts';
import { decimalenVan, doelStatusUit, indicatorStatus, verwachteWaarde, type DoelStatus, type IndicatorStatus, type StatusOpties } from './status.ts';
import { telling } from './status-vocabulaire.ts';
import { kwartaalIndex, kwartaalUitIndex, kwartaalVanDatum, vorigKwartaal } from './quarters.ts';
import { groupBy, minOf } from './lists.ts';
import type { Activiteit, Doel, Indicator, Kerncijfer, KwartaalBestand, Lijn, Meting, Problem, Status, Voortgang, Kwartaal } from './types.ts';

/** `publicatie`: only approved quarters (the public build). `voorbeeld`: concepts too (dev preview). */
export type Modus = 'publicatie' | 'voorbeeld';

export interface ReeksPunt {
  kwartaal: Kwartaal;
  /** Measured value, null when missing. */
  waarde: number | null;
  voorlopig: boolean;
  /** Expected value on the path from baseline to target. */
  traject: number;
  bron?: string;
  opmerking?: string;
}

export interface IndicatorView extends Indicator {
  /** Measurements up to the current quarter, oldest first. */
  metingen: Meting[];
  /** One point per quarter from the baseline to the later of target and current quarter. */
  reeks: ReeksPunt[];
  status: IndicatorStatus;
  /** The one precision of all the indicator's figures (leestekst.ts, indicatorDecimalen). */
  decimalen: number;
}

export interface ActiviteitView extends Activiteit {
  voortgang: Voortgang[];
  laatste?: Voortgang;
}

export interface DoelView extends Doel {
  lijnTitel: string;
  /** The status in the current quarter. */
  status: DoelStatus;
  /** Status per quarter, oldest first, up to the current quarter (read one quarter with doelStatusIn). */
  historie: DoelStatus[];
  /** Every quarter the site shows: the history and any report quarter after it. */
  statusPerKwartaal: ReadonlyMap<Kwartaal, DoelStatus>;
  indicatoren: IndicatorView[];
  activiteiten: ActiviteitView[];
  /** Region folder relative path of the goal's narrative MDX, if any. */
  verhaal?: string;
}

export interface LijnView extends Lijn {
  doelen: string[];
  activiteiten: string[];
  /** Its goals per status in the current quarter, in the vocabulary's order, without zeros. */
  statusTelling: { status: Status; aantal: number }[];
  begroting: { jaar: number; bedrag: number }[];
  uitgaven: { kwartaal: Kwartaal; bedrag: number }[];
  begroot: number;
  uitgegeven: number;
}

export interface KwartaalView extends KwartaalBestand {
  concept: boolean;
}

export interface Verandering {
  doel: string;
  van: Status;
  naar: Status;
}

export interface Monitor {
  modus: Modus;
  regio: RegionData['regio'];
  huidigKwartaal: Kwartaal;
  huidigIsConcept: boolean;
  vorigKwartaal: Kwartaal;
  /** Quarters with a status history, oldest first. */
  historieKwartalen: Kwartaal[];
  lijnen: LijnView[];
  doelen: DoelView[];
  activiteiten: ActiviteitView[];
  kwartalen: KwartaalView[];
  veranderingen: Verandering[];
  nieuweMetingen: Meting[];
  data: RegionData;
}

export interface MonitorResult {
  monitor?: Monitor;
  problems: Problem[];
}

const byQuarter = <T extends { kwartaal: Kwartaal }>(a: T, b: T) => kwartaalIndex(a.kwartaal) - kwartaalIndex(b.kwartaal);

/**
 * Which quarters a build in `modus` publishes, and which is current; or, with the reason added
 * to `problems`, none. Cheap (no statuses): `npm run check` uses it to say what a public build
 * would refuse without computing a second model.
 */
export function zichtbareKwartalen(data: RegionData, modus: Modus, problems: Problem[]): { zichtbaar: KwartaalBestand[]; huidig: Kwartaal } | undefined {
  const zichtbaar = data.kwartalen.filter((k) => modus === 'voorbeeld' || k.vastgesteld);
  const huidig: Kwartaal | undefined = data.regio.huidigKwartaal ?? zichtbaar.at(-1)?.kwartaal;
  if (modus === 'publicatie' && data.regio.huidigKwartaal && !zichtbaar.some((k) => k.kwartaal === data.regio.huidigKwartaal)) {
    problems.push({ ...melding('publiceren.huidig-kwartaal-concept', { kwartaal: data.regio.huidigKwartaal }), file: 'data/regio.yaml', line: data.regio.huidigKwartaalRegel, column: 'huidig_kwartaal' });
    return undefined;
  }
  if (!huidig) {
    problems.push({ ...melding(data.kwartalen.length === 0 ? 'publiceren.geen-kwartaalbestand' : 'publiceren.geen-vastgesteld-kwartaal'), file: 'content/kwartalen/' });
    return undefined;
  }
  return { zichtbaar, huidig };
}

/** Builds the model from validated region data. Adds publication problems to `problems`. */
export function buildMonitor(data: RegionData, modus: Modus, problems: Problem[]): Monitor | undefined {
  const grens = zichtbareKwartalen(data, modus, problems);
  if (!grens) return undefined;
  const { zichtbaar, huidig } = grens;
  // Data after the last visible quarter belong to a concept and are not published.
  const horizon = kwartaalIndex(zichtbaar.at(-1)?.kwartaal ?? huidig);
  const binnen = <T extends { kwartaal: Kwartaal }>(items: T[]) => items.filter((item) => kwartaalIndex(item.kwartaal) <= horizon);
  const metingen = binnen(data.metingen).sort(byQuarter);
  const beoordelingen = binnen(data.beoordelingen);
  const voortgang = binnen(data.voortgang).sort(byQuarter);
  const uitgaven = binnen(data.uitgaven).sort(byQuarter);
  // A key figure dated in a quarter after the horizon belongs to a concept too. A year is
  // dated at its first quarter: a figure "2026" is about the year, not a report in it.
  const peilIndex = (k: Kerncijfer) => k.peildatum.soort === 'kwartaal'
    ? kwartaalIndex(k.peildatum.waarde)
    : k.peildatum.soort === 'datum' ? kwartaalIndex(kwartaalVanDatum(k.peildatum.waarde)) : kwartaalIndex(`${k.peildatum.waarde}-Q1`);
  // What pages may read of the raw data: in a public build nothing after the horizon.
  const gepubliceerd: RegionData = modus === 'voorbeeld' ? data : {
    ...data,
    kwartalen: zichtbaar,
    metingen, beoordelingen, voortgang, uitgaven,
    kerncijfers: data.kerncijfers.filter((k) => peilIndex(k) <= horizon),
  };

  const opties: StatusOpties = { tolerantie: data.regio.tolerantie, kleineAantallen: data.regio.kleineAantallen };
  const metingenPerIndicator = groupBy(metingen, (m) => m.indicator);
  const beoordelingenPerDoel = groupBy(beoordelingen, (b) => b.doel);
  const indicatorenPerDoel = groupBy(data.indicatoren, (i) => i.doel);
  const voortgangPerActiviteit = groupBy(voortgang, (v) => v.activiteit);
  const lijnTitels = new Map(data.lijnen.map((l) => [l.id, l.titel]));
  const verhalen = new Map(data.doelVerhalen.map((v) => [v.id, v.file]));

  // History: from the first quarter with any data or report, to the current quarter.
  const huidigIndex = kwartaalIndex(huidig);
  const indexVan = (item: { kwartaal: Kwartaal }) => kwartaalIndex(item.kwartaal);
  const begin = minOf(huidigIndex, [metingen, beoordelingen, zichtbaar].flat().map(indexVan));
  const historieKwartalen: Kwartaal[] = [];
  for (let i = begin; i <= huidigIndex; i++) historieKwartalen.push(kwartaalUitIndex(i));

  // Quarters after the current one that still have a report (a concept in the preview, or
  // when regio.yaml names an earlier current quarter).
  const rapportKwartalen = zichtbaar.map((k) => k.kwartaal).filter((k) => kwartaalIndex(k) > huidigIndex);
  const kwartalenMetStatus = [...historieKwartalen, ...rapportKwartalen];

  /** Each indicator's status once per quarter; the goal's status and the indicator view both read it. */
  const statussenVan = (doel: Doel) => {
    const eigen = indicatorenPerDoel.get(doel.id) ?? [];
    const namen = new Map(eigen.map((ind) => [ind.id, ind.naam]));
    const beoordeeld = beoordelingenPerDoel.get(doel.id) ?? [];
    const indicatorStatussen = new Map<Kwartaal, IndicatorStatus[]>();
    const perKwartaal = new Map<Kwartaal, DoelStatus>();
    // One precision per indicator, from all its measurements: the same in every quarter.
    const decimalen = eigen.map((ind) => decimalenVan(ind, metingenPerIndicator.get(ind.id) ?? []));
    for (const k of kwartalenMetStatus) {
      const eigenStatussen = eigen.map((ind, i) => indicatorStatus(ind, metingenPerIndicator.get(ind.id) ?? [], k, opties, decimalen[i]));
      indicatorStatussen.set(k, eigenStatussen);
      // A merkbaar goal's indicators do not count for its status (the validator warns).
      perKwartaal.set(k, doelStatusUit(doel, doel.soort === 'meetbaar' ? eigenStatussen : [], namen, beoordeeld, k));
    }
    return { indicatorStatussen, perKwartaal, decimalen };
  };

  const activiteiten: ActiviteitView[] = data.activiteiten.map((a) => {
    const rows = voortgangPerActiviteit.get(a.id) ?? [];
    return { ...a, voortgang: rows, laatste: rows.filter((v) => kwartaalIndex(v.kwartaal) <= huidigIndex).at(-1) };
  });
  const activiteitenPerDoel = groupBy(activiteiten.filter((a) => a.doel), (a) => a.doel ?? '');

  const doelen: DoelView[] = data.doelen.map((doel) => {
    const { indicatorStatussen, perKwartaal: statusPerKwartaal, decimalen } = statussenVan(doel);
    const historie = historieKwartalen.map((k) => statusPerKwartaal.get(k)!);
    const huidigeIndicatoren = indicatorStatussen.get(huidig)!;
    // The goal's status and the indicator views share one computed status per indicator.
    const indicatoren = (indicatorenPerDoel.get(doel.id) ?? []).map((indicator, i) => indicatorView(indicator, metingenPerIndicator.get(indicator.id) ?? [], huidig, opties, huidigeIndicatoren[i], decimalen[i]));
    return {
      ...doel,
      lijnTitel: lijnTitels.get(doel.lijn) ?? doel.lijn,
      status: historie[historie.length - 1],
      historie,
      statusPerKwartaal,
      indicatoren,
      activiteiten: activiteitenPerDoel.get(doel.id) ?? [],
      verhaal: verhalen.get(doel.id),
    };
  });

  const doelenPerLijn = groupBy(doelen, (d) => d.lijn);
  const lijnen: LijnView[] = data.lijnen.map((lijn) => {
    const eigenDoelen = doelenPerLijn.get(lijn.id) ?? [];
    const statusTelling = telling(eigenDoelen.map((d) => d.status.status));
    const begroting = data.begroting.filter((b) => b.lijn === lijn.id).map(({ jaar, bedrag }) => ({ jaar, bedrag })).sort((a, b) => a.jaar - b.jaar);
    const perKwartaal = new Map<Kwartaal, number>();
    for (const u of uitgaven.filter((u) => u.lijn === lijn.id)) perKwartaal.set(u.kwartaal, (perKwartaal.get(u.kwartaal) ?? 0) + u.bedrag);
    const lijnUitgaven = [...perKwartaal].map(([kwartaal, bedrag]) => ({ kwartaal, bedrag }));
    return {
      ...lijn,
      doelen: eigenDoelen.map((d) => d.id),
      activiteiten: activiteiten.filter((a) => a.lijn === lijn.id).map((a) => a.id),
      statusTelling,
      begroting,
      uitgaven: lijnUitgaven,
      begroot: begroting.reduce((sum, b) => sum + b.bedrag, 0),
      uitgegeven: lijnUitgaven.reduce((sum, u) => sum + u.bedrag, 0),
    };
  });

  const kwartalen: KwartaalView[] = zichtbaar.map((k) => ({ ...k, concept: !k.vastgesteld }));

  const vorig = vorigKwartaal(huidig);
  const veranderingen: Verandering[] = doelen.flatMap((d) => {
    const van = d.statusPerKwartaal.get(vorig)?.status;
    return van !== undefined && van !== d.status.status ? [{ doel: d.id, van, naar: d.status.status }] : [];
  });

  return {
    modus,
    regio: data.regio,
    huidigKwartaal: huidig,
    huidigIsConcept: !data.kwartalen.find((k) => k.kwartaal === huidig)?.vastgesteld,
    vorigKwartaal: vorig,
    historieKwartalen,
    lijnen,
    doelen,
    activiteiten,
    kwartalen,
    veranderingen,
    nieuweMetingen: metingen.filter((m) => m.kwartaal === huidig && m.waarde !== null),
    data: gepubliceerd,
  };
}

/**
 * An indicator as of a quarter: its measurements up to then, one point per quarter from the
 * baseline to the later of target and that quarter, and its status then. `metingen`: the
 * indicator's own measurements, oldest first (later ones are left out here).
 */
export function indicatorView(
  indicator: Indicator,
  metingen: Meting[],
  asOf: Kwartaal,
  opties: StatusOpties,
  status?: IndicatorStatus,
  decimalen = decimalenVan(indicator, metingen),
): IndicatorView {
  const asOfIndex = kwartaalIndex(asOf);
  const zichtbareMetingen = metingen.filter((m) => kwartaalIndex(m.kwartaal) <= asOfIndex);
  const perKwartaal = new Map(zichtbareMetingen.map((m) => [m.kwartaal, m]));
  const van = minOf(kwartaalIndex(indicator.nulmetingKwartaal), zichtbareMetingen.map((m) => kwartaalIndex(m.kwartaal)));
  const tot = Math.max(kwartaalIndex(indicator.streefKwartaal), asOfIndex);
  const reeks: ReeksPunt[] = [];
  for (let i = van; i <= tot; i++) {
    const kwartaal = kwartaalUitIndex(i);
    const meting = perKwartaal.get(kwartaal);
    reeks.push({
      kwartaal,
      waarde: meting?.waarde ?? null,
      voorlopig: meting?.voorlopig ?? false,
      traject: verwachteWaarde(indicator, kwartaal),
      bron: meting?.bron,
      opmerking: meting?.opmerking,
    });
  }
  // The precision comes from all the measurements given, not only those up to asOf: a figure
  // reads the same in an older quarter's report as on the current pages.
  return { ...indicator, metingen: zichtbareMetingen, reeks, decimalen, status: status ?? indicatorStatus(indicator, zichtbareMetingen, asOf, opties, decimalen) };
}

/**
 * An indicator of the model as of an earlier quarter (a quarterly report shows its own
 * quarter). The model holds measurements up to the current quarter only, so a quarter after
 * it (a concept in the preview) shows the current state, as doelStatusIn does.
 */
export function indicatorIn(monitor: Monitor, indicator: IndicatorView, kwartaal: Kwartaal): IndicatorView {
  if (kwartaalIndex(kwartaal) >= kwartaalIndex(monitor.huidigKwartaal)) return indicator;
  return indicatorView(indicator, indicator.metingen, kwartaal, { tolerantie: monitor.regio.tolerantie, kleineAantallen: monitor.regio.kleineAantallen }, undefined, indicator.decimalen);
}

/**
 * The one way to read a goal's status in a quarter: its status as of that quarter (history or
 * report), or its current status for a quarter the site does not show.
 */
export function doelStatusIn(doel: DoelView, kwartaal: Kwartaal): DoelStatus {
  return doel.statusPerKwartaal.get(kwartaal) ?? doel.status;
}

/**
 * The region's MDX files the site renders, relative to the region folder: every line, the
 * published quarters (concepts only in voorbeeld mode), the goal narratives and the extra pages.
 * Nothing else is compiled, so a concept's text never enters a production build.
 */
export function verhaalBestanden(monitor: Monitor): string[] {
  return [
    ...monitor.data.lijnen.map((l) => l.source.file),
    ...monitor.kwartalen.map((k) => k.file),
    ...monitor.doelen.flatMap((d) => (d.verhaal ? [d.verhaal] : [])),
    ...monitor.data.paginas.map((p) => p.file),
  ];
}
