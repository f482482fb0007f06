/**
 * Trains the POS tagger (src/annotate/pos) on the CoNLL-2003 train file's POS column and picks the
 * epoch and the weight pruning on the valid file; the test file is never read. Deterministic: same
 * data and seed give the same model file.
 *
 *   npm run train:pos -- --data ../shared/data/conll2003 [--epochs 8] [--bits 19] [--out models/pos]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialisePosModel, serialisePosModel } from '../../src/annotate/pos/model.js';
import { POS_MAX_FEATURES, posFeatures, posLower, posShape, type PosTagger } from '../../src/annotate/pos/tagger.js';
import { WiretraceError } from '../../src/errors.js';
import { AveragedPerceptron } from '../events/perceptron.js';
import { mulberry32 } from '../ner/random.js';
import { readConllPos, type PosDoc } from './conll.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    epochs: { type: 'string', default: '8' },
    bits: { type: 'string', default: '19' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'models/pos' },
  },
});

function accuracy(tagger: PosTagger, docs: readonly PosDoc[]): number {
  let ok = 0;
  let n = 0;
  for (const d of docs) {
    const got = tagger.tag(d.words);
    d.tags.forEach((t, i) => { n++; if (got[i] === t) ok++; });
  }
  return (100 * ok) / n;
}

function main(): void {
  if (!values.data) throw new WiretraceError('E_USAGE', '--data <conll2003 dir> is required');
  const t0 = Date.now();
  const data = resolve(values.data);
  const bits = Number(values.bits);
  const mask = (1 << bits) - 1;
  const train = readConllPos(readFileSync(join(data, 'train.txt'), 'utf8'));
  const valid = readConllPos(readFileSync(join(data, 'valid.txt'), 'utf8'));
  const tags = [...new Set(train.flatMap((d) => d.tags))].sort();
  const tagId = new Map(tags.map((t, i) => [t, i]));
  console.log(`train: ${train.length} docs, ${train.reduce((s, d) => s + d.words.length, 0)} tokens, ${tags.length} tags; valid: ${valid.length} docs`);
  const inputs = train.map((d) => ({ lower: posLower(d.words), shapes: d.words.map(posShape), gold: d.tags.map((t) => tagId.get(t)!) }));
  const p = new AveragedPerceptron(1 << bits, tags.length);
  const rand = mulberry32(Number(values.seed));
  const order = inputs.map((_, i) => i);
  const feats = new Int32Array(POS_MAX_FEATURES).fill(-1);
  const scores = new Float32Array(tags.length);
  let best: { epoch: number; acc: number; w: Float32Array } = { epoch: 0, acc: -1, w: new Float32Array(0) };
  for (let epoch = 1; epoch <= Number(values.epochs); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const di of order) {
      const { lower, shapes, gold } = inputs[di]!;
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < lower.length; i++) {
        feats.fill(-1);
        posFeatures(lower, shapes, i, p1, p2, mask, feats);
        p.scores(feats, scores);
        let guess = 0;
        for (let y = 1; y < tags.length; y++) if (scores[y]! > scores[guess]!) guess = y;
        if (guess !== gold[i]) p.update(feats, gold[i]!, guess);
        p.tick();
        p2 = p1;
        p1 = guess; // the tagger reads its own earlier guesses, in training as at run time
      }
    }
    const w = p.averaged();
    const acc = accuracy(deserialisePosModel(serialisePosModel(w, bits, tags, {})), valid);
    console.log(`epoch ${epoch}: valid accuracy ${acc.toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
    if (acc > best.acc) best = { epoch, acc, w };
  }
  // The largest pruning that costs at most 0.2 point of valid accuracy: a small file loads fast.
  let chosen = { minWeight: 0, acc: best.acc, buf: serialisePosModel(best.w, bits, tags, {}) };
  for (const minWeight of [0.5, 1, 2, 4, 8, 16]) {
    const buf = serialisePosModel(best.w, bits, tags, { trainedOn: 'CoNLL-2003 train', epochs: best.epoch, minWeight }, minWeight);
    const acc = accuracy(deserialisePosModel(buf), valid);
    console.log(`prune ${minWeight}: valid accuracy ${acc.toFixed(2)}, ${(buf.length / 1e6).toFixed(2)} MB`);
    if (acc >= best.acc - 0.2) chosen = { minWeight, acc, buf };
  }
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'tagger.bin.gz'), chosen.buf);
  console.log(`wrote ${join(out, 'tagger.bin.gz')}: epoch ${best.epoch}, prune ${chosen.minWeight}, valid accuracy ${chosen.acc.toFixed(2)}, ${(chosen.buf.length / 1e6).toFixed(2)} MB; ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

main();
