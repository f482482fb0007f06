/**
 * Token-only features for the tagger, hashed into a fixed weight table. Per-word attributes (word,
 * lowercase, shape, affixes, clusters) are hashed once per distinct word and cached; every template
 * emits exactly one feature per token, so a sentence's static features are one flat Int32Array of
 * row offsets into the weight table. Nothing here reads POS or chunk columns: wiretrace sees raw text.
 */
import { type ClusterTable } from './clusters.js';
import { matchGazetteer, normWord } from './gazetteer.js';

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Attribute slots in a word's attribute vector.
const A_W = 0;
const A_L = 1;
const A_SH = 2;
const A_PRE = 3; // 3..6
const A_SUF = 7; // 7..10
const A_CL = 11; // 11..14
const N_CL = 4;
const N_ATTR = 15;

export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c === last) {
      if (++run > 2) continue;
    } else run = 1;
    last = c;
    out += c;
  }
  return out;
}

function lowerDigits(w: string): string {
  return w.toLowerCase().replace(/\d/g, '0');
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

export function buildDocContext(sentences: readonly (readonly string[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const capMidSeen = new Set<string>();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      const c0 = w.charCodeAt(0);
      const isLower = c0 >= 97 && c0 <= 122;
      if (isLower) lowerSeen.add(w);
      else if (i > 0 && c0 >= 65 && c0 <= 90 && w !== w.toUpperCase()) capMidSeen.add(w.toLowerCase());
    }
  }
  return { lowerSeen, capMidSeen, history: new Map() };
}

export const N_STATIC = 48;
export const N_DYNAMIC = 6;

const BOS = new Int32Array(N_ATTR).map((_, i) => hashString('<s>' + i));
const EOS = new Int32Array(N_ATTR).map((_, i) => hashString('</s>' + i));

function isCapWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(w));
}

function isAllCapsWord(w: string): boolean {
  return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
}

export class FeatureExtractor {
  private readonly cache = new Map<string, Int32Array>();
  private readonly mask: number;

  constructor(
    private readonly clusters: ClusterTable,
    readonly bits: number,
    readonly nLabels: number,
  ) {
    this.mask = (1 << bits) - 1;
  }

  private clusterIds(w: string): Int32Array | undefined {
    const c = this.clusters.ids;
    return (
      c.get(w) ??
      (isAllCapsWord(w) ? c.get(w[0] + w.slice(1).toLowerCase()) : undefined) ??
      c.get(w.toLowerCase())
    );
  }

  attrs(raw: string): Int32Array {
    let a = this.cache.get(raw);
    if (a) return a;
    const w = normWord(raw);
    const l = lowerDigits(w);
    a = new Int32Array(N_ATTR);
    a[A_W] = hashString(w, 1);
    a[A_L] = hashString(l, 2);
    a[A_SH] = hashString(wordShape(w), 3);
    for (let k = 0; k < 4; k++) {
      a[A_PRE + k] = hashString(w.slice(0, k + 1), 10 + k);
      a[A_SUF + k] = hashString(l.slice(-(k + 1)), 20 + k);
    }
    const cl = this.clusterIds(w);
    for (let k = 0; k < N_CL; k++) a[A_CL + k] = cl && k < cl.length ? mix(30 + k, cl[k]!) : mix(40 + k, 0);
    if (this.cache.size > 500_000) this.cache.clear(); // bounded memory on long streams
    this.cache.set(raw, a);
    return a;
  }

  /** Gazetteer tag per token ("B-country|demonym", "U-given"), hashed; 0 where none. */
  private gazTags(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (const m of matchGazetteer(words)) {
      const kinds = m.kinds.join('|');
      for (let i = m.start; i < m.end; i++) {
        const pos = m.end - m.start === 1 ? 'U' : i === m.start ? 'B' : i === m.end - 1 ? 'L' : 'I';
        out[i] = hashString(pos + '-' + kinds, 50);
      }
    }
    return out;
  }

