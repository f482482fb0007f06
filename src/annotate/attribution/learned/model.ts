/**
 * The committed cue detector: `models/attribution/cue.tsv.gz`, a JSON header line (format, the threshold for
 * words outside the lexicon, the one for weak lexicon forms and the veto, all chosen on PolNeAR dev, the words it
 * was trained to judge) then one `feature<TAB>weight` line per kept weight of an averaged perceptron trained on
 * PolNeAR train (train/attribution/train.ts). Loaded once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../../../errors.js';
import { packageRoot } from '../../../service/package-root.js';
import type { TokenView } from '../../text/token-view.js';
import { cueFeatures, isDetectorCandidate, visitCueFeatures } from './features.js';

export const CUE_MODEL_FORMAT = 'wiretrace-attribution-cue/1';
export const CUE_MODEL_FILE = 'cue.tsv.gz';

export interface CueModel {
  /** A word outside the lexicon is a cue when its score is above this. */
  readonly threshold: number;
  /**
   * A weak lexicon form ("plans", "support", "wants") that the structure tests would drop reports when its score is
   * above this. Lower than `threshold`: the lexicon already says the word can report, the detector only reads whether
   * it does here (absent from the header: the threshold).
   */
  readonly weakThreshold: number;
  /** A strong lexicon form ("said", "called") is no cue when its score is below this (-Infinity: never vetoed). */
  readonly veto: number;
  /** The words the detector judges: those PolNeAR train marks in a cue at least twice. */
  readonly vocabulary: readonly string[];
  readonly weights: ReadonlyMap<string, number>;
}

/** models/attribution of the installed package (from src/ or dist/src/), or WIRETRACE_ATTRIBUTION_MODEL. */
export function cueModelDir(): string {
  if (process.env['WIRETRACE_ATTRIBUTION_MODEL']) return resolve(process.env['WIRETRACE_ATTRIBUTION_MODEL']);
  return join(packageRoot(), 'models', 'attribution');
}

export function parseCueModel(text: string): CueModel {
  const lines = text.split('\n');
  let header: { format?: unknown; threshold?: unknown; weakThreshold?: unknown; veto?: unknown; vocabulary?: unknown };
  try {
    header = JSON.parse(lines[0] ?? '') as typeof header;
  } catch {
    throw new WiretraceError('E_MODEL', 'attribution cue model: the header line is not JSON');
  }
  if (header.format !== CUE_MODEL_FORMAT || typeof header.threshold !== 'number' || !Array.isArray(header.vocabulary)) {
    throw new WiretraceError('E_MODEL', `attribution cue model: expected format ${CUE_MODEL_FORMAT} with a threshold and a vocabulary`);
  }
  const weights = new Map<string, number>();
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line) continue;
    const tab = line.lastIndexOf('\t');
    const w = Number(line.slice(tab + 1));
    if (tab < 0 || !Number.isFinite(w)) throw new WiretraceError('E_MODEL', `attribution cue model: bad weight line ${k + 1}`);
    weights.set(line.slice(0, tab), w);
  }
  const veto = typeof header.veto === 'number' ? header.veto : -Infinity;
  const weakThreshold = typeof header.weakThreshold === 'number' ? header.weakThreshold : header.threshold;
  return { threshold: header.threshold, weakThreshold, veto, vocabulary: header.vocabulary.map(String), weights };
}

let cached: CueModel | undefined;

/** The committed model (read on first use). */
export function cueModel(): CueModel {
  if (cached) return cached;
  const path = join(cueModelDir(), CUE_MODEL_FILE);
  if (!existsSync(path)) throw new WiretraceError('E_MODEL', `attribution cue model not found at ${path}`);
  cached = parseCueModel(gunzipSync(readFileSync(path)).toString('utf8'));
  return cached;
}

export function scoreFeatures(model: CueModel, feats: readonly string[]): number {
  let s = 0;
  for (const f of feats) s += model.weights.get(f) ?? 0;
  return s;
}

/**
 * The weights in one flat open-addressing table keyed by two 32-bit hashes of the feature's string, computed
 * from its family and parts without joining them. A `Map` from strings was most of the detector's time: each
 * lookup in a 100k-entry map walks scattered memory, and the joined strings are new each time. Here a lookup
 * reads one 8-byte key (the weights lie apart, read on a hit only: a miss, the common case, touches a quarter of the
 * memory a slot of keys and weight together did). Two hashes make a false match between two different strings a
 * 2^-64 event; a model where two keys share both hashes, or a key hashes to the empty slot's (0, 0), is scored
 * through the map instead (FlatWeights is then null).
 */
interface FlatWeights {
  readonly mask: number;
  /** Per slot: hash A, hash B; both 0 where the slot is free. */
  readonly keys: Int32Array;
  /** Per slot: the weight. */
  readonly weights: Float64Array;
}

const FLAT = new WeakMap<CueModel, FlatWeights | null>();

