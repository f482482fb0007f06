import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterTable } from '../../entities/clusters.js';
import { MAX_CLASS_FEATURES, MAX_FEATURES, WordCache, classFeatures, ownOf, stem, tokenFeatures, viewTokens, windowedView, type EventClusterTables } from './features.js';
import { loadPosTagger } from '../../pos/model.js';
import { loadSenseTable } from './senses.js';
import { tokenize } from './tokens.js';

const table = (words: string[]): ClusterTable =>
  new ClusterTable(4, [2, 4], [8], words, Int32Array.from(words.map((_, i) => i)), Int32Array.from(words.map((_, i) => i % 8)));
const CLUSTERS: EventClusterTables = { local: table(['attack', 'Attack']), glove: table(['attack', 'the', 'to']) };

function features(text: string, word: string, lexicon = new Map<string, string>(), bits = 16): Set<number> {
  const toks = tokenize(text);
  const i = toks.findIndex((t) => t.text === word);
  const out = new Int32Array(MAX_FEATURES);
  const n = tokenFeatures(toks, viewTokens(toks, CLUSTERS), i, lexicon, (1 << bits) - 1, out);
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

test('events/tagger/features: a POS tagger adds tag features, which follow the predicted tag', () => {
  const pos = loadPosTagger();
  const withPos: EventClusterTables = { ...CLUSTERS, pos };
  const feats = (text: string, word: string, c: EventClusterTables): Int32Array => {
    const toks = tokenize(text);
    const i = toks.findIndex((t) => t.text === word);
    const out = new Int32Array(MAX_FEATURES);
    return out.subarray(0, tokenFeatures(toks, viewTokens(toks, c), i, new Map(), (1 << 16) - 1, out));
  };
  const cases: { text: string; word: string; tag: string }[] = [
    { text: 'They vowed to attack the town.', word: 'attack', tag: 'VB' },
    { text: 'They condemned the attack on the town.', word: 'attack', tag: 'NN' },
  ];
  for (const c of cases) {
    const toks = tokenize(c.text);
    assert.equal(viewTokens(toks, withPos).pos?.(toks.findIndex((t) => t.text === c.word)), c.tag, c.text);
    const plain = feats(c.text, c.word, CLUSTERS);
    const tagged = feats(c.text, c.word, withPos);
    assert.equal(tagged.length, plain.length + 7, c.text);
    assert.deepEqual(Array.from(tagged.subarray(0, plain.length)), Array.from(plain), 'the other features are unchanged');
  }
  // negative: without a tagger the view has no tags
  assert.equal(viewTokens(tokenize('They attacked.'), CLUSTERS).pos, undefined);
});

test('events/tagger/features: POS tags are per sentence, the same whichever token is asked first', () => {
  const withPos: EventClusterTables = { ...CLUSTERS, pos: loadPosTagger() };
  const cases: { text: string; alone: string }[] = [
    { text: 'The talks collapsed. They vowed to attack the town.', alone: 'They vowed to attack the town.' },
    { text: 'Is it over? They condemned the attack on the town!', alone: 'They condemned the attack on the town!' },
  ];
  for (const c of cases) {
    const toks = tokenize(c.text);
    const forward = viewTokens(toks, withPos).pos!;
    const fromEnd = viewTokens(toks, withPos).pos!;
    const backward = toks.map((_, k) => fromEnd(toks.length - 1 - k)).reverse();
    assert.deepEqual(toks.map((_, k) => forward(k)), backward, c.text);
    // the second sentence is tagged as it would be on its own
    const alone = tokenize(c.alone);
    const aloneTags = viewTokens(alone, withPos).pos!;
    const offset = toks.length - alone.length;
    assert.deepEqual(alone.map((_, k) => forward(offset + k)), alone.map((_, k) => aloneTags(k)), c.alone);
  }
  // negative: a text without sentence ends is one sentence, tagged whole
  const run = tokenize('they vowed to attack the town');
  assert.equal(viewTokens(run, withPos).pos!(3), 'VB');
});

test('events/tagger/features: class-stage features read the verb group, the governing verb and the complement', () => {
  const withPos: EventClusterTables = { ...CLUSTERS, pos: loadPosTagger() };
  const cfeats = (text: string, word: string, c = withPos): number[] => {
    const toks = tokenize(text);
    const i = toks.findIndex((t) => t.text === word);
    const out = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES).fill(-1);
    const n = classFeatures(toks, viewTokens(toks, c), i, new Map(), (1 << 16) - 1, out, 5);
    assert.ok(n <= MAX_CLASS_FEATURES, `count ${n}`);
    assert.equal(out[4], -1, 'writes only from the offset given');
    return Array.from(out.subarray(5, 5 + n));
  };
  const cases: { a: [string, string]; b: [string, string]; same: boolean; why: string }[] = [
    { a: ['He has been charged with murder.', 'charged'], b: ['He charged with murder.', 'charged'], same: false, why: 'verb group differs' },
    { a: ['They began the attack at dawn.', 'attack'], b: ['They ended the attack at dawn.', 'attack'], same: false, why: 'governing verb differs' },
    { a: ['The court ruled that he lied.', 'ruled'], b: ['The court ruled and he lied.', 'ruled'], same: false, why: 'complement opener' },
    // negative: words outside the clause and the window do not matter
    { a: ['Yesterday, they began the attack.', 'attack'], b: ['Today, they began the attack.', 'attack'], same: true, why: 'same clause' },
  ];
  for (const c of cases) {
    const a = cfeats(c.a[0], c.a[1]);
    const b = cfeats(c.b[0], c.b[1]);
    assert.equal(JSON.stringify(a) === JSON.stringify(b), c.same, c.why);
  }
  // negative: no POS tagger, no class features
  assert.deepEqual(cfeats('He has been charged with murder.', 'charged', CLUSTERS), []);
});

