import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';
import { deserialisePosModel, loadPosTagger, serialisePosModel } from './model.js';
import { POS_MAX_FEATURES, posFeatures, posLower, posShape } from './tagger.js';

const isModelError = (e: unknown): boolean => e instanceof WiretraceError && e.code === 'E_MODEL';

test('pos/tagger: posShape flags capitals, all caps, digits and hyphens', () => {
  const cases: [string, string][] = [
    ['Reuters', 'C'], ['NATO', 'A'], ['said', 'c'], ['1,200', 'pd'], ['cease-fire', 'ch'], ['F-16', 'Adh'], ['Al-Qaeda', 'Ch'],
    // negatives: one capital letter is not all caps; punctuation has no letter flag
    ['I', 'C'], [',', 'p'],
  ];
  for (const [w, s] of cases) assert.equal(posShape(w), s, w);
});

test('pos/tagger: features are deterministic, inside the table, and read the previous tags', () => {
  const words = ['They', 'vowed', 'to', 'attack', '.'];
  const lower = posLower(words);
  const shapes = words.map(posShape);
  const mask = (1 << 12) - 1;
  const feats = (i: number, p1: number, p2: number): number[] => {
    const out = new Int32Array(POS_MAX_FEATURES);
    const n = posFeatures(lower, shapes, i, p1, p2, mask, out);
    assert.ok(n > 10 && n <= POS_MAX_FEATURES, `count ${n}`);
    for (const f of out.subarray(0, n)) assert.ok(f >= 0 && f <= mask);
    return Array.from(out.subarray(0, n));
  };
  assert.deepEqual(feats(3, 5, 7), feats(3, 5, 7));
  assert.notDeepEqual(feats(3, 5, 7), feats(3, 6, 7)); // another previous tag, other features
  assert.notDeepEqual(feats(3, 5, 7), feats(2, 5, 7)); // negative: another token
  assert.deepEqual(posLower(['Don’t']), ["don't"]);
});

test('pos/model: a model round-trips through its file; a corrupt or foreign file is E_MODEL', () => {
  const tags = ['NN', 'VB'];
  const bits = 10;
  const dense = new Float32Array((1 << bits) * tags.length);
  // only the bias row knows anything: every token is VB
  const out = new Int32Array(POS_MAX_FEATURES);
  posFeatures(['x'], ['c'], 0, -1, -1, (1 << bits) - 1, out);
  dense[out[0]! * tags.length + 1] = 3;
  dense[out[1]! * tags.length + 0] = 0.2; // pruned away below
  const tagger = deserialisePosModel(serialisePosModel(dense, bits, tags, { trainedOn: 'test' }, 0.5));
  assert.deepEqual(tagger.tag(['run', 'fast']), ['VB', 'VB']);
  assert.equal(tagger.model.weights.rows, 1);
  assert.throws(() => deserialisePosModel(Buffer.from('not gzip')), isModelError);
  assert.throws(() => deserialisePosModel(gzipSync('{"format":"other","tags":["A","B"]}\n')), isModelError);
  assert.throws(() => deserialisePosModel(gzipSync('{"format":"wiretrace-pos-perceptron/1","bits":10,"tags":["A","B"],"scale":1,"rows":3}\n')), isModelError);
});

test('pos/model: the shipped tagger tells verbs from nouns by context', () => {
  const tagger = loadPosTagger();
  const cases: { words: string; at: number; tag: RegExp }[] = [
    { words: 'They vowed to attack the town .', at: 3, tag: /^VB$/ },
    { words: 'They condemned the attack on the town .', at: 3, tag: /^NN$/ },
    { words: 'Police said the suspect was arrested on Monday .', at: 1, tag: /^VBD$/ },
    { words: 'Police said the suspect was arrested on Monday .', at: 5, tag: /^VBN$/ },
    { words: 'Prices rose 3 % as demand kept rising .', at: 1, tag: /^VBD$/ },
    { words: 'Prices rose 3 % as demand kept rising .', at: 7, tag: /^VBG$/ },
    // negatives: not a verb
    { words: 'A rose is a flower .', at: 1, tag: /^NN/ },
    { words: 'The talks will resume .', at: 1, tag: /^NNS$/ },
  ];
  for (const c of cases) {
    const got = tagger.tag(c.words.split(' '))[c.at]!;
    assert.match(got, c.tag, `${c.words} @${c.at}: ${got}`);
  }
});
