/**
 * Builds the NER word-cluster table from unlabelled news text (TempEval-3 silver, PolNeAR) plus the
 * CoNLL-2003 train tokens, and writes models/ner/clusters.tsv.gz. Deterministic.
 *
 *   node --import tsx scripts/ner-clusters.ts --data ../shared/data/conll2003 [--unlabelled ../shared/data] [--out models/ner]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { WiretraceError } from '../src/errors.js';
import {
  DEFAULT_CLUSTER_OPTIONS,
  buildClusters,
  readUnlabelledTexts,
  serialiseClusters,
  type ClusterOptions,
  type ClusterTable,
} from '../src/annotate/entities/clusters.js';
import { parseConll } from '../src/annotate/entities/conll.js';

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
