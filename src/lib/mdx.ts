// Reading MDX files as the validator needs them: frontmatter with line numbers, syntax
// errors with their line, and the data components the narrative uses.
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';
import { extname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { parseYamlFields, type Fields } from './fields.ts';
import { mdxSyntaxfout } from './mdx-syntaxfout.ts';
import {
  AFBEELDING_FORMATEN, AFBEELDING_KOP_BYTES, HTML_ADRES_ATTRIBUTEN, HTML_ATTRIBUTEN_OVERAL, HTML_ELEMENTEN,
  MDX_COMPONENTS, adresSchema, alleenCommentaar, verbodenAdres, type MdxComponentName,
} from './mdx-regels.ts';
import type { Problem } from './types.ts';
import { melding, type Code, type Melding } from './meldingen/index.ts';

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

export { MDX_COMPONENTS, type MdxComponentName } from './mdx-regels.ts';

export interface ComponentUse {
  component: MdxComponentName;
  id: string;
  line: number;
}

/** Frontmatter fields Astro's MDX compiler acts on: `layout` imports and runs a module. */
const VERBODEN_VELDEN: Record<string, Code> = { layout: 'mdx.veld-layout', '<<': 'mdx.yaml-samenvoegen' };

export function parseMdx(file: string, source: string, problems: Problem[]): MdxFile {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const result: MdxFile = { file, frontmatter: new Map(), frontmatterLine: 1, body: text, bodyLine: 1 };
  // Astro's own rule (@astrojs/internal-helpers, frontmatter.js): the frontmatter ends at the
  // first line that starts with --- or +++. Read it the same way, so the body checked below is
  // exactly the body Astro compiles.
  const match = /^---([\s\S]*?\n)(---|\+\+\+)([^\n]*)(\n|$)/.exec(text);
  if (!match) {
    if (/^---[ \t]*(\n|$)/.test(text)) {
      // Its fields are there but cannot be read: saying they are missing would mislead.
      problems.push({ ...melding('mdx.frontmatter-niet-gesloten'), file, line: 1 });
      result.frontmatterOnleesbaar = true;
      result.body = '';
      return result;
    }
    problems.push({ ...melding('mdx.geen-frontmatter'), file, line: 1 });
    return result;
  }
  const opening = match[1].slice(0, match[1].indexOf('\n'));
  const yamlText = match[1].slice(opening.length + 1).replace(/\n$/, '');
  result.body = text.slice(match[0].length);
  result.bodyLine = text.slice(0, match[0].length).split('\n').length;
  const closingLine = result.bodyLine - (match[4] === '\n' ? 1 : 0);
  if (opening.trim() !== '' || match[2] !== '---' || match[3].trim() !== '') {
    const line = opening.trim() !== '' ? 1 : closingLine;
    problems.push({ ...melding('mdx.frontmatter-grens', { begin: line === 1 ? '---' : match[2] }), file, line });
    result.frontmatterOnleesbaar = true;
    result.body = '';
    return result;
  }
  const fields = parseYamlFields(file, yamlText, problems, 1);
  for (const [key, field] of fields ?? []) {
    if (!(key in VERBODEN_VELDEN)) continue;
    problems.push({ ...melding(VERBODEN_VELDEN[key] as 'mdx.veld-layout'), file, line: field.line });
    fields?.delete(key);
  }
  result.frontmatter = fields ?? new Map();
  result.frontmatterOnleesbaar = fields === undefined;
  return result;
}

// Sätteri is also the parser Astro compiles the narrative with (its default Markdown and MDX
// processor), so what the check accepts is exactly what the build can compile. The rules of
// what narrative may contain are in mdx-regels.ts; everything else is refused here, because
// Astro compiles MDX to code and runs it at build time.

interface Position {
  start: { line: number; offset?: number };
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  value?: string;
  url?: string;
  identifier?: string;
  label?: string;
  position?: Position;
}

/** Markdown node types that are plain narrative (links, images and MDX nodes are checked apart). */
const MARKDOWN_TYPES = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'inlineCode', 'emphasis', 'strong', 'delete', 'break', 'text', 'linkReference', 'footnoteDefinition', 'footnoteReference',
]);

