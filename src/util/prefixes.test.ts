import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlainAsciiWord, prefixesOf } from './prefixes.js';

test('prefixesOf: every non-empty prefix of every key, nothing else', () => {
  const p = prefixesOf(['kcna', 'kc', 'afp']);
  assert.deepEqual([...p].sort(), ['a', 'af', 'afp', 'k', 'kc', 'kcn', 'kcna']);
  assert.equal(p.has(''), false);
  assert.equal(prefixesOf([]).size, 0);
});

/** A token and whether it is plain: ASCII letters and digits only. */
const WORDS: readonly [string, boolean][] = [
  ['Xinhua', true],
  ['KCNA', true],
  ['G7', true],
  ['2024', true],
  ['', false],
  ['U.S.', false],
  ['France-Presse', false],
  ["People's", false],
  ['Télam', false],
  ['a b', false],
];

test('isPlainAsciiWord: letters and digits of ASCII only', () => {
  for (const [w, want] of WORDS) assert.equal(isPlainAsciiWord(w), want, w);
});
