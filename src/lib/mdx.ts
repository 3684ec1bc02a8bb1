// Reading MDX files as the validator needs them: frontmatter with line numbers, syntax
// errors with their line, and the data components the narrative uses.
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseYamlFields, type Fields } from './fields.ts';
import type { Problem } from './types.ts';

export interface MdxFile {
  file: string;
  frontmatter: Fields;
  /** Line of the opening `---` (1) or of the body's start when there is no frontmatter. */
  frontmatterLine: number;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** True when the frontmatter itself could not be read (already reported). */
  frontmatterOnleesbaar?: boolean;
}

/** The data components narrative may embed, and the attribute that names the id. */
export const MDX_COMPONENTS = {
  DoelStatus: 'doel',
  IndicatorGrafiek: 'indicator',
} as const;
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export interface ComponentUse {
  component: MdxComponentName;
  id: string;
  line: number;
}

export function parseMdx(file: string, source: string, problems: Problem[]): MdxFile {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const result: MdxFile = { file, frontmatter: new Map(), frontmatterLine: 1, body: text, bodyLine: 1 };
  // The frontmatter ends where the build's reader ends it (Astro's MDX integration): at the
  // first line that starts with ---, so both read the same YAML and the same body.
  const match = /^---[ \t]*\n((?:[\s\S]*?\n)??)---([^\n]*)(\n|$)/.exec(text);
  if (!match) {
    problems.push({ severity: 'fout', file, line: 1, message: 'het bestand begint niet met frontmatter tussen twee regels "---"' });
    return result;
  }
  const yamlText = match[1].replace(/\n$/, '');
  if (match[2].trim() !== '') {
    const line = text.slice(0, match[0].length - match[3].length).split('\n').length;
    problems.push({ severity: 'fout', file, line, message: `de frontmatter eindigt bij de eerste regel die met --- begint; zet op die regel alleen "---" (nu: "---${match[2].trim().slice(0, 20)}")` });
  }
  result.body = text.slice(match[0].length);
  result.bodyLine = text.slice(0, match[0].length).split('\n').length;
  const fields = parseYamlFields(file, yamlText, problems, 1);
  result.frontmatter = fields ?? new Map();
  result.frontmatterOnleesbaar = fields === undefined;
  return result;
}

// Sätteri is also the parser Astro compiles the narrative with (its default Markdown and MDX
// processor), so what the check accepts is exactly what the build can compile.

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/** Finds syntax errors and the components used in the body, with file lines. */
export function scanMdxBody(mdx: MdxFile, problems: Problem[], regionDir?: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  let tree;
  try {
    tree = mdxToMdast(mdx.body);
  } catch (error) {
    // Sätteri's message: "3:12: <reason> (mdx-jsx:<rule>)", the position counted in the body.
    const text = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    const at = /^(\d+):\d+:\s*/.exec(text);
    const line = at ? Number(at[1]) : 1;
    // Positions like (2:10) inside the reason also count from the body: leave them out, as the rule id.
    const reason = text
      .slice(at ? at[0].length : 0)
      .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
      .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    problems.push({
      severity: 'fout',
      file: mdx.file,
      line: mdx.bodyLine + line - 1,
      message: `MDX kan niet gelezen worden: ${reason} (tip: schrijf < als &lt; en { als \\{ in gewone tekst)`,
    });
    return uses;
  }
  visit(tree, (node) => {
    const jsx = node as JsxNode;
    const at = mdx.bodyLine + (jsx.position?.start.line ?? 1) - 1;
    if (jsx.type === 'image' && regionDir) {
      const url = String((node as { url?: string }).url ?? '');
      if (url && !/^([a-z]+:|\/|#)/i.test(url)) {
        const target = resolve(regionDir, dirname(mdx.file), decodeURI(url.split(/[?#]/)[0]));
        if (!existsSync(target)) {
          problems.push({ severity: 'fout', file: mdx.file, line: at, message: `afbeelding "${url}" bestaat niet (zet het bestand naast ${mdx.file.split('/').pop()} of pas het pad aan)` });
        }
      }
      return;
    }
    if (jsx.type === 'mdxjsEsm') {
      // MDX reads every paragraph that starts with the word import or export as code; a
      // sentence like "import van gegevens ..." is then no import statement at all.
      const value = String((node as { value?: string }).value ?? '').trim();
      const woord = value.startsWith('export') ? 'export' : 'import';
      const isCode = /^import\s*(['"{*]|[\w$]+\s*(,|from\b))|^export\s+(const|let|var|function|default|\{|\*)/.test(value);
      problems.push({
        severity: 'fout',
        file: mdx.file,
        line: at,
        message: isCode
          ? 'import en export worden niet ondersteund; <DoelStatus> en <IndicatorGrafiek> zijn al beschikbaar zonder import'
          : `een alinea die begint met het woord "${woord}" leest MDX als code; begin de zin met een hoofdletter ("${woord[0].toUpperCase()}${woord.slice(1)} ...") of met een ander woord`,
      });
      return;
    }
    if (jsx.type === 'mdxFlowExpression' || jsx.type === 'mdxTextExpression') {
      const value = String((node as { value?: string }).value ?? '').trim();
      // {/* commentaar */} is allowed; anything else is code the site would run.
      if (value === '' || /^\/\*[\s\S]*\*\/$/.test(value)) return;
      problems.push({ severity: 'fout', file: mdx.file, line: at, message: `{${value.length > 30 ? `${value.slice(0, 30)}…` : value}}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt` });
      return;
    }
    if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return;
    const line = mdx.bodyLine + (jsx.position?.start.line ?? 1) - 1;
    const name = jsx.name ?? '';
    if (!/^[A-Z]/.test(name)) return; // plain HTML elements
    if (!(name in MDX_COMPONENTS)) {
      problems.push({
        severity: 'fout',
        file: mdx.file,
        line,
        message: `onbekend component <${name}>; beschikbaar zijn ${Object.entries(MDX_COMPONENTS).map(([c, a]) => `<${c} ${a}="…" />`).join(' en ')}`,
      });
      return;
    }
    const component = name as MdxComponentName;
    const attribute = MDX_COMPONENTS[component];
    const attr = jsx.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute);
    if (!attr || typeof attr.value !== 'string' || attr.value.trim() === '') {
      problems.push({ severity: 'fout', file: mdx.file, line, message: `<${component}> mist het attribuut ${attribute}="…"` });
      return;
    }
    uses.push({ component, id: attr.value.trim(), line });
  });
  return uses;
}
