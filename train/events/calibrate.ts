/**
 * Per-class offsets fitted on held-out dev scores after training: a bias per class for the class stage
 * (the perceptron's scores favour OCCURRENCE, the class most of its updates were about) and a detection
 * margin offset per detector class (a STATE or I_STATE token may need to beat O by more, or less, than an
 * OCCURRENCE). Coordinate ascent over a small grid; an offset moves only when it gains at least
 * `minGain` tokens, so a class whose dev evidence is a handful of tokens keeps 0.
 */

/** One dev event token: the class stage's scores (seven classes) and its gold class index (0..6). */
export interface ClassRow {
  readonly scores: Float32Array;
  readonly gold: number;
}

/** One dev token: the detector's scores (O then seven classes) and its gold label (0 = O, 1..7). */
export interface DetectRow {
  readonly scores: Float32Array;
  readonly gold: number;
}

/** Tried nearest-first, so of offsets that gain the same the smallest is kept. */
export const OFFSET_GRID = [0, 0.25, -0.25, 0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2, 3, -3];

function argmaxWith(scores: Float32Array, bias: ArrayLike<number>): number {
  let best = 0;
  for (let y = 1; y < scores.length; y++) if (scores[y]! + bias[y]! > scores[best]! + bias[best]!) best = y;
  return best;
}

/** Rows whose best class with `bias` added is their gold class. */
export function classCorrect(rows: readonly ClassRow[], bias: ArrayLike<number>): number {
  let ok = 0;
  for (const r of rows) if (argmaxWith(r.scores, bias) === r.gold) ok++;
  return ok;
}

/** Token-level detection counts when label y (1..7) must beat O by `margin + offsets[y - 1]`. */
export function detectCounts(rows: readonly DetectRow[], margin: number, offsets: ArrayLike<number>): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const s = r.scores;
    let label = 1;
    for (let y = 2; y < s.length; y++) if (s[y]! > s[label]!) label = y;
    const event = s[label]! - s[0]! > margin + offsets[label - 1]!;
    if (event && r.gold > 0) tp++;
    else if (event) fp++;
    else if (r.gold > 0) fn++;
  }
  return { tp, fp, fn };
}

const f1 = (c: { tp: number; fp: number; fn: number }): number => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

/**
 * Coordinate ascent: each round tries every grid value for each coordinate in turn and keeps the best
 * one when it beats the current objective by at least `minGain`.
 */
function ascend(n: number, objective: (x: Float64Array) => number, minGain: number, rounds = 3): Float64Array {
  const x = new Float64Array(n);
  let cur = objective(x);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let c = 0; c < n; c++) {
      const keep = x[c]!;
      let bestV = keep;
      let bestObj = cur;
      for (const v of OFFSET_GRID) {
        if (v === keep) continue;
        x[c] = v;
        const o = objective(x);
        if (o >= bestObj + minGain) { bestObj = o; bestV = v; }
      }
      x[c] = bestV;
      if (bestV !== keep) { cur = bestObj; moved = true; }
    }
    if (!moved) break;
  }
  return x;
}

/** Class-stage biases (one per class) that raise dev class accuracy by at least `minGain` tokens per move. */
export function fitClassBias(rows: readonly ClassRow[], nClasses: number, minGain = 3): Float64Array {
  return ascend(nClasses, (b) => classCorrect(rows, b), minGain);
}

/** Detection margin offsets (one per detector class) that raise token-level dev F1; a move must gain `minGain` (F1 as a fraction). */
export function fitLabelMargins(rows: readonly DetectRow[], margin: number, nClasses: number, minGain = 0.001): Float64Array {
  return ascend(nClasses, (o) => f1(detectCounts(rows, margin, o)), minGain);
}

export { f1 as tokenF1 };
