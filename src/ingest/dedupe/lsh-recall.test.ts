/**
 * Recall of the near-duplicate index (16 LSH bands of one hash): wire copies, edited, re-led, extended
 * or trimmed, share a bucket with their original and are found by the lookup on both engines;
 * independent reports stay apart. And the bands behave as the probability in ./minhash.ts says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore } from '../../store/index.js';
import { article } from '../../store/contract/fixtures.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, withPostgres } from '../../store/postgres/testing.js';
import type { Store } from '../../store/types.js';
import { lshBandKeys, LSH_BANDS, LSH_ROWS, minhashSignature, signatureOfShingles } from './minhash.js';
import { insertWithNearDup, isNearDuplicate } from './near-dup.js';

const text = (name: string): string => readFileSync(new URL(`testdata/${name}.txt`, import.meta.url), 'utf8');
const ORIGINAL = text('wire-original');
const paragraphs = ORIGINAL.split('\n\n');
const [headline, lead, ...body] = paragraphs as [string, string, ...string[]];

/** Each case: a text against ORIGINAL, whether it is a copy, and whether it must share a bucket (a copy must). */
const CASES: ReadonlyArray<{ readonly name: string; readonly text: string; readonly copy: boolean }> = [
  { name: 'the same text', text: ORIGINAL, copy: true },
  {
    name: 'light edits (house style, numbers spelt out, a word changed)',
    text: ORIGINAL.replaceAll('percent', 'per cent').replaceAll('41', 'forty-one').replaceAll('said', 'stated').replace('Monday', 'Monday 4 March'),
    copy: true,
  },
  { name: 'a new headline', text: ['Port Caldera dockers strike over pay', lead, ...body].join('\n\n'), copy: true },
  {
    name: 'a rewritten lead',
    text: [headline, 'Cargo handling stopped at Port Caldera on Monday after thousands of dock workers went on strike over pay, leaving dozens of ships at anchor, officials said.', ...body].join('\n\n'),
    copy: true,
  },
  { name: 'an added local paragraph', text: [...paragraphs, 'In Vell Bay, the small terminal said it had hired extra crews for the night shift and expected to handle twice its usual volume this week.'].join('\n\n'), copy: true },
  { name: 'a copy trimmed to its first three paragraphs (containment)', text: paragraphs.slice(0, 4).join('\n\n'), copy: true },
  { name: 'the lead and the quote only (containment)', text: [headline, lead, body[1]!].join('\n\n'), copy: true },
  { name: 'the wire copy of the test data', text: text('wire-copy'), copy: true },
  { name: 'the trimmed copy of the test data', text: text('wire-trimmed'), copy: true },
  { name: 'an independent report of the same strike', text: text('same-topic'), copy: false },
  { name: 'another story', text: text('other-story'), copy: false },
  { name: 'another story with one sentence about the port added', text: text('other-story') + '\n\nThe port was closed on Monday.', copy: false },
];

function sharesBucket(a: string, b: string): boolean {
  const keys = new Set(lshBandKeys(minhashSignature(a)));
  return lshBandKeys(minhashSignature(b)).some((k) => keys.has(k));
}

test('lsh recall: every copy shares a bucket with its original and is judged a copy; independent reports are not', () => {
  const orig = minhashSignature(ORIGINAL);
  for (const c of CASES) {
    const verdict = isNearDuplicate(orig, minhashSignature(c.text));
    assert.equal(verdict.duplicate, c.copy, `${c.name}: judged (similarity ${verdict.similarity.toFixed(2)}, containment ${verdict.containment.toFixed(2)})`);
    if (c.copy) assert.ok(sharesBucket(ORIGINAL, c.text), `${c.name}: shares a bucket (similarity ${verdict.similarity.toFixed(2)})`);
  }
});

/** Stores ORIGINAL, then each case on its own (deleted again before the next), and reports which were stored as its copy. */
async function storedAsCopies(store: Store): Promise<Map<string, boolean>> {
  const got = new Map<string, boolean>();
  try {
    const first = await insertWithNearDup(store, article({ contentHash: 'original', text: ORIGINAL }), [], minhashSignature(ORIGINAL));
    for (const [i, c] of CASES.entries()) {
      const { inserted, match } = await insertWithNearDup(store, article({ contentHash: `case${i}`, text: c.text }), [], minhashSignature(c.text));
      got.set(c.name, match?.firstSeen === first.inserted.id);
      assert.ok(await store.deleteArticle(inserted.id));
    }
  } finally {
    await store.close();
  }
  return got;
}

function checkStored(engine: string, got: Map<string, boolean>): void {
  for (const c of CASES) assert.equal(got.get(c.name), c.copy, `${engine}: ${c.name}`);
}

test('lsh recall: SQLite stores each copy as its original\'s near-duplicate, and nothing else', async () => {
  checkStored('sqlite', await storedAsCopies(await openStore(':memory:')));
});

const unavailable = await postgresUnavailable();
withPostgres(unavailable, 'lsh recall: PostgreSQL', () => {
  test('lsh recall: PostgreSQL stores each copy as its original\'s near-duplicate, and nothing else', async () => {
    const schema = testSchema('recall');
    try {
      checkStored('postgres', await storedAsCopies(await openStore(testLocation(schema))));
    } finally {
      await dropSchemas([schema]);
    }
  });
});

/** Two shingle sets of `size` with Jaccard exactly `j` (common elements first), the nth pair of a fixed sequence. */
function pairAt(j: number, size: number, n: number): [Set<number>, Set<number>] {
  const common = Math.round((2 * j * size) / (1 + j));
  const base = n * 10 * size;
  const a = new Set<number>();
  const b = new Set<number>();
  for (let i = 0; i < size; i++) {
    a.add(base + i);
    b.add(i < common ? base + i : base + size + i);
  }
  return [a, b];
}

test('lsh recall: the share of pairs that meet in a bucket follows 1 - (1 - J^rows)^bands', () => {
  const PAIRS = 400;
  for (const j of [0.5, 0.25, 0.1, 0.05]) {
    let met = 0;
    for (let n = 0; n < PAIRS; n++) {
      const [a, b] = pairAt(j, 120, n);
      const ka = new Set(lshBandKeys(signatureOfShingles(a)));
      if (lshBandKeys(signatureOfShingles(b)).some((k) => ka.has(k))) met++;
    }
    const want = 1 - (1 - j ** LSH_ROWS) ** LSH_BANDS;
    // binomial noise over 400 pairs is at most ±0.025 (one standard deviation); allow three
    assert.ok(Math.abs(met / PAIRS - want) <= 0.075, `J ${j}: ${met}/${PAIRS} pairs met, the formula says ${want.toFixed(3)}`);
  }
});

test('lsh recall: nothing meets below MIN_SHINGLES, and unrelated sets rarely do', () => {
  assert.deepEqual(lshBandKeys(signatureOfShingles(new Set([1, 2, 3]))), []);
  let met = 0;
  for (let n = 0; n < 400; n++) {
    const [a, b] = pairAt(0, 120, n);
    const ka = new Set(lshBandKeys(signatureOfShingles(a)));
    if (lshBandKeys(signatureOfShingles(b)).some((k) => ka.has(k))) met++;
  }
  assert.ok(met <= 2, `${met} of 400 disjoint pairs met (only by a 32-bit hash collision)`);
});
