import assert from 'node:assert/strict';
import { test } from 'node:test';
import { N_EVENT_LABELS } from './classes.js';
import { MAX_FEATURES, tokenFeatures, viewTokens } from './features.js';
import { loadEventTagger } from './model.js';
import { decide, isWordy } from './tagger.js';
import { tokenize } from './tokens.js';

const TEXTS = [
  'Rebels said the bridge exploded at dawn, and the army said it would rebuild the bridge.',
  'Exports rose 7.2% in March; four miners were trapped after the collapse.',
  'The talks, which began on Monday, collapsed when the talks moved to Geneva.',
];

/** Every wordy token's lead over O, summing every feature row afresh (no per-word sums kept). */
function freshLeads(text: string): number[] {
  const tagger = loadEventTagger();
  const { weights, lexicon, bits } = tagger.model;
  const tokens = tokenize(text);
  const view = viewTokens(tokens, tagger.clusters);
  const feats = new Int32Array(MAX_FEATURES);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordy(tokens[i]!.text)) continue;
    const n = tokenFeatures(tokens, view, i, lexicon, (1 << bits) - 1, feats);
    const s = new Float64Array(N_EVENT_LABELS);
    for (let k = 0; k < n; k++) {
      const b = weights.lookup(feats[k]! * N_EVENT_LABELS);
      if (b < 0) continue;
      for (let y = 0; y < N_EVENT_LABELS; y++) s[y]! += weights.table[b + y]!;
    }
    out.push(decide(s).lead * weights.scale);
  }
  return out;
}

test('events/tagger: the per-word sums of a word\'s own rows give every token the margin a full sum gives, on first and later sight', () => {
  const tagger = loadEventTagger();
  for (let round = 0; round < 2; round++) {
    for (const text of TEXTS) {
      const got = tagger.tag(text, -Infinity).map((e) => e.margin);
      assert.deepEqual(got, freshLeads(text), `round ${round}: ${text}`);
    }
  }
});

test('events/tagger: the comparison can fail: another text\'s margins differ (negative)', () => {
  const tagger = loadEventTagger();
  assert.notDeepEqual(tagger.tag(TEXTS[0]!, -Infinity).map((e) => e.margin), freshLeads(TEXTS[2]!));
});
