import { describe, expect, it } from 'vitest';
import { parseMdx, scanMdxBody } from '../../src/lib/mdx.ts';
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

  it('ignores plain HTML elements', () => {
    expect(read('---\ntitel: A\n---\n\n<abbr title="x">x</abbr>\n').problems).toEqual([]);
  });
});
