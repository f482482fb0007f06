/**
 * Word clusters learned from unlabelled news text, a fast stand-in for Brown clusters: every word seen
 * at least twice gets a distributional vector (PPMI over positional context words, reduced by
 * randomized SVD), and recursive 2-means splits the vocabulary into a binary tree. A word's cluster is
 * its bit path; features use path prefixes of several lengths, as with Brown clusters.
 * Deterministic: seeded projection, fixed iteration counts, deterministic splits.
 *
 * Builds models/ner/clusters.tsv.gz from unlabelled news text (TempEval-3 silver, PolNeAR) plus the
 * CoNLL-2003 train tokens:
 *
 *   node --import tsx train/ner/clusters.ts --data ../shared/data/conll2003 [--unlabelled ../shared/data] [--out models/ner]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { WiretraceError } from '../../src/errors.js';
import { ClusterTable, serialiseClusters } from '../../src/annotate/entities/clusters.js';
import { parseConll } from '../../src/annotate/entities/conll.js';
import { normWord } from '../../src/annotate/entities/gazetteer.js';
import { tokenize } from '../../src/annotate/text/tokenize.js';
import { mulberry32 } from './random.js';

/** Plain text of the unlabelled corpora: TempEval-3 silver TimeML (tags stripped) and PolNeAR texts. */
export function readUnlabelledTexts(dataRoot: string): string[] {
  const texts: string[] = [];
  const te3 = join(dataRoot, 'tempeval3', 'Training');
  if (existsSync(te3)) {
    for (const dir of readdirSync(te3).filter((d) => d.startsWith('TE3-Silver-data')).sort()) {
      for (const f of readdirSync(join(te3, dir)).sort()) {
        const xml = readFileSync(join(te3, dir, f), 'utf8');
        const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
        const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml);
        const body = (title ? title[1] + '\n\n' : '') + (m ? m[1] : '');
        texts.push(body.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
      }
    }
  }
  const pol = join(dataRoot, 'polnear');
  if (existsSync(pol)) {
    for (const split of readdirSync(pol).sort()) {
      const dir = join(pol, split, 'text');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
  }
  if (texts.length === 0) throw new WiretraceError('E_EVAL_DATA', `no unlabelled texts under ${dataRoot}`);
  return texts;
}

export interface ClusterOptions {
  /** keep every word seen at least this often */
  readonly minCount: number;
  /** most frequent lowercased forms used as context columns */
  readonly contextWords: number;
  /** context offsets (each offset gets its own block of columns) */
  readonly window: number;
  /** embedding dimensions kept from the randomized SVD */
  readonly dims: number;
  readonly powerIterations: number;
  /** binary-tree depth (bits of the cluster path) */
  readonly depth: number;
  /** path-prefix lengths emitted as features, coarse to fine */
  readonly prefixes: readonly number[];
  /** flat spherical k-means granularities over the same vectors */
  readonly flatSizes: readonly number[];
  readonly kmeansIterations: number;
  readonly seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 2,
  contextWords: 6000,
  window: 2,
  dims: 80,
  powerIterations: 3,
  depth: 16,
  prefixes: [4, 6, 10, 16],
  flatSizes: [256, 1024],
  kmeansIterations: 8,
  seed: 7,
};

/**
 * Word clusters over unlabelled text (and pre-tokenised sentences): PPMI over positional context
 * words, randomized SVD, then a binary tree by recursive 2-means, so each word gets a bit path whose
 * prefixes act like Brown-cluster prefixes. Linear in tokens and vocabulary; deterministic.
 */
export function buildClusters(
  texts: readonly string[],
  sentences: readonly (readonly string[])[] = [],
  opt: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  log: (msg: string) => void = () => {},
): ClusterTable {
  // 1. Token ids and counts.
  const idOf = new Map<string, number>();
  const words: string[] = [];
  let counts = new Int32Array(1 << 16);
  const seqs: Int32Array[] = [];
  const intern = (raw: string): number => {
    const w = normWord(raw);
    let id = idOf.get(w);
    if (id === undefined) {
      id = words.length;
      idOf.set(w, id);
      words.push(w);
      if (id >= counts.length) {
        const c = new Int32Array(counts.length * 2);
        c.set(counts);
        counts = c;
      }
    }
    counts[id]!++;
    return id;
  };
  for (const t of texts) {
    // the runtime tokenizer, so the table holds the word forms the tagger will look up
    const toks = tokenize(t);
    const seq = new Int32Array(toks.length);
    for (let i = 0; i < toks.length; i++) seq[i] = intern(t.slice(toks[i]!.start, toks[i]!.end));
    seqs.push(seq);
  }
  for (const s of sentences) seqs.push(Int32Array.from(s, intern));
  let nTokens = 0;
  for (const s of seqs) nTokens += s.length;
  // 2. Context columns: the most frequent lowercased forms, plus shape buckets for the rest.
  const lowerCount = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const l = words[i]!.toLowerCase();
    lowerCount.set(l, (lowerCount.get(l) ?? 0) + counts[i]!);
  }
  const ctxList = [...lowerCount.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opt.contextWords)
    .map((e) => e[0]);
  const ctxIndex = new Map(ctxList.map((w, i) => [w, i]));
  const C = ctxList.length + 3; // + capitalised / lowercase / other
  const ctxOf = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const k = ctxIndex.get(w.toLowerCase());
    ctxOf[i] = k ?? (/^\p{Lu}/u.test(w) ? C - 3 : /^\p{Ll}/u.test(w) ? C - 2 : C - 1);
  }
  // 3. Vocabulary rows.
  const rowOf = new Int32Array(words.length).fill(-1);
  const vocab: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (counts[i]! >= opt.minCount) {
      rowOf[i] = vocab.length;
      vocab.push(i);
    }
  }
  const n = vocab.length;
  const offsets: number[] = [];
  for (let o = 1; o <= opt.window; o++) offsets.push(-o, o);
  const m = C * offsets.length;
  log(`  ${nTokens} tokens, ${words.length} types, ${n} clustered, ${m} context columns`);
  // 4. Sparse co-occurrence counts: collect keys, sort, run-length into CSR (no hash map per pair).
  let keys = new Float64Array(nTokens * offsets.length);
  let nk = 0;
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const r = rowOf[seq[i]!]!;
      if (r < 0) continue;
      for (let oi = 0; oi < offsets.length; oi++) {
        const j = i + offsets[oi]!;
        if (j < 0 || j >= seq.length) continue;
        keys[nk++] = r * m + oi * C + ctxOf[seq[j]!]!;
      }
    }
  }
  keys = keys.subarray(0, nk).sort();
  const rowPtr = new Int32Array(n + 1);
  const colIdx: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < nk; ) {
    const key = keys[i]!;
    let j = i + 1;
    while (j < nk && keys[j] === key) j++;
    const r = Math.floor(key / m);
    rowPtr[r + 1]!++;
    colIdx.push(key - r * m);
    vals.push(j - i);
    i = j;
  }
  for (let r = 0; r < n; r++) rowPtr[r + 1]! += rowPtr[r]!;
  const cols = Int32Array.from(colIdx);
  const val = Float32Array.from(vals);
  // 5. PPMI with context-distribution smoothing (alpha 0.75).
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(m);
  for (let r = 0; r < n; r++) {
    for (let p = rowPtr[r]!; p < rowPtr[r + 1]!; p++) {
      rowSum[r]! += val[p]!;
      colSum[cols[p]!]! += val[p]!;
    }
  }
  let colTotal = 0;
  for (let c = 0; c < m; c++) {
    colSum[c] = Math.pow(colSum[c]!, 0.75);
    colTotal += colSum[c]!;
  }
  for (let r = 0; r < n; r++) {
    for (let p = rowPtr[r]!; p < rowPtr[r + 1]!; p++) {
      const pmi = Math.log((val[p]! * colTotal) / (rowSum[r]! * colSum[cols[p]!]!));
      val[p] = pmi > 0 ? pmi : 0;
    }
  }
  log(`  ${val.length} non-zeros`);
  // 6. Randomized SVD: Y = (A A^T)^q A Omega, orthonormalised; embeddings = Q U_B sqrt(S).
  const k = opt.dims + 10;
  const rand = mulberry32(opt.seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const omega = new Float64Array(m * k).map(gauss);
  let Y = spmm(rowPtr, cols, val, n, omega, k);
  orthonormalise(Y, n, k);
  for (let q = 0; q < opt.powerIterations; q++) {
    const Z = spmmT(rowPtr, cols, val, n, m, Y, k);
    orthonormalise(Z, m, k);
    Y = spmm(rowPtr, cols, val, n, Z, k);
    orthonormalise(Y, n, k);
  }
  // B = Q^T A (k x m); eigen-decompose B B^T (k x k).
  const Bt = spmmT(rowPtr, cols, val, n, m, Y, k); // m x k = A^T Q
  const G = new Float64Array(k * k);
  for (let c = 0; c < m; c++) {
    const b = c * k;
    for (let i = 0; i < k; i++) {
      const v = Bt[b + i]!;
      if (v === 0) continue;
      for (let j = 0; j < k; j++) G[i * k + j]! += v * Bt[b + j]!;
    }
  }
  const { values, vectors } = jacobiEigen(G, k);
  const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const D = opt.dims;
  const vec = new Float32Array(n * D);
  for (let d = 0; d < D; d++) {
    const e = order[d]!;
    const s = Math.pow(Math.max(values[e]!, 0), 0.25); // singular value ^ 0.5
    for (let r = 0; r < n; r++) {
      let x = 0;
      for (let i = 0; i < k; i++) x += Y[r * k + i]! * vectors[i * k + e]!;
      vec[r * D + d] = x * s;
    }
  }
  normaliseRows(vec, n, D);
  return clusterVectors(
    vocab.map((r) => words[r]!),
    vec,
    D,
    opt,
    log,
  );
}

