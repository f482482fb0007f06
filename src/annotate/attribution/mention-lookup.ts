/**
 * The entity mentions an attribution's source needs, found by binary search rather than by scanning
 * every mention of the document per attribution (quadratic on long documents). Answers are the same
 * as the scans they replace: "the first in document order", "the last person before".
 */
import { SpanIndex } from '../../doc/span-index.js';
import type { Mention } from '../entities/schema.js';

export class MentionLookup {
  private readonly index: SpanIndex<Mention>;
  /** mentions are in start order (the entities layer writes them so); if not, the scans are kept */
  private readonly sorted: boolean;
  /** lastPersonBefore[i]: index of the last PER mention among mentions[0, i), or -1 */
  private readonly lastPersonBefore: Int32Array;
  private readonly maxLen: number;

  constructor(private readonly mentions: readonly Mention[]) {
    this.index = new SpanIndex(mentions);
    this.sorted = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
    this.lastPersonBefore = new Int32Array(mentions.length + 1);
    let last = -1;
    for (let i = 0; i < mentions.length; i++) {
      this.lastPersonBefore[i] = last;
      if (mentions[i]!.type === 'PER') last = i;
    }
    this.lastPersonBefore[mentions.length] = last;
    let max = 0;
    for (const m of mentions) max = Math.max(max, m.end - m.start);
    this.maxLen = max;
  }

  get size(): number {
    return this.mentions.length;
  }

  /** Mentions inside [start, end), in document (input) order. */
  inside(start: number, end: number): Mention[] {
    return this.index.within(start, end).sort((a, b) => this.index.order(a) - this.index.order(b));
  }

  /** The first mention (input order) that contains [start, end). */
  covering(start: number, end: number): Mention | undefined {
    return this.index.firstInInput(this.index.containing(start, end));
  }

  /**
   * Walking the mentions in order up to the first that ends after `pos`: the last person seen.
   * (A mention still open at `pos` stops the walk: the source is inside it, not after a person.)
   */
  personBefore(pos: number): Mention | null {
    const ms = this.mentions;
    let stop = ms.length;
    if (this.sorted) {
      // every mention starting at or after pos ends after it; one starting before can only stop the
      // walk if it is still open at pos, so it starts within maxLen before pos
      const lb = (p: number): number => {
        let lo = 0;
        let hi = ms.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (ms[mid]!.start < p) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      stop = lb(pos);
      for (let i = lb(pos - this.maxLen); i < stop; i++) {
        if (ms[i]!.end > pos) {
          stop = i;
          break;
        }
      }
    } else {
      for (let i = 0; i < ms.length; i++) {
        if (ms[i]!.end > pos) {
          stop = i;
          break;
        }
      }
    }
    const k = this.lastPersonBefore[stop]!;
    return k >= 0 ? ms[k]! : null;
  }
}
