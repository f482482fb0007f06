/**
 * The committed cue detector: `models/attribution/cue.tsv.gz`, a JSON header line (format, threshold chosen
 * on PolNeAR dev, the words it was trained to judge) then one `feature<TAB>weight` line per kept weight of
 * an averaged perceptron trained on PolNeAR train (train/attribution/train.ts). Loaded once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../../../errors.js';
import { packageRoot } from '../../../service/package-root.js';
import type { TokenView } from '../../text/token-view.js';
import { cueFeatures, isDetectorCandidate } from './features.js';

export const CUE_MODEL_FORMAT = 'wiretrace-attribution-cue/1';
export const CUE_MODEL_FILE = 'cue.tsv.gz';

export interface CueModel {
  /** A word is a cue when its score is above this. */
  readonly threshold: number;
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
  let header: { format?: unknown; threshold?: unknown; veto?: unknown; vocabulary?: unknown };
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
  return { threshold: header.threshold, veto, vocabulary: header.vocabulary.map(String), weights };
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

let vocabulary: ReadonlySet<string> | undefined;

/** The detector's score for the token at i, or null when it does not judge that word there. */
export function learnedCueScore(v: TokenView, i: number): number | null {
  const model = cueModel();
  vocabulary ??= new Set(model.vocabulary);
  return vocabulary.has(v.low[i]!) && isDetectorCandidate(v, i) ? scoreFeatures(model, cueFeatures(v, i)) : null;
}

/** Whether the detector takes the token at i for a cue: a word of its vocabulary, scored above the threshold in context. */
export function learnedCueAt(v: TokenView, i: number): boolean {
  const s = learnedCueScore(v, i);
  return s !== null && s > cueModel().threshold;
}

/** Whether the detector is sure the token at i is no cue, even if the lexicon holds it ("a stream called Miracle Run"). */
export function learnedVeto(v: TokenView, i: number): boolean {
  const s = learnedCueScore(v, i);
  return s !== null && s < cueModel().veto;
}
