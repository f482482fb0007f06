/**
 * Word clusters learned from unlabelled news text: a cheap stand-in for Brown clusters.
 * Each frequent word gets a distributional vector (PPMI over its left and right neighbours among the
 * most frequent words, randomly projected to a dense vector), and spherical k-means groups them at
 * several granularities, like taking Brown-cluster bit-string prefixes of several lengths.
 * Deterministic: seeded projection and initialisation, fixed iteration counts.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { normWord } from './gazetteer.js';
import { tokenizeWords } from './tokenize.js';

/** word → one cluster id per granularity (coarse to fine). */
export interface ClusterTable {
  readonly sizes: readonly number[];
  readonly ids: ReadonlyMap<string, Int32Array>;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  readonly minCount: number;
  readonly contextWords: number;
  readonly dims: number;
  readonly sizes: readonly number[];
  readonly iterations: number;
  readonly seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 4,
  contextWords: 1500,
  dims: 96,
  sizes: [32, 128, 512],
  iterations: 8,
  seed: 7,
};

export function buildClusters(texts: readonly string[], opt: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ClusterTable {
  // 1. Token ids; counts.
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const seqs: Int32Array[] = [];
  for (const t of texts) {
    const toks = tokenizeWords(t);
    const seq = new Int32Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      const w = normWord(toks[i]!.text);
      let id = idOf.get(w);
      if (id === undefined) {
        id = words.length;
        idOf.set(w, id);
        words.push(w);
        counts.push(0);
      }
      counts[id]!++;
      seq[i] = id;
    }
    seqs.push(seq);
  }
  // 2. Context vocabulary: the most frequent lowercased forms.
  const lowerCount = new Map<string, number>();
  words.forEach((w, i) => lowerCount.set(w.toLowerCase(), (lowerCount.get(w.toLowerCase()) ?? 0) + counts[i]!));
  const ctxList = [...lowerCount.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opt.contextWords)
    .map((e) => e[0]);
  const ctxIndex = new Map(ctxList.map((w, i) => [w, i]));
  const ctxOfWord = new Int32Array(words.length).fill(-1);
  words.forEach((w, i) => ctxOfWord[i] = ctxIndex.get(w.toLowerCase()) ?? -1);
  // 3. Vocabulary to cluster.
  const vocab: number[] = [];
  const row = new Int32Array(words.length).fill(-1);
  words.forEach((_, i) => {
    if (counts[i]! >= opt.minCount) {
      row[i] = vocab.length;
      vocab.push(i);
    }
  });
  // 4. Co-occurrence counts (left and right neighbour), sparse per row.
  const C = opt.contextWords;
  const co = new Map<number, number>(); // key row*(2C)+col
  const colTotals = new Float64Array(2 * C);
  let total = 0;
  const bump = (r: number, col: number): void => {
    const key = r * 2 * C + col;
    co.set(key, (co.get(key) ?? 0) + 1);
    colTotals[col]! += 1;
    total++;
  };
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const r = row[seq[i]!]!;
      if (r < 0) continue;
      const l = i > 0 ? ctxOfWord[seq[i - 1]!]! : -1;
      const rr = i + 1 < seq.length ? ctxOfWord[seq[i + 1]!]! : -1;
      if (l >= 0) bump(r, l);
      if (rr >= 0) bump(r, C + rr);
    }
  }
  const rowTotals = new Float64Array(vocab.length);
  for (const [key, n] of co) rowTotals[Math.floor(key / (2 * C))]! += n;
  // 5. PPMI, random-projected to dense vectors.
  const rand = mulberry32(opt.seed);
  const D = opt.dims;
  const proj = new Float32Array(2 * C * D);
  for (let i = 0; i < proj.length; i++) proj[i] = rand() < 0.5 ? -1 : 1;
  const vec = new Float32Array(vocab.length * D);
  for (const [key, n] of co) {
    const r = Math.floor(key / (2 * C));
    const col = key - r * 2 * C;
    const pmi = Math.log((n * total) / (rowTotals[r]! * Math.pow(colTotals[col]!, 0.75) * Math.pow(total, 0.25)));
    if (pmi <= 0) continue;
    const base = r * D;
    const pbase = col * D;
    for (let d = 0; d < D; d++) vec[base + d]! += pmi * proj[pbase + d]!;
  }
  normaliseRows(vec, vocab.length, D);
  // 6. Spherical k-means at each granularity.
  const ids = new Map<string, Int32Array>();
  const assignments = opt.sizes.map((k, gi) => kmeans(vec, vocab.length, D, k, opt.iterations, opt.seed + gi));
  vocab.forEach((wi, r) => ids.set(words[wi]!, Int32Array.from(assignments.map((a) => a[r]!))));
  return { sizes: opt.sizes.slice(), ids };
}

function normaliseRows(v: Float32Array, n: number, d: number): void {
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += v[r * d + j]! * v[r * d + j]!;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) v[r * d + j]! *= inv;
  }
}

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

/** Serialised as "word<TAB>id id id" lines, gzipped by the caller. */
export function serialiseClusters(t: ClusterTable): string {
  const lines = [`#sizes\t${t.sizes.join(' ')}`];
  for (const [w, ids] of [...t.ids.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    lines.push(`${w}\t${Array.from(ids).join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

export function parseClusters(gz: Buffer): ClusterTable {
  const text = gunzipSync(gz).toString('utf8');
  const lines = text.split('\n');
  const head = lines[0] ?? '';
  if (!head.startsWith('#sizes\t')) throw new WiretraceError('E_MODEL', 'cluster table has no #sizes header');
  const sizes = head.slice(7).split(' ').map(Number);
  const ids = new Map<string, Int32Array>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    ids.set(line.slice(0, tab), Int32Array.from(line.slice(tab + 1).split(' ').map(Number)));
  }
  return { sizes, ids };
}
