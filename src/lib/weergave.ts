// What a page shows of the model, already formatted and suppressed: chart series, table
// rows, one-sentence summaries. Pages render these; they do not format numbers themselves.
import type { DoelView, IndicatorView, Monitor } from './model.ts';
import { eenheidLabel, formatGetalVoor, formatWaarde } from './format.ts';
import { isOnderdrukt, toonGetal, toonWaarde } from './suppress.ts';
import { kwartaalIndex } from './quarters.ts';
import { maxOf, minOf } from './lists.ts';
import type { Status } from './types.ts';

export interface GrafiekRij {
  kwartaal: string;
  waarde: string;
  traject: string;
  opmerking: string;
}

export interface GrafiekData {
  id: string;
  titel: string;
  eenheid: string;
  labels: string[];
  /** Measured values; suppressed or missing values are null (a gap). */
  metingen: (number | null)[];
  /** The path from baseline to target, or null when it would reveal a suppressed count. */
  traject: (number | null)[] | null;
  /** Target: value at its quarter only. */
  streef: (number | null)[];
  /** Tick and tooltip formatting hints for the client. */
  procent: boolean;
  euro: boolean;
  decimalen: number;
}

export interface GrafiekWeergave {
  data: GrafiekData;
  rijen: GrafiekRij[];
  samenvatting: string;
  trajectVerborgen: boolean;
  heeftOnderdrukt: boolean;
}

/** Chart, table and screen-reader summary for one indicator, with small counts suppressed. */
export function grafiekVoor(indicator: IndicatorView, monitor: Monitor): GrafiekWeergave {
  const drempel = monitor.regio.kleineAantallen;
  const eenheid = indicator.eenheid;
  // The path runs through the baseline and the target: if either is a suppressed count,
  // printing the path would reveal it.
  const trajectVerborgen = isOnderdrukt(indicator.nulmeting, eenheid, drempel) || isOnderdrukt(indicator.streefwaarde, eenheid, drempel);
  const decimalen = eenheid === 'percentage' || eenheid === 'fte' || eenheid === 'score' ? 1 : 0;
  let heeftOnderdrukt = false;
  const rijen: GrafiekRij[] = [];
  const metingen: (number | null)[] = [];
  const traject: (number | null)[] = [];
  const streef: (number | null)[] = [];
  for (const punt of indicator.reeks) {
    const onderdrukt = isOnderdrukt(punt.waarde, eenheid, drempel);
    heeftOnderdrukt ||= onderdrukt;
    metingen.push(onderdrukt ? null : punt.waarde);
    traject.push(trajectVerborgen ? null : round(punt.traject));
    streef.push(punt.kwartaal === indicator.streefKwartaal && !trajectVerborgen ? indicator.streefwaarde : null);
    const opmerkingen = [punt.voorlopig ? 'voorlopig' : '', punt.opmerking ?? ''].filter(Boolean).join('; ');
    rijen.push({
      kwartaal: punt.kwartaal,
      waarde: punt.waarde === null ? '–' : toonGetal(punt.waarde, eenheid, drempel),
      traject: trajectVerborgen ? 'afgeschermd' : formatGetalVoor(punt.traject, eenheid),
      opmerking: opmerkingen,
    });
  }
  const status = indicator.status;
  const laatste = status.laatste;
  const streefTekst = trajectVerborgen ? 'een afgeschermde streefwaarde' : `streefwaarde ${formatWaarde(indicator.streefwaarde, eenheid)} in ${indicator.streefKwartaal}`;
  const samenvatting = laatste
    ? `${indicator.naam}: laatste meting ${toonWaarde(laatste.waarde, eenheid, drempel)} in ${laatste.kwartaal}, ${trend(indicator, drempel)}; ${streefTekst}.`
    : `${indicator.naam}: nog geen meting; ${streefTekst}.`;
  return {
    data: {
      id: indicator.id,
      titel: indicator.naam,
      eenheid: eenheidLabel(eenheid),
      labels: indicator.reeks.map((p) => p.kwartaal),
      metingen,
      traject: trajectVerborgen ? null : traject,
      streef,
      procent: eenheid === 'percentage',
      euro: eenheid === 'euro',
      decimalen,
    },
    rijen,
    samenvatting,
    trajectVerborgen,
    heeftOnderdrukt,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Plain words for the direction of the last two measurements, without revealing small counts. */
function trend(indicator: IndicatorView, drempel: number): string {
  const waarden = indicator.metingen.filter((m) => m.waarde !== null);
  if (waarden.length < 2) return 'de eerste meting';
  const [a, b] = waarden.slice(-2).map((m) => m.waarde as number);
  if (isOnderdrukt(a, indicator.eenheid, drempel) || isOnderdrukt(b, indicator.eenheid, drempel)) return 'een klein aantal';
  if (b === a) return 'gelijk aan de meting daarvoor';
  const beter = indicator.richting === 'hoger' ? b > a : b < a;
  return `${b > a ? 'gestegen' : 'gedaald'} ten opzichte van de meting daarvoor (${beter ? 'de goede kant op' : 'de verkeerde kant op'})`;
}

export interface TrendLijn {
  punten: string;
  breedte: number;
  hoogte: number;
  laatste?: { x: number; y: number };
  beschrijving: string;
}

/** A tiny server-rendered trend line for the first indicator of a goal (no JS). */
export function trendlijn(doel: DoelView, monitor: Monitor): TrendLijn | undefined {
  const indicator = doel.indicatoren[0];
  if (!indicator) return undefined;
  const drempel = monitor.regio.kleineAantallen;
  const punten = indicator.metingen.filter((m) => m.waarde !== null && !isOnderdrukt(m.waarde, indicator.eenheid, drempel));
  if (punten.length < 2) return undefined;
  const breedte = 96;
  const hoogte = 28;
  const waarden = punten.map((p) => p.waarde as number);
  const min = minOf(indicator.streefwaarde, waarden);
  const max = maxOf(indicator.streefwaarde, waarden);
  const span = max - min || 1;
  const eerste = kwartaalIndex(punten[0].kwartaal);
  const bereik = kwartaalIndex(punten[punten.length - 1].kwartaal) - eerste || 1;
  const xy = punten.map((p) => ({
    x: 2 + ((kwartaalIndex(p.kwartaal) - eerste) / bereik) * (breedte - 4),
    y: 2 + (1 - ((p.waarde as number) - min) / span) * (hoogte - 4),
  }));
  const laatste = punten[punten.length - 1];
  return {
    punten: xy.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
    breedte,
    hoogte,
    laatste: xy[xy.length - 1],
    beschrijving: `Verloop van ${indicator.naam} van ${punten[0].kwartaal} tot ${laatste.kwartaal}: van ${toonWaarde(punten[0].waarde, indicator.eenheid, drempel)} naar ${toonWaarde(laatste.waarde, indicator.eenheid, drempel)}.`,
  };
}

/** Counts per status, in display order, skipping zeros. */
export function telling(statussen: Status[]): { status: Status; aantal: number }[] {
  const volgorde: Status[] = ['behaald', 'op-koers', 'aandacht', 'achter', 'geen-actuele-meting', 'geen-meting', 'niet-beoordeeld'];
  return volgorde.map((status) => ({ status, aantal: statussen.filter((s) => s === status).length })).filter((t) => t.aantal > 0);
}
