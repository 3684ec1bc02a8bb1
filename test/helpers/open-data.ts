// Checks shared by the open-data unit test (files computed in process) and the site test
// (files on disk): the export against its published schema, the Data Package against the
// vendored v2 profile, every resource present with the header its Table Schema names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { FIXTURES } from './paths.ts';

/** A file of the site by its path in the site folder (`open-data/monitor.json`). */
export type Lezer = (pad: string) => string;

export const ajv2020 = () => addFormats(new Ajv2020({ strict: false, allErrors: true }));

/** ajv's errors for monitor.json against the schema the site publishes ([] when valid). */
export function monitorJsonFouten(lees: Lezer): unknown[] {
  const monitor = JSON.parse(lees('open-data/monitor.json'));
  const schemaPad = `open-data/schema/monitor-${monitor.schemaversie}.json`;
  const valideer = ajv2020().compile(JSON.parse(lees(schemaPad)));
  return valideer(monitor) ? [] : (valideer.errors ?? []);
}

// The profile marks descriptions as format "textarea" (an editor hint, not a check).
const dataPackageProfiel = () => addFormats(new Ajv({ strict: false, allErrors: true })).addFormat('textarea', true)
  .compile(JSON.parse(readFileSync(join(FIXTURES, 'datapackage-v2', 'datapackage.json'), 'utf8')));

interface Resource { name: string; path: string; format: string; bytes: number; dialect?: { delimiter: string }; schema?: { fields: { name: string }[] } }

/**
 * Problems of datapackage.json: against the Data Package v2 profile, then per resource a missing
 * file, a wrong size or a CSV header that is not its schema's fields; and CSVs it leaves out.
 */
export function dataPackageFouten(lees: Lezer, csvBestanden: string[]): unknown[] {
  const pakket = JSON.parse(lees('open-data/datapackage.json')) as { resources: Resource[] };
  const valideer = dataPackageProfiel();
  if (!valideer(pakket)) return valideer.errors ?? [];
  const fouten: string[] = [];
  for (const r of pakket.resources) {
    let inhoud: string;
    try {
      inhoud = lees(`open-data/${r.path}`);
    } catch {
      fouten.push(`${r.path}: bestaat niet`);
      continue;
    }
    if (Buffer.byteLength(inhoud) !== r.bytes) fouten.push(`${r.path}: ${Buffer.byteLength(inhoud)} bytes, niet ${r.bytes}`);
    if (r.format !== 'csv') continue;
    const kop = inhoud.replace(/^\ufeff/, '').split('\r\n')[0].split(r.dialect!.delimiter);
    const velden = r.schema!.fields.map((f) => f.name);
    if (kop.join('|') !== velden.join('|')) fouten.push(`${r.path}: kop ${kop.join(';')}, schema ${velden.join(';')}`);
  }
  const beschreven = new Set(pakket.resources.filter((r) => r.format === 'csv').map((r) => `open-data/${r.path}`));
  for (const csv of csvBestanden) if (!beschreven.has(csv)) fouten.push(`${csv}: niet beschreven`);
  return fouten;
}
