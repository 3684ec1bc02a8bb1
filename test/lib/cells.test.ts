import { describe, expect, it } from 'vitest';
import { contrastOpWit, parseDatum, parseJaNee, parseLijst, parseSlug, toSlug } from '../../src/lib/cells.ts';

describe('ids', () => {
  it('accepts slugs', () => {
    expect(parseSlug('meer-zij-instromers')).toEqual({ ok: true, value: 'meer-zij-instromers' });
    expect(parseSlug('doel-2')).toEqual({ ok: true, value: 'doel-2' });
  });
  it.each([
    ['Meer Zij-instromers', 'meer-zij-instromers'],
    ['coördinatie loket', 'coordinatie-loket'],
    ['doel_1', 'doel-1'],
    ['-doel', 'doel'],
  ])('refuses %j and proposes %j', (cell, proposal) => {
    const result = parseSlug(cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.melding.message).toContain(`bedoelt u "${proposal}"?`);
    expect(toSlug(cell)).toBe(proposal);
  });
});

describe('dates', () => {
  it.each([
    ['2025-10-15', '2025-10-15'],
    ['15-10-2025', '2025-10-15'],
    ['5-1-2025', '2025-01-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j', (cell, iso) => {
    expect(parseDatum(cell)).toEqual({ ok: true, value: iso });
  });
  it('refuses a date that does not exist', () => {
    expect(parseDatum('31-02-2026')).toMatchObject({ ok: false, melding: { message: '"31-02-2026" is geen bestaande datum' } });
    expect(parseDatum('2025-02-29').ok).toBe(false);
  });
  it('refuses other spellings and shows the accepted ones', () => {
    expect(parseDatum('15 oktober 2025')).toMatchObject({ ok: false, melding: { message: '"15 oktober 2025" is geen datum (schrijf 2025-10-15 of 15-10-2025)' } });
    expect(parseDatum('10/15/2025').ok).toBe(false);
  });
});

describe('yes/no', () => {
  it.each(['ja', 'JA', 'j', 'true', '1'])('%j is yes', (cell) => expect(parseJaNee(cell)).toEqual({ ok: true, value: true }));
  it.each(['nee', 'n', 'false', '0', 'Nee'])('%j is no', (cell) => expect(parseJaNee(cell)).toEqual({ ok: true, value: false }));
  it('refuses anything else', () => expect(parseJaNee('misschien').ok).toBe(false));
});

describe('lists', () => {
  it('splits on | and, without |, on commas', () => {
    expect(parseLijst('werven|matchen | opleiden')).toEqual(['werven', 'matchen', 'opleiden']);
    expect(parseLijst('po, so')).toEqual(['po', 'so']);
    expect(parseLijst('a, b|c')).toEqual(['a, b', 'c']);
    expect(parseLijst('')).toEqual([]);
  });
});

describe('contrast', () => {
  it('computes WCAG contrast on white', () => {
    expect(contrastOpWit('#000000')).toBeCloseTo(21, 5);
    expect(contrastOpWit('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastOpWit('#767676')).toBeGreaterThan(4.5);
    expect(contrastOpWit('#777777')).toBeLessThan(4.5);
  });
});
