/**
 * An article's layers as one stored value (table layer_bundles, on every engine; SQLite migration 9,
 * PostgreSQL 8), not one row per layer.
 *
 * Why: with a row per layer, each of an article's ten-odd layers paid its row (name, annotator,
 * version, timestamp, key, index entry; on PostgreSQL a tuple header too) and its own deflate stream,
 * which could not share what layers repeat of each other (names, offsets, words). One value with one
 * stream for them is about a third smaller (docs/architecture.md, "What a stored article costs").
 *
 * Layout: the format byte BUNDLE_V1, a varint count m of separate streams and their m byte lengths
 * (varints), then stream 0, then streams 1..m. Each stream is JSON deflated with layer-codec's
 * dictionary. Stream 0 is `{l, d}`: `l` lists every layer as [name, annotator, version, createdAt,
 * position, stream] in the order written, `d` the column forms (layer-codec `encodeRecords`) of the
 * layers in stream 0. A layer whose column form is over SEPARATE_CHARS characters gets a stream of its
 * own (its column form alone), so reading one layer of a very large article inflates that layer and
 * the small ones, never every large one.
 * BUNDLE_V2 is the same layout, where a layer may also list stream -1 (REBUILT): its records are not
 * kept, since the text annotator gives them back from the article's text (./derived-layers.ts); only
 * bundles with such a layer are written as V2, so any other bundle stays byte for byte as V1 wrote it.
 * BUNDLE_V3 is V2's layout with stream 0 deflated against a longer preset dictionary: layer-codec's,
 * then BUNDLE_WORDS_V3 (the layer and annotator names a layer list spells), then the article's text,
 * which the records repeat (names, quotes, cue words): about a twentieth of a bundle less. Reading one
 * needs the text, which the stores always read with it; bundles keep their format until rewritten,
 * and all read.
 * BUNDLE_V4 is V3 with BUNDLE_SKELETON_V4 (./bundle-skeleton.ts: the layer list and column forms of a
 * bundle as ingest writes it, every value emptied) in the dictionary before the names and the text:
 * the structure a bundle spelled out first is a back-reference, about an eighth of a bundle less on
 * the shipped reports. Every bundle the stores write is V4; V1 to V3 still read.
 * Reading gives exactly what the rows gave: each layer's records as JSON keeps them, its annotator,
 * version and time, in the rows' order (time, position, name). A rewrite keeps the bytes of a large
 * layer it does not replace.
 */
import { WiretraceError } from '../errors.js';
import { decodeRecords, deflateJson, encodeRecords, inflateJson, unpackLayerData, type Payload } from './layer-codec.js';
import type { LayerWrite, StoredLayer } from './types.js';
import { TextRebuild } from './derived-layers.js';
import { appendAll } from '../util/arrays.js';
import { BUNDLE_SKELETON_V4 } from './bundle-skeleton.js';

/** First byte of a bundle (layer-codec's PACKED_V1 is 0x01, report-codec's marks 0x02 and 0x03). */
export const BUNDLE_V1 = 0x04;
/** A bundle that may list layers rebuilt from the text (report-codec's SPANS_TEXT_V1 is 0x05). */
export const BUNDLE_V2 = 0x06;
/** A bundle whose stream 0 is deflated against the article's text (the format byte after text-codec's 0x07 and the digest mark 0x08). */
export const BUNDLE_V3 = 0x09;
/** A bundle whose stream 0 is deflated against the bundle skeleton, then the names and text (the format byte after meta-codec's META_V1, 0x0a). */
export const BUNDLE_V4 = 0x0b;
/**
 * The words of BUNDLE_V3's dictionary before the text: layer and annotator names as a layer list
 * spells them. Part of the format: never edit it (a new list needs a new format byte).
 */
const BUNDLE_WORDS_V3 =
  '["paragraphs","text.segment"],["tokens","text.segment"],["sentences","text.segment"],["names","names"],["names.lang"],' +
  '["mentions","entities"],["entities","entities"],["timexes","time"],["time.lang"],["attributions","attribution"],' +
  '["events","events"],["events.lang"],["claims","events"],["quantities","quantities"],';

/** The context stream 0 of a V3 or V4 bundle is deflated with. */
function contextOf(format: number, text: string): string {
  return format === BUNDLE_V4 ? BUNDLE_SKELETON_V4 + BUNDLE_WORDS_V3 + text : BUNDLE_WORDS_V3 + text;
}

/** Whether stream 0 of a bundle in this format is deflated against its article's text. */
function againstText(format: number | undefined): boolean {
  return format === BUNDLE_V3 || format === BUNDLE_V4;
}

/** The stream a layer rebuilt from the text lists. */
const REBUILT = -1;

/** Column forms longer than this (JSON characters) get a stream of their own. */
export const SEPARATE_CHARS = 1 << 20;

/** One layer of a bundle, as listed in stream 0. */
interface Entry {
  readonly name: string;
  readonly annotator: string;
  readonly version: string;
  readonly createdAt: string;
  readonly position: number;
}

