import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lower, lowerText, type WordTok } from './candidate.js';

const P = 'entities/candidate:';

/** [token text, its lookup form, what the case shows] */
const CASES: readonly (readonly [string, string, string])[] = [
  ['Reuters', 'reuters', 'plain ASCII is lowercased'],
  ['O’Brien', "o'brien", 'a right single quote becomes straight'],
  ['‘Tis', "'tis", 'a left single quote becomes straight'],
  ["Don't", "don't", 'a straight quote stays'],
  ['“Yes”', '“yes”', 'double curly quotes are not single quotes (kept)'],
  ['ÉLYSÉE', 'élysée', 'non-ASCII letters lowercase'],
  ['', '', 'the empty string'],
];

for (const [text, want, name] of CASES) {
  test(`${P} lowerText: ${name}`, () => {
    assert.equal(lowerText(text), want);
    // a token without its precomputed form reads the same as one with it
    const bare: WordTok = { text: text, start: 0, end: text.length, sentence: 0 };
    const made: WordTok = { ...bare, lower: lowerText(text) };
    assert.equal(lower(bare), want);
    assert.equal(lower(made), want);
  });
}

test(`${P} lower of no token is empty`, () => {
  assert.equal(lower(undefined), '');
});
