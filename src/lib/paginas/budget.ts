// Budget against spending per year, for one line or the whole region. A year after the current
// quarter's year has not begun: it shows its budget, no share, and stays out of the total, so
// the share is always of the years so far (issue 17: a future year is not "0% spent").
import type { Monitor } from '../model.ts';
import { formatWaarde } from '../format.ts';
import { kwartaalJaar } from '../quarters.ts';

/** What a year that has not begun shows in the share column. */
export const NOG_NIET_BEGONNEN = 'nog niet begonnen';

export interface BudgetRij {
  jaar: number;
  /** `€ 120.000`, or `–` when the year has no budget. */
  begroot: string;
  /** `€ 45.000`; `–` for a year that has not begun and has no spending. */
  uitgegeven: string;
  /** `45%` of the budget spent; `–` without a budget; `nog niet begonnen` for a later year. */
  deel: string;
  /** The year lies after the current quarter's year. */
  nogNietBegonnen: boolean;
}

export interface BudgetData {
  rijen: BudgetRij[];
  /** The years so far: budget, spending and share. */
  totaal: { label: string; begroot: string; uitgegeven: string; deel: string };
  /** When later years have a budget: from which year, and how much is budgeted for them. */
  later?: { periode: string; begroot: string; uitleg: string };
}

const euro = (v: number) => formatWaarde(v, 'euro');
/** A share as the pages show it: whole percents. */
export const procentTekst = (deel: number | null) => (deel === null ? '–' : `${Math.round(deel * 100)}%`);
const aandeel = (deel: number, geheel: number) => (geheel ? deel / geheel : null);
const procent = (deel: number, geheel: number) => procentTekst(aandeel(deel, geheel));

interface PerJaar {
  huidigJaar: number;
  jaren: number[];
  begroot: Map<number, number>;
  uitgegeven: Map<number, number>;
}

function perJaar(monitor: Monitor, lijnId?: string): PerJaar {
  const lijnen = lijnId === undefined ? monitor.lijnen : monitor.lijnen.filter((l) => l.id === lijnId);
  if (lijnId !== undefined && lijnen.length === 0) throw new Error(`budgetData: lijn "${lijnId}" bestaat niet`);
  const begroot = new Map<number, number>();
  const uitgegeven = new Map<number, number>();
  for (const lijn of lijnen) {
    for (const b of lijn.begroting) begroot.set(b.jaar, (begroot.get(b.jaar) ?? 0) + b.bedrag);
    for (const u of lijn.uitgaven) uitgegeven.set(kwartaalJaar(u.kwartaal), (uitgegeven.get(kwartaalJaar(u.kwartaal)) ?? 0) + u.bedrag);
  }
  const jaren = [...new Set([...begroot.keys(), ...uitgegeven.keys()])].sort((a, b) => a - b);
  return { huidigJaar: kwartaalJaar(monitor.huidigKwartaal), jaren, begroot, uitgegeven };
}

/** The totals of the years so far as numbers (open data, the national overview): the figures the budget table's total shows. */
export interface BudgetTotalen {
  /** The current quarter's year: the totals run up to and including it. */
  totEnMetJaar: number;
  begroot: number;
  uitgegeven: number;
  /** Spent as a share of the budget (0.45), or null without a budget. */
  deel: number | null;
  /** Budgeted for the years that have not begun. */
  begrootLater: number;
}

function totalen(p: PerJaar): BudgetTotalen {
  let begroot = 0;
  let uitgegeven = 0;
  let begrootLater = 0;
  for (const jaar of p.jaren) {
    if (jaar > p.huidigJaar) begrootLater += p.begroot.get(jaar) ?? 0;
    else {
      begroot += p.begroot.get(jaar) ?? 0;
      uitgegeven += p.uitgegeven.get(jaar) ?? 0;
    }
  }
  return { totEnMetJaar: p.huidigJaar, begroot, uitgegeven, deel: aandeel(uitgegeven, begroot), begrootLater };
}

export function budgetTotalen(monitor: Monitor, lijnId?: string): BudgetTotalen {
  return totalen(perJaar(monitor, lijnId));
}

/** Per year: budget, spending and the share spent; totals over the years up to the current quarter's year. */
export function budgetData(monitor: Monitor, lijnId?: string): BudgetData {
  const p = perJaar(monitor, lijnId);
  const { huidigJaar, jaren, begroot, uitgegeven } = p;
  const t = totalen(p);
  const rijen = jaren.map((jaar): BudgetRij => {
    const b = begroot.get(jaar);
    const u = uitgegeven.get(jaar) ?? 0;
    const nogNietBegonnen = jaar > huidigJaar;
    return {
      jaar,
      begroot: b === undefined ? '–' : euro(b),
      uitgegeven: nogNietBegonnen && u === 0 ? '–' : euro(u),
      deel: nogNietBegonnen ? NOG_NIET_BEGONNEN : b ? procent(u, b) : '–',
      nogNietBegonnen,
    };
  });
  const laterJaren = rijen.filter((r) => r.nogNietBegonnen).map((r) => r.jaar);
  const later = laterJaren.length > 0;
  const periode = laterJaren.length === 1 ? `${laterJaren[0]}` : `${laterJaren[0]} tot en met ${laterJaren.at(-1)}`;
  const begrootLater = t.begrootLater;
  return {
    rijen,
    totaal: { label: later ? `Totaal tot en met ${huidigJaar}` : 'Totaal', begroot: euro(t.begroot), uitgegeven: euro(t.uitgegeven), deel: procentTekst(t.deel) },
    ...(later ? { later: { periode, begroot: euro(begrootLater), uitleg: `Het totaal telt alleen de jaren die al begonnen zijn. Voor ${periode} is ${euro(begrootLater)} begroot; ${laterJaren.length === 1 ? 'dat jaar is' : 'die jaren zijn'} nog niet begonnen.` } } : {}),
  };
}
