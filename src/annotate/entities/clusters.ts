/**
 * The word-cluster tables the tagger reads (models/ner/clusters.tsv.gz, embclusters.tsv.gz): each word's
 * bit path in a binary cluster tree, whose prefixes act like Brown-cluster prefixes, and its flat
 * k-means cluster ids. Built at training time by train/ner/clusters.ts and train/ner/embedding-clusters.ts.
 */
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';

/**
 * word → its cluster-tree path and flat cluster ids. Stored column-wise in typed arrays (one map
 * entry per word, no object per word): the GloVe table holds 250k words.
 */
export class ClusterTable {
  private readonly rowOf = new Map<string, number>();

  constructor(
    /** tree depth: every path has this many bits */
    readonly depth: number,
    /** path-prefix lengths in bits, coarse to fine */
    readonly sizes: readonly number[],
    /** flat k-means cluster sizes over the same vectors (e.g. 256, 1024) */
    readonly flatSizes: readonly number[],
    /** the words, in row order */
    readonly words: readonly string[],
    /** row → full bit path */
    readonly paths: Int32Array,
    /** row-major words x flatSizes.length flat cluster ids */
    readonly flat: Int32Array,
  ) {
    if (paths.length !== words.length || flat.length !== words.length * flatSizes.length) {
      throw new WiretraceError('E_MODEL', 'cluster table columns do not match its word list');
    }
    words.forEach((w, r) => this.rowOf.set(w, r));
  }

  get size(): number {
    return this.words.length;
  }

  /** A word's row, or -1. */
  row(word: string): number {
    return this.rowOf.get(word) ?? -1;
  }

  /** The id of a row's path prefix of granularity k (see pathPrefix). */
  prefixId(row: number, k: number): number {
    return pathPrefix(this.paths[row]!, this.depth, this.sizes[k]!);
  }

  flatId(row: number, k: number): number {
    return this.flat[row * this.flatSizes.length + k]!;
  }
}

/** The id of a path's first `bits` bits: a leading 1 bit keeps prefixes of different lengths apart. */
export function pathPrefix(path: number, depth: number, bits: number): number {
  const p = Math.min(bits, depth);
  return (1 << p) | (path >>> (depth - p));
}

/** Serialised as "word<TAB>path[<TAB>flat ids]" lines (base 36) under a "#tree" header, gzipped by the caller. */
export function serialiseClusters(t: ClusterTable): string {
  const lines = [`#tree\t${t.depth}\t${t.sizes.join(' ')}\t${t.flatSizes.join(' ')}`];
  const G = t.flatSizes.length;
  const order = t.words.map((_, r) => r).sort((a, b) => t.paths[a]! - t.paths[b]! || (t.words[a]! < t.words[b]! ? -1 : t.words[a]! > t.words[b]! ? 1 : 0));
  for (const r of order) {
    let line = `${t.words[r]}\t${t.paths[r]!.toString(36)}`;
    for (let g = 0; g < G; g++) line += '\t' + t.flat[r * G + g]!.toString(36);
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

export function parseClusters(gz: Buffer): ClusterTable {
  let text: string;
  try {
    text = gunzipSync(gz).toString('utf8');
  } catch (e) {
    throw new WiretraceError('E_MODEL', `cluster table is not gzip: ${(e as Error).message}`);
  }
  let nl = text.indexOf('\n');
  if (nl < 0) nl = text.length;
  const head = text.slice(0, nl).split('\t');
  if (head[0] !== '#tree' || head.length < 3) throw new WiretraceError('E_MODEL', 'cluster table has no #tree header');
  const depth = Number(head[1]);
  const sizes = head[2]!.split(' ').map(Number);
  const flatSizes = head[3] ? head[3].split(' ').map(Number) : [];
  const G = flatSizes.length;
  const words: string[] = [];
  const paths: number[] = [];
  const flat: number[] = [];
  for (let p = nl + 1; p < text.length; ) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const cols = text.slice(p, e).split('\t');
    p = e + 1;
    if (cols.length < 2 || !cols[0]) continue;
    if (cols.length !== 2 + G) throw new WiretraceError('E_MODEL', `cluster table line for ${JSON.stringify(cols[0])} has ${cols.length} columns, expected ${2 + G}`);
    words.push(cols[0]);
    paths.push(parseInt(cols[1]!, 36));
    for (let g = 0; g < G; g++) flat.push(parseInt(cols[2 + g]!, 36));
  }
  return new ClusterTable(depth, sizes, flatSizes, words, Int32Array.from(paths), Int32Array.from(flat));
}