/** The two hashes of a string's UTF-16 code units, continued from (a, b): FNV-1a, and a multiply-rotate. */
let hashA = 0;
let hashB = 0;
function hashInit(): void {
  hashA = 0x811c9dc5;
  hashB = 0x9747b28c;
}
function hashMore(str: string): void {
  let a = hashA;
  let b = hashB;
  for (let k = 0; k < str.length; k++) {
    const c = str.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul((b ^ c) + 0x9e3779b9, 0x85ebca6b);
    b = (b << 13) | (b >>> 19);
  }
  hashA = a;
  hashB = b;
}
function hashChar(c: number): void {
  hashA = Math.imul(hashA ^ c, 0x01000193);
  const b = Math.imul((hashB ^ c) + 0x9e3779b9, 0x85ebca6b);
  hashB = (b << 13) | (b >>> 19);
}

const EQ = '='.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);

/** Hashes featureString(family, a, b, c) without building it. */
function hashFeature(family: string, a?: string, b?: string, c?: string): void {
  hashInit();
  hashMore(family);
  if (a === undefined) return;
  hashChar(EQ);
  hashMore(a);
  if (b === undefined) return;
  hashChar(SPACE);
  hashMore(b);
  if (c === undefined) return;
  hashChar(SPACE);
  hashMore(c);
}

function flatWeights(model: CueModel): FlatWeights | null {
  const known = FLAT.get(model);
  if (known !== undefined) return known;
  let size = 1;
  while (size < model.weights.size * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size * 2);
  const weights = new Float64Array(size);
  let flat: FlatWeights | null = { mask, keys, weights };
  for (const [f, w] of model.weights) {
    hashInit();
    hashMore(f);
    // as int32 (the seeds are above 2^31 until a character is mixed in), as the key table holds them
    const a = hashA | 0;
    const b = hashB | 0;
    if (a === 0 && b === 0) flat = null;
    let slot = a & mask;
    while (keys[slot * 2] !== 0 || keys[slot * 2 + 1] !== 0) {
      if (keys[slot * 2] === a && keys[slot * 2 + 1] === b) flat = null;
      slot = (slot + 1) & mask;
    }
    keys[slot * 2] = a;
    keys[slot * 2 + 1] = b;
    weights[slot] = w;
  }
  FLAT.set(model, flat);
  return flat;
}

/** The weight of the feature whose hashes were just computed (0 when the model has none). */
function flatWeight(flat: FlatWeights): number {
  const { mask, keys } = flat;
  const ha = hashA | 0;
  const hb = hashB | 0;
  for (let slot = ha & mask; ; slot = (slot + 1) & mask) {
    const a = keys[slot * 2]!;
    const b = keys[slot * 2 + 1]!;
    if (a === ha && b === hb) return flat.weights[slot]!;
    if (a === 0 && b === 0) return 0;
  }
}

/** The score of the token at i: scoreFeatures over cueFeatures, summed in the same order, without the strings. */
export function scoreToken(model: CueModel, v: TokenView, i: number): number {
  const flat = flatWeights(model);
  if (!flat) return scoreFeatures(model, cueFeatures(v, i));
  let s = 0;
  visitCueFeatures(v, i, (family, a, b, c) => {
    hashFeature(family, a, b, c);
    s += flatWeight(flat);
  });
  return s;
}

let vocabulary: ReadonlySet<string> | undefined;

/** Per document view: each token's score once computed (NaN: not yet), as the parsers ask about a token more than once. */
const SCORES = new WeakMap<TokenView, Float64Array>();

/** The detector's score for the token at i, or null when it does not judge that word there. */
export function learnedCueScore(v: TokenView, i: number): number | null {
  const model = cueModel();
  vocabulary ??= new Set(model.vocabulary);
  if (!vocabulary.has(v.low[i]!) || !isDetectorCandidate(v, i)) return null;
  let scores = SCORES.get(v);
  if (!scores) SCORES.set(v, (scores = new Float64Array(v.n).fill(NaN)));
  if (Number.isNaN(scores[i]!)) scores[i] = scoreToken(model, v, i);
  return scores[i]!;
}

/**
 * Whether the detector takes the token at i for a cue: a word of its vocabulary, scored above the threshold in context
 * (by `margin` or more).
 */
export function learnedCueAt(v: TokenView, i: number, margin = 0): boolean {
  const s = learnedCueScore(v, i);
  return s !== null && s > cueModel().threshold + margin;
}

/** Whether the detector takes the token at i, a weak lexicon form, for a report in this context (by `margin` or more). */
export function learnedWeakCueAt(v: TokenView, i: number, margin = 0): boolean {
  const s = learnedCueScore(v, i);
  return s !== null && s > cueModel().weakThreshold + margin;
}

/** Whether the detector is sure the token at i is no cue, even if the lexicon holds it ("a stream called Miracle Run"). */
export function learnedVeto(v: TokenView, i: number): boolean {
  const s = learnedCueScore(v, i);
  return s !== null && s < cueModel().veto;
}