/** How a set of word vectors is cut into clusters. */
export type VectorClusterOptions = Pick<ClusterOptions, 'depth' | 'prefixes' | 'flatSizes' | 'kmeansIterations' | 'seed'>;

/**
 * Clusters unit-length word vectors (row-major, `words.length` x `D`): a binary tree by recursive
 * spherical 2-means (each word's path is its cluster bit string, used like Brown-cluster prefixes),
 * and flat spherical k-means at each of `flatSizes`.
 */
export function clusterVectors(
  words: readonly string[],
  vec: Float32Array,
  D: number,
  opt: VectorClusterOptions,
  log: (msg: string) => void = () => {},
): ClusterTable {
  const n = words.length;
  const paths = new Int32Array(n);
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  splitNode(vec, D, idx, 0, n, 0, opt.depth, paths);
  log(`  tree built`);
  const assignments = opt.flatSizes.map((k, gi) => kmeans(vec, n, D, k, opt.kmeansIterations, opt.seed + 100 + gi));
  log(`  k-means ${opt.flatSizes.join('/')} done`);
  const G = assignments.length;
  const flat = new Int32Array(n * G);
  for (let r = 0; r < n; r++) for (let g = 0; g < G; g++) flat[r * G + g] = assignments[g]![r]!;
  return new ClusterTable(opt.depth, opt.prefixes.slice(), opt.flatSizes.slice(), words.slice(), paths, flat);
}

