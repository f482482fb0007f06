/**
 * The stem lexicon: for each stem seen in training, how often it was an event and its usual class,
 * bucketed into one short string ("r4:n2:OCCURRENCE"). It carries what one document cannot show: that
 * "attack" or "talks" are events as nouns too, and that "war" usually is while "war-torn" is not.
 */
import { EVENT_CLASSES, classOf } from './classes.js';

export interface StemCounts {
  /** occurrences of the stem */
  n: number;
  /** occurrences per label (0 = not an event) */
  readonly byLabel: Int32Array | Float64Array;
}

export class StemCounter {
  readonly counts = new Map<string, StemCounts>();

  /**
   * `exact` keeps fractional (down-weighted) occurrences in the per-label counts too. Without it the
   * counts are whole numbers, so an occurrence weighted 0.5 (silver data) raises a stem's total but no
   * label's: the stem's events are then over-counted and a stem seen only in silver reads as class O.
   * Models up to events tagger format 2 were trained that way; it stays the default so they rebuild.
   */
  constructor(readonly exact = false) {}

  add(stem: string, label: number, times = 1): void {
    let c = this.counts.get(stem);
    if (!c) this.counts.set(stem, (c = { n: 0, byLabel: this.exact ? new Float64Array(EVENT_CLASSES.length + 1) : new Int32Array(EVENT_CLASSES.length + 1) }));
    c.n += times;
    c.byLabel[label]! += times;
  }

  /** This counter minus another (a document's own counts, for leave-one-document-out entries). */
  entry(stem: string, minus?: StemCounter): string | undefined {
    const c = this.counts.get(stem);
    if (!c) return undefined;
    const m = minus?.counts.get(stem);
    const n = c.n - (m?.n ?? 0);
    if (n <= 0) return undefined;
    let best = 0;
    let bestN = -1;
    for (let y = 1; y < c.byLabel.length; y++) {
      const k = c.byLabel[y]! - (m?.byLabel[y] ?? 0);
      if (k > bestN) { best = y; bestN = k; }
    }
    const events = n - (c.byLabel[0]! - (m?.byLabel[0] ?? 0));
    return lexiconEntry(n, events, bestN > 0 ? best : 0);
  }
}

/** Bucketed rate and count: a stem seen once is weaker evidence than one seen fifty times. */
export function lexiconEntry(n: number, events: number, label: number): string {
  const rate = events / n;
  const r = rate === 0 ? 0 : rate < 0.1 ? 1 : rate < 0.3 ? 2 : rate < 0.5 ? 3 : rate < 0.7 ? 4 : rate < 0.9 ? 5 : 6;
  const nb = n === 1 ? 1 : n < 5 ? 2 : n < 20 ? 3 : 4;
  return `r${r}:n${nb}:${classOf(label) ?? 'O'}`;
}
