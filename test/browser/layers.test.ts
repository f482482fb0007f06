// The UI's pure layer code (src/web/ui/layers.js): spans per layer and the segment sweep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYER_NAMES } from '../../src/doc/layers.js';
import { LAYER_INFO, PAGE_LAYERS, buildBlocks, excerpt, layersToFetch, orderedLayerNames, spansForLayer, type Segment } from '../../src/web/ui/layers.js';

const keysOf = (seg: Segment) => seg.spans.map((s) => s.key).sort();

test('ui-layers: spans for each known layer, with roles and classes', () => {
  const cases: Array<{ name: string; records: unknown[]; want: Array<[number, number, string]> }> = [
    { name: 'sentences', records: [{ start: 0, end: 5 }, { start: 6, end: 9 }], want: [[0, 5, 'sentences:0:sentence'], [6, 9, 'sentences:1:sentence']] },
    { name: 'mentions', records: [{ start: 0, end: 3, type: 'PER', role: { start: 4, end: 8, text: 'x' } }], want: [[0, 3, 'mentions:0:mention'], [4, 8, 'mentions:0:role']] },
    {
      name: 'attributions',
      records: [{ source: { start: 0, end: 2 }, cue: { start: 3, end: 5 }, content: [{ start: 6, end: 8 }, { start: 9, end: 10 }] }],
      want: [[0, 2, 'attributions:0:source'], [3, 5, 'attributions:0:cue'], [6, 8, 'attributions:0:content'], [9, 10, 'attributions:0:content']],
    },
    { name: 'attributions', records: [{ source: null, cue: { start: 3, end: 5 }, content: [] }], want: [[3, 5, 'attributions:0:cue']] },
    { name: 'events', records: [{ trigger: { start: 2, end: 7 }, evidence: { start: 0, end: 10 } }], want: [[2, 7, 'events:0:trigger']] },
    { name: 'future-layer', records: [{ start: 1, end: 2 }], want: [[1, 2, 'future-layer:0:span']] },
    // negative cases: nothing drawn for unspanned layers, bad offsets, empty or reversed ranges, non-records
    { name: 'entities', records: [{ id: 'e1', start: 0, end: 3 }], want: [] },
    { name: 'claims', records: [{ id: 'c1', proposition: { start: 0, end: 3 } }], want: [] },
    { name: 'paragraphs', records: [{ start: 0, end: 10 }], want: [] },
    { name: 'sentences', records: [{ start: 4, end: 4 }, { start: 5, end: 2 }, { start: '1', end: 3 }, null, 7], want: [] },
    { name: 'timexes', records: [{ start: -3, end: 2 }, { start: 8, end: 99 }], want: [[0, 2, 'timexes:0:timex'], [8, 10, 'timexes:1:timex']] },
  ];
  for (const c of cases) {
    const got = spansForLayer(c.name, c.records, 10).map((s) => [s.start, s.end, s.key]);
    assert.deepEqual(got, c.want, c.name);
  }
  const [m] = spansForLayer('mentions', [{ start: 0, end: 3, type: 'WEIRD' }], 10);
  assert.deepEqual(m!.classes, ['ann-mention', 'm-MISC'], 'unknown mention type falls back to MISC');
  assert.deepEqual(spansForLayer('sentences', 'not an array', 10), []);
});

test('ui-layers: segments cut at every boundary and carry exactly the covering spans', () => {
  const text = 'Aa bb. Cc dd.\n\nEe ff.';
  const spans = [
    ...spansForLayer('sentences', [{ start: 0, end: 6 }, { start: 7, end: 13 }, { start: 15, end: 21 }], text.length),
    ...spansForLayer('mentions', [{ start: 3, end: 5, type: 'ORG' }, { start: 7, end: 9, type: 'PER' }], text.length),
    ...spansForLayer('attributions', [{ source: { start: 7, end: 9 }, cue: { start: 10, end: 12 }, content: [{ start: 0, end: 6 }] }], text.length),
  ];
  const blocks = buildBlocks(text.length, spans, [{ start: 0, end: 13 }, { start: 15, end: 21 }]);
  assert.equal(blocks.length, 2);
  // the segments of each block tile it exactly: nothing lost, nothing from the gap between paragraphs
  for (const b of blocks) {
    assert.equal(b.segments.map((s) => text.slice(s.start, s.end)).join(''), text.slice(b.start, b.end));
  }
  const first = blocks[0]!.segments;
  assert.deepEqual(first.map((s) => text.slice(s.start, s.end)), ['Aa ', 'bb', '.', ' ', 'Cc', ' ', 'dd', '.']);
  assert.deepEqual(keysOf(first[1]!), ['attributions:0:content', 'mentions:0:mention', 'sentences:0:sentence']);
  assert.deepEqual(keysOf(first[3]!), [], 'the space between sentences is covered by nothing');
  assert.deepEqual(keysOf(first[4]!), ['attributions:0:source', 'mentions:1:mention', 'sentences:1:sentence']);
  assert.deepEqual(keysOf(first[6]!), ['attributions:0:cue', 'sentences:1:sentence']);
  assert.deepEqual(blocks[1]!.segments.map(keysOf), [['sentences:2:sentence']]);
});

