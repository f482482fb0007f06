import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/doc.js';
import { buildPipeline } from '../doc/pipeline.js';
import { textAnnotator } from '../annotate/text/index.js';
import { digestReport } from '../link/digest.js';
import { unkeyedReportMeta } from './annotation.js';
import { decodeAnnotated, encodeAnnotated } from './annotation-wire.js';

const TEXT = 'The port of Tema reopened on Monday, the harbour authority said.\n\nShips queued overnight.';

test('annotation wire: layers, provenance and digest come back as they went, on the text the main thread has', async () => {
  const pipeline = buildPipeline([textAnnotator]);
  const cases: Array<{ name: string; meta: { published: string | null; title?: string }; digest: boolean }> = [
    { name: 'with a digest', meta: { published: '2025-03-03', title: 'Tema reopens' }, digest: true },
    { name: 'without a digest', meta: { published: null }, digest: false },
  ];
  for (const c of cases) {
    const doc = pipeline.run(createDoc(TEXT, c.meta));
    const digest = c.digest ? digestReport(unkeyedReportMeta(c.meta), doc) : undefined;
    const { parts, buffers } = encodeAnnotated(doc, digest);
    assert.equal(parts.length, 1 + Object.keys(doc.layers).length, `${c.name}: a head and one part per layer`);
    parts.forEach((p, i) => assert.ok(p.buffer === buffers[i] && p.byteLength === buffers[i]!.byteLength, `${c.name}: part ${i} owns its buffer`));
    const back = await decodeAnnotated(parts, TEXT, c.meta);
    assert.deepEqual(back.doc, doc, c.name);
    assert.ok(Object.isFrozen(back.doc) && Object.isFrozen(back.doc.layers) && Object.isFrozen(back.doc.layers.sentences), `${c.name}: frozen like any Doc`);
    assert.equal('digest' in back, c.digest, c.name);
    if (digest) assert.deepEqual(back.digest, digest, c.name);
    // negative: the Doc's text does not travel back (layers are offsets into it)
    assert.ok(!parts.some((p) => new TextDecoder().decode(p).includes('Ships queued overnight.')), `${c.name}: no Doc text in the payload`);
  }
});
