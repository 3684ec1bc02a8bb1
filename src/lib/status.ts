// The status engine (PRODUCT.md "Status"): per indicator as of a quarter, then per goal.
// Statuses use the real values; explanations print numbers and quarters only through leestekst.ts.
import type { Beoordeling, Doel, Eenheid, Indicator, Kwartaal, Meting, Status } from './types.ts';
import { afgeschermd, isOnderdrukt } from './suppress.ts';
import { inKwartaal, indicatorDecimalen, kwartaalTekst, statusWoord, toonWaarde, verschilTekst } from './leestekst.ts';
import { kwartaalIndex, vorigKwartaal } from './quarters.ts';
import { groupBy } from './lists.ts';
import { doelStatusBetekenis } from './status-vocabulaire.ts';

export interface StatusOpties {
  tolerantie: number;
  kleineAantallen: number;
}

/**
 * The decision for one indicator as of a quarter: plain values, no words. `indicatorUitleg`
 * turns it into the sentence a reader sees.
 */
export interface IndicatorBeslissing {
  indicator: string;
  /** The "as of" quarter. */
  kwartaal: Kwartaal;
  /** Never 'niet-beoordeeld'. */
  status: Status;
  /** Latest measurement with a value, up to kwartaal. */
  laatste?: { kwartaal: Kwartaal; waarde: number; voorlopig: boolean };
  /** Expected value at laatste.kwartaal (on the path). */
  verwacht?: number;
  /** How far behind the path (negative: ahead); only when the status compares with the path. */
  achterstand?: number;
  /** How far behind still gives aandacht; with achterstand. */
  marge?: number;
}

export interface IndicatorStatus extends IndicatorBeslissing {
  /** One Dutch sentence built from the numbers. */
  uitleg: string;
}

/** The decision for one goal as of a quarter: plain values, no words. */
export interface DoelBeslissing {
  doel: string;
  kwartaal: Kwartaal;
  status: Status;
  /** Recorded by the region, computed from the indicators, or a merkbaar goal without record. */
  herkomst: 'beoordeling' | 'indicatoren' | 'geen';
  /** A meetbaar goal with a recorded status: what its indicators gave. */
  berekend?: Status;
  /** Check, from beoordelingen.csv for this quarter. */
  toelichting?: string;
  /** Act, from beoordelingen.csv for this quarter. */
  bijsturing?: string;
}

export interface DoelStatus extends DoelBeslissing {
  uitleg: string;
  indicatoren: IndicatorStatus[];
}

