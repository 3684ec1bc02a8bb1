// Reader text: quarters, status words, marks and one precision per figure.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  afgerond,
  aanbevelingWoord,
  datumTekst,
  heeftKleinAantal,
  indicatorDecimalen,
  inKwartaal,
  kwartaalCode,
  kwartaalTekst,
  periodeTekst,
  procentTekst,
  statusWoord,
  tekens,
  toonGetal,
  toonVerschil,
  toonWaarde,
  voortgangWoord,
} from '../../src/lib/leestekst.ts';
import { AANBEVELING_STATUSSEN_BETEKENIS, DOEL_STATUSSEN, VOORTGANG_STATUSSEN_BETEKENIS } from '../../src/lib/status-vocabulaire.ts';
import { loadMonitor } from '../../src/lib/load.ts';
import { grafiekVoor } from '../../src/lib/weergave.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('quarters', () => {
  it('are words in running text and codes in tables', () => {
    expect(kwartaalTekst('2026-Q2')).toBe('2e kwartaal 2026');
    expect(inKwartaal('2026-Q2')).toBe('in het 2e kwartaal 2026');
    expect(kwartaalCode('2026-Q2')).toBe('2026-Q2');
  });

  it('write an activity period in words', () => {
    expect(periodeTekst({ start: '2025-Q1', eind: '2026-Q4' })).toBe('1e kwartaal 2025 tot en met 4e kwartaal 2026');
    expect(periodeTekst({ start: '2025-Q3' })).toBe('vanaf het 3e kwartaal 2025');
    expect(periodeTekst({ eind: '2026-Q4' })).toBe('tot en met het 4e kwartaal 2026');
    expect(periodeTekst({})).toBe('doorlopend');
  });
});

describe('status words', () => {
  it('never are a slug', () => {
    const woorden = [
      ...DOEL_STATUSSEN.map((b) => statusWoord(b.slug)),
      ...VOORTGANG_STATUSSEN_BETEKENIS.map((b) => voortgangWoord(b.slug)),
      ...AANBEVELING_STATUSSEN_BETEKENIS.map((b) => aanbevelingWoord(b.slug)),
    ];
    for (const woord of woorden) expect(woord).not.toMatch(/-/);
    expect(statusWoord('geen-actuele-meting')).toBe('geen actuele meting');
    expect(aanbevelingWoord('in-uitvoering')).toBe('in uitvoering');
  });
});

describe('precision', () => {
  it('is one decimal for an indicator when any of its numbers needs it, else none', () => {
    expect(indicatorDecimalen('percentage', [15, 20, 18])).toBe(0);
    expect(indicatorDecimalen('percentage', [15, 20, 15.5])).toBe(1);
    expect(indicatorDecimalen('fte', [84, null, 90.25])).toBe(1);
    expect(indicatorDecimalen('personen', [3, 12])).toBe(0);
    // Whole euros, whatever the data: no false precision on a path.
    expect(indicatorDecimalen('euro', [40000.5, 300000])).toBe(0);
  });

  it('writes a figure the same in a sentence and in a table', () => {
    const decimalen = indicatorDecimalen('percentage', [15, 82.5]);
    expect(toonWaarde(15, 'percentage', 5, { decimalen })).toBe('15,0%');
    expect(toonGetal(15, 'percentage', 5, { decimalen })).toBe('15,0');
    expect(toonWaarde(84, 'fte', 5, { decimalen: 0 })).toBe('84 fte');
    expect(nbsp(toonWaarde(afgerond(214285.714, 0), 'euro', 5, { decimalen: 0 }))).toBe('€ 214.286');
  });

  it('gives every number of one indicator the same decimals in its status sentences, table and summary (two regions)', () => {
    for (const regio of [join(FIXTURES, 'regio-zes-lijnen'), ROOT]) {
      const { monitor } = loadMonitor(regio, 'publicatie');
      for (const doel of monitor!.doelen) {
        for (const indicator of doel.indicatoren) {
          const grafiek = grafiekVoor(indicator, monitor!);
          const teksten = [
            ...doel.historie.flatMap((s) => s.indicatoren.filter((i) => i.indicator === indicator.id).map((i) => i.uitleg)),
            ...grafiek.rijen.flatMap((r) => [r.waarde, r.traject]),
            grafiek.samenvatting.slice(indicator.naam.length),
          ];
          const getallen = teksten
            .map((t) => t.replace(/\d+e kwartaal \d{4}/g, ''))
            .flatMap((t) => [...t.matchAll(/\d[\d.]*(?:,(\d+))?/g)].map((m) => m[1]?.length ?? 0));
          expect(new Set(getallen), `${indicator.id}: ${teksten.join(' | ')}`).toEqual(new Set(getallen.length ? [indicator.decimalen] : []));
        }
      }
    }
  });
});

describe('marks', () => {
  it('explains every mark the site shows, small-count marks only with a threshold', () => {
    expect(tekens(5).map((t) => t.teken)).toEqual(['< 5', 'x', '–']);
    expect(tekens(0).map((t) => t.teken)).toEqual(['–']);
    for (const t of tekens(5)) expect(t.betekenis).toMatch(/^[A-Z].*\.$/);
  });

  it('finds the small-count mark in a text', () => {
    expect(heeftKleinAantal('Gemeten in het 2e kwartaal 2026: < 5 personen.', 5)).toBe(true);
    expect(heeftKleinAantal('Gemeten in het 2e kwartaal 2026: 12 personen.', 5)).toBe(false);
    expect(heeftKleinAantal('< 5', 0)).toBe(false);
  });

  it('hides a difference that would reveal a small count', () => {
    expect(toonVerschil(3, 9, 'personen', 5)).toBeNull();
    expect(toonVerschil(9, 3, 'personen', 5)).toBeNull();
    expect(toonVerschil(6, 9, 'personen', 5)).toBe('+3 personen');
  });
});

describe('dates and settings', () => {
  it('writes dates and shares the Dutch way', () => {
    expect(datumTekst('2025-07-10')).toBe('10 juli 2025');
    expect(procentTekst(0.1)).toBe('10%');
    expect(procentTekst(0.125)).toBe('12,5%');
  });
});
