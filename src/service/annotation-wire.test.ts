import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/doc.js';
import { buildPipeline } from '../doc/pipeline.js';
import { textAnnotator } from '../annotate/text/index.js';
import { digestReport } from '../link/digest.js';
import { unkeyedReportMeta } from './annotation.js';
import { decodeAnnotated, encodeAnnotated } from './annotation-wire.js';

const TEXT = 'The port of Tema reopened on Monday, the harbour authority said.\n\nShips queued overnight.';

test('annotation wire: layers, provenance and digest come back as they went, on the text the main thread has', () => {
  const pipeline = buildPipeline([textAnnotator]);
  const cases: Array<{ name: string; meta: { published: string | null; title?: string }; digest: boolean }> = [
    { name: 'with a digest', meta: { published: '2025-03-03', title: 'Tema reopens' }, digest: true },
    { name: 'without a digest', meta: { published: null }, digest: false },
  ];
  for (const c of cases) {
    const doc = pipeline.run(createDoc(TEXT, c.meta));
    const digest = c.digest ? digestReport(unkeyedReportMeta(c.meta), doc) : undefined;
    const { bytes, buffer } = encodeAnnotated(doc, digest);
    assert.equal(bytes.buffer, buffer, c.name);
    assert.equal(bytes.byteLength, buffer.byteLength, `${c.name}: the buffer holds these bytes only`);
    const back = decodeAnnotated(bytes, TEXT, c.meta);
    assert.deepEqual(back.doc, doc, c.name);
    assert.ok(Object.isFrozen(back.doc) && Object.isFrozen(back.doc.layers) && Object.isFrozen(back.doc.layers.sentences), `${c.name}: frozen like any Doc`);
    assert.equal('digest' in back, c.digest, c.name);
    if (digest) assert.deepEqual(back.digest, digest, c.name);
    // negative: the Doc's text does not travel back (layers are offsets into it)
    assert.ok(!new TextDecoder().decode(bytes).includes('Ships queued overnight.'), `${c.name}: no Doc text in the payload`);
  }
});
