// A quarterly report in PDCA order, per line. Everything is as of the report's quarter.
import { doelStatusIn, type KwartaalView, type Monitor } from '../model.ts';
import type { VoortgangStatus } from '../types.ts';
import type { DoelStatus } from '../status.ts';
import { kwartaalIndex } from '../quarters.ts';
import { kwartaalTekst } from '../leestekst.ts';
import { formatDatum } from '../format.ts';
import { wanneer } from './gedeeld.ts';

/** Whether an activity runs in quarter `k`: started by then and not yet ended (open ends run on). */
export function looptIn(a: { start?: string; eind?: string }, k: string): boolean {
  const i = kwartaalIndex(k);
  return (!a.start || kwartaalIndex(a.start) <= i) && (!a.eind || kwartaalIndex(a.eind) >= i);
}

export interface RapportLijn {
  id: string;
  titel: string;
  /** Plan: the line's goals and the activities planned for this quarter. */
  plan: { doelen: { id: string; titel: string }[]; activiteiten: { id: string; wat: string; wie?: string; wanneer: string }[] };
  /** Do: progress of those activities reported for this quarter. */
  do: { id: string; wat: string; status?: VoortgangStatus; toelichting?: string }[];
  /** Check: each goal's status (with its indicators' statuses) as of this quarter. */
  check: { id: string; titel: string; status: DoelStatus }[];
  /** Act: the corrections the region recorded for this quarter. */
  act: { id: string; titel: string; bijsturing: string }[];
}

export interface KwartaalData {
  rapport: KwartaalView;
  titel: string;
  /** `Vastgesteld door het bestuurlijk platform op 10 juli 2025.` or the concept notice. */
  vaststelling: string;
  lijnen: RapportLijn[];
}

export function kwartaalData(monitor: Monitor, kwartaal: string): KwartaalData {
  const rapport = monitor.kwartalen.find((k) => k.kwartaal === kwartaal);
  if (!rapport) throw new Error(`kwartaalData: kwartaal ${kwartaal} is niet gepubliceerd`);
  const lijnen = monitor.lijnen.map((lijn): RapportLijn => {
    const doelen = monitor.doelen.filter((d) => d.lijn === lijn.id);
    const activiteiten = monitor.activiteiten.filter((a) => a.lijn === lijn.id && looptIn(a, kwartaal));
    return {
      id: lijn.id,
      titel: lijn.titel,
      plan: {
        doelen: doelen.map((d) => ({ id: d.id, titel: d.titel })),
        activiteiten: activiteiten.map((a) => ({ id: a.id, wat: a.wat, ...(a.wie ? { wie: a.wie } : {}), wanneer: wanneer(a) })),
      },
      do: activiteiten.map((a) => {
        const v = a.voortgang.find((r) => r.kwartaal === kwartaal);
        return { id: a.id, wat: a.wat, ...(v ? { status: v.status } : {}), ...(v?.toelichting ? { toelichting: v.toelichting } : {}) };
      }),
      check: doelen.map((d) => ({ id: d.id, titel: d.titel, status: doelStatusIn(d, kwartaal) })),
      act: doelen.flatMap((d) => {
        const bijsturing = doelStatusIn(d, kwartaal).bijsturing;
        return bijsturing ? [{ id: d.id, titel: d.titel, bijsturing }] : [];
      }),
    };
  });
  return {
    rapport,
    titel: rapport.titel ?? `Kwartaalrapportage ${kwartaalTekst(rapport.kwartaal)}`,
    vaststelling: rapport.vastgesteld ? `Vastgesteld door het bestuurlijk platform op ${formatDatum(rapport.vastgesteld)}.` : 'Concept: nog niet vastgesteld.',
    lijnen,
  };
}
