// The national overview's model, from the regions' exports. Every figure of a region is taken
// from its own export as its site computed it (statuses per quarter, coverage of the scheme,
// budget totals): this module only counts and groups, it never judges a region by rules of
// its own. Two sources for the same region are an error naming both.
import { toSlug } from '../cells.ts';
import { kwartaalVanDatum, vergelijkKwartaal, vorigKwartaal } from '../quarters.ts';
import { REGELING_DECLARATIES } from '../regelingen.ts';
import { SECTOR_NAMEN } from '../partij-vocabulaire.ts';
import { DOEL_STATUSSEN } from '../status-vocabulaire.ts';
import { themaLabel } from '../thema-vocabulaire.ts';
import type { Regeling, Sector, Status } from '../types.ts';
import type { MonitorExport } from '../open-data/schema.ts';
import { foutRegel, type BronResultaat, type Ingelezen, type NietIngelezen } from './bronnen.ts';

export const STATUS_VOLGORDE: readonly Status[] = DOEL_STATUSSEN.map((s) => s.slug);
export type Telling = Record<Status, number>;

export const legeTelling = (): Telling => Object.fromEntries(STATUS_VOLGORDE.map((s) => [s, 0])) as Telling;
const tel = (statussen: Iterable<Status>, telling = legeTelling()): Telling => {
  for (const s of statussen) telling[s] += 1;
  return telling;
};
const optellen = (a: Telling, b: Telling) => STATUS_VOLGORDE.forEach((s) => (a[s] += b[s]));

/** A region's id on the overview: the slug of its short name (which the export always has). */
export const regioId = (regio: { naam: string; kortenaam: string | null }) => toSlug(regio.kortenaam || regio.naam);

export interface DoelRegel {
  id: string;
  titel: string;
  soort: string;
  themas: string[];
  status: Status;
  statusLabel: string;
  uitleg: string;
  toelichting: string | null;
  bijsturing: string | null;
  /** The goal's page on the region's site, when its address is known. */
  link?: string;
}

export interface LijnRegel {
  id: string;
  titel: string;
  /** `overkoepelend`, `inhoudelijk`, or null when the region names no kind. */
  soort: string | null;
  samenvatting: string;
  doelen: DoelRegel[];
  telling: Telling;
}

export interface ElementRegel {
  thema: string;
  titel: string;
  gedekt: 'ja' | 'nee' | 'nvt';
  doelen: string[];
  /** The current statuses of those goals. */
  telling: Telling;
}

export interface RegioOverzicht {
  id: string;
  naam: string;
  kortenaam: string;
  sectoren: string[];
  /** `vo en mbo`. */
  sectorTekst: string;
  regeling: { slug: string; naam: string };
  bron: string;
  adres: string;
  schemaversie: number;
  /** The region's site, ending in `/`, when known (regio.yaml `site`, or the address it was read from). */
  site?: string;
  huidigKwartaal: string;
  huidigVastgesteld: string | null;
  /** The latest approved quarter and its date. */
  laatsteKwartaal: string | null;
  laatsteVastgesteld: string | null;
  /** The last quarter that has ended (as of the build date) has no approved report yet. */
  achterstand: boolean;
  aantalDoelen: number;
  /** Goals per status in the current quarter, as the region's site counts them. */
  telling: Telling;
  lijnen: LijnRegel[];
  elementen: ElementRegel[];
  nietGedekt: { thema: string; titel: string }[];
  budget: MonitorExport['verantwoording']['budget'];
  /** Goals per status in every approved quarter. */
  perKwartaal: Map<string, Telling>;
  data: MonitorExport;
}

export interface ThemaRegel {
  thema: string;
  titel: string;
  /** Is it a required element of a scheme? */
  isElement: boolean;
  regios: { id: string; naam: string; aantalDoelen: number; telling: Telling; gedekt?: 'ja' | 'nee' | 'nvt' }[];
  telling: Telling;
}

export interface LandelijkOverzicht {
  /** The build date (JJJJ-MM-DD) and the last quarter that has ended then. */
  vandaag: string;
  laatsteAfgesloten: string;
  regios: RegioOverzicht[];
  nietIngelezen: NietIngelezen[];
  /** The Dutch lines the command prints, one per source not read. */
  fouten: string[];
  /** National summary: goals per status in each region's current quarter. */
  telling: Telling;
  aantalDoelen: number;
  perLijnsoort: { soort: string; label: string; telling: Telling; aantalDoelen: number }[];
  themas: ThemaRegel[];
  /** Per approved quarter: the regions reporting it and their goals per status. */
  kwartalen: { kwartaal: string; regios: number; telling: Telling }[];
}

