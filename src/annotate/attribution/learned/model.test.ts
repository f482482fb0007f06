import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WiretraceError } from '../../../errors.js';
import { CUE_MODEL_FORMAT, cueModel, parseCueModel, scoreFeatures } from './model.js';

const P = 'attribution cue model:';
const header = (extra: Record<string, unknown> = {}): string => JSON.stringify({ format: CUE_MODEL_FORMAT, threshold: 3, vocabulary: ['railed'], ...extra });

const GOOD: ReadonlyArray<{ readonly name: string; readonly text: string; readonly veto: number; readonly score: number }> = [
  { name: 'weights and a veto', text: `${header({ veto: -6 })}\nw=railed\t2.5\nbias\t-1\n`, veto: -6, score: 1.5 },
  { name: 'no veto: nothing is vetoed', text: `${header()}\nw=railed\t2.5\n`, veto: -Infinity, score: 2.5 },
  { name: 'a feature holding a tab keeps it (the weight is after the last tab)', text: `${header()}\nn1=a\tb\t4\n`, veto: -Infinity, score: 0 },
];

for (const c of GOOD) {
  test(`${P} parses: ${c.name}`, () => {
    const m = parseCueModel(c.text);
    assert.equal(m.threshold, 3);
    assert.equal(m.veto, c.veto);
    assert.deepEqual(m.vocabulary, ['railed']);
    assert.equal(scoreFeatures(m, ['w=railed', 'bias', 'unseen']), c.score);
  });
}

const BAD: ReadonlyArray<{ readonly name: string; readonly text: string }> = [
  { name: 'header is not JSON', text: 'not json\nw=x\t1\n' },
  { name: 'another format', text: `${JSON.stringify({ format: 'other/1', threshold: 0, vocabulary: [] })}\n` },
  { name: 'no threshold', text: `${JSON.stringify({ format: CUE_MODEL_FORMAT, vocabulary: [] })}\n` },
  { name: 'a weight that is not a number', text: `${header()}\nw=x\tmany\n` },
  { name: 'a line without a weight', text: `${header()}\nw=x\n` },
];

for (const c of BAD) {
  test(`${P} (negative) refuses: ${c.name}`, () => {
    assert.throws(() => parseCueModel(c.text), (e: unknown) => e instanceof WiretraceError && e.code === 'E_MODEL');
  });
}

test(`${P} the committed model loads, with its threshold above its veto`, () => {
  const m = cueModel();
  assert.ok(m.vocabulary.length > 500, `${m.vocabulary.length} words`);
  assert.ok(m.threshold > m.veto);
  assert.ok(m.weights.size > 1000);
});
