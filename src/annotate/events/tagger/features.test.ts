import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterTable } from '../../entities/clusters.js';
import { MAX_FEATURES, stem, tokenFeatures, viewTokens, type EventClusterTables } from './features.js';
import { tokenize } from './tokens.js';

const table = (words: string[]): ClusterTable =>
  new ClusterTable(4, [2, 4], [8], words, Int32Array.from(words.map((_, i) => i)), Int32Array.from(words.map((_, i) => i % 8)));
const CLUSTERS: EventClusterTables = { local: table(['attack', 'Attack']), glove: table(['attack', 'the', 'to']) };

function features(text: string, word: string, lexicon = new Map<string, string>(), bits = 16): Set<number> {
  const toks = tokenize(text);
  const i = toks.findIndex((t) => t.text === word);
  const out = new Int32Array(MAX_FEATURES);
  const n = tokenFeatures(toks, viewTokens(toks, CLUSTERS), i, CLUSTERS, lexicon, (1 << bits) - 1, out);
  assert.ok(n > 10 && n <= MAX_FEATURES, `feature count ${n}`);
  for (const f of out.subarray(0, n)) assert.ok(f >= 0 && f < 1 << bits, 'feature inside the table');
  return new Set(out.subarray(0, n));
}

test('events/tagger/features: stem strips inflection and leaves short or uninflected words alone', () => {
  const cases: [string, string][] = [
    ['attacked', 'attack'], ['attacks', 'attack'], ['attacking', 'attack'], ['stopped', 'stop'], ['planning', 'plan'],
    ['carried', 'carry'], ['studies', 'study'], ['pushes', 'push'], ['falling', 'fall'],
    // negatives: no change
    ['crisis', 'crisis'], ['status', 'status'], ['loss', 'loss'], ['was', 'was'], ['sing', 'sing'],
  ];
  for (const [w, s] of cases) assert.equal(stem(w), s, w);
});

test('events/tagger/features: the same token in the same context hashes the same; context changes features', () => {
  const a = features('They vowed to attack the town.', 'attack');
  assert.deepEqual(features('They vowed to attack the town.', 'attack'), a);
  const b = features('They condemned the attack on the town.', 'attack');
  assert.notDeepEqual(b, a);
  // the word's own features are common to both contexts
  const common = [...a].filter((f) => b.has(f)).length;
  assert.ok(common >= 8, `common ${common}`);
  // the lexicon adds a feature the unseen word lacks
  const withLex = features('They vowed to attack the town.', 'attack', new Map([['attack', 'r6:n4:OCCURRENCE']]));
  assert.notDeepEqual(withLex, a);
});
