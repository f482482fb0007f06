/**
 * The entity mentions an attribution's source needs, found by binary search rather than by scanning
 * every mention of the document per attribution (quadratic on long documents). Answers are the same
 * as the scans they replace: "the first in document order", "the last person before".
 */
import { SpanIndex } from '../../doc/span-index.js';
import type { Mention } from '../../doc/schemas/entities.js';

export class MentionLookup {
  private readonly index: SpanIndex<Mention>;
  /** lastPersonBefore[i]: index of the last PER mention among mentions[0, i), or -1 */
  private readonly lastPersonBefore: Int32Array;
  /** lastOrgBefore[i]: index of the last ORG mention (named or nominal) among mentions[0, i), or -1 */
  private readonly lastOrgBefore: Int32Array;

  constructor(private readonly mentions: readonly Mention[]) {
    this.index = new SpanIndex(mentions);
    this.lastPersonBefore = lastOfType(mentions, 'PER');
    this.lastOrgBefore = lastOfType(mentions, 'ORG');
  }

  get size(): number {
    return this.mentions.length;
  }

  /** Mentions inside [start, end), in document (input) order. */
  inside(start: number, end: number): Mention[] {
    return this.index.inInputOrder(this.index.within(start, end));
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
    const k = this.lastPersonBefore[this.stopAt(pos)]!;
    return k >= 0 ? this.mentions[k]! : null;
  }

  /** The last organisation before `pos`, walking as personBefore does. */
  orgBefore(pos: number): Mention | null {
    const k = this.lastOrgBefore[this.stopAt(pos)]!;
    return k >= 0 ? this.mentions[k]! : null;
  }

  /** The people before `pos` (as personBefore walks), nearest first, at most `limit` of them. */
  *personsBefore(pos: number, limit: number): Generator<Mention> {
    let k = this.lastPersonBefore[this.stopAt(pos)]!;
    for (let n = 0; k >= 0 && n < limit; n++) {
      yield this.mentions[k]!;
      k = this.lastPersonBefore[k]!;
    }
  }

  /** The index of the first mention that ends after `pos` (the walk's stop). */
  private stopAt(pos: number): number {
    const ms = this.mentions;
    let stop = ms.length;
    if (this.index.inputSorted) {
      // (mentions in start order, as the entities layer writes them: index positions are input positions)
      // every mention starting at or after pos ends after it; one starting before can only stop the
      // walk if it is still open at pos, so it starts within maxLength before pos
      stop = this.index.lowerBound(pos);
      for (let i = this.index.lowerBound(pos - this.index.maxLength); i < stop; i++) {
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
    return stop;
  }
}

/** out[i]: index of the last mention of `type` among mentions[0, i), or -1 */
function lastOfType(mentions: readonly Mention[], type: Mention['type']): Int32Array {
  const out = new Int32Array(mentions.length + 1);
  let last = -1;
  for (let i = 0; i < mentions.length; i++) {
    out[i] = last;
    if (mentions[i]!.type === type) last = i;
  }
  out[mentions.length] = last;
  return out;
}
