/**
 * The file layout the event and POS models share: gzip of a JSON header line, then tables of
 * delta-coded int32 row offsets followed by their int16 weights (`CompactWeights` rows).
 */
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';
import { CompactWeights } from './weights.js';

/** A dense table as stored: delta-coded row offsets then int16 weights. */
export function packTable(dense: Float32Array, labels: number, minWeight: number): { rows: number; scale: number; bytes: Buffer[] } {
  const { rows, w, scale } = CompactWeights.quantise(dense, labels, minWeight);
  const deltas = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) deltas[i] = rows[i]! - (i > 0 ? rows[i - 1]! : 0);
  return { rows: rows.length, scale, bytes: [Buffer.from(deltas.buffer), Buffer.from(w.buffer, w.byteOffset, w.byteLength)] };
}

/** Reads one packed table of `n` rows from `body` at `at`; returns it and where the next one starts. */
export function unpackTable(body: Buffer, at: number, n: number, labels: number, scale: number, what: string): { weights: CompactWeights; end: number } {
  const end = at + n * 4 + n * labels * 2;
  if (!Number.isInteger(n) || n < 0 || body.length < end) throw new WiretraceError('E_MODEL', `${what} weights are truncated`);
  const rows = new Int32Array(n);
  Buffer.from(rows.buffer).set(body.subarray(at, at + n * 4));
  for (let i = 1; i < n; i++) rows[i]! += rows[i - 1]!;
  const q = new Int16Array(n * labels);
  Buffer.from(q.buffer).set(body.subarray(at + n * 4, end));
  return { weights: new CompactWeights(rows, q, labels, scale), end };
}

/** The header (parsed, not yet checked) and the body after it; not gzip or not JSON is E_MODEL. */
export function openModelFile<H>(gz: Buffer, what: string): { header: H; body: Buffer } {
  let raw: Buffer;
  try {
    raw = gunzipSync(gz);
  } catch (e) {
    throw new WiretraceError('E_MODEL', `${what} is not gzip: ${(e as Error).message}`);
  }
  const nl = raw.indexOf(10);
  try {
    return { header: JSON.parse(raw.subarray(0, nl < 0 ? raw.length : nl).toString('utf8')) as H, body: raw.subarray(nl < 0 ? raw.length : nl + 1) };
  } catch {
    throw new WiretraceError('E_MODEL', `${what} header is not JSON`);
  }
}