  /**
   * Static features of one sentence: N_STATIC row offsets (already multiplied by nLabels) per token.
   */
  sentence(words: readonly string[], doc: DocContext): Int32Array {
    const n = words.length;
    const A: Int32Array[] = words.map((w) => this.attrs(w));
    const at = (i: number): Int32Array => (i < 0 ? BOS : i >= n ? EOS : A[i]!);
    const gaz = this.gazTags(words);
    const gz = (i: number): number => (i < 0 || i >= n ? 1 : gaz[i]!);
    let capsWords = 0;
    let letterWords = 0;
    for (const w of words) {
      if (/\p{L}{2,}/u.test(w)) {
        letterWords++;
        if (isAllCapsWord(w)) capsWords++;
      }
    }
    const headline = letterWords >= 2 && capsWords === letterWords ? 1 : 0;
    // Runs of capitalised tokens ("U.N. Security Council"): each token's position within its run.
    const capRun = new Int32Array(n);
    for (let i = 0; i < n; ) {
      if (!isCapWord(words[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < n && isCapWord(words[j]!)) j++;
      for (let k = i; k < j; k++) capRun[k] = 1 + Math.min(j - i, 4) * 8 + (k === i ? 1 : 0) + (k === j - 1 ? 2 : 0);
      i = j;
    }
    const out = new Int32Array(n * N_STATIC);
    const mask = this.mask;
    const NL = this.nLabels;
    for (let i = 0; i < n; i++) {
      const p2 = at(i - 2);
      const p1 = at(i - 1);
      const c = at(i);
      const n1 = at(i + 1);
      const n2 = at(i + 2);
      const w = words[i]!;
      const low = w.toLowerCase();
      const c0 = w.charCodeAt(0);
      const cap = c0 >= 65 && c0 <= 90 ? 1 : 0;
      const docFlag = cap ? 1 + (doc.lowerSeen.has(low) ? 1 : 0) + (doc.capMidSeen.has(low) ? 2 : 0) : 0;
      const f = [
        1,
        mix(2, c[A_W]!),
        mix(3, c[A_L]!),
        mix(4, c[A_SH]!),
        mix(5, c[A_PRE]!),
        mix(6, c[A_PRE + 1]!),
        mix(7, c[A_PRE + 2]!),
        mix(8, c[A_PRE + 3]!),
        mix(9, c[A_SUF]!),
        mix(10, c[A_SUF + 1]!),
        mix(11, c[A_SUF + 2]!),
        mix(12, c[A_SUF + 3]!),
        mix(13, p1[A_L]!),
        mix(14, n1[A_L]!),
        mix(15, p2[A_L]!),
        mix(16, n2[A_L]!),
        mix(mix(17, p1[A_L]!), c[A_L]!),
        mix(mix(18, c[A_L]!), n1[A_L]!),
        mix(mix(19, p1[A_SH]!), c[A_SH]!),
        mix(mix(20, c[A_SH]!), n1[A_SH]!),
        mix(21, p1[A_SH]!),
        mix(22, n1[A_SH]!),
        mix(23, c[A_CL]!),
        mix(24, c[A_CL + 1]!),
        mix(25, c[A_CL + 2]!),
        mix(26, p1[A_CL + 1]!),
        mix(27, n1[A_CL + 1]!),
        mix(28, p1[A_CL + 2]!),
        mix(29, n1[A_CL + 2]!),
        mix(mix(30, p1[A_CL + 1]!), c[A_CL + 1]!),
        mix(31, gz(i)),
        mix(32, gz(i - 1)),
        mix(33, gz(i + 1)),
        mix(mix(34, gz(i)), c[A_SH]!),
        mix(mix(35, i === 0 ? 1 : 0), c[A_SH]!),
        mix(mix(36, docFlag + (i === 0 ? 8 : 0)), c[A_SH]!),
        mix(mix(37, headline), c[A_CL + 1]!),
        mix(mix(38, p1[A_L]!), c[A_SH]!),
        mix(mix(39, c[A_SH]!), n1[A_L]!),
        mix(mix(40, p2[A_CL]!), n2[A_CL]!),
        mix(41, c[A_CL + 3]!),
        mix(mix(42, c[A_CL + 3]!), c[A_SH]!),
        mix(43, p1[A_CL + 3]!),
        mix(44, n1[A_CL + 3]!),
        mix(45, capRun[i]!),
        mix(mix(46, capRun[i]!), c[A_CL + 1]!),
        mix(mix(47, p1[A_W]!), c[A_W]!),
        mix(mix(48, c[A_W]!), n1[A_W]!),
      ];
      const base = i * N_STATIC;
      for (let k = 0; k < N_STATIC; k++) out[base + k] = (f[k]! & mask) * NL;
    }
    return out;
  }

  /** Features that depend on decoding so far: previous labels and the document's prediction history. */
  dynamic(
    out: Int32Array,
    words: readonly string[],
    i: number,
    prev1: number,
    prev2: number,
    doc: DocContext,
    /** in a second pass over a fixed history: this token's own first-pass type, not counted */
    selfType = -2,
  ): void {
    const c = this.attrs(words[i]!);
    const mask = this.mask;
    const NL = this.nLabels;
    const hist = doc.history.get(words[i]!.toLowerCase());
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
    out[0] = (mix(60, prev1) & mask) * NL;
    out[1] = (mix(mix(61, prev1), prev2) & mask) * NL;
    out[2] = (mix(mix(62, prev1), c[A_W]!) & mask) * NL;
    out[3] = (mix(mix(63, prev1), c[A_SH]!) & mask) * NL;
    out[4] = (mix(64, h) & mask) * NL;
    out[5] = (mix(mix(65, h), c[A_SH]!) & mask) * NL;
  }
}
