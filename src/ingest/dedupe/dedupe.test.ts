import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contentHash } from './content-hash.js';
import { estimateJaccard, minhashSignature, signatureFromBytes, signatureFromHex, signatureToBytes, signatureToHex, shingleHashes } from './minhash.js';
import { NearDupIndex, NEAR_DUP_JACCARD } from './near-dup-index.js';
import { canonicalUrl } from './url.js';

const text = (name: string): string => readFileSync(new URL(`testdata/${name}.txt`, import.meta.url), 'utf8');
const ORIGINAL = text('wire-original');
const COPY = text('wire-copy');
const TRIMMED = text('wire-trimmed');
const SAME_TOPIC = text('same-topic');
const OTHER = text('other-story');

test('dedupe: canonical URLs', () => {
  const table: readonly [string, string | null][] = [
    ['HTTPS://News.Example.COM:443/World/Story/?utm_source=rss&utm_medium=feed#comments', 'https://news.example.com/World/Story'],
    ['https://news.example.com/a/b/?b=2&a=1&fbclid=xyz&gclid=1', 'https://news.example.com/a/b?a=1&b=2'],
    ['http://news.example.com:8080//a//b', 'http://news.example.com:8080/a/b'],
    ['https://news.example.com/', 'https://news.example.com/'],
    ['https://news.example.com', 'https://news.example.com/'],
    ['https://news.example.com/%7euser/%e2%82%ac', 'https://news.example.com/~user/%E2%82%AC'],
    ['https://news.example.com./x?id=5&ref_src=twsrc', 'https://news.example.com/x?id=5'],
    ['https://u:p@news.example.com/x', 'https://news.example.com/x'],
    ['https://news.example.com/search?q=a+b&page=2', 'https://news.example.com/search?page=2&q=a%20b'],
    ['ftp://news.example.com/x', null],
    ['not a url', null],
  ];
  for (const [input, expected] of table) assert.equal(canonicalUrl(input), expected, `dedupe: ${input}`);
  assert.notEqual(canonicalUrl('https://a.example/x?id=1'), canonicalUrl('https://a.example/x?id=2'), 'dedupe: content-selecting params kept');
});

test('dedupe: content hash ignores case, whitespace, quote and dash styles', () => {
  const a = 'The minister said: "We will act."\n\nTalks — resumed.';
  const b = 'the  minister said: \u201cWe will act.\u201d Talks \u2013 resumed.';
  assert.equal(contentHash(a), contentHash(b));
  assert.notEqual(contentHash(a), contentHash('The minister said: "We will not act." Talks - resumed.'));
});

test('dedupe: a wire copy with a new headline and extra paragraph is a near-duplicate', () => {
  const idx = new NearDupIndex<number>();
  assert.equal(idx.add(1, ORIGINAL).duplicateOf, undefined);
  const r = idx.add(2, COPY);
  assert.equal(r.duplicateOf, 1);
  assert.equal(r.firstSeen, 1);
  assert.ok(r.similarity >= NEAR_DUP_JACCARD, `dedupe: similarity ${r.similarity}`);
});

test('dedupe: a copy trimmed to its first paragraphs is found by containment', () => {
  const idx = new NearDupIndex<number>();
  idx.add(1, ORIGINAL);
  const r = idx.add(2, TRIMMED);
  assert.equal(r.duplicateOf, 1, `dedupe: similarity ${r.similarity}, containment ${r.containment}`);
  assert.ok(r.containment >= 0.8);
});

test('dedupe: a different story on the same topic, and an unrelated story, are not duplicates', () => {
  const idx = new NearDupIndex<number>();
  idx.add(1, ORIGINAL);
  idx.add(2, COPY);
  const same = idx.add(3, SAME_TOPIC);
  assert.equal(same.duplicateOf, undefined, `dedupe: same-topic similarity ${same.similarity}`);
  const other = idx.add(4, OTHER);
  assert.equal(other.duplicateOf, undefined);
  assert.ok(estimateJaccard(minhashSignature(ORIGINAL), minhashSignature(SAME_TOPIC)) < 0.1);
});

test('dedupe: groups keep the first-seen article; query does not add', () => {
  const idx = new NearDupIndex<string>();
  idx.add('first', ORIGINAL);
  idx.add('second', COPY);
  const third = idx.add('third', TRIMMED);
  assert.equal(third.firstSeen, 'first');
  assert.equal(idx.firstSeenOf('second'), 'first');
  const q = idx.query(COPY);
  assert.deepEqual(q.map((m) => m.id).sort(), ['first', 'second', 'third']);
  assert.equal(q[0]!.id, 'second', 'dedupe: identical text is the best match');
  assert.equal(idx.size, 3);
  assert.deepEqual(idx.query(OTHER), []);
});

test('dedupe: very short texts are left to exact hashing', () => {
  const idx = new NearDupIndex<number>();
  idx.add(1, 'Breaking news: port closed.');
  assert.equal(idx.add(2, 'Breaking news: port closed.').duplicateOf, undefined);
});

test('dedupe: signatures round-trip through bytes and hex, and rebuild an index', () => {
  const sig = minhashSignature(ORIGINAL);
  const bytes = signatureToBytes(sig);
  assert.equal(bytes.length, 512);
  const back = signatureFromBytes(bytes)!;
  assert.equal(back.shingleCount, sig.shingleCount);
  assert.deepEqual([...back.hashes], [...sig.hashes]);
  const hex = signatureToHex(sig);
  assert.equal(hex.length, 1024);
  assert.deepEqual([...signatureFromHex(hex)!.hashes], [...sig.hashes]);
  assert.equal(signatureFromHex('zz'), null);
  assert.equal(signatureFromBytes(new Uint8Array(10)), null);
  const rebuilt = new NearDupIndex<number>();
  rebuilt.addSignature(7, signatureFromHex(hex)!);
  assert.equal(rebuilt.add(8, COPY).duplicateOf, 7);
  assert.equal(minhashSignature(ORIGINAL).hashes.join(), sig.hashes.join(), 'dedupe: deterministic across calls');
});

test('dedupe: shingles ignore punctuation and case', () => {
  assert.deepEqual([...shingleHashes('One, two; THREE four five!')], [...shingleHashes('one two three four five')]);
});

/** Deterministic pseudo-random prose from a fixed vocabulary, so the scale test needs no data files. */
function syntheticStory(seed: number, words: number): string {
  const vocab = ORIGINAL.concat(' ', SAME_TOPIC, ' ', OTHER).toLowerCase().match(/[a-z]+/g)!;
  let s = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.push(vocab[s % vocab.length]!);
  }
  return out.join(' ');
}

test('dedupe: scales linearly and finds planted copies among thousands of stories', () => {
  const idx = new NearDupIndex<number>();
  const N = 3000;
  const t0 = performance.now();
  let falsePositives = 0;
  for (let i = 0; i < N; i++) if (idx.add(i, syntheticStory(i + 1, 300)).duplicateOf !== undefined) falsePositives++;
  const perArticleMs = (performance.now() - t0) / N;
  assert.equal(falsePositives, 0);
  let found = 0;
  for (let i = 0; i < 100; i++) {
    const base = syntheticStory(i * 17 + 1, 300);
    const copy = `Headline ${i} rewritten here\n${base}\nAn extra local paragraph about the story with several more words added.`;
    if (idx.add(N + i, copy).duplicateOf === i * 17) found++;
  }
  assert.equal(found, 100);
  assert.ok(perArticleMs < 5, `dedupe: ${perArticleMs.toFixed(3)} ms per article`);
  console.log(`dedupe: ${N} articles indexed at ${perArticleMs.toFixed(3)} ms each`);
});