/** Spherical k-means with seeded initial centroids and a fixed number of iterations. */
function kmeans(v: Float32Array, n: number, d: number, k: number, iters: number, seed: number): Int32Array {
  const rand = mulberry32(seed);
  const cent = new Float32Array(k * d);
  for (let c = 0; c < k; c++) {
    const r = Math.floor(rand() * n);
    cent.set(v.subarray(r * d, r * d + d), c * d);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestS = -Infinity;
      const rb = r * d;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const cb = c * d;
        for (let j = 0; j < d; j++) s += v[rb + j]! * cent[cb + j]!;
        if (s > bestS) {
          bestS = s;
          best = c;
        }
      }
      assign[r] = best;
    }
    cent.fill(0);
    for (let r = 0; r < n; r++) {
      const cb = assign[r]! * d;
      for (let j = 0; j < d; j++) cent[cb + j]! += v[r * d + j]!;
    }
    normaliseRows(cent, k, d);
  }
  return assign;
}

/** A (n x m, CSR) times X (m x k). */
function spmm(rowPtr: Int32Array, cols: Int32Array, val: Float32Array, n: number, X: Float64Array, k: number): Float64Array {
  const out = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    const ob = r * k;
    for (let p = rowPtr[r]!; p < rowPtr[r + 1]!; p++) {
      const v = val[p]!;
      if (v === 0) continue;
      const xb = cols[p]! * k;
      for (let j = 0; j < k; j++) out[ob + j]! += v * X[xb + j]!;
    }
  }
  return out;
}

