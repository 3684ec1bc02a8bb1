// The home page: the current quarter at a glance.
import type { KwartaalView, Monitor } from '../model.ts';
import type { Status } from '../types.ts';
import { telling } from '../status-vocabulaire.ts';
import { kerncijferWeergave, type KerncijferRij } from '../kerncijfers.ts';
import { aantalTekst, doelVanId, indicatorVanId, lijnSamenvattingen, type LijnSamenvatting, type StatusAantal } from './gedeeld.ts';

/** Key figures on the home page; all of them on /kerncijfers/. */
export const KERNCIJFERS_OP_HOME = 6;

export interface HomeData {
  /** The current quarter's report, when it is published. */
  kwartaal?: KwartaalView;
  aantalDoelen: number;
  telling: StatusAantal[];
  /** Every line with each of its goals and the goal's current status, in the data's order. */
  lijnen: (LijnSamenvatting & { doelen: { id: string; titel: string; status: Status }[] })[];
  veranderingen: { doel: string; titel: string; van: Status; naar: Status }[];
  /** Measurements with a value in the current quarter, and the goals they belong to. */
  nieuweMetingen: { aantal: number; perDoel: { doel: string; titel: string; tekst: string }[] };
  kerncijfers: { rijen: KerncijferRij[]; uitleg?: string };
}

export function homeData(monitor: Monitor): HomeData {
  const perDoel = new Map<string, number>();
  for (const m of monitor.nieuweMetingen) {
    const doel = indicatorVanId(monitor, m.indicator)?.doel;
    if (doel) perDoel.set(doel.id, (perDoel.get(doel.id) ?? 0) + 1);
  }
  const kwartaal = monitor.kwartalen.find((k) => k.kwartaal === monitor.huidigKwartaal);
  return {
    ...(kwartaal ? { kwartaal } : {}),
    aantalDoelen: monitor.doelen.length,
    telling: telling(monitor.doelen.map((d) => d.status.status)),
    lijnen: lijnSamenvattingen(monitor).map((lijn) => ({
      ...lijn,
      doelen: monitor.doelen.filter((d) => d.lijn === lijn.id).map((d) => ({ id: d.id, titel: d.titel, status: d.status.status })),
    })),
    veranderingen: monitor.veranderingen.map((v) => ({ ...v, titel: doelVanId(monitor, v.doel)!.titel })),
    nieuweMetingen: {
      aantal: monitor.nieuweMetingen.length,
      perDoel: [...perDoel].map(([doel, n]) => ({ doel, titel: doelVanId(monitor, doel)!.titel, tekst: aantalTekst(n, 'meting', 'metingen') })),
    },
    kerncijfers: kerncijferWeergave(monitor.data.kerncijfers.slice(0, KERNCIJFERS_OP_HOME), monitor.regio.kleineAantallen),
  };
}

/** The quarterly reports, newest first. */
export function kwartalenData(monitor: Monitor): KwartaalView[] {
  return [...monitor.kwartalen].reverse();
}

/** The approved quarterly reports, newest first: the RSS feed announces only these. */
export function vastgesteldeKwartalen(monitor: Monitor): KwartaalView[] {
  return kwartalenData(monitor).filter((k) => !k.concept);
}