test('events/tagger/features: a word cache kept across texts gives the features a fresh view gives', () => {
  const cache = new WordCache(CLUSTERS, 4); // a small cap: it starts over mid-way
  const texts = ['They vowed to attack the town.', 'The attack on the town failed; they attacked again.', '“Attack!” he said.'];
  for (const text of texts) {
    const toks = tokenize(text);
    const fresh = viewTokens(toks, CLUSTERS);
    const cached = viewTokens(toks, CLUSTERS, cache);
    const lex = new Map([['attack', 'r6:n4:OCCURRENCE']]);
    for (let i = 0; i < toks.length; i++) {
      const a = new Int32Array(MAX_FEATURES);
      const b = new Int32Array(MAX_FEATURES);
      const na = tokenFeatures(toks, fresh, i, lex, (1 << 16) - 1, a);
      assert.deepEqual(Array.from(b.subarray(0, tokenFeatures(toks, cached, i, lex, (1 << 16) - 1, b))), Array.from(a.subarray(0, na)), `${text} @${i}`);
    }
  }
  // negative: one word's info is not another's, and case is kept apart (the local clusters are cased)
  const c = new WordCache(CLUSTERS);
  assert.notDeepEqual(ownOf(c.get('attack')), ownOf(c.get('attacks')));
  assert.notDeepEqual(ownOf(c.get('Attack')), ownOf(c.get('attack')));
  assert.equal(c.get('Attack').lower, 'attack');
});

test('events/tagger/features: a sense table adds supersense features, common to words of one supersense', () => {
  const withSenses: EventClusterTables = { ...CLUSTERS, senses: loadSenseTable() };
  const own = (word: string, c: EventClusterTables): Set<number> => {
    const toks = tokenize(`They reported the ${word} yesterday.`);
    const out = new Int32Array(MAX_FEATURES);
    return new Set(out.subarray(0, tokenFeatures(toks, viewTokens(toks, c), 3, new Map(), (1 << 16) - 1, out)));
  };
  // a word shares more sense features with one of its supersense than with one of another
  const cases: { a: string; like: string; unlike: string }[] = [
    { a: 'earthquake', like: 'explosion', unlike: 'committee' }, // noun.event against noun.group
    { a: 'turmoil', like: 'unrest', unlike: 'xqzv' }, // noun.state against an unknown word
  ];
  for (const c of cases) {
    const plainA = own(c.a, CLUSTERS);
    const a = own(c.a, withSenses);
    assert.ok(a.size > plainA.size, `${c.a}: sense features added`);
    const extraA = [...a].filter((f) => !plainA.has(f));
    const overlap = (w: string): number => { const b = own(w, withSenses); return extraA.filter((f) => b.has(f)).length; };
    assert.ok(overlap(c.like) > overlap(c.unlike), `${c.a}: ${overlap(c.like)} in common with ${c.like}, ${overlap(c.unlike)} with ${c.unlike}`);
  }
});

test('events/tagger/features: class features read supersenses when given them, and nothing without POS or senses', () => {
  const cls = (x: readonly [string, string], c: EventClusterTables): Set<number> => classFeatureSet(x, c, new Map());
  const withSenses: EventClusterTables = { ...CLUSTERS, classSenses: loadSenseTable() };
  assert.equal(cls(['Officials said the town fell.', 'said'], CLUSTERS).size, 0, 'no POS, no senses: none');
  const cases: { a: [string, string]; like: [string, string]; unlike: [string, string] }[] = [
    { a: ['Officials said the town fell.', 'said'], like: ['Officials told reporters the town fell.', 'told'], unlike: ['Officials saw the town fall.', 'saw'] },
    { a: ['Witnesses saw the blast.', 'saw'], like: ['Witnesses heard the blast.', 'heard'], unlike: ['Witnesses fled the blast.', 'fled'] },
  ];
  assertCloser(cases, (x) => cls(x, withSenses));
});

