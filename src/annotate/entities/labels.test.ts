import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilouToIob, iobChunks, iobToBilou, LABEL_NAMES, allowed } from './labels.js';
import { ConllScorer } from './conlleval.js';

test('labels: IOB2 → BILOU → IOB2 round trip', () => {
  const cases = [
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-LOC'],
    ['O', 'O'],
    ['B-MISC'],
  ];
  for (const tags of cases) assert.deepEqual(bilouToIob(iobToBilou(tags)), tags);
  const names = Array.from(iobToBilou(['B-PER', 'I-PER', 'I-PER', 'B-ORG']), (l) => LABEL_NAMES[l]);
  assert.deepEqual(names, ['B-PER', 'I-PER', 'L-PER', 'U-ORG']);
});

test('labels: conlleval chunking treats a stray I- as a chunk start', () => {
  assert.deepEqual(iobChunks(['O', 'I-PER', 'I-PER', 'I-LOC', 'O']), [
    { type: 'PER', start: 1, end: 3 },
    { type: 'LOC', start: 3, end: 4 },
  ]);
  assert.deepEqual(iobChunks(['B-PER', 'B-PER']), [
    { type: 'PER', start: 0, end: 1 },
    { type: 'PER', start: 1, end: 2 },
  ]);
});

test('labels: BILOU transitions', () => {
  const id = (n: string): number => LABEL_NAMES.indexOf(n);
  assert.ok(allowed(id('B-PER'), id('L-PER')));
  assert.ok(!allowed(id('B-PER'), id('L-ORG')));
  assert.ok(!allowed(id('O'), id('I-PER')));
  assert.ok(allowed(id('U-LOC'), id('B-ORG')));
});

test('conlleval: exact-span matching, micro averages', () => {
  const s = new ConllScorer();
  s.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']); // PER boundary wrong
  const r = s.score();
  assert.equal(r.overall.correct, 1);
  assert.equal(r.overall.gold, 2);
  assert.equal(r.overall.predicted, 2);
  assert.equal(r.byType['LOC']!.f1, 100);
  assert.equal(r.byType['PER']!.f1, 0);
  assert.equal(r.overall.f1, 50);
});
