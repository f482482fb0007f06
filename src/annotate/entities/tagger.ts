/**
 * Averaged-perceptron sequence tagger with constrained greedy left-to-right BILOU decoding (Ratinov &
 * Roth 2009 found greedy decoding as accurate as Viterbi for this task, and it lets features see
 * earlier predictions; ill-formed transitions are never chosen). Weights live in one hashed table:
 * row = feature, column = label.
 *
 * Speed: a frozen (shipped) tagger caches each distinct word's summed word-only and neighbour-only
 * scores, the summed context scores of each word pair and of each word in its sentence context (two
 * bounded caches), and computes a sentence's static scores once for both passes, so a token costs a few
 * vector additions plus the dynamic rows of each pass.
 */
import {
  FeatureExtractor,
  N_DYNAMIC as N_DYNAMIC_,
  N_STATIC as N_STATIC_,
  N_WORD as N_WORD_,
  N_NEIGH as N_NEIGH_,
  NEIGH_ROLES,
  N_LABEL_ROWS as N_LABEL_ROWS_,
  N_HISTORY as N_HISTORY_,
  N_PAIR as N_PAIR_,
  N_VARIANT as N_VARIANT_,
  N_TAIL as N_TAIL_,
  buildDocContext,
  docFlag,
  mix,
  type WordClusterTables,
  type DocContext,
  type DropoutOptions,
  type WordInfo,
} from './features.js';
import { type GazNode } from './gazetteer.js';
import { CompactWeights } from './weights.js';
import { N_LABELS as N_LABELS_, allowed, labelPos, labelType } from './labels.js';

// Local copies: hot loops must not read imported bindings (transpilers turn them into getters).
const N_LABELS = N_LABELS_;
const N_STATIC = N_STATIC_;
const N_WORD = N_WORD_;
const N_DYNAMIC = N_DYNAMIC_;
const N_NEIGH = N_NEIGH_;
const N_LABEL_ROWS = N_LABEL_ROWS_;
const N_HISTORY = N_HISTORY_;
const N_PAIR = N_PAIR_;
const N_VARIANT = N_VARIANT_;
const N_TAIL = N_TAIL_;
/** Neighbour roles in the cached per-word role scores: [start row, row count, role index]. */
const ROLES = NEIGH_ROLES.map((r) => [r.start, r.count] as const);

export interface TaggerConfig {
  readonly bits: number;
  /**
   * Two passes per document: the first tags with the history of earlier occurrences, the second
   * re-tags with the first pass's labels for every other occurrence in the document, before and after.
   */
  readonly twoPass?: boolean;
  /**
   * Beam width when tagging (1 = greedy). The model is trained greedily; a small beam at tagging time
   * stops an early B- from dragging the following words into a span (a greedy B must continue).
   */
  readonly beam?: number;
  /**
   * Beam hypotheses are ranked by summed per-token log-softmax of the scores over the allowed labels,
   * at this temperature (in weight units): raw perceptron scores are not comparable across tokens.
   */
  readonly temperature?: number;
}

export interface TrainStep {
  readonly gold: readonly Int32Array[];
  readonly update: (rows: Int32Array, nRows: number, good: number, bad: number) => void;
  readonly tick: () => void;
  readonly dropout?: DropoutOptions;
}

const NEG = -1e30;

/** Slots of the frozen tagger's pair cache (2^16: 8.9 MB of sums) and variant cache (2^14: 1.1 MB). */
const PAIR_SLOTS = 1 << 16;
const VAR_SLOTS = 1 << 14;
/** log2 of the slots of the frozen tagger's cache of tail-row look-ups */
const TAIL_BITS = 12;

/** Entity type index of a label (-1 for O), as a local table. */
const TYPE_OF = Int8Array.from({ length: N_LABELS }, (_, y) => labelType(y));
function typeOf(y: number): number {
  return TYPE_OF[y]!;
}

/** Last label of a sentence may not be B or I; first may not follow one (prev = O). */
const CAN_END = Int8Array.from({ length: N_LABELS }, (_, y) => (labelPos(y) === 'B' || labelPos(y) === 'I' ? 0 : 1));
const ALLOWED = Int8Array.from({ length: N_LABELS * N_LABELS }, (_, k) => (allowed(Math.floor(k / N_LABELS), k % N_LABELS) ? 1 : 0));

