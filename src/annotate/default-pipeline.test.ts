import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, defaultPipeline } from './default-pipeline.js';

test('annotate: a published date is normalised; garbage is refused with a code', () => {
  const doc = annotate('Officials met on Sunday.', { published: 'January 22, 2024' });
  assert.equal(doc.meta.published, '2024-01-22');
  assert.equal(doc.layers.timexes?.[0]?.value, '2024-01-21');
  for (const published of ['garbage', '', '2024-02-30']) {
    // the same code and wording as every other way of giving a date (CLI, service, HTTP)
    const want = `published date ${JSON.stringify(published)} is not a date: give ISO 8601 (e.g. 2024-06-16 or 2024-06-16T09:30:00Z) or leave it out`;
    assert.throws(() => annotate('Officials met on Sunday.', { published }), { code: 'E_DATE_INVALID', message: want }, published);
  }
});


test('annotate: without a date, relative times stay unanchored', () => {
  const doc = annotate('Officials met on Sunday.');
  assert.equal(doc.meta.published, null);
  assert.notEqual(doc.layers.timexes?.[0]?.value, '2024-01-21');
  assert.ok(!/^\d{4}-\d{2}-\d{2}$/.test(doc.layers.timexes?.[0]?.value ?? ''));
});

test('default pipeline: every layer, each with one producer', () => {
  assert.deepEqual([...defaultPipeline().produces].sort(), ['attributions', 'claims', 'entities', 'events', 'mentions', 'paragraphs', 'quantities', 'sentences', 'timexes', 'tokens'].sort());
});
