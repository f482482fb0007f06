import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from './pipeline.js';
import { createDoc } from './doc.js';
import type { Annotator } from './annotator.js';

/** A stand-in for the text annotator (doc/ imports nothing from annotate/): one token per word, sentences at stops. */
const segmenter: Annotator<'paragraphs' | 'tokens' | 'sentences'> = {
  name: 'test.segment',
  version: '0.0.1',
  requires: [],
  produces: ['paragraphs', 'tokens', 'sentences'],
  run(doc) {
    const tokens = [...doc.text.matchAll(/\w+|[^\w\s]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: /\w/.test(m[0]) ? ('word' as const) : ('punct' as const) }));
    const sentences = [];
    for (let i = 0, first = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'punct') continue;
      sentences.push({ start: tokens[first]!.start, end: tokens[i]!.end, paragraph: 0, tokenStart: first, tokenEnd: i + 1 });
      first = i + 1;
    }
    return { paragraphs: [{ start: 0, end: doc.text.length }], tokens, sentences };
  },
};

const needsTokens: Annotator<'timexes'> = {
  name: 'test.needs-tokens',
  version: '0.0.1',
  requires: ['tokens'],
  produces: ['timexes'],
  run: () => ({ timexes: [] }),
};

test('pipeline: refuses an annotator whose requirement is unmet, with a code', () => {
  assert.throws(() => buildPipeline([needsTokens]), (e: unknown) => (e as { code?: string }).code === 'E_PIPELINE_UNMET');
});

test('pipeline: refuses two producers of one layer', () => {
  assert.throws(() => buildPipeline([segmenter, segmenter]), (e: unknown) => (e as { code?: string }).code === 'E_PIPELINE_DUPLICATE');
});

test('pipeline: runs in order and records provenance; the input doc is unchanged', () => {
  const p = buildPipeline([segmenter, needsTokens]);
  const d0 = createDoc('Hello there. Bye.');
  const d1 = p.run(d0);
  assert.equal(d0.layers.tokens, undefined);
  assert.equal(d1.layers.sentences?.length, 2);
  assert.deepEqual(d1.provenance.timexes, { annotator: 'test.needs-tokens', version: '0.0.1' });
  assert.deepEqual(d1.provenance.tokens, { annotator: 'test.segment', version: '0.0.1' });
  assert.ok(Object.isFrozen(d1.layers.tokens));
  assert.deepEqual(p.produces, ['paragraphs', 'tokens', 'sentences', 'timexes']);
});
