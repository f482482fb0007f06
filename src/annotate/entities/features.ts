/**
 * Token features for the tagger, hashed into a fixed weight table (row = feature, column = label).
 * Per-word attributes (word, lowercase, shape, affixes, cluster-path prefixes) are hashed once per
 * distinct word and cached; every template emits exactly one feature per token, so a sentence's
 * static features are one flat Int32Array of row offsets. The first N_WORD templates depend on the
 * token alone, so a frozen model can cache their summed scores per word (see Tagger).
 * Nothing here reads POS or chunk columns: wiretrace sees raw text.
 */
import { type ClusterTable } from './clusters.js';
import { type GazNode, matchGazetteer, normWord } from './gazetteer.js';
import { HAS_LOWER, HAS_UPPER, STARTS_UPPER } from '../../util/letter-tests.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const TWO_LETTERS = /\p{L}{2,}/u;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mixes two 32-bit values into one, as a signed int32: every caller only stores the result in an
 * Int32Array or reads its bits (`& mask`, `| 0`, `^`), where int32 and uint32 are the same, and an int32
 * fits V8's small integers, so a call that is not inlined boxes no heap number (a uint32 above 2^31 did:
 * the tagger's hottest allocation).
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

// Attribute slots in a word's attribute vector.
const A_W = 0;
const A_L = 1;
const A_SH = 2;
const A_PRE = 3; // 3..6
const A_SUF = 7; // 7..10
const A_CL = 11; // 11..14, cluster-path prefixes coarse to fine
const N_CL = 4;
const A_KM = 15; // 15..16, flat k-means clusters (coarse, fine)
const N_KM = 2;
const A_GC = 17; // 17..20, GloVe cluster-path prefixes coarse to fine
const N_GC = 4;
const A_GK = 21; // 21..22, GloVe flat k-means clusters (coarse, fine)
const N_GK = 2;
const N_ATTR = 23;

/** The word clusters learned from unlabelled text that the features read. */
export interface WordClusterTables {
  /** learned by train/ner/clusters.ts from our unlabelled news text (cased) */
  readonly local: ClusterTable;
  /** over GloVe 6B vectors by ner-embedding-clusters.ts (lowercase keys) */
  readonly glove: ClusterTable;
}

/** What the extractor knows about one distinct word. */
export interface WordInfo {
  /**
   * Unique among the words of one extractor generation (see FeatureExtractor.generation): the key of
   * a frozen tagger's caches of scores by word pair and by word in context.
   */
  readonly id: number;
  readonly attrs: Int32Array;
  /** normalised, lowercased: gazetteer and document keys */
  readonly lower: string;
  /** starts with an uppercase letter */
  readonly cap: boolean;
  readonly allCaps: boolean;
  /** has a run of two or more letters */
  readonly wordy: boolean;
  /** summed word-only scores per label, filled by a frozen tagger */
  score: Float64Array | undefined;
  /** summed scores of this word's neighbour-only features, per role (p1, n1, p2, n2), filled likewise */
  nscore: Float64Array | undefined;
  /** a frozen tagger's weight slots of this word's dynamic rows, per previous label and history code */
  slots: Int32Array | undefined;
  /** the gazetteer trie's node for this word as a phrase's first word (null: none), once looked up */
  gaz: GazNode | null | undefined;
}

export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = HAS_UPPER.test(ch) ? 'X' : HAS_LOWER.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c === last) {
      if (++run > 2) continue;
    } else run = 1;
    last = c;
    out += c;
  }
  return out;
}

/** Document-wide facts for non-local features, built before tagging a document. */
export interface DocContext {
  /** lowercase forms seen written in lowercase somewhere in the doc */
  readonly lowerSeen: Set<string>;
  /** lowercase forms seen capitalised in a non-initial position */
  readonly capMidSeen: Set<string>;
  /** lowercase word → counts of predicted [O, PER, ORG, LOC, MISC] so far (prediction history) */
  readonly history: Map<string, Int32Array>;
}

/**
 * Each token's place in its run of capitalised tokens ("U.N. Security Council"): 0 outside a run,
 * else 1 + min(run length, 4) * 8, plus 1 on the run's first token and 2 on its last.
 */
function capRunCodes(infos: readonly WordInfo[], out: Int32Array = new Int32Array(infos.length)): Int32Array {
  const n = infos.length;
  out.fill(0);
  for (let i = 0; i < n; ) {
    if (!infos[i]!.cap) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && infos[j]!.cap) j++;
    for (let k = i; k < j; k++) out[k] = 1 + Math.min(j - i, 4) * 8 + (k === i ? 1 : 0) + (k === j - 1 ? 2 : 0);
    i = j;
  }
  return out;
}

