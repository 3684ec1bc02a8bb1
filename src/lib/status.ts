// The status engine (PRODUCT.md "Status"): per indicator as of a quarter, then per goal.
// Statuses use the real values; explanations print persons counts only through suppress.ts.
import type { Beoordeling, Doel, Eenheid, Indicator, Kwartaal, Meting, Status } from './types.ts';
import { formatVerschil } from './format.ts';
import type { FormatOpties } from './format.ts';
import { afgeschermd, isOnderdrukt, toonWaarde } from './suppress.ts';
import { kwartaalIndex, vorigKwartaal } from './quarters.ts';
import { groupBy } from './lists.ts';

export interface StatusOpties {
  tolerantie: number;
  kleineAantallen: number;
}

export interface IndicatorStatus {
  indicator: string;
  /** The "as of" quarter. */
  kwartaal: Kwartaal;
  /** Never 'niet-beoordeeld'. */
  status: Status;
  /** Latest measurement with a value, up to kwartaal. */
  laatste?: { kwartaal: Kwartaal; waarde: number; voorlopig: boolean };
  /** Expected value at laatste.kwartaal (on the path). */
  verwacht?: number;
  /** One Dutch sentence built from the numbers. */
  uitleg: string;
}

export interface DoelStatus {
  doel: string;
  kwartaal: Kwartaal;
  status: Status;
  /** Recorded by the region, computed from the indicators, or a merkbaar goal without record. */
  herkomst: 'beoordeling' | 'indicatoren' | 'geen';
  uitleg: string;
  indicatoren: IndicatorStatus[];
  /** Check, from beoordelingen.csv for this quarter. */
  toelichting?: string;
  /** Act, from beoordelingen.csv for this quarter. */
  bijsturing?: string;
}

/** Worst first; used for a goal's status and for sorting. */
export const STATUS_VOLGORDE: readonly Status[] = [
  'achter',
  'aandacht',
  'geen-actuele-meting',
  'geen-meting',
  'op-koers',
  'behaald',
];

export const STATUS_LABEL: Record<Status, string> = {
  behaald: 'behaald',
  'op-koers': 'op koers',
  aandacht: 'aandacht',
  achter: 'achter',
  'geen-actuele-meting': 'geen actuele meting',
  'geen-meting': 'geen meting',
  'niet-beoordeeld': 'niet beoordeeld',
};

export const STATUS_OMSCHRIJVING: Record<Status, string> = {
  behaald: 'De laatste meting heeft de streefwaarde bereikt.',
  'op-koers': 'De laatste meting ligt op of voor het traject van nulmeting naar streefwaarde.',
  aandacht: 'De laatste meting ligt iets achter op het traject, binnen de marge die de regio aanhoudt.',
  achter: 'De laatste meting ligt verder achter op het traject dan de marge die de regio aanhoudt.',
  'geen-actuele-meting': 'De laatste meting is ouder dan het vorige kwartaal, dus we weten niet hoe het nu staat.',
  'geen-meting': 'Er is nog geen meting, dus we kunnen nog niet zeggen hoe het staat.',
  'niet-beoordeeld': 'Dit doel is niet in cijfers te meten en de regio heeft het voor dit kwartaal nog niet beoordeeld.',
};

// niet-beoordeeld is not in the PRODUCT order; an unknown ranks just after geen-meting.
const RANG: Record<Status, number> = {
  achter: 0,
  aandacht: 1,
  'geen-actuele-meting': 2,
  'geen-meting': 3,
  'niet-beoordeeld': 4,
  'op-koers': 5,
  behaald: 6,
};

/** The worst status in STATUS_VOLGORDE; an empty list has no measurement, so geen-meting. */
export function ergsteStatus(statussen: Status[]): Status {
  let worst: Status | undefined;
  for (const s of statussen) if (worst === undefined || RANG[s] < RANG[worst]) worst = s;
  return worst ?? 'geen-meting';
}

/** Expected value at quarter k on the straight path from nulmeting to streefwaarde. */
export function verwachteWaarde(ind: Indicator, k: Kwartaal): number {
  const i = kwartaalIndex(k);
  const start = kwartaalIndex(ind.nulmetingKwartaal);
  const end = kwartaalIndex(ind.streefKwartaal);
  if (i >= end) return ind.streefwaarde;
  if (i <= start) return ind.nulmeting;
  // Multiply before dividing: exact whenever the path passes through a round number.
  return ind.nulmeting + ((ind.streefwaarde - ind.nulmeting) * (i - start)) / (end - start);
}

/** a ≤ b, allowing for floating point noise relative to the magnitudes involved. */
function atMost(a: number, b: number, ...scale: number[]): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), ...scale.map(Math.abs));
  return a <= b + eps;
}

/** How far behind the path may be and still get aandacht. */
export function tolerantieMarge(ind: Indicator, tolerantie: number): number {
  const span = Math.abs(ind.streefwaarde - ind.nulmeting);
  const basis = span !== 0 ? span : Math.abs(ind.streefwaarde) !== 0 ? Math.abs(ind.streefwaarde) : 1;
  return tolerantie * basis;
}

