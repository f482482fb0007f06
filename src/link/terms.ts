/**
 * Sparse term vectors for comparing reports with stories: lowercased content words with a light
 * plural fold, title words counted twice. Cheap (one regex pass per text) and language-agnostic enough
 * for Latin-script news; other scripts fall back to whole-word tokens.
 */

export type TermVector = ReadonlyMap<string, number>;

/** Function words and news boilerplate that say nothing about which story a report belongs to. */
const STOPWORDS = new Set(
  (
    'the a an and or but if of to in on at by for with from as into about after before over under than then that this these those ' +
    'is are was were be been being has have had do does did will would shall should can could may might must not no nor ' +
    'it its he she they them their his her him we our you your i me my who whom whose which what when where why how ' +
    'also said says say told according reported report reports news agency statement added noted ' +
    'mr mrs ms dr one two three new more most other some any all such only own same so very just up out ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week month year last next ' +
    'january february march april may june july august september october november december ' +
    'le la les de des du un une et en est que qui pour par dans sur au aux el los las del por con para una'
  ).split(' '),
);

const WORD = /[\p{L}][\p{L}\p{M}'’-]*[\p{L}]|[\p{L}]{2}/gu;

/** Folds a word to its term: lowercase, possessive and a regular plural dropped. */
export function termOf(word: string): string | null {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  if (w.length < 3 || STOPWORDS.has(w)) return null;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** Term counts of a text; `weight` multiplies each occurrence (titles count more). */
export function addTerms(into: Map<string, number>, text: string, weight = 1): Map<string, number> {
  for (const m of text.matchAll(WORD)) {
    const t = termOf(m[0]);
    if (t) into.set(t, (into.get(t) ?? 0) + weight);
  }
  return into;
}

/** tf-idf weights: log-scaled term frequency times a smoothed inverse document frequency. */
export function tfidf(tf: TermVector, df: (term: string) => number, docs: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, n] of tf) out.set(t, (1 + Math.log(n)) * (Math.log((docs + 1) / (df(t) + 1)) + 1));
  return out;
}

export function norm(v: TermVector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Cosine similarity; iterates the smaller vector, so it costs O(min(|a|, |b|)). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

/** Keeps the `limit` heaviest entries (ties by term, so the result is deterministic). */
export function prune(v: TermVector, limit: number): Map<string, number> {
  if (v.size <= limit) return new Map(v);
  const top = [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, limit);
  return new Map(top);
}
