// The theme vocabulary: the one list of themes a goal may carry (doelen.csv `themas`), each with
// the word a reader sees and what it is about. The validator, the pages, the filters, the
// scheme's required elements (regelingen.ts) and docs/gegevens.md all read this table.
import type { Betekenis } from './status-vocabulaire.ts';

/** A theme: slug, the word a reader sees (lower case, so it reads well in a sentence and a list) and one B1 sentence on what its goals are about. The order of the table carries no rank. */
export type ThemaBetekenis<S extends string = string> = Omit<Betekenis<S>, 'rang'>;

const RIJEN = [
  { slug: 'werven', label: 'werven', omschrijving: 'Nieuwe mensen vinden voor een baan in het onderwijs.' },
  { slug: 'matchen', label: 'matchen', omschrijving: 'Mensen en scholen bij elkaar brengen, zodat iemand op de juiste plek komt.' },
  { slug: 'opleiden', label: 'opleiden', omschrijving: 'Studenten en zij-instromers opleiden tot leraar of ander onderwijspersoneel.' },
  { slug: 'begeleiden', label: 'begeleiden', omschrijving: 'Nieuwe collega’s op school helpen en steunen.' },
  { slug: 'professionaliseren', label: 'professionaliseren', omschrijving: 'Leraren, schoolleiders en ondersteuners blijven leren.' },
  { slug: 'samen-opleiden', label: 'samen opleiden', omschrijving: 'Alle studenten en zij-instromers leren het vak in een opleidingsschool die werkt volgens het kwaliteitskader Samen Opleiden en Inductie.' },
  { slug: 'starters', label: 'startende leraren en schoolleiders', omschrijving: 'Begeleiding van leraren en schoolleiders in hun eerste jaren, en hun verdere groei.' },
  { slug: 'invalpool', label: 'invalpool', omschrijving: 'Onderwijspersoneel dat bij meer besturen kan werken, zoals een gezamenlijke invalpool.' },
  { slug: 'aansluiting', label: 'aansluiting van alle besturen', omschrijving: 'Alle schoolbesturen en lerarenopleidingen in de regio doen mee.' },
  { slug: 'loket', label: 'loket', omschrijving: 'Eén plek waar mensen informatie en advies krijgen over werken in het onderwijs.' },
  { slug: 'governance', label: 'organisatie en bestuur', omschrijving: 'Hoe de regio is georganiseerd en hoe de partijen samen besluiten.' },
  { slug: 'monitoring', label: 'voortgang volgen', omschrijving: 'Hoe de regio volgt en vaststelt of de doelen gehaald worden.' },
  { slug: 'sectoroverstijgend', label: 'samenwerking tussen sectoren', omschrijving: 'Samenwerken met andere sectoren, op weg naar een onderwijsregio voor meer sectoren.' },
  { slug: 'peer-review', label: 'peer review', omschrijving: 'Opleidingsscholen bekijken elkaars werk, om van elkaar te leren of voor hun beoordeling.' },
  { slug: 'speciaal-onderwijs', label: 'speciaal onderwijs', omschrijving: 'Activiteiten voor het speciaal en voortgezet speciaal onderwijs.' },
  { slug: 'tekortvakken', label: 'tekortvakken', omschrijving: 'Vakken in het voortgezet onderwijs waarvoor te weinig bevoegde leraren zijn.' },
] as const satisfies readonly ThemaBetekenis[];

/** The fixed themes, in the order of the table. */
export const THEMAS = RIJEN.map((r) => r.slug) as readonly (typeof RIJEN)[number]['slug'][];
export type Thema = (typeof THEMAS)[number];

export const THEMA_VOCABULAIRE: readonly ThemaBetekenis<Thema>[] = Object.freeze(RIJEN.map((r) => Object.freeze({ ...r })));

const index = new Map<string, ThemaBetekenis<Thema>>(THEMA_VOCABULAIRE.map((t) => [t.slug, t]));

export function isVasteThema(slug: string): slug is Thema {
  return index.has(slug);
}

/**
 * The word for a theme. A region's own theme (regio.yaml `extra_themas`) has no declared word:
 * the region chose it as a word (`zij-instroom`, `innovatie`), so it is shown as written.
 */
export function themaLabel(slug: string): string {
  return index.get(slug)?.label ?? slug;
}

/** The themes of a goal as reader text: `werven, samen opleiden`. */
export function themaLabels(slugs: readonly string[]): string[] {
  return slugs.map(themaLabel);
}

/** The docs/gegevens.md list of themes: slug, word and meaning, generated from the table. */
export function themaTabelMarkdown(): string {
  return ['| Thema | Op de site | Waar gaat het over? |', '|---|---|---|', ...THEMA_VOCABULAIRE.map((t) => `| \`${t.slug}\` | ${t.label} | ${t.omschrijving} |`)].join('\n');
}

/**
 * The themes goals use, each once, as filter choices: the fixed themes in the table's order,
 * then the region's own themes alphabetically.
 */
export function themaKeuzes(slugs: Iterable<string>): { slug: string; label: string }[] {
  const gebruikt = new Set(slugs);
  const vast = THEMA_VOCABULAIRE.filter((t) => gebruikt.has(t.slug));
  const eigen = [...gebruikt].filter((s) => !isVasteThema(s)).sort((a, b) => a.localeCompare(b, 'nl'));
  return [...vast.map(({ slug, label }) => ({ slug, label })), ...eigen.map((slug) => ({ slug, label: slug }))];
}
