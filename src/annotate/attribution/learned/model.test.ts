import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WiretraceError } from '../../../errors.js';
import { CUE_MODEL_FORMAT, cueModel, parseCueModel, scoreFeatures, scoreToken } from './model.js';
import { cueFeatures, isDetectorCandidate } from './features.js';
import { createDoc } from '../../../doc/doc.js';
import { textAnnotator } from '../../text/index.js';
import { buildView } from '../../text/token-view.js';

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

const WEAK: ReadonlyArray<{ readonly name: string; readonly extra: Record<string, unknown>; readonly weak: number }> = [
  { name: 'a weak threshold of its own', extra: { weakThreshold: -2 }, weak: -2 },
  { name: 'no weak threshold: the threshold', extra: {}, weak: 3 },
  { name: '(negative) a weak threshold that is no number: the threshold', extra: { weakThreshold: 'low' }, weak: 3 },
];

for (const c of WEAK) {
  test(`${P} weak lexicon forms: ${c.name}`, () => {
    assert.equal(parseCueModel(`${header(c.extra)}\n`).weakThreshold, c.weak);
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
  assert.ok(m.weakThreshold > m.veto && m.weakThreshold <= m.threshold);
  assert.ok(m.weights.size > 1000);
});

// scoreToken looks features up by hashes of their parts; it must give exactly what the strings give.
const SCORED: ReadonlyArray<{ readonly name: string; readonly text: string }> = [
  { name: 'reports and quotes', text: 'The senator railed against the plan, and aides pleaded with him. “We will fight,” she vowed on Tuesday.' },
  { name: 'sentence start, digits and odd marks', text: 'Signaled by 3 officials = none. Critics blasted — and pushed for — a vote.\n\nPledged: nothing.' },
];

for (const c of SCORED) {
  test(`${P} scoreToken equals the sum over the feature strings: ${c.name}`, () => {
    const l = textAnnotator.run(createDoc(c.text));
    const v = buildView(c.text, l.tokens, l.sentences);
    const m = cueModel();
    let judged = 0;
    for (let i = 0; i < v.n; i++) {
      if (!isDetectorCandidate(v, i)) continue;
      judged++;
      assert.equal(scoreToken(m, v, i), scoreFeatures(m, cueFeatures(v, i)), `token ${v.low[i]}`);
    }
    assert.ok(judged > 3);
  });
}

const SMALL: ReadonlyArray<{ readonly name: string; readonly weights: string; readonly score: number }> = [
  { name: 'a pair feature is found from its parts', weights: 'w+n1=railed against\t2\n', score: 2 },
  { name: 'a triple feature is found from its parts', weights: 'p1+w+n1=senator railed against\t1.5\n', score: 1.5 },
  { name: '(negative) the parts joined without their space are another feature', weights: 'w+n1=railedagainst\t2\n', score: 0 },
  { name: '(negative) the family is part of the key', weights: 'p1=railed\t2\n', score: 0 },
];

for (const c of SMALL) {
  test(`${P} scoreToken on a small model: ${c.name}`, () => {
    const text = 'The senator railed against the plan.';
    const l = textAnnotator.run(createDoc(text));
    const v = buildView(text, l.tokens, l.sentences);
    const i = v.low.indexOf('railed');
    assert.equal(scoreToken(parseCueModel(`${header()}\n${c.weights}`), v, i), c.score);
  });
}