/**
 * A capitalised word's document flag: 1, plus 1 when it is written in lowercase elsewhere in the
 * document, plus 2 when it is capitalised mid-sentence elsewhere; 0 for any other word.
 */
export function docFlag(info: WordInfo, doc: DocContext): number {
  return info.cap ? 1 + (doc.lowerSeen.has(info.lower) ? 1 : 0) + (doc.capMidSeen.has(info.lower) ? 2 : 0) : 0;
}

export function buildDocContext(sentences: readonly (readonly WordInfo[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const capMidSeen = new Set<string>();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (w.cap) {
        if (i > 0 && !w.allCaps) capMidSeen.add(w.lower);
      } else if (w.wordy) lowerSeen.add(w.lower);
    }
  }
  return { lowerSeen, capMidSeen, history: new Map() };
}

/** Templates that depend on the token alone (cacheable per word). */
export const N_WORD = 26;
/**
 * Then templates that depend on one neighbour alone, by role: 10 as the previous word, 10 as the next,
 * 4 as the word two back, 4 as the word two ahead (also cacheable per word, per role).
 */
export const N_NEIGH = 28;
export const NEIGH_ROLES = [
  { start: 0, count: 10 },
  { start: 10, count: 10 },
  { start: 20, count: 4 },
  { start: 24, count: 4 },
] as const;
export const N_STATIC = 78;
/**
 * The context templates (after the word-only and neighbour-only ones), in this order: N_PAIR on the
 * previous word and the token (pairRows' left half), N_PAIR on the token and the next word (its right
 * half), N_VARIANT on the token in its sentence context (variantRows), then N_TAIL (tailRows).
 */
export const N_PAIR = 6;
export const N_VARIANT = 9;
export const N_TAIL = 3;
export const N_DYNAMIC = 6;
/** Dynamic rows 0..N_LABEL_ROWS-1 depend on the previous labels (labelRows); the rest on the document (historyRows). */
export const N_LABEL_ROWS = 4;
/** History codes (historyCode): none, or one of five types as the majority, alone or not. */
export const N_HISTORY = 11;

const BOS = new Int32Array(N_ATTR).map((_, i) => hashString('<s>' + i));
const EOS = new Int32Array(N_ATTR).map((_, i) => hashString('</s>' + i));
const UNK_W = hashString('<unk>', 1);
const UNK_L = hashString('<unk>', 2);

export interface DropoutOptions {
  /** probability of hiding a token's identity (word and lowercase) during training */
  readonly word: number;
  readonly rand: () => number;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private readonly buffers = new Map<string, Int32Array>();

  /** A scratch buffer of at least `n` ints, reused across sentences (a view of exactly `n`). */
  private buf(name: string, n: number): Int32Array {
    let b = this.buffers.get(name);
    if (!b || b.length < n) {
      b = new Int32Array(Math.max(n, 2 * (b?.length ?? 256)));
      this.buffers.set(name, b);
    }
    return b.subarray(0, n);
  }
  private readonly roleTmp = new Int32Array(N_NEIGH);
  private readonly mask: number;
  /** Next word id (0 and 1 are the sentence boundaries). */
  private nextId = 2;
  /** Bumped whenever word ids start again from 2: caches keyed by ids must then be emptied. */
  generation = 0;

  /**
   * Called between documents: once word ids run high (never, in practice, below 2^30 distinct words),
   * forgets every word and starts ids again, so an id stays a small integer.
   */
  renewIds(limit = 1 << 30): void {
    if (this.nextId < limit) return;
    this.cache.clear();
    this.nextId = 2;
    this.generation++;
  }

  /** Pseudo-words before and after a sentence (neighbour roles only). */
  readonly bos: WordInfo = { id: 0, attrs: BOS, lower: '', cap: false, allCaps: false, wordy: false, score: undefined, nscore: undefined, slots: undefined, gaz: undefined };
  readonly eos: WordInfo = { id: 1, attrs: EOS, lower: '', cap: false, allCaps: false, wordy: false, score: undefined, nscore: undefined, slots: undefined, gaz: undefined };

