import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../server.js';
import { openStore } from '../../../store/index.js';
import { buildPipeline } from '../../../doc/pipeline.js';
import { textAnnotator } from '../../../annotate/text/index.js';
import { parseLayerSelection } from '../../../service/articles.js';

const TOKEN = 'layers-token';
const ARTICLE = `Cocoa board raises farm-gate price

Efua Mensima
2 Min Read
The cocoa board raised the farm-gate price by a fifth on Thursday, its chairman said.

Farmers in the Western Region had asked for more, according to their union.
`;

test('articles: ?layers= trims an article to the layers a view draws', async () => {
  const store = await openStore(':memory:');
  const app = await buildServer({ store, token: TOKEN, uiDir: null, pipeline: buildPipeline([textAnnotator]) });
  const post = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` }, payload: { text: ARTICLE } });
  assert.equal(post.statusCode, 201, post.body);
  const id = post.json().id as number;
  const all = await app.inject({ url: `/api/articles/${id}` });
  const stored = Object.keys(all.json().layers).sort();
  assert.ok(stored.includes('sentences') && stored.includes('tokens'), stored.join(','));

  const cases: Array<{ query: string; layers: string[] | null; status: number }> = [
    { query: '', layers: stored, status: 200 },
    { query: '?layers=sentences', layers: ['sentences'], status: 200 },
    { query: '?layers=tokens,sentences', layers: ['sentences', 'tokens'], status: 200 },
    { query: '?layers=%20sentences%20,,sentences', layers: ['sentences'], status: 200 },
    { query: '?layers=', layers: [], status: 200 },
    // a known layer this article has not got: simply absent
    { query: '?layers=claims', layers: [], status: 200 },
    { query: '?layers=nope', layers: null, status: 400 },
    { query: '?layers=sentences,__proto__', layers: null, status: 400 },
  ];
  for (const c of cases) {
    const res = await app.inject({ url: `/api/articles/${id}${c.query}` });
    assert.equal(res.statusCode, c.status, `${c.query}: ${res.body}`);
    if (c.layers === null) {
      assert.equal(res.json().error.code, 'E_VALIDATION', c.query);
      continue;
    }
    const d = res.json();
    assert.deepEqual(Object.keys(d.layers).sort(), c.layers, c.query);
    assert.deepEqual(Object.keys(d.provenance).sort(), c.layers, c.query);
    assert.equal(d.text, all.json().text, `${c.query}: the text is always there`);
    if (c.layers.length < stored.length) assert.ok(res.body.length < all.body.length, `${c.query}: smaller`);
  }
  await app.close();
  await store.close();
});

test('articles: parseLayerSelection', () => {
  assert.deepEqual(parseLayerSelection('entities, claims'), ['entities', 'claims']);
  assert.deepEqual(parseLayerSelection(''), []);
  assert.throws(() => parseLayerSelection('entities,bogus'), (e: { code?: string; message?: string }) => e.code === 'E_VALIDATION' && /bogus/.test(e.message ?? ''));
});
