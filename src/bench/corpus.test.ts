import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newsLengthTexts, reportBodies } from './corpus.js';

const CASES: Array<{ name: string; bodies: string[]; min: number; want: string[] }> = [
  { name: 'joins reports until an article is long enough', bodies: ['aaaa', 'bbbb', 'cccc', 'dddd'], min: 9, want: ['aaaa\n\nbbbb', 'cccc\n\ndddd'] },
  { name: 'a report already long enough stands alone', bodies: ['aaaaaaaaaa', 'bb', 'cccccccc'], min: 10, want: ['aaaaaaaaaa', 'bb\n\ncccccccc'] },
  { name: 'a short remainder is left out', bodies: ['aaaaaaaaaa', 'bb'], min: 10, want: ['aaaaaaaaaa'] },
  { name: 'a remainder of half the length is kept', bodies: ['aaaaaaaaaa', 'bbbbb'], min: 10, want: ['aaaaaaaaaa', 'bbbbb'] },
  { name: 'too little text in all still makes one article', bodies: ['aa', 'bb'], min: 100, want: ['aa\n\nbb'] },
  { name: 'no reports, no articles', bodies: [], min: 10, want: [] },
];

for (const c of CASES) {
  test(`newsLengthTexts: ${c.name}`, () => {
    assert.deepEqual(newsLengthTexts(c.min, c.bodies), c.want);
  });
}

test('newsLengthTexts: the shipped reports make articles of news length, every report used once', () => {
  const bodies = reportBodies();
  assert.ok(bodies.length > 30, `${bodies.length} reports`);
  const articles = newsLengthTexts(3500, bodies);
  assert.ok(articles.length >= 10, `${articles.length} articles`);
  for (const a of articles.slice(0, -1)) assert.ok(a.length >= 3500 && a.length < 3500 + 2000, `${a.length} chars`);
  assert.ok(articles.join('\n\n').length <= bodies.join('\n\n').length);
});
