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
const procent = (deel: number, geheel: number) => (geheel ? `${Math.round((deel / geheel) * 100)}%` : '–');

/** Per year: budget, spending and the share spent; totals over the years up to the current quarter's year. */
export function budgetData(monitor: Monitor, lijnId?: string): BudgetData {
  const lijnen = lijnId === undefined ? monitor.lijnen : monitor.lijnen.filter((l) => l.id === lijnId);
  if (lijnId !== undefined && lijnen.length === 0) throw new Error(`budgetData: lijn "${lijnId}" bestaat niet`);
  const begroot = new Map<number, number>();
  const uitgegeven = new Map<number, number>();
  for (const lijn of lijnen) {
    for (const b of lijn.begroting) begroot.set(b.jaar, (begroot.get(b.jaar) ?? 0) + b.bedrag);
    for (const u of lijn.uitgaven) uitgegeven.set(kwartaalJaar(u.kwartaal), (uitgegeven.get(kwartaalJaar(u.kwartaal)) ?? 0) + u.bedrag);
  }
  const huidigJaar = kwartaalJaar(monitor.huidigKwartaal);
  const jaren = [...new Set([...begroot.keys(), ...uitgegeven.keys()])].sort((a, b) => a - b);
  let begrootTotNu = 0;
  let uitgegevenTotNu = 0;
  let begrootLater = 0;
  const rijen = jaren.map((jaar): BudgetRij => {
    const b = begroot.get(jaar);
    const u = uitgegeven.get(jaar) ?? 0;
    const nogNietBegonnen = jaar > huidigJaar;
    if (nogNietBegonnen) begrootLater += b ?? 0;
    else {
      begrootTotNu += b ?? 0;
      uitgegevenTotNu += u;
    }
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
  return {
    rijen,
    totaal: { label: later ? `Totaal tot en met ${huidigJaar}` : 'Totaal', begroot: euro(begrootTotNu), uitgegeven: euro(uitgegevenTotNu), deel: procent(uitgegevenTotNu, begrootTotNu) },
    ...(later ? { later: { periode, begroot: euro(begrootLater), uitleg: `Het totaal telt alleen de jaren die al begonnen zijn. Voor ${periode} is ${euro(begrootLater)} begroot; ${laterJaren.length === 1 ? 'dat jaar is' : 'die jaren zijn'} nog niet begonnen.` } } : {}),
  };
}
