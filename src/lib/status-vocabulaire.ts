// The status vocabularies: one table per kind of status, and nothing else holds a status's
// order, word or meaning. The engine (status.ts), the pages, the filters, /methode/,
// the icon sprite and docs/status.md all read these tables (a test keeps the docs in sync).
import type { AanbevelingStatus, Nalevingsstatus, PartijStatus, Status, VoortgangStatus } from './types.ts';

export interface Betekenis<S extends string> {
  slug: S;
  /** Position in the table: 0 first. The table's order is the one order of its statuses. */
  rang: number;
  /** The word a reader sees. */
  label: string;
  /** One B1 sentence: what the status means. */
  omschrijving: string;
}

export interface DoelStatusBetekenis extends Betekenis<Status> {
  /** The symbol id in the sprite /status-iconen.svg (src/components/status-iconen.ts). */
  icoon: string;
  /** False for a status only a goal can get; an indicator never has it. */
  voorIndicator: boolean;
}

type Rij<B> = Omit<B, 'rang'>;

function tabel<S extends string, B extends Betekenis<S>>(rijen: readonly Rij<B>[]): readonly B[] {
  return Object.freeze(rijen.map((rij, rang) => Object.freeze({ ...rij, rang }) as B));
}

/** Compile-time guard: every slug of the type has a row (the table is a list, not a record). */
type Ontbrekend<S extends string, R extends readonly { slug: string }[]> = Exclude<S, R[number]['slug']>;
function volledig<S extends string>() {
  return <const R extends readonly { slug: S }[]>(rijen: R & ([Ontbrekend<S, R>] extends [never] ? unknown : { ontbreekt: Ontbrekend<S, R> })) => rijen;
}

/**
 * Goal and indicator statuses, worst first (PRODUCT.md "Status"): a goal gets the worst of its
 * indicators. niet beoordeeld (a merkbaar goal without the region's judgement) is never an
 * indicator's status; among goals it sorts with the statuses that say "we do not know yet",
 * after geen meting and before the good ones.
 */
export const DOEL_STATUSSEN: readonly DoelStatusBetekenis[] = tabel<Status, DoelStatusBetekenis>(volledig<Status>()([
  { slug: 'achter', label: 'achter', icoon: 'achter', voorIndicator: true, omschrijving: 'De laatste meting ligt verder achter op het traject dan de marge die de regio aanhoudt.' },
  { slug: 'aandacht', label: 'aandacht', icoon: 'aandacht', voorIndicator: true, omschrijving: 'De laatste meting ligt iets achter op het traject, binnen de marge die de regio aanhoudt.' },
  { slug: 'geen-actuele-meting', label: 'geen actuele meting', icoon: 'geen-actuele-meting', voorIndicator: true, omschrijving: 'De laatste meting is ouder dan het vorige kwartaal, dus we weten niet hoe het nu staat.' },
  { slug: 'geen-meting', label: 'geen meting', icoon: 'geen-meting', voorIndicator: true, omschrijving: 'Er is nog geen meting, dus we kunnen nog niet zeggen hoe het staat.' },
  { slug: 'niet-beoordeeld', label: 'niet beoordeeld', icoon: 'niet-beoordeeld', voorIndicator: false, omschrijving: 'Dit doel is niet in cijfers te meten en de regio heeft het voor dit kwartaal nog niet beoordeeld.' },
  { slug: 'op-koers', label: 'op koers', icoon: 'op-koers', voorIndicator: true, omschrijving: 'De laatste meting ligt op of voor het traject van nulmeting naar streefwaarde.' },
  { slug: 'behaald', label: 'behaald', icoon: 'behaald', voorIndicator: true, omschrijving: 'De laatste meting heeft de streefwaarde bereikt.' },
] as const));

/** Activity progress (voortgang.csv), in the order docs/gegevens.md lists them. */
export const VOORTGANG_STATUSSEN_BETEKENIS: readonly Betekenis<VoortgangStatus>[] = tabel<VoortgangStatus, Betekenis<VoortgangStatus>>(volledig<VoortgangStatus>()([
  { slug: 'gepland', label: 'gepland', omschrijving: 'De activiteit is gepland, maar nog niet begonnen.' },
  { slug: 'lopend', label: 'lopend', omschrijving: 'De activiteit is bezig, volgens plan.' },
  { slug: 'afgerond', label: 'afgerond', omschrijving: 'De activiteit is klaar.' },
  { slug: 'vertraagd', label: 'vertraagd', omschrijving: 'De activiteit is bezig, maar loopt achter op het plan.' },
  { slug: 'gestopt', label: 'gestopt', omschrijving: 'De regio is met de activiteit gestopt voordat die klaar was.' },
] as const));

