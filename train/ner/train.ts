/**
 * Trains the NER tagger deterministically: the gazetteer table and the two word-cluster tables (built
 * once and cached in the output folder; see docs/ner.md), then averaged perceptrons on the CoNLL-2003 train split, one per
 * seed, each at its best epoch by F1 on valid, with their weights averaged; then the decoding (greedy
 * or beam, and its temperature) is chosen on valid. The test split is never read here.
 *
 * Run time on a 2-core machine: gazetteer ~5 s; the word-cluster tables, when missing or with
 * --rebuild-clusters, ~2 min (our clusters) and ~11 min (GloVe clusters, ner-embedding-clusters.ts);
 * then ~40 s per seed (6-12 epochs of ~3.5 s plus a valid pass each): 136 s with 3 seeds and the
 * tables in place.
 * Same inputs and seeds give the same model.
 *
 *   npm run train:ner -- --data ../shared/data/conll2003 [--unlabelled ../shared/data] [--epochs 20]
 *                        [--bits 20] [--seeds 1,2,3] [--dropout 0.1] [--min-count 1] [--prune 1] [--out models/ner]
 *                        [--rebuild-clusters] [--rebuild-gazetteer]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { WiretraceError } from '../../src/errors.js';
import { parseClusters } from '../../src/annotate/entities/clusters.js';
import { ConllScorer, formatScore, type ConllScore } from '../../src/annotate/entities/conlleval.js';
import { parseConll, type ConllDocument } from '../../src/annotate/entities/conll.js';
import { buildGazTrie, parseGazetteerLists, serialiseGazetteerLists } from '../../src/annotate/entities/gazetteer.js';
import { buildGazetteerLists } from './gazetteer-lists.js';
import { bilouToIob, iobChunks, iobToBilou } from '../../src/annotate/entities/labels.js';
import { deserialiseWeights, serialiseWeights } from '../../src/annotate/entities/model.js';
import { Tagger } from '../../src/annotate/entities/tagger.js';
import { buildClusterFile } from './clusters.js';
import { GLOVE_WORDS, buildEmbeddingClusterFile } from './embedding-clusters.js';
import { PerceptronTrainer, countFeatures } from './perceptron.js';
import { mulberry32 } from './random.js';
import { type WordClusterTables } from '../../src/annotate/entities/features.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    unlabelled: { type: 'string' },
    epochs: { type: 'string', default: '20' },
    patience: { type: 'string', default: '3' },
    bits: { type: 'string', default: '20' },
    seeds: { type: 'string', default: '1,2,3' },
    dropout: { type: 'string', default: '0.1' },
    prune: { type: 'string', default: '1' },
    'min-count': { type: 'string', default: '1' },
    out: { type: 'string', default: 'models/ner' },
    'rebuild-clusters': { type: 'boolean', default: false },
    'rebuild-gazetteer': { type: 'boolean', default: false },
    'one-pass': { type: 'boolean', default: false },
  },
});

function load(path: string): ConllDocument[] {
  if (!existsSync(path)) throw new WiretraceError('E_EVAL_DATA', `missing ${path}`);
  return parseConll(readFileSync(path, 'utf8'));
}

interface Evaluation {
  readonly score: ConllScore;
  /** recall on gold names whose surface never occurs as a name in train: the generalisation signal */
  readonly unseenRecall: number;
}

function evaluate(tagger: Tagger, docs: readonly ConllDocument[], W: Float32Array | undefined, seen: ReadonlySet<string>): Evaluation {
  const scorer = new ConllScorer();
  let unseen = 0;
  let unseenOk = 0;
  for (const d of docs) {
    const preds = tagger.tagDocument(
      d.sentences.map((s) => s.words),
      W,
    );
    d.sentences.forEach((s, i) => {
      const p = bilouToIob(preds[i]!);
      scorer.add(s.tags, p);
      const pk = new Set(iobChunks(p).map((c) => `${c.type}:${c.start}:${c.end}`));
      for (const c of iobChunks(s.tags)) {
        if (seen.has(s.words.slice(c.start, c.end).join(' '))) continue;
        unseen++;
        if (pk.has(`${c.type}:${c.start}:${c.end}`)) unseenOk++;
      }
    });
  }
  return { score: scorer.score(), unseenRecall: unseen ? (100 * unseenOk) / unseen : 0 };
}

