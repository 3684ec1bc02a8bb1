import { describe, expect, it } from 'vitest';
import { kerncijferOnderdrukt, kerncijferWaarde, kerncijferWeergave } from '../../src/lib/kerncijfers.ts';
import type { Kerncijfer } from '../../src/lib/types.ts';

const k = (waarde: number, eenheid?: string): Kerncijfer => ({
  id: 'k',
  naam: 'Mentoren',
  waarde,
  ...(eenheid !== undefined ? { eenheid } : {}),
  peildatum: { soort: 'jaar', waarde: 2025 },
  source: { file: 'data/kerncijfers.csv', line: 2 },
});

describe('key figures in personen', () => {
  it('are suppressed like an indicator from 1 up to below the threshold', () => {
    expect(kerncijferWaarde(k(3, 'personen'), 5)).toBe('< 5 personen');
    expect(kerncijferWaarde(k(4, ' Personen '), 5)).toBe('< 5 Personen');
    expect(kerncijferWaarde(k(0.5, 'personen'), 5)).toBe('< 5 personen');
    expect(kerncijferWaarde(k(7, 'personen'), 10)).toBe('< 10 personen');
  });

  it('show 0, the threshold and above, and everything when suppression is off', () => {
    expect(kerncijferWaarde(k(0, 'personen'), 5)).toBe('0 personen');
    expect(kerncijferWaarde(k(5, 'personen'), 5)).toBe('5 personen');
    expect(kerncijferWaarde(k(3, 'personen'), 0)).toBe('3 personen');
  });

  it('leave other units alone', () => {
    expect(kerncijferWaarde(k(3, 'aantal'), 5)).toBe('3');
    expect(kerncijferWaarde(k(3, 'leraren'), 5)).toBe('3 leraren');
    expect(kerncijferWaarde(k(3), 5)).toBe('3');
    expect(kerncijferOnderdrukt(k(3, 'fte'), 5)).toBe(false);
  });

  it('come with the note only when one is suppressed', () => {
    expect(kerncijferWeergave([k(3, 'personen'), k(12, 'aantal')], 5)).toEqual({
      rijen: [
        { naam: 'Mentoren', waarde: '< 5 personen', peildatum: 'peiljaar 2025' },
        { naam: 'Mentoren', waarde: '12', peildatum: 'peiljaar 2025' },
      ],
      uitleg: 'Een aantal van minder dan 5 personen tonen we als “< 5”, zodat niemand herkenbaar is.',
    });
    expect(kerncijferWeergave([k(12, 'personen')], 5).uitleg).toBeUndefined();
  });
});
