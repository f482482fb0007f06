/**
 * Decoding: every token is scored against O and the seven EVENT classes (a linear model over hashed
 * features); a token is an event when its best class beats O by the model's margin. TimeML events are
 * single tokens, so no sequence decoding is needed. A model with a class stage then reads the class
 * from a second table trained on events only, so telling I_ACTION from OCCURRENCE is not traded
 * against telling events from O.
 */
import { type CompactWeights } from '../../entities/weights.js';
import { EVENT_CLASSES, N_EVENT_LABELS, classOf, type EventClass } from './classes.js';
import { MAX_CLASS_FEATURES, MAX_FEATURES, classFeatures, ownOf, tokenFeatures, viewTokens, windowedView, type EventClusterTables, type StemLexicon, type TokenView, type WordInfo, WordCache } from './features.js';
import { tokenize, type EventToken } from './tokens.js';

export interface TaggedEvent {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cls: EventClass;
  /** how far the class's score beats O's */
  readonly margin: number;
}

/** A text's tokens, each decided as an event on first ask (see `EventTagger.lazy`). */
export interface LazyTagging {
  readonly tokens: readonly EventToken[];
  /**
   * token i as an event (offsets in the text given) where its lead over O beats `margin` (by default the one the
   * tagging was made with), or null. Callers asking with different margins share one tagging: each token's lead is
   * kept, and its class stage runs once, on the first ask its lead beats.
   */
  at(i: number, margin?: number): TaggedEvent | null;
}

export interface EventModelParts {
  readonly weights: CompactWeights;
  readonly bits: number;
  readonly margin: number;
  readonly lexicon: StemLexicon;
  /** the class stage: one weight per class (no O), or absent where the detector's class stands */
  readonly classWeights?: CompactWeights;
  /** the class stage also reads `classFeatures` (needs POS tags) */
  readonly classFeatures?: boolean;
  /** added to the class stage's scores, per class (fitted on dev; in weight units) */
  readonly classBias?: readonly number[];
  /** added to the decision margin, per detector class (fitted on dev) */
  readonly labelMargins?: readonly number[];
}

/** Index of the best event label (1..7) and its lead over O, from one token's label scores. */
export function decide(scores: Float64Array | Float32Array): { label: number; lead: number } {
  let label = 1;
  for (let y = 2; y < N_EVENT_LABELS; y++) if (scores[y]! > scores[label]!) label = y;
  return { label, lead: scores[label]! - scores[0]! };
}

/** Tokens with a letter or digit: only they can be events. */
export const isWordy = (token: string): boolean => /[\p{L}\p{N}]/u.test(token);

/**
 * A lazy tagging: token i's lead over O found on its first ask (after `ensure(i)` looks up its window) and kept, its
 * class stage run on the first ask whose margin the lead beats, then kept: a token is decided as `tag` decides it at
 * the margin asked. A class, not closures inside `lazy`: under tsx, esbuild's keepNames wraps a named arrow in a
 * `__name` call each time it is made (once per sentence).
 */
class DecidedOnAsk implements LazyTagging {
  /** each token's lead over O (-Infinity: never an event), once asked; arrays by token, no map per text */
  private readonly leads: (number | undefined)[];
  /** the margin its label adds, beside the lead (only for a model with `labelMargins`; 0 without) */
  private readonly extras: number[] | undefined;
  /** each token as an event, once its class stage has run */
  private readonly events: (TaggedEvent | undefined)[];

  constructor(
    readonly tokens: readonly EventToken[],
    private readonly view: TokenView,
    private readonly ensure: (i: number) => void,
    private readonly tagger: EventTagger,
    private readonly margin: number,
  ) {
    this.leads = new Array<number | undefined>(tokens.length);
    this.extras = tagger.model.labelMargins ? new Array<number>(tokens.length) : undefined;
    this.events = new Array<TaggedEvent | undefined>(tokens.length);
  }

  at(i: number, margin = this.margin): TaggedEvent | null {
    if (i < 0 || i >= this.tokens.length) return null;
    const lead = this.leads[i];
    if (lead !== undefined) {
      // the test `decideAt` makes, on the kept lead
      if (lead <= margin + (this.extras ? this.extras[i]! : 0)) return null;
      const e = this.events[i];
      if (e !== undefined) return e;
    } else this.ensure(i);
    // the first ask, or the first whose margin the lead beats: the detector's features again, then the class stage
    const e = this.tagger.decideAt(this.tokens, this.view, i, margin);
    this.leads[i] = this.tagger.lastLead;
    if (this.extras) this.extras[i] = this.tagger.lastExtra;
    if (e) this.events[i] = e;
    return e;
  }
}

