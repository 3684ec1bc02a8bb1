import { describe, expect, it } from 'vitest';
import { eenheidLabel, formatDatum, formatGetal, formatGetalVoor, formatVerschil, formatWaarde, MINTEKEN, numberFormat } from '../../src/lib/format.ts';

describe('formatGetal', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatGetal(1234.5)).toBe('1.234,5');
    expect(formatGetal(1234567)).toBe('1.234.567');
  });

  it('writes integers without decimals and rounds to maxDecimals', () => {
    expect(formatGetal(12)).toBe('12');
    expect(formatGetal(12.34)).toBe('12,3');
    expect(formatGetal(12.345, 2)).toBe('12,35');
    expect(formatGetal(12.5, 0)).toBe('13');
  });

  it('can show a fixed number of decimals', () => {
    expect(formatGetal(9, 1, 1)).toBe('9,0');
  });

  it('uses a real minus sign, not a hyphen', () => {
    expect(formatGetal(-3)).toBe('\u22123');
    expect(formatGetal(-1234.5)).toBe('\u22121.234,5');
    expect(formatGetal(-3)).not.toContain('-');
    expect(MINTEKEN).toBe('\u2212');
  });

  it('never shows minus zero', () => {
    expect(formatGetal(-0)).toBe('0');
    expect(formatGetal(-0.01)).toBe('0');
  });
});

describe('formatWaarde', () => {
  it('formats every unit', () => {
    expect(formatWaarde(82.5, 'percentage')).toBe('82,5%');
    expect(formatWaarde(120000, 'euro')).toBe('€\u00a0120.000');
    expect(formatWaarde(12, 'personen')).toBe('12 personen');
    expect(formatWaarde(1, 'personen')).toBe('1 persoon');
    expect(formatWaarde(0, 'personen')).toBe('0 personen');
    expect(formatWaarde(3.5, 'fte')).toBe('3,5 fte');
    expect(formatWaarde(1234, 'aantal')).toBe('1.234');
    expect(formatWaarde(7.2, 'score')).toBe('7,2');
  });

  it('writes euro as `€ 120.000` (Intl puts a no-break space after the sign)', () => {
    expect(formatWaarde(120000, 'euro').replace('\u00a0', ' ')).toBe('€ 120.000');
  });

  it('shows cents only for non-integer amounts', () => {
    expect(formatWaarde(1234.5, 'euro')).toBe('€\u00a01.234,50');
    expect(formatWaarde(-500, 'euro')).toBe('€\u00a0\u2212500');
  });

  it('uses the real minus for negative values', () => {
    expect(formatWaarde(-2.5, 'percentage')).toBe('\u22122,5%');
    expect(formatWaarde(-1, 'fte')).toBe('\u22121 fte');
  });

  it('accepts fixed decimals', () => {
    expect(formatWaarde(9, 'percentage', { decimalen: 1 })).toBe('9,0%');
    expect(formatWaarde(3, 'fte', { decimalen: 1 })).toBe('3,0 fte');
  });
});

describe('formatGetalVoor', () => {
  it('gives the number with the decimals of its unit but no unit', () => {
    expect(formatGetalVoor(82.5, 'percentage')).toBe('82,5');
    expect(formatGetalVoor(120000.5, 'euro')).toBe('120.000,50');
    expect(formatGetalVoor(12, 'personen')).toBe('12');
  });
});

describe('eenheidLabel', () => {
  it('gives a short label per unit', () => {
    expect(eenheidLabel('aantal')).toBe('aantal');
    expect(eenheidLabel('personen')).toBe('personen');
    expect(eenheidLabel('percentage')).toBe('%');
    expect(eenheidLabel('fte')).toBe('fte');
    expect(eenheidLabel('euro')).toBe('€');
    expect(eenheidLabel('score')).toBe('score');
  });
});

describe('formatDatum', () => {
  it('writes the Dutch long date', () => {
    expect(formatDatum('2025-07-10')).toBe('10 juli 2025');
    expect(formatDatum('2025-01-01')).toBe('1 januari 2025');
    expect(formatDatum('2024-12-31')).toBe('31 december 2024');
  });

  it('does not shift the day in a timezone far from UTC', () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Amsterdam']) {
        process.env.TZ = zone;
        expect(formatDatum('2025-07-10')).toBe('10 juli 2025');
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('rejects what is not a yyyy-mm-dd date', () => {
    expect(() => formatDatum('10-07-2025')).toThrow();
    expect(() => formatDatum('2025-02-30')).toThrow();
  });
});

describe('formatVerschil', () => {
  it('signs differences with a plus or a real minus', () => {
    expect(formatVerschil(2.5, 'percentage')).toBe('+2,5 procentpunt');
    expect(formatVerschil(-2.5, 'percentage')).toBe('\u22122,5 procentpunt');
    expect(formatVerschil(3, 'personen')).toBe('+3 personen');
    expect(formatVerschil(-1, 'personen')).toBe('\u22121 persoon');
    expect(formatVerschil(-1234, 'aantal')).toBe('\u22121.234');
    expect(formatVerschil(0.5, 'fte')).toBe('+0,5 fte');
    expect(formatVerschil(-0.3, 'score')).toBe('\u22120,3');
    expect(formatVerschil(5000, 'euro')).toBe('€\u00a0+5.000');
    expect(formatVerschil(-5000, 'euro')).toBe('€\u00a0\u22125.000');
  });

  it('writes no sign for zero, also after rounding', () => {
    expect(formatVerschil(0, 'percentage')).toBe('0 procentpunt');
    expect(formatVerschil(-0.01, 'aantal')).toBe('0');
  });

  it('can write the magnitude only', () => {
    expect(formatVerschil(-3, 'percentage', { teken: false, decimalen: 1 })).toBe('3,0 procentpunt');
    expect(formatVerschil(-8, 'personen', { teken: false })).toBe('8 personen');
  });
});

describe('numberFormat cache', () => {
  it('returns the same Intl.NumberFormat for the same options', () => {
    const a = numberFormat('getal', 0, 1);
    expect(numberFormat('getal', 0, 1)).toBe(a);
    expect(numberFormat('getal', 0, 2)).not.toBe(a);
    expect(numberFormat('procent', 0, 1)).not.toBe(a);
    expect(numberFormat('getal', 0, 1, 'exceptZero')).not.toBe(a);
    expect(a.resolvedOptions().locale).toBe('nl-NL');
    expect(numberFormat('euro', 2, 2).format(1.5)).toBe('€\u00a01,50');
    expect(numberFormat('procent', 1, 1).format(82.5)).toBe('82,5%');
  });
});
