import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson } from './canonical-json.js';

test('canonicalJson: key order never shows; arrays and values keep theirs', () => {
  const cases: Array<{ a: unknown; b: unknown; same: boolean }> = [
    { a: { b: 1, a: 2 }, b: { a: 2, b: 1 }, same: true },
    { a: { x: { z: [1, { q: 1, p: 2 }], y: null } }, b: { x: { y: null, z: [1, { p: 2, q: 1 }] } }, same: true },
    { a: [1, 2], b: [2, 1], same: false },
    { a: { a: 1 }, b: { a: '1' }, same: false },
    { a: { B: 1, a: 1 }, b: { a: 1, B: 1 }, same: true },
    { a: 'x', b: 'x', same: true },
  ];
  for (const c of cases) assert.equal(canonicalJson(c.a) === canonicalJson(c.b), c.same, JSON.stringify(c));
  assert.equal(canonicalJson({ b: [{ d: 1, c: 2 }], a: null }), '{"a":null,"b":[{"c":2,"d":1}]}');
  assert.deepEqual(JSON.parse(canonicalJson({ k: { v: [1, 'two'] } })), { k: { v: [1, 'two'] } }, 'round-trips');
});