/** Follow-up of a recommendation (aanbevelingen.csv), from not started to done. */
export const AANBEVELING_STATUSSEN_BETEKENIS: readonly Betekenis<AanbevelingStatus>[] = tabel<AanbevelingStatus, Betekenis<AanbevelingStatus>>(volledig<AanbevelingStatus>()([
  { slug: 'open', label: 'open', omschrijving: 'De regio heeft nog niets met de aanbeveling gedaan.' },
  { slug: 'in-uitvoering', label: 'in uitvoering', omschrijving: 'De regio werkt aan de opvolging van de aanbeveling.' },
  { slug: 'afgerond', label: 'afgerond', omschrijving: 'De regio heeft de aanbeveling opgevolgd.' },
] as const));

/** Whether a party joined the region (partijen.csv), from joined to not joined. */
export const PARTIJ_STATUSSEN_BETEKENIS: readonly Betekenis<PartijStatus>[] = tabel<PartijStatus, Betekenis<PartijStatus>>(volledig<PartijStatus>()([
  { slug: 'aangesloten', label: 'aangesloten', omschrijving: 'De partij doet mee met de onderwijsregio.' },
  { slug: 'in-gesprek', label: 'in gesprek', omschrijving: 'De partij doet nog niet mee; de regio is met haar in gesprek.' },
  { slug: 'niet-aangesloten', label: 'niet aangesloten', omschrijving: 'De partij doet niet mee met de onderwijsregio.' },
] as const));

/** Nalevingsstatus of a toegankelijkheidsverklaring (CONVENTIONS.md), A best to E worst. */
export const NALEVINGSSTATUSSEN_BETEKENIS: readonly Betekenis<Nalevingsstatus>[] = tabel<Nalevingsstatus, Betekenis<Nalevingsstatus>>(volledig<Nalevingsstatus>()([
  { slug: 'A', label: 'voldoet volledig', omschrijving: 'De site voldoet aan alle eisen, volgens een onderzoek van hoogstens drie jaar oud.' },
  { slug: 'B', label: 'voldoet gedeeltelijk', omschrijving: 'De site voldoet aan een deel van de eisen, volgens een onderzoek van hoogstens drie jaar oud.' },
  { slug: 'C', label: 'eerste maatregelen genomen', omschrijving: 'De regio heeft de eerste maatregelen genomen om aan de eisen te voldoen.' },
  { slug: 'D', label: 'geen maatregelen genomen', omschrijving: 'De regio heeft nog geen maatregelen genomen om aan de eisen te voldoen.' },
  { slug: 'E', label: 'voldoet niet', omschrijving: 'De site voldoet niet aan de eisen, of er is geen verklaring.' },
] as const));

function perSlug<S extends string, B extends Betekenis<S>>(rijen: readonly B[]): (slug: S) => B {
  const index = new Map(rijen.map((b) => [b.slug, b]));
  return (slug) => {
    const b = index.get(slug);
    if (!b) throw new Error(`onbekende status "${slug}"`);
    return b;
  };
}

export const doelStatusBetekenis = perSlug<Status, DoelStatusBetekenis>(DOEL_STATUSSEN);
export const voortgangBetekenis = perSlug<VoortgangStatus, Betekenis<VoortgangStatus>>(VOORTGANG_STATUSSEN_BETEKENIS);
export const aanbevelingBetekenis = perSlug<AanbevelingStatus, Betekenis<AanbevelingStatus>>(AANBEVELING_STATUSSEN_BETEKENIS);
export const partijStatusBetekenis = perSlug<PartijStatus, Betekenis<PartijStatus>>(PARTIJ_STATUSSEN_BETEKENIS);
export const nalevingBetekenis = perSlug<Nalevingsstatus, Betekenis<Nalevingsstatus>>(NALEVINGSSTATUSSEN_BETEKENIS);

export const statusLabel = (status: Status): string => doelStatusBetekenis(status).label;

/** Statuses in the table's order (worst first), each once. */
export function opVolgorde(statussen: Iterable<Status>): Status[] {
  const aanwezig = new Set(statussen);
  return DOEL_STATUSSEN.filter((b) => aanwezig.has(b.slug)).map((b) => b.slug);
}

/** Counts per status in the table's order, skipping zeros. */
export function telling(statussen: Iterable<Status>): { status: Status; aantal: number }[] {
  const aantallen = new Map<Status, number>();
  for (const s of statussen) aantallen.set(s, (aantallen.get(s) ?? 0) + 1);
  return opVolgorde(aantallen.keys()).map((status) => ({ status, aantal: aantallen.get(status)! }));
}

/** The order in which a goal takes the worst of its indicators, as words: "achter, aandacht, …". */
export function indicatorVolgordeTekst(): string {
  return DOEL_STATUSSEN.filter((b) => b.voorIndicator).map((b) => b.label).join(', ');
}

/** The docs/status.md table of statuses, generated from DOEL_STATUSSEN. */
export function statusTabelMarkdown(): string {
  return ['| Status | Betekenis |', '|---|---|', ...DOEL_STATUSSEN.map((b) => `| **${b.label}** | ${b.omschrijving} |`)].join('\n');
}

/** The docs/status.md numbered order of indicator statuses, worst first. */
export function indicatorVolgordeMarkdown(): string {
  return DOEL_STATUSSEN.filter((b) => b.voorIndicator).map((b, i) => `${i + 1}. ${b.label}`).join('\n');
}
