import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMdx, scanMdxBody } from '../../src/lib/mdx.ts';
import { mdxSyntaxfout } from '../../src/lib/mdx-syntaxfout.ts';
import { ADRES_SCHEMAS, AFBEELDING_FORMATEN, HTML_ATTRIBUTEN_OVERAL, HTML_ELEMENTEN, adresSchema, alleenCommentaar, verbodenAdres } from '../../src/lib/mdx-regels.ts';
import { ROOT } from '../helpers/paths.ts';
import type { Problem } from '../../src/lib/types.ts';

function read(source: string) {
  const problems: Problem[] = [];
  const mdx = parseMdx('content/lijnen/x.mdx', source, problems);
  const uses = scanMdxBody(mdx, problems);
  return { mdx, uses, problems };
}

describe('frontmatter', () => {
  it('reads fields with their file line', () => {
    const { mdx, problems } = read('---\ntitel: Werven\nvolgorde: 2\nvastgesteld: 2026-04-16\n---\n\nTekst\n');
    expect(problems).toEqual([]);
    expect(mdx.frontmatter.get('titel')).toEqual({ value: 'Werven', line: 2 });
    expect(mdx.frontmatter.get('volgorde')).toEqual({ value: 2, line: 3 });
    expect(mdx.frontmatter.get('vastgesteld')).toEqual({ value: '2026-04-16', line: 4 });
    expect(mdx.bodyLine).toBe(6);
  });

  it('accepts CRLF and a BOM', () => {
    const { mdx, problems } = read('\ufeff---\r\ntitel: A\r\n---\r\nTekst\r\n');
    expect(problems).toEqual([]);
    expect(mdx.frontmatter.get('titel')?.value).toBe('A');
  });

  it('reports a file without frontmatter', () => {
    expect(read('# Titel\n').problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('frontmatter') });
  });

  it('reports invalid YAML with its file line', () => {
    const { problems } = read('---\ntitel: A\nthemas: [a, b\n---\n');
    expect(problems[0]).toMatchObject({ severity: 'fout', file: 'content/lijnen/x.mdx', line: 3 });
  });
});

