/**
 * How a layer's records are kept in the store's data column, on every engine: packed, not as JSON text.
 *
 * Why: as JSON a tokens layer is about 7 bytes per byte of text (`{"start":1204,"end":1211,"kind":"word"}`
 * per token), and the layers together were most of a stored article. Layers are arrays of records that
 * share their keys, so they are stored by column, recursively (see `Column`): each key once, integer
 * columns as differences (from the row before, or from another column of the same row: a token's end
 * from its start), strings that repeat as a dictionary and indexes, nested records and arrays as
 * columns of their own; then the whole is deflated with a preset dictionary of the schemas' words.
 *
 * Reading back gives what JSON text gave: `unpack(pack(x))` equals `JSON.parse(JSON.stringify(x))`,
 * key order included. A value the column forms cannot keep exactly (an undefined value, a non-plain
 * object, a float, an integer past 2^53) keeps its column as plain JSON. The first byte says the
 * format: PACKED_V1, or `[` for a JSON text row written before this format existed, which still reads.
 * Any other byte is refused with E_STORE, never guessed at.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { WiretraceError } from '../errors.js';

/** First byte of a packed payload (a JSON text row starts with `[`, 0x5b). */
export const PACKED_V1 = 0x01;
const JSON_ARRAY = 0x5b;

/**
 * The deflate preset dictionary of PACKED_V1: the layer schemas' key names and literal values and the
 * payload's own frame, so that a small layer does not pay to spell them out. It is part of the format:
 * never edit it (rows written with it could not be read); a new dictionary needs a new format byte.
 */
const DICTIONARY_V1 = Buffer.from(
  '["word","number","punct","quote","symbol","url","email","PER","ORG","LOC","GPE","MISC","DATE","TIME","DURATION","SET",' +
    '"APPROX","MORE_THAN","LESS_THAN","EQUAL_OR_MORE","EQUAL_OR_LESS","START","MID","END","BEFORE","AFTER","ON_OR_BEFORE",' +
    '"ON_OR_AFTER","dct","unknown","none","direct","indirect","mixed","neutral","hedged","assertive","denial","asserted",' +
    '"planned","expected","hypothetical","negated","questioned","invited","anticipated","scheduled","in-progress","occurred",' +
    '"cancelled","incident","legal","strike","rate","election","exact","atLeast","moreThan","upTo","lessThan","about","nearly",' +
    '"currency","percent","measure","count"]' +
    '["start","end","paragraph","tokenStart","tokenEnd","kind","id","type","role","text","affiliation","metonym","standsFor",' +
    '"nominal","entity","rule","canonical","key","mentions","roles","value","mod","anchor","window","from","to","confidence",' +
    '"range","begin","phrase","timex3","source","antecedent","cue","content","stance","via","lemma","cluster","trigger",' +
    '"subtype","mention","timex","target","place","time","modality","modalityCue","status","statusCue","family","phase",' +
    '"phaseCue","certainty","evidence","governor","attribution","events","clusters","proposition","dateNotSet","inherited",' +
    '"inheritedFrom","low","high","bound","unitKind","unit","per","head","event","asOf","claim","revisionOf"]' +
    '{"n":0,"c":{"t":{"k":[],"p":[[0,1,2]],"h":[0,0,1],"c":[{"d":[1,1,1,1,1,1]},{"r":[1,1,1,1,1,1],"of":0},' +
    '{"s":[],"x":[0,0,1,0,0,0,0,0,0,0,0]},{"a":[0,0,0],"e":{"v":[null,true,false]}},{"v":[null,null]},' +
    '{"t":{"k":["start","end"],"p":[[0,1]],"c":[{"d":[',
  'utf8',
);

/** n values, in one of these forms (the key says which). */
export type Column =
  /** integers, each minus the one before (the first as is) */
  | { readonly d: number[] }
  /** integers, each minus the same row's value of table key `of` (only inside a table, both keys in every row) */
  | { readonly r: number[]; readonly of: number }
  /** strings: the distinct values and, per value, an index into them */
  | { readonly s: string[]; readonly x: number[] }
  /** plain objects, as a table: the keys in order of first use, each row's key list (`p`, picked by `h`
   *  when rows differ) and one column per key over the rows that have it */
  | { readonly t: Table }
  /** arrays: each one's length, then their elements one after another as one column */
  | { readonly a: number[]; readonly e: Column }
  /** anything else, as JSON keeps it */
  | { readonly v: unknown[] };

interface Table {
  readonly k: string[];
  readonly p: number[][];
  readonly h?: number[];
  readonly c: Column[];
}

/** Packs one layer's records (what `JSON.stringify` would keep of them) into the stored form. */
export function packLayerData(data: readonly unknown[]): Buffer {
  return envelope(encodeRecords(data));
}

/** One layer's records by column, before deflate: what a layer bundle (./layer-bundle.ts) keeps per layer. */
export interface Payload {
  readonly n: number;
  readonly c: Column;
}

/** The column form of a layer's records (the JSON a packed row deflates). */
export function encodeRecords(data: readonly unknown[]): Payload {
  return { n: data.length, c: encode(data) };
}

