/**
 * TempEval-3 Task A timex scoring, re-implemented from the official scorer's description: gold and system
 * tags are compared on tokens; strict = same token extent, relaxed = at least one shared token. Type and
 * value are scored over relaxed matches: attribute F1 = (correct / relaxed matches) × relaxed F1, which is
 * the official evaluate_entities.py arithmetic.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ScoredTimex extends Span {
  readonly type: string;
  readonly value: string;
}

export interface Counts {
  gold: number;
  system: number;
  strictRecall: number;
  relaxedRecall: number;
  strictPrecision: number;
  relaxedPrecision: number;
  typeMatch: number;
  valueMatch: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, strictRecall: 0, relaxedRecall: 0, strictPrecision: 0, relaxedPrecision: 0, typeMatch: 0, valueMatch: 0 });

/** Token index per character: words and single punctuation marks are tokens, whitespace belongs to none (-1). */
export function tokenIndex(text: string): Int32Array {
  const idx = new Int32Array(text.length).fill(-1);
  const re = /[A-Za-z0-9]+|[^\sA-Za-z0-9]/g;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    idx.fill(n++, m.index, m.index + m[0].length);
  }
  return idx;
}

interface TokenSpan {
  readonly first: number;
  readonly last: number;
}

function tokens(idx: Int32Array, s: Span): TokenSpan | null {
  let first = -1;
  let last = -1;
  for (let i = s.start; i < s.end; i++) {
    const t = idx[i]!;
    if (t < 0) continue;
    if (first < 0) first = t;
    last = t;
  }
  return first < 0 ? null : { first, last };
}

const overlap = (a: TokenSpan, b: TokenSpan): number => Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);

export interface MatchRecord {
  readonly gold: ScoredTimex | null;
  readonly system: ScoredTimex | null;
  readonly strict: boolean;
}

/** Scores one document into `c`; returns the gold-side matches (for error listings). */
export function scoreDoc(text: string, gold: readonly ScoredTimex[], system: readonly ScoredTimex[], c: Counts): MatchRecord[] {
  const idx = tokenIndex(text);
  const g = gold.map((t) => ({ t, k: tokens(idx, t) })).filter((x) => x.k);
  const s = system.map((t) => ({ t, k: tokens(idx, t) })).filter((x) => x.k);
  c.gold += g.length;
  c.system += s.length;
  const records: MatchRecord[] = [];
  for (const gx of g) {
    let best: (typeof s)[number] | null = null;
    let bestScore = 0;
    for (const sx of s) {
      const o = overlap(gx.k!, sx.k!);
      if (o === 0) continue;
      const strict = sx.k!.first === gx.k!.first && sx.k!.last === gx.k!.last;
      const score = strict ? 1e9 : o;
      if (score > bestScore) { best = sx; bestScore = score; }
    }
    if (!best) { records.push({ gold: gx.t, system: null, strict: false }); continue; }
    const strict = bestScore === 1e9;
    c.relaxedRecall++;
    if (strict) c.strictRecall++;
    if (best.t.type === gx.t.type) c.typeMatch++;
    if (best.t.value === gx.t.value) c.valueMatch++;
    records.push({ gold: gx.t, system: best.t, strict });
  }
  for (const sx of s) {
    let relaxed = false;
    let strict = false;
    for (const gx of g) {
      if (overlap(gx.k!, sx.k!) === 0) continue;
      relaxed = true;
      if (sx.k!.first === gx.k!.first && sx.k!.last === gx.k!.last) strict = true;
    }
    if (relaxed) c.relaxedPrecision++;
    else records.push({ gold: null, system: sx.t, strict: false });
    if (strict) c.strictPrecision++;
  }
  return records;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface Metrics {
  readonly strict: Prf;
  readonly relaxed: Prf;
  readonly type: Prf;
  readonly value: Prf;
}

export function metrics(c: Counts): Metrics {
  const rel = { p: c.system ? c.relaxedPrecision / c.system : 0, r: c.gold ? c.relaxedRecall / c.gold : 0 };
  const str = { p: c.system ? c.strictPrecision / c.system : 0, r: c.gold ? c.strictRecall / c.gold : 0 };
  const attr = (match: number): Prf => {
    const acc = c.relaxedRecall ? match / c.relaxedRecall : 0;
    return { p: acc * rel.p, r: acc * rel.r, f1: acc * f1(rel.p, rel.r) };
  };
  return {
    strict: { ...str, f1: f1(str.p, str.r) },
    relaxed: { ...rel, f1: f1(rel.p, rel.r) },
    type: attr(c.typeMatch),
    value: attr(c.valueMatch),
  };
}