test('ui-layers: without paragraphs the whole text is one block; empty text gives none', () => {
  const blocks = buildBlocks(5, [], undefined);
  assert.deepEqual(blocks.map((b) => [b.start, b.end, b.segments.length]), [[0, 5, 1]]);
  assert.deepEqual(buildBlocks(0, [], []), []);
  assert.deepEqual(buildBlocks(5, [], [{ start: 9, end: 20 }]).map((b) => [b.start, b.end]), [[0, 5]], 'paragraphs outside the text are ignored');
});

test('ui-layers: a long article is cut in one sweep (no quadratic blow-up)', () => {
  const n = 100_000; // tokens: a quadratic pass would take minutes here, a sweep well under a second
  const tokens = Array.from({ length: n }, (_, i) => ({ start: i * 6, end: i * 6 + 5 }));
  const sentences = Array.from({ length: n / 20 }, (_, i) => ({ start: i * 120, end: i * 120 + 119 }));
  const len = n * 6;
  const t0 = performance.now();
  const spans = [...spansForLayer('tokens', tokens, len), ...spansForLayer('sentences', sentences, len)];
  const blocks = buildBlocks(len, spans, undefined);
  const ms = performance.now() - t0;
  assert.ok(blocks[0]!.segments.length >= 2 * n - 1);
  assert.ok(ms < 15_000, `took ${ms.toFixed(0)} ms`); // generous: CI machines are busy
});

test('ui-layers: layer order and excerpts', () => {
  assert.deepEqual(orderedLayerNames({ zeta: [], events: [], sentences: [], tokens: [], alpha: [] }), ['sentences', 'tokens', 'events', 'alpha', 'zeta']);
  assert.equal(excerpt('one  two\nthree', { start: 0, end: 14 }), 'one two three');
  assert.equal(excerpt('abcdefghij', { start: 0, end: 10 }, 5), 'abcd…');
  assert.equal(excerpt('abc', null), '');
});

test('ui-layers: the UI knows every stored layer, and an article view asks only for the layers it shows', () => {
  // a new layer in src/doc/layers.ts must get a label and a place here, or the article page cannot offer it
  assert.deepEqual(Object.keys(LAYER_INFO).sort(), [...LAYER_NAMES].sort());
  for (const name of PAGE_LAYERS) assert.ok(LAYER_NAMES.includes(name as (typeof LAYER_NAMES)[number]), name);
  const cases: Array<{ on: string[]; want: string[]; why: string }> = [
    { on: [], want: ['paragraphs', 'timexes', 'attributions', 'events', 'entities', 'claims'], why: 'the page alone: no tokens, sentences or mentions' },
    { on: ['sentences'], want: ['paragraphs', 'sentences', 'timexes', 'attributions', 'events', 'entities', 'claims'], why: 'a switched-on layer is fetched' },
    { on: ['tokens', 'quantities', 'mentions'], want: ['paragraphs', 'tokens', 'mentions', 'timexes', 'attributions', 'events', 'quantities', 'entities', 'claims'], why: 'several' },
    { on: ['entities', 'nonsense'], want: ['paragraphs', 'timexes', 'attributions', 'events', 'entities', 'claims'], why: 'unspanned or unknown names add nothing' },
  ];
  for (const c of cases) assert.deepEqual(layersToFetch((n) => c.on.includes(n)), c.want, c.why);
  assert.ok(!layersToFetch(() => false).some((n) => n === 'tokens' || n === 'sentences'), 'the largest layers wait for their toggle');
});
