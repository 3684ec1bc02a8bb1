// Budget against spending per year, for one line or the whole region.
import type { Monitor } from '../model.ts';
import { formatWaarde } from '../format.ts';
import { kwartaalJaar } from '../quarters.ts';

export interface BudgetRij {
  jaar: number;
  /** `€ 120.000`, or `–` when the year has no budget. */
  begroot: string;
  uitgegeven: string;
  /** `45%` of the budget spent; `–` without a budget and for a year still to come. */
  deel: string;
}

export interface BudgetData {
  rijen: BudgetRij[];
  totaal: { begroot: string; uitgegeven: string; deel: string };
  /**
   * The last year the share counts, when later years have a budget: their money cannot have
   * been spent yet, so the total's share covers the years up to this one only.
   */
  deelTotEnMet?: number;
}

const euro = (v: number) => formatWaarde(v, 'euro');
const procent = (deel: number, geheel: number) => (geheel ? `${Math.round((deel / geheel) * 100)}%` : '–');

/** Per year: budget, spending and the share spent, up to the current quarter's year for the share. */
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
  let totaalBegroot = 0;
  let totaalUitgegeven = 0;
  let begrootTotNu = 0;
  let uitgegevenTotNu = 0;
  const rijen = jaren.map((jaar) => {
    const b = begroot.get(jaar);
    const u = uitgegeven.get(jaar) ?? 0;
    totaalBegroot += b ?? 0;
    totaalUitgegeven += u;
    const voorbij = jaar <= huidigJaar;
    if (voorbij) {
      begrootTotNu += b ?? 0;
      uitgegevenTotNu += u;
    }
    return { jaar, begroot: b === undefined ? '–' : euro(b), uitgegeven: euro(u), deel: voorbij && b ? procent(u, b) : '–' };
  });
  const later = jaren.some((jaar) => jaar > huidigJaar && begroot.has(jaar));
  return {
    rijen,
    totaal: { begroot: euro(totaalBegroot), uitgegeven: euro(totaalUitgegeven), deel: procent(uitgegevenTotNu, begrootTotNu) },
    ...(later ? { deelTotEnMet: huidigJaar } : {}),
  };
}
