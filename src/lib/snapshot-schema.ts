// The shape of a frozen report (data/snapshots/<jjjj-qN>.json), declared once with Zod: the
// TypeScript types of snapshot.ts are z.infer of it, the check validates a file with it, and
// schemas/momentopname-<versie>.json is its z.toJSONSchema (test/lib/snapshot-schema.test.ts fails
// when the committed copy differs; `npm run schemas` writes it). Objects are strict: a key
// npm run vaststellen does not write is a hand edit, and the check names it.
//
// Only the shape lives here. What needs the region or the file name (the quarter and version
// against the name, the dates, a revision's reason) stays in snapshot.ts, with its own lines.
import { z } from 'zod';
import { DOEL_STATUSSEN, slugs, VOORTGANG_STATUSSEN_BETEKENIS } from './status-vocabulaire.ts';

/** Raised whenever the file's shape changes; a file with another number is refused by the check. */
export const MOMENTOPNAME_SCHEMA = 1;
export const MOMENTOPNAME_SCHEMA_ID = `urn:onderwijsregio-monitor:momentopname-${MOMENTOPNAME_SCHEMA}`;

// The allowed values come from the status tables, so a new status needs no second list here.
const status = z.enum(slugs(DOEL_STATUSSEN));
const voortgang = z.enum(slugs(VOORTGANG_STATUSSEN_BETEKENIS));
// A plain string: whether it is a quarter is checked against the file name (its own message).
const kwartaal = z.string();

/** An indicator as the report showed it: its value already formatted and suppressed. */
export const RapportIndicatorSchema = z.strictObject({
  id: z.string(),
  naam: z.string(),
  status: status.describe('De status van de indicator in dit kwartaal.'),
  uitleg: z.string().describe('Waarom de indicator die status heeft, zoals de rapportage het zei.'),
  waarde: z.string().nullable().describe('De laatste meting tot en met dit kwartaal zoals getoond ("58 personen", "< 5 personen"); null zonder meting.'),
  meetkwartaal: kwartaal.nullable().describe('Het kwartaal van die meting; null zonder meting.'),
});

export const RapportDoelSchema = z.strictObject({
  id: z.string(),
  titel: z.string(),
  status: status.describe('De status van het doel in dit kwartaal.'),
  uitleg: z.string(),
  indicatoren: z.array(RapportIndicatorSchema),
});

export const RapportLijnSchema = z.strictObject({
  id: z.string(),
  titel: z.string(),
  plan: z.strictObject({
    doelen: z.array(z.strictObject({ id: z.string(), titel: z.string() })),
    activiteiten: z.array(z.strictObject({
      id: z.string(),
      wat: z.string(),
      wie: z.string().optional().describe('Wie de activiteit uitvoert; ontbreekt als de regio het niet noemt.'),
      wanneer: z.string(),
    })),
  }).describe('Plan: de doelen van de lijn en de activiteiten die voor dit kwartaal gepland waren.'),
  do: z.array(z.strictObject({
    id: z.string(),
    wat: z.string(),
    status: voortgang.nullable().describe('De voortgang gemeld voor dit kwartaal; null als er geen is gemeld.'),
    toelichting: z.string().nullable(),
  })).describe('Do: de voortgang van die activiteiten in dit kwartaal.'),
  check: z.array(RapportDoelSchema).describe('Check: de status van elk doel (met zijn indicatoren) in dit kwartaal.'),
  act: z.array(z.strictObject({ id: z.string(), titel: z.string(), bijsturing: z.string() }))
    .describe('Act: de bijsturing die de regio voor dit kwartaal vastlegde.'),
  uitgegeven: z.string().nullable().describe('Uitgegeven in dit kwartaal zoals getoond ("€ 12.000"); null als er niets is vastgelegd.'),
});

/** The report's content: what the page shows and what a snapshot freezes. */
export const RapportInhoudSchema = z.strictObject({
  kwartaal,
  titel: z.string(),
  samenvatting: z.string(),
  verhaal: z.string().describe('De tekst van het kwartaalbestand (MDX, na de frontmatter).'),
  lijnen: z.array(RapportLijnSchema),
});

export const MomentopnameSchema = z.strictObject({
  schema: z.literal(MOMENTOPNAME_SCHEMA).describe('De versie van deze vorm. Een andere vorm van het bestand krijgt een nieuw nummer.'),
  tool: z.strictObject({ naam: z.string(), versie: z.string() }).describe('Het programma dat het bestand schreef, met zijn versie.'),
  kwartaal: kwartaal.describe('Het kwartaal van de rapportage (zoals 2025-Q4); past bij de bestandsnaam.'),
  versie: z.int().min(1).describe('1 bij de eerste vaststelling, één meer bij elke herziening.'),
  vastgesteld: z.string().describe('De datum (JJJJ-MM-DD) waarop deze versie is vastgesteld.'),
  herziening: z.strictObject({ datum: z.string(), reden: z.string() }).nullable()
    .describe('Bij een herziening (versie 2 en hoger): de datum en de reden; anders null.'),
  rapport: RapportInhoudSchema.describe('De rapportage zoals vastgesteld: statussen, waarden zoals getoond, uitleg, plan-do-check-act en het verhaal.'),
});

export type Momentopname = z.infer<typeof MomentopnameSchema>;
export type RapportInhoud = z.infer<typeof RapportInhoudSchema>;
export type RapportLijn = z.infer<typeof RapportLijnSchema>;
export type RapportDoel = z.infer<typeof RapportDoelSchema>;
export type RapportIndicator = z.infer<typeof RapportIndicatorSchema>;

/** The JSON Schema (draft 2020-12) of a snapshot, committed as schemas/momentopname-<versie>.json. */
export function momentopnameJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(MomentopnameSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: MOMENTOPNAME_SCHEMA_ID, title: 'Bevroren kwartaalrapportage (data/snapshots/<jjjj-qN>.json)', ...rest };
}

/**
 * The value as a snapshot, or the first place where it is not one: a path like
 * `rapport.lijnen[1].check[1].status`, and whether that is a key the shape does not have.
 */
export function valideerMomentopname(value: unknown): { ok: true; value: Momentopname } | { ok: false; pad: string; onbekend: boolean } {
  const result = MomentopnameSchema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  // Zod reports in the declared order, depth first, an object's unknown keys after its fields:
  // the first issue is the first place a reader of the file stumbles on.
  const issue = result.error.issues[0];
  const onbekend = issue.code === 'unrecognized_keys';
  const delen = onbekend ? [...issue.path, issue.keys[0]] : issue.path;
  const pad = delen.reduce<string>((p, deel) => (typeof deel === 'number' ? `${p}[${deel}]` : p ? `${p}.${String(deel)}` : String(deel)), '');
  return { ok: false, pad, onbekend };
}
