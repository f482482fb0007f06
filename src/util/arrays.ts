/**
 * Array helpers that never spread an array into a call. `xs.push(...ys)` and `Math.max(...ys)` put every
 * element on the call stack, so a large enough array (a 10 MB article's mentions) throws RangeError
 * "Maximum call stack size exceeded". The lint rule in eslint.config.js forbids spread arguments; these
 * loops replace them.
 */

/** Appends every item to `target` in order; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest value, or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let best = -Infinity;
  let seen = false;
  for (const v of values) {
    if (v > best || !seen) best = v;
    seen = true;
  }
  return seen ? best : empty;
}

/** The smallest value, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let best = Infinity;
  let seen = false;
  for (const v of values) {
    if (v < best || !seen) best = v;
    seen = true;
  }
  return seen ? best : empty;
}

/** The first index of the ascending `sorted` whose value is at least `x` (`sorted.length` when none is). */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
