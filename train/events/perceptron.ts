/**
 * A multiclass averaged perceptron over hashed sparse features (one row of `labels` weights per
 * feature), with Daumé's averaging trick: avg = w - acc / c. Training only; the shipped tagger decodes
 * from the quantised compact table.
 */
export class AveragedPerceptron {
  readonly w: Float32Array;
  private readonly acc: Float64Array;
  private c = 1;

  constructor(
    rows: number,
    readonly labels: number,
  ) {
    this.w = new Float32Array(rows * labels);
    this.acc = new Float64Array(rows * labels);
  }

  /** Label scores of one token's features (rows; -1 ends the list) into `out`. */
  scores(feats: Int32Array, out: Float32Array): void {
    out.fill(0);
    const L = this.labels;
    for (let k = 0; k < feats.length; k++) {
      const r = feats[k]!;
      if (r < 0) break;
      const b = r * L;
      for (let y = 0; y < L; y++) out[y]! += this.w[b + y]!;
    }
  }

  /** Moves weight from the wrong label to the right one on every feature of the token, by `step`. */
  update(feats: Int32Array, good: number, bad: number, step = 1): void {
    const L = this.labels;
    const c = this.c;
    for (let k = 0; k < feats.length; k++) {
      const r = feats[k]!;
      if (r < 0) break;
      const b = r * L;
      this.w[b + good]! += step;
      this.acc[b + good]! += c * step;
      this.w[b + bad]! -= step;
      this.acc[b + bad]! -= c * step;
    }
  }

  tick(): void {
    this.c++;
  }

  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    const inv = 1 / this.c;
    for (let i = 0; i < out.length; i++) out[i] = this.w[i]! - this.acc[i]! * inv;
    return out;
  }
}
