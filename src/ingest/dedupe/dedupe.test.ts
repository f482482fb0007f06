import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from './content-hash.js';
import { syntheticStory } from '../../bench/corpus.js';
import { openStore } from '../../store/index.js';
import { article } from '../../store/contract/fixtures.js';
import { estimateJaccard, minhashSignature, signatureFromBytes, signatureFromHex, signatureToBytes, signatureToHex, shingleHashes, type MinHashSignature } from './minhash.js';
import { findNearDuplicates, insertWithNearDup, isNearDuplicate, NEAR_DUP_JACCARD, type NearDupMatch } from './near-dup.js';
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

/** A store of its own per test; `add` stores a text the way ingest does and reports its match. */
async function nearDups() {
  const store = await openStore(':memory:');
  let n = 0;
  const add = async (text: string, sig: MinHashSignature = minhashSignature(text)): Promise<{ id: number; match: NearDupMatch | null }> => {
    const { inserted, match } = await insertWithNearDup(store, article({ contentHash: `h${++n}`, text }), [], sig);
    return { id: inserted.id, match };
  };
  return { store, add };
}

test('dedupe: a wire copy with a new headline and extra paragraph is a near-duplicate', async () => {
  const { store, add } = await nearDups();
  assert.equal((await add(ORIGINAL)).match, null);
  const r = (await add(COPY)).match;
  assert.equal(r?.id, 1);
  assert.equal(r?.firstSeen, 1);
  assert.ok(r && r.similarity >= NEAR_DUP_JACCARD, `dedupe: similarity ${r?.similarity}`);
  assert.equal((await store.getArticle(2))?.nearDupOf, 1, 'dedupe: stored as a copy of the first');
  await store.close();
});

test('dedupe: a copy trimmed to its first paragraphs is found by containment', async () => {
  const { store, add } = await nearDups();
  await add(ORIGINAL);
  const r = (await add(TRIMMED)).match;
  assert.equal(r?.id, 1, `dedupe: similarity ${r?.similarity}, containment ${r?.containment}`);
  assert.ok(r && r.containment >= 0.8);
  await store.close();
});

test('dedupe: a different story on the same topic, and an unrelated story, are not duplicates', async () => {
  const { store, add } = await nearDups();
  await add(ORIGINAL);
  await add(COPY);
  const same = await findNearDuplicates(store, minhashSignature(SAME_TOPIC));
  assert.deepEqual(same, [], `dedupe: same-topic ${JSON.stringify(same)}`);
  assert.equal((await add(SAME_TOPIC)).match, null);
  assert.equal((await add(OTHER)).match, null);
  assert.ok(estimateJaccard(minhashSignature(ORIGINAL), minhashSignature(SAME_TOPIC)) < 0.1);
  await store.close();
});

test('dedupe: groups keep the first-seen article; looking up does not add', async () => {
  const { store, add } = await nearDups();
  const first = await add(ORIGINAL);
  const second = await add(COPY);
  const third = await add(TRIMMED);
  assert.equal(third.match?.firstSeen, first.id);
  assert.equal((await store.getArticle(second.id))?.nearDupOf, first.id);
  assert.equal((await store.getArticle(third.id))?.nearDupOf, first.id, 'dedupe: a copy of a copy points at the first');
  const q = await findNearDuplicates(store, minhashSignature(COPY));
  assert.deepEqual(q.map((m) => m.id).sort(), [first.id, second.id, third.id]);
  assert.equal(q[0]!.id, second.id, 'dedupe: identical text is the best match');
  assert.ok(q.every((m) => m.firstSeen === first.id));
  assert.equal(await store.countArticles(), 3);
  assert.deepEqual(await findNearDuplicates(store, minhashSignature(OTHER)), []);
  await store.close();
});

test('dedupe: very short texts are left to exact hashing', async () => {
  const { store, add } = await nearDups();
  await add('Breaking news: port closed.');
  assert.equal((await add('Breaking news: port closed.')).match, null);
  await store.close();
});

test('dedupe: signatures round-trip through bytes and hex, and a stored one is found again', async () => {
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
  const { store, add } = await nearDups();
  const stored = await add(ORIGINAL, signatureFromHex(hex)!);
  assert.equal((await add(COPY)).match?.id, stored.id);
  await store.close();
  assert.equal(minhashSignature(ORIGINAL).hashes.join(), sig.hashes.join(), 'dedupe: deterministic across calls');
});

test('dedupe: shingles ignore punctuation and case', () => {
  assert.deepEqual([...shingleHashes('One, two; THREE four five!')], [...shingleHashes('one two three four five')]);
});

/** The scale test's stories: words of the test texts in a deterministic order, so it needs no data files. */
const VOCAB = ORIGINAL.concat(' ', SAME_TOPIC, ' ', OTHER).toLowerCase().match(/[a-z]+/g)!;

test('dedupe: lookups check a handful of candidates and find planted copies among thousands of stories', async () => {
  const { store, add } = await nearDups();
  // Counts the rows each lookup reads back from the store: the work per article, independent of the machine.
  let read = 0;
  const counting = {
    nearDupCandidates: async (sig: string) => tally(await store.nearDupCandidates(sig)),
    nearDupGroups: async (ids: readonly number[]) => tally(await store.nearDupGroups(ids)),
  };
  const tally = <T extends readonly unknown[]>(rows: T): T => ((read += rows.length), rows);
  const N = 3000;
  const t0 = performance.now();
  let falsePositives = 0;
  for (let i = 0; i < N; i++) {
    const sig = minhashSignature(syntheticStory(VOCAB, i + 1, 300));
    if ((await findNearDuplicates(counting, sig)).length > 0) falsePositives++;
    await store.insertArticle(article({ contentHash: `s${i}`, signature: signatureToHex(sig) }), []);
  }
  const perArticleMs = (performance.now() - t0) / N;
  assert.equal(falsePositives, 0);
  assert.ok(read / N < 1, `dedupe: ${(read / N).toFixed(3)} candidate rows read per unrelated article`);
  let found = 0;
  for (let i = 0; i < 100; i++) {
    const base = syntheticStory(VOCAB, i * 17 + 1, 300);
    const copy = `Headline ${i} rewritten here\n${base}\nAn extra local paragraph about the story with several more words added.`;
    if ((await add(copy)).match?.id === i * 17 + 1) found++;
  }
  assert.equal(found, 100);
  await store.close();
  console.log(`dedupe: ${N} articles looked up and stored at ${perArticleMs.toFixed(3)} ms each, ${(read / N).toFixed(3)} candidate rows read per article`);
});

test('dedupe: re-edited and trimmed wire copies are near-duplicates; independent reports of the same event are not', () => {
  // the wire corpus's dev split: pairs written for the project, with the verdict each should get
  const file = join(import.meta.dirname, '..', '..', '..', 'corpus', 'wire', 'input-containment', 'dev.jsonl');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; note: string; expect: { copy: string; nearDup: boolean } });
  assert.ok(rows.some((r) => !r.expect.nearDup) && rows.some((r) => r.expect.nearDup));
  for (const r of rows) {
    const v = isNearDuplicate(minhashSignature(r.text), minhashSignature(r.expect.copy));
    assert.equal(v.duplicate, r.expect.nearDup, `${r.id} (${r.note}): similarity ${v.similarity}, containment ${v.containment}`);
  }
});
