// Pieces more than one page shows: a line's status counts, an activity's row, a count in words.
import type { ActiviteitView, DoelView, IndicatorView, Monitor } from '../model.ts';
import type { Status, VoortgangStatus } from '../types.ts';
import { periodeTekst } from '../leestekst.ts';

/** `1 doel`, `3 doelen`. */
export function aantalTekst(aantal: number, enkelvoud: string, meervoud: string): string {
  return `${aantal} ${aantal === 1 ? enkelvoud : meervoud}`;
}

export interface StatusAantal {
  status: Status;
  aantal: number;
}

export interface LijnSamenvatting {
  id: string;
  titel: string;
  samenvatting: string;
  /** `3 doelen`. */
  doelenTekst: string;
  /** Current statuses of the line's goals, in display order, zeros left out. */
  telling: StatusAantal[];
}

interface Lookup {
  doelen: Map<string, DoelView>;
  indicatoren: Map<string, { indicator: IndicatorView; doel: DoelView }>;
}
const lookups = new WeakMap<Monitor, Lookup>();

/** Goals and indicators by id, built once per model (components look them up on every page). */
function lookup(monitor: Monitor): Lookup {
  let found = lookups.get(monitor);
  if (!found) {
    found = {
      doelen: new Map(monitor.doelen.map((d) => [d.id, d])),
      indicatoren: new Map(monitor.doelen.flatMap((d) => d.indicatoren.map((i) => [i.id, { indicator: i, doel: d }] as const))),
    };
    lookups.set(monitor, found);
  }
  return found;
}

export function doelVanId(monitor: Monitor, id: string): DoelView | undefined {
  return lookup(monitor).doelen.get(id);
}

/** An indicator and the goal it belongs to. */
export function indicatorVanId(monitor: Monitor, id: string): { indicator: IndicatorView; doel: DoelView } | undefined {
  return lookup(monitor).indicatoren.get(id);
}

export function lijnSamenvattingen(monitor: Monitor): LijnSamenvatting[] {
  return monitor.lijnen.map((lijn) => ({
    id: lijn.id,
    titel: lijn.titel,
    samenvatting: lijn.samenvatting,
    doelenTekst: aantalTekst(lijn.doelen.length, 'doel', 'doelen'),
    telling: lijn.statusTelling,
  }));
}

export interface ActiviteitRij {
  id: string;
  wat: string;
  wie?: string;
  /** `1e kwartaal 2025 tot en met 4e kwartaal 2026`, `vanaf het 3e kwartaal 2025`, `doorlopend`. */
  wanneer: string;
  /** Latest progress up to the current quarter. */
  laatste?: { kwartaal: string; status: VoortgangStatus; toelichting?: string };
  doel?: { id: string; titel: string };
}

/** An activity's period in words (leestekst.ts). */
export function wanneer(a: { start?: string; eind?: string }): string {
  return periodeTekst(a);
}

export function activiteitRijen(monitor: Monitor, activiteiten: ActiviteitView[]): ActiviteitRij[] {
  return activiteiten.map((a) => {
    const doel = a.doel ? doelVanId(monitor, a.doel) : undefined;
    return {
      id: a.id,
      wat: a.wat,
      ...(a.wie ? { wie: a.wie } : {}),
      wanneer: wanneer(a),
      ...(a.laatste ? { laatste: { kwartaal: a.laatste.kwartaal, status: a.laatste.status, ...(a.laatste.toelichting ? { toelichting: a.laatste.toelichting } : {}) } } : {}),
      ...(doel ? { doel: { id: doel.id, titel: doel.titel } } : {}),
    };
  });
}
