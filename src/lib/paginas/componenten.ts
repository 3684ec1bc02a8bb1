// The data components an author places in MDX (<DoelStatus>, <IndicatorGrafiek>). They show
// the state as of the quarter of the page they are on: in a quarterly report that report's
// quarter, elsewhere the current quarter.
import { doelStatusIn, indicatorIn, type IndicatorView, type Monitor } from '../model.ts';
import type { DoelStatus } from '../status.ts';
import { grafiekVoor, type GrafiekWeergave } from '../weergave.ts';
import { eenheidLabel } from '../format.ts';
import { doelVanId, indicatorVanId } from './gedeeld.ts';

export interface DoelStatusData {
  doel: { id: string; titel: string };
  status: DoelStatus;
}

/** `kwartaal`: the page's quarter; the current quarter when not given. Throws on an unknown id. */
export function doelStatusData(monitor: Monitor, doelId: string, kwartaal = monitor.huidigKwartaal): DoelStatusData {
  const doel = doelVanId(monitor, doelId);
  if (!doel) throw new Error(`<DoelStatus doel="${doelId}" />: doel "${doelId}" bestaat niet in data/doelen.csv`);
  return { doel: { id: doel.id, titel: doel.titel }, status: doelStatusIn(doel, kwartaal) };
}

export interface GrafiekComponentData {
  indicator: IndicatorView;
  weergave: GrafiekWeergave;
  /** First and last quarter of the series. */
  eerste: string;
  laatste: string;
  eenheid: string;
  /** The remarks column only when there is a remark: an empty column costs room on a phone. */
  metOpmerking: boolean;
}

/** `kwartaal`: the page's quarter; the current quarter when not given. Throws on an unknown id. */
export function grafiekData(monitor: Monitor, indicatorId: string, kwartaal = monitor.huidigKwartaal): GrafiekComponentData {
  const gevonden = indicatorVanId(monitor, indicatorId);
  if (!gevonden) throw new Error(`<IndicatorGrafiek indicator="${indicatorId}" />: indicator "${indicatorId}" bestaat niet in data/indicatoren.csv`);
  const indicator = indicatorIn(monitor, gevonden.indicator, kwartaal);
  const weergave = grafiekVoor(indicator, monitor);
  const labels = weergave.data.labels;
  return {
    indicator,
    weergave,
    eerste: labels[0],
    laatste: labels[labels.length - 1],
    eenheid: eenheidLabel(indicator.eenheid),
    metOpmerking: weergave.rijen.some((rij) => rij.opmerking),
  };
}
