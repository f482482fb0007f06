/**
 * A pure function of a string, remembered. Names and phrases repeat within and across reports, and
 * some keys cost a tokenisation or a Unicode normalisation each; the table is emptied when it reaches
 * `limit` entries, so memory stays bounded on a long stream of reports.
 */
export function memoByString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string): T => {
    const hit = seen.get(s);
    if (hit !== undefined || seen.has(s)) return hit as T;
    const v = fn(s);
    if (seen.size >= limit) seen.clear();
    seen.set(s, v);
    return v;
  };
}
