// The message catalogue: every author-facing message, with a stable code, in one place.
// A code is `<group>.<what>` in Dutch kebab case (`cel.geen-getal`, `verwijzing.doel`); the group is
// the area of docs/foutmeldingen.md it is explained in. A code never changes once released:
// tests, docs and authors' notes search for it. Call sites build a message with
// `melding(code, parameters)`; section 3 of docs/foutmeldingen.md is generated from the
// catalogue's docs (`npm run docs:meldingen`, checked by test/lib/meldingen.test.ts).
import type { Severity } from '../types.ts';
import { BESTANDEN, BESTANDEN_DOCS } from './bestanden.ts';
import { CELLEN, CELLEN_DOCS } from './cellen.ts';
import { DUBBEL, DUBBEL_DOCS } from './dubbel.ts';
import { VERWIJZINGEN, VERWIJZINGEN_DOCS } from './verwijzingen.ts';
import { MDX, MDX_DOCS } from './mdx.ts';
import { REGIO, REGIO_DOCS } from './regio.ts';
import { PUBLICEREN, PUBLICEREN_DOCS } from './publiceren.ts';
import { NIEUW_KWARTAAL, NIEUW_KWARTAAL_DOCS } from './nieuw-kwartaal.ts';
import { PDF, PDF_DOCS } from './pdf.ts';
import { VASTSTELLEN, VASTSTELLEN_DOCS } from './vaststellen.ts';
import { MOMENTOPNAMEN, MOMENTOPNAMEN_DOCS } from './momentopnamen.ts';
import { LANDELIJK, LANDELIJK_DOCS } from './landelijk.ts';
import type { Hoofdstuk, Soort } from './soort.ts';

export const CATALOGUS = {
  ...BESTANDEN,
  ...CELLEN,
  ...DUBBEL,
  ...VERWIJZINGEN,
  ...MDX,
  ...REGIO,
  ...PUBLICEREN,
  ...NIEUW_KWARTAAL,
  ...PDF,
  ...VASTSTELLEN,
  ...MOMENTOPNAMEN,
  ...LANDELIJK,
};

/** Each group's entries, to test that a code starts with its group. */
export const GROEPEN = { bestand: BESTANDEN, cel: CELLEN, dubbel: DUBBEL, verwijzing: VERWIJZINGEN, mdx: MDX, regio: REGIO, publiceren: PUBLICEREN, 'nieuw-kwartaal': NIEUW_KWARTAAL, pdf: PDF, vaststellen: VASTSTELLEN, momentopname: MOMENTOPNAMEN, landelijk: LANDELIJK } as const;

export const HOOFDSTUKKEN: readonly Hoofdstuk[] = [
  BESTANDEN_DOCS, CELLEN_DOCS, DUBBEL_DOCS, VERWIJZINGEN_DOCS, MDX_DOCS, REGIO_DOCS, PUBLICEREN_DOCS, NIEUW_KWARTAAL_DOCS, PDF_DOCS, VASTSTELLEN_DOCS,
  MOMENTOPNAMEN_DOCS, LANDELIJK_DOCS,
];

type Catalogus = typeof CATALOGUS;
export type Code = keyof Catalogus;
type ParametersVan<C extends Code> = Catalogus[C] extends Soort<infer P> ? P : never;

/** The codes whose message takes exactly these parameters (a declaration chooses one of them). */
export type CodeMet<P> = { [C in Code]: [ParametersVan<C>] extends [P] ? ([P] extends [ParametersVan<C>] ? C : never) : never }[Code];

/** A message as built from the catalogue; a `Problem` is one with a place. */
export interface Melding {
  code: Code;
  severity: Severity;
  message: string;
}

/** The message of `code` with its parameters; an entry without parameters takes none. */
export function melding<C extends Code>(code: C, ...p: keyof ParametersVan<C> extends never ? [] : [ParametersVan<C>]): Melding {
  const soort = CATALOGUS[code] as unknown as Soort<ParametersVan<C>>;
  return { code, severity: soort.severity, message: soort.tekst((p[0] ?? {}) as ParametersVan<C>) };
}

/** The code written under a heading in the docs. */
const codeRegel = (codes: readonly string[]) =>
  codes.length === 0 ? '' : `${codes.length === 1 ? 'Code' : 'Codes'}: ${codes.map((c) => `\`${c}\``).join(', ')}\n\n`;

/** Section 3 of docs/foutmeldingen.md: every group, heading and code, in catalogue order. */
export function meldingenDocs(): string {
  return HOOFDSTUKKEN.map((h) =>
    `### ${h.letter}. ${h.titel}\n\n${h.inleiding}${codeRegel(h.codes ?? [])}` + h.koppen.map((k) => `#### ${k.kop}\n\n${codeRegel(k.codes)}${k.tekst}`).join(''),
  ).join('');
}

const MARKER = /<!-- meldingen -->\n[\s\S]*?<!-- \/meldingen -->/;

/** The document with its generated part rewritten; throws when the markers are missing. */
export function werkMeldingenBij(markdown: string): string {
  if (!MARKER.test(markdown)) throw new Error('docs: geen <!-- meldingen --> in docs/foutmeldingen.md');
  return markdown.replace(MARKER, () => `<!-- meldingen -->\n${meldingenDocs()}<!-- /meldingen -->`);
}
