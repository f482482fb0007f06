import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, defaultPipeline } from './default-pipeline.js';

test('annotate: a published date is normalised; garbage is refused with a code', () => {
  const doc = annotate('Officials met on Sunday.', { published: 'January 22, 2024' });
  assert.equal(doc.meta.published, '2024-01-22');
  assert.equal(doc.layers.timexes?.[0]?.value, '2024-01-21');
  assert.throws(() => annotate('Officials met on Sunday.', { published: 'garbage' }), (e: unknown) => (e as { code?: string }).code === 'E_DATE_INVALID');
});

test('annotate: without a date, relative times stay unanchored', () => {
  const doc = annotate('Officials met on Sunday.');
  assert.equal(doc.meta.published, null);
  assert.notEqual(doc.layers.timexes?.[0]?.value, '2024-01-21');
  assert.ok(!/^\d{4}-\d{2}-\d{2}$/.test(doc.layers.timexes?.[0]?.value ?? ''));
});

test('default pipeline: every layer, each with one producer', () => {
  assert.deepEqual([...defaultPipeline().produces].sort(), ['attributions', 'claims', 'entities', 'events', 'mentions', 'paragraphs', 'sentences', 'timexes', 'tokens'].sort());
});
