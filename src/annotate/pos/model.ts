/**
 * The committed POS tagger: `models/pos/tagger.bin.gz`, a JSON header line (format, table bits, the
 * tag set) then the stored rows' delta-coded offsets and their int16 weights, gzipped. Small weights
 * are zeroed before quantising so the file stays small. Loaded once per process on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';
import { openModelFile, packTable, unpackTable } from '../entities/model-file.js';
import { PosTagger } from './tagger.js';

export const POS_MODEL_FORMAT = 'wiretrace-pos-perceptron/1';
export const POS_MODEL_FILE = 'tagger.bin.gz';

interface Header {
  readonly format: string;
  readonly bits: number;
  readonly tags: readonly string[];
  readonly scale: number;
  readonly rows: number;
  readonly [extra: string]: unknown;
}

/** models/pos whether running from src/ (tsx) or dist/src/ (built), or WIRETRACE_POS_MODEL. */
export function posModelDir(): string {
  if (process.env['WIRETRACE_POS_MODEL']) return resolve(process.env['WIRETRACE_POS_MODEL']);
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../../..', '../../../..']) {
    const d = resolve(here, up, 'models', 'pos');
    if (existsSync(join(d, POS_MODEL_FILE))) return d;
  }
  return resolve(here, '../../..', 'models', 'pos');
}

export function serialisePosModel(dense: Float32Array, bits: number, tags: readonly string[], extra: Record<string, unknown>, minWeight = 0): Buffer {
  // Zero the weights below minWeight one by one (not whole rows): most of a rare word's row is noise.
  const pruned = minWeight > 0 ? dense.map((x) => (Math.abs(x) < minWeight ? 0 : x)) : dense;
  const t = packTable(pruned, tags.length, 0);
  const header: Header = { format: POS_MODEL_FORMAT, bits, tags, scale: t.scale, rows: t.rows, ...extra };
  return gzipSync(Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...t.bytes]), { level: 9 });
}

export function deserialisePosModel(gz: Buffer): PosTagger {
  const { header, body } = openModelFile<Header>(gz, 'POS model');
  if (header.format !== POS_MODEL_FORMAT || !Array.isArray(header.tags) || header.tags.length < 2 || header.tags.length > 255) {
    throw new WiretraceError('E_MODEL', `POS model has format ${String(header.format)}, expected ${POS_MODEL_FORMAT}`);
  }
  const { weights, end } = unpackTable(body, 0, header.rows, header.tags.length, header.scale, 'POS model');
  if (end !== body.length) throw new WiretraceError('E_MODEL', 'POS model weights are truncated');
  return new PosTagger({ weights, bits: header.bits, tags: header.tags });
}

/** Reads a model folder's POS tagger; a missing or corrupt file is E_MODEL. */
export function readPosTagger(dir = posModelDir()): PosTagger {
  const p = join(dir, POS_MODEL_FILE);
  if (!existsSync(p)) throw new WiretraceError('E_MODEL', `POS model missing: ${p} (run npm run train:pos -- --data ../shared/data/conll2003)`);
  return deserialisePosModel(readFileSync(p));
}

let singleton: PosTagger | undefined;

/** The shipped POS tagger, loaded on first call and shared by the whole process. */
export function loadPosTagger(): PosTagger {
  return (singleton ??= readPosTagger());
}
