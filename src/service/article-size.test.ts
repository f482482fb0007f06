import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../doc/pipeline.js';
import { textAnnotator } from '../annotate/text/index.js';
import { openStore } from '../store/index.js';
import { ingestText } from './ingest.js';
import { DEFAULT_MAX_ARTICLE_CHARS, parseInput, type InputFormat } from './parse.js';

const P = { pipeline: buildPipeline([textAnnotator]) };
const body = (chars: number): string => 'The port reopened on Monday, officials said. '.repeat(Math.ceil(chars / 45)).slice(0, chars);

test('article size: a text longer than the annotation limit is refused before annotation, in every form', async () => {
  const cases: Array<{ format: InputFormat; input: string; ok: boolean }> = [
    { format: 'raw', input: body(190), ok: true },
    { format: 'raw', input: body(201), ok: false },
    { format: 'article', input: `Port news\n\n${body(150)}`, ok: true },
    { format: 'article', input: `Port news\n\n${body(400)}`, ok: false },
    { format: 'html', input: `<html><head><title>Port</title></head><body><article><p>${body(150)}</p></article></body></html>`, ok: true },
    { format: 'html', input: `<html><head><title>Port</title></head><body><article><p>${body(900)}</p></article></body></html>`, ok: false },
  ];
  for (const c of cases) {
    const run = parseInput(c.input, c.format, { maxArticleChars: 200 });
    if (c.ok) assert.ok((await run).text.length <= 200, c.format);
    else await assert.rejects(run, (e: { code?: string; message?: string }) => e.code === 'E_INPUT_TOO_LARGE' && /at most 200/.test(e.message ?? ''), c.format);
  }
});

test('article size: the default limit refuses a longer text and stores nothing', async () => {
  const store = await openStore(':memory:');
  await assert.rejects(ingestText(store, body(DEFAULT_MAX_ARTICLE_CHARS + 1), { ...P, format: 'raw' }), (e: { code?: string }) => e.code === 'E_INPUT_TOO_LARGE');
  assert.equal(await store.countArticles(), 0);
  // negative: a long but allowed text is stored
  const ok = await ingestText(store, body(200_000), { ...P, format: 'raw' });
  assert.equal(ok.created, true);
  await store.close();
});
