import { test } from 'node:test';
import assert from 'node:assert/strict';
import { empty, score } from './ecbtriggers.js';
import type { EcbEventMention } from '../ecbplus/read.js';

const TEXT = 'Police arrested a man on Monday.\nHe was charged on Tuesday.';
const mention = (word: string): EcbEventMention => {
  const start = TEXT.indexOf(word);
  return { id: word, tag: 'ACTION_OCCURRENCE', tokenIds: [], sentence: 0, start, end: start + word.length, words: word, chain: word, chainKind: 'singleton' };
};
const span = (word: string): { start: number; end: number } => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

test('eval/ecbtriggers: found, missed and extra mentions, in validated sentences only', () => {
  const sentences = [
    { number: 0, start: 0, end: 32, validated: true },
    { number: 1, start: 33, end: TEXT.length, validated: false },
  ];
  const cases = [
    { preds: [span('arrested')], tp: 1, fp: 0, fn: 0, why: 'found' },
    { preds: [], tp: 0, fp: 0, fn: 1, why: 'missed' },
    { preds: [span('arrested'), span('Monday')], tp: 1, fp: 1, fn: 0, why: 'an extra trigger in a validated sentence' },
    { preds: [span('arrested'), span('charged')], tp: 1, fp: 0, fn: 0, why: 'a trigger outside the validated sentences is not judged' },
  ];
  for (const c of cases) {
    const counts = empty();
    score({ text: TEXT, sentences, mentions: [mention('arrested')] }, c.preds, counts);
    assert.deepEqual([counts.tp, counts.fp, counts.fn], [c.tp, c.fp, c.fn], c.why);
  }
});
