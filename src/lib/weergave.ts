// What a page shows of the model, already formatted and suppressed: chart series, table
// rows, one-sentence summaries. Pages render these; they do not format numbers themselves.
import type { DoelView, IndicatorView, Monitor } from './model.ts';
import { eenheidLabel } from './format.ts';
import { afgeschermd, isOnderdrukt } from './suppress.ts';
import { afgerond, inKwartaal, kwartaalTekst, onderdruktTekst, onderdruktUitleg, TEKEN_GEEN, TEKEN_VERBORGEN, toonGetal, toonWaarde, verborgenUitleg } from './leestekst.ts';
import { kwartaalIndex } from './quarters.ts';
import { maxOf, minOf } from './lists.ts';

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
  /**
   * Per quarter: a suppressed count was measured there. The chart draws a band from 0 to
   * `drempel` instead of a point, so nothing in the data depends on the real value.
   */
  onderdrukt: boolean[];
  /** The region's threshold (public): the top of the band. */
  drempel: number;
  /** The path from baseline to target, or null when it would reveal a suppressed count. */
  traject: (number | null)[] | null;
  /** Target: value at its quarter only; null everywhere when the target is suppressed. */
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
  /** The note under the table when a value, the baseline or the target is suppressed. */
  onderdruktUitleg?: string;
  /** The note when the path is hidden (`x` in the table). */
  verborgenUitleg?: string;
  /** The table shows a mark (`–`, `x`, `< 5`): the figure links to the verklaring van tekens. */
  metTekens: boolean;
}

/** Chart, table and screen-reader summary for one indicator, with small counts suppressed. */
export function grafiekVoor(indicator: IndicatorView, monitor: Monitor): GrafiekWeergave {
  const drempel = monitor.regio.kleineAantallen;
  const eenheid = indicator.eenheid;
  const verborgen = afgeschermd(indicator, drempel);
  const trajectVerborgen = verborgen.traject;
  const decimalen = indicator.decimalen;
  const fmt = { decimalen };
  const rijen: GrafiekRij[] = [];
  const metingen: (number | null)[] = [];
  const onderdrukt: boolean[] = [];
  const traject: (number | null)[] = [];
  const streef: (number | null)[] = [];
  for (const punt of indicator.reeks) {
    const klein = isOnderdrukt(punt.waarde, eenheid, drempel);
    onderdrukt.push(klein);
    metingen.push(klein ? null : punt.waarde);
    traject.push(trajectVerborgen ? null : afgerond(punt.traject, decimalen));
    streef.push(punt.kwartaal === indicator.streefKwartaal && !verborgen.streefwaarde ? indicator.streefwaarde : null);
    const opmerkingen = [punt.voorlopig ? 'voorlopig' : '', punt.opmerking ?? ''].filter(Boolean).join('; ');
    rijen.push({
      kwartaal: punt.kwartaal,
      waarde: punt.waarde === null ? TEKEN_GEEN : toonGetal(punt.waarde, eenheid, drempel, fmt),
      traject: trajectVerborgen ? TEKEN_VERBORGEN : toonGetal(punt.traject, eenheid, 0, fmt),
      opmerking: opmerkingen,
    });
  }
  const heeftOnderdrukt = onderdrukt.some(Boolean);
  const status = indicator.status;
  const laatste = status.laatste;
  const streefTekst = `De streefwaarde is ${toonWaarde(indicator.streefwaarde, eenheid, drempel, fmt)} ${inKwartaal(indicator.streefKwartaal)}.`;
  const richting = trend(indicator, drempel);
  const samenvatting = laatste
    ? `${indicator.naam}: de laatste meting is ${toonWaarde(laatste.waarde, eenheid, drempel, fmt)} ${inKwartaal(laatste.kwartaal)}.${richting ? ` ${richting}` : ''} ${streefTekst}`
    : `${indicator.naam}: er is nog geen meting. ${streefTekst}`;
  return {
    data: {
      id: indicator.id,
      titel: indicator.naam,
      eenheid: eenheidLabel(eenheid),
      labels: indicator.reeks.map((p) => p.kwartaal),
      metingen,
      onderdrukt,
      drempel,
      traject: trajectVerborgen ? null : traject,
      streef,
      procent: eenheid === 'percentage',
      euro: eenheid === 'euro',
      decimalen,
    },
    rijen,
    samenvatting,
    trajectVerborgen,
    metTekens: rijen.some((r) => [r.waarde, r.traject].some((cel) => cel === TEKEN_GEEN || cel === TEKEN_VERBORGEN || cel === onderdruktTekst(drempel))),
    ...(heeftOnderdrukt || verborgen.streefwaarde || verborgen.nulmeting ? { onderdruktUitleg: onderdruktUitleg(drempel) } : {}),
    ...(trajectVerborgen ? { verborgenUitleg: verborgenUitleg(drempel) } : {}),
  };
}

/**
 * One sentence on the direction of the last two measurements, or none: beside a small count
 * the direction is a derived figure that may reveal it (CONVENTIONS.md), so it is left out.
 */