const SOORT_LABEL: Record<string, string> = { overkoepelend: 'overkoepelende lijnen', inhoudelijk: 'inhoudelijke lijnen', geen: 'lijnen zonder soort' };

function opsomming(woorden: string[]): string {
  return woorden.length <= 1 ? (woorden[0] ?? '') : `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}`;
}

function siteVan(r: Ingelezen): string | undefined {
  const site = r.data.regio.site ?? r.siteVanBron;
  return site ? site.replace(/\/?$/, '/') : undefined;
}

/** The address of a page on the region's site. */
export const regioLink = (site: string | undefined, pad: string) => (site ? new URL(pad, site).href : undefined);

function regioOverzicht(r: Ingelezen, laatsteAfgesloten: string): RegioOverzicht {
  const d = r.data;
  const huidig = d.regio.huidig_kwartaal;
  const site = siteVan(r);
  const statusNu = new Map(d.doelstatussen.filter((s) => s.kwartaal === huidig).map((s) => [s.doel, s]));
  const perKwartaal = new Map<string, Telling>();
  for (const s of d.doelstatussen) {
    const t = perKwartaal.get(s.kwartaal) ?? legeTelling();
    t[s.status as Status] += 1;
    perKwartaal.set(s.kwartaal, t);
  }
  const doelen: (DoelRegel & { lijn: string })[] = d.doelen.flatMap((doel) => {
    const s = statusNu.get(doel.id);
    if (!s) return [];
    return [{
      id: doel.id, lijn: doel.lijn, titel: doel.titel, soort: doel.soort, themas: doel.themas ?? [],
      status: s.status as Status, statusLabel: s.status_label, uitleg: s.uitleg, toelichting: s.toelichting, bijsturing: s.bijsturing,
      ...(site ? { link: regioLink(site, `doelen/${doel.id}/`)! } : {}),
    }];
  });
  const lijnen = [...d.lijnen].sort((a, b) => a.volgorde - b.volgorde).map((l): LijnRegel => {
    const eigen = doelen.filter((g) => g.lijn === l.id).map(({ lijn: _lijn, ...g }) => g);
    return { id: l.id, titel: l.titel, soort: l.soort, samenvatting: l.samenvatting, doelen: eigen, telling: tel(eigen.map((g) => g.status)) };
  });
  const kwartalen = [...d.kwartalen].filter((k) => k.vastgesteld).sort((a, b) => vergelijkKwartaal(a.kwartaal, b.kwartaal));
  const laatste = kwartalen.at(-1);
  const elementen = d.verantwoording.elementen.map((e): ElementRegel => ({
    ...e, telling: tel(e.doelen.flatMap((id) => { const s = statusNu.get(id); return s ? [s.status as Status] : []; })),
  }));
  return {
    id: regioId(d.regio),
    naam: d.regio.naam,
    kortenaam: d.regio.kortenaam,
    sectoren: d.regio.sectoren,
    sectorTekst: opsomming(d.regio.sectoren.map((s) => SECTOR_NAMEN[s as Sector] ?? s)),
    regeling: { slug: d.regio.regeling, naam: REGELING_DECLARATIES[d.regio.regeling as Regeling]?.naam ?? d.regio.regeling },
    bron: r.bron,
    adres: r.adres,
    schemaversie: r.versie,
    ...(site ? { site } : {}),
    huidigKwartaal: huidig,
    huidigVastgesteld: kwartalen.find((k) => k.kwartaal === huidig)?.vastgesteld ?? null,
    laatsteKwartaal: laatste?.kwartaal ?? null,
    laatsteVastgesteld: laatste?.vastgesteld ?? null,
    achterstand: !laatste || vergelijkKwartaal(laatste.kwartaal, laatsteAfgesloten) < 0,
    aantalDoelen: doelen.length,
    telling: tel(doelen.map((g) => g.status)),
    lijnen,
    elementen,
    nietGedekt: elementen.filter((e) => e.gedekt === 'nee').map((e) => ({ thema: e.thema, titel: e.titel })),
    budget: d.verantwoording.budget,
    perKwartaal,
    data: d,
  };
}

