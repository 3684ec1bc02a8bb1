// /verantwoording/, for the ministry: (1) each element the region's scheme requires a plan to
// cover, with the goals that cover it through their themes and their statuses; (2) every
// recommendation of the Realisatie-Eenheid with its follow-up, also those tied to no goal;
// (3) budget against spending per line and year.
import type { Monitor } from '../model.ts';
import type { AanbevelingStatus, Status } from '../types.ts';
import { REGELING_DECLARATIES, elementGeldt, type Element } from '../regelingen.ts';
import { themaLabel } from '../thema-vocabulaire.ts';
import { aanbevelingBetekenis } from '../status-vocabulaire.ts';
import { budgetData, type BudgetData } from './budget.ts';
import { aantalTekst, doelVanId } from './gedeeld.ts';

export type Gedekt = 'ja' | 'nee' | 'nvt';

export interface ElementDoel {
  id: string;
  titel: string;
  lijnTitel: string;
  status: Status;
}

export interface ElementBlok {
  /** The theme slug: `data-element` and the block's anchor. */
  thema: string;
  /** `Samen opleiden`. */
  titel: string;
  omschrijving: string;
  /** For a conditional element: when it applies. */
  wanneer?: string;
  gedekt: Gedekt;
  /** `gedekt`, `niet gedekt`, `niet van toepassing`. */
  dekking: string;
  /** One sentence: covered by which goals, not covered, or why it does not apply. */
  uitleg: string;
  /** The goals with the element's theme, in the order of doelen.csv. */
  doelen: ElementDoel[];
}

export interface AanbevelingRij {
  id: string;
  aanbeveling: string;
  opvolging?: string;
  status: AanbevelingStatus;
  /** The status as a word: `in uitvoering`. */
  statusTekst: string;
  doelen: { id: string; titel: string }[];
}

export interface VerantwoordingData {
  regioNaam: string;
  regeling: { naam: string; artikel: string };
  /** Required parts of the plan that are text and not goals. */
  planTekst: readonly string[];
  elementen: ElementBlok[];
  /** `12 van de 14 onderdelen die voor deze regio gelden, hebben een doel.` */
  samenvatting: string;
  nietGedekt: { thema: string; titel: string }[];
  aanbevelingen: AanbevelingRij[];
  budget: { regio: BudgetData; lijnen: { id: string; titel: string; budget: BudgetData }[] };
}

const DEKKING: Record<Gedekt, string> = { ja: 'gedekt', nee: 'niet gedekt', nvt: 'niet van toepassing' };

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function blok(monitor: Monitor, element: Element, themasInGebruik: ReadonlySet<string>): ElementBlok {
  const doelen = monitor.doelen
    .filter((d) => d.themas.includes(element.thema))
    .map((d) => ({ id: d.id, titel: d.titel, lijnTitel: d.lijnTitel, status: d.status.status }));
  const geldt = elementGeldt(element, monitor.regio.sectoren, themasInGebruik);
  const gedekt: Gedekt = !geldt ? 'nvt' : doelen.length > 0 ? 'ja' : 'nee';
  const uitleg = gedekt === 'ja'
    ? `${hoofdletter(aantalTekst(doelen.length, 'doel', 'doelen'))} met dit thema.`
    : gedekt === 'nee'
      ? 'Geen enkel doel heeft dit thema.'
      : element.voorwaarde.soort === 'als-de-regio-het-doet'
        ? 'Geen doel heeft dit thema, en het onderdeel is alleen nodig in de situatie hieronder.'
        : 'Het onderdeel geldt niet voor deze regio.';
  return {
    thema: element.thema,
    titel: hoofdletter(themaLabel(element.thema)),
    omschrijving: element.omschrijving,
    ...(element.wanneer ? { wanneer: element.wanneer } : {}),
    gedekt,
    dekking: DEKKING[gedekt],
    uitleg,
    doelen,
  };
}

export function verantwoordingData(monitor: Monitor): VerantwoordingData {
  const regeling = REGELING_DECLARATIES[monitor.regio.regeling];
  const themasInGebruik = new Set(monitor.doelen.flatMap((d) => d.themas));
  const elementen = regeling.elementen.map((e) => blok(monitor, e, themasInGebruik));
  const gelden = elementen.filter((e) => e.gedekt !== 'nvt');
  const gedekt = gelden.filter((e) => e.gedekt === 'ja').length;
  const aanbevelingen = monitor.data.aanbevelingen.map((a): AanbevelingRij => ({
    id: a.id,
    aanbeveling: a.aanbeveling,
    ...(a.opvolging ? { opvolging: a.opvolging } : {}),
    status: a.status,
    statusTekst: aanbevelingBetekenis(a.status).label,
    doelen: a.doelen.flatMap((id) => {
      const doel = doelVanId(monitor, id);
      return doel ? [{ id: doel.id, titel: doel.titel }] : [];
    }),
  }));
  return {
    regioNaam: monitor.regio.naam,
    regeling: { naam: regeling.naam, artikel: regeling.artikel },
    planTekst: regeling.planTekst,
    elementen,
    samenvatting: `${gedekt} van de ${aantalTekst(gelden.length, 'onderdeel', 'onderdelen')} die voor deze regio gelden, ${gelden.length === 1 ? 'heeft' : 'hebben'} minstens één doel.`,
    nietGedekt: elementen.filter((e) => e.gedekt === 'nee').map((e) => ({ thema: e.thema, titel: e.titel })),
    aanbevelingen,
    budget: {
      regio: budgetData(monitor),
      lijnen: monitor.lijnen.map((l) => ({ id: l.id, titel: l.titel, budget: budgetData(monitor, l.id) })),
    },
  };
}

