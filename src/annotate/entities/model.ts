/**
 * The committed model: `models/ner/tagger.bin.gz` (a JSON header line, then int16-quantised
 * weights, gzipped) and `models/ner/clusters.tsv.gz` (the word-cluster table). Loaded once per
 * process on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';
import { parseClusters, type ClusterTable } from './clusters.js';
import { N_LABELS } from './labels.js';
import { Tagger, type TaggerConfig } from './tagger.js';

export const MODEL_FORMAT = 'wiretrace-ner-perceptron/1';

interface Header {
  readonly format: string;
  readonly bits: number;
  readonly nLabels: number;
  readonly scale: number;
  readonly twoPass?: boolean;
  readonly trainedOn?: string;
  readonly epochs?: number;
}

/** models/ner whether running from src/ (tsx) or dist/src/ (built), or WIRETRACE_NER_MODEL. */
export function modelDir(): string {
  if (process.env['WIRETRACE_NER_MODEL']) return resolve(process.env['WIRETRACE_NER_MODEL']);
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../../..', '../../../..']) {
    const d = resolve(here, up, 'models', 'ner');
    if (existsSync(join(d, 'tagger.bin.gz'))) return d;
  }
  return resolve(here, '../../..', 'models', 'ner');
}

export function serialiseWeights(w: Float32Array, config: TaggerConfig, extra: Record<string, unknown>): Buffer {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! / scale);
  const header: Header = { format: MODEL_FORMAT, bits: config.bits, twoPass: !!config.twoPass, nLabels: N_LABELS, scale, ...extra };
  const head = Buffer.from(JSON.stringify(header) + '\n', 'utf8');
  return gzipSync(Buffer.concat([head, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]), { level: 9 });
}

export function deserialiseWeights(gz: Buffer): { weights: Float32Array; config: TaggerConfig } {
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
  const body = raw.subarray(nl + 1);
  const expected = (1 << header.bits) * N_LABELS;
  if (body.length !== expected * 2) throw new WiretraceError('E_MODEL', 'NER weights are truncated');
  // Copy into an aligned buffer before viewing as int16.
  const q = new Int16Array(expected);
  Buffer.from(q.buffer).set(body);
  const weights = new Float32Array(expected);
  for (let i = 0; i < expected; i++) weights[i] = q[i]! * header.scale;
  return { weights, config: { bits: header.bits, twoPass: !!header.twoPass } };
}

export function readClusterTable(dir = modelDir()): ClusterTable {
  const p = join(dir, 'clusters.tsv.gz');
  if (!existsSync(p)) throw new WiretraceError('E_MODEL', `word-cluster table missing: ${p}`);
  return parseClusters(readFileSync(p));
}

let singleton: Tagger | undefined;

/** The shipped tagger, loaded on first call and shared by the whole process. */
export function loadTagger(): Tagger {
  if (singleton) return singleton;
  const dir = modelDir();
  const p = join(dir, 'tagger.bin.gz');
  if (!existsSync(p)) {
    throw new WiretraceError('E_MODEL', `NER model missing: ${p} (run npm run train:ner -- --data ../shared/data/conll2003)`);
  }
  const { weights, config } = deserialiseWeights(readFileSync(p));
  singleton = new Tagger(weights, readClusterTable(dir), config);
  return singleton;
}