/** The class-stage features of `word` in `text`. */
function classFeatureSet([text, word]: readonly [string, string], c: EventClusterTables, lex: ReadonlyMap<string, string>): Set<number> {
  const toks = tokenize(text);
  const out = new Int32Array(MAX_CLASS_FEATURES);
  const n = classFeatures(toks, viewTokens(toks, c), toks.findIndex((t) => t.text === word), lex, (1 << 16) - 1, out, 0);
  return new Set(out.subarray(0, n));
}

/** Each case's token shares more class features with `like` than with `unlike` (and has some). */
function assertCloser(cases: readonly { a: [string, string]; like: [string, string]; unlike: [string, string] }[], feats: (x: [string, string]) => Set<number>): void {
  for (const c of cases) {
    const a = feats(c.a);
    assert.ok(a.size > 0, c.a[0]);
    const overlap = (x: [string, string]): number => [...feats(x)].filter((f) => a.has(f)).length;
    assert.ok(overlap(c.like) > overlap(c.unlike), `${c.a[0]} (${c.a[1]}): ${overlap(c.like)} in common with ${c.like[0]}, ${overlap(c.unlike)} with ${c.unlike[0]}`);
  }
}

test('events/tagger/features: tagger-free class cues read the verb group, a governing event and the preposition, only when asked', () => {
  const withCues: EventClusterTables = { ...CLUSTERS, classCues: true };
  const lex = new Map([['order', 'r5:n4:I_ACTION'], ['said', 'r6:n4:REPORTING'], ['attack', 'r6:n4:OCCURRENCE']]);
  const cls = (x: readonly [string, string], c: EventClusterTables): Set<number> => classFeatureSet(x, c, lex);
  // negative: a model without cues (and without POS or senses) reads none
  assert.equal(cls(['He has been charged.', 'charged'], CLUSTERS).size, 0);
  // each case shares more cue features with `like` (same verb group, governor class or preposition) than with `unlike`
  const cases: { a: [string, string]; like: [string, string]; unlike: [string, string] }[] = [
    { a: ['He has been charged.', 'charged'], like: ['She has been accused.', 'accused'], unlike: ['The charges were dropped.', 'charges'] },
    { a: ['They order troops to withdraw.', 'withdraw'], like: ['They order police to withdraw.', 'withdraw'], unlike: ['They attack troops to withdraw.', 'withdraw'] },
    { a: ['Damage from the storm.', 'storm'], like: ['Damage from a storm.', 'storm'], unlike: ['Damage from big storm.', 'storm'] },
  ];
  assertCloser(cases, (x) => cls(x, withCues));
});

test('events/tagger/features: a windowed view gives each ensured token the features and class cues a whole view gives', () => {
  const lex = new Map([['attack', 'r6:n4:OCCURRENCE'], ['order', 'r5:n3:I_ACTION']]);
  const cases: { name: string; clusters: EventClusterTables }[] = [
    { name: 'plain', clusters: CLUSTERS },
    { name: 'class cues', clusters: { ...CLUSTERS, classCues: true } },
  ];
  const texts = ['They ordered the troops to attack the town at dawn on Monday, officials said.', 'Attack!', 'the attack'];
  for (const c of cases) {
    for (const text of texts) {
      const toks = tokenize(text);
      const whole = viewTokens(toks, c.clusters);
      // tokens asked from the end, as a caller may ask in any order
      const { view, ensure } = windowedView(toks, c.clusters, new WordCache(c.clusters));
      for (let i = toks.length - 1; i >= 0; i--) {
        ensure(i);
        const a = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES);
        const b = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES);
        const na = tokenFeatures(toks, whole, i, lex, (1 << 16) - 1, a);
        const nb = tokenFeatures(toks, view, i, lex, (1 << 16) - 1, b);
        const ca = classFeatures(toks, whole, i, lex, (1 << 16) - 1, a, na);
        const cb = classFeatures(toks, view, i, lex, (1 << 16) - 1, b, nb);
        assert.deepEqual(Array.from(b.subarray(0, nb + cb)), Array.from(a.subarray(0, na + ca)), `${c.name}: ${text} @${i}`);
      }
    }
  }
  // negative: a word no decision asked about is not looked up; the window reaches back six words with class cues, three without
  const toks = tokenize('one two three four five six seven eight nine ten eleven twelve');
  const { view, ensure } = windowedView(toks, CLUSTERS, new WordCache(CLUSTERS));
  ensure(11);
  assert.equal(view.words[0], undefined);
  assert.equal(view.words[7], undefined);
  assert.equal(view.words[8]?.lower, 'nine');
  const cued = { ...CLUSTERS, classCues: true };
  const w = windowedView(toks, cued, new WordCache(cued));
  w.ensure(11);
  assert.equal(w.view.words[4], undefined);
  assert.equal(w.view.words[5]?.lower, 'six');
});

