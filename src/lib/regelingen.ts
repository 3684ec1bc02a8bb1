// What a plan van aanpak must cover under each subsidy scheme (regio.yaml `regeling`), declared
// once. Sources: the format of "Onderwijsregio's 2024" (art. 9, seed document 000) and of
// "Landelijk dekkend netwerk onderwijsregio's" (art. 8, seed document 001). The wording is ours.
// An element is covered through the themes of the region's goals (doelen.csv `themas`), so
// each element names the theme that covers it; the five domains the schemes name in one item
// are five elements, because a plan has to say something about each of them.
import type { Regeling, Sector } from './types.ts';
import type { Thema } from './thema-vocabulaire.ts';

/**
 * When an element applies:
 * - `altijd`: always;
 * - `sector`: only when the region has one of these sectors (regio.yaml `sectoren`);
 * - `sectorspecifiek`: only when the region does not span primary, secondary and mbo together;
 * - `als-de-regio-het-doet`: only in a situation the region's files cannot show (a substitute
 *   pool in 2024, a peer review due this year); it applies when a goal takes up the theme.
 */
export type Voorwaarde =
  | { soort: 'altijd' }
  | { soort: 'sector'; sectoren: readonly Sector[] }
  | { soort: 'sectorspecifiek' }
  | { soort: 'als-de-regio-het-doet' };

export interface Element {
  /** The theme whose goals cover the element; also its id on /verantwoording/. */
  thema: Thema;
  /** What the plan has to describe, in one B1 sentence. */
  omschrijving: string;
  voorwaarde: Voorwaarde;
  /** For a conditional element: when it applies, in words. */
  wanneer?: string;
}

export interface RegelingDeclaratie {
  slug: Regeling;
  /** The scheme's name as a reader knows it. */
  naam: string;
  /** The article that lists the required elements. */
  artikel: string;
  /** Required parts of the plan that are text, not goals (the description of the region, the project leader). */
  planTekst: readonly string[];
  elementen: readonly Element[];
}

const altijd = (thema: Thema, omschrijving: string): Element => ({ thema, omschrijving, voorwaarde: { soort: 'altijd' } });

/** What both schemes require in the same words: the five domains, samen opleiden, starters, monitoring, governance. */
const VIJF_DOMEINEN: Element[] = (['werven', 'matchen', 'opleiden', 'begeleiden', 'professionaliseren'] as const)
  .map((thema) => altijd(thema, `Activiteiten met doelen voor het ${thema} van onderwijspersoneel.`));
const SAMEN_OPLEIDEN = altijd('samen-opleiden', 'Hoe de regio werkt aan de ambitie om alle studenten en zij-instromers op te leiden in opleidingsscholen die werken volgens het kwaliteitskader Samen Opleiden en Inductie.');
const STARTERS = altijd('starters', 'Activiteiten om startende leraren en schoolleiders te begeleiden en verder te laten groeien.');
const MONITORING = altijd('monitoring', 'Hoe de regio volgt en vaststelt of de doelen gehaald worden.');
const GOVERNANCE = altijd('governance', 'Hoe de regio bestuurd en georganiseerd is.');

const SECTOROVERSTIJGEND_WANNEER = 'Alleen als de regio niet het primair onderwijs, het voortgezet onderwijs en het mbo samen omvat (een aanvraag voor een of twee sectoren).';

