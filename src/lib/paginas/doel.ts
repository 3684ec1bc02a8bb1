// The per-goal status page.
import type { DoelView, Monitor } from '../model.ts';
import type { DoelStatus } from '../status.ts';
import type { Aanbeveling } from '../types.ts';
import { activiteitRijen, doelVanId, type ActiviteitRij } from './gedeeld.ts';

export interface DoelData {
  doel: DoelView;
  /** Status per quarter, newest first; `rapport`: the quarter has a published report to link to. */
  historie: { status: DoelStatus; rapport: boolean }[];
  activiteiten: ActiviteitRij[];
  aanbevelingen: Aanbeveling[];
  /** Every source named by the goal's indicators and their measurements, once each. */
  bronnen: string[];
}

export function doelData(monitor: Monitor, doelId: string): DoelData {
  const doel = doelVanId(monitor, doelId);
  if (!doel) throw new Error(`doelData: doel "${doelId}" bestaat niet`);
  const gepubliceerd = new Set(monitor.kwartalen.map((k) => k.kwartaal));
  return {
    doel,
    historie: [...doel.historie].reverse().map((status) => ({ status, rapport: gepubliceerd.has(status.kwartaal) })),
    activiteiten: activiteitRijen(monitor, doel.activiteiten),
    aanbevelingen: monitor.data.aanbevelingen.filter((a) => a.doelen.includes(doel.id)),
    bronnen: [...new Set(doel.indicatoren.flatMap((i) => [i.bron, ...i.metingen.map((m) => m.bron)]).filter((b): b is string => Boolean(b)))],
  };
}