describe('components in the body', () => {
  it('finds data components with the file line', () => {
    const { uses, problems } = read('---\ntitel: A\n---\n\nTekst\n\n<DoelStatus doel="meer-instroom" />\n\nMeer tekst met <IndicatorGrafiek indicator="uitval" /> erin.\n');
    expect(problems).toEqual([]);
    expect(uses).toEqual([
      { component: 'DoelStatus', id: 'meer-instroom', line: 7 },
      { component: 'IndicatorGrafiek', id: 'uitval', line: 9 },
    ]);
  });

  it('reports unknown components and missing attributes', () => {
    const { problems } = read('---\ntitel: A\n---\n\n<Grafiek id="x" />\n\n<DoelStatus />\n');
    expect(problems.map((p) => p.line)).toEqual([5, 7]);
    expect(problems[0].message).toBe('onbekend component <Grafiek>; beschikbaar zijn <DoelStatus doel="…" /> en <IndicatorGrafiek indicator="…" />');
    expect(problems[1].message).toBe('<DoelStatus> mist het attribuut doel="…"');
  });

  it('reports MDX syntax errors with the file line', () => {
    const { problems } = read('---\ntitel: A\n---\n\nGoed.\n\nMinder dan <5 personen.\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 7, message: expect.stringContaining('MDX kan niet gelezen worden') });
  });

  it('accepts allowed HTML elements with allowed attributes', () => {
    expect(read('---\ntitel: A\n---\n\n<abbr title="x">x</abbr> en <a href="https://example.org" hreflang="en">b</a>\n\n<details open><summary>Meer</summary>Tekst</details>\n').problems).toEqual([]);
  });
});

/** The problems of a body after a three-line frontmatter, as "line: message" (body line 1 is file line 4). */
function fouten(body: string, regionDir?: string): string[] {
  const problems: Problem[] = [];
  const mdx = parseMdx('content/lijnen/x.mdx', `---\ntitel: A\n---\n${body}`, problems);
  scanMdxBody(mdx, problems, regionDir);
  return problems.map((p) => `${p.line}: ${p.message}`);
}

describe('code in MDX', () => {
  it.each([
    ['a comment', '{/* nog aanvullen */}'],
    ['two comments', '{/* a */ /* b */}'],
    ['a line comment', 'Tekst {// later\n}'],
    ['empty braces', 'Tekst {} hier'],
  ])('allows %s', (_naam, body) => {
    expect(fouten(body)).toEqual([]);
  });

  it.each([
    ['code between comments', '{/* a */ process.env.HOME /* b */}', '4: {/* a */ process.env.HOME /* b …}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt'],
    ['code after a comment', 'x {/* a */ require("fs")}', '4: {/* a */ require("fs")}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt'],
    ['a string that looks like a comment', '{"/* x */"}', '4: {"/* x */"}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt'],
    ['code on the next line after a line comment', '{// a\nprocess.exit(1)}', '4: {// a\nprocess.exit(1)}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt'],
  ])('refuses %s', (_naam, body, verwacht) => {
    expect(fouten(body)).toEqual([verwacht]);
  });

  it('refuses an expression in an HTML attribute, on its own line', () => {
    expect(fouten('\n<div\n  lang="nl"\n  title={require(\'node:fs\').readFileSync(\'/etc/passwd\', \'utf8\')}>x</div>\n')).toEqual([
      '7: <div>: title={…} is code; schrijf een vaste waarde tussen aanhalingstekens: title="…"',
    ]);
  });

  it('refuses a spread attribute and an expression on a component', () => {
    expect(fouten('<DoelStatus {...x} />\n\n<IndicatorGrafiek indicator={"a" + "b"} />\n\n<span title="a}" {...y}>z</span>\n')).toEqual([
      '4: <DoelStatus>: {...x} tussen de attributen is code; schrijf alleen attributen als naam="waarde"',
      '6: <IndicatorGrafiek>: indicator={…} is code; schrijf een vaste waarde tussen aanhalingstekens: indicator="…"',
      '8: <span>: {...y} tussen de attributen is code; schrijf alleen attributen als naam="waarde"',
    ]);
  });

  it('refuses unknown attributes on a component', () => {
    expect(fouten('<DoelStatus doel="a" kwartaal="2025-Q1" />\n')).toEqual(['4: <DoelStatus>: onbekend attribuut "kwartaal"; <DoelStatus> kent alleen doel="…"']);
  });

  it('refuses a fragment', () => {
    expect(fouten('<>tekst</>\n')).toEqual(['4: <>…</> (een element zonder naam) wordt niet ondersteund; laat <> en </> weg']);
  });
});

describe('HTML in MDX', () => {
  it.each([
    ['<script>', '<script>alert(1)</script>', '4: HTML-element <script> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan'],
    ['<iframe>', 'Zie <iframe src="https://example.org"></iframe>', '4: HTML-element <iframe> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan'],
    ['<meta http-equiv>', '<meta http-equiv="refresh" content="0;url=https://example.org" />', '4: HTML-element <meta> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan'],
    ['<style>', '<style>body</style>', '4: HTML-element <style> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan'],
    ['<object>', '<object data="x.swf"></object>', '4: HTML-element <object> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan'],
    ['<form>', '<form action="https://example.org">x</form>', '4: HTML-element <form> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan'],
    ['<img>', '<img src="./a.png" alt="a" />', '4: HTML-element <img> is niet toegestaan in MDX (schrijf een afbeelding als ![beschrijving](./foto.jpg)); zie docs/mdx.md voor wat wel kan'],
    ['<h1>', '<h1>Kop</h1>', '4: HTML-element <h1> is niet toegestaan in MDX (de titel van de pagina is al de grootste kop; gebruik ## of <h2>); zie docs/mdx.md voor wat wel kan'],
    ['an event handler', '<p onclick="alert(1)">x</p>', '4: <p>: attribuut "onclick" is niet toegestaan (bij <p> kan: title, lang)'],
    ['an event handler in JSX spelling', '<div onClick="alert(1)">x</div>', '4: <div>: attribuut "onClick" is niet toegestaan (bij <div> kan: title, lang)'],
    ['style', '<span style="color:red">x</span>', '4: <span>: attribuut "style" is niet toegestaan (bij <span> kan: title, lang)'],
    ['target on a link', '<a href="https://example.org" target="_blank">x</a>', '4: <a>: attribuut "target" is niet toegestaan (bij <a> kan: title, lang, href, hreflang)'],
    ['an element named like an object property', '<constructor>x</constructor>', '4: HTML-element <constructor> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan'],
  ])('refuses %s', (_naam, body, verwacht) => {
    expect(fouten(body)).toEqual([verwacht]);
  });

  it('reports an HTML comment as unreadable MDX (Sätteri gives no html nodes)', () => {
    expect(fouten('Tekst <!-- geheim --> hier\n')).toEqual(['4: MDX kan niet gelezen worden: HTML-commentaar (<!-- … -->) kan niet in MDX; schrijf commentaar als {/* … */}, of < als &lt; in gewone tekst']);
  });

  it('finds the line of an attribute in a tag over several lines', () => {
    expect(fouten('<a\n  title="t"\n  href="javascript:alert(1)"\n  onmouseover="x">y</a>\n')).toEqual([
      '6: <a href="javascript:alert(1)">: het adrestype "javascript:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype',
      '7: <a>: attribuut "onmouseover" is niet toegestaan (bij <a> kan: title, lang, href, hreflang)',
    ]);
  });
});

describe('addresses in MDX', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVa&#115;cript:alert(1)', 'javascript'],
    ['JaVa&amp;#115;cript:alert(1)', 'javascript'],
    [' java\tscript:alert(1)', 'javascript'],
    ['java&#x0A;script&colon;alert(1)', 'javascript'],
    ['data:text/html,<b>x</b>', 'data'],
    ['VBScript:msgbox', 'vbscript'],
    ['https://example.org/a?b=c:d', 'https'],
    ['./a:b', undefined],
    ['#kop', undefined],
    ['/loket/', undefined],
  ])('reads the scheme of %j', (url, schema) => {
    expect(adresSchema(url)).toBe(schema);
  });

  it('allows web, mail, phone, relative and # addresses', () => {
    for (const url of ['https://example.org', 'http://example.org', 'mailto:loket@example.org', 'tel:+31101234567', '../loket/', '#doelen', '//example.org']) {
      expect(verbodenAdres(url, 'link')).toBeUndefined();
    }
    expect(fouten('[a](https://example.org) [b](mailto:x@example.org) [c](#kop) https://example.org www.example.org\n')).toEqual([]);
  });

  it('refuses javascript:, data: and vbscript: in links, definitions and attributes', () => {
    expect(fouten([
      '[a](javascript:alert(1))',
      '',
      '[b](JaVa&#115;cript:alert(1))',
      '',
      '[c][x]',
      '',
      '[x]: data:text/html,hoi',
      '',
      '<q cite="vbscript:x">d</q>',
      '',
    ].join('\n'))).toEqual([
      '4: link "javascript:alert(1)": het adrestype "javascript:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype',
      '6: link "JaVascript:alert(1)": het adrestype "javascript:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype',
      '10: verwijzing [x] "data:text/html,hoi": het adrestype "data:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype',
      '12: <q cite="vbscript:x">: het adrestype "vbscript:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype',
    ]);
  });
});

