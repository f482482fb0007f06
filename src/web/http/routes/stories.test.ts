import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ingestExamples } from '../../../service/examples.js';
import { openStore } from '../../../store/index.js';
import type { Store } from '../../../store/types.js';
import { buildServer } from '../server.js';

const P = 'http stories:';
let store: Store;
let app: FastifyInstance;

before(async () => {
  store = await openStore(':memory:');
  await ingestExamples(store);
  app = await buildServer({ store, token: null, uiDir: null });
});
after(async () => {
  await app.close();
  await store.close();
});

test(`${P} the story list, one story, one tracked event and one entity`, async () => {
  const list = await app.inject({ url: '/api/stories' });
  assert.equal(list.statusCode, 200);
  const page = list.json() as { total: number; items: Array<{ id: number; articles: number[]; events: Array<{ id: string; status: string | null }> }> };
  assert.equal(page.total, 4);
  const visit = page.items.find((s) => s.articles.length === 6)!;
  const story = (await app.inject({ url: `/api/stories/${visit.id}` })).json() as {
    articles: unknown[];
    events: Array<{ id: string; timeline: Array<{ date: string | null; status: string; article: number; evidence: { text: string } }> }>;
    entities: Array<{ key: string; type: string }>;
    findings: unknown[];
    summary: { id: number };
  };
  assert.equal(story.articles.length, 6);
  assert.equal(story.summary.id, visit.id);
  const event = story.events.find((e) => e.id === visit.events[0]!.id)!;
  assert.ok(event.timeline.every((s) => typeof s.status === 'string' && typeof s.article === 'number' && s.evidence.text.length > 0));
  const tracked = await app.inject({ url: `/api/events/${event.id}?asOf=2025-03-02` });
  assert.equal(tracked.statusCode, 200);
  assert.equal((tracked.json() as { statusAsOf: { day: string } }).statusAsOf.day, '2025-03-02');
  const person = story.entities.find((e) => e.type === 'PER')!;
  const entity = await app.inject({ url: `/api/entities/${encodeURIComponent(person.key)}` });
  assert.equal(entity.statusCode, 200);
  assert.ok((entity.json() as { stories: Array<{ id: number }> }).stories.some((s) => s.id === visit.id));
});

test(`${P} JSON Lines export: one story record a line`, async () => {
  const res = await app.inject({ url: '/api/stories.jsonl' });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /application\/x-ndjson/);
  const lines = res.body.trim().split('\n');
  assert.equal(lines.length, 4);
  for (const l of lines) assert.equal(typeof (JSON.parse(l) as { id: number }).id, 'number');
});

test(`${P} bad ids and days are refused in the one error shape`, async () => {
  const cases: ReadonlyArray<{ url: string; status: number; code: string }> = [
    { url: '/api/stories/999', status: 404, code: 'E_NOT_FOUND' },
    { url: '/api/stories/1.5', status: 400, code: 'E_VALIDATION' },
    { url: '/api/stories/abc', status: 400, code: 'E_VALIDATION' },
    { url: '/api/stories?asOf=yesterday', status: 400, code: 'E_VALIDATION' },
    { url: '/api/events/1', status: 400, code: 'E_VALIDATION' },
    { url: '/api/events/999.1', status: 404, code: 'E_NOT_FOUND' },
    { url: '/api/entities/nobody', status: 400, code: 'E_VALIDATION' },
    { url: '/api/entities/per:nobody-at-all', status: 404, code: 'E_NOT_FOUND' },
  ];
  for (const c of cases) {
    const res = await app.inject({ url: c.url });
    assert.equal(res.statusCode, c.status, `${c.url}: ${res.body}`);
    assert.equal((res.json() as { error: { code: string } }).error.code, c.code, c.url);
  }
});

test(`${P} every story route is in the OpenAPI document`, async () => {
  const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
  for (const p of ['/api/stories', '/api/stories/{id}', '/api/stories.jsonl', '/api/events/{id}', '/api/entities/{key}']) assert.ok(doc.paths[p], p);
});