  constructor(
    private readonly clusters: WordClusterTables,
    private readonly gazetteer: GazNode,
    readonly bits: number,
    readonly nLabels: number,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** A word's row in the local (cased) table: as written, then title-cased if all caps, then lowercase. */
  private localRow(w: string, allCaps: boolean): number {
    const t = this.clusters.local;
    let r = t.row(w);
    if (r < 0 && allCaps && w.length > 1) r = t.row(w[0] + w.slice(1).toLowerCase());
    if (r < 0) r = t.row(w.toLowerCase());
    return r;
  }

  /** A word's row in the GloVe (lowercase) table; an unknown hyphenated word falls back to its last part. */
  private gloveRow(lower: string): number {
    const t = this.clusters.glove;
    let r = t.row(lower);
    if (r < 0) {
      const h = lower.lastIndexOf('-');
      if (h > 0 && h < lower.length - 1) r = t.row(lower.slice(h + 1));
    }
    return r;
  }

  info(raw: string): WordInfo {
    let info = this.cache.get(raw);
    if (info) return info;
    const w = normWord(raw);
    const lower = w.toLowerCase();
    const l = lower.replace(/\d/g, '0');
    const c0 = w.charCodeAt(0);
    const cap = (c0 >= 65 && c0 <= 90) || (c0 > 127 && STARTS_UPPER.test(w));
    const allCaps = HAS_UPPER.test(w) && !HAS_LOWER.test(w);
    const a = new Int32Array(N_ATTR);
    a[A_W] = hashString(w, 1);
    a[A_L] = hashString(l, 2);
    a[A_SH] = hashString(wordShape(w), 3);
    for (let k = 0; k < 4; k++) {
      a[A_PRE + k] = hashString(w.slice(0, k + 1), 10 + k);
      a[A_SUF + k] = hashString(l.slice(-(k + 1)), 20 + k);
    }
    const { local, glove } = this.clusters;
    const lr = this.localRow(w, allCaps);
    for (let k = 0; k < N_CL; k++) a[A_CL + k] = lr >= 0 && k < local.sizes.length ? mix(30 + k, local.prefixId(lr, k)) : mix(40 + k, 0);
    for (let k = 0; k < N_KM; k++) a[A_KM + k] = lr >= 0 && k < local.flatSizes.length ? mix(120 + k, local.flatId(lr, k)) : mix(130 + k, 0);
    const gr = this.gloveRow(lower);
    for (let k = 0; k < N_GC; k++) a[A_GC + k] = gr >= 0 && k < glove.sizes.length ? mix(170 + k, glove.prefixId(gr, k)) : mix(180 + k, 0);
    for (let k = 0; k < N_GK; k++) a[A_GK + k] = gr >= 0 && k < glove.flatSizes.length ? mix(190 + k, glove.flatId(gr, k)) : mix(195 + k, 0);
    // every field present from the start (the tagger fills the last four later): one object shape, so the
    // tagger's hot loops read words through monomorphic inline caches (the same shape as bos and eos)
    info = { id: this.nextId++, attrs: a, lower, cap, allCaps, wordy: TWO_LETTERS.test(w), score: undefined, nscore: undefined, slots: undefined, gaz: undefined };
    if (this.cache.size > 500_000) this.cache.clear(); // bounded memory on long streams
    this.cache.set(raw, info);
    return info;
  }

  /** Gazetteer tag per token: hash of (B/I/L/U, kind mask) of the longest match covering it; 0 where none. */
  private gazTags(infos: readonly WordInfo[], words: readonly string[]): Int32Array {
    const out = this.buf('gaz', infos.length);
    out.fill(0);
    const lower = infos.map((x) => x.lower);
    // the root's map is the gazetteer's largest: its step for a word is kept on the word
    // (the step is passed inline: a named inner arrow would be wrapped in esbuild's keepNames `__name` call on every
    // sentence under tsx)
    const root = this.gazetteer.next;
    const matches = matchGazetteer(this.gazetteer, words, lower, (i: number): GazNode | undefined => {
      const w = infos[i]!;
      if (w.gaz === undefined) w.gaz = root?.get(w.lower) ?? null;
      return w.gaz ?? undefined;
    });
    for (const m of matches) {
      for (let i = m.start; i < m.end; i++) {
        const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
        out[i] = mix(50 + pos, m.mask);
      }
    }
    return out;
  }

  /** The N_NEIGH neighbour-only rows of a word's attributes, in role order (p1, n1, p2, n2). */
  neighbourRows(a: Int32Array, out: Int32Array, o: number): void {
    const mask = this.mask;
    const NL = this.nLabels;
    const b = o;
    out[o++] = mix(13, a[A_L]!);
    out[o++] = mix(21, a[A_SH]!);
    for (let k = 0; k < N_CL; k++) out[o++] = mix(70 + k, a[A_CL + k]!);
    for (let k = 0; k < N_KM; k++) out[o++] = mix(140 + k, a[A_KM + k]!);
    out[o++] = mix(200, a[A_GC + 1]!);
    out[o++] = mix(201, a[A_GK + 1]!);
    out[o++] = mix(14, a[A_L]!);
    out[o++] = mix(22, a[A_SH]!);
    for (let k = 0; k < N_CL; k++) out[o++] = mix(80 + k, a[A_CL + k]!);
    for (let k = 0; k < N_KM; k++) out[o++] = mix(150 + k, a[A_KM + k]!);
    out[o++] = mix(202, a[A_GC + 1]!);
    out[o++] = mix(203, a[A_GK + 1]!);
    out[o++] = mix(15, a[A_L]!);
    out[o++] = mix(90, a[A_CL + 1]!);
    out[o++] = mix(92, a[A_CL + 2]!);
    out[o++] = mix(204, a[A_GC + 1]!);
    out[o++] = mix(16, a[A_L]!);
    out[o++] = mix(91, a[A_CL + 1]!);
    out[o++] = mix(93, a[A_CL + 2]!);
    out[o++] = mix(205, a[A_GC + 1]!);
    for (let k = b; k < o; k++) out[k] = (out[k]! & mask) * NL;
  }

  /** Row offset of a hashed feature (masked to the table, times the label count). */
  private row(h: number): number {
    return (h & this.mask) * this.nLabels;
  }

  /** The N_WORD word-only rows of a word's attributes. */
  wordRows(c: Int32Array, out: Int32Array, o: number): void {
    out[o] = this.row(1);
    out[o + 1] = this.row(mix(2, c[A_W]!));
    out[o + 2] = this.row(mix(3, c[A_L]!));
    out[o + 3] = this.row(mix(4, c[A_SH]!));
    for (let k = 0; k < 4; k++) {
      out[o + 4 + k] = this.row(mix(5 + k, c[A_PRE + k]!));
      out[o + 8 + k] = this.row(mix(9 + k, c[A_SUF + k]!));
      out[o + 12 + k] = this.row(mix(23 + k, c[A_CL + k]!));
    }
    out[o + 16] = this.row(mix(mix(42, c[A_CL + 3]!), c[A_SH]!));
    out[o + 17] = this.row(mix(160, c[A_KM]!));
    out[o + 18] = this.row(mix(161, c[A_KM + 1]!));
    for (let k = 0; k < N_GC; k++) out[o + 19 + k] = this.row(mix(210 + k, c[A_GC + k]!));
    out[o + 23] = this.row(mix(215, c[A_GK]!));
    out[o + 24] = this.row(mix(216, c[A_GK + 1]!));
    out[o + 25] = this.row(mix(mix(217, c[A_GK + 1]!), c[A_SH]!));
  }

  /**
   * The rows of a word pair (a, b): at `o` the N_PAIR rows of token b after a, at `o + N_PAIR` the
   * N_PAIR rows of token a before b.
   */
  pairRows(a: Int32Array, b: Int32Array, out: Int32Array, o: number): void {
    out[o] = this.row(mix(mix(17, a[A_L]!), b[A_L]!));
    out[o + 1] = this.row(mix(mix(19, a[A_SH]!), b[A_SH]!));
    out[o + 2] = this.row(mix(mix(30, a[A_CL + 1]!), b[A_CL + 1]!));
    out[o + 3] = this.row(mix(mix(38, a[A_L]!), b[A_SH]!));
    out[o + 4] = this.row(mix(mix(47, a[A_W]!), b[A_W]!));
    out[o + 5] = this.row(mix(mix(220, a[A_GC + 1]!), b[A_GC + 1]!));
    o += N_PAIR;
    out[o] = this.row(mix(mix(18, a[A_L]!), b[A_L]!));
    out[o + 1] = this.row(mix(mix(20, a[A_SH]!), b[A_SH]!));
    out[o + 2] = this.row(mix(mix(94, a[A_CL + 1]!), b[A_CL + 1]!));
    out[o + 3] = this.row(mix(mix(39, a[A_SH]!), b[A_L]!));
    out[o + 4] = this.row(mix(mix(48, a[A_W]!), b[A_W]!));
    out[o + 5] = this.row(mix(mix(221, a[A_GC + 1]!), b[A_GC + 1]!));
  }

  /**
   * The N_VARIANT rows of a token in its sentence context: its gazetteer tag, whether it starts the
   * sentence, its document flag (docFlag), the sentence's headline flag and its capitalised-run code.
   */
  variantRows(c: Int32Array, gz: number, first: number, docFlag: number, headline: number, capRun: number, out: Int32Array, o: number): void {
    out[o] = this.row(mix(31, gz));
    out[o + 1] = this.row(mix(mix(34, gz), c[A_SH]!));
    out[o + 2] = this.row(mix(mix(35, first), c[A_SH]!));
    out[o + 3] = this.row(mix(mix(36, docFlag + first * 8), c[A_SH]!));
    out[o + 4] = this.row(mix(mix(37, headline), c[A_CL + 1]!));
    out[o + 5] = this.row(mix(45, capRun));
    out[o + 6] = this.row(mix(mix(46, capRun), c[A_CL + 1]!));
    out[o + 7] = this.row(mix(mix(49, gz), c[A_CL + 1]!));
    out[o + 8] = this.row(mix(mix(222, gz), c[A_GK]!));
  }

  /** The N_TAIL rows: the neighbours' gazetteer tags (1 past the sentence), the words two away. */
  tailRows(gzp: number, gzn: number, p2: Int32Array, n2: Int32Array, out: Int32Array, o: number): void {
    out[o] = this.row(mix(32, gzp));
    out[o + 1] = this.row(mix(33, gzn));
    out[o + 2] = this.row(mix(mix(40, p2[A_CL]!), n2[A_CL]!));
  }

  /**
   * What the context templates read of a sentence beyond its words: gazetteer tags, capitalised-run
   * codes (buffers reused by the next call) and whether it reads as a headline (every word in capitals).
   */
  sentenceContext(words: readonly string[], infos: readonly WordInfo[]): { gaz: Int32Array; capRun: Int32Array; headline: number; opener: number } {
    const gaz = this.gazTags(infos, words);
    let capsWords = 0;
    let letterWords = 0;
    for (const w of infos) {
      if (w.wordy) {
        letterWords++;
        if (w.allCaps) capsWords++;
      }
    }
    const headline = letterWords >= 2 && capsWords === letterWords ? 1 : 0;
    return { gaz, capRun: capRunCodes(infos, this.buf('capRun', infos.length)), headline, opener: headline ? 0 : datelineOpener(words) };
  }

  /**
   * Static features of one sentence: N_STATIC row offsets (already multiplied by nLabels) per token.
   * With `skipWord`, the word-only and neighbour-only templates are left 0 (the caller has their
   * cached scores).
   * With `dropout` (training), some tokens' identities are hidden to teach the model unseen names.
   */
  sentence(
    words: readonly string[],
    infos: readonly WordInfo[],
    doc: DocContext,
    skipWord = false,
    dropout?: DropoutOptions,
    reuse = false,
  ): Int32Array {
    const n = words.length;
    let A: Int32Array[] = infos.map((x) => x.attrs);
    if (dropout && dropout.word > 0) {
      A = A.map((a) => {
        if (dropout.rand() >= dropout.word) return a;
        const d = Int32Array.from(a);
        d[A_W] = UNK_W;
        d[A_L] = UNK_L;
        return d;
      });
    }
    const { gaz, capRun, headline, opener } = this.sentenceContext(words, infos);
    // Reused when the caller consumes the rows at once (tagging); fresh while training keeps them.
    const out = reuse ? this.buf('rows', n * N_STATIC) : new Int32Array(n * N_STATIC);
    const r = this.roleTmp;
    // Neighbours and gazetteer tags by hand rather than through per-call closures: this loop runs for
    // every token of every document.
    for (let i = 0; i < n; i++) {
      const p2 = i >= 2 ? A[i - 2]! : BOS;
      const p1 = i >= 1 ? A[i - 1]! : BOS;
      const c = A[i]!;
      const n1 = i + 1 < n ? A[i + 1]! : EOS;
      const n2 = i + 2 < n ? A[i + 2]! : EOS;
      const b = i * N_STATIC;
      if (!skipWord) {
        this.wordRows(c, out, b);
        // Neighbour-only templates, role by role: p1, n1, p2, n2 (same hashes as neighbourRows).
        for (let role = 0; role < 4; role++) {
          this.neighbourRows(role === 0 ? p1 : role === 1 ? n1 : role === 2 ? p2 : n2, r, 0);
          const { start, count } = NEIGH_ROLES[role]!;
          for (let k = start; k < start + count; k++) out[b + N_WORD + k] = r[k]!;
        }
      }
      // The left half of (p1, c) and the right half of (c, n1): pairRows writes both halves of a pair,
      // so the right half of (p1, c) is overwritten by the left half of (c, n1) below.
      const o = b + N_WORD + N_NEIGH;
      this.pairRows(p1, c, out, o);
      this.pairRows(c, n1, r, 0);
      for (let k = 0; k < N_PAIR; k++) out[o + N_PAIR + k] = r[N_PAIR + k]!;
      const first = i === 0 || i === opener ? 1 : 0;
      this.variantRows(c, gaz[i]!, first, docFlag(infos[i]!, doc), headline, capRun[i]!, out, o + 2 * N_PAIR);
      this.tailRows(i >= 1 ? gaz[i - 1]! : 1, i + 1 < n ? gaz[i + 1]! : 1, p2, n2, out, o + 2 * N_PAIR + N_VARIANT);
    }
    return out;
  }

  /** Features that depend on decoding so far: previous labels and the document's prediction history. */
  dynamic(
    out: Int32Array,
    info: WordInfo,
    prev1: number,
    prev2: number,
    doc: DocContext,
    /** in a second pass over a fixed history: this token's own first-pass type, not counted */
    selfType = -2,
  ): void {
    this.labelRows(out, info, prev1, prev2);
    this.historyRows(out, info, doc, selfType);
  }

  /** Rows 0-3 of the dynamic features: the previous two labels, alone and with the word and shape. */
  labelRows(out: Int32Array, info: WordInfo, prev1: number, prev2: number): void {
    const c = info.attrs;
    const mask = this.mask;
    const NL = this.nLabels;
    out[0] = (mix(60, prev1) & mask) * NL;
    out[1] = (mix(mix(61, prev1), prev2) & mask) * NL;
    out[2] = (mix(mix(62, prev1), c[A_W]!) & mask) * NL;
    out[3] = (mix(mix(63, prev1), c[A_SH]!) & mask) * NL;
  }

  /** Rows 4-5 of the dynamic features: the majority type this word got elsewhere in the document. */
  historyRows(out: Int32Array, info: WordInfo, doc: DocContext, selfType = -2): void {
    this.historyRowsOf(out, info, this.historyCode(info, doc, selfType));
  }

  /** Rows 4-5 for a history code (historyCode). */
  historyRowsOf(out: Int32Array, info: WordInfo, h: number): void {
    const mask = this.mask;
    const NL = this.nLabels;
    out[4] = (mix(64, h) & mask) * NL;
    out[5] = (mix(mix(65, h), info.attrs[A_SH]!) & mask) * NL;
  }

  /**
   * The history code of a word (0 to N_HISTORY - 1): 0 without history, else 1 + twice the majority
   * type's index, plus 1 when that type is the only one.
   */
  historyCode(info: WordInfo, doc: DocContext, selfType = -2): number {
    const hist = doc.history.get(info.lower);
    let h = 0;
    if (hist) {
      let best = 0;
      let total = 0;
      let bestN = -1;
      for (let k = 0; k < 5; k++) {
        const n = hist[k]! - (k === selfType + 1 ? 1 : 0);
        total += n;
        if (n > bestN) {
          bestN = n;
          best = k;
        }
      }
      if (total > 0) h = 1 + best * 2 + (bestN === total ? 1 : 0);
    }
    return h;
  }
}

/** A dash that ends a wire dateline: "WELLINGTON, July 18 (Meridian) -", "HUE -", "LONDON (Reuters) —". */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--']);
/** How far into a sentence a dateline's dash may stand. */
const DATELINE_REACH = 14;

/**
 * The index of the first word after a wire dateline that opens the sentence, or 0 when there is none: a dash within
 * DATELINE_REACH words, right after a closing parenthesis (the agency) or after a first word in capitals (the place).
 * The word after it opens the report's text as a sentence's first word does, so the tagger reads it as one ("- Ferries
 * resumed crossings": a capitalised common noun there is no name).
 */
export function datelineOpener(words: readonly string[]): number {
  const first = words[0] ?? '';
  const capsPlace = first.length > 1 && /^\p{Lu}[\p{Lu}\p{M}'’.-]*$/u.test(first);
  for (let k = 1; k < Math.min(words.length - 1, DATELINE_REACH); k++) {
    if (!DATELINE_DASHES.has(words[k]!)) continue;
    return words[k - 1] === ')' || capsPlace ? k + 1 : 0;
  }
  return 0;
}
