/**
 * A small part-of-speech tagger (Penn tags): a greedy left-to-right averaged perceptron over hashed
 * word, affix, shape and neighbour features plus the two previous predicted tags, trained on the
 * CoNLL-2003 POS column (train/pos/train.ts). It runs over a whole token sequence without sentence
 * splitting, as it was trained on whole documents, so the event tagger can call it on its own tokens.
 */
import { hashString, mix } from '../entities/features.js';
import { type CompactWeights } from '../entities/weights.js';
import { HAS_LETTER, HAS_LOWER, HAS_NUMBER, STARTS_UPPER } from '../../util/letter-tests.js';

/** Most features one token can have. */
export const POS_MAX_FEATURES = 20;

/** Capital, all-caps, digit and hyphen flags in one short string: cheaper than a full word shape. */
export function posShape(w: string): string {
  const cap = STARTS_UPPER.test(w);
  const allCaps = cap && w.length > 1 && !HAS_LOWER.test(w);
  const digit = HAS_NUMBER.test(w);
  const hyphen = w.includes('-');
  const letter = HAS_LETTER.test(w);
  return `${allCaps ? 'A' : cap ? 'C' : letter ? 'c' : 'p'}${digit ? 'd' : ''}${hyphen ? 'h' : ''}`;
}

/** Lowercased token texts with curly apostrophes made straight (as the CoNLL text writes them). */
export const posLower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase().replace(/’/g, "'"));

/**
 * The hashed feature rows of token i given the tags already chosen for i-1 and i-2 (-1 before the
 * start), masked to the table; returns how many were written into `out`.
 */
export function posFeatures(
  lower: readonly string[],
  shapes: readonly string[],
  i: number,
  p1: number,
  p2: number,
  mask: number,
  out: Int32Array,
): number {
  let n = 0;
  const add = (template: number, value: string): void => void (out[n++] = (mix(template, hashString(value)) & mask) >>> 0);
  const at = (k: number): string => (k < 0 ? '<s>' : k >= lower.length ? '</s>' : lower[k]!);
  const w = lower[i]!;
  const prev = at(i - 1);
  const next = at(i + 1);
  add(1, '');
  add(2, w);
  add(3, w.slice(-3));
  add(4, w.slice(-2));
  add(5, w.slice(-1));
  add(6, w.slice(0, 1));
  add(7, shapes[i]!);
  add(8, String(p1));
  add(9, `${p1} ${p2}`);
  add(10, `${p1} ${w}`);
  add(11, prev);
  add(12, prev.slice(-3));
  add(13, next);
  add(14, next.slice(-3));
  add(15, at(i - 2));
  add(16, at(i + 2));
  add(17, `${shapes[i]!} ${i > 0 ? shapes[i - 1]! : '<s>'}`);
  add(18, `${prev} ${w}`);
  add(19, `${w} ${next}`);
  return n;
}

export interface PosModelParts {
  readonly weights: CompactWeights;
  readonly bits: number;
  /** tag names by label index */
  readonly tags: readonly string[];
}

export class PosTagger {
  private readonly mask: number;
  private readonly feats = new Int32Array(POS_MAX_FEATURES);
  private readonly scores: Float64Array;

  constructor(readonly model: PosModelParts) {
    this.mask = (1 << model.bits) - 1;
    this.scores = new Float64Array(model.tags.length);
  }

  /** Tag indices (into `model.tags`) of a token sequence, given its lowercased texts and shapes. */
  tagIds(lower: readonly string[], shapes: readonly string[]): Uint8Array {
    const { weights } = this.model;
    const t = weights.table;
    const L = this.model.tags.length;
    const out = new Uint8Array(lower.length);
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < lower.length; i++) {
      const n = posFeatures(lower, shapes, i, p1, p2, this.mask, this.feats);
      const s = this.scores.fill(0);
      for (let k = 0; k < n; k++) {
        const b = weights.lookup(this.feats[k]! * L);
        if (b < 0) continue;
        for (let y = 0; y < L; y++) s[y]! += t[b + y]!;
      }
      let best = 0;
      for (let y = 1; y < L; y++) if (s[y]! > s[best]!) best = y;
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
    return out;
  }

  /** Penn tags of a token sequence. */
  tag(words: readonly string[]): string[] {
    const ids = this.tagIds(posLower(words), words.map(posShape));
    return Array.from(ids, (y) => this.model.tags[y]!);
  }
}
