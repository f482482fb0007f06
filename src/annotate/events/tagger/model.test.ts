import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WiretraceError } from '../../../errors.js';
import { ClusterTable } from '../../entities/clusters.js';
import { EVENT_CLASSES, N_EVENT_LABELS, labelOf } from './classes.js';
import { MAX_FEATURES, tokenFeatures, viewTokens, type EventClusterTables } from './features.js';
import { EVENT_MODEL_FILE, deserialiseEventModel, eventModelDir, readEventTagger, serialiseEventModel } from './model.js';
import { EventTagger } from './tagger.js';
import { tokenize } from './tokens.js';

const isModelError = (re: RegExp) => (e: unknown): boolean => e instanceof WiretraceError && e.code === 'E_MODEL' && re.test(e.message);

const empty = new ClusterTable(4, [2], [4], [], new Int32Array(0), new Int32Array(0));
const CLUSTERS: EventClusterTables = { local: empty, glove: empty };
const BITS = 12;

/** A dense model whose only knowledge is that the word feature of `word` means `cls`, with `strength`. */
function oneWordModel(text: string, word: string, cls: string, strength: number): Float32Array {
  const w = new Float32Array((1 << BITS) * N_EVENT_LABELS);
  const toks = tokenize(text);
  const i = toks.findIndex((t) => t.text === word);
  const feats = new Int32Array(MAX_FEATURES);
  tokenFeatures(toks, viewTokens(toks, CLUSTERS), i, new Map(), (1 << BITS) - 1, feats);
  // features[1] is the lowercase word (features[0] the bias every token shares)
  w[feats[1]! * N_EVENT_LABELS + labelOf(cls)] = strength;
  return w;
}

test('events/tagger/model: a model round-trips through its file and decodes by margin', () => {
  const text = 'Rebels said the bridge exploded at dawn; "exploded" again.';
  const dense = oneWordModel(text, 'exploded', 'OCCURRENCE', 2);
  const lexicon = new Map([['explod', 'r6:n3:OCCURRENCE']]);
  const model = deserialiseEventModel(serialiseEventModel(dense, BITS, 0, lexicon, { trainedOn: 'test' }));
  assert.equal(model.bits, BITS);
  assert.deepEqual([...model.lexicon], [...lexicon]);
  // POS features only when the header says the model was trained with them
  assert.equal(model.posFeatures, false);
  assert.equal(model.classFeatures, false);
  const flagged = deserialiseEventModel(serialiseEventModel(dense, BITS, 0, lexicon, { posFeatures: true, classFeatures: true }));
  assert.deepEqual([flagged.posFeatures, flagged.classFeatures], [true, true]);
  const cases: { margin: number; expect: string[] }[] = [
    { margin: 0, expect: ['exploded:OCCURRENCE', 'exploded:OCCURRENCE'] },
    { margin: 1.9, expect: ['exploded:OCCURRENCE', 'exploded:OCCURRENCE'] },
    { margin: 2.1, expect: [] }, // negative: the lead over O is 2
  ];
  const tagger = new EventTagger(model, CLUSTERS);
  for (const c of cases) {
    const got = tagger.tag(text, c.margin);
    assert.deepEqual(got.map((e) => `${e.text}:${e.cls}`), c.expect, `margin ${c.margin}`);
    for (const e of got) assert.equal(text.slice(e.start, e.end), e.text);
  }
  // punctuation is never an event, even with every weight on it
  assert.deepEqual(tagger.tag('" ; .', -100), []);
  // a lazy tagging decides each token as tag() does, in any order asked, and nothing out of range
  for (const c of cases) {
    const lazy = tagger.lazy(text, c.margin);
    const got = [...lazy.tokens.keys()].reverse().map((k) => lazy.at(k)).filter((e) => e !== null).reverse();
    assert.deepEqual(got, tagger.tag(text, c.margin), `lazy, margin ${c.margin}`);
    assert.equal(lazy.at(-1), null);
    assert.equal(lazy.at(lazy.tokens.length), null);
  }
});

