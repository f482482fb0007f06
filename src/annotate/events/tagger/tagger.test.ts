import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EVENT_CLASSES, N_EVENT_LABELS, classOf } from './classes.js';
import { MAX_CLASS_FEATURES, MAX_FEATURES, classFeatures, tokenFeatures, viewTokens } from './features.js';
import { loadEventTagger } from './model.js';
import { decide, isWordy } from './tagger.js';
import { tokenize } from './tokens.js';

const TEXTS = [
  'Rebels said the bridge exploded at dawn, and the army said it would rebuild the bridge.',
  'Exports rose 7.2% in March; four miners were trapped after the collapse.',
  'The talks, which began on Monday, collapsed when the talks moved to Geneva.',
  // a text of one word, and words at both ends and beside sentence breaks
  'Resigned.',
  'Talks collapsed. Strikes spread; "Protests will grow," they said, and they did.',
];

/** Every wordy token's lead over O and its class, summing every feature row afresh (no per-word sums kept). */
function freshLeads(text: string): string[] {
  const tagger = loadEventTagger();
  const { weights, lexicon, bits, classWeights } = tagger.model;
  const tokens = tokenize(text);
  const view = viewTokens(tokens, tagger.clusters);
  const feats = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES);
  const mask = (1 << bits) - 1;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordy(tokens[i]!.text)) continue;
    const n = tokenFeatures(tokens, view, i, lexicon, mask, feats);
    const s = new Float64Array(N_EVENT_LABELS);
    for (let k = 0; k < n; k++) {
      const b = weights.lookup(feats[k]! * N_EVENT_LABELS);
      if (b < 0) continue;
      for (let y = 0; y < N_EVENT_LABELS; y++) s[y]! += weights.table[b + y]!;
    }
    const { label, lead } = decide(s);
    let cls = label;
    if (classWeights) {
      const cn = tagger.model.classFeatures ? n + classFeatures(tokens, view, i, lexicon, mask, feats, n) : n;
      const L = EVENT_CLASSES.length;
      const c = new Float64Array(L);
      for (let k = 0; k < cn; k++) {
        const b = classWeights.lookup(feats[k]! * L);
        if (b < 0) continue;
        for (let y = 0; y < L; y++) c[y]! += classWeights.table[b + y]!;
      }
      cls = 1;
      for (let y = 1; y < L; y++) if (c[y]! > c[cls - 1]!) cls = y + 1;
    }
    out.push(`${lead * weights.scale}:${classOf(cls)}`);
  }
  return out;
}

test('events/tagger: the per-word sums of a word\'s own rows (detector and class stage, own features made on first need) give every token the margin and class a full sum gives, on first and later sight', () => {
  const tagger = loadEventTagger();
  for (let round = 0; round < 2; round++) {
    for (const text of TEXTS) {
      const got = tagger.tag(text, -Infinity).map((e) => `${e.margin}:${e.cls}`);
      assert.deepEqual(got, freshLeads(text), `round ${round}: ${text}`);
    }
  }
});

test('events/tagger: the comparison can fail: another text\'s margins differ (negative)', () => {
  const tagger = loadEventTagger();
  assert.notDeepEqual(tagger.tag(TEXTS[0]!, -Infinity).map((e) => `${e.margin}:${e.cls}`), freshLeads(TEXTS[2]!));
});
