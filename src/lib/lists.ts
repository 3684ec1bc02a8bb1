// Helpers over lists of any length (a region may have hundreds of thousands of measurements).
// No spreading into Math.min/Math.max: a spread passes every element as an argument, which
// overflows the call stack somewhere above 100,000.

/** The smallest of `start` and `values`. */
export function minOf(start: number, values: Iterable<number>): number {
  let min = start;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** The largest of `start` and `values`. */
export function maxOf(start: number, values: Iterable<number>): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Items per key, in their original order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