test('events/tagger/model: one lazy tagging asked at several margins decides each ask as tag() does at that margin', () => {
  const text = 'Rebels said the bridge exploded at dawn.';
  const dense = oneWordModel(text, 'exploded', 'OCCURRENCE', 2);
  // the class stage points the word at I_ACTION: an ask that finds the event must have run it, whatever came before
  const classDense = new Float32Array((1 << BITS) * EVENT_CLASSES.length);
  classDense[((dense.findIndex((x) => x !== 0) / N_EVENT_LABELS) | 0) * EVENT_CLASSES.length + labelOf('I_ACTION') - 1] = 1;
  const K = EVENT_CLASSES.length;
  // the class's own margin offset: lead 2 beats 0 + 1.5, not 0.6 + 1.5
  const labelMargins = Array.from({ length: K }, (_, y) => (y === labelOf('OCCURRENCE') - 1 ? 1.5 : 0));
  const cases: { name: string; classDense?: Float32Array; header?: Record<string, unknown>; asks: number[] }[] = [
    { name: 'low then high', asks: [0, 2.1, 1.9] },
    // negative: a lead below the first margin asked is still an event at a lower one asked later
    { name: 'high then low', asks: [2.1, 0, 2.1] },
    { name: 'high then low, class stage', classDense, asks: [2.1, -5, 1.9, 2.1] },
    { name: 'low then high, class stage', classDense, asks: [-5, 2.1, 0] },
    { name: 'label margins', header: { labelMargins }, asks: [0.6, 0, 0.6, -1] },
  ];
  for (const c of cases) {
    const tagger = new EventTagger(deserialiseEventModel(serialiseEventModel(dense, BITS, 0, new Map(), c.header ?? {}, 0, c.classDense)), CLUSTERS);
    const lazy = tagger.lazy(text);
    for (const k of lazy.tokens.keys()) {
      for (const m of c.asks) {
        const want = tagger.tag(text, m).find((e) => e.start === lazy.tokens[k]!.start) ?? null;
        assert.deepEqual(lazy.at(k, m), want, `${c.name}: token ${k} at margin ${m}`);
      }
    }
    assert.ok(tagger.tag(text, 0).length === 1, c.name);
  }
});

test('events/tagger/model: a class stage, when the model has one, decides the class but not detection', () => {
  const text = 'Rebels said the bridge exploded at dawn.';
  const dense = oneWordModel(text, 'exploded', 'OCCURRENCE', 2);
  // the class stage's table: the same word feature, pointing at I_ACTION
  const classDense = new Float32Array((1 << BITS) * EVENT_CLASSES.length);
  const rowOf = (dense.findIndex((x) => x !== 0) / N_EVENT_LABELS) | 0;
  classDense[rowOf * EVENT_CLASSES.length + labelOf('I_ACTION') - 1] = 1;
  const cases: { name: string; classDense?: Float32Array; margin: number; expect: string[] }[] = [
    { name: 'detector class', margin: 0, expect: ['exploded:OCCURRENCE'] },
    { name: 'class stage', classDense, margin: 0, expect: ['exploded:I_ACTION'] },
    // negative: the class stage never adds an event the detector rejects
    { name: 'class stage, below margin', classDense, margin: 2.1, expect: [] },
  ];
  for (const c of cases) {
    const model = deserialiseEventModel(serialiseEventModel(dense, BITS, 0, new Map(), {}, 0, c.classDense));
    assert.equal(model.classWeights !== undefined, c.classDense !== undefined, c.name);
    const got = new EventTagger(model, CLUSTERS).tag(text, c.margin);
    assert.deepEqual(got.map((e) => `${e.text}:${e.cls}`), c.expect, c.name);
  }
});

test('events/tagger/model: a format 1 file (no class stage) still loads', () => {
  const text = 'Rebels said the bridge exploded at dawn.';
  const v2 = gunzipSync(serialiseEventModel(oneWordModel(text, 'exploded', 'OCCURRENCE', 2), BITS, 0, new Map(), {}));
  const nl = v2.indexOf(10);
  const { classRows, classScale, ...rest } = JSON.parse(v2.subarray(0, nl).toString('utf8')) as Record<string, unknown>;
  assert.deepEqual([classRows, classScale], [0, 1]);
  const v1 = gzipSync(Buffer.concat([Buffer.from(JSON.stringify({ ...rest, format: 'wiretrace-event-perceptron/1' })), v2.subarray(nl)]));
  const model = deserialiseEventModel(v1);
  assert.equal(model.classWeights, undefined);
  assert.deepEqual(new EventTagger(model, CLUSTERS).tag(text, 0).map((e) => `${e.text}:${e.cls}`), ['exploded:OCCURRENCE']);
});

