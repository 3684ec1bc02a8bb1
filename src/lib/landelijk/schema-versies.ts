// Every version of monitor.json this tool has published, read from the committed schemas
// (schemas/monitor-<n>.json): a region that has not updated its monitor still publishes an
// older version, and the national overview reads it with the schema it was written against,
// then lifts it to the current shape. A version this tool never published is not guessed at.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SCHEMA_VERSIE, type MonitorExport } from '../open-data/schema.ts';

const SCHEMA_MAP = fileURLToPath(new URL('../../../schemas/', import.meta.url));

/** Per published version: how an export of that version becomes the current shape. */
const NAAR_HUIDIG: Record<number, (data: unknown) => MonitorExport> = {
  // Version 1 is the current shape.
  1: (data) => data as MonitorExport,
};

/** The published versions, from the committed schema files, oldest first. */
export function gepubliceerdeVersies(map = SCHEMA_MAP): number[] {
  return readdirSync(map)
    .map((naam) => /^monitor-(\d+)\.json$/.exec(naam)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

const validators = new Map<number, ValidateFunction>();

function validator(versie: number): ValidateFunction {
  let v = validators.get(versie);
  if (!v) {
    const schema = JSON.parse(readFileSync(`${SCHEMA_MAP}monitor-${versie}.json`, 'utf8')) as Record<string, unknown>;
    // allErrors off: the first problem is reported, and a large valid export is checked faster.
    v = addFormats(new Ajv2020({ strict: false, allErrors: false })).compile(schema);
    validators.set(versie, v);
  }
  return v;
}

/** A JSON pointer (`/doelen/3/status`) as a JSON path (`$.doelen[3].status`). */
export function jsonPad(pointer: string): string {
  if (pointer === '') return '$';
  return `$${pointer.split('/').slice(1).map((deel) => {
    const s = deel.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(s) ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }).join('')}`;
}

const waarde = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** One schema error in Dutch: what is wrong at the path. */
function foutTekst(e: ErrorObject): { pad: string; reden: string } {
  const p = e.params as Record<string, unknown>;
  const pad = jsonPad(e.instancePath);
  switch (e.keyword) {
    case 'required': return { pad: jsonPad(`${e.instancePath}/${String(p.missingProperty)}`), reden: 'ontbreekt' };
    case 'additionalProperties': return { pad: jsonPad(`${e.instancePath}/${String(p.additionalProperty)}`), reden: 'hoort niet in deze schemaversie' };
    case 'type': {
      const typen: Record<string, string> = { string: 'een tekst', number: 'een getal', integer: 'een geheel getal', boolean: 'true of false', array: 'een lijst', object: 'een object', null: 'null' };
      const soorten = String(p.type).split(',').map((t) => typen[t] ?? t);
      return { pad, reden: `moet ${soorten.join(' of ')} zijn` };
    }
    case 'enum': return { pad, reden: `moet een van deze waarden zijn: ${(p.allowedValues as unknown[]).map(waarde).join(', ')}` };
    case 'const': return { pad, reden: `moet ${waarde(p.allowedValue)} zijn` };
    case 'pattern': return { pad, reden: `heeft niet de goede vorm (${String(p.pattern)})` };
    case 'format': return { pad, reden: p.format === 'date' ? 'moet een datum zijn (JJJJ-MM-DD)' : `heeft niet de vorm ${String(p.format)}` };
    case 'minimum': return { pad, reden: `moet minstens ${String(p.limit)} zijn` };
    case 'maximum': return { pad, reden: `mag hoogstens ${String(p.limit)} zijn` };
    default: return { pad, reden: `voldoet niet aan het schema (${e.keyword})` };
  }
}

export type Validatie =
  | { ok: true; versie: number; data: MonitorExport }
  | { ok: false; pad: string; reden: string };

/** Validates parsed monitor.json against the version it declares; the current shape when it passes. */
export function valideerExport(data: unknown, versies: readonly number[] = gepubliceerdeVersies()): Validatie {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, pad: '$', reden: 'is geen JSON-object' };
  const record = data as Record<string, unknown>;
  const versie = record.schemaversie;
  if (versie === undefined) return { ok: false, pad: '$.schemaversie', reden: 'ontbreekt; zonder schemaversie is niet te zeggen welk schema geldt' };
  if (typeof versie !== 'number' || !Number.isInteger(versie)) return { ok: false, pad: '$.schemaversie', reden: `moet een geheel getal zijn, niet ${waarde(versie)}` };
  const bekend = versies.join(', ');
  const nieuwste = versies.at(-1) ?? SCHEMA_VERSIE;
  if (versie > nieuwste) return { ok: false, pad: '$.schemaversie', reden: `versie ${versie} is nieuwer dan deze versie van onderwijsregio-monitor kent (${bekend}); werk het programma bij` };
  if (!versies.includes(versie) || !NAAR_HUIDIG[versie]) return { ok: false, pad: '$.schemaversie', reden: `versie ${versie} is nooit gepubliceerd; onderwijsregio-monitor kent versie ${bekend}` };
  // The declared schema address must name the same version: a mix-up is likely a hand-edited file.
  const adres = record.$schema;
  const genoemd = typeof adres === 'string' ? /monitor-(\d+)\.json$/.exec(adres)?.[1] : undefined;
  if (genoemd !== undefined && Number(genoemd) !== versie) return { ok: false, pad: '$.$schema', reden: `noemt schema monitor-${genoemd}.json, maar schemaversie is ${versie}` };
  const valideer = validator(versie);
  if (!valideer(data)) {
    const fout = valideer.errors?.[0];
    return fout ? { ok: false, ...foutTekst(fout) } : { ok: false, pad: '$', reden: 'voldoet niet aan het schema' };
  }
  return { ok: true, versie, data: NAAR_HUIDIG[versie](data) };
}
