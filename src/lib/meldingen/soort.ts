// The shape of one catalogue entry and of the docs it is explained in. Kept apart from
// index.ts so the area files can import it without a cycle.
import type { Severity } from '../types.ts';

/**
 * One kind of message: its severity, the Dutch line as a typed template, and example
 * parameters (the unit test renders every entry with them; no leftover placeholders).
 */
export interface Soort<P> {
  severity: Severity;
  tekst: (p: P) => string;
  voorbeeld: P;
}

type Leeg = Record<never, never>;

/** How a command ends every refusal (not part of the templates: the command adds it). */
export const NIETS_GESCHREVEN = 'Er is niets geschreven.';

/** An entry without parameters takes none: `melding('x')`. */
export function fout(tekst: () => string): Soort<Leeg>;
export function fout<P>(tekst: (p: P) => string, voorbeeld: NoInfer<P>): Soort<P>;
export function fout<P>(tekst: (p: P) => string, voorbeeld?: P): Soort<P> {
  return { severity: 'fout', tekst, voorbeeld: voorbeeld ?? ({} as P) };
}

export function waarschuwing(tekst: () => string): Soort<Leeg>;
export function waarschuwing<P>(tekst: (p: P) => string, voorbeeld: NoInfer<P>): Soort<P>;
export function waarschuwing<P>(tekst: (p: P) => string, voorbeeld?: P): Soort<P> {
  return { severity: 'waarschuwing', tekst, voorbeeld: voorbeeld ?? ({} as P) };
}

/** One heading of docs/foutmeldingen.md and the codes it explains (each code exactly once). */
export interface Kop {
  kop: string;
  codes: readonly string[];
  /** Markdown: an example block with real lines, what it means, what to do. */
  tekst: string;
}

/** One group (A, B, …) of section 3 of docs/foutmeldingen.md. */
export interface Hoofdstuk {
  letter: string;
  titel: string;
  inleiding: string;
  /** Codes the introduction explains (a line every refusal of the group shares). */
  codes?: readonly string[];
  koppen: readonly Kop[];
}
