/** Records and helpers the contract suite builds its cases from. */
import { readFileSync } from 'node:fs';
import { isWiretraceError, type ErrorCode } from '../../errors.js';
import { minhashSignature, signatureToHex } from '../../ingest/dedupe/minhash.js';
import type { LayerWrite, NewArticle, Store } from '../types.js';

export type OpenStore = () => Promise<Store>;

export function article(over: Partial<NewArticle> = {}): NewArticle {
  return {
    url: null,
    canonicalUrl: null,
    contentHash: 'h1',
    outlet: 'Example Wire',
    title: 'Talks resume in Geneva',
    byline: ['Ann Writer'],
    published: '2024-06-16',
    modified: null,
    fetched: null,
    language: 'en',
    image: null,
    imageCredit: null,
    text: 'Negotiators met in Geneva on Monday. The U.N. envoy said talks would resume.',
    meta: { source: 'test' },
    nearDupOf: null,
    signature: null,
    ...over,
  };
}

export const LAYERS: readonly LayerWrite[] = [
  { name: 'paragraphs', annotator: 'text.paragraphs', version: '1.0.0', data: [{ start: 0, end: 10 }] },
  { name: 'sentences', annotator: 'text.sentences', version: '1.0.0', data: [{ start: 0, end: 5 }] },
];

/** An assert.rejects / assert.throws predicate: a WiretraceError with this code. */
export function coded(code: ErrorCode): (e: unknown) => boolean {
  return (e: unknown) => isWiretraceError(e) && e.code === code;
}

/** Opens a store, runs the body, and closes the store whatever happens. */
export async function withStore<T>(open: OpenStore, body: (s: Store) => Promise<T>): Promise<T> {
  const s = await open();
  try {
    return await body(s);
  } finally {
    await s.close();
  }
}

const testdata = (name: string): string => readFileSync(new URL(`../../ingest/dedupe/testdata/${name}.txt`, import.meta.url), 'utf8');

/** A wire story, a copy of it with a new headline and paragraph, and an unrelated story. */
export const WIRE = { original: testdata('wire-original'), copy: testdata('wire-copy'), other: testdata('other-story') };

/** The stored (hex) MinHash signature of a text. */
export function signatureOf(text: string): string {
  return signatureToHex(minhashSignature(text));
}

/** A promise and the functions that settle it, to hold a transaction open at a chosen point. */
export function gate(): { readonly wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** Lets every queued callback and promise job run once (ordering, not time). */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
