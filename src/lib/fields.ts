// Typed reading of YAML fields (regio.yaml, MDX frontmatter) with the line of each field.
import { LineCounter, parseDocument, isAlias, isMap, isScalar, visit } from 'yaml';
import { parseDatum, parseSlug } from './cells.ts';
import { ongeldigTeken, tekenMelding } from './text.ts';
import { parseKwartaal } from './quarters.ts';
import type { Kwartaal, Problem } from './types.ts';

export interface FrontmatterField {
  value: unknown;
  line: number;
}

export type Fields = Map<string, FrontmatterField>;

/** Dutch wording of the YAML reader's errors that authors run into (the rest keep their reason). */
function yamlMelding(code: string, lines: string[], line: number, lineOffset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?["']?([^"':]+?)["']?\s*:/.exec(lines[line - 1] ?? '')?.[1] ?? '';
    const eerder = lines.slice(0, line - 1).findLastIndex((l) => new RegExp(`^\\s*(?:-\\s+)?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`).test(l));
    return `veld "${key}" staat twee keer in hetzelfde blok${eerder >= 0 ? ` (ook op regel ${eerder + 1 + lineOffset})` : ''}; verwijder er één`;
  }
  if (code === 'MULTIPLE_DOCS') return 'er staat een regel "---" midden in het bestand; YAML leest dat als het begin van een tweede document. Verwijder die regel';
  return '';
}

/** The first bad character in a value or in the texts of a list or mapping. */
function ongeldigIn(value: unknown): ReturnType<typeof ongeldigTeken> {
  if (typeof value === 'string') return ongeldigTeken(value);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const item of Object.values(value)) {
      const teken = ongeldigIn(item);
      if (teken) return teken;
    }
  }
  return undefined;
}

/** Parses a YAML document into fields with their line (plus `lineOffset`). */
export function parseYamlFields(file: string, text: string, problems: Problem[], lineOffset = 0): Fields | undefined {
  const lineCounter = new LineCounter();
  const bron = text.replace(/^\ufeff/, '');
  const lines = bron.split(/\r?\n/);
  const doc = parseDocument(bron, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const gemeld = new Set<string>();
  const fout = (line: number, message: string) => {
    if (gemeld.has(`${line}|${message}`)) return;
    gemeld.add(`${line}|${message}`);
    problems.push({ severity: 'fout', file, line: line + lineOffset, message });
  };
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line;
    const eigen = yamlMelding(error.code, lines, line, lineOffset);
    fout(line, eigen || `geen geldige YAML (${error.message.split('\n')[0]}); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens`);
  }
  if (doc.errors.length > 0) return undefined;
  // What the YAML reader of the build (js-yaml, for MDX frontmatter) refuses or reads
  // differently must not pass here: references (&anker, *anker, also <<: merges) and tags.
  let apart = false;
  visit(doc, {
    Node(_key, node) {
      const line = lineCounter.linePos(node.range?.[0] ?? 0).line;
      if (isAlias(node) || node.anchor) {
        apart = true;
        fout(line, `YAML-verwijzingen (&${isAlias(node) ? node.source : node.anchor} en *${isAlias(node) ? node.source : node.anchor}) worden niet ondersteund; schrijf de waarde voluit`);
      } else if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        apart = true;
        fout(line, `YAML-label ${node.tag} wordt niet ondersteund; zet de tekst tussen aanhalingstekens als het ! erbij hoort`);
      }
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && (pair.key.value === null || String(pair.key.value).trim() === '')) {
        apart = true;
        fout(lineCounter.linePos(pair.key.range?.[0] ?? (pair.value as { range?: number[] } | null)?.range?.[0] ?? 0).line, 'deze regel heeft een waarde maar geen veldnaam; schrijf "veld: waarde"');
      }
    },
  });
  if (apart) return undefined;
  const fields: Fields = new Map();
  const zichtbaarOngeldig = ongeldigTeken(bron) !== undefined;
  if (doc.contents === null) return fields;
  if (!isMap(doc.contents)) {
    problems.push({ severity: 'fout', file, line: 1 + lineOffset, message: 'verwacht regels in de vorm "veld: waarde"' });
    return undefined;
  }
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value).trim().toLowerCase();
    const yamlLine = lineCounter.linePos(pair.key.range?.[0] ?? 0).line;
    const line = yamlLine + lineOffset;
    const node = pair.value as { toJSON?: () => unknown } | null;
    const value = isScalar(node) ? node.value : (node?.toJSON?.() ?? null);
    // In YAML everything after " #" is a comment: `accentkleur: #1f5f8b` is empty and
    // `titel: Regio #1` loses "#1". Authors rarely mean that.
    const source = lines[yamlLine - 1] ?? '';
    const onLine = /:\s*(?:[^'"\s].*?)?\s#/.test(source) || /:\s+#/.test(source);
    if (onLine && (value === null || typeof value === 'string' || typeof value === 'number')) {
      problems.push({
        severity: 'waarschuwing',
        file,
        line,
        column: key,
        message: `alles vanaf # is in YAML commentaar en valt weg (${value === null ? 'het veld is nu leeg' : `gelezen als "${String(value)}"`}); zet de waarde tussen aanhalingstekens, bijvoorbeeld ${key}: "${source.slice(source.indexOf(':') + 1).trim()}"`,
      });
    }
    const eerder = fields.get(key);
    if (eerder) {
      // `Naam:` and `naam:` are two keys for YAML but one field here: one would silently win.
      problems.push({ severity: 'fout', file, line, column: key, message: `veld "${key}" staat twee keer in het bestand (ook op regel ${eerder.line}); verwijder er één` });
      continue;
    }
    // Escapes in quoted text ("\x01") put characters in the value that the file itself does not show.
    // (Characters in the file itself were already reported with their line by the reader of the file.)
    const teken = zichtbaarOngeldig ? undefined : ongeldigIn(value);
    if (teken) problems.push({ severity: 'fout', file, line, column: key, message: tekenMelding(teken, 'in de waarde') });
    fields.set(key, { value, line });
  }
  return fields;
}

