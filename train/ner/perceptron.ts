/**
 * Training-time parts of the NER tagger: the averaged-perceptron update rule and the feature counts
 * behind the frequency cutoff. The shipped tagger (src/annotate/entities/tagger.ts) only decodes.
 */
import { buildDocContext, N_STATIC as N_STATIC_ } from '../../src/annotate/entities/features.js';
import { N_LABELS as N_LABELS_ } from '../../src/annotate/entities/labels.js';
import type { Tagger } from '../../src/annotate/entities/tagger.js';

// Local copies: hot loops must not read imported bindings (transpilers turn them into getters).
const N_LABELS = N_LABELS_;
const N_STATIC = N_STATIC_;

/** How often each static feature row occurs in the given documents (saturating at 255). */
export function countFeatures(tagger: Tagger, docs: readonly (readonly (readonly string[])[])[]): Uint8Array {
  const counts = new Uint8Array(1 << tagger.config.bits);
  for (const d of docs) {
    const infos = d.map((s) => s.map((w) => tagger.fx.info(w)));
    const doc = buildDocContext(infos);
    d.forEach((words, si) => {
      const rows = tagger.fx.sentence(words, infos[si]!, doc);
      for (let k = 0; k < rows.length; k++) {
        const r = rows[k]! / N_LABELS;
        if (counts[r]! < 255) counts[r]!++;
      }
    });
  }
  return counts;
}

/** Averaged perceptron state (Daumé's trick: avg = w - acc / c). */
export class PerceptronTrainer {
  readonly w: Float32Array;
  private readonly acc: Float64Array;
  private c = 1;

  constructor(
    bits: number,
    /**
     * Static feature rows seen fewer times than this in training never get weights (a frequency
     * cutoff against memorising one-off words); `counts[row / labels]` as from countFeatures.
     */
    private readonly counts?: Uint8Array,
    private readonly minCount = 1,
  ) {
    this.w = new Float32Array((1 << bits) * N_LABELS);
    this.acc = new Float64Array(this.w.length);
  }

  readonly update = (rows: Int32Array, nRows: number, good: number, bad: number): void => {
    const w = this.w;
    const acc = this.acc;
    const c = this.c;
    const counts = this.counts;
    const min = this.minCount;
    for (let k = 0; k < nRows; k++) {
      const r = rows[k]!;
      // Count 0: a row only dropout makes (the hidden-word rows), which is always learnt.
      if (counts && k < N_STATIC) {
        const n = counts[r / N_LABELS]!;
        if (n > 0 && n < min) continue;
      }
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