/** The records of a column form; E_STORE when it is not one. */
export function decodeRecords(payload: Payload): unknown[] {
  try {
    return decode(payload.c, payload.n);
  } catch (err) {
    if (err instanceof WiretraceError) throw err;
    throw damaged((err as Error).message);
  }
}

/**
 * JSON text deflated with PACKED_V1's dictionary (no format byte): the streams of a layer bundle.
 * `context`, when given, follows it in the dictionary (deflate keeps the last 32 kB): text the value
 * quotes (a digest's article) then costs a back-reference, not its bytes. Reading needs the same context.
 */
export function deflateJson(value: unknown, context?: string): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { dictionary: dictionary(context) });
}

/** What deflateJson wrote (with the same context); E_STORE when it is damaged. */
export function inflateJson(bytes: Uint8Array, context?: string): unknown {
  try {
    return JSON.parse(inflateRawSync(bytes, { dictionary: dictionary(context) }).toString('utf8')) as unknown;
  } catch (err) {
    throw damaged((err as Error).message);
  }
}

function dictionary(context: string | undefined): Buffer {
  return context ? Buffer.concat([DICTIONARY_V1, Buffer.from(context, 'utf8')]) : DICTIONARY_V1;
}

/** Reads a stored layer data column: a packed payload, or a JSON text row (a string, or its UTF-8 bytes). */
export function unpackLayerData(stored: Uint8Array | string): unknown[] {
  const bytes = typeof stored === 'string' ? null : asBuffer(stored);
  if (bytes && bytes[0] === PACKED_V1) return open(bytes);
  const v = parseJson(bytes ? bytes.toString('utf8') : (stored as string), bytes && bytes[0] !== JSON_ARRAY);
  if (!Array.isArray(v)) throw new WiretraceError('E_STORE', 'stored layer data is not an array');
  return v;
}

/**
 * Packs any JSON value (a link digest, a story's state) the same way: as a column of one value, so
 * its arrays of records are stored by column too.
 */
export function packJson(value: unknown): Buffer {
  if (value === undefined) throw new WiretraceError('E_STORE', 'undefined is not a JSON value');
  return envelope({ n: 1, c: encode([value]) });
}

/** Reads what packJson wrote, or a JSON text value written before (a string, or its UTF-8 bytes). */
export function unpackJson(stored: Uint8Array | string): unknown {
  if (typeof stored === 'string') return parseJson(stored, false);
  const bytes = asBuffer(stored);
  if (bytes[0] === PACKED_V1) return open(bytes)[0];
  // JSON text starts with a printable character or white space; a control byte is a format we do not know
  return parseJson(bytes.toString('utf8'), bytes.length === 0 || (bytes[0]! < 0x20 && !JSON_SPACE.has(bytes[0]!)));
}

/** JSON's white space: tab, line feed, carriage return (space is above 0x20). */
const JSON_SPACE = new Set([0x09, 0x0a, 0x0d]);

function envelope(payload: Payload): Buffer {
  const body = deflateJson(payload);
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = PACKED_V1;
  body.copy(out, 1);
  return out;
}

function asBuffer(stored: Uint8Array): Buffer {
  return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
}

function open(bytes: Buffer): unknown[] {
  const payload = inflateJson(bytes.subarray(1)) as Payload;
  return decode(payload.c, payload.n);
}

/** JSON text, or E_STORE when it is not JSON or its first byte names no format we know (`unknown`). */
function parseJson(text: string, unknown: boolean | null): unknown {
  if (unknown) throw new WiretraceError('E_STORE', `stored data has an unknown format (first byte ${text.length ? text.charCodeAt(0) : 'none'})`);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw damaged((err as Error).message);
  }
}

// ---- encoding ----

