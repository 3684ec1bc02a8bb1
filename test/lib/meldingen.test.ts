import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUS, GROEPEN, HOOFDSTUKKEN, melding, werkMeldingenBij, type Code } from '../../src/lib/meldingen/index.ts';
import type { Soort } from '../../src/lib/meldingen/soort.ts';

const docs = readFileSync(new URL('../../docs/foutmeldingen.md', import.meta.url), 'utf8');
const codes = Object.keys(CATALOGUS) as Code[];

/** Every source file outside the catalogue, for the "used somewhere" check. */
function bronnen(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path.endsWith(join('lib', 'meldingen')) ? [] : bronnen(path);
    return /\.(ts|astro|mjs)$/.test(e.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('message catalogue', () => {
  it('has unique codes, each starting with its group', () => {
    const alle = Object.entries(GROEPEN).flatMap(([groep, entries]) => Object.keys(entries).map((code) => [groep, code] as const));
    expect(new Set(alle.map(([, c]) => c)).size).toBe(alle.length);
    expect(alle.length).toBe(codes.length);
    for (const [groep, code] of alle) expect(code).toMatch(new RegExp(`^${groep}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('renders every template with its example without leftover placeholders', () => {
    for (const code of codes) {
      const soort = CATALOGUS[code] as Soort<unknown>;
      const tekst = soort.tekst(soort.voorbeeld);
      expect(tekst, code).not.toMatch(/undefined|null|NaN|\[object |\$\{/);
      expect(tekst.trim(), code).not.toBe('');
      expect(tekst, code).not.toContain('\n');
    }
  });

  it('builds a message with its code and the entry\'s severity', () => {
    expect(melding('cel.geen-getal', { waarde: '70 personen' })).toEqual({ code: 'cel.geen-getal', severity: 'fout', message: '"70 personen" is geen getal' });
    expect(melding('bestand.windows-1252').severity).toBe('waarschuwing');
  });

  it('has every code used by a call site in src/', () => {
    const src = bronnen(new URL('../../src', import.meta.url).pathname).join('\n');
    const ongebruikt = codes.filter((code) => !src.includes(`'${code}'`));
    expect(ongebruikt).toEqual([]);
  });

  it('documents every code exactly once', () => {
    const gedocumenteerd = HOOFDSTUKKEN.flatMap((h) => [...(h.codes ?? []), ...h.koppen.flatMap((k) => k.codes)]);
    expect([...gedocumenteerd].sort()).toEqual([...codes].sort());
  });

  it('keeps docs/foutmeldingen.md up to date (npm run docs:meldingen)', () => {
    expect(werkMeldingenBij(docs)).toBe(docs);
  });
});
