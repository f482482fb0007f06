import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lower, lowerText, type WordTok } from './candidate.js';

const P = 'entities/candidate:';

const CASES: readonly { name: string; text: string; want: string }[] = [
  { name: 'plain ASCII is lowercased', text: 'Reuters', want: 'reuters' },
  { name: 'a right single quote becomes straight', text: 'O’Brien', want: "o'brien" },
  { name: 'a left single quote becomes straight', text: '‘Tis', want: "'tis" },
  { name: 'a straight quote stays', text: "Don't", want: "don't" },
  { name: 'double curly quotes are not single quotes (kept)', text: '“Yes”', want: '“yes”' },
  { name: 'non-ASCII letters lowercase', text: 'ÉLYSÉE', want: 'élysée' },
  { name: 'the empty string', text: '', want: '' },
];

for (const c of CASES) {
  test(`${P} lowerText: ${c.name}`, () => {
    assert.equal(lowerText(c.text), c.want);
    // a token without its precomputed form reads the same as one with it
    const bare: WordTok = { text: c.text, start: 0, end: c.text.length, sentence: 0 };
    const made: WordTok = { ...bare, lower: lowerText(c.text) };
    assert.equal(lower(bare), c.want);
    assert.equal(lower(made), c.want);
  });
}

test(`${P} lower of no token is empty`, () => {
  assert.equal(lower(undefined), '');
});
