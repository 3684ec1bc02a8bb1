import { describe, expect, it } from 'vitest';
import { groupBy, maxOf, minOf } from '../../src/lib/lists.ts';

describe('lists of any length', () => {
  it('finds the smallest and largest of a list too long to spread into Math.min', () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(minOf(Infinity, values)).toBe(0);
    expect(maxOf(-Infinity, values)).toBe(499_999);
  });

  it('starts from the given value, which also answers for an empty list', () => {
    expect(minOf(3, [5, 4])).toBe(3);
    expect(maxOf(3, [1, 2])).toBe(3);
    expect(minOf(3, [5, 1])).toBe(1);
    expect(minOf(7, [])).toBe(7);
    expect(maxOf(7, [])).toBe(7);
  });

  it('groups per key, keeping the original order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'a2', 'c1'], (s) => s[0]);
    expect([...groups]).toEqual([['b', ['b1', 'b2']], ['a', ['a1', 'a2']], ['c', ['c1']]]);
  });
});
