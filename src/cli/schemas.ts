// `npm run schemas` (also `npm run open-data:schema`): writes the committed copies of the JSON
// Schemas the monitor declares with Zod: schemas/monitor-<versie>.json (open data, published by
// the site) and schemas/momentopname-<versie>.json (data/snapshots/). test/lib/open-data.test.ts
// and test/lib/snapshot-schema.test.ts fail when one is out of date, and when a structure changed
// without a new version number (README: "Open data", "Frozen reports").
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { monitorJsonSchema, SCHEMA_VERSIE } from '../lib/open-data/schema.ts';
import { MOMENTOPNAME_SCHEMA, momentopnameJsonSchema } from '../lib/snapshot-schema.ts';

const schemas: [string, Record<string, unknown>][] = [
  [`schemas/monitor-${SCHEMA_VERSIE}.json`, monitorJsonSchema()],
  [`schemas/momentopname-${MOMENTOPNAME_SCHEMA}.json`, momentopnameJsonSchema()],
];
for (const [naam, schema] of schemas) {
  const bestand = fileURLToPath(new URL(`../../${naam}`, import.meta.url));
  const nieuw = `${JSON.stringify(schema, null, 1)}\n`;
  if (existsSync(bestand) && readFileSync(bestand, 'utf8') === nieuw) console.log(`${naam} is bijgewerkt`);
  else {
    writeFileSync(bestand, nieuw);
    console.log(`${naam} geschreven`);
  }
}
