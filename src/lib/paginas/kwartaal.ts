// A quarterly report in PDCA order, per line. Everything is as of the report's quarter. An
// approved quarter with a snapshot (src/lib/snapshot.ts) shows the report as approved, with the
// differences from today's data; the goal pages keep showing today's data.
import { doelStatusIn, type KwartaalView, type Monitor } from '../model.ts';
import { kwartaalIndex, kwartaalSlug } from '../quarters.ts';
import { inKwartaal, kwartaalTekst, toonWaarde } from '../leestekst.ts';
import { formatDatum, formatWaarde } from '../format.ts';
import { verschillen, verschilTekst, type MomentopnameBestand, type RapportInhoud, type RapportLijn, type Verschil } from '../snapshot.ts';
import { wanneer } from './gedeeld.ts';

export type { RapportLijn } from '../snapshot.ts';

/** Whether an activity runs in quarter `k`: started by then and not yet ended (open ends run on). */
export function looptIn(a: { start?: string; eind?: string }, k: string): boolean {
  const i = kwartaalIndex(k);
  return (!a.start || kwartaalIndex(a.start) <= i) && (!a.eind || kwartaalIndex(a.eind) >= i);
}

/** When an indicator's shown value was measured, if not in the report's own quarter: ` (gemeten in het 2e kwartaal 2025)`, else nothing. */
export function gemetenTekst(meetkwartaal: string | null, rapportKwartaal: string): string {
  return meetkwartaal && meetkwartaal !== rapportKwartaal ? ` (gemeten ${inKwartaal(meetkwartaal)})` : '';
}

/** Where the build puts a snapshot's PDF in the site: `downloads/kwartaalrapportage-2025-q4.pdf` (`.v1` for an earlier version). */
export function rapportPdfPad(b: MomentopnameBestand): string {
  return `downloads/kwartaalrapportage-${kwartaalSlug(b.momentopname.kwartaal)}${b.huidig ? '' : `.v${b.momentopname.versie}`}.pdf`;
}

/** Where the build puts a snapshot's JSON in the site. */
export function momentopnameDownloadPad(b: MomentopnameBestand): string {
  return `downloads/momentopnamen/${b.file.split('/').pop()}`;
}

/** The report as today's data give it. */
export function actueelRapport(monitor: Monitor, kwartaal: string): RapportInhoud {
  const rapport = monitor.kwartalen.find((k) => k.kwartaal === kwartaal);
  if (!rapport) throw new Error(`kwartaalData: kwartaal ${kwartaal} is niet gepubliceerd`);
  const drempel = monitor.regio.kleineAantallen;
  const lijnen = monitor.lijnen.map((lijn): RapportLijn => {
    const doelen = monitor.doelen.filter((d) => d.lijn === lijn.id);
    const activiteiten = monitor.activiteiten.filter((a) => a.lijn === lijn.id && looptIn(a, kwartaal));
    const uitgegeven = lijn.uitgaven.find((u) => u.kwartaal === kwartaal);
    return {
      id: lijn.id,
      titel: lijn.titel,
      plan: {
        doelen: doelen.map((d) => ({ id: d.id, titel: d.titel })),
        activiteiten: activiteiten.map((a) => ({ id: a.id, wat: a.wat, ...(a.wie ? { wie: a.wie } : {}), wanneer: wanneer(a) })),
      },
      do: activiteiten.map((a) => {
        const v = a.voortgang.find((r) => r.kwartaal === kwartaal);
        return { id: a.id, wat: a.wat, status: v?.status ?? null, toelichting: v?.toelichting || null };
      }),
      check: doelen.map((d) => {
        const status = doelStatusIn(d, kwartaal);
        const eenheden = new Map(d.indicatoren.map((i) => [i.id, i]));
        return {
          id: d.id,
          titel: d.titel,
          status: status.status,
          uitleg: status.uitleg,
          indicatoren: status.indicatoren.map((s) => {
            const ind = eenheden.get(s.indicator)!;
            return {
              id: s.indicator,
              naam: ind.naam,
              status: s.status,
              uitleg: s.uitleg,
              waarde: s.laatste ? toonWaarde(s.laatste.waarde, ind.eenheid, drempel, { decimalen: ind.decimalen }) : null,
              meetkwartaal: s.laatste?.kwartaal ?? null,
            };
          }),
        };
      }),
      act: doelen.flatMap((d) => {
        const bijsturing = doelStatusIn(d, kwartaal).bijsturing;
        return bijsturing ? [{ id: d.id, titel: d.titel, bijsturing }] : [];
      }),
      uitgegeven: uitgegeven ? formatWaarde(uitgegeven.bedrag, 'euro') : null,
    };
  });
  return {
    kwartaal,
    titel: rapport.titel ?? `Kwartaalrapportage ${kwartaalTekst(rapport.kwartaal)}`,
    samenvatting: rapport.samenvatting,
    verhaal: rapport.verhaal,
    lijnen,
  };
}

