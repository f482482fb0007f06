import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from './pipeline.js';
import { createDoc } from './doc.js';
import type { Annotator } from './annotator.js';
import { textAnnotator } from '../annotate/text/index.js';

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
  assert.throws(() => buildPipeline([textAnnotator, textAnnotator]), (e: unknown) => (e as { code?: string }).code === 'E_PIPELINE_DUPLICATE');
});

test('pipeline: runs in order and records provenance; the input doc is unchanged', () => {
  const p = buildPipeline([textAnnotator, needsTokens]);
  const d0 = createDoc('Hello there. Bye.');
  const d1 = p.run(d0);
  assert.equal(d0.layers.tokens, undefined);
  assert.equal(d1.layers.sentences?.length, 2);
  assert.deepEqual(d1.provenance.timexes, { annotator: 'test.needs-tokens', version: '0.0.1' });
  assert.deepEqual(d1.provenance.tokens, { annotator: 'text.segment', version: textAnnotator.version });
  assert.ok(Object.isFrozen(d1.layers.tokens));
  assert.deepEqual(p.produces, ['paragraphs', 'tokens', 'sentences', 'timexes']);
});