function laatsteMeting(ind: Indicator, metingen: Meting[], asOf: Kwartaal): Meting | undefined {
  const limit = kwartaalIndex(asOf);
  let best: Meting | undefined;
  let bestIndex = -Infinity;
  for (const m of metingen) {
    if (m.indicator !== ind.id || m.waarde === null || !Number.isFinite(m.waarde)) continue;
    const i = kwartaalIndex(m.kwartaal);
    // `>=`: of two rows for one quarter (reported by the validator) the later one wins.
    if (i <= limit && i >= bestIndex) {
      best = m;
      bestIndex = i;
    }
  }
  return best;
}

/** One decimal for every number in a sentence when one of them needs it: `9,5% … 9,0%`. */
function zinOpties(eenheid: Eenheid, values: number[]): FormatOpties {
  if (eenheid !== 'percentage' && eenheid !== 'fte' && eenheid !== 'score') return {};
  const needs = values.some((v) => Math.round(Math.abs(v) * 10) % 10 !== 0);
  return { decimalen: needs ? 1 : 0 };
}

export function indicatorStatus(ind: Indicator, metingen: Meting[], asOf: Kwartaal, opties: StatusOpties): IndicatorStatus {
  const drempel = opties.kleineAantallen;
  const { eenheid } = ind;
  const hidden = (v: number) => isOnderdrukt(v, eenheid, drempel);
  const doelTekst = (fmt: FormatOpties) =>
    `streefwaarde ${toonWaarde(ind.streefwaarde, eenheid, drempel, fmt)} in ${ind.streefKwartaal}`;

  const meting = laatsteMeting(ind, metingen, asOf);
  if (!meting || meting.waarde === null) {
    const fmt = zinOpties(eenheid, [ind.nulmeting, ind.streefwaarde]);
    return {
      indicator: ind.id,
      kwartaal: asOf,
      status: 'geen-meting',
      uitleg: `Nog geen meting; nulmeting ${toonWaarde(ind.nulmeting, eenheid, drempel, fmt)} in ${ind.nulmetingKwartaal}, ${doelTekst(fmt)}.`,
    };
  }

  const waarde = meting.waarde;
  const laatste = { kwartaal: meting.kwartaal, waarde, voorlopig: meting.voorlopig };
  const verwacht = verwachteWaarde(ind, meting.kwartaal);
  const hoger = ind.richting === 'hoger';
  const base = { indicator: ind.id, kwartaal: asOf, laatste, verwacht };

  if (kwartaalIndex(meting.kwartaal) < kwartaalIndex(asOf) - 1) {
    const fmt = zinOpties(eenheid, [waarde]);
    const extra = meting.voorlopig ? ', voorlopig' : '';
    return {
      ...base,
      status: 'geen-actuele-meting',
      uitleg: `Laatste meting ${meting.kwartaal} (${toonWaarde(waarde, eenheid, drempel, fmt)}${extra}) is ouder dan het vorige kwartaal (${vorigKwartaal(asOf)}).`,
    };
  }

  const voorlopig = meting.voorlopig ? ' (voorlopig)' : '';
  const reached = hoger ? atMost(ind.streefwaarde, waarde) : atMost(waarde, ind.streefwaarde);
  if (reached) {
    const fmt = zinOpties(eenheid, [waarde, ind.streefwaarde]);
    return {
      ...base,
      status: 'behaald',
      uitleg: `Streefwaarde ${toonWaarde(ind.streefwaarde, eenheid, drempel, fmt)} bereikt: ${toonWaarde(waarde, eenheid, drempel, fmt)}${voorlopig} in ${meting.kwartaal}.`,
    };
  }

  // Positive when behind the path, whatever the direction.
  const achterstand = hoger ? verwacht - waarde : waarde - verwacht;
  const marge = tolerantieMarge(ind, opties.tolerantie);
  const scale = [ind.nulmeting, ind.streefwaarde];
  const status: Status = atMost(achterstand, 0, waarde, verwacht, ...scale)
    ? 'op-koers'
    : atMost(achterstand, marge, waarde, verwacht, ...scale)
      ? 'aandacht'
      : 'achter';

  // Between the baseline and target quarters the expected value interpolates both, so it
  // (and the gap to it) would reveal a suppressed baseline or target; the margin always would.
  const verborgen = afgeschermd(ind, drempel);
  const i = kwartaalIndex(meting.kwartaal);
  const opPad = i > kwartaalIndex(ind.nulmetingKwartaal) && i < kwartaalIndex(ind.streefKwartaal);
  const verwachtVerborgen = hidden(verwacht) || (opPad && verborgen.traject);
  const verschilZichtbaar = !hidden(waarde) && !verwachtVerborgen;
  const margeZichtbaar = verschilZichtbaar && !verborgen.traject;
  const fmt = zinOpties(eenheid, [waarde, verwacht, ind.streefwaarde, achterstand, ...(margeZichtbaar ? [marge] : [])]);
  const afstand = (v: number) => formatVerschil(v, eenheid, { ...fmt, teken: false });
  // A gap too small to show would read "0 achter"; then the sentence just says where it stands.
  const shown = fmt.decimalen ?? (eenheid === 'euro' ? 2 : 1);
  const nul = Math.round(Math.abs(achterstand) * 10 ** shown) === 0;

  const gemeten = `${toonWaarde(waarde, eenheid, drempel, fmt)}${voorlopig} in ${meting.kwartaal}`;
  if (status === 'op-koers' && (nul || !verschilZichtbaar)) {
    return { ...base, status, uitleg: `${gemeten}, op het traject; ${doelTekst(fmt)}.` };
  }
  const tekst = verwachtVerborgen ? gemeten : `${gemeten}, waar het traject ${toonWaarde(verwacht, eenheid, drempel, fmt)} aangeeft`;
  let positie: string;
  if (status === 'op-koers') {
    positie = `${afstand(achterstand)} voor op het traject`;
  } else {
    positie = verschilZichtbaar && !nul ? `${afstand(achterstand)} achter op het traject` : 'achter op het traject';
    if (margeZichtbaar) {
      positie += status === 'aandacht' ? `, binnen de marge van ${afstand(marge)}` : `, meer dan de marge van ${afstand(marge)}`;
    }
  }
  return { ...base, status, uitleg: `${tekst}: ${positie}; ${doelTekst(fmt)}.` };
}

