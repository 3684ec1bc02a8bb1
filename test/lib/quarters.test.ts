import { describe, expect, it } from 'vitest';
import {
  kwartaalCbs,
  kwartaalIndex,
  kwartaalLang,
  kwartaalSlug,
  kwartaalUitIndex,
  kwartaalVanDatum,
  kwartalenTussen,
  parseKwartaal,
  volgendKwartaal,
  vorigKwartaal,
} from '../../src/lib/quarters.ts';

describe('parseKwartaal', () => {
  it.each([
    ['2025-Q3', '2025-Q3'],
    ['2025 Q3', '2025-Q3'],
    ['Q3 2025', '2025-Q3'],
    ['2025-q3', '2025-Q3'],
    ['2025K3', '2025-Q3'],
    ['K3 2025', '2025-Q3'],
    ['2025KW03', '2025-Q3'],
    ['2025kw3', '2025-Q3'],
    ['3e kwartaal 2025', '2025-Q3'],
    ['1e kwartaal 2026', '2026-Q1'],
    ['  2025-Q4 ', '2025-Q4'],
    ['2025Q1', '2025-Q1'],
  ])('accepts %s', (input, expected) => {
    expect(parseKwartaal(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['2024-Q5', '2024-Q0', 'Q5 2024', '2024KW05'])('refuses the impossible quarter %s and shows the accepted form', (input) => {
    const result = parseKwartaal(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.melding.message).toContain('2025-Q3');
    if (!result.ok) expect(result.melding.message).toContain('1 tot en met 4');
  });

  it.each(['2025', 'juli 2025', '2025-07', 'Q3', '25-Q3', ''])('refuses %j', (input) => {
    const result = parseKwartaal(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.melding.message).toMatch(/geen kwartaal \(schrijf bijvoorbeeld 2025-Q3\)/);
  });
});

describe('quarter arithmetic and forms', () => {
  it('indexes quarters consecutively across years', () => {
    expect(kwartaalIndex('2025-Q1') - kwartaalIndex('2024-Q4')).toBe(1);
    expect(kwartaalUitIndex(kwartaalIndex('2025-Q3'))).toBe('2025-Q3');
    expect(vorigKwartaal('2025-Q1')).toBe('2024-Q4');
    expect(volgendKwartaal('2025-Q4')).toBe('2026-Q1');
    expect(kwartalenTussen('2024-Q4', '2025-Q2')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it('writes the Dutch forms', () => {
    expect(kwartaalLang('2025-Q2')).toBe('2e kwartaal 2025');
    expect(kwartaalSlug('2025-Q2')).toBe('2025-q2');
    expect(kwartaalCbs('2025-Q2')).toBe('2025KW02');
  });

  it('finds the quarter of a date', () => {
    expect(kwartaalVanDatum('2026-01-01')).toBe('2026-Q1');
    expect(kwartaalVanDatum('2026-06-30')).toBe('2026-Q2');
    expect(kwartaalVanDatum('2026-10-15')).toBe('2026-Q4');
  });
});