test('events/tagger/model: corrupt model bytes are E_MODEL', () => {
  const good = serialiseEventModel(new Float32Array((1 << BITS) * N_EVENT_LABELS).fill(0.5), BITS, 0, new Map(), {});
  const cases: { name: string; bytes: Buffer; re: RegExp }[] = [
    { name: 'not gzip', bytes: Buffer.from('plain text'), re: /not gzip/ },
    { name: 'header not JSON', bytes: gzipSync(Buffer.from('{oops\n')), re: /not JSON/ },
    { name: 'other format', bytes: gzipSync(Buffer.from(JSON.stringify({ format: 'wiretrace-ner-perceptron/4', nLabels: 17 }) + '\n')), re: /format/ },
    { name: 'truncated', bytes: gzipSync(gunzipHead(good)), re: /truncated/ },
  ];
  for (const c of cases) assert.throws(() => deserialiseEventModel(c.bytes), isModelError(c.re), c.name);
});

/** A model's header line and a few bytes: its weights cut off. */
function gunzipHead(gz: Buffer): Buffer {
  const raw = gunzipSync(gz);
  return raw.subarray(0, raw.indexOf(10) + 9);
}

test('events/tagger/model: a missing or corrupt model file is E_MODEL naming it; the shipped model loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-events-'));
  try {
    assert.throws(() => readEventTagger(dir), isModelError(/event model missing: .*tagger\.bin\.gz.*train:events/));
    writeFileSync(join(dir, EVENT_MODEL_FILE), 'garbage');
    assert.throws(() => readEventTagger(dir), isModelError(/not gzip/));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const shipped = join(eventModelDir(), EVENT_MODEL_FILE);
  assert.ok(existsSync(shipped), `shipped model at ${shipped}`);
  const tagger = readEventTagger();
  const got = tagger.tag('The earthquake killed 64 people, officials said on Tuesday.');
  assert.ok(got.some((e) => e.text === 'said' && e.cls === 'REPORTING'), JSON.stringify(got));
  assert.ok(got.some((e) => e.text === 'killed'), JSON.stringify(got));
  assert.ok(!got.some((e) => e.text === 'officials' || e.text === 'Tuesday' || e.text === '64'), JSON.stringify(got));
});

test('events/tagger/model: per-class margin offsets and class biases from the header move decisions; malformed ones are E_MODEL', () => {
  const text = 'Rebels said the bridge exploded at dawn.';
  const dense = oneWordModel(text, 'exploded', 'OCCURRENCE', 2);
  const K = EVENT_CLASSES.length;
  const occ = labelOf('OCCURRENCE') - 1;
  const offsets = (x: number): number[] => Array.from({ length: K }, (_, y) => (y === occ ? x : 0));
  const cases: { extra: Record<string, unknown>; expect: string[] }[] = [
    { extra: {}, expect: ['exploded'] },
    { extra: { labelMargins: offsets(1.5) }, expect: ['exploded'] }, // lead 2 still beats 0 + 1.5
    { extra: { labelMargins: offsets(2.5) }, expect: [] }, // negative: not any more
    { extra: { labelMargins: Array.from({ length: K }, (_, y) => (y === occ ? 0 : 5)) }, expect: ['exploded'] }, // other classes' offsets do not apply
  ];
  for (const c of cases) {
    const tagger = new EventTagger(deserialiseEventModel(serialiseEventModel(dense, BITS, 0, new Map(), c.extra)), CLUSTERS);
    assert.deepEqual(tagger.tag(text).map((e) => e.text), c.expect, JSON.stringify(c.extra));
  }
  for (const bad of [{ labelMargins: [1, 2] }, { classBias: Array.from({ length: K }, () => 'x') }]) {
    assert.throws(() => deserialiseEventModel(serialiseEventModel(dense, BITS, 0, new Map(), bad)), isModelError(/must hold/), JSON.stringify(bad));
  }
  // a class stage that knows nothing picks its first class; a bias on another class picks that one
  const classDense = new Float32Array((1 << BITS) * K);
  classDense[0] = 1; // some weight so the table has a scale
  const stage = (bias?: number[]): string[] =>
    new EventTagger(deserialiseEventModel(serialiseEventModel(dense, BITS, 0, new Map(), bias ? { classBias: bias } : {}, 0, classDense)), CLUSTERS).tag(text).map((e) => e.cls);
  const reporting = labelOf('REPORTING') - 1;
  assert.deepEqual(stage(), [EVENT_CLASSES[0]]);
  assert.deepEqual(stage(Array.from({ length: K }, (_, y) => (y === reporting ? 0.5 : 0))), ['REPORTING']);
});
