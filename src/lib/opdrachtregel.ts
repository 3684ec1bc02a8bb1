// What the quarterly commands (npm run vaststellen, npm run pdf) share on their command line:
// exactly one quarter, read with the one quarter grammar. Each command names its own messages.
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
