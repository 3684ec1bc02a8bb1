import { describe, expect, it } from 'vitest';
import { isMissing, parseGetal } from '../../src/lib/numbers.ts';

const ok = (value: number) => ({ ok: true, value });

describe('parseGetal in a ; file (decimal comma)', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1234,5', 1234.5],
    ['-3', -3],
    ['−3,5', -3.5],
    ['+2', 2],
    ['82,5%', 82.5],
    ['82,5 %', 82.5],
    ['€ 120.000', 120000],
    ['€120.000,50', 120000.5],
    ['120.000 €', 120000],
    ['−€ 1.250,00', -1250],
    ['0', 0],
    ['€ 225.000,-', 225000],
    ['1\u00a0234,5', 1234.5],
  ])('reads %j', (cell, value) => {
    expect(parseGetal(cell, ';')).toEqual(ok(value));
  });

  it.each(['12,5 procent', '1.23,4', '12.5', '1,2,3', 'abc', '12,', ',5', '1.2345'])('refuses %j and quotes the cell', (cell) => {
    const result = parseGetal(cell, ';');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.melding.message).toContain(`"${cell}" is geen getal`);
  });

  it('treats tab files like ; files', () => {
    expect(parseGetal('1.234,5', '\t')).toEqual(ok(1234.5));
  });

  it('refuses % or € where the column does not allow them, and says so', () => {
    expect(parseGetal('38%', ';', { percent: false })).toMatchObject({ ok: false, melding: { message: '"38%" is geen getal: een %-teken hoort niet in deze kolom' } });
    expect(parseGetal('€ 5', ';', { euro: false })).toMatchObject({ ok: false, melding: { message: '"€ 5" is geen getal: een €-teken hoort niet in deze kolom' } });
  });
});

describe('parseGetal in a , file (decimal point, no grouping)', () => {
  it.each([
    ['12.5', 12.5],
    ['1234.5', 1234.5],
    ['−2.5', -2.5],
    ['82.5%', 82.5],
  ])('reads %j', (cell, value) => {
    expect(parseGetal(cell, ',')).toEqual(ok(value));
  });

  it.each(['1,5', '1.234,5'])('refuses %j', (cell) => {
    const result = parseGetal(cell, ',');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.melding.message).toContain('de punt het decimaalteken');
  });
});

describe('missing values', () => {
  it.each(['', '  ', 'n.v.t.', 'N.V.T.', 'nvt', 'onbekend', 'Onbekend', '-'])('%j means no value', (cell) => {
    expect(isMissing(cell)).toBe(true);
  });
  it.each(['0', '−', 'x', 'nee'])('%j is a value', (cell) => {
    expect(isMissing(cell)).toBe(false);
  });
});