export class Tagger {
  readonly fx: FeatureExtractor;
  private readonly dyn = new Int32Array(N_DYNAMIC);
  private readonly scores = new Float64Array(N_LABELS);

  constructor(
    /** dense float table while training; the shipped model is compact (and frozen) */
    readonly weights: Float32Array | CompactWeights,
    clusters: WordClusterTables,
    gazetteer: GazNode,
    readonly config: TaggerConfig,
  ) {
    this.fx = new FeatureExtractor(clusters, gazetteer, config.bits, N_LABELS);
  }

  /** Adds a compact row's weights to scores (a missing row is zero). */
  private static addRow(C: CompactWeights, s: Float64Array, sb: number, row: number): void {
    const o = C.lookup(row);
    if (o < 0) return;
    const w = C.table;
    for (let y = 0; y < N_LABELS; y++) s[sb + y]! += w[o + y]!;
  }

  /** Adds rows[from, to) to s: through the compact table when frozen, else from the dense weights. */
  private static addRows(C: CompactWeights | undefined, W: Float32Array, s: Float64Array, rows: Int32Array, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const row = rows[k]!;
      if (C) Tagger.addRow(C, s, 0, row);
      else for (let y = 0; y < N_LABELS; y++) s[y]! += W[row + y]!;
    }
  }

  /** Token i's label-independent static scores: precomputed (frozen tagger) or summed over its rows. */
  private static staticScores(out: Float64Array, i: number, sc: Int32Array | undefined, stat: Int32Array | undefined, W: Float32Array): void {
    if (sc) {
      for (let y = 0; y < N_LABELS; y++) out[y] = sc[i * N_LABELS + y]!;
    } else {
      out.fill(0);
      Tagger.addRows(undefined, W, out, stat!, i * N_STATIC, (i + 1) * N_STATIC);
    }
  }

  /** Summed word-only scores of a word under the frozen weights, cached on the word. */
  private wordScore(C: CompactWeights, info: WordInfo): Float64Array {
    if (info.score) return info.score;
    const rows = this.tmpRows;
    this.fx.wordRows(info.attrs, rows, 0);
    const s = new Float64Array(N_LABELS);
    for (let k = 0; k < N_WORD; k++) Tagger.addRow(C, s, 0, rows[k]!);
    info.score = s;
    return s;
  }

  /** Summed neighbour-only scores of a word for each role (p1, n1, p2, n2), cached on the word. */
  private roleScores(C: CompactWeights, info: WordInfo): Float64Array {
    if (info.nscore) return info.nscore;
    const rows = this.roleRows;
    this.fx.neighbourRows(info.attrs, rows, 0);
    const s = new Float64Array(4 * N_LABELS);
    for (let r = 0; r < 4; r++) {
      const [start, count] = ROLES[r]!;
      for (let k = start; k < start + count; k++) Tagger.addRow(C, s, r * N_LABELS, rows[k]!);
    }
    info.nscore = s;
    return s;
  }

  private readonly roleRows = new Int32Array(N_NEIGH);
  private readonly tmpRows = new Int32Array(Math.max(N_WORD, 2 * N_PAIR, N_VARIANT, N_TAIL));
  private statBuf = new Int32Array(0);

  /**
   * Frozen weights: summed scores of the context templates that read a word pair or a word in its
   * sentence context, in two direct-mapped caches (a slot holds its key and its sums; a new key
   * overwrites the slot), so a token seen in the same setting before costs two probes instead of
   * N_PAIR * 2 + N_VARIANT look-ups in the weight table. Sums of int16 weights are exact in int32, so
   * the scores are the same in any order and with any cache contents. Keys are word ids, valid for the
   * extractor's generation `cacheGen`.
   */
  private readonly pairKeys = new Int32Array(2 * PAIR_SLOTS).fill(-1);
  /** per pair slot: the left half's sums (scores of b after a), then the right half's (a before b) */
  private readonly pairSums = new Int32Array(PAIR_SLOTS * 2 * N_LABELS);
  private readonly varKeys = new Int32Array(3 * VAR_SLOTS).fill(-1);
  private readonly varSums = new Int32Array(VAR_SLOTS * N_LABELS);
  /** direct-mapped: a tail row (row offsets are >= 0; -1 is empty) and its slot in the compact table */
  private readonly tailKeys = new Int32Array(1 << TAIL_BITS).fill(-1);
  private readonly tailSlots = new Int32Array(1 << TAIL_BITS);
  private cacheGen = 0;

  /** Offset in pairSums of the pair (a, b)'s sums, filling the slot on a miss. */
  private pairSlot(C: CompactWeights, a: WordInfo, b: WordInfo): number {
    const s = mix(a.id, b.id) & (PAIR_SLOTS - 1);
    const keys = this.pairKeys;
    const base = s * 2 * N_LABELS;
    if (keys[2 * s] === a.id && keys[2 * s + 1] === b.id) return base;
    const rows = this.tmpRows;
    this.fx.pairRows(a.attrs, b.attrs, rows, 0);
    const sums = this.pairSums;
    sums.fill(0, base, base + 2 * N_LABELS);
    const t = C.table;
    for (let k = 0; k < 2 * N_PAIR; k++) {
      const o = C.lookup(rows[k]!);
      if (o < 0) continue;
      const sb = k < N_PAIR ? base : base + N_LABELS;
      for (let y = 0; y < N_LABELS; y++) sums[sb + y]! += t[o + y]!;
    }
    keys[2 * s] = a.id;
    keys[2 * s + 1] = b.id;
    return base;
  }

  /**
   * Offset in varSums of a word's variant sums in its sentence context (variantRows), filling the slot
   * on a miss. `flags` packs first, docFlag, headline and capRun (each below its field's width).
   */
  private variantSlot(C: CompactWeights, c: WordInfo, gz: number, flags: number): number {
    const s = mix(mix(c.id, gz), flags) & (VAR_SLOTS - 1);
    const keys = this.varKeys;
    const base = s * N_LABELS;
    if (keys[3 * s] === c.id && keys[3 * s + 1] === gz && keys[3 * s + 2] === flags) return base;
    const rows = this.tmpRows;
    this.fx.variantRows(c.attrs, gz, flags & 1, (flags >> 1) & 7, (flags >> 4) & 1, flags >> 5, rows, 0);
    const sums = this.varSums;
    sums.fill(0, base, base + N_LABELS);
    const t = C.table;
    for (let k = 0; k < N_VARIANT; k++) {
      const o = C.lookup(rows[k]!);
      if (o < 0) continue;
      for (let y = 0; y < N_LABELS; y++) sums[base + y]! += t[o + y]!;
    }
    keys[3 * s] = c.id;
    keys[3 * s + 1] = gz;
    keys[3 * s + 2] = flags;
    return base;
  }

  /**
   * Frozen weights: the dynamic rows' slots in the compact table, looked up once and kept (-2 until
   * then): the label-only rows here (row 0 by p1, then row 1 by (p1, p2)), history row 4 by history
   * code, and on each word its rows 2 and 3 by p1 and row 5 by history code (wordSlots). Greedy and
   * beam decoding and the path scores ask for the same few rows over and over.
   */
  private readonly labelSlots = new Int32Array(N_LABELS + N_LABELS * N_LABELS).fill(-2);
  private readonly historySlots = new Int32Array(N_HISTORY).fill(-2);
  /** summed weights of label rows 0 and 1 per (p1, p2), N_LABELS each, once labelSumDone marks them */
  private readonly labelSums = new Int32Array(N_LABELS * N_LABELS * N_LABELS);
  private readonly labelSumDone = new Uint8Array(N_LABELS * N_LABELS);
  private readonly dynTmp = new Int32Array(N_DYNAMIC);

  private static wordSlots(info: WordInfo): Int32Array {
    return (info.slots ??= new Int32Array(2 * N_LABELS + N_HISTORY).fill(-2));
  }

  /** Adds one slot's weights to s (a negative slot is a zero row). */
  private static addSlot(t: Int16Array, s: Float64Array, o: number): void {
    if (o < 0) return;
    for (let y = 0; y < N_LABELS; y++) s[y]! += t[o + y]!;
  }

  /** Adds dynamic rows 0-3 (labelRows) of a word after labels p1, p2 under frozen weights. */
  private addLabelRows(C: CompactWeights, s: Float64Array, info: WordInfo, p1: number, p2: number): void {
    const ls = this.labelSlots;
    const ws = Tagger.wordSlots(info);
    const k1 = N_LABELS + p1 * N_LABELS + p2;
    if (ls[k1] === -2 || ws[p1] === -2) {
      const tmp = this.dynTmp;
      this.fx.labelRows(tmp, info, p1, p2);
      ls[p1] = C.lookup(tmp[0]!);
      ls[k1] = C.lookup(tmp[1]!);
      ws[p1] = C.lookup(tmp[2]!);
      ws[N_LABELS + p1] = C.lookup(tmp[3]!);
    }
    const t = C.table;
    // rows 0 and 1 read the labels alone: their sum per (p1, p2) is kept (exact: int16 weights summed in int32)
    const lb = (p1 * N_LABELS + p2) * N_LABELS;
    const sums = this.labelSums;
    if (this.labelSumDone[p1 * N_LABELS + p2] === 0) {
      sums.fill(0, lb, lb + N_LABELS);
      for (const o of [ls[p1]!, ls[k1]!]) if (o >= 0) for (let y = 0; y < N_LABELS; y++) sums[lb + y]! += t[o + y]!;
      this.labelSumDone[p1 * N_LABELS + p2] = 1;
    }
    for (let y = 0; y < N_LABELS; y++) s[y]! += sums[lb + y]!;
    Tagger.addSlot(t, s, ws[p1]!);
    Tagger.addSlot(t, s, ws[N_LABELS + p1]!);
  }

  /** Adds dynamic rows 4-5 (historyRows) of a word under frozen weights. */
  private addHistoryRows(C: CompactWeights, s: Float64Array, info: WordInfo, doc: DocContext, selfType: number): void {
    const h = this.fx.historyCode(info, doc, selfType);
    const ws = Tagger.wordSlots(info);
    const k5 = 2 * N_LABELS + h;
    if (this.historySlots[h] === -2 || ws[k5] === -2) {
      const tmp = this.dynTmp;
      this.fx.historyRowsOf(tmp, info, h);
      this.historySlots[h] = C.lookup(tmp[4]!);
      ws[k5] = C.lookup(tmp[5]!);
    }
    Tagger.addSlot(C.table, s, this.historySlots[h]!);
    Tagger.addSlot(C.table, s, ws[k5]!);
  }

  /**
   * A sentence's static scores under frozen weights, N_LABELS per token into `sc`: the cached word and
   * neighbour-role sums, the pair sums of (previous word, token) and (token, next word), the token's
   * variant sums, and the N_TAIL rows looked up directly (they take few distinct values, so their rows
   * stay in cache).
   */
  private frozenStatic(C: CompactWeights, words: readonly string[], inf: readonly WordInfo[], doc: DocContext, sc: Int32Array): void {
    const fx = this.fx;
    const n = inf.length;
    const { gaz, capRun, headline, opener } = fx.sentenceContext(words, inf);
    const bos = this.roleScores(C, fx.bos);
    const eos = this.roleScores(C, fx.eos);
    const table = C.table;
    const pairs = this.pairSums;
    const vars = this.varSums;
    const rows = this.tmpRows;
    let left = n > 0 ? this.pairSlot(C, fx.bos, inf[0]!) : 0;
    // the neighbours' role scores slide along the sentence: one new word's per token
    let p2 = bos;
    let p1 = bos;
    let n1 = n > 1 ? this.roleScores(C, inf[1]!) : eos;
    let n2 = n > 2 ? this.roleScores(C, inf[2]!) : eos;
    const tailKeys = this.tailKeys;
    const tailSlots = this.tailSlots;
    for (let i = 0; i < n; i++) {
      const c = inf[i]!;
      const ws = this.wordScore(C, c);
      if (i > 0) {
        p2 = p1;
        p1 = this.roleScores(C, inf[i - 1]!);
        n1 = n2;
        n2 = i + 2 < n ? this.roleScores(C, inf[i + 2]!) : eos;
      }
      const ob = i * N_LABELS;
      for (let y = 0; y < N_LABELS; y++) {
        sc[ob + y] = ws[y]! + p1[y]! + n1[N_LABELS + y]! + p2[2 * N_LABELS + y]! + n2[3 * N_LABELS + y]! + pairs[left + y]!;
      }
      // The right half of (c, next) is read now, its left half by the next token, before the next probe.
      const right = this.pairSlot(C, c, i + 1 < n ? inf[i + 1]! : fx.eos);
      const flags = (i === 0 || i === opener ? 1 : 0) | (docFlag(c, doc) << 1) | (headline << 4) | (capRun[i]! << 5);
      const v = this.variantSlot(C, c, gaz[i]!, flags);
      for (let y = 0; y < N_LABELS; y++) sc[ob + y]! += pairs[right + N_LABELS + y]! + vars[v + y]!;
      left = right;
      fx.tailRows(i >= 1 ? gaz[i - 1]! : 1, i + 1 < n ? gaz[i + 1]! : 1, (i >= 2 ? inf[i - 2]! : fx.bos).attrs, (i + 2 < n ? inf[i + 2]! : fx.eos).attrs, rows, 0);
      for (let k = 0; k < N_TAIL; k++) {
        // tail rows take few distinct values (gazetteer tags, coarse cluster pairs): their slots are kept
        const row = rows[k]!;
        const ts = Math.imul(row, 0x9e3779b1) >>> (32 - TAIL_BITS);
        let o: number;
        if (tailKeys[ts] === row) o = tailSlots[ts]!;
        else {
          o = C.lookup(row);
          tailKeys[ts] = row;
          tailSlots[ts] = o;
        }
        if (o < 0) continue;
        for (let y = 0; y < N_LABELS; y++) sc[ob + y]! += table[o + y]!;
      }
    }
  }

  /**
   * Tags one document (sentences of words) in order; prediction history carries across sentences.
   * With `train`, runs one perceptron step per mistake (training).
   */
  tagDocument(
    sentences: readonly (readonly string[])[],
    dense?: Float32Array,
    train?: TrainStep,
    /**
     * given `scores`, for a frozen tagger, the label scores along the chosen labels of every token in
     * document order (weight units, N_LABELS per token)
     */
    scoresOut?: { scores?: Float64Array },
  ): Int32Array[] {
    const fx = this.fx;
    fx.renewIds();
    if (this.cacheGen !== fx.generation) {
      this.pairKeys.fill(-1);
      this.varKeys.fill(-1);
      this.cacheGen = fx.generation;
    }
    const infos = sentences.map((s) => s.map((w) => fx.info(w)));
    const doc = buildDocContext(infos);
    const C = dense || train || !(this.weights instanceof CompactWeights) ? undefined : this.weights;
    const W = dense ?? (this.weights instanceof Float32Array ? this.weights : new Float32Array(0));
    const cached = C !== undefined;
    const stats: Int32Array[] = [];
    const statScores: Int32Array[] = [];
    // One buffer for every sentence's static scores (views per sentence): a typed array per sentence
    // costs an allocation each, which dominated on long documents.
    let tokens = 0;
    for (const s of sentences) tokens += s.length;
    // Reused across documents (the views below live only until this call returns): allocating and
    // zeroing tokens x labels doubles per document showed up in the collector's time. Static scores are
    // sums of int16 weights over at most N_STATIC rows, exact in int32 (and cheaper to add there).
    if (cached && this.statBuf.length < tokens * N_LABELS) this.statBuf = new Int32Array(2 * tokens * N_LABELS);
    const statAll = cached ? this.statBuf : undefined;
    let statOff = 0;
    for (let si = 0; si < sentences.length; si++) {
      const words = sentences[si]!;
      const inf = infos[si]!;
      if (!cached) {
        stats.push(fx.sentence(words, inf, doc, false, train?.dropout));
        continue;
      }
      const n = words.length;
      const sc = statAll!.subarray(statOff, statOff + n * N_LABELS);
      statOff += n * N_LABELS;
      this.frozenStatic(C, words, inf, doc, sc);
      statScores.push(sc);
    }
    if (!this.config.twoPass) {
      const out = this.pass(infos, W, C, doc, stats, statScores, undefined, train);
      if (scoresOut && C) scoresOut.scores = this.pathScores(infos, C, doc, statScores, undefined, out, tokens);
      return out;
    }
    // the first pass writes its label scores into the path scores' array, which pathScores then finishes in
    // place (frozen, not training): no second buffer of tokens x labels
    const keep = scoresOut && C && !train ? new Float64Array(tokens * N_LABELS) : undefined;
    const first = this.pass(infos, W, C, doc, stats, statScores, undefined, undefined, keep);
    const out = this.pass(infos, W, C, doc, stats, statScores, first, train);
    if (scoresOut && C) scoresOut.scores = this.pathScores(infos, C, doc, statScores, first, out, tokens, keep);
    return out;
  }

  /**
   * Every label's score at each token given the labels decoded before it (what a greedy step would have
   * compared there): how sure the tagger was of each word, for refiners that weigh a type against another.
   */
  private pathScores(
    infos: readonly WordInfo[][],
    C: CompactWeights,
    doc: DocContext,
    statScores: readonly Int32Array[],
    first: Int32Array[] | undefined,
    preds: readonly Int32Array[],
    /** tokens in the document */
    tokens: number,
    /**
     * the first pass's label scores at every token (N_LABELS per token, document order), when kept: the
     * result is written over them
     */
    firstScores?: Float64Array,
  ): Float64Array {
    const s = this.scores;
    const W = new Float32Array(0);
    const res = firstScores ?? new Float64Array(tokens * N_LABELS);
    const scale = C.scale;
    let ob = 0;
    for (let si = 0; si < infos.length; si++) {
      const inf = infos[si]!;
      const pred = preds[si]!;
      const sc = statScores[si]!;
      const firstPred = first?.[si];
      for (let i = 0; i < inf.length; i++) {
        const p1 = i > 0 ? pred[i - 1]! : 0;
        const p2 = i > 1 ? pred[i - 2]! : 0;
        // A word with no document history after the first pass's two labels has the first pass's features
        // (history code 0 in both passes), so its scores are the ones that pass summed, in the same order.
        if (
          firstScores &&
          firstPred &&
          p1 === (i > 0 ? firstPred[i - 1]! : 0) &&
          p2 === (i > 1 ? firstPred[i - 2]! : 0) &&
          !doc.history.has(inf[i]!.lower)
        ) {
          for (let y = 0; y < N_LABELS; y++) res[ob + y] = res[ob + y]! * scale;
          ob += N_LABELS;
          continue;
        }
        Tagger.staticScores(s, i, sc, undefined, W);
        this.addLabelRows(C, s, inf[i]!, p1, p2);
        this.addHistoryRows(C, s, inf[i]!, doc, first ? typeOf(first[si]![i]!) : -2);
        for (let y = 0; y < N_LABELS; y++) res[ob + y] = s[y]! * scale;
        ob += N_LABELS;
      }
    }
    return res;
  }

  /** (p1, y) → candidate index while expanding one token; -1 between tokens */
  private readonly mergeIdx = new Int32Array(N_LABELS * N_LABELS).fill(-1);
  private cand = { score: new Float64Array(0), y: new Int32Array(0), p: new Int32Array(0), key: new Int32Array(0) };
  private readonly base = new Float64Array(N_LABELS);
  private beamBuf: BeamBuffers = { label: new Int32Array(0), parent: new Int32Array(0), score: new Float64Array(0) };

  /**
   * Beam search over one sentence with the same features as greedy decoding. A hypothesis is its
   * last two labels; hypotheses with the same pair are merged (the features cannot tell them apart).
   */
  private beamSentence(
    inf: readonly WordInfo[],
    W: Float32Array,
    C: CompactWeights | undefined,
    doc: DocContext,
    stat: Int32Array | undefined,
    sc: Int32Array | undefined,
    firstPred: Int32Array | undefined,
    K: number,
  ): Int32Array {
    const n = inf.length;
    let buf = this.beamBuf;
    if (buf.label.length < (n + 1) * K) {
      const size = (n + 1) * K * 2;
      buf = this.beamBuf = { label: new Int32Array(size), parent: new Int32Array(size), score: new Float64Array(size) };
    }
    const { label, parent, score } = buf;
    const dyn = this.dyn;
    const s = this.scores;
    if (this.cand.score.length < K * N_LABELS) {
      const m = K * N_LABELS;
      this.cand = { score: new Float64Array(m), y: new Int32Array(m), p: new Int32Array(m), key: new Int32Array(m) };
    }
    const { score: candScore, y: candY, p: candP, key: candKey } = this.cand;
    const base = this.base;
    const invT = (C ? C.scale : 1) / (this.config.temperature ?? 1);
    const mergeIdx = this.mergeIdx;
    // Position -1: one hypothesis, labels (O, O).
    let width = 1;
    let prevOff = 0;
    label[0] = 0;
    parent[0] = -1;
    score[0] = 0;
    for (let i = 0; i < n; i++) {
      const info = inf[i]!;
      // One hypothesis that agrees with the first pass, on a word with no document history: the
      // features are the first pass's, so take its label without scoring (as greedy decoding does).
      if (
        firstPred &&
        width === 1 &&
        (i === 0 ? 0 : label[prevOff]!) === (i > 0 ? firstPred[i - 1]! : 0) &&
        (i < 2 ? 0 : label[prevOff - K + parent[prevOff]!]!) === (i > 1 ? firstPred[i - 2]! : 0) &&
        !doc.history.has(info.lower)
      ) {
        const off = (i + 1) * K;
        label[off] = firstPred[i]!;
        parent[off] = 0;
        score[off] = score[prevOff]!;
        prevOff = off;
        continue;
      }
      // Label-independent part: static scores and the history rows.
      Tagger.staticScores(base, i, sc, stat, W);
      const selfType = firstPred ? typeOf(firstPred[i]!) : -2;
      if (C) this.addHistoryRows(C, base, info, doc, selfType);
      else {
        this.fx.historyRows(dyn, info, doc, selfType);
        Tagger.addRows(C, W, base, dyn, N_LABEL_ROWS, N_DYNAMIC);
      }
      let nc = 0;
      const last = i === n - 1;
      for (let h = 0; h < width; h++) {
        const p1 = i === 0 ? 0 : label[prevOff + h]!;
        // the label before the hypothesis's last one (O before the sentence)
        const p2 = i < 2 ? 0 : label[prevOff - K + parent[prevOff + h]!]!;
        for (let y = 0; y < N_LABELS; y++) s[y] = base[y]!;
        if (C) this.addLabelRows(C, s, info, p1, p2);
        else {
          this.fx.labelRows(dyn, info, p1, p2);
          Tagger.addRows(C, W, s, dyn, 0, N_LABEL_ROWS);
        }
        const prevScore = score[prevOff + h]!;
        const ab = p1 * N_LABELS;
        let mx = -Infinity;
        for (let y = 0; y < N_LABELS; y++) if (ALLOWED[ab + y] && (!last || CAN_END[y]) && s[y]! > mx) mx = s[y]!;
        let z = 0;
        for (let y = 0; y < N_LABELS; y++) if (ALLOWED[ab + y] && (!last || CAN_END[y])) z += Math.exp((s[y]! - mx) * invT);
        const logZ = Math.log(z);
        for (let y = 0; y < N_LABELS; y++) {
          if (!ALLOWED[ab + y] || (last && !CAN_END[y])) continue;
          const total = prevScore + (s[y]! - mx) * invT - logZ;
          // Merge with an existing candidate that has the same (y, p1).
          const key = p1 * N_LABELS + y;
          const c = mergeIdx[key]!;
          if (c >= 0) {
            if (total > candScore[c]!) {
              candScore[c] = total;
              candP[c] = h;
            }
            continue;
          }
          mergeIdx[key] = nc;
          candKey[nc] = key;
          candScore[nc] = total;
          candY[nc] = y;
          candP[nc] = h;
          nc++;
        }
      }
      for (let c = 0; c < nc; c++) mergeIdx[candKey[c]!] = -1;
      // Keep the K best candidates (selection; K is small), dropping any far behind the best.
      const off = (i + 1) * K;
      let keep = Math.min(K, nc);
      for (let k = 0; k < keep; k++) {
        let bi = k;
        for (let c = k + 1; c < nc; c++) if (candScore[c]! > candScore[bi]!) bi = c;
        const ts = candScore[k]!;
        const ty = candY[k]!;
        const tp = candP[k]!;
        candScore[k] = candScore[bi]!;
        candY[k] = candY[bi]!;
        candP[k] = candP[bi]!;
        candScore[bi] = ts;
        candY[bi] = ty;
        candP[bi] = tp;
        if (k > 0 && candScore[k]! < candScore[0]! - BEAM_MARGIN) {
          keep = k;
          break;
        }
        label[off + k] = candY[k]!;
        parent[off + k] = candP[k]!;
        score[off + k] = candScore[k]!;
      }
      width = keep;
      prevOff = off;
    }
    const pred = new Int32Array(n);
    let h = 0;
    for (let i = n - 1; i >= 0; i--) {
      const off = (i + 1) * K;
      pred[i] = label[off + h]!;
      h = parent[off + h]!;
    }
    return pred;
  }

  private pass(
    infos: readonly WordInfo[][],
    W: Float32Array,
    C: CompactWeights | undefined,
    doc: DocContext,
    stats: readonly Int32Array[],
    statScores: readonly Int32Array[],
    /** first-pass labels: the history is then fixed (whole document) rather than growing */
    first: Int32Array[] | undefined,
    train: TrainStep | undefined,
    /** where a greedy pass writes each token's label scores (N_LABELS per token, document order) */
    keep?: Float64Array,
  ): Int32Array[] {
    const out: Int32Array[] = [];
    const rows = new Int32Array(N_STATIC + N_DYNAMIC);
    const s = this.scores;
    const dyn = this.dyn;
    // With two passes, the first (which only feeds the history) is greedy; the beam refines the second.
    const beam = train || (this.config.twoPass && !first) ? 1 : (this.config.beam ?? 1);
    let kb = 0;
    for (let si = 0; si < infos.length; si++) {
      const inf = infos[si]!;
      const n = inf.length;
      const stat = C ? undefined : stats[si]!;
      const sc = C ? statScores[si]! : undefined;
      if (beam > 1) {
        const pred = this.beamSentence(inf, W, C, doc, stat, sc, first ? first[si]! : undefined, beam);
        if (!first) recordHistory(doc, inf, pred);
        out.push(pred);
        continue;
      }
      const pred = new Int32Array(n);
      let p1 = 0;
      let p2 = 0;
      const firstPred = first ? first[si]! : undefined;
      for (let i = 0; i < n; i++) {
        // Second pass: a word with no document history, after the same two labels as in the first
        // pass, has exactly the first pass's features, so it keeps its label (no re-scoring).
        if (
          firstPred &&
          !train &&
          p1 === (i > 0 ? firstPred[i - 1]! : 0) &&
          p2 === (i > 1 ? firstPred[i - 2]! : 0) &&
          !doc.history.has(inf[i]!.lower)
        ) {
          const y = firstPred[i]!;
          pred[i] = y;
          p2 = p1;
          p1 = y;
          continue;
        }
        const selfType = firstPred ? typeOf(firstPred[i]!) : -2;
        Tagger.staticScores(s, i, sc, stat, W);
        if (C) {
          this.addLabelRows(C, s, inf[i]!, p1, p2);
          this.addHistoryRows(C, s, inf[i]!, doc, selfType);
        } else {
          this.fx.dynamic(dyn, inf[i]!, p1, p2, doc, selfType);
          Tagger.addRows(C, W, s, dyn, 0, N_DYNAMIC);
        }
        if (keep) {
          // no token is skipped in a pass that keeps its scores (a first pass): offset kb is token i's
          keep.set(s, kb);
          kb += N_LABELS;
        }
        let y = 0;
        let bestS = NEG;
        const ab = p1 * N_LABELS;
        const last = i === n - 1;
        for (let l = 0; l < N_LABELS; l++) {
          if (!ALLOWED[ab + l] || (last && !CAN_END[l])) continue;
          if (s[l]! > bestS) {
            bestS = s[l]!;
            y = l;
          }
        }
        if (train) {
          const g = train.gold[si]![i]!;
          if (g !== y) {
            rows.set(stat!.subarray(i * N_STATIC, (i + 1) * N_STATIC), 0);
            rows.set(dyn, N_STATIC);
            train.update(rows, N_STATIC + N_DYNAMIC, g, y);
          }
          train.tick();
        }
        pred[i] = y;
        p2 = p1;
        p1 = y;
      }
      if (!first) recordHistory(doc, inf, pred);
      out.push(pred);
    }
    return out;
  }
}

/**
 * Beam hypotheses more than this far (in log-probability) behind the best are dropped: most tokens
 * are unambiguous, so the beam is usually one wide and costs little more than greedy decoding.
 */
const BEAM_MARGIN = Number(process.env['NER_BEAM_MARGIN'] ?? 8);

/** Reused buffers for beam search over one sentence. */
interface BeamBuffers {
  label: Int32Array;
  parent: Int32Array;
  score: Float64Array;
}

/** Prediction history: what type each capitalised word received so far in this document. */
function recordHistory(doc: DocContext, infos: readonly WordInfo[], pred: Int32Array): void {
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i]!;
    if (!w.cap) continue;
    let h = doc.history.get(w.lower);
    if (!h) {
      h = new Int32Array(5);
      doc.history.set(w.lower, h);
    }
    h[1 + typeOf(pred[i]!)]!++;
  }
}