/** A layer while a bundle is built: its column form, the deflated stream it already has, or neither when it is rebuilt from the text. */
interface Part extends Entry {
  readonly payload?: Payload;
  readonly stream?: Buffer;
  readonly rebuilt?: boolean;
}

type ListedEntry = [string, string, string, string, number, number];

/** A bundle opened: its entries, stream 0's column forms, and the separate streams still deflated. */
interface Opened {
  readonly entries: ReadonlyArray<Entry & { readonly stream: number }>;
  readonly small: readonly Payload[];
  readonly streams: readonly Buffer[];
}

/** A layer row as the per-layer table kept it (for the migration): its data column as stored. */
export interface LayerRowData extends Entry {
  readonly data: Uint8Array | string;
}

/**
 * A bundle of these layers, written at `at` (positions: their order). With the article's text, layers
 * that the text annotator gives back exactly from it are not kept (./derived-layers.ts).
 */
export function packBundle(layers: readonly LayerWrite[], at: string, text?: string): Buffer {
  const source = text === undefined ? null : new TextRebuild(text);
  return build(layers.map((l, i) => written(l, i, at, source)), text);
}

function written(l: LayerWrite, position: number, at: string, source: TextRebuild | null): Part {
  const entry = { name: l.name, annotator: l.annotator, version: l.version, createdAt: at, position };
  return source?.rebuilds(l, l.data) ? { ...entry, rebuilt: true } : { ...entry, payload: encodeRecords(l.data) };
}

/**
 * The stored bundle with these layers written at `at`: a layer of the same name is replaced (as the
 * rows' upsert did: new annotator, version, data, position and time), the others kept as they were.
 */
export function mergeBundle(stored: Uint8Array | null, layers: readonly LayerWrite[], at: string, text?: string): Buffer {
  const source = text === undefined ? null : new TextRebuild(text);
  const replaced = new Set(layers.map((l) => l.name));
  const kept: Part[] = [];
  if (stored) {
    const b = open(stored, text);
    let small = 0;
    for (const e of b.entries) {
      const payload = e.stream === 0 ? b.small[small++] : undefined;
      if (replaced.has(e.name)) continue;
      if (e.stream === REBUILT) kept.push({ ...entryOf(e), rebuilt: true });
      else kept.push(e.stream === 0 ? { ...entryOf(e), payload } : { ...entryOf(e), stream: b.streams[e.stream - 1] });
    }
  }
  // a name written twice in one call ends as its last write, as the upsert left it
  const last = new Map<string, number>();
  layers.forEach((l, i) => last.set(l.name, i));
  for (const i of last.values()) {
    kept.push(written(layers[i]!, i, at, source));
  }
  return build(kept, text);
}

/**
 * The layers of a bundle, only the named ones when `names` is given, in the rows' order (time,
 * position, name). `text`, the article's, rebuilds the layers kept as REBUILT (only when one is read).
 */
export function unpackBundle(stored: Uint8Array, articleId: number, names?: readonly string[], text?: string): StoredLayer[] {
  const b = open(stored, text);
  let source: TextRebuild | null = null;
  const wanted = names ? new Set(names) : null;
  const out: Array<StoredLayer & { position: number }> = [];
  let small = 0;
  for (const e of b.entries) {
    const payload = e.stream === 0 ? b.small[small++] : undefined;
    if (wanted && !wanted.has(e.name)) continue;
    let data: unknown[];
    let version = e.version;
    if (e.stream === REBUILT) {
      if (text === undefined) throw new WiretraceError('E_STORE', `article ${articleId}: layer ${e.name} is rebuilt from the text, which was not read`);
      ({ data, version } = (source ??= new TextRebuild(text)).rebuild(e, articleId));
    } else {
      data = decodeRecords(payload ?? (inflateJson(b.streams[e.stream - 1]!) as Payload));
    }
    out.push({ articleId, name: e.name, annotator: e.annotator, version, data, createdAt: e.createdAt, position: e.position });
  }
  out.sort(rowOrder);
  return out.map(({ position: _, ...layer }) => layer);
}

/** A bundle of layer rows as the per-layer table kept them (packed or JSON text), for the migration. */
export function bundleOfRows(rows: readonly LayerRowData[]): Buffer {
  return build(rows.map((r) => ({ ...entryOf(r), payload: encodeRecords(unpackLayerData(r.data)) })));
}

/**
 * The stored bundle with every layer the article's text rebuilds exactly left out (for the migration
 * that introduced REBUILT), times and order kept; null when there is none to leave out.
 */
export function rebuildFromText(stored: Uint8Array, text: string): Buffer | null {
  const b = open(stored, text);
  const source = new TextRebuild(text);
  let small = 0;
  let changed = false;
  const parts = b.entries.map((e): Part => {
    const payload = e.stream === 0 ? b.small[small++] : undefined;
    if (e.stream === REBUILT) return { ...entryOf(e), rebuilt: true };
    if (source.mayRebuild(e) && source.rebuilds(e, decodeRecords(payload ?? (inflateJson(b.streams[e.stream - 1]!) as Payload)))) {
      changed = true;
      return { ...entryOf(e), rebuilt: true };
    }
    return e.stream === 0 ? { ...entryOf(e), payload } : { ...entryOf(e), stream: b.streams[e.stream - 1] };
  });
  return changed ? build(parts, againstText(stored[0]) ? text : undefined) : null;
}

