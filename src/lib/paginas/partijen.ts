// /partijen/: every party of the region by kind, with sector, status and since when, and how
// many school boards and teacher-training institutes have joined against the scheme's aim
// that all of them join (both schemes: "alle besturen en lerarenopleidingen").
import type { Monitor } from '../model.ts';
import type { Partij, PartijSoort, PartijStatus, Peildatum } from '../types.ts';
import { PARTIJ_SOORTEN_BETEKENIS, SECTOR_NAMEN } from '../partij-vocabulaire.ts';
import { partijStatusBetekenis } from '../status-vocabulaire.ts';
import { formatDatum } from '../format.ts';
import { kwartaalLang } from '../quarters.ts';
import { aantalTekst } from './gedeeld.ts';

export interface PartijRij {
  naam: string;
  /** `vo, mbo`; empty when the file names none. */
  sectoren: string;
  status: PartijStatus;
  /** The status as a word: `in gesprek`. */
  statusTekst: string;
  /** `15 januari 2024`, `2024`, `1e kwartaal 2024`; absent when not known. */
  sinds?: string;
  partnerschap?: string;
}

export interface PartijGroep {
  soort: PartijSoort;
  /** `Schoolbesturen`. */
  titel: string;
  /** `10 van de 11 aangesloten`. */
  samenvatting: string;
  partijen: PartijRij[];
}

/** How many of one kind the scheme wants joined have joined. */
export interface Aansluiting {
  soort: PartijSoort;
  /** `schoolbesturen`. */
  naam: string;
  aangesloten: number;
  totaal: number;
  /** `91%`. */
  deel: string;
  /** `10 van de 11 schoolbesturen zijn aangesloten.` */
  zin: string;
  /** `schoolbesturen aangesloten`: what the figure counts. */
  wat: string;
  /** Against the scheme's aim: `Dat is 91%. De regeling vraagt 100%. Nog niet aangesloten: 1 (in gesprek: 1).` */
  tegenDoel: string;
  /** Every one of them joined: the scheme's aim is met for this kind. */
  allemaal: boolean;
}

export interface PartijenData {
  regioNaam: string;
  aantal: number;
  groepen: PartijGroep[];
  /** School boards, mbo institutions and teacher-training institutes, when the list has any. */
  aansluiting: Aansluiting[];
  /** The sector abbreviations used on the page, written out. */
  sectorUitleg: { afkorting: string; naam: string }[];
}

/** The kinds the scheme wants all of to join: the school boards (mbo institutions are boards too) and the teacher-training institutes. */
const ALLE_AANSLUITEN: readonly PartijSoort[] = ['schoolbestuur', 'mbo-instelling', 'lerarenopleiding'];

export function sindsTekst(p: Peildatum): string {
  if (p.soort === 'jaar') return String(p.waarde);
  if (p.soort === 'kwartaal') return kwartaalLang(p.waarde);
  return formatDatum(p.waarde);
}

const procent = (deel: number, geheel: number) => `${Math.round((deel / geheel) * 100)}%`;
const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function rij(p: Partij): PartijRij {
  return {
    naam: p.naam,
    sectoren: p.sectoren.join(', '),
    status: p.status,
    statusTekst: partijStatusBetekenis(p.status).label,
    ...(p.sinds ? { sinds: sindsTekst(p.sinds) } : {}),
    ...(p.partnerschap ? { partnerschap: p.partnerschap } : {}),
  };
}

export function partijenData(monitor: Monitor): PartijenData {
  const partijen = monitor.data.partijen;
  const groepen: PartijGroep[] = [];
  const aansluiting: Aansluiting[] = [];
  for (const soort of PARTIJ_SOORTEN_BETEKENIS) {
    const eigen = partijen.filter((p) => p.soort === soort.slug);
    if (eigen.length === 0) continue;
    const aangesloten = eigen.filter((p) => p.status === 'aangesloten').length;
    groepen.push({
      soort: soort.slug,
      titel: hoofdletter(soort.meervoud),
      samenvatting: `${aangesloten} van de ${eigen.length} aangesloten`,
      // Joined first, then in talks, then not joined; by name within each (Dutch order).
      partijen: [...eigen]
        .sort((a, b) => partijStatusBetekenis(a.status).rang - partijStatusBetekenis(b.status).rang || a.naam.localeCompare(b.naam, 'nl'))
        .map(rij),
    });
    if (ALLE_AANSLUITEN.includes(soort.slug)) {
      const naam = eigen.length === 1 ? soort.enkelvoud : soort.meervoud;
      const inGesprek = eigen.filter((p) => p.status === 'in-gesprek').length;
      aansluiting.push({
        soort: soort.slug,
        naam,
        aangesloten,
        totaal: eigen.length,
        deel: procent(aangesloten, eigen.length),
        zin: eigen.length === 1
          ? `${hoofdletter(soort.lidwoord)} ${soort.enkelvoud} in de lijst is ${aangesloten === 1 ? '' : 'nog niet '}aangesloten.`
          : `${aangesloten} van de ${eigen.length} ${soort.meervoud} in de lijst ${aangesloten === 1 ? 'is' : 'zijn'} aangesloten.`,
        allemaal: aangesloten === eigen.length,
        wat: `${naam} aangesloten`,
        tegenDoel: aangesloten === eigen.length
          ? 'Het doel van de regeling is gehaald: iedereen doet mee.'
          : `Dat is ${procent(aangesloten, eigen.length)}. De regeling vraagt 100%. Nog niet aangesloten: ${eigen.length - aangesloten}${inGesprek ? ` (in gesprek: ${inGesprek})` : ''}.`,
      });
    }
  }
  const gebruikt = new Set(partijen.flatMap((p) => p.sectoren));
  return {
    regioNaam: monitor.regio.naam,
    aantal: partijen.length,
    groepen,
    aansluiting,
    sectorUitleg: (Object.keys(SECTOR_NAMEN) as (keyof typeof SECTOR_NAMEN)[]).filter((s) => gebruikt.has(s) && s !== 'mbo').map((s) => ({ afkorting: s, naam: SECTOR_NAMEN[s] })),
  };
}

/** `24 partijen`. */
export const partijenTekst = (aantal: number) => aantalTekst(aantal, 'partij', 'partijen');
