/**
 * The committed model: `models/ner/tagger.bin.gz` (a JSON header line, then int16-quantised
 * weights, gzipped), `models/ner/clusters.tsv.gz` (word clusters from our unlabelled news text),
 * `models/ner/embclusters.tsv.gz` (word clusters over GloVe vectors) and
 * `models/ner/gazetteer.tsv.gz` (gazetteer phrases with their kinds). Loaded once per process on
 * first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';
import { parseClusters, type ClusterTable } from './clusters.js';
import { type WordClusterTables } from './features.js';
import { buildGazTrie, parseGazetteerLists, type GazNode } from './gazetteer.js';
import { N_LABELS } from './labels.js';
import { Tagger, type TaggerConfig } from './tagger.js';
import { CompactWeights } from './weights.js';

export const MODEL_FORMAT = 'wiretrace-ner-perceptron/4';

interface Header {
  readonly format: string;
  readonly bits: number;
  readonly nLabels: number;
  readonly scale: number;
  /** stored (non-zero) rows */
  readonly rows?: number;
  readonly beam?: number;
  readonly temperature?: number;
  readonly twoPass?: boolean;
  readonly trainedOn?: string;
  readonly epochs?: number;
}

/** The files of a model folder, by role; every one of them is read when the tagger loads. */
export const MODEL_FILES = {
  weights: 'tagger.bin.gz',
  clusters: 'clusters.tsv.gz',
  embClusters: 'embclusters.tsv.gz',
  gazetteer: 'gazetteer.tsv.gz',
} as const;

/** Paths of every file the tagger loads from a model folder: what the entities annotator's version hashes. */
export function modelFiles(dir = modelDir()): string[] {
  return Object.values(MODEL_FILES).map((f) => join(dir, f));
}

/** models/ner whether running from src/ (tsx) or dist/src/ (built), or WIRETRACE_NER_MODEL. */
export function modelDir(): string {
  if (process.env['WIRETRACE_NER_MODEL']) return resolve(process.env['WIRETRACE_NER_MODEL']);
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../../..', '../../../..']) {
    const d = resolve(here, up, 'models', 'ner');
    if (existsSync(join(d, MODEL_FILES.weights))) return d;
  }
  return resolve(here, '../../..', 'models', 'ner');
}

/** Header line, then the stored rows' dense offsets (delta-coded int32), then their int16 weights; gzipped. */
export function serialiseWeights(
  w: Float32Array,
  config: TaggerConfig,
  extra: Record<string, unknown>,
  minWeight = 0,
): Buffer {
  const { rows, w: q, scale } = CompactWeights.quantise(w, N_LABELS, minWeight);
  const deltas = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) deltas[i] = rows[i]! - (i > 0 ? rows[i - 1]! : 0);
  const header: Header = {
    format: MODEL_FORMAT,
    bits: config.bits,
    twoPass: !!config.twoPass,
    beam: config.beam ?? 1,
    temperature: config.temperature ?? 1,
    nLabels: N_LABELS,
    scale,
    rows: rows.length,
    ...extra,
  };
  const head = Buffer.from(JSON.stringify(header) + '\n', 'utf8');
  return gzipSync(
    Buffer.concat([head, Buffer.from(deltas.buffer, deltas.byteOffset, deltas.byteLength), Buffer.from(q.buffer, q.byteOffset, q.byteLength)]),
    { level: 9 },
  );
}

export function deserialiseWeights(gz: Buffer): { weights: CompactWeights; config: TaggerConfig } {
  let raw: Buffer;
  try {
    raw = gunzipSync(gz);
  } catch (e) {
    throw new WiretraceError('E_MODEL', `NER weights are not gzip: ${(e as Error).message}`);
  }
  const nl = raw.indexOf(10);
  const header = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Header;
  if (header.format !== MODEL_FORMAT || header.nLabels !== N_LABELS) {
    throw new WiretraceError('E_MODEL', `NER weights have format ${header.format}, expected ${MODEL_FORMAT}`);
  }
  const n = header.rows ?? 0;
  const body = raw.subarray(nl + 1);
  if (body.length !== n * 4 + n * N_LABELS * 2) throw new WiretraceError('E_MODEL', 'NER weights are truncated');
  // Copy into aligned buffers before viewing as typed arrays.
  const rows = new Int32Array(n);
  Buffer.from(rows.buffer).set(body.subarray(0, n * 4));
  for (let i = 1; i < n; i++) rows[i]! += rows[i - 1]!;
  const q = new Int16Array(n * N_LABELS);
  Buffer.from(q.buffer).set(body.subarray(n * 4));
  return {
    weights: new CompactWeights(rows, q, N_LABELS, header.scale),
    config: { bits: header.bits, twoPass: !!header.twoPass, beam: header.beam, temperature: header.temperature },
  };
}

function readClusterFile(p: string): ClusterTable {
  if (!existsSync(p)) throw new WiretraceError('E_MODEL', `word-cluster table missing: ${p}`);
  return parseClusters(readFileSync(p));
}

/** Both word-cluster tables of a model folder. */
export function readClusterTables(dir = modelDir()): WordClusterTables {
  return { local: readClusterFile(join(dir, MODEL_FILES.clusters)), glove: readClusterFile(join(dir, MODEL_FILES.embClusters)) };
}

export function readGazetteer(dir = modelDir()): GazNode {
  const p = join(dir, MODEL_FILES.gazetteer);
  if (!existsSync(p)) throw new WiretraceError('E_MODEL', `gazetteer table missing: ${p}`);
  return buildGazTrie(parseGazetteerLists(gunzipSync(readFileSync(p)).toString('utf8')));
}

let gazetteerTrie: GazNode | undefined;

/** The shipped gazetteer (the tagger's, with towns, regions and given names), loaded once per process. */
export function loadGazetteer(): GazNode {
  gazetteerTrie ??= readGazetteer();
  return gazetteerTrie;
}

let singleton: Tagger | undefined;

/** The shipped tagger, loaded on first call and shared by the whole process. */
export function loadTagger(): Tagger {
  if (singleton) return singleton;
  const dir = modelDir();
  const p = join(dir, MODEL_FILES.weights);
  if (!existsSync(p)) {
    throw new WiretraceError('E_MODEL', `NER model missing: ${p} (run npm run train:ner -- --data ../shared/data/conll2003)`);
  }
  const { weights, config } = deserialiseWeights(readFileSync(p));
  singleton = new Tagger(weights, readClusterTables(dir), loadGazetteer(), config);
  return singleton;
}
