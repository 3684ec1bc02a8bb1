// The status vocabularies are the one place for each status's order, word, meaning and icon:
// the order is the documented one, every icon is in the sprite, and docs/status.md says the same.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AANBEVELING_STATUSSEN_BETEKENIS,
  DOEL_STATUSSEN,
  NALEVINGSSTATUSSEN_BETEKENIS,
  PARTIJ_STATUSSEN_BETEKENIS,
  VOORTGANG_STATUSSEN_BETEKENIS,
  doelStatusBetekenis,
  indicatorVolgordeMarkdown,
  indicatorVolgordeTekst,
  nalevingBetekenis,
  opVolgorde,
  statusLabel,
  statusTabelMarkdown,
  telling,
  type Betekenis,
} from '../../src/lib/status-vocabulaire.ts';
import { statusSprite } from '../../src/components/status-iconen.ts';
import { AANBEVELING_STATUSSEN, NALEVINGSSTATUSSEN, PARTIJ_STATUSSEN, STATUSSEN, VOORTGANG_STATUSSEN } from '../../src/lib/types.ts';
import { ROOT } from '../helpers/paths.ts';

const tabellen: [string, readonly Betekenis<string>[], readonly string[]][] = [
  ['doel', DOEL_STATUSSEN, STATUSSEN],
  ['voortgang', VOORTGANG_STATUSSEN_BETEKENIS, VOORTGANG_STATUSSEN],
  ['aanbeveling', AANBEVELING_STATUSSEN_BETEKENIS, AANBEVELING_STATUSSEN],
  ['naleving', NALEVINGSSTATUSSEN_BETEKENIS, NALEVINGSSTATUSSEN],
  ['partij', PARTIJ_STATUSSEN_BETEKENIS, PARTIJ_STATUSSEN],
];

describe('the goal status table', () => {
  it('is in the documented order: worst first, niet beoordeeld after geen meting', () => {
    expect(DOEL_STATUSSEN.map((b) => b.slug)).toEqual([
      'achter', 'aandacht', 'geen-actuele-meting', 'geen-meting', 'niet-beoordeeld', 'op-koers', 'behaald',
    ]);
  });

  it('gives only niet beoordeeld to goals alone, and says the indicator order in words', () => {
    expect(DOEL_STATUSSEN.filter((b) => !b.voorIndicator).map((b) => b.slug)).toEqual(['niet-beoordeeld']);
    expect(indicatorVolgordeTekst()).toBe('achter, aandacht, geen actuele meting, geen meting, op koers, behaald');
  });

  it('has the reader words of PRODUCT.md', () => {
    expect(DOEL_STATUSSEN.map((b) => b.label)).toEqual([
      'achter', 'aandacht', 'geen actuele meting', 'geen meting', 'niet beoordeeld', 'op koers', 'behaald',
    ]);
    expect(statusLabel('op-koers')).toBe('op koers');
  });

  it('has a symbol in the sprite for every status, and no symbol without a status', () => {
    const symbolen = [...statusSprite().matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]);
    const iconen = DOEL_STATUSSEN.map((b) => b.icoon);
    for (const icoon of iconen) expect(symbolen).toContain(icoon);
    expect(new Set(symbolen)).toEqual(new Set(iconen));
    // Each status its own shape: status never depends on colour alone, nor on a shared icon.
    expect(new Set(iconen).size).toBe(iconen.length);
  });

  it('sorts and counts in the table order', () => {
    expect(opVolgorde(['behaald', 'niet-beoordeeld', 'achter', 'behaald', 'geen-meting'])).toEqual(['achter', 'geen-meting', 'niet-beoordeeld', 'behaald']);
    expect(telling(['behaald', 'op-koers', 'achter', 'behaald'])).toEqual([
      { status: 'achter', aantal: 1 },
      { status: 'op-koers', aantal: 1 },
      { status: 'behaald', aantal: 2 },
    ]);
    expect(telling([])).toEqual([]);
  });

  it('refuses a status it does not know', () => {
    expect(() => doelStatusBetekenis('onbekend' as never)).toThrow('onbekende status "onbekend"');
  });
});

describe.each(tabellen)('the %s status table', (_naam, tabel, slugs) => {
  it('has exactly one row per status of the data contract, ranked by position', () => {
    expect(tabel.map((b) => b.slug).sort()).toEqual([...slugs].sort());
    expect(tabel.map((b) => b.rang)).toEqual(tabel.map((_, i) => i));
  });

  it('has a distinct word and a one-sentence B1 description for each', () => {
    expect(new Set(tabel.map((b) => b.label)).size).toBe(tabel.length);
    for (const b of tabel) {
      expect(b.label).toMatch(/^[a-z][a-z ]*$/);
      expect(b.omschrijving).toMatch(/^[A-Z][^.]*\.$/);
    }
  });
});

describe('sibling vocabularies', () => {
  it('lists activities and recommendations in the order docs/gegevens.md gives', () => {
    expect(VOORTGANG_STATUSSEN_BETEKENIS.map((b) => b.slug)).toEqual([...VOORTGANG_STATUSSEN]);
    expect(AANBEVELING_STATUSSEN_BETEKENIS.map((b) => b.label)).toEqual(['open', 'in uitvoering', 'afgerond']);
  });

  it('gives the nalevingsstatus its legal meaning (CONVENTIONS.md)', () => {
    expect(NALEVINGSSTATUSSEN_BETEKENIS.map((b) => `${b.slug} ${b.label}`)).toEqual([
      'A voldoet volledig', 'B voldoet gedeeltelijk', 'C eerste maatregelen genomen', 'D geen maatregelen genomen', 'E voldoet niet',
    ]);
    expect(nalevingBetekenis('B').label).toBe('voldoet gedeeltelijk');
  });
});

describe('docs/status.md', () => {
  const docs = readFileSync(join(ROOT, 'docs/status.md'), 'utf8');
  const tussen = (naam: string) => {
    const m = new RegExp(`<!-- ${naam}:begin[^>]*-->\\n([\\s\\S]*?)\\n<!-- ${naam}:eind -->`).exec(docs);
    if (!m) throw new Error(`docs/status.md: markering "${naam}" ontbreekt`);
    return m[1];
  };

  it('lists every status with its word and description, in the table order', () => {
    expect(tussen('statussen')).toBe(statusTabelMarkdown());
  });

  it('numbers the order in which a goal takes the worst indicator', () => {
    expect(tussen('volgorde')).toBe(indicatorVolgordeMarkdown());
  });
});
