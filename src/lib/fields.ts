// YAML fields (regio.yaml, MDX frontmatter) with the line of each field; their values are
// read against the declarations by src/lib/contract/lezen.ts, with the same grammar as CSV cells.
import { melding, type Melding } from './meldingen/index.ts';
import { LineCounter, parseDocument, isAlias, isMap, isScalar, visit } from 'yaml';
import { ongeldigTeken, tekenMelding } from './text.ts';
import type { Problem } from './types.ts';

export interface FrontmatterField {
  value: unknown;
  line: number;
}

export type Fields = Map<string, FrontmatterField>;

/** Dutch wording of the YAML reader's errors that authors run into (the rest keep their reason). */
function yamlMelding(code: string, lines: string[], line: number, lineOffset: number): Melding | undefined {
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?["']?([^"':]+?)["']?\s*:/.exec(lines[line - 1] ?? '')?.[1] ?? '';
    const eerder = lines.slice(0, line - 1).findLastIndex((l) => new RegExp(`^\\s*(?:-\\s+)?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`).test(l));
    return melding('mdx.veld-dubbel', { veld: key, waar: 'blok', regel: eerder >= 0 ? eerder + 1 + lineOffset : undefined });
  }
  if (code === 'MULTIPLE_DOCS') return melding('mdx.tweede-document');
  return undefined;
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
  const fout = (line: number, m: Melding) => {
    if (gemeld.has(`${line}|${m.message}`)) return;
    gemeld.add(`${line}|${m.message}`);
    problems.push({ ...m, file, line: line + lineOffset });
  };
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line;
    const eigen = yamlMelding(error.code, lines, line, lineOffset);
    fout(line, eigen ?? melding('mdx.geen-yaml', { reden: error.message.split('\n')[0] }));
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
        fout(line, melding('mdx.yaml-verwijzing', { naam: String(isAlias(node) ? node.source : node.anchor) }));
      } else if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        apart = true;
        fout(line, melding('mdx.yaml-label', { label: node.tag }));
      }
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && (pair.key.value === null || String(pair.key.value).trim() === '')) {
        apart = true;
        fout(lineCounter.linePos(pair.key.range?.[0] ?? (pair.value as { range?: number[] } | null)?.range?.[0] ?? 0).line, melding('mdx.waarde-zonder-veld'));
      }
    },
  });
  if (apart) return undefined;
  const fields: Fields = new Map();
  const zichtbaarOngeldig = ongeldigTeken(bron) !== undefined;
  if (doc.contents === null) return fields;
  if (!isMap(doc.contents)) {
    problems.push({ ...melding('mdx.geen-velden'), file, line: 1 + lineOffset });
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
      const gelezen = value === null ? undefined : String(value);
      problems.push({ ...melding('mdx.commentaar-in-waarde', { gelezen, veld: key, voorbeeld: source.slice(source.indexOf(':') + 1).trim() }), file, line, column: key });
    }
    const eerder = fields.get(key);
    if (eerder) {
      // `Naam:` and `naam:` are two keys for YAML but one field here: one would silently win.
      problems.push({ ...melding('mdx.veld-dubbel', { veld: key, waar: 'bestand', regel: eerder.line }), file, line, column: key });
      continue;
    }
    // Escapes in quoted text ("\x01") put characters in the value that the file itself does not show.
    // (Characters in the file itself were already reported with their line by the reader of the file.)
    const teken = zichtbaarOngeldig ? undefined : ongeldigIn(value);
    if (teken) problems.push({ ...tekenMelding(teken, 'in de waarde'), file, line, column: key });
    fields.set(key, { value, line });
  }
  return fields;
}