describe('comments', () => {
  it.each([
    ['/* a */', true],
    ['  /* a */ // b\n /* c\n d */ ', true],
    ['/* a */ x /* b */', false],
    ['/* a *\\/ x */', true],
    ['/* a', false],
    ['x', false],
  ])('%j is only comments: %s', (code, verwacht) => {
    expect(alleenCommentaar(code)).toBe(verwacht);
  });
});

describe('frontmatter that Astro would act on', () => {
  it('refuses a layout, which Astro imports and runs', () => {
    const problems: Problem[] = [];
    const mdx = parseMdx('content/lijnen/x.mdx', '---\ntitel: A\nLayout: ./evil.mjs\n---\nTekst\n', problems);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['3: veld "layout" kan niet: de monitor bepaalt zelf de opmaak, en een layout is programmacode; haal de regel weg']);
    expect(mdx.frontmatter.has('layout')).toBe(false);
  });

  it('refuses a YAML merge key, which could bring in a layout', () => {
    const problems: Problem[] = [];
    parseMdx('content/lijnen/x.mdx', '---\ntitel: A\n<<: {layout: ./evil.mjs}\n---\n', problems);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['3: "<<" (samenvoegen in YAML) kan niet in de frontmatter; schrijf elk veld zelf uit']);
  });

  it('ends the frontmatter where Astro does, so no body escapes the check', () => {
    // Astro ends the frontmatter at the first line starting with --- or +++; the rest of
    // that line and everything after it is compiled as MDX.
    for (const [source, line] of [['---\ntitel: A\n---x: {process.exit(1)}\n---\n', 3], ['---\ntitel: A\n+++\n{process.exit(1)}\n---\n', 3], ['---titel: A\n---\n', 1]] as const) {
      const problems: Problem[] = [];
      const mdx = parseMdx('content/lijnen/x.mdx', source, problems);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line, message: expect.stringContaining('de frontmatter moet beginnen en eindigen met een regel met alleen "---"') });
      expect(mdx.body).toBe('');
    }
  });
});

