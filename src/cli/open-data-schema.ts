// `npm run open-data:schema`: writes schemas/monitor-<versie>.json, the committed copy of the
// JSON Schema the site publishes. test/lib/open-data.test.ts fails when it is out of date, and
// when the structure changed without a new SCHEMA_VERSIE (README: "Open data").
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { monitorJsonSchema, SCHEMA_VERSIE } from '../lib/open-data/schema.ts';

const bestand = fileURLToPath(new URL(`../../schemas/monitor-${SCHEMA_VERSIE}.json`, import.meta.url));
const nieuw = `${JSON.stringify(monitorJsonSchema(), null, 1)}\n`;
if (existsSync(bestand) && readFileSync(bestand, 'utf8') === nieuw) console.log(`schemas/monitor-${SCHEMA_VERSIE}.json is bijgewerkt`);
else {
  writeFileSync(bestand, nieuw);
  console.log(`schemas/monitor-${SCHEMA_VERSIE}.json geschreven`);
}
