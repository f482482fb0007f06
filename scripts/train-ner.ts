/**
 * Trains the NER tagger deterministically: word clusters from the unlabelled news texts (once), then
 * an averaged perceptron on the CoNLL-2003 train split, picking the epoch by F1 on valid. The test
 * split is never read here.
 *
 *   npm run train:ner -- --data ../shared/data/conll2003 [--unlabelled ../shared/data] [--epochs 20]
 *                        [--bits 20] [--seed 1] [--out models/ner] [--rebuild-clusters]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { WiretraceError } from '../src/errors.js';
import {
  buildClusters,
  mulberry32,
  parseClusters,
  readUnlabelledTexts,
  serialiseClusters,
} from '../src/annotate/entities/clusters.js';
import { ConllScorer, formatScore } from '../src/annotate/entities/conlleval.js';
import { parseConll, type ConllDocument } from '../src/annotate/entities/conll.js';
import { bilouToIob, iobToBilou } from '../src/annotate/entities/labels.js';
import { serialiseWeights } from '../src/annotate/entities/model.js';
import { PerceptronTrainer, Tagger } from '../src/annotate/entities/tagger.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    unlabelled: { type: 'string' },
    epochs: { type: 'string', default: '20' },
    patience: { type: 'string', default: '3' },
    bits: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'models/ner' },
    'rebuild-clusters': { type: 'boolean', default: false },
    'one-pass': { type: 'boolean', default: false },
  },
});

function load(path: string): ConllDocument[] {
  if (!existsSync(path)) throw new WiretraceError('E_EVAL_DATA', `missing ${path}`);
  return parseConll(readFileSync(path, 'utf8'));
}

function evaluate(tagger: Tagger, docs: readonly ConllDocument[], W: Float32Array): ReturnType<ConllScorer['score']> {
  const scorer = new ConllScorer();
  for (const d of docs) {
    const preds = tagger.tagDocument(
      d.sentences.map((s) => s.words),
      W,
    );
    d.sentences.forEach((s, i) => scorer.add(s.tags, bilouToIob(preds[i]!)));
  }
  return scorer.score();
}

function main(): void {
  if (!values.data) throw new WiretraceError('E_USAGE', '--data <conll2003 dir> is required');
  const dataDir = resolve(values.data);
  const outDir = resolve(values.out!);
  mkdirSync(outDir, { recursive: true });
  const bits = Number(values.bits);
  const seed = Number(values.seed);

  const clusterPath = join(outDir, 'clusters.tsv.gz');
  if (values['rebuild-clusters'] || !existsSync(clusterPath)) {
    const root = resolve(values.unlabelled ?? dirname(dataDir));
    console.log(`building word clusters from unlabelled texts under ${root} ...`);
    const table = buildClusters(readUnlabelledTexts(root));
    writeFileSync(clusterPath, gzipSync(serialiseClusters(table), { level: 9 }));
    console.log(`  ${table.ids.size} words, sizes ${table.sizes.join('/')}`);
  }
  const clusters = parseClusters(readFileSync(clusterPath));

  const train = load(join(dataDir, 'train.txt'));
  const valid = load(join(dataDir, 'valid.txt'));
  const trainer = new PerceptronTrainer(bits);
  const config = { bits, twoPass: !values['one-pass'] };
  const tagger = new Tagger(trainer.w, clusters, config);
  const gold = train.map((d) => d.sentences.map((s) => iobToBilou(s.tags)));
  const rand = mulberry32(seed);
  const order = train.map((_, i) => i);
  let best: { f1: number; epoch: number; weights: Float32Array } = { f1: -1, epoch: 0, weights: new Float32Array(0) };
  for (let epoch = 1; epoch <= Number(values.epochs); epoch++) {
    const t0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const di of order) {
      tagger.tagDocument(
        train[di]!.sentences.map((s) => s.words),
        trainer.w,
        { gold: gold[di]!, update: trainer.update, tick: trainer.tick },
      );
    }
    const avg = trainer.averaged();
    const score = evaluate(tagger, valid, avg);
    console.log(
      `epoch ${epoch}: valid F1 ${score.overall.f1.toFixed(2)} (P ${score.overall.precision.toFixed(2)} R ${score.overall.recall.toFixed(2)}) ${((Date.now() - t0) / 1000).toFixed(1)}s`,
    );
    if (score.overall.f1 > best.f1) best = { f1: score.overall.f1, epoch, weights: avg };
    else if (epoch - best.epoch >= Number(values.patience)) break;
  }
  console.log(`best epoch ${best.epoch}, valid F1 ${best.f1.toFixed(2)}`);
  console.log(formatScore(evaluate(tagger, valid, best.weights)));
  const buf = serialiseWeights(best.weights, config, { trainedOn: 'conll2003/train.txt', epochs: best.epoch });
  writeFileSync(join(outDir, 'tagger.bin.gz'), buf);
  console.log(`wrote ${join(outDir, 'tagger.bin.gz')} (${(buf.length / 1e6).toFixed(2)} MB)`);
}

main();