function main(): void {
  if (!values.data) throw new WiretraceError('E_USAGE', '--data <conll2003 dir> is required');
  const t0 = Date.now();
  const dataDir = resolve(values.data);
  const outDir = resolve(values.out!);
  mkdirSync(outDir, { recursive: true });
  const bits = Number(values.bits);

  const gazPath = join(outDir, 'gazetteer.tsv.gz');
  if (values['rebuild-gazetteer'] || !existsSync(gazPath)) {
    const lists = buildGazetteerLists();
    const buf = gzipSync(serialiseGazetteerLists(lists), { level: 9 });
    writeFileSync(gazPath, buf);
    console.log(`gazetteer: ${lists.size} phrases, ${(buf.length / 1e6).toFixed(2)} MB`);
  }
  const gazetteer = buildGazTrie(parseGazetteerLists(gunzipSync(readFileSync(gazPath)).toString('utf8')));
  const clusterPath = join(outDir, 'clusters.tsv.gz');
  if (values['rebuild-clusters'] || !existsSync(clusterPath)) {
    buildClusterFile(dataDir, resolve(values.unlabelled ?? dirname(dataDir)), clusterPath);
  }
  const embPath = join(outDir, 'embclusters.tsv.gz');
  if (values['rebuild-clusters'] || !existsSync(embPath)) buildEmbeddingClusterFile(embPath, GLOVE_WORDS);
  const clusters: WordClusterTables = { local: parseClusters(readFileSync(clusterPath)), glove: parseClusters(readFileSync(embPath)) };

  const train = load(join(dataDir, 'train.txt'));
  const valid = load(join(dataDir, 'valid.txt'));
  const seen = new Set<string>();
  for (const d of train) for (const s of d.sentences) for (const c of iobChunks(s.tags)) seen.add(s.words.slice(c.start, c.end).join(' '));
  const config = { bits, twoPass: !values['one-pass'] };
  const gold = train.map((d) => d.sentences.map((s) => iobToBilou(s.tags)));
  const dropoutRate = Number(values.dropout);
  const minCount = Number(values['min-count']);
  const counts =
    minCount > 1
      ? countFeatures(
          new Tagger(new Float32Array(0), clusters, gazetteer, config),
          train.map((d) => d.sentences.map((s) => s.words)),
        )
      : undefined;

  /** One averaged perceptron from one seed (shuffle order and dropout draws), best epoch on valid. */
  const trainOne = (seed: number): { f1: number; epoch: number; weights: Float32Array } => {
    const trainer = new PerceptronTrainer(bits, counts, minCount);
    const tagger = new Tagger(trainer.w, clusters, gazetteer, config);
    const rand = mulberry32(seed);
    const dropout = { word: dropoutRate, rand: mulberry32(seed + 1) };
    const order = train.map((_, i) => i);
    let best: { f1: number; epoch: number; weights: Float32Array } = { f1: -1, epoch: 0, weights: new Float32Array(0) };
    for (let epoch = 1; epoch <= Number(values.epochs); epoch++) {
      const te = Date.now();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const di of order) {
        tagger.tagDocument(
          train[di]!.sentences.map((s) => s.words),
          trainer.w,
          { gold: gold[di]!, update: trainer.update, tick: trainer.tick, dropout },
        );
      }
      const avg = trainer.averaged();
      const ev = evaluate(tagger, valid, avg, seen);
      const o = ev.score.overall;
      const types = Object.entries(ev.score.byType)
        .map(([t, v]) => `${t} ${v.f1.toFixed(1)}`)
        .join(' ');
      console.log(
        `seed ${seed} epoch ${epoch}: valid F1 ${o.f1.toFixed(2)} (P ${o.precision.toFixed(2)} R ${o.recall.toFixed(2)}; ${types}; unseen R ${ev.unseenRecall.toFixed(2)}) ${((Date.now() - te) / 1000).toFixed(1)}s`,
      );
      if (o.f1 > best.f1) best = { f1: o.f1, epoch, weights: avg };
      else if (epoch - best.epoch >= Number(values.patience)) break;
    }
    console.log(`seed ${seed}: best epoch ${best.epoch}, valid F1 ${best.f1.toFixed(2)}`);
    return best;
  };

  // Several seeds, weights averaged: less variance from the shuffle order and the dropout draws.
  const seeds = values.seeds!.split(',').map(Number);
  const runs = seeds.map(trainOne);
  const avgW = new Float32Array(runs[0]!.weights.length);
  for (const r of runs) for (let i = 0; i < avgW.length; i++) avgW[i]! += r.weights[i]! / runs.length;
  const tagger = new Tagger(avgW, clusters, gazetteer, config);
  const avgEv = evaluate(tagger, valid, avgW, seen);
  console.log(`averaged over seeds ${seeds.join(',')}: valid F1 ${avgEv.score.overall.f1.toFixed(2)}, unseen R ${avgEv.unseenRecall.toFixed(2)}`);
  const best = { weights: avgW, epoch: runs.map((r) => r.epoch).join(',') };
  const seed = seeds.join(',');
  const dropout = { word: dropoutRate };
  const meta = { trainedOn: 'conll2003/train.txt', epochs: best.epoch, dropout: dropout.word, seed, prune: Number(values.prune) };
  let buf = serialiseWeights(best.weights, config, meta, Number(values.prune));
  // Decoding: greedy or a small beam ranked by per-token log-softmax at a temperature, chosen on valid.
  const compact = deserialiseWeights(buf).weights;
  let decode = { beam: 1, temperature: 1, f1: -1 };
  for (const beam of [1, 2, 3]) {
    for (const temperature of beam === 1 ? [1] : [20, 30, 40, 50, 60]) {
      const f1 = evaluate(new Tagger(compact, clusters, gazetteer, { ...config, beam, temperature }), valid, undefined, seen).score.overall.f1;
      console.log(`  decode beam ${beam} temperature ${temperature}: valid F1 ${f1.toFixed(2)}`);
      if (f1 > decode.f1 + 0.05) decode = { beam, temperature, f1 };
    }
  }
  const shippedConfig = { ...config, beam: decode.beam, temperature: decode.temperature };
  buf = serialiseWeights(best.weights, shippedConfig, meta, Number(values.prune));
  // Score the artefact exactly as shipped: pruned, int16, compact, chosen decoding.
  const shipped = new Tagger(deserialiseWeights(buf).weights, clusters, gazetteer, shippedConfig);
  const ev = evaluate(shipped, valid, undefined, seen);
  console.log(
    `shipped model (rows with a weight >= ${values.prune} kept, int16, beam ${decode.beam}, temperature ${decode.temperature}): valid F1 ${ev.score.overall.f1.toFixed(2)}, unseen R ${ev.unseenRecall.toFixed(2)}`,
  );
  console.log(formatScore(ev.score));
  writeFileSync(join(outDir, 'tagger.bin.gz'), buf);
  console.log(`wrote ${join(outDir, 'tagger.bin.gz')} (${(buf.length / 1e6).toFixed(2)} MB); total ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

main();