function trend(indicator: IndicatorView, drempel: number): string {
  const waarden = indicator.metingen.filter((m) => m.waarde !== null);
  if (waarden.length < 2) return 'Dit is de eerste meting.';
  const [a, b] = waarden.slice(-2).map((m) => m.waarde as number);
  if (isOnderdrukt(a, indicator.eenheid, drempel) || isOnderdrukt(b, indicator.eenheid, drempel)) return '';
  const fmt = { decimalen: indicator.decimalen };
  // Equal as shown: "gestegen" between two figures that both read 15% would contradict the table.
  if (toonGetal(a, indicator.eenheid, 0, fmt) === toonGetal(b, indicator.eenheid, 0, fmt)) return 'Dat is gelijk aan de meting daarvoor.';
  const beter = indicator.richting === 'hoger' ? b > a : b < a;
  return `Dat is ${b > a ? 'hoger' : 'lager'} dan de meting daarvoor, ${beter ? 'de goede kant op' : 'de verkeerde kant op'}.`;
}

export interface TrendLijn {
  /** SVG path data through the published measurements; it breaks at a suppressed one. */
  pad: string;
  /** Suppressed measurements: a band from 0 to the threshold, never a point at the real height. */
  banden: { x: number; y: number; breedte: number; hoogte: number }[];
  breedte: number;
  hoogte: number;
  laatste?: { x: number; y: number };
  beschrijving: string;
}

/**
 * A tiny server-rendered trend line for the first indicator of a goal (no JS). Its scale comes
 * from published numbers only (published measurements, a published target, and 0 to the
 * threshold when a count is suppressed), so no coordinate depends on a suppressed value.
 */
export function trendlijn(doel: DoelView, monitor: Monitor): TrendLijn | undefined {
  const indicator = doel.indicatoren[0];
  if (!indicator) return undefined;
  const drempel = monitor.regio.kleineAantallen;
  const eenheid = indicator.eenheid;
  const gemeten = indicator.metingen.filter((m) => m.waarde !== null);
  if (gemeten.length < 2) return undefined;
  const punten = gemeten.map((m) => ({ kwartaal: m.kwartaal, waarde: m.waarde as number, klein: isOnderdrukt(m.waarde, eenheid, drempel) }));
  const breedte = 96;
  const hoogte = 28;
  const publiek = punten.filter((p) => !p.klein).map((p) => p.waarde);
  const schaal = [...(afgeschermd(indicator, drempel).streefwaarde ? [] : [indicator.streefwaarde]), ...(publiek.length < punten.length ? [0, drempel] : [])];
  // Public values only (and the threshold band when a value is hidden): the scale gives nothing away.
  const min = minOf(Infinity, [...publiek, ...schaal]);
  const max = maxOf(-Infinity, [...publiek, ...schaal]);
  const span = max - min || 1;
  const y = (v: number) => 2 + (1 - (v - min) / span) * (hoogte - 4);
  const eerste = kwartaalIndex(punten[0].kwartaal);
  const bereik = kwartaalIndex(punten[punten.length - 1].kwartaal) - eerste || 1;
  const stap = (breedte - 4) / bereik;
  const x = (kwartaal: string) => 2 + (kwartaalIndex(kwartaal) - eerste) * stap;
  const c = (v: number) => v.toFixed(1);
  const stukken: string[][] = [[]];
  const banden: TrendLijn['banden'] = [];
  for (const p of punten) {
    if (p.klein) {
      // At most half a quarter wide, so neighbouring bands stay apart.
      const bandBreedte = Math.min(6, stap / 2);
      const links = Math.min(Math.max(x(p.kwartaal) - bandBreedte / 2, 0), breedte - bandBreedte);
      banden.push({ x: Number(c(links)), y: Number(c(y(drempel))), breedte: Number(c(bandBreedte)), hoogte: Number(c(y(0) - y(drempel))) });
      stukken.push([]);
    } else {
      stukken[stukken.length - 1].push(`${c(x(p.kwartaal))},${c(y(p.waarde))}`);
    }
  }
  // A lone published point between suppressed ones is a dot: a zero-length segment with round caps.
  const pad = stukken.filter((s) => s.length > 0).map((s) => (s.length === 1 ? `M${s[0]} h0` : `M${s.join(' L')}`)).join(' ');
  const laatste = punten[punten.length - 1];
  return {
    pad,
    banden,
    breedte,
    hoogte,
    ...(laatste.klein ? {} : { laatste: { x: Number(c(x(laatste.kwartaal))), y: Number(c(y(laatste.waarde))) } }),
    beschrijving: `Verloop van ${indicator.naam} van het ${kwartaalTekst(punten[0].kwartaal)} tot het ${kwartaalTekst(laatste.kwartaal)}: van ${toonWaarde(punten[0].waarde, eenheid, drempel, { decimalen: indicator.decimalen })} naar ${toonWaarde(laatste.waarde, eenheid, drempel, { decimalen: indicator.decimalen })}.`,
  };
}
