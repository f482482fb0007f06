import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregate, pageCounts, pagePrecision, pageRecall, shingles, tokenize } from './score.js';

test('score: tokenize matches Python \\w+ (letters, digits, underscore; punctuation splits)', () => {
  const cases: [string, string[]][] = [
    ["Don't stop-now, 3.5%", ['Don', 't', 'stop', 'now', '3', '5']],
    ['Привет мир_1', ['Привет', 'мир_1']],
    ['', []],
    ['— … !', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(tokenize(text), want, text);
});

test('score: shingles are 4-grams; a short text is one shorter shingle; empty text none', () => {
  assert.equal(shingles('a b c d e').size, 2);
  assert.equal(shingles('a b').size, 1);
  assert.equal(shingles('').size, 0);
  assert.equal(shingles('a b c d a b c d').get('a\u0001b\u0001c\u0001d'), 2);
});

test('score: page counts are normalised by their sum', () => {
  const c = pageCounts('one two three four five', 'one two three four six');
  // truth shingles: [1234, 2345]; pred: [1234, 2346] -> tp 1, fp 1, fn 1
  assert.deepEqual(c, { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  assert.equal(pagePrecision(c), 0.5);
  assert.equal(pageRecall(c), 0.5);
});

test('score: empty prediction has no precision (excluded) and zero recall', () => {
  const empty = pageCounts('a b c d e', '');
  const perfect = pageCounts('a b c d e', 'a b c d e');
  assert.equal(pagePrecision(perfect), 1);
  const m = aggregate([empty, perfect]);
  assert.equal(m.precision, 1, 'precision averages only pages that predicted something');
  assert.equal(m.recall, 0.5);
  assert.ok(Math.abs(m.f1 - 2 / 3) < 1e-12);
});

test('score: both empty counts as neither', () => {
  const m = aggregate([pageCounts('', ''), pageCounts('a b c d', 'a b c d')]);
  assert.equal(m.precision, 1);
  assert.equal(m.recall, 1);
});
