/**
 * Averaged-perceptron sequence tagger with greedy left-to-right BILOU decoding (Ratinov & Roth 2009
 * found greedy decoding as accurate as Viterbi for this task, and it lets features see earlier
 * predictions). Weights live in one hashed table: row = feature, column = label.
 */
import { type ClusterTable } from './clusters.js';
import { FeatureExtractor, N_DYNAMIC, N_STATIC, buildDocContext, type DocContext } from './features.js';
import { N_LABELS, allowed, labelPos, labelType } from './labels.js';

export interface TaggerConfig {
  readonly bits: number;
  /**
   * Two passes per document: the first tags with the history of earlier occurrences, the second
   * re-tags with the first pass's labels for every other occurrence in the document, before and after.
   */
  readonly twoPass?: boolean;
}

/** Ill-formed transitions get this score so they are never chosen. */
const NEG = -1e30;

export class Tagger {
  readonly fx: FeatureExtractor;
  private readonly dyn = new Int32Array(N_DYNAMIC);
  private readonly scores = new Float64Array(N_LABELS);

  constructor(
    readonly weights: Float32Array,
    clusters: ClusterTable,
    readonly config: TaggerConfig,
  ) {
    this.fx = new FeatureExtractor(clusters, config.bits, N_LABELS);
  }

  /** Scores every label for token i into this.scores; returns the best label allowed after prev1. */
  private best(stat: Int32Array, i: number, prev1: number, isLast: boolean, W: Float32Array): number {
    const s = this.scores;
    s.fill(0);
    const base = i * N_STATIC;
    for (let k = 0; k < N_STATIC; k++) {
      const row = stat[base + k]!;
      for (let y = 0; y < N_LABELS; y++) s[y]! += W[row + y]!;
    }
    const dyn = this.dyn;
    for (let k = 0; k < N_DYNAMIC; k++) {
      const row = dyn[k]!;
      for (let y = 0; y < N_LABELS; y++) s[y]! += W[row + y]!;
    }
    let best = 0;
    let bestS = NEG;
    for (let y = 0; y < N_LABELS; y++) {
      if (!allowed(prev1, y)) continue;
      if (isLast) {
        const p = labelPos(y);
        if (p === 'B' || p === 'I') continue;
      }
      if (s[y]! > bestS) {
        bestS = s[y]!;
        best = y;
      }
    }
    return best;
  }

  /**
   * Tags one document (sentences of words) in order; prediction history carries across sentences.
   * With `gold` and `update`, runs one perceptron step per mistake (training).
   */
  tagDocument(
    sentences: readonly (readonly string[])[],
    W: Float32Array = this.weights,
    train?: {
      gold: readonly Int32Array[];
      update: (rows: Int32Array, nRows: number, good: number, bad: number) => void;
      tick: () => void;
    },
  ): Int32Array[] {
    const doc = buildDocContext(sentences);
    if (!this.config.twoPass) return this.pass(sentences, W, doc, undefined, train);
    const first = this.pass(sentences, W, doc, undefined, undefined);
    return this.pass(sentences, W, doc, first, train);
  }

  private pass(
    sentences: readonly (readonly string[])[],
    W: Float32Array,
    doc: DocContext,
    /** first-pass labels: the history is then fixed (whole document) rather than growing */
    first: Int32Array[] | undefined,
    train?: {
      gold: readonly Int32Array[];
      update: (rows: Int32Array, nRows: number, good: number, bad: number) => void;
      tick: () => void;
    },
  ): Int32Array[] {
    const out: Int32Array[] = [];
    const rows = new Int32Array(N_STATIC + N_DYNAMIC);
    for (let si = 0; si < sentences.length; si++) {
      const words = sentences[si]!;
      const n = words.length;
      const stat = this.fx.sentence(words, doc);
      const pred = new Int32Array(n);
      let p1 = 0;
      let p2 = 0;
      for (let i = 0; i < n; i++) {
        this.fx.dynamic(this.dyn, words, i, p1, p2, doc, first ? labelType(first[si]![i]!) : -2);
        const y = this.best(stat, i, p1, i === n - 1, W);
        if (train) {
          const g = train.gold[si]![i]!;
          if (g !== y) {
            rows.set(stat.subarray(i * N_STATIC, (i + 1) * N_STATIC), 0);
            rows.set(this.dyn, N_STATIC);
            train.update(rows, N_STATIC + N_DYNAMIC, g, y);
          }
          train.tick();
        }
        pred[i] = y;
        p2 = p1;
        p1 = y;
      }
      if (!first) recordHistory(doc, words, pred);
      out.push(pred);
    }
    return out;
  }
}

/** Prediction history: what type each capitalised word received so far in this document. */
function recordHistory(doc: DocContext, words: readonly string[], pred: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const c0 = w.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90)) continue;
    const key = w.toLowerCase();
    let h = doc.history.get(key);
    if (!h) {
      h = new Int32Array(5);
      doc.history.set(key, h);
    }
    h[1 + labelType(pred[i]!)]!++;
  }
}

/** Averaged perceptron state (Daumé's trick: avg = w - acc / c). */
export class PerceptronTrainer {
  readonly w: Float32Array;
  private readonly acc: Float64Array;
  private c = 1;

  constructor(bits: number) {
    this.w = new Float32Array((1 << bits) * N_LABELS);
    this.acc = new Float64Array(this.w.length);
  }

  readonly update = (rows: Int32Array, nRows: number, good: number, bad: number): void => {
    const w = this.w;
    const acc = this.acc;
    const c = this.c;
    for (let k = 0; k < nRows; k++) {
      const r = rows[k]!;
      w[r + good]! += 1;
      acc[r + good]! += c;
      w[r + bad]! -= 1;
      acc[r + bad]! -= c;
    }
  };

  readonly tick = (): void => {
    this.c++;
  };

  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    const inv = 1 / this.c;
    for (let i = 0; i < out.length; i++) out[i] = this.w[i]! - this.acc[i]! * inv;
    return out;
  }
}
