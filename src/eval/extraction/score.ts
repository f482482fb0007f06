/**
 * The article-extraction-benchmark metric, re-implemented from its description:
 * `\w+` tokens (Unicode letters, numbers, underscore, as Python's `re.UNICODE` \w),
 * word 4-gram shingles counted as a multiset, per-page TP/FP/FN normalised by their sum,
 * precision and recall each averaged over the pages where they are defined, F1 of the two means.
 */

/** Python's `\w` under re.UNICODE: alphabetic (L*), numeric (N*) or underscore. Marks are not word chars. */
const WORD_RE = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_N = 4;

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ExtractionMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of pages whose token sequence equals the ground truth exactly. */
  readonly accuracy: number;
  readonly pages: number;
}

export function tokenize(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Shingle multiset. A text shorter than n tokens yields one shorter shingle; an empty text none. */
export function shingles(text: string, n = SHINGLE_N): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** TP/FP/FN over shingles, normalised by their sum so long pages do not weigh more. */
export function pageCounts(truth: string, pred: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function pagePrecision(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

export function pageRecall(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Precision is averaged over pages that predicted something, recall over pages whose truth is non-empty. */
export function aggregate(pages: readonly PageCounts[], exact: readonly boolean[] = []): ExtractionMetrics {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = exact.length ? exact.filter(Boolean).length / exact.length : 0;
  return { precision, recall, f1, accuracy, pages: pages.length };
}

export function exactTokens(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Scores predictions keyed like the truth; a missing prediction counts as an empty body. */
export function scoreAll(truth: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): ExtractionMetrics {
  const pages: PageCounts[] = [];
  const exact: boolean[] = [];
  for (const [id, t] of truth) {
    const p = pred.get(id) ?? '';
    pages.push(pageCounts(t, p));
    exact.push(exactTokens(t, p));
  }
  return aggregate(pages, exact);
}