describe('images in MDX', () => {
  const regio = mkdtempSync(join(tmpdir(), 'mdx-afbeeldingen-'));
  afterAll(() => rmSync(regio, { recursive: true, force: true }));
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  const JPEG = Buffer.from('/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAAD//Z', 'base64');
  const lijnen = join(regio, 'content', 'lijnen');
  mkdirSync(join(lijnen, 'map.png'), { recursive: true });
  writeFileSync(join(lijnen, 'foto.png'), PNG);
  writeFileSync(join(lijnen, 'foto.jpg'), JPEG);
  writeFileSync(join(lijnen, 'foto2.png'), JPEG);
  writeFileSync(join(lijnen, 'tekst.png'), 'geen afbeelding\n');
  writeFileSync(join(lijnen, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(join(lijnen, 'foto.bmp'), 'BM');
  writeFileSync(join(regio, '..', 'mdx-buiten.png'), PNG);
  symlinkSync('/etc/hostname', join(lijnen, 'link.png'));

  it('accepts a real PNG and JPEG next to the MDX file, also by reference', () => {
    expect(fouten('![Foto](./foto.png) ![Foto](../lijnen/foto.jpg) ![Ref][f]\n\n[f]: ./foto.png\n', regio)).toEqual([]);
  });

  it.each([
    ['a text file named .png', '![x](./tekst.png)', '4: afbeelding "./tekst.png" is geen PNG-bestand: de inhoud is geen afbeelding; sla de afbeelding opnieuw op als PNG'],
    ['a JPEG named .png', '![x](./foto2.png)', '4: afbeelding "./foto2.png" is geen PNG-bestand maar JPEG; geef het bestand de extensie .jpg'],
    ['a folder', '![x](./map.png)', '4: afbeelding "./map.png" is een map, geen bestand'],
    ['an SVG', '![x](./logo.svg)', '4: afbeelding "./logo.svg": SVG kan niet (een SVG-bestand kan programmacode bevatten); sla de afbeelding op als PNG'],
    ['another file type', '![x](./foto.bmp)', '4: afbeelding "./foto.bmp": bestandstype .bmp kan niet; gebruik .png, .jpg, .jpeg, .gif, .webp, .avif'],
    ['a path out of the region', '![x](../../../mdx-buiten.png)', '4: afbeelding "../../../mdx-buiten.png" ligt buiten de regiomap; zet de afbeelding in de map content'],
    ['a deep path out of the region', '![x](../../../../../../etc/x.png)', '4: afbeelding "../../../../../../etc/x.png" ligt buiten de regiomap; zet de afbeelding in de map content'],
    ['a symbolic link out of the region', '![x](./link.png)', '4: afbeelding "./link.png" ligt buiten de regiomap; zet de afbeelding in de map content'],
    ['an image from the internet', '![x](https://example.org/x.png)', '4: afbeelding "https://example.org/x.png": gebruik een bestand uit de regiomap, met een pad vanaf het MDX-bestand dat begint met ./ of ../, zoals ./foto.jpg; een afbeelding van internet kan niet'],
    ['a data: image', '![x](data:image/png;base64,iVBORw0KGgo=)', '4: afbeelding "data:image/png;base64,iVBORw0KGgo=": gebruik een bestand uit de regiomap, met een pad vanaf het MDX-bestand dat begint met ./ of ../, zoals ./foto.jpg; een afbeelding van internet kan niet'],
    ['a bare name (Astro would import it as a package)', '![x](foto.png)', '4: afbeelding "foto.png": gebruik een bestand uit de regiomap, met een pad vanaf het MDX-bestand dat begint met ./ of ../, zoals ./foto.png'],
    ['a query (Vite would read ?raw as text)', '![x](./foto.png?raw)', '4: afbeelding "./foto.png?raw": een pad met ? of # kan niet; noem alleen het bestand'],
    ['a bad %-code', '![x](./foto%E0.png)', '4: afbeelding "./foto%E0.png": het pad bevat een ongeldige %-code'],
    ['a missing file by reference', '![x][f]\n\n[f]: ./weg.png', '4: afbeelding "./weg.png" bestaat niet (zet het bestand naast x.mdx of pas het pad aan)'],
  ])('refuses %s', (_naam, body, verwacht) => {
    expect(fouten(body, regio)).toEqual([verwacht]);
  });
});

describe('docs/mdx.md', () => {
  const docs = readFileSync(join(ROOT, 'docs/mdx.md'), 'utf8');

  it('lists exactly the allowed HTML elements and their attributes', () => {
    const rows = [...docs.matchAll(/^\| `<([a-z0-9]+)>` \|([^|]*)\|$/gm)].map(([, element, attrs]) => [element, [...attrs.matchAll(/`([a-z-]+)`/g)].map((m) => m[1])]);
    expect(Object.fromEntries(rows)).toEqual(HTML_ELEMENTEN);
    expect(docs).toContain(`Elk element mag ${HTML_ATTRIBUTEN_OVERAL.map((a) => `\`${a}\``).join(' en ')} hebben.`);
  });

  it('names the allowed URL schemes and image formats', () => {
    const adressen = docs.slice(docs.indexOf('## Adressen in links'), docs.indexOf('## Afbeeldingen'));
    const genoemd = new Set([...adressen.matchAll(/`([a-z]+):/g)].map((m) => m[1]));
    expect([...genoemd].filter((s) => !['javascript', 'data', 'vbscript'].includes(s)).sort()).toEqual([...ADRES_SCHEMAS].sort());
    const formaten = docs.slice(docs.indexOf('## Afbeeldingen')).replace(/\s+/g, ' ');
    for (const { naam, extensies } of AFBEELDING_FORMATEN) expect(formaten).toContain(`${naam} (${extensies.map((e) => `\`${e}\``).join(', ')})`);
  });
});

describe('MDX syntax errors in Dutch', () => {
  it('says a parser message it does not know in the parser\'s words, with the tip and without body positions', () => {
    expect(mdxSyntaxfout('Unexpected lazy line in container (2:3)', 5)).toBe('Unexpected lazy line in container (tip: schrijf < als &lt; en { als \\{ in gewone tekst)');
  });

  it('gives an open tag\'s line in the file, not in the body', () => {
    expect(mdxSyntaxfout('Unexpected closing tag `</span>`, expected corresponding closing tag for `<div>` (3:1)', 5)).toBe('</span> staat waar </div> moet staan: <div> op regel 7 is nog open');
  });
});