function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/** A value JSON writes as itself in an object or array (undefined, functions and symbols it drops or nulls). */
function keepable(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

/** The own keys of a plain object whose values JSON keeps, else null. */
function plainKeys(v: unknown): string[] | null {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Object.keys(v);
  // a key named __proto__ would set the prototype when the record is rebuilt, not an own key
  if (keys.includes('__proto__')) return null;
  for (const k of keys) if (!keepable((v as Record<string, unknown>)[k])) return null;
  return keys;
}

/** The smallest exact form of these values that we know of. */
function encode(vals: readonly unknown[]): Column {
  if (vals.length && vals.every(isInteger)) {
    const d = differences(vals as number[], null);
    if (d) return { d };
  }
  if (vals.length && vals.every((v) => typeof v === 'string')) {
    const dict = new Map<string, number>();
    const x = (vals as string[]).map((v) => {
      let i = dict.get(v);
      if (i === undefined) dict.set(v, (i = dict.size));
      return i;
    });
    // a dictionary pays only when values repeat
    if (dict.size * 2 <= vals.length) return { s: [...dict.keys()], x };
  }
  if (vals.length && vals.every((v) => Array.isArray(v) && v.every(keepable))) {
    const arrays = vals as unknown[][];
    const elements: unknown[] = [];
    for (const arr of arrays) for (const e of arr) elements.push(e);
    return { a: arrays.map((arr) => arr.length), e: encode(elements) };
  }
  const table = vals.length ? tableOf(vals) : null;
  if (table) return { t: table };
  return { v: vals as unknown[] };
}

function tableOf(vals: readonly unknown[]): Table | null {
  const keyIndex = new Map<string, number>();
  const shapeIndex = new Map<string, number>();
  const shapes: number[][] = [];
  const h: number[] = new Array<number>(vals.length);
  const cols: unknown[][] = [];
  for (let i = 0; i < vals.length; i++) {
    const keys = plainKeys(vals[i]);
    if (!keys) return null;
    const rec = vals[i] as Record<string, unknown>;
    const shape = keys.map((k) => {
      let j = keyIndex.get(k);
      if (j === undefined) {
        keyIndex.set(k, (j = keyIndex.size));
        cols.push([]);
      }
      cols[j]!.push(rec[k]);
      return j;
    });
    const sig = shape.join(',');
    let s = shapeIndex.get(sig);
    if (s === undefined) {
      shapeIndex.set(sig, (s = shapes.length));
      shapes.push(shape);
    }
    h[i] = s;
  }
  const full = cols.map((c) => c.length === vals.length && c.every(isInteger));
  const c: Column[] = cols.map((col, j) => (full[j] ? intColumn(col as number[], cols as number[][], full, j) : encode(col)));
  return shapes.length === 1 ? { k: [...keyIndex.keys()], p: shapes, c } : { k: [...keyIndex.keys()], p: shapes, h, c };
}

/** An integer column in every row: as differences from the row before, or from an earlier such key, whichever is shorter. */
function intColumn(ints: readonly number[], cols: readonly number[][], full: readonly boolean[], j: number): Column {
  const d = differences(ints, null);
  let best: Column = d ? { d } : { v: [...ints] };
  let bestCost = d ? cost(d) : Infinity;
  for (let o = 0; o < j; o++) {
    if (!full[o]) continue;
    const r = differences(ints, cols[o]!);
    if (r && cost(r) < bestCost) {
      best = { r, of: o };
      bestCost = cost(r);
    }
  }
  return best;
}

/** Each value minus the previous one (other = null) or minus other's value in the same row; null past 2^53. */
function differences(ints: readonly number[], other: readonly number[] | null): number[] | null {
  const out = new Array<number>(ints.length);
  for (let i = 0; i < ints.length; i++) {
    out[i] = ints[i]! - (other ? other[i]! : i === 0 ? 0 : ints[i - 1]!);
    if (!Number.isSafeInteger(out[i])) return null;
  }
  return out;
}

/** About the characters a column's JSON takes: each value's digits and sign. */
function cost(ns: readonly number[]): number {
  let c = 0;
  for (const n of ns) c += n === 0 ? 1 : Math.floor(Math.log10(Math.abs(n))) + (n < 0 ? 2 : 1);
  return c;
}

// ---- decoding ----

function damaged(why: string): WiretraceError {
  return new WiretraceError('E_STORE', `stored layer data is damaged (${why})`);
}

function decode(col: Column, n: number, siblings: ReadonlyArray<unknown[] | undefined> = []): unknown[] {
  let out: unknown[];
  if ('d' in col) {
    out = new Array<number>(col.d.length);
    let acc = 0;
    for (let i = 0; i < col.d.length; i++) out[i] = acc += col.d[i]!;
  } else if ('r' in col) {
    const other = siblings[col.of] as number[] | undefined;
    if (!other) throw damaged('a column refers to one not yet read');
    out = col.r.map((v, i) => v + other[i]!);
  } else if ('s' in col) {
    out = col.x.map((i) => col.s[i]);
  } else if ('a' in col) {
    const total = col.a.reduce((a, b) => a + b, 0);
    const elements = decode(col.e, total);
    out = new Array<unknown>(col.a.length);
    let at = 0;
    for (let i = 0; i < col.a.length; i++) {
      out[i] = elements.slice(at, at + col.a[i]!);
      at += col.a[i]!;
    }
  } else if ('t' in col) {
    out = rows(col.t, n);
  } else {
    out = col.v;
  }
  if (out.length !== n) throw damaged('a column has the wrong length');
  return out;
}

function rows(t: Table, n: number): unknown[] {
  if (t.k.length !== t.c.length) throw damaged('keys and columns differ');
  const shapeOf = (i: number): number[] => t.p[t.h ? t.h[i]! : 0] ?? [];
  const counts = new Array<number>(t.k.length).fill(0);
  for (let i = 0; i < n; i++) for (const j of shapeOf(i)) counts[j]!++;
  const cols: unknown[][] = [];
  for (let j = 0; j < t.c.length; j++) cols.push(decode(t.c[j]!, counts[j]!, cols));
  const at = new Array<number>(t.k.length).fill(0);
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const rec: Record<string, unknown> = {};
    for (const j of shapeOf(i)) rec[t.k[j]!] = cols[j]![at[j]!++];
    out[i] = rec;
  }
  return out;
}
