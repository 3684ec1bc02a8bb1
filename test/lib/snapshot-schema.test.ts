// The snapshot's declaration (src/lib/snapshot-schema.ts) and its published JSON Schema. The
// check's Dutch lines for bad snapshots are tested in test/cli/defecten.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMonitor } from '../../src/lib/load.ts';
import { actueelRapport } from '../../src/lib/paginas/kwartaal.ts';
import { MOMENTOPNAME_SCHEMA, MOMENTOPNAME_SCHEMA_ID, momentopnameJsonSchema, valideerMomentopname } from '../../src/lib/snapshot-schema.ts';
import { momentopnameJson } from '../../src/lib/snapshot.ts';
import { DOEL_STATUSSEN, VOORTGANG_STATUSSEN_BETEKENIS } from '../../src/lib/status-vocabulaire.ts';
import { nieuweMomentopname } from '../../src/lib/vaststellen.ts';
import { ajv2020 } from '../helpers/open-data.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const bestandsnaam = join(ROOT, 'schemas', `momentopname-${MOMENTOPNAME_SCHEMA}.json`);
const vastgelegd = () => JSON.parse(readFileSync(bestandsnaam, 'utf8')) as Record<string, unknown>;
/** The schema without its words: what a reader of the files relies on. */
const structuur = (schema: unknown) => JSON.stringify(schema, (k, v) => (k === 'description' || k === 'title' ? undefined : v));

const basis = loadMonitor(join(FIXTURES, 'regio-klein'), 'publicatie').monitor!;
const rapport = actueelRapport(basis, '2025-Q4');
const herzien = JSON.parse(momentopnameJson(nieuweMomentopname({ rapport, versie: 2, vastgesteld: '2026-02-01', herziening: { datum: '2026-02-01', reden: 'correctie' }, toolVersie: '0.1.0' })));

describe('the snapshot schema', () => {
  it('the committed schemas/momentopname-<versie>.json is the one the code generates', () => {
    const gemaakt = momentopnameJsonSchema();
    expect(gemaakt.$id).toBe(MOMENTOPNAME_SCHEMA_ID);
    // A structural difference means files of this version would read differently: raise
    // MOMENTOPNAME_SCHEMA (keep the old file) and run npm run schemas.
    expect(structuur(gemaakt), `schemas/momentopname-${MOMENTOPNAME_SCHEMA}.json verschilt van de vorm die de code maakt: verhoog MOMENTOPNAME_SCHEMA`).toBe(structuur(vastgelegd()));
    // Only the descriptions: same version, refresh the copy.
    expect(gemaakt, `beschrijvingen veranderd: schrijf schemas/momentopname-${MOMENTOPNAME_SCHEMA}.json opnieuw met npm run schemas`).toEqual(vastgelegd());
  });

  it('the committed JSON Schema accepts what npm run vaststellen writes and refuses a key it does not write', () => {
    const valideer = ajv2020().compile(vastgelegd());
    const eerste = JSON.parse(momentopnameJson(nieuweMomentopname({ rapport, versie: 1, vastgesteld: '2026-01-20', toolVersie: '0.1.0' })));
    expect(eerste.rapport.lijnen.flatMap((l: { plan: { activiteiten: unknown[] } }) => l.plan.activiteiten)).toContainEqual(expect.objectContaining({ wie: 'lerarenopleidingen' }));
    for (const m of [eerste, herzien]) expect(valideer(m), JSON.stringify(valideer.errors)).toBe(true);
    const zonderWie = structuredClone(eerste);
    for (const l of zonderWie.rapport.lijnen) for (const a of l.plan.activiteiten) delete a.wie;
    expect(valideer(zonderWie), JSON.stringify(valideer.errors)).toBe(true);
    expect(valideer({ ...eerste, goedgekeurd: true })).toBe(false);
    expect(valideer({ ...eerste, rapport: { ...eerste.rapport, lijnen: [{ ...eerste.rapport.lijnen[0], uitgegeven: 12000 }] } })).toBe(false);
  });

  it('takes the allowed statuses from the status tables', () => {
    type Knoop = { properties: Record<string, Knoop>; items: Knoop; enum: string[]; anyOf: Knoop[] };
    const lijn = (vastgelegd() as unknown as Knoop).properties.rapport.properties.lijnen.items.properties;
    expect(lijn.check.items.properties.status.enum).toEqual(DOEL_STATUSSEN.map((b) => b.slug));
    expect(lijn.check.items.properties.indicatoren.items.properties.status.enum).toEqual(DOEL_STATUSSEN.map((b) => b.slug));
    expect(lijn.do.items.properties.status.anyOf[0].enum).toEqual(VOORTGANG_STATUSSEN_BETEKENIS.map((b) => b.slug));
  });

  it('names the first place a value is not a snapshot, an unknown key with its name', () => {
    expect(valideerMomentopname(herzien)).toEqual({ ok: true, value: herzien });
    const fout = structuredClone(herzien);
    fout.rapport.lijnen[1].check[0].indicatoren[0].waarde = 58;
    fout.rapport.lijnen[1].do = 'geen';
    expect(valideerMomentopname(fout)).toEqual({ ok: false, pad: 'rapport.lijnen[1].do', onbekend: false });
    fout.rapport.lijnen[0].plan.extra = 1;
    expect(valideerMomentopname(fout)).toEqual({ ok: false, pad: 'rapport.lijnen[0].plan.extra', onbekend: true });
    expect(valideerMomentopname(null)).toEqual({ ok: false, pad: '', onbekend: false });
  });
});