/** Each layer's name with the bytes its column form deflates to alone (none when rebuilt): a footprint's per-layer share. */
export function bundleLayerSizes(stored: Uint8Array, text?: string): Array<{ name: string; bytes: number }> {
  const b = open(stored, text);
  let small = 0;
  return b.entries.map((e) => ({ name: e.name, bytes: e.stream === REBUILT ? 0 : e.stream === 0 ? deflateJson(b.small[small++]).length : b.streams[e.stream - 1]!.length }));
}

// ---- the layout ----

function entryOf(e: Entry): Entry {
  return { name: e.name, annotator: e.annotator, version: e.version, createdAt: e.createdAt, position: e.position };
}

function rowOrder(a: Entry, b: Entry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.position !== b.position) return a.position - b.position;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The bundle of these parts: V4 when the article's text is given, else V2 when a layer is rebuilt, else V1. */
function build(parts: readonly Part[], text?: string): Buffer {
  const listed: ListedEntry[] = [];
  const small: Payload[] = [];
  const streams: Buffer[] = [];
  for (const p of parts) {
    if (p.rebuilt) {
      listed.push([p.name, p.annotator, p.version, p.createdAt, p.position, REBUILT]);
      continue;
    }
    let stream = p.stream;
    if (!stream && JSON.stringify(p.payload).length > SEPARATE_CHARS) stream = deflateJson(p.payload);
    if (stream) streams.push(stream);
    else small.push(p.payload!);
    listed.push([p.name, p.annotator, p.version, p.createdAt, p.position, stream ? streams.length : 0]);
  }
  const format = text !== undefined ? BUNDLE_V4 : parts.some((p) => p.rebuilt) ? BUNDLE_V2 : BUNDLE_V1;
  const first = deflateJson({ l: listed, d: small }, text === undefined ? undefined : contextOf(format, text));
  const head = [format];
  appendAll(head, varint(streams.length));
  for (const s of streams) appendAll(head, varint(s.length));
  return Buffer.concat([Buffer.from(head), first, ...streams]);
}

function open(stored: Uint8Array, text?: string): Opened {
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const format = bytes[0];
  if (againstText(format) && text === undefined) throw new WiretraceError('E_STORE', 'a stored layer bundle is deflated against its article\'s text, which was not read');
  if (format !== BUNDLE_V1 && format !== BUNDLE_V2 && !againstText(format)) throw new WiretraceError('E_STORE', `a stored layer bundle has an unknown format (first byte ${bytes.length ? bytes[0] : 'none'})`);
  let at = 1;
  const read = (): number => {
    const [v, next] = readVarint(bytes, at);
    at = next;
    return v;
  };
  const count = read();
  const lengths: number[] = [];
  for (let i = 0; i < count; i++) lengths.push(read());
  const tail = lengths.reduce((a, b) => a + b, 0);
  if (at + tail > bytes.length) throw damaged('its streams are cut short');
  const first = inflateJson(bytes.subarray(at, bytes.length - tail), againstText(format) ? contextOf(format!, text!) : undefined) as { l?: unknown; d?: unknown };
  if (!Array.isArray(first.l) || !Array.isArray(first.d)) throw damaged('stream 0 is not a layer list');
  const streams: Buffer[] = [];
  let s = bytes.length - tail;
  for (const n of lengths) {
    streams.push(bytes.subarray(s, s + n));
    s += n;
  }
  const entries = (first.l as ListedEntry[]).map(([name, annotator, version, createdAt, position, stream]) => {
    const rebuilt = format !== BUNDLE_V1 && stream === REBUILT;
    if (!rebuilt && (!Number.isSafeInteger(stream) || stream < 0 || stream > streams.length)) throw damaged('a layer names a stream it does not have');
    return { name, annotator, version, createdAt, position, stream };
  });
  if (entries.filter((e) => e.stream === 0).length !== first.d.length) throw damaged('stream 0 holds the wrong number of layers');
  return { entries, small: first.d as Payload[], streams };
}

function damaged(why: string): WiretraceError {
  return new WiretraceError('E_STORE', `a stored layer bundle is damaged (${why})`);
}

/** Unsigned LEB128: seven bits a byte, low first. */
function varint(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

function readVarint(bytes: Buffer, at: number): [number, number] {
  let v = 0;
  let scale = 1;
  for (let i = at; i < bytes.length && i < at + 8; i++) {
    v += (bytes[i]! & 0x7f) * scale;
    if ((bytes[i]! & 0x80) === 0) return [v, i + 1];
    scale *= 128;
  }
  throw damaged('a stream length is cut short');
}
