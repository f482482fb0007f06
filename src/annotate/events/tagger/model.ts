/**
 * The committed event tagger: `models/events/tagger.bin.gz`, a JSON header line (format, table bits,
 * decision margin, the stem lexicon) then the stored rows' delta-coded offsets and their int16 weights,
 * for the detector (O + seven classes) and then, when it has one, the class stage (seven classes),
 * gzipped. It reads the NER's word-cluster tables from models/ner and, when its header says it was
 * trained with POS features, the POS tagger from models/pos, and with sense features, WordNet's
 * supersenses (senses.ts). Loaded once per process on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WiretraceError } from '../../../errors.js';
import { modelDir as nerModelDir, modelFiles as nerModelFiles, readClusterTables } from '../../entities/model.js';
import { openModelFile, packTable, unpackTable } from '../../entities/model-file.js';
import { type CompactWeights } from '../../entities/weights.js';
import { POS_MODEL_FILE, loadPosTagger, posModelDir } from '../../pos/model.js';
import { EVENT_CLASSES, N_EVENT_LABELS } from './classes.js';
import { loadSenseTable } from './senses.js';
import { EventTagger } from './tagger.js';

export const EVENT_MODEL_FORMAT = 'wiretrace-event-perceptron/2';
/** Format 1 is format 2 without a class stage (no classRows in its header); it still loads. */
const READABLE_FORMATS = new Set(['wiretrace-event-perceptron/1', EVENT_MODEL_FORMAT]);
export const EVENT_MODEL_FILE = 'tagger.bin.gz';

interface Header {
  readonly format: string;
  readonly bits: number;
  readonly nLabels: number;
  readonly scale: number;
  readonly rows: number;
  /** stored rows of the class stage (0: none) and its int16 unit */
  readonly classRows?: number;
  readonly classScale?: number;
  /** an event label must beat O by this much (chosen on the dev split) */
  readonly margin: number;
  readonly lexicon: readonly (readonly [string, string])[];
  /** trained with the POS tagger's tags as features (absent in older files: no) */
  readonly posFeatures?: boolean;
  /** the class stage reads its own features too (absent: no) */
  readonly classFeatures?: boolean;
  /** trained with WordNet supersense features (senses.ts; absent: no) */
  readonly senseFeatures?: boolean;
  /** the class stage reads WordNet supersenses (absent: no) */
  readonly classSenseFeatures?: boolean;
  /** the class stage reads tagger-free context cues (features.ts cueClassFeatures; absent: no) */
  readonly classCueFeatures?: boolean;
  /** per-class biases added to the class stage's scores, fitted on dev (absent: none) */
  readonly classBias?: readonly number[];
  /** per-class offsets to the detection margin, fitted on dev (absent: none) */
  readonly labelMargins?: readonly number[];
  readonly [extra: string]: unknown;
}

export interface EventModel {
  readonly weights: CompactWeights;
  readonly bits: number;
  readonly margin: number;
  readonly lexicon: ReadonlyMap<string, string>;
  readonly classWeights?: CompactWeights;
  readonly posFeatures: boolean;
  readonly classFeatures: boolean;
  readonly senseFeatures: boolean;
  readonly classSenseFeatures: boolean;
  readonly classCueFeatures: boolean;
  readonly classBias?: readonly number[];
  readonly labelMargins?: readonly number[];
}

/** models/events whether running from src/ (tsx) or dist/src/ (built), or WIRETRACE_EVENT_MODEL. */
export function eventModelDir(): string {
  if (process.env['WIRETRACE_EVENT_MODEL']) return resolve(process.env['WIRETRACE_EVENT_MODEL']);
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../../../..', '../../../../..']) {
    const d = resolve(here, up, 'models', 'events');
    if (existsSync(join(d, EVENT_MODEL_FILE))) return d;
  }
  return resolve(here, '../../../..', 'models', 'events');
}

/** Every file the event tagger loads: its weights, the NER's cluster tables and the POS model (what a version would hash). */
export function eventModelFiles(dir = eventModelDir()): string[] {
  const ner = nerModelFiles(nerModelDir());
  return [join(dir, EVENT_MODEL_FILE), ...ner.filter((p) => /clusters\.tsv\.gz$/.test(p)), join(posModelDir(), POS_MODEL_FILE)];
}

