// One ontwikkellijn: roles, goals, activities, budget.
import type { DoelView, LijnView, Monitor } from '../model.ts';
import { activiteitRijen, lijnSamenvattingen, type ActiviteitRij, type LijnSamenvatting } from './gedeeld.ts';
import { budgetData, type BudgetData } from './budget.ts';

export interface LijnData {
  lijn: LijnView;
  /** The roles the line names, in a fixed order; roles without a name are left out. */
  rollen: { rol: string; wie: string }[];
  doelen: DoelView[];
  activiteiten: ActiviteitRij[];
  budget: BudgetData;
}

export function lijnData(monitor: Monitor, lijnId: string): LijnData {
  const lijn = monitor.lijnen.find((l) => l.id === lijnId);
  if (!lijn) throw new Error(`lijnData: lijn "${lijnId}" bestaat niet`);
  const rollen = ([['Portefeuillehouder', lijn.portefeuillehouder], ['Projectleider', lijn.projectleider], ['Programmamanager', lijn.programmamanager]] as const)
    .flatMap(([rol, wie]) => (wie ? [{ rol, wie }] : []));
  return {
    lijn,
    rollen,
    doelen: monitor.doelen.filter((d) => d.lijn === lijn.id),
    activiteiten: activiteitRijen(monitor, monitor.activiteiten.filter((a) => a.lijn === lijn.id)),
    budget: budgetData(monitor, lijn.id),
  };
}

/** The overview of lines: how many, and each with its goals' statuses. */
export function lijnenData(monitor: Monitor): { aantal: number; lijnen: LijnSamenvatting[] } {
  const lijnen = lijnSamenvattingen(monitor);
  return { aantal: lijnen.length, lijnen };
}