export interface FieldReader {
  readonly failed: boolean;
  line(key: string): number;
  fail(key: string, message: string): void;
  warn(key: string, message: string): void;
  has(key: string): boolean;
  text(key: string, required?: boolean): string | undefined;
  number(key: string, required?: boolean): number | undefined;
  integer(key: string, required?: boolean): number | undefined;
  date(key: string, required?: boolean): string | undefined;
  quarter(key: string, required?: boolean): Kwartaal | undefined;
  oneOf<T extends string>(key: string, values: readonly T[], required?: boolean): T | undefined;
  /** A YAML list or a comma/`|` separated string. */
  list(key: string): string[] | undefined;
  slugList(key: string): string[] | undefined;
  raw(key: string): unknown;
}

/** Reads fields; unknown keys are warnings, missing required keys errors at `fallbackLine`. */
export function readFields(file: string, fields: Fields, known: readonly string[], problems: Problem[], fallbackLine = 1, unreadable = false): FieldReader {
  let failed = false;
  for (const [key, field] of fields) {
    if (!known.includes(key)) {
      problems.push({ severity: 'waarschuwing', file, line: field.line, column: key, message: `onbekend veld "${key}" wordt genegeerd (bekende velden: ${known.join(', ')})` });
    }
  }
  const lineOf = (key: string) => fields.get(key)?.line ?? fallbackLine;
  const fail = (key: string, message: string) => {
    failed = true;
    problems.push({ severity: 'fout', file, line: lineOf(key), column: key, message });
  };
  const warn = (key: string, message: string) => {
    problems.push({ severity: 'waarschuwing', file, line: lineOf(key), column: key, message });
  };
  const value = (key: string, required: boolean): unknown => {
    const field = fields.get(key);
    const v = field?.value;
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      // When the YAML itself could not be read, "missing" would be a false alarm.
      if (required && unreadable) failed = true;
      else if (required) {
        if (field) fail(key, `veld "${key}" is leeg; dit veld is verplicht`);
        else {
          failed = true;
          problems.push({ severity: 'fout', file, line: fallbackLine, column: key, message: `verplicht veld "${key}" ontbreekt` });
        }
      }
      return undefined;
    }
    return v;
  };
  const asText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
  const reader: FieldReader = {
    get failed() {
      return failed;
    },
    line: lineOf,
    fail,
    warn,
    has: (key) => fields.has(key),
    raw: (key) => fields.get(key)?.value,
    text(key, required = false) {
      const v = value(key, required);
      if (v === undefined) return undefined;
      if (typeof v === 'object' && !(v instanceof Date)) return void fail(key, `veld "${key}" moet een tekst zijn`);
      return asText(v);
    },
    number(key, required = false) {
      const v = value(key, required);
      if (v === undefined) return undefined;
      const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
      if (!Number.isFinite(n)) return void fail(key, `"${asText(v)}" is geen getal`);
      return n;
    },
    integer(key, required = false) {
      const n = reader.number(key, required);
      if (n === undefined) return undefined;
      if (!Number.isInteger(n)) return void fail(key, `"${n}" is geen geheel getal`);
      return n;
    },
    date(key, required = false) {
      const v = value(key, required);
      if (v === undefined) return undefined;
      const parsed = parseDatum(asText(v));
      if (!parsed.ok) return void fail(key, parsed.message);
      return parsed.value;
    },
    quarter(key, required = false) {
      const v = value(key, required);
      if (v === undefined) return undefined;
      const parsed = parseKwartaal(asText(v));
      if (!parsed.ok) return void fail(key, parsed.message);
      return parsed.value;
    },
    oneOf(key, values, required = false) {
      const v = value(key, required);
      if (v === undefined) return undefined;
      const text = asText(v);
      const match = values.find((option) => option.toLowerCase() === text.toLowerCase());
      if (!match) return void fail(key, `"${text}" is geen toegestane waarde (kies uit: ${values.join(', ')})`);
      return match;
    },
    list(key) {
      const v = value(key, false);
      if (v === undefined) return undefined;
      if (Array.isArray(v)) return v.map((item) => asText(item)).filter((item) => item !== '');
      return asText(v)
        .split(/[|,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
    },
    slugList(key) {
      const items = reader.list(key);
      if (!items) return undefined;
      const out: string[] = [];
      for (const item of items) {
        const parsed = parseSlug(item);
        if (parsed.ok) out.push(parsed.value);
        else fail(key, parsed.message);
      }
      return out;
    },
  };
  return reader;
}
