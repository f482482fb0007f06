import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.js';
import { benchVocabulary, fillSynthetic, syntheticArticle, syntheticPublished } from './synthetic.js';

test('bench synthetic: articles are deterministic, distinct, and dated in every stored form', () => {
  const vocab = benchVocabulary();
  assert.deepEqual(syntheticArticle('a', 5, vocab), syntheticArticle('a', 5, vocab));
  const texts = new Set(Array.from({ length: 200 }, (_, i) => syntheticArticle('a', i, vocab).text));
  assert.equal(texts.size, 200, 'no two texts alike');
  assert.notEqual(syntheticArticle('a', 1, vocab).contentHash, syntheticArticle('b', 1, vocab).contentHash, 'labels keep corpora apart');
  const forms: Array<{ i: number; pattern: RegExp | null }> = [
    { i: 0, pattern: null },
    { i: 3, pattern: /^\d{4}-\d{2}-\d{2}$/ },
    { i: 1, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/ },
    { i: 2, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:30$/ },
  ];
  for (const f of forms) {
    const p = syntheticPublished(f.i);
    if (f.pattern === null) assert.equal(p, null, `${f.i}`);
    else assert.match(p ?? '', f.pattern, `${f.i}`);
  }
});

test('bench synthetic: fillSynthetic writes exactly the count asked, across batch edges', async () => {
  for (const count of [0, 1, 1001]) {
    const s = await openStore(':memory:');
    await fillSynthetic(s, 't', count);
    assert.equal(await s.countArticles(), count, `${count}`);
    await s.close();
  }
});