export interface Bevriezing {
  versie: number;
  vastgesteld: string;
  /** `Vastgesteld op 20 januari 2026, herzien op 3 maart 2026: <reden>.` */
  tekst: string;
  /** Path in the site of this version's PDF, when there is one. */
  pdf?: string;
  json: string;
  /** Earlier versions, oldest first. */
  eerdere: { versie: number; tekst: string; pdf?: string; json: string }[];
  /** Where today's data differ from the approved report (the revision notice). */
  revisies: { verschil: Verschil; tekst: string }[];
}

export interface KwartaalData {
  rapport: KwartaalView;
  /** What the page shows: the snapshot when the quarter is frozen, else today's data. */
  inhoud: RapportInhoud;
  titel: string;
  /** `Vastgesteld door het bestuurlijk platform op 10 juli 2025.` or the concept notice. */
  vaststelling: string;
  lijnen: RapportLijn[];
  bevroren?: Bevriezing;
  /** The published reports before and after this one. */
  vorige?: { kwartaal: string; titel: string };
  volgende?: { kwartaal: string; titel: string };
}

/** The snapshot versions of one quarter, oldest first. */
export function versiesVan(monitor: Monitor, kwartaal: string): MomentopnameBestand[] {
  return monitor.data.momentopnamen.filter((b) => b.momentopname.kwartaal === kwartaal);
}

export function versieTekst(b: MomentopnameBestand): string {
  const m = b.momentopname;
  return m.herziening
    ? `Versie ${m.versie}, herzien op ${formatDatum(m.herziening.datum)}: ${m.herziening.reden}`
    : `Versie ${m.versie}, vastgesteld op ${formatDatum(m.vastgesteld)}`;
}

const rapportTitel = (k: KwartaalView) => k.titel ?? `Kwartaalrapportage ${kwartaalTekst(k.kwartaal)}`;

export function kwartaalData(monitor: Monitor, kwartaal: string): KwartaalData {
  const rapport = monitor.kwartalen.find((k) => k.kwartaal === kwartaal);
  if (!rapport) throw new Error(`kwartaalData: kwartaal ${kwartaal} is niet gepubliceerd`);
  const actueel = actueelRapport(monitor, kwartaal);
  const versies = versiesVan(monitor, kwartaal);
  const huidig = versies.find((v) => v.huidig);
  const inhoud = huidig?.momentopname.rapport ?? actueel;
  const positie = monitor.kwartalen.indexOf(rapport);
  const buur = (k: KwartaalView | undefined) => (k ? { kwartaal: k.kwartaal, titel: rapportTitel(k) } : undefined);
  const vorige = buur(monitor.kwartalen[positie - 1]);
  const volgende = buur(monitor.kwartalen[positie + 1]);
  const bevroren: Bevriezing | undefined = huidig && {
    versie: huidig.momentopname.versie,
    vastgesteld: huidig.momentopname.vastgesteld,
    tekst: versieTekst(huidig),
    ...(huidig.pdf ? { pdf: rapportPdfPad(huidig) } : {}),
    json: momentopnameDownloadPad(huidig),
    eerdere: versies.filter((v) => !v.huidig).map((v) => ({ versie: v.momentopname.versie, tekst: versieTekst(v), ...(v.pdf ? { pdf: rapportPdfPad(v) } : {}), json: momentopnameDownloadPad(v) })),
    revisies: verschillen(inhoud, actueel).map((verschil) => ({ verschil, tekst: verschilTekst(verschil) })),
  };
  return {
    rapport,
    inhoud,
    titel: inhoud.titel,
    vaststelling: rapport.vastgesteld ? `Vastgesteld door het bestuurlijk platform op ${formatDatum(huidig ? versies[0].momentopname.vastgesteld : rapport.vastgesteld)}.` : 'Concept: nog niet vastgesteld.',
    lijnen: inhoud.lijnen,
    ...(bevroren ? { bevroren } : {}),
    ...(vorige ? { vorige } : {}),
    ...(volgende ? { volgende } : {}),
  };
}