function themaRegels(regios: RegioOverzicht[]): ThemaRegel[] {
  const elementThemas = new Set(Object.values(REGELING_DECLARATIES).flatMap((r) => r.elementen.map((e) => e.thema as string)));
  const themas = new Map<string, ThemaRegel>();
  const regel = (thema: string) => {
    let t = themas.get(thema);
    if (!t) {
      t = { thema, titel: themaLabel(thema), isElement: elementThemas.has(thema), regios: [], telling: legeTelling() };
      themas.set(thema, t);
    }
    return t;
  };
  for (const r of regios) {
    const doelen = r.lijnen.flatMap((l) => l.doelen);
    const perThema = new Map<string, DoelRegel[]>();
    for (const g of doelen) for (const th of g.themas) perThema.set(th, [...(perThema.get(th) ?? []), g]);
    const gedekt = new Map(r.elementen.map((e) => [e.thema, e.gedekt]));
    for (const th of new Set([...perThema.keys(), ...gedekt.keys()])) {
      const eigen = perThema.get(th) ?? [];
      const telling = tel(eigen.map((g) => g.status));
      const t = regel(th);
      t.regios.push({ id: r.id, naam: r.naam, aantalDoelen: eigen.length, telling, ...(gedekt.has(th) ? { gedekt: gedekt.get(th)! } : {}) });
      optellen(t.telling, telling);
    }
  }
  // Required elements first (in the order of the schemes), then the other themes by name.
  const volgorde = [...elementThemas];
  return [...themas.values()].sort((a, b) => {
    const ia = volgorde.indexOf(a.thema);
    const ib = volgorde.indexOf(b.thema);
    if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a.titel.localeCompare(b.titel, 'nl');
    return a.titel.localeCompare(b.titel, 'nl');
  });
}

/** The overview from the read sources, as of `vandaag` (JJJJ-MM-DD). */
export function landelijkOverzicht(resultaten: readonly BronResultaat[], vandaag: string): LandelijkOverzicht {
  const laatsteAfgesloten = vorigKwartaal(kwartaalVanDatum(vandaag));
  const nietIngelezen: NietIngelezen[] = resultaten.filter((r): r is NietIngelezen => !r.ok);
  const gelezen = resultaten.filter((r): r is Ingelezen => r.ok);
  const perId = new Map<string, Ingelezen[]>();
  for (const r of gelezen) {
    const id = regioId(r.data.regio);
    perId.set(id, [...(perId.get(id) ?? []), r]);
  }
  const regios: RegioOverzicht[] = [];
  for (const [id, bronnen] of perId) {
    if (bronnen.length === 1) {
      regios.push(regioOverzicht(bronnen[0], laatsteAfgesloten));
      continue;
    }
    // Which of them is right only the collector can tell: none is shown.
    for (const b of bronnen) {
      const anderen = bronnen.filter((o) => o !== b).map((o) => o.adres);
      nietIngelezen.push({ ok: false, bron: b.bron, adres: b.adres, pad: '$.regio.kortenaam', reden: `dezelfde regio ("${id}") als ${opsomming(anderen)}; geef elke regio één keer op` });
    }
  }
  regios.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const volgorde = new Map(resultaten.map((r, i) => [r, i]));
  nietIngelezen.sort((a, b) => volgorde.get(a)! - volgorde.get(b)!);

  const telling = legeTelling();
  const perSoort = new Map<string, { telling: Telling; aantalDoelen: number }>();
  const perKwartaal = new Map<string, { regios: number; telling: Telling }>();
  for (const r of regios) {
    optellen(telling, r.telling);
    for (const l of r.lijnen) {
      const soort = l.soort ?? 'geen';
      const s = perSoort.get(soort) ?? { telling: legeTelling(), aantalDoelen: 0 };
      optellen(s.telling, l.telling);
      s.aantalDoelen += l.doelen.length;
      perSoort.set(soort, s);
    }
    for (const [kwartaal, t] of r.perKwartaal) {
      const k = perKwartaal.get(kwartaal) ?? { regios: 0, telling: legeTelling() };
      k.regios += 1;
      optellen(k.telling, t);
      perKwartaal.set(kwartaal, k);
    }
  }
  return {
    vandaag,
    laatsteAfgesloten,
    regios,
    nietIngelezen,
    fouten: nietIngelezen.map(foutRegel),
    telling,
    aantalDoelen: regios.reduce((n, r) => n + r.aantalDoelen, 0),
    perLijnsoort: ['overkoepelend', 'inhoudelijk', 'geen'].filter((s) => perSoort.has(s)).map((soort) => ({ soort, label: SOORT_LABEL[soort], ...perSoort.get(soort)! })),
    themas: themaRegels(regios),
    kwartalen: [...perKwartaal].sort(([a], [b]) => vergelijkKwartaal(a, b)).map(([kwartaal, k]) => ({ kwartaal, ...k })),
  };
}
