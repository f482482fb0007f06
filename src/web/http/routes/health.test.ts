import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../server.js';
import { openStore } from '../../../store/index.js';
import { buildPipeline } from '../../../doc/pipeline.js';
import { textAnnotator } from '../../../annotate/text/index.js';

const pipeline = buildPipeline([textAnnotator]);

test('http: /healthz answers while the store is down; /readyz follows the store', async () => {
  const store = await openStore(':memory:');
  const app = await buildServer({ store, token: null, uiDir: null, pipeline });
  const up: Array<{ url: string; status: number; body: Record<string, unknown> }> = [
    { url: '/healthz', status: 200, body: { status: 'ok' } },
    { url: '/readyz', status: 200, body: { status: 'ready', engine: 'sqlite' } },
  ];
  for (const c of up) {
    const res = await app.inject({ url: c.url });
    assert.equal(res.statusCode, c.status, c.url);
    for (const [k, v] of Object.entries(c.body)) assert.equal(res.json()[k], v, `${c.url} ${k}`);
  }
  await store.close();
  const live = await app.inject({ url: '/healthz' });
  assert.equal(live.statusCode, 200, 'liveness does not ask the store');
  const ready = await app.inject({ url: '/readyz' });
  assert.equal(ready.statusCode, 503);
  assert.equal(ready.json().error.code, 'E_NOT_READY');
  await app.close();
});
