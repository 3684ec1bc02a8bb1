// YAML fields (regio.yaml, MDX frontmatter) with the line of each field; their values are
// read against the declarations by src/lib/contract/lezen.ts, with the same grammar as CSV cells.
import { LineCounter, parseDocument, isAlias, isMap, isScalar, visit } from 'yaml';
import { ongeldigTeken, tekenMelding } from './text.ts';
import type { Problem } from './types.ts';

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
