// The words for the kinds of party (partijen.csv `soort`) and for the sectors, as a reader sees
// them on /partijen/. Statuses of a party are in status-vocabulaire.ts with the other statuses.
import type { PartijSoort, Sector } from './types.ts';

export interface SoortBetekenis {
  slug: PartijSoort;
  /** `schoolbestuur`. */
  enkelvoud: string;
  /** `schoolbesturen`: the heading of the group. */
  meervoud: string;
  /** The article of the singular: `het schoolbestuur`, `de gemeente`. */
  lidwoord: 'de' | 'het';
}

/** In the order of PARTIJ_SOORTEN: the order of the groups on /partijen/. */
export const PARTIJ_SOORTEN_BETEKENIS: readonly SoortBetekenis[] = Object.freeze([
  { slug: 'schoolbestuur', enkelvoud: 'schoolbestuur', meervoud: 'schoolbesturen', lidwoord: 'het' },
  { slug: 'mbo-instelling', enkelvoud: 'mbo-instelling', meervoud: 'mbo-instellingen', lidwoord: 'de' },
  { slug: 'lerarenopleiding', enkelvoud: 'lerarenopleiding', meervoud: 'lerarenopleidingen', lidwoord: 'de' },
  { slug: 'gemeente', enkelvoud: 'gemeente', meervoud: 'gemeenten', lidwoord: 'de' },
  { slug: 'beroepsgroep', enkelvoud: 'beroepsgroep', meervoud: 'beroepsgroepen', lidwoord: 'de' },
  { slug: 'kinderopvang', enkelvoud: 'kinderopvang', meervoud: 'kinderopvang', lidwoord: 'de' },
  { slug: 'overig', enkelvoud: 'andere partij', meervoud: 'andere partijen', lidwoord: 'de' },
] satisfies SoortBetekenis[]);

/** The sectors written out, in the order of SECTOREN. */
export const SECTOR_NAMEN: Readonly<Record<Sector, string>> = Object.freeze({
  po: 'primair onderwijs',
  so: 'speciaal onderwijs',
  vo: 'voortgezet onderwijs',
  vso: 'voortgezet speciaal onderwijs',
  mbo: 'mbo',
});
