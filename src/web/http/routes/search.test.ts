import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { article } from '../../../store/contract/fixtures.js';
import { openStore } from '../../../store/index.js';
import type { Store } from '../../../store/types.js';
import { buildServer } from '../server.js';

const P = 'http search:';
let store: Store;
let app: FastifyInstance;
const ids: Record<string, number> = {};

before(async () => {
  store = await openStore(':memory:');
  const add = async (key: string, over: Parameters<typeof article>[0]): Promise<void> => {
    ids[key] = (await store.insertArticle(article({ contentHash: key, text: 'The dam inquiry heard new evidence from engineers.', ...over }), [])).id;
  };
  await add('north', { outlet: 'Valley Ledger', published: '2025-05-02T09:00:00+02:00', language: 'en' });
  await add('south', { outlet: 'Delta Times', published: '2025-05-20', language: 'es' });
  await add('wire', { outlet: 'Delta Times', published: '2025-06-01', language: 'en-US' });
  await store.saveStory({ id: await store.newStoryId(), title: 'Dam inquiry', firstDate: '2025-05-02', lastDate: '2025-05-20', state: {}, keys: ['org:river-authority'], articles: [ids.north!, ids.south!] });
  app = await buildServer({ store, token: null, uiDir: null });
});
after(async () => {
  await app.close();
  await store.close();
});

const found = (body: { items: Array<{ article: { id: number } }> }): number[] => body.items.map((h) => h.article.id).sort((a, b) => a - b);

test(`${P} filters narrow the hits server-side and the reply says which filters it applied`, async () => {
  const cases: Array<{ qs: string; want: string[]; filter: Record<string, string> }> = [
    { qs: '', want: ['north', 'south', 'wire'], filter: {} },
    { qs: '&from=2025-05-10', want: ['south', 'wire'], filter: { from: '2025-05-10' } },
    { qs: '&from=2025-05-01&to=2025-05-31', want: ['north', 'south'], filter: { from: '2025-05-01', to: '2025-05-31' } },
    { qs: '&outlet=delta%20times', want: ['south', 'wire'], filter: { outlet: 'delta times' } },
    { qs: '&language=EN', want: ['north', 'wire'], filter: { language: 'en' } },
    { qs: '&entity=org%3Ariver-authority', want: ['north', 'south'], filter: { entity: 'org:river-authority' } },
    { qs: '&entity=org%3Ariver-authority&outlet=Delta%20Times', want: ['south'], filter: { entity: 'org:river-authority', outlet: 'Delta Times' } },
    { qs: '&from=&outlet=&language=', want: ['north', 'south', 'wire'], filter: {} },
    { qs: `&outlet=${encodeURIComponent("Delta Times' OR 1=1 --")}`, want: [], filter: { outlet: "Delta Times' OR 1=1 --" } },
    { qs: `&entity=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, want: [], filter: { entity: '<img src=x onerror=alert(1)>' } },
  ];
  for (const c of cases) {
    const res = await app.inject({ url: `/api/search?q=inquiry${c.qs}` });
    assert.equal(res.statusCode, 200, c.qs);
    const body = res.json() as { total: number; filter: Record<string, string>; items: Array<{ article: { id: number } }> };
    assert.deepEqual(found(body), c.want.map((k) => ids[k]!).sort((a, b) => a - b), c.qs);
    assert.equal(body.total, c.want.length, c.qs);
    assert.deepEqual(body.filter, c.filter, c.qs);
  }
});

test(`${P} malformed filter values are 400 E_VALIDATION`, async () => {
  const bad = ['from=2025-5-1', 'to=tomorrow', 'from=2025-02-30', 'from=2025-06-01&to=2025-05-01', 'language=english', `outlet=${'x'.repeat(201)}`, 'from=2025-05-01T00:00'];
  for (const qs of bad) {
    const res = await app.inject({ url: `/api/search?q=inquiry&${qs}` });
    assert.equal(res.statusCode, 400, qs);
    assert.equal((res.json() as { error: { code: string } }).error.code, 'E_VALIDATION', qs);
  }
});

test(`${P} the filters are documented in the OpenAPI document`, async () => {
  const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, { get: { parameters: Array<{ name: string }> } }> };
  const names = doc.paths['/api/search']!.get.parameters.map((p) => p.name).sort();
  assert.deepEqual(names, ['entity', 'from', 'language', 'limit', 'offset', 'outlet', 'q', 'to']);
});
