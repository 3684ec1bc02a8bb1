import { describe, expect, it } from 'vitest';
import { afgeschermd, isOnderdrukt } from '../../src/lib/suppress.ts';
import { onderdruktUitleg, toonGetal, toonVerschil, toonWaarde } from '../../src/lib/leestekst.ts';

describe('isOnderdrukt', () => {
  it('suppresses persons counts from 1 up to below the threshold', () => {
    expect(isOnderdrukt(1, 'personen', 5)).toBe(true);
    expect(isOnderdrukt(4, 'personen', 5)).toBe(true);
    expect(isOnderdrukt(5, 'personen', 5)).toBe(false);
    expect(isOnderdrukt(0, 'personen', 5)).toBe(false);
    expect(isOnderdrukt(9, 'personen', 10)).toBe(true);
  });

  it('never suppresses other units', () => {
    for (const eenheid of ['aantal', 'percentage', 'fte', 'euro', 'score'] as const) {
      expect(isOnderdrukt(3, eenheid, 5)).toBe(false);
    }
  });

  it('is off with threshold 0 and for missing values', () => {
    expect(isOnderdrukt(3, 'personen', 0)).toBe(false);
    expect(isOnderdrukt(null, 'personen', 5)).toBe(false);
  });
});

describe('toonWaarde', () => {
  it('shows `< threshold personen` for small persons counts', () => {
    expect(toonWaarde(3, 'personen', 5)).toBe('< 5 personen');
    expect(toonWaarde(7, 'personen', 10)).toBe('< 10 personen');
  });

  it('shows the formatted value otherwise', () => {
    expect(toonWaarde(0, 'personen', 5)).toBe('0 personen');
    expect(toonWaarde(5, 'personen', 5)).toBe('5 personen');
    expect(toonWaarde(3, 'personen', 0)).toBe('3 personen');
    expect(toonWaarde(3, 'aantal', 5)).toBe('3');
    expect(toonWaarde(82.5, 'percentage', 5)).toBe('82,5%');
  });

  it('says `geen waarde` for a missing value', () => {
    expect(toonWaarde(null, 'personen', 5)).toBe('geen waarde');
  });
});

describe('toonGetal', () => {
  it('gives the number without the unit', () => {
    expect(toonGetal(3, 'personen', 5)).toBe('< 5');
    expect(toonGetal(82.5, 'percentage', 5)).toBe('82,5');
    expect(toonGetal(1234, 'aantal', 5)).toBe('1.234');
    expect(toonGetal(12, 'personen', 5)).toBe('12');
    expect(toonGetal(120000, 'euro', 5)).toBe('120.000');
    // A table cell: the mark for no value (verklaring van tekens).
    expect(toonGetal(null, 'aantal', 5)).toBe('–');
  });
});

describe('toonVerschil', () => {
  it('gives b − a with a sign', () => {
    expect(toonVerschil(80, 82.5, 'percentage', 5)).toBe('+2,5 procentpunt');
    expect(toonVerschil(12, 9, 'personen', 5)).toBe('\u22123 personen');
    expect(toonVerschil(10, 10, 'aantal', 5)).toBe('0');
  });

  it('is null when a side is missing', () => {
    expect(toonVerschil(null, 10, 'aantal', 5)).toBeNull();
    expect(toonVerschil(10, null, 'aantal', 5)).toBeNull();
  });

  it('is null when either side is suppressed, as the difference would reveal it', () => {
    expect(toonVerschil(3, 12, 'personen', 5)).toBeNull();
    expect(toonVerschil(12, 3, 'personen', 5)).toBeNull();
    expect(toonVerschil(3, 4, 'personen', 5)).toBeNull();
  });

  it('shows a small difference between two published counts', () => {
    // Both sides are public, so the difference reveals nothing new.
    expect(toonVerschil(10, 12, 'personen', 5)).toBe('+2 personen');
    expect(toonVerschil(0, 12, 'personen', 5)).toBe('+12 personen');
  });

  it('shows differences when suppression is off', () => {
    expect(toonVerschil(3, 12, 'personen', 0)).toBe('+9 personen');
  });
});

describe('afgeschermd', () => {
  const ind = (nulmeting: number, streefwaarde: number, eenheid: 'personen' | 'aantal' = 'personen') => ({ eenheid, nulmeting, streefwaarde });

  it('hides the path with a suppressed baseline or target, each of those on its own', () => {
    expect(afgeschermd(ind(3, 20), 5)).toEqual({ nulmeting: true, streefwaarde: false, traject: true });
    expect(afgeschermd(ind(20, 4), 5)).toEqual({ nulmeting: false, streefwaarde: true, traject: true });
    expect(afgeschermd(ind(1, 4), 5)).toEqual({ nulmeting: true, streefwaarde: true, traject: true });
  });

  it('hides nothing when both are published, other units, or suppression off', () => {
    expect(afgeschermd(ind(0, 20), 5)).toEqual({ nulmeting: false, streefwaarde: false, traject: false });
    expect(afgeschermd(ind(3, 4, 'aantal'), 5)).toEqual({ nulmeting: false, streefwaarde: false, traject: false });
    expect(afgeschermd(ind(3, 4), 0)).toEqual({ nulmeting: false, streefwaarde: false, traject: false });
  });
});

describe('onderdruktUitleg', () => {
  it('names the threshold', () => {
    expect(onderdruktUitleg(10)).toBe('Een aantal van minder dan 10 personen tonen we als “< 10”, zodat niemand herkenbaar is.');
  });
});
