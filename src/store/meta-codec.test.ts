import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWiretraceError } from '../errors.js';
import { META_V1, packMeta, unpackMeta } from './meta-codec.js';

const TEXT = 'Kazakhstan expects President Yerlan Temirov to visit Mongolia in the foreseeable future, but no date has been set, his spokesman said. More follows.';

test('meta codec: each meta reads back as JSON keeps it, deflated against the title and text only where that is smaller', () => {
  const cases: Array<{ meta: Record<string, unknown>; deflated: boolean }> = [
    { meta: {}, deflated: false },
    { meta: { format: 'html' }, deflated: false },
    { meta: { format: 'html', readTime: 'PT1M', extractor: 'scored', description: TEXT.slice(0, 130), declaredLanguage: 'en' }, deflated: true },
    { meta: { z: 1, a: [1, 'two', null, { nested: true }], caption: 'Présidente à Genève 🕊', skipped: undefined }, deflated: true },
  ];
  for (const c of cases) {
    const stored = packMeta(c.meta, 'Envoy in Astana', TEXT);
    assert.equal(stored[0] === META_V1, c.deflated, JSON.stringify(c.meta));
    const back = unpackMeta(stored, 'Envoy in Astana', TEXT);
    assert.equal(JSON.stringify(back), JSON.stringify(c.meta), 'same keys, same order');
  }
});

test('meta codec: the text is part of the format; a row of JSON text reads; other bytes are refused', () => {
  const meta = { description: TEXT.slice(0, 130) };
  const stored = packMeta(meta, null, TEXT);
  assert.equal(stored[0], META_V1);
  assert.ok(stored.length < JSON.stringify(meta).length / 2, 'a description the text holds costs a back-reference');
  assert.throws(() => unpackMeta(stored, null, 'another text entirely, of another length'), (e: unknown) => isWiretraceError(e) && e.code === 'E_STORE');
  assert.deepEqual(unpackMeta(Buffer.from('{"format": "article", "removedLines": 5}'), null, TEXT), { format: 'article', removedLines: 5 });
  for (const bad of [Buffer.from([]), Buffer.from('[1]'), Buffer.from('{"broken'), Buffer.from([0x09, 1, 2])]) {
    assert.throws(() => unpackMeta(bad, null, TEXT), (e: unknown) => isWiretraceError(e) && e.code === 'E_STORE', bad.toString('hex'));
  }
});
