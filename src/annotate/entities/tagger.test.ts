import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer, readClusterTables } from './model.js';
import { N_LABELS } from './labels.js';
import { Tagger, type TaggerConfig } from './tagger.js';
import { CompactWeights } from './weights.js';

const BITS = 12;

/** Integer weights on a share of the rows (a seeded generator), dense and compact (scale 1): equal sums. */
function weights(seed: number, share: number): { dense: Float32Array; compact: CompactWeights } {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const rows = 1 << BITS;
  const dense = new Float32Array(rows * N_LABELS);
  const offsets: number[] = [];
  const w: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (rand() >= share) continue;
    offsets.push(r * N_LABELS);
    for (let y = 0; y < N_LABELS; y++) {
      const v = Math.round((rand() - 0.5) * 200);
      dense[r * N_LABELS + y] = v;
      w.push(v);
    }
  }
  return { dense, compact: new CompactWeights(Int32Array.from(offsets), Int16Array.from(w), N_LABELS, 1) };
}

const DOCS: readonly (readonly (readonly string[])[])[] = [
  [
    ['Lavrov', 'said', 'the', 'summit', 'in', 'Paris', 'would', 'be', 'held', 'in', 'May', '.'],
    ['The', 'U.N.', 'Security', 'Council', 'met', 'John', 'Smith', 'and', 'Lavrov', 'on', 'Monday', '.'],
    ['PARIS', 'TALKS', 'END', 'WITHOUT', 'DEAL'],
    ['paris', 'is', 'written', 'in', 'lowercase', 'here', ',', 'Paris', 'is', 'not', '.'],
  ],
  [['Tellus', 'reported', 'that', 'Tellus', 'and', 'New', 'York', 'agreed', '.'], ['no', 'names', 'here'], ['London']],
];

const CONFIGS: readonly TaggerConfig[] = [
  { bits: BITS, twoPass: true },
  { bits: BITS, twoPass: true, beam: 3, temperature: 40 },
  { bits: BITS, twoPass: false },
];

test('tagger: the frozen path (cached word, pair and context sums) labels as the uncached dense sums do, cold, warm and after new word ids', () => {
  const clusters = readClusterTables();
  const gaz = loadGazetteer();
  const { dense, compact } = weights(7, 0.35);
  for (const config of CONFIGS) {
    const frozen = new Tagger(compact, clusters, gaz, config);
    const plain = new Tagger(dense, clusters, gaz, config);
    for (let round = 0; round < 3; round++) {
      // round 2 starts word ids again (every id-keyed cache is emptied)
      if (round === 2) frozen.fx.renewIds(3);
      for (const doc of DOCS) {
        assert.deepEqual(frozen.tagDocument(doc), plain.tagDocument(doc), `${JSON.stringify(config)} round ${round}: ${doc.flat().join(' ')}`);
      }
    }
    assert.ok(frozen.fx.generation >= 1, 'renewIds started a new generation');
  }
});

test('tagger: the comparison can fail: other weights give other labels (negative)', () => {
  const clusters = readClusterTables();
  const gaz = loadGazetteer();
  const a = weights(7, 0.35);
  const b = weights(8, 0.35);
  const config = CONFIGS[0]!;
  const frozen = new Tagger(a.compact, clusters, gaz, config);
  const other = new Tagger(b.dense, clusters, gaz, config);
  const differs = DOCS.some((doc) => JSON.stringify(frozen.tagDocument(doc)) !== JSON.stringify(other.tagDocument(doc)));
  assert.ok(differs);
});

test('tagger: renewIds below its limit keeps every word and the generation', () => {
  const t = new Tagger(weights(7, 0.1).compact, readClusterTables(), loadGazetteer(), CONFIGS[0]!);
  const info = t.fx.info('Paris');
  t.fx.renewIds();
  assert.equal(t.fx.generation, 0);
  assert.equal(t.fx.info('Paris'), info);
  t.fx.renewIds(0);
  assert.equal(t.fx.generation, 1);
  assert.notEqual(t.fx.info('Paris'), info, 'a new generation forgets its words');
});
