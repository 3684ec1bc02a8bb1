// What the quarterly commands (npm run vaststellen, npm run pdf) share on their command line:
// options with a value (`--uit x` or `--uit=x`), and exactly one quarter, read with the one
// quarter grammar. Each command names its own messages.
import { melding, type CodeMet, type Melding } from './meldingen/index.ts';
import { parseKwartaal } from './quarters.ts';
import type { Kwartaal } from './types.ts';

export interface KwartaalMeldingen {
  geen: CodeMet<Record<never, never>>;
  meer: CodeMet<{ kwartalen: string[] }>;
  onleesbaar: CodeMet<{ reden: string }>;
}

/** The one quarter among the arguments that are not options, or the command's message why not. */
export function eenKwartaal(kwartalen: readonly string[], codes: KwartaalMeldingen): { ok: true; kwartaal: Kwartaal } | { ok: false; melding: Melding } {
  if (kwartalen.length === 0) return { ok: false, melding: melding(codes.geen) };
  if (kwartalen.length > 1) return { ok: false, melding: melding(codes.meer, { kwartalen: [...kwartalen] }) };
  const parsed = parseKwartaal(kwartalen[0]);
  if (!parsed.ok) return { ok: false, melding: melding(codes.onleesbaar, { reden: parsed.melding.message }) };
  return { ok: true, kwartaal: parsed.value };
}

/** The command line split into option values and the other arguments, or its first problem. */
export type Opties<N extends string> =
  | { ok: true; waarden: Partial<Record<N, string>>; overig: string[] }
  | { ok: false; onbekend: string }
  | { ok: false; zonderWaarde: N };

/**
 * Reads the options `namen` (each with a value: `--naam waarde` or `--naam=waarde`; an empty
 * value or the next option counts as none) and keeps the rest; any other `-…` is unknown.
 */
export function leesOpties<N extends string>(args: readonly string[], namen: readonly N[]): Opties<N> {
  const waarden: Partial<Record<N, string>> = {};
  const overig: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const naam = namen.find((n) => arg === `--${n}` || arg.startsWith(`--${n}=`));
    if (naam !== undefined) {
      const waarde = arg === `--${naam}` ? args[++i] : arg.slice(naam.length + 3);
      if (waarde === undefined || waarde.trim() === '' || waarde.startsWith('--')) return { ok: false, zonderWaarde: naam };
      waarden[naam] = waarde;
    } else if (arg.startsWith('-')) {
      return { ok: false, onbekend: arg };
    } else {
      overig.push(arg);
    }
  }
  return { ok: true, waarden, overig };
}