export const REGELING_DECLARATIES: Readonly<Record<Regeling, RegelingDeclaratie>> = {
  'onderwijsregio-2024': {
    slug: 'onderwijsregio-2024',
    naam: 'Onderwijsregio’s 2024',
    artikel: 'artikel 9',
    planTekst: [
      'Een beschrijving van de regio: de arbeidsmarkt in het onderwijs en de vragen die de partijen samen aanpakken.',
      'De aanstelling van een projectleider die het plan uitvoert.',
    ],
    elementen: [
      ...VIJF_DOMEINEN,
      SAMEN_OPLEIDEN,
      STARTERS,
      altijd('aansluiting', 'Hoe de partijen zorgen dat alle besturen en lerarenopleidingen in de regio aansluiten.'),
      MONITORING,
      altijd('loket', 'Hoe de regio een loket inricht dat mensen informeert over werken in het onderwijs en hen zo nodig naar een route naar een baan verwijst.'),
      GOVERNANCE,
      { thema: 'invalpool', omschrijving: 'De activiteiten om een invalpool op te zetten en in stand te houden.', voorwaarde: { soort: 'als-de-regio-het-doet' }, wanneer: 'Alleen als de regio een invalpool heeft.' },
      { thema: 'sectoroverstijgend', omschrijving: 'Activiteiten om door te groeien naar een onderwijsregio voor meer sectoren.', voorwaarde: { soort: 'sectorspecifiek' }, wanneer: SECTOROVERSTIJGEND_WANNEER },
    ],
  },
  'landelijk-dekkend-netwerk-2025': {
    slug: 'landelijk-dekkend-netwerk-2025',
    naam: 'Landelijk dekkend netwerk onderwijsregio’s',
    artikel: 'artikel 8',
    planTekst: [
      'De ambities van de regio, op basis van cijfers en andere kennis over de arbeidsmarkt in het onderwijs, en de vragen die de partijen samen aanpakken.',
      'De aanstelling en de taken van een projectleider die het plan uitvoert.',
    ],
    elementen: [
      ...VIJF_DOMEINEN,
      SAMEN_OPLEIDEN,
      STARTERS,
      altijd('invalpool', 'Activiteiten om onderwijspersoneel bij meer besturen in te zetten, zoals een invalpool opzetten en in stand houden.'),
      altijd('aansluiting', 'Hoe de partijen zorgen dat alle besturen en lerarenopleidingen bij de regio aansluiten.'),
      MONITORING,
      altijd('loket', 'Hoe de regio een loket inricht of verder ontwikkelt voor de hele weg van onderwijspersoneel: werven, matchen, opleiden, begeleiden en professionaliseren.'),
      GOVERNANCE,
      { thema: 'sectoroverstijgend', omschrijving: 'Activiteiten om verder te groeien naar een onderwijsregio voor meer sectoren.', voorwaarde: { soort: 'sectorspecifiek' }, wanneer: SECTOROVERSTIJGEND_WANNEER },
      {
        thema: 'peer-review',
        omschrijving: 'Hoe de regio de ontwikkelingsgerichte peer review organiseert, en hoe aspirant-opleidingsscholen meedoen aan de beoordelingsgerichte peer review.',
        voorwaarde: { soort: 'als-de-regio-het-doet' },
        wanneer: 'Alleen voor opleidingsscholen die in 2025 een ontwikkelingsgerichte peer review hebben, en voor aspirant-opleidingsscholen die in 2021 begonnen of in 2023 onvoldoende beoordeeld zijn.',
      },
      { thema: 'speciaal-onderwijs', omschrijving: 'Activiteiten voor het speciaal en voortgezet speciaal onderwijs.', voorwaarde: { soort: 'sector', sectoren: ['po'] }, wanneer: 'Alleen voor een regio met primair onderwijs.' },
      { thema: 'tekortvakken', omschrijving: 'Activiteiten voor de tekortvakken in het voortgezet onderwijs.', voorwaarde: { soort: 'sector', sectoren: ['vo'] }, wanneer: 'Alleen voor een regio met voortgezet onderwijs.' },
    ],
  },
};

/** Sector groups: a region that spans all three is not sector-specific. (V)so counts with its age group. */
const SECTORGROEPEN: readonly (readonly Sector[])[] = [['po', 'so'], ['vo', 'vso'], ['mbo']];

export function isSectorspecifiek(sectoren: readonly Sector[]): boolean {
  return SECTORGROEPEN.some((groep) => !groep.some((s) => sectoren.includes(s)));
}

/**
 * Whether an element applies to a region. `themasInGebruik`: the themes the region's goals
 * carry (an element the files cannot decide applies when the region takes it up).
 */
export function elementGeldt(element: Element, sectoren: readonly Sector[], themasInGebruik: ReadonlySet<string>): boolean {
  const v = element.voorwaarde;
  switch (v.soort) {
    case 'altijd': return true;
    case 'sector': return v.sectoren.some((s) => sectoren.includes(s));
    case 'sectorspecifiek': return isSectorspecifiek(sectoren);
    case 'als-de-regio-het-doet': return themasInGebruik.has(element.thema);
  }
}