const kort = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Finds syntax errors, code and unsafe HTML, and the components used in the body, with file lines. */
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
    const reason = text.slice(at ? at[0].length : 0).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
    problems.push({ ...melding('mdx.onleesbaar', { reden: mdxSyntaxfout(reason, mdx.bodyLine) }), file: mdx.file, line: mdx.bodyLine + line - 1 });
    return uses;
  }
  const fout = (line: number, m: Melding) => problems.push({ ...m, file: mdx.file, line });
  const lineOf = (node: MdNode) => mdx.bodyLine + (node.position?.start.line ?? 1) - 1;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(String(node.identifier), String(node.url ?? ''));
  });

  visit(tree, (node) => {
    const md = node as MdNode;
    const at = lineOf(md);
    switch (md.type) {
      case 'link':
      case 'definition': {
        const waar = `${md.type === 'link' ? 'link' : `verwijzing [${md.label}]`} "${kort(String(md.url))}"`;
        const reden = verbodenAdres(String(md.url ?? ''), waar);
        if (reden) fout(at, reden);
        return;
      }
      case 'image':
        checkAfbeelding(mdx, String(md.url ?? ''), at, fout, regionDir);
        return;
      case 'imageReference': {
        const url = definitions.get(String(md.identifier));
        if (url !== undefined) checkAfbeelding(mdx, url, at, fout, regionDir);
        return;
      }
      case 'mdxjsEsm': {
        // MDX reads every paragraph that starts with the word import or export as code; a
        // sentence like "import van gegevens ..." is then no import statement at all.
        const value = String(md.value ?? '').trim();
        const woord = value.startsWith('export') ? 'export' : 'import';
        const isCode = /^import\s*(['"{*]|[\w$]+\s*(,|from\b))|^export\s+(const|let|var|function|default|\{|\*)/.test(value);
        fout(at, isCode ? melding('mdx.import-export') : melding('mdx.alinea-als-code', { woord }));
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // {/* commentaar */} is allowed; anything else is code the site would run.
        const value = String(md.value ?? '');
        if (alleenCommentaar(value)) return;
        fout(at, melding('mdx.accolades', { tekst: kort(value.trim(), 30) }));
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const use = checkElement(mdx, md, at, fout);
        if (use) uses.push(use);
        return;
      }
      default:
        if (!MARKDOWN_TYPES.has(md.type)) fout(at, melding('mdx.onderdeel', { soort: md.type }));
    }
  });
  return uses;
}

type Fout = (line: number, m: Melding) => void;

/** Why an attribute is code (a spread or a value between braces), or undefined. */
function attribuutIsCode(element: string, attr: JsxAttribute): Melding | undefined {
  if (attr.type === 'mdxJsxExpressionAttribute') {
    return melding('mdx.attributen-code', { element, tekst: kort(String(attr.value ?? ''), 30) });
  }
  if (attr.value !== null && typeof attr.value === 'object') {
    return melding('mdx.attribuut-code', { element, attribuut: String(attr.name) });
  }
  return undefined;
}

/** Checks one JSX element: a known component with its id, or an allowed HTML element. */
function checkElement(mdx: MdxFile, jsx: MdNode, line: number, fout: Fout): ComponentUse | undefined {
  const name = jsx.name;
  const attributes = jsx.attributes ?? [];
  if (!name) {
    fout(line, melding('mdx.fragment'));
    return undefined;
  }
  const lines = attributeLines(mdx.body, jsx, line);
  if (/^[A-Z]/.test(name)) {
    if (!Object.hasOwn(MDX_COMPONENTS, name)) {
      fout(line, melding('mdx.onbekend-component', { naam: name, beschikbaar: Object.entries(MDX_COMPONENTS).map(([c, a]) => `<${c} ${a}="…" />`).join(' en ') }));
      return undefined;
    }
    const component = name as MdxComponentName;
    const attribute = MDX_COMPONENTS[component];
    let ok = true;
    attributes.forEach((attr, i) => {
      const code = attribuutIsCode(name, attr);
      const m = code ?? (attr.name === attribute ? undefined : melding('mdx.onbekend-attribuut', { component: name, attribuut: String(attr.name), bekend: attribute }));
      if (m) {
        fout(lines[i], m);
        ok = false;
      }
    });
    if (!ok) return undefined;
    const attr = attributes.find((a) => a.name === attribute);
    if (!attr || typeof attr.value !== 'string' || attr.value.trim() === '') {
      fout(line, melding('mdx.attribuut-ontbreekt', { component, attribuut: attribute }));
      return undefined;
    }
    return { component, id: attr.value.trim(), line };
  }
  if (!Object.hasOwn(HTML_ELEMENTEN, name)) {
    const tip = name === 'img' ? 'schrijf een afbeelding als ![beschrijving](./foto.jpg)' : name === 'h1' ? 'de titel van de pagina is al de grootste kop; gebruik ## of <h2>' : undefined;
    fout(line, melding('mdx.html-element', { element: name, tip }));
    return undefined;
  }
  const allowed: readonly string[] = [...HTML_ATTRIBUTEN_OVERAL, ...HTML_ELEMENTEN[name]];
  attributes.forEach((attr, i) => {
    const code = attribuutIsCode(name, attr);
    if (code) return fout(lines[i], code);
    const attrName = String(attr.name);
    if (!allowed.includes(attrName)) return fout(lines[i], melding('mdx.html-attribuut', { element: name, attribuut: attrName, toegestaan: allowed }));
    if (typeof attr.value !== 'string' || !(HTML_ADRES_ATTRIBUTEN as readonly string[]).includes(attrName)) return;
    const reden = verbodenAdres(attr.value, `<${name} ${attrName}="${kort(attr.value)}">`);
    if (reden) fout(lines[i], reden);
  });
  return undefined;
}

/**
 * The file line of each attribute of a JSX element (Sätteri gives attributes no position):
 * walks the opening tag in the source. Falls back to the element's line.
 */
function attributeLines(body: string, jsx: MdNode, line: number): number[] {
  const attributes = jsx.attributes ?? [];
  const lines = attributes.map(() => line);
  const start = jsx.position?.start.offset;
  if (start === undefined || body[start] !== '<') return lines;
  let i = start + 1;
  const skip = (pattern: RegExp) => {
    while (i < body.length && pattern.test(body[i])) i++;
  };
  const afterQuote = (at: number) => {
    const end = body.indexOf(body[at], at + 1);
    return end < 0 ? body.length : end + 1;
  };
  const skipBraces = () => {
    let depth = 0;
    while (i < body.length) {
      const c = body[i];
      if (c === '"' || c === "'" || c === '`') {
        i = afterQuote(i);
        continue;
      }
      i++;
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return;
    }
  };
  skip(/[^\s/>{]/);
  for (let k = 0; k < attributes.length && i < body.length; k++) {
    skip(/\s/);
    lines[k] = line + (body.slice(start, i).match(/\n/g)?.length ?? 0);
    if (body[i] === '{') {
      skipBraces();
      continue;
    }
    skip(/[^\s=/>{]/);
    skip(/\s/);
    if (body[i] !== '=') continue;
    i++;
    skip(/\s/);
    if (body[i] === '{') skipBraces();
    else if (body[i] === '"' || body[i] === "'") i = afterQuote(i);
  }
  return lines;
}

/**
 * An image must be a real image file inside the region folder, named relative to the MDX file:
 * Astro imports the path as a module (a bare name would load a package, `?raw` a file's text)
 * and fails with an English stack trace on anything that is not an image.
 */
function checkAfbeelding(mdx: MdxFile, url: string, line: number, fout: Fout, regionDir?: string): void {
  if (!url) return;
  const pad = kort(url);
  if (adresSchema(url) !== undefined || !/^\.\.?\//.test(url)) {
    const voorbeeld = adresSchema(url) === undefined && !url.startsWith('/') ? url : undefined;
    return fout(line, melding('mdx.afbeelding-niet-uit-regiomap', { pad, voorbeeld }));
  }
  if (/[?#]/.test(url)) return fout(line, melding('mdx.afbeelding-vraagteken', { pad }));
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return fout(line, melding('mdx.afbeelding-procentcode', { pad }));
  }
  const inRegio = posix.normalize(posix.join(posix.dirname(mdx.file), decoded));
  const buiten = melding('mdx.afbeelding-buiten-regiomap', { pad });
  if (inRegio === '..' || inRegio.startsWith('../')) return fout(line, buiten);
  if (!regionDir) return;
  const target = resolve(regionDir, inRegio);
  if (!existsSync(target)) {
    return fout(line, melding('mdx.afbeelding-bestaat-niet', { pad: url, naast: mdx.file.split('/').pop() ?? mdx.file }));
  }
  // A symbolic link may point anywhere: what counts is where the file really is.
  const echt = relative(realpathSync(regionDir), realpathSync(target));
  if (echt === '..' || echt.startsWith(`..${sep}`) || isAbsolute(echt)) return fout(line, buiten);
  if (!statSync(target).isFile()) return fout(line, melding('mdx.afbeelding-map', { pad }));
  const ext = extname(target).toLowerCase();
  if (ext === '.svg') return fout(line, melding('mdx.afbeelding-svg', { pad }));
  const formaat = AFBEELDING_FORMATEN.find((f) => (f.extensies as readonly string[]).includes(ext));
  if (!formaat) {
    return fout(line, melding('mdx.afbeelding-bestandstype', { pad, extensie: ext || 'zonder extensie', toegestaan: AFBEELDING_FORMATEN.flatMap((f) => f.extensies) }));
  }
  const kop = new Uint8Array(AFBEELDING_KOP_BYTES);
  const fd = openSync(target, 'r');
  try {
    readSync(fd, kop, 0, kop.length, 0);
  } finally {
    closeSync(fd);
  }
  if (formaat.herken(kop)) {
    // Astro reads the size of every image with this same library (vendored) and fails on a
    // file whose header cannot be read: a right signature with no image behind it.
    let maat: { width?: number; height?: number } | undefined;
    try {
      maat = imageSize(readFileSync(target));
    } catch {
      maat = undefined;
    }
    if (!maat?.width || !maat.height) fout(line, melding('mdx.afbeelding-beschadigd', { pad, formaat: formaat.naam }));
    return;
  }
  const echtFormaat = AFBEELDING_FORMATEN.find((f) => f.herken(kop));
  fout(line, melding('mdx.afbeelding-ander-formaat', { pad, formaat: formaat.naam, echt: echtFormaat?.naam, extensie: echtFormaat?.extensies[0] }));
}
