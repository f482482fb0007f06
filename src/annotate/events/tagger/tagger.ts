/**
 * Decoding: every token is scored against O and the seven EVENT classes (a linear model over hashed
 * features); a token is an event when its best class beats O by the model's margin. TimeML events are
 * single tokens, so no sequence decoding is needed.
 */
import { type CompactWeights } from '../../entities/weights.js';
import { N_EVENT_LABELS, classOf, type EventClass } from './classes.js';
import { MAX_FEATURES, tokenFeatures, viewTokens, type EventClusterTables, type StemLexicon } from './features.js';
import { tokenize, type EventToken } from './tokens.js';

export interface TaggedEvent {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cls: EventClass;
  /** how far the class's score beats O's */
  readonly margin: number;
}

export interface EventModelParts {
  readonly weights: CompactWeights;
  readonly bits: number;
  readonly margin: number;
  readonly lexicon: StemLexicon;
}

/** Index of the best event label (1..7) and its lead over O, from one token's label scores. */
export function decide(scores: Float64Array | Float32Array): { label: number; lead: number } {
  let label = 1;
  for (let y = 2; y < N_EVENT_LABELS; y++) if (scores[y]! > scores[label]!) label = y;
  return { label, lead: scores[label]! - scores[0]! };
}

/** Tokens with a letter or digit: only they can be events. */
export const isWordy = (token: string): boolean => /[\p{L}\p{N}]/u.test(token);

export class EventTagger {
  private readonly mask: number;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(N_EVENT_LABELS);

  constructor(
    readonly model: EventModelParts,
    readonly clusters: EventClusterTables,
  ) {
    this.mask = (1 << model.bits) - 1;
  }

  /** Events in a plain text, in text order; `margin` overrides the model's decision margin. */
  tag(text: string, margin = this.model.margin): TaggedEvent[] {
    return this.tagTokens(tokenize(text), margin);
  }

  tagTokens(tokens: readonly EventToken[], margin = this.model.margin): TaggedEvent[] {
    const { weights, lexicon } = this.model;
    const view = viewTokens(tokens, this.clusters);
    const t = weights.table;
    const out: TaggedEvent[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (!isWordy(tok.text)) continue; // punctuation is never an event
      const n = tokenFeatures(tokens, view, i, this.clusters, lexicon, this.mask, this.feats);
      const s = this.scores.fill(0);
      for (let k = 0; k < n; k++) {
        const b = weights.lookup(this.feats[k]! * N_EVENT_LABELS);
        if (b < 0) continue;
        for (let y = 0; y < N_EVENT_LABELS; y++) s[y]! += t[b + y]!;
      }
      const { label, lead } = decide(s);
      const scaled = lead * weights.scale;
      if (scaled > margin) out.push({ start: tok.start, end: tok.end, text: tok.text, cls: classOf(label)!, margin: scaled });
    }
    return out;
  }
}