export interface Herziening {
  kwartaal: string;
  titel: string;
  versie: number;
  datum: string;
  reden: string;
  /** What the correction changed compared with the version before it. */
  wijzigingen: string[];
  pdf?: string;
  vorigePdf?: string;
}

/** Every approved correction of a frozen report, newest first: the corrections log. */
export function herzieningenData(monitor: Monitor): Herziening[] {
  const out: Herziening[] = [];
  for (const rapport of monitor.kwartalen) {
    const versies = versiesVan(monitor, rapport.kwartaal);
    for (let i = 1; i < versies.length; i++) {
      const { momentopname: m } = versies[i];
      const vorige = versies[i - 1];
      out.push({
        kwartaal: rapport.kwartaal,
        titel: m.rapport.titel,
        versie: m.versie,
        datum: m.herziening!.datum,
        reden: m.herziening!.reden,
        wijzigingen: verschillen(vorige.momentopname.rapport, m.rapport).map(verschilTekst),
        ...(versies[i].pdf ? { pdf: rapportPdfPad(versies[i]) } : {}),
        ...(vorige.pdf ? { vorigePdf: rapportPdfPad(vorige) } : {}),
      });
    }
  }
  return out.sort((a, b) => b.datum.localeCompare(a.datum) || kwartaalIndex(b.kwartaal) - kwartaalIndex(a.kwartaal));
}

/** Files the build copies from the region into the site: each snapshot's JSON and PDF. */
export function momentopnameDownloads(monitor: Monitor): { pad: string; bron: string }[] {
  const published = new Set(monitor.kwartalen.filter((k) => !k.concept).map((k) => k.kwartaal));
  return monitor.data.momentopnamen.filter((b) => published.has(b.momentopname.kwartaal)).flatMap((b) => [
    { pad: momentopnameDownloadPad(b), bron: b.file },
    ...(b.pdf ? [{ pad: rapportPdfPad(b), bron: b.pdf }] : []),
  ]);
}

export interface KwartaalKaart {
  kwartaal: string;
  titel: string;
  samenvatting: string;
  /** `Vastgesteld op 20 januari 2026` (with `, herzien op …` after a correction) or the concept notice. */
  status: string;
  pdf?: string;
}

/** The /kwartalen/ list: newest first, each with its approval date and frozen PDF. */
export function kwartalenOverzicht(monitor: Monitor): KwartaalKaart[] {
  return [...monitor.kwartalen].reverse().map((k) => {
    const versies = versiesVan(monitor, k.kwartaal);
    const huidig = versies.find((v) => v.huidig);
    const herzien = huidig?.momentopname.herziening;
    const eerste = versies[0]?.momentopname.vastgesteld ?? k.vastgesteld;
    return {
      kwartaal: k.kwartaal,
      titel: rapportTitel(k),
      samenvatting: k.samenvatting,
      status: eerste ? `Vastgesteld op ${formatDatum(eerste)}${herzien ? `, herzien op ${formatDatum(herzien.datum)}` : ''}` : 'CONCEPT – nog niet vastgesteld',
      ...(huidig?.pdf ? { pdf: rapportPdfPad(huidig) } : {}),
    };
  });
}