export function serialiseEventModel(
  dense: Float32Array,
  bits: number,
  margin: number,
  lexicon: ReadonlyMap<string, string>,
  extra: Record<string, unknown>,
  minWeight = 0,
  /** the class stage's dense table (seven classes per row), if the model has one */
  classDense?: Float32Array,
): Buffer {
  const det = packTable(dense, N_EVENT_LABELS, minWeight);
  const cls = classDense ? packTable(classDense, EVENT_CLASSES.length, minWeight) : undefined;
  const header: Header = {
    format: EVENT_MODEL_FORMAT,
    bits,
    nLabels: N_EVENT_LABELS,
    scale: det.scale,
    rows: det.rows,
    classRows: cls?.rows ?? 0,
    classScale: cls?.scale ?? 1,
    margin,
    ...extra,
    lexicon: [...lexicon].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
  const head = Buffer.from(JSON.stringify(header) + '\n', 'utf8');
  return gzipSync(Buffer.concat([head, ...det.bytes, ...(cls?.bytes ?? [])]), { level: 9 });
}

export function deserialiseEventModel(gz: Buffer): EventModel {
  const { header, body } = openModelFile<Header>(gz, 'event model');
  if (!READABLE_FORMATS.has(header.format) || header.nLabels !== N_EVENT_LABELS) {
    throw new WiretraceError('E_MODEL', `event model has format ${String(header.format)}, expected ${EVENT_MODEL_FORMAT}`);
  }
  const det = unpackTable(body, 0, header.rows, N_EVENT_LABELS, header.scale, 'event model');
  const cls = (header.classRows ?? 0) > 0 ? unpackTable(body, det.end, header.classRows!, EVENT_CLASSES.length, header.classScale ?? 1, 'event model') : undefined;
  if ((cls?.end ?? det.end) !== body.length) throw new WiretraceError('E_MODEL', 'event model weights are truncated');
  return {
    weights: det.weights,
    bits: header.bits,
    margin: header.margin,
    lexicon: new Map(header.lexicon),
    posFeatures: header.posFeatures === true,
    classFeatures: header.classFeatures === true,
    senseFeatures: header.senseFeatures === true,
    classSenseFeatures: header.classSenseFeatures === true,
    classCueFeatures: header.classCueFeatures === true,
    ...(header.classBias ? { classBias: perClass(header.classBias, 'classBias') } : {}),
    ...(header.labelMargins ? { labelMargins: perClass(header.labelMargins, 'labelMargins') } : {}),
    ...(cls ? { classWeights: cls.weights } : {}),
  };
}

/** A header's per-class numbers: one finite number per EVENT class, or E_MODEL. */
function perClass(x: unknown, name: string): number[] {
  if (!Array.isArray(x) || x.length !== EVENT_CLASSES.length || !x.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new WiretraceError('E_MODEL', `event model ${name} must hold ${EVENT_CLASSES.length} numbers`);
  }
  return x as number[];
}

/** Reads a model folder's event tagger; a missing or corrupt file is E_MODEL. */
export function readEventTagger(dir = eventModelDir()): EventTagger {
  const p = join(dir, EVENT_MODEL_FILE);
  if (!existsSync(p)) {
    throw new WiretraceError('E_MODEL', `event model missing: ${p} (run npm run train:events -- --data ../shared/data/tempeval3)`);
  }
  const model = deserialiseEventModel(readFileSync(p));
  const clusters = readClusterTables(nerModelDir());
  return new EventTagger(model, {
    ...clusters,
    ...(model.posFeatures ? { pos: loadPosTagger() } : {}),
    ...(model.senseFeatures ? { senses: loadSenseTable() } : {}),
    ...(model.classSenseFeatures ? { classSenses: loadSenseTable() } : {}),
    ...(model.classCueFeatures ? { classCues: true } : {}),
  });
}

let singleton: EventTagger | undefined;

/** The shipped event tagger, loaded on first call and shared by the whole process. */
export function loadEventTagger(): EventTagger {
  return (singleton ??= readEventTagger());
}