/** A^T (m x n) times Y (n x k). */
function spmmT(
  rowPtr: Int32Array,
  cols: Int32Array,
  val: Float32Array,
  n: number,
  m: number,
  Y: Float64Array,
  k: number,
): Float64Array {
  const out = new Float64Array(m * k);
  for (let r = 0; r < n; r++) {
    const yb = r * k;
    for (let p = rowPtr[r]!; p < rowPtr[r + 1]!; p++) {
      const v = val[p]!;
      if (v === 0) continue;
      const ob = cols[p]! * k;
      for (let j = 0; j < k; j++) out[ob + j]! += v * Y[yb + j]!;
    }
  }
  return out;
}

/** Modified Gram-Schmidt on the k columns of a row-major n x k matrix. */
function orthonormalise(X: Float64Array, n: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += X[r * k + i]! * X[r * k + j]!;
      for (let r = 0; r < n; r++) X[r * k + j]! -= dot * X[r * k + i]!;
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += X[r * k + j]! * X[r * k + j]!;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let r = 0; r < n; r++) X[r * k + j]! *= inv;
  }
}

/** Cyclic Jacobi eigen-decomposition of a small symmetric matrix (row-major, k x k). */
function jacobiEigen(A0: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const A = Float64Array.from(A0);
  const V = new Float64Array(k * k);
  for (let i = 0; i < k; i++) V[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += A[p * k + q]! * A[p * k + q]!;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = A[p * k + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * k + q]! - A[p * k + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = A[r * k + p]!;
          const arq = A[r * k + q]!;
          A[r * k + p] = c * arp - s * arq;
          A[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = A[p * k + r]!;
          const aqr = A[q * k + r]!;
          A[p * k + r] = c * apr - s * aqr;
          A[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = V[r * k + p]!;
          const vrq = V[r * k + q]!;
          V[r * k + p] = c * vrp - s * vrq;
          V[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = A[i * k + i]!;
  return { values, vectors: V };
}

/**
 * Splits idx[lo, hi) in two by spherical 2-means, seeded by the sign of each vector's projection on
 * the node's principal direction (power iteration), so the split is deterministic.
 */
function splitNode(
  vec: Float32Array,
  D: number,
  idx: Int32Array,
  lo: number,
  hi: number,
  level: number,
  depth: number,
  paths: Int32Array,
): void {
  const size = hi - lo;
  if (level >= depth || size < 2) return;
  // Principal direction of the node (centred), a few power iterations from a fixed start.
  const mean = new Float64Array(D);
  for (let i = lo; i < hi; i++) for (let d = 0; d < D; d++) mean[d]! += vec[idx[i]! * D + d]!;
  for (let d = 0; d < D; d++) mean[d]! /= size;
  let dir = new Float64Array(D).map((_, d) => 1 / (d + 1));
  for (let it = 0; it < 6; it++) {
    const next = new Float64Array(D);
    for (let i = lo; i < hi; i++) {
      const b = idx[i]! * D;
      let dot = 0;
      for (let d = 0; d < D; d++) dot += (vec[b + d]! - mean[d]!) * dir[d]!;
      for (let d = 0; d < D; d++) next[d]! += dot * (vec[b + d]! - mean[d]!);
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += next[d]! * next[d]!;
    if (norm === 0) break;
    norm = Math.sqrt(norm);
    dir = next.map((x) => x / norm);
  }
  const side = new Uint8Array(size);
  for (let i = lo; i < hi; i++) {
    const b = idx[i]! * D;
    let dot = 0;
    for (let d = 0; d < D; d++) dot += (vec[b + d]! - mean[d]!) * dir[d]!;
    side[i - lo] = dot > 0 ? 1 : 0;
  }
  // Refine with a few rounds of spherical 2-means.
  const c0 = new Float64Array(D);
  const c1 = new Float64Array(D);
  for (let it = 0; it < 4; it++) {
    c0.fill(0);
    c1.fill(0);
    for (let i = lo; i < hi; i++) {
      const c = side[i - lo] ? c1 : c0;
      const b = idx[i]! * D;
      for (let d = 0; d < D; d++) c[d]! += vec[b + d]!;
    }
    let changed = 0;
    // eslint-disable-next-line no-restricted-syntax -- a centroid of D (100) dimensions
    const n0 = Math.hypot(...c0) || 1;
    // eslint-disable-next-line no-restricted-syntax -- a centroid of D (100) dimensions
    const n1 = Math.hypot(...c1) || 1;
    for (let i = lo; i < hi; i++) {
      const b = idx[i]! * D;
      let s0 = 0;
      let s1 = 0;
      for (let d = 0; d < D; d++) {
        s0 += vec[b + d]! * c0[d]!;
        s1 += vec[b + d]! * c1[d]!;
      }
      const s = s1 / n1 > s0 / n0 ? 1 : 0;
      if (s !== side[i - lo]) changed++;
      side[i - lo] = s;
    }
    if (!changed) break;
  }
  // Partition idx in place (stable), set this level's bit.
  const left: number[] = [];
  const right: number[] = [];
  for (let i = lo; i < hi; i++) (side[i - lo] ? right : left).push(idx[i]!);
  if (left.length === 0 || right.length === 0) return;
  const bit = 1 << (depth - 1 - level);
  let p = lo;
  for (const r of left) idx[p++] = r;
  for (const r of right) {
    paths[r]! |= bit;
    idx[p++] = r;
  }
  splitNode(vec, D, idx, lo, lo + left.length, level + 1, depth, paths);
  splitNode(vec, D, idx, lo + left.length, hi, level + 1, depth, paths);
}

export function normaliseRows(v: Float32Array, n: number, d: number): void {
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += v[r * d + j]! * v[r * d + j]!;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) v[r * d + j]! *= inv;
  }
}

export function buildClusterFile(
  dataDir: string,
  unlabelledRoot: string,
  outPath: string,
  opt: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): ClusterTable {
  const trainPath = join(dataDir, 'train.txt');
  if (!existsSync(trainPath)) throw new WiretraceError('E_EVAL_DATA', `missing ${trainPath}`);
  const t0 = Date.now();
  const texts = readUnlabelledTexts(unlabelledRoot);
  // Only the train split's tokens: valid and test text never shapes the clusters.
  const sentences = parseConll(readFileSync(trainPath, 'utf8')).flatMap((d) => d.sentences.map((s) => s.words));
  console.log(`building word clusters from ${texts.length} texts under ${unlabelledRoot} + ${sentences.length} train sentences ...`);
  const table = buildClusters(texts, sentences, opt, (m) => console.log(`${m} (${((Date.now() - t0) / 1000).toFixed(1)}s)`));
  const buf = gzipSync(serialiseClusters(table), { level: 9 });
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, buf);
  console.log(`  ${table.size} words, prefixes ${table.sizes.join('/')} bits, ${(buf.length / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      unlabelled: { type: 'string' },
      out: { type: 'string', default: 'models/ner' },
      'min-count': { type: 'string' },
      dims: { type: 'string' },
    },
  });
  if (!values.data) throw new WiretraceError('E_USAGE', '--data <conll2003 dir> is required');
  const dataDir = resolve(values.data);
  const opt: ClusterOptions = {
    ...DEFAULT_CLUSTER_OPTIONS,
    ...(values['min-count'] ? { minCount: Number(values['min-count']) } : {}),
    ...(values.dims ? { dims: Number(values.dims) } : {}),
  };
  buildClusterFile(dataDir, resolve(values.unlabelled ?? dirname(dataDir)), join(resolve(values.out!), 'clusters.tsv.gz'), opt);
}
