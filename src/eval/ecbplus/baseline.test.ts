import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WiretraceError } from '../../errors.js';
import { cosine, cutDendrogram, dendrogram, headLemma, lemma, sameLemmaLinker, tfidfClusterer, tfidfVectors, words, type Linkage } from './baseline.js';

const LEMMAS: readonly [string, string][] = [
  ['arrested', 'arrest'],
  ['arrests', 'arrest'],
  ['killing', 'kill'],
  ['earthquakes', 'earthquake'],
  ['struck', 'strike'],
  ['said', 'say'],
  ['quake', 'quake'],
  ['skerry', 'skerry'], // unknown to WordNet: itself
];

for (const [w, l] of LEMMAS) test(`baseline lemma: ${w} -> ${l}`, () => assert.equal(lemma(w), l));

const HEADS: readonly [string, string][] = [
  ['was arrested', 'arrest'],
  ['checked into', 'check'],
  ['leaving 40 people dead', 'leave'],
  ['The Earthquakes', 'earthquake'],
  ['has been', 'have'], // only function words: the first word's lemma
  ['', ''],
];

for (const [m, l] of HEADS) test(`baseline headLemma: "${m}" -> "${l}"`, () => assert.equal(headLemma(m), l));

test('baseline words: lower-cased, inner apostrophes, dots and hyphens kept, punctuation dropped', () => {
  assert.deepEqual(words("U.S. oil-rich state's 12:41, \"Yes\"!"), ['u.s', 'oil-rich', "state's", '12', '41', 'yes']);
});

test('baseline tfidf: unit vectors; function words and terms in every text carry no weight', () => {
  const v = tfidfVectors(['the ferry halted', 'the ferry sailed', 'the storm']);
  for (const x of v) {
    const norm = Math.sqrt([...x.values()].reduce((s, w) => s + w * w, 0));
    assert.ok(Math.abs(norm - 1) < 1e-9);
  }
  assert.equal(v[0]!.has('the'), false);
  assert.ok(v[0]!.has('halt') && v[0]!.has('ferry'));
  assert.ok(Math.abs(cosine(v[0]!, v[0]!) - 1) < 1e-9);
  assert.equal(cosine(v[0]!, v[2]!), 0);
});

// Similarities of four items: 0-1 close, 2-3 close, 1-2 a weak bridge.
const SIM = Float64Array.from([
  [1, 0.9, 0.1, 0.0],
  [0.9, 1, 0.5, 0.2],
  [0.1, 0.5, 1, 0.8],
  [0.0, 0.2, 0.8, 1],
].flat());

const CUTS: readonly { linkage: Linkage; threshold: number; labels: number[]; lastMerge: number }[] = [
  // Merges: 0+1 at 0.9, 2+3 at 0.8; then {0,1} vs {2,3}: single max = 0.5, average (0.1+0+0.5+0.2)/4 = 0.2, complete 0.
  { linkage: 'single', threshold: 0.5, labels: [0, 0, 0, 0], lastMerge: 0.5 },
  { linkage: 'average', threshold: 0.5, labels: [0, 0, 2, 2], lastMerge: 0.2 },
  { linkage: 'average', threshold: 0.2, labels: [0, 0, 0, 0], lastMerge: 0.2 },
  { linkage: 'complete', threshold: 0.01, labels: [0, 0, 2, 2], lastMerge: 0 },
  { linkage: 'complete', threshold: 0.85, labels: [0, 0, 2, 3], lastMerge: 0 },
];

for (const c of CUTS) {
  test(`baseline dendrogram: ${c.linkage} cut at ${c.threshold}`, () => {
    const merges = dendrogram(SIM, 4, c.linkage);
    assert.equal(merges.length, 3);
    assert.ok(Math.abs(merges[2]!.similarity - c.lastMerge) < 1e-12);
    for (let i = 1; i < merges.length; i++) assert.ok(merges[i]!.similarity <= merges[i - 1]!.similarity, 'similarities never increase');
    assert.deepEqual(cutDendrogram(4, merges, c.threshold), c.labels);
  });
}

test('baseline dendrogram: a matrix of the wrong size is refused; one item has no merges', () => {
  assert.throws(() => dendrogram(new Float64Array(3), 2, 'average'), WiretraceError);
  assert.deepEqual(dendrogram(Float64Array.from([1]), 1, 'average'), []);
  assert.deepEqual(cutDendrogram(1, [], 0.5), [0]);
});

const REPORTS = [
  { id: 'a', text: 'The ferry to Skerry Island halted after the council ordered repairs to the Skerry pier.' },
  { id: 'b', text: 'Skerry Island ferry service halted; the council says the Skerry pier needs repairs.' },
  { id: 'c', text: 'A storm in Portmore harbour halted the Portmore ferry and flooded the harbour road.' },
  { id: 'd', text: 'Portmore harbour flooded as the storm halted the ferry and closed the harbour road.' },
];

test('baseline tfidfClusterer: reports about two different halts fall into two stories', () => {
  const out = tfidfClusterer({ linkage: 'average', threshold: 0.2 }).cluster(REPORTS);
  assert.deepEqual(
    out.map((a) => a.cluster),
    ['story:a', 'story:a', 'story:c', 'story:c'],
  );
});

test('baseline sameLemmaLinker: same head lemma within a story links; across stories it does not', () => {
  const stories = [
    { item: 'a', cluster: 's1' },
    { item: 'b', cluster: 's1' },
    { item: 'c', cluster: 's2' },
  ];
  const at = (id: string, report: string, word: string) => {
    const text = REPORTS.find((r) => r.id === report)!.text;
    const start = text.indexOf(word);
    assert.ok(start >= 0, word);
    return { id, report, start, end: start + word.length };
  };
  const links = sameLemmaLinker.link(REPORTS.slice(0, 3), [at('m1', 'a', 'halted'), at('m2', 'b', 'halted'), at('m3', 'c', 'halted'), at('m4', 'a', 'ordered')], stories);
  const c = new Map(links.map((l) => [l.item, l.cluster]));
  assert.equal(c.get('m1'), c.get('m2'));
  assert.notEqual(c.get('m1'), c.get('m3'));
  assert.notEqual(c.get('m1'), c.get('m4'));
  assert.throws(() => sameLemmaLinker.link(REPORTS, [at('m5', 'd', 'storm')], stories), WiretraceError);
});