function metPunt(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function kleineLetter(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function uitlegUitIndicatoren(statussen: IndicatorStatus[], namen: Map<string, string>): string {
  if (statussen.length === 1) return statussen[0].uitleg;
  const n = statussen.length;
  const goed = statussen.filter((s) => s.status === 'op-koers' || s.status === 'behaald').length;
  const alle = n === 2 ? 'Beide indicatoren' : `Alle ${n} indicatoren`;
  if (statussen.every((s) => s.status === 'behaald')) return `${alle} hebben hun streefwaarde bereikt.`;
  const worst = ergsteStatus(statussen.map((s) => s.status));
  const minst = statussen.find((s) => s.status === worst)!;
  const telling = goed === n ? alle : goed === 0 ? (n === 2 ? 'Geen van beide indicatoren' : `Geen van de ${n} indicatoren`) : `${goed} van de ${n} indicatoren`;
  const naam = namen.get(minst.indicator) ?? minst.indicator;
  return `${telling} op koers of behaald; het minst gunstig is ${naam} (${STATUS_LABEL[worst]}): ${kleineLetter(minst.uitleg)}`;
}

export function doelStatus(
  doel: Doel,
  indicatoren: Indicator[],
  /** A list, or already per indicator id (the model groups once, not per goal and quarter). */
  metingen: Meting[] | ReadonlyMap<string, Meting[]>,
  beoordelingen: Beoordeling[],
  asOf: Kwartaal,
  opties: StatusOpties,
): DoelStatus {
  const eigen = indicatoren.filter((ind) => ind.doel === doel.id);
  // Each indicator scans only its own measurements: scanning all of the goal's for every
  // indicator grows with the square of the indicators per goal.
  const perIndicator = Array.isArray(metingen) ? groupBy(metingen, (m) => m.indicator) : metingen;
  const statussen = eigen.map((ind) => indicatorStatus(ind, perIndicator.get(ind.id) ?? [], asOf, opties));
  const namen = new Map(eigen.map((ind) => [ind.id, ind.naam]));
  const rij = beoordelingen.find((b) => b.doel === doel.id && b.kwartaal === asOf);
  const base = {
    doel: doel.id,
    kwartaal: asOf,
    indicatoren: statussen,
    ...(rij?.toelichting !== undefined ? { toelichting: rij.toelichting } : {}),
    ...(rij?.bijsturing !== undefined ? { bijsturing: rij.bijsturing } : {}),
  };

  if (rij?.status) {
    const toelichting = rij.toelichting?.trim();
    let uitleg = 'Status vastgesteld door de regio';
    if (doel.soort === 'meetbaar' && statussen.length > 0) {
      const berekend = ergsteStatus(statussen.map((s) => s.status));
      if (berekend !== rij.status) uitleg += ` (volgens de indicatoren: ${STATUS_LABEL[berekend]})`;
    }
    uitleg += toelichting ? `: ${metPunt(toelichting)}` : ', zonder toelichting.';
    return { ...base, status: rij.status, herkomst: 'beoordeling', uitleg };
  }

  if (doel.soort === 'merkbaar') {
    return {
      ...base,
      status: 'niet-beoordeeld',
      herkomst: 'geen',
      uitleg: 'Dit merkbare doel heeft voor dit kwartaal geen beoordeling van de regio.',
    };
  }

  if (statussen.length === 0) {
    return { ...base, status: 'geen-meting', herkomst: 'indicatoren', uitleg: 'Dit meetbare doel heeft nog geen indicatoren.' };
  }
  return {
    ...base,
    status: ergsteStatus(statussen.map((s) => s.status)),
    herkomst: 'indicatoren',
    uitleg: uitlegUitIndicatoren(statussen, namen),
  };
}