export class EventTagger {
  private readonly mask: number;
  private readonly feats = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES);
  private readonly scores = new Float64Array(N_EVENT_LABELS);
  private readonly classScores = new Float64Array(EVENT_CLASSES.length);
  /** each distinct word's own features, computed once per process rather than once per occurrence */
  private readonly words: WordCache;

  constructor(
    readonly model: EventModelParts,
    readonly clusters: EventClusterTables,
  ) {
    this.mask = (1 << model.bits) - 1;
    this.words = new WordCache(clusters);
  }

  /** Events in a plain text, in text order; `margin` overrides the model's decision margin. */
  tag(text: string, margin = this.model.margin): TaggedEvent[] {
    return this.tagTokens(tokenize(text), margin);
  }

  tagTokens(tokens: readonly EventToken[], margin = this.model.margin): TaggedEvent[] {
    const view = viewTokens(tokens, this.clusters, this.words);
    const out: TaggedEvent[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const e = this.decideAt(tokens, view, i, margin);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * A text whose tokens are decided only when asked, each once: a caller that needs the decision on a
   * few words (counted.ts asks about the words near an amount) skips scoring the rest. A token's
   * decision reads only its own window, so it is the one `tag` makes.
   */
  lazy(text: string, margin = this.model.margin): LazyTagging {
    return this.lazyTokens(tokenize(text), margin);
  }

  /** `lazy` over a text's tokens (`tokenize`'s, or tokens of the same text and offsets). */
  lazyTokens(tokens: readonly EventToken[], margin = this.model.margin): LazyTagging {
    // only the words around the decided tokens are looked up (windowedView)
    const { view, ensure } = windowedView(tokens, this.clusters, this.words);
    return new DecidedOnAsk(tokens, view, ensure, this, margin);
  }

  /** The lead over O of the token `decideAt` last decided (-Infinity for punctuation), and the margin its label adds. */
  lastLead = 0;
  lastExtra = 0;

  /** Token i as an event, or null where it is none at `margin`; its lead and its label's margin in `lastLead`, `lastExtra`. */
  decideAt(tokens: readonly EventToken[], view: TokenView, i: number, margin: number): TaggedEvent | null {
    const tok = tokens[i]!;
    if (!isWordy(tok.text)) {
      this.lastLead = -Infinity;
      this.lastExtra = 0;
      return null; // punctuation is never an event
    }
    const { weights, lexicon } = this.model;
    const n = tokenFeatures(tokens, view, i, lexicon, this.mask, this.feats);
    // The word's own rows lead the features; their sum is kept on the word (this tagger's cache made
    // it). Sums of int16 weights are exact, so the scores are those of adding every row here.
    const me = view.words[i]!;
    const own = ownOf(me).length;
    let ownScores = me.ownScores;
    if (!ownScores) {
      ownScores = new Float64Array(N_EVENT_LABELS);
      this.addRows(ownScores, 0, own);
      me.ownScores = ownScores;
    }
    const s = this.scores;
    s.set(ownScores);
    this.addRows(s, own, n);
    const { label, lead } = decide(s);
    const scaled = lead * weights.scale;
    const extra = this.model.labelMargins?.[label - 1] ?? 0;
    this.lastLead = scaled;
    this.lastExtra = extra;
    if (scaled <= margin + extra) return null;
    const cw = this.model.classWeights;
    const cn = cw && this.model.classFeatures ? n + classFeatures(tokens, view, i, lexicon, this.mask, this.feats, n) : n;
    const cls = cw ? this.classStage(cw, me, cn) : label;
    return { start: tok.start, end: tok.end, text: tok.text, cls: classOf(cls)!, margin: scaled };
  }

  /** Adds the detector's rows of `this.feats[from, to)` to s. */
  private addRows(s: Float64Array, from: number, to: number): void {
    const weights = this.model.weights;
    const t = weights.table;
    for (let k = from; k < to; k++) {
      const b = weights.lookup(this.feats[k]! * N_EVENT_LABELS);
      if (b < 0) continue;
      for (let y = 0; y < N_EVENT_LABELS; y++) s[y]! += t[b + y]!;
    }
  }

  /** The class stage's label (1..7) for the features in `this.feats`, whose first rows are `me`'s own. */
  private classStage(cw: CompactWeights, me: WordInfo, n: number): number {
    const L = EVENT_CLASSES.length;
    // as for the detector, the word's own rows are summed once and kept on the word (exact int16 sums)
    let ownClass = me.ownClassScores;
    if (!ownClass) {
      ownClass = new Float64Array(L);
      this.addClassRows(cw, ownClass, 0, ownOf(me).length);
      me.ownClassScores = ownClass;
    }
    const s = this.classScores;
    s.set(ownClass);
    this.addClassRows(cw, s, ownOf(me).length, n);
    const bias = this.model.classBias;
    if (bias) for (let y = 0; y < L; y++) s[y]! += bias[y]! / cw.scale;
    let best = 0;
    for (let y = 1; y < L; y++) if (s[y]! > s[best]!) best = y;
    return best + 1;
  }

  /** Adds the class stage's rows of `this.feats[from, to)` to s. */
  private addClassRows(cw: CompactWeights, s: Float64Array, from: number, to: number): void {
    const L = EVENT_CLASSES.length;
    for (let k = from; k < to; k++) {
      const b = cw.lookup(this.feats[k]! * L);
      if (b < 0) continue;
      for (let y = 0; y < L; y++) s[y]! += cw.table[b + y]!;
    }
  }
}