/** The worst status in the vocabulary's order; an empty list has no measurement, so geen-meting. */
export function ergsteStatus(statussen: Status[]): Status {
  let worst: Status | undefined;
  for (const s of statussen) if (worst === undefined || doelStatusBetekenis(s).rang < doelStatusBetekenis(worst).rang) worst = s;
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

/** The status rules of PRODUCT.md, steps 1 to 4, for one indicator as of a quarter. */
export function indicatorBeslissing(ind: Indicator, metingen: Meting[], asOf: Kwartaal, tolerantie: number): IndicatorBeslissing {
  const meting = laatsteMeting(ind, metingen, asOf);
  if (!meting || meting.waarde === null) return { indicator: ind.id, kwartaal: asOf, status: 'geen-meting' };

  const waarde = meting.waarde;
  const laatste = { kwartaal: meting.kwartaal, waarde, voorlopig: meting.voorlopig };
  const verwacht = verwachteWaarde(ind, meting.kwartaal);
  const hoger = ind.richting === 'hoger';
  const base = { indicator: ind.id, kwartaal: asOf, laatste, verwacht };

  if (kwartaalIndex(meting.kwartaal) < kwartaalIndex(asOf) - 1) return { ...base, status: 'geen-actuele-meting' };
  const reached = hoger ? atMost(ind.streefwaarde, waarde) : atMost(waarde, ind.streefwaarde);
  if (reached) return { ...base, status: 'behaald' };

  // Positive when behind the path, whatever the direction.
  const achterstand = hoger ? verwacht - waarde : waarde - verwacht;
  const marge = tolerantieMarge(ind, tolerantie);
  const scale = [ind.nulmeting, ind.streefwaarde];
  const status: Status = atMost(achterstand, 0, waarde, verwacht, ...scale)
    ? 'op-koers'
    : atMost(achterstand, marge, waarde, verwacht, ...scale)
      ? 'aandacht'
      : 'achter';
  return { ...base, status, achterstand, marge };
}

/** The decimals an indicator's numbers are written with: one precision for all its figures. */
export function decimalenVan(ind: Indicator, metingen: readonly Meting[]): number {
  return indicatorDecimalen(ind.eenheid, [ind.nulmeting, ind.streefwaarde, ...metingen.map((m) => m.waarde)]);
}

/**
 * The sentences that explain a decision, in B1 Dutch: short sentences, quarters in words.
 * Persons counts below the threshold read `< 5`; a figure that would reveal one (the path,
 * the gap to it, the margin) is left out. `decimalen`: the indicator's one precision.
 */
export function indicatorUitleg(ind: Indicator, b: IndicatorBeslissing, drempel: number, decimalen: number): string {
  const { eenheid } = ind;
  const fmt = { decimalen };
  const hidden = (v: number) => isOnderdrukt(v, eenheid, drempel);
  const waardeTekst = (v: number) => toonWaarde(v, eenheid, drempel, fmt);
  const streef = `De streefwaarde is ${waardeTekst(ind.streefwaarde)} ${inKwartaal(ind.streefKwartaal)}.`;

  const meting = b.laatste;
  if (!meting) {
    return `Er is nog geen meting. De nulmeting was ${waardeTekst(ind.nulmeting)} ${inKwartaal(ind.nulmetingKwartaal)}. ${streef}`;
  }
  const waarde = meting.waarde;
  const voorlopig = meting.voorlopig ? ' (voorlopig)' : '';

  if (b.status === 'geen-actuele-meting') {
    return `De laatste meting is van het ${kwartaalTekst(meting.kwartaal)}: ${waardeTekst(waarde)}${voorlopig}. Die is ouder dan het vorige kwartaal, het ${kwartaalTekst(vorigKwartaal(b.kwartaal))}.`;
  }

  const gemeten = `Gemeten ${inKwartaal(meting.kwartaal)}: ${waardeTekst(waarde)}${voorlopig}.`;
  if (b.status === 'behaald') return `${gemeten} De streefwaarde van ${waardeTekst(ind.streefwaarde)} is bereikt.`;

  const { status } = b;
  const verwacht = b.verwacht ?? verwachteWaarde(ind, meting.kwartaal);
  const achterstand = b.achterstand ?? 0;
  const marge = b.marge ?? 0;
  // Between the baseline and target quarters the expected value interpolates both, so it
  // (and the gap to it) would reveal a suppressed baseline or target; the margin always would.
  const verborgen = afgeschermd(ind, drempel);
  const i = kwartaalIndex(meting.kwartaal);
  const opPad = i > kwartaalIndex(ind.nulmetingKwartaal) && i < kwartaalIndex(ind.streefKwartaal);
  const verwachtVerborgen = hidden(verwacht) || (opPad && verborgen.traject);
  const verschilZichtbaar = !hidden(waarde) && !verwachtVerborgen;
  const margeZichtbaar = verschilZichtbaar && !verborgen.traject;
  const afstand = (v: number) => verschilTekst(v, eenheid, { ...fmt, teken: false });
  // A gap too small to show would read "0 achter"; then the sentence just says where it stands.
  const nul = Math.round(Math.abs(achterstand) * 10 ** decimalen) === 0;

  if (status === 'op-koers' && (nul || !verschilZichtbaar)) return `${gemeten} Dat is op het traject. ${streef}`;
  const traject = verwachtVerborgen ? '' : ` Volgens het traject zou het ${waardeTekst(verwacht)} zijn.`;
  let positie: string;
  if (status === 'op-koers') {
    positie = `Dat is ${afstand(achterstand)} voor op het traject.`;
  } else if (!verschilZichtbaar) {
    positie = 'Dat is achter op het traject.';
  } else if (nul) {
    // Value and path read the same at the indicator's precision: "net" says why the status is not op koers.
    positie = 'Dat is net achter op het traject.';
  } else if (!margeZichtbaar) {
    positie = `Dat is ${afstand(achterstand)} achter op het traject.`;
  } else if (afstand(achterstand) === afstand(marge)) {
    // Gap and margin read the same at the indicator's precision: a second number would contradict the status.
    positie = `Dat is ${afstand(achterstand)} achter, net ${status === 'aandacht' ? 'binnen' : 'buiten'} de marge.`;
  } else {
    positie = `Dat is ${afstand(achterstand)} achter, ${status === 'aandacht' ? 'binnen' : 'meer dan'} de marge van ${afstand(marge)}.`;
  }
  return `${gemeten}${traject} ${positie} ${streef}`;
}

/** Decision and sentence for one indicator as of a quarter; `decimalen`: its precision, from all its measurements by default. */
export function indicatorStatus(ind: Indicator, metingen: Meting[], asOf: Kwartaal, opties: StatusOpties, decimalen = decimalenVan(ind, metingen)): IndicatorStatus {
  const beslissing = indicatorBeslissing(ind, metingen, asOf, opties.tolerantie);
  return { ...beslissing, uitleg: indicatorUitleg(ind, beslissing, opties.kleineAantallen, decimalen) };
}

function metPunt(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function uitlegUitIndicatoren(statussen: readonly IndicatorStatus[], namen: ReadonlyMap<string, string>): string {
  if (statussen.length === 1) return statussen[0].uitleg;
  const n = statussen.length;
  const goed = statussen.filter((s) => s.status === 'op-koers' || s.status === 'behaald').length;
  const alle = n === 2 ? 'Beide indicatoren' : `Alle ${n} indicatoren`;
  if (statussen.every((s) => s.status === 'behaald')) return `${alle} hebben hun streefwaarde bereikt.`;
  const worst = ergsteStatus(statussen.map((s) => s.status));
  const minst = statussen.find((s) => s.status === worst)!;
  const telling =
    goed === n ? `${alle} zijn` : goed === 0 ? (n === 2 ? 'Geen van beide indicatoren is' : `Geen van de ${n} indicatoren is`) : `${goed} van de ${n} indicatoren ${goed === 1 ? 'is' : 'zijn'}`;
  const naam = namen.get(minst.indicator) ?? minst.indicator;
  return `${telling} op koers of behaald. Het minst gunstig is ${naam} (${statusWoord(worst)}). ${minst.uitleg}`;
}

/**
 * A goal's status as of a quarter (PRODUCT.md "Status"): the region's recorded status, else the
 * worst of a meetbaar goal's indicators, else niet-beoordeeld. `indicatoren`: the goal's own
 * indicators' decisions for this quarter (none for a merkbaar goal).
 */
export function doelBeslissing(doel: Doel, indicatoren: readonly IndicatorBeslissing[], beoordelingen: readonly Beoordeling[], asOf: Kwartaal): DoelBeslissing {
  const rij = beoordelingen.find((b) => b.doel === doel.id && b.kwartaal === asOf);
  const base = {
    doel: doel.id,
    kwartaal: asOf,
    ...(rij?.toelichting !== undefined ? { toelichting: rij.toelichting } : {}),
    ...(rij?.bijsturing !== undefined ? { bijsturing: rij.bijsturing } : {}),
  };
  const berekend = indicatoren.length > 0 ? ergsteStatus(indicatoren.map((s) => s.status)) : undefined;
  if (rij?.status) {
    return { ...base, status: rij.status, herkomst: 'beoordeling', ...(doel.soort === 'meetbaar' && berekend ? { berekend } : {}) };
  }
  if (doel.soort === 'merkbaar') return { ...base, status: 'niet-beoordeeld', herkomst: 'geen' };
  return { ...base, status: berekend ?? 'geen-meting', herkomst: 'indicatoren' };
}

/** The sentence that explains a goal's decision, from its indicators' sentences. */
export function doelUitleg(b: DoelBeslissing, indicatoren: readonly IndicatorStatus[], namen: ReadonlyMap<string, string>): string {
  if (b.herkomst === 'beoordeling') {
    const toelichting = b.toelichting?.trim();
    const berekend = b.berekend && b.berekend !== b.status ? ` Volgens de indicatoren is de status ${statusWoord(b.berekend)}.` : '';
    return toelichting ? `De regio heeft deze status vastgesteld.${berekend} ${metPunt(toelichting)}` : `De regio heeft deze status vastgesteld, zonder toelichting.${berekend}`;
  }
  if (b.herkomst === 'geen') return 'De regio heeft dit doel voor dit kwartaal nog niet beoordeeld.';
  if (indicatoren.length === 0) return 'Dit doel heeft nog geen indicatoren.';
  return uitlegUitIndicatoren(indicatoren, namen);
}

/** Decision and sentence for a goal from its indicators' statuses, already computed for asOf. */
export function doelStatusUit(
  doel: Doel,
  indicatoren: IndicatorStatus[],
  namen: ReadonlyMap<string, string>,
  beoordelingen: readonly Beoordeling[],
  asOf: Kwartaal,
): DoelStatus {
  const beslissing = doelBeslissing(doel, indicatoren, beoordelingen, asOf);
  return { ...beslissing, uitleg: doelUitleg(beslissing, indicatoren, namen), indicatoren };
}

export function doelStatus(
  doel: Doel,
  indicatoren: Indicator[],
  /** A list, or already per indicator id. */
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
  return doelStatusUit(doel, statussen, new Map(eigen.map((ind) => [ind.id, ind.naam])), beoordelingen, asOf);
}
