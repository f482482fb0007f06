/**
 * The check both engines' rebuild migrations (SQLite 10, PostgreSQL 9) are held to: articles stored
 * before them (a signature and a V1 bundle that keep everything), and what the store must read back
 * afterwards, unchanged, though only what the text cannot give back stays stored.
 */
import assert from 'node:assert/strict';
import { TEXT_LAYERS } from '../derived-layers.js';
import { BUNDLE_V1, BUNDLE_V2, packBundle } from '../layer-bundle.js';
import type { LayerWrite, Store } from '../types.js';
import { signatureOf, WIRE } from './fixtures.js';
import { lshBandKeys, signatureFromHex } from '../../ingest/dedupe/minhash.js';

/** A signature's bucket keys as stored before they were folded into 32 bits (SQLite migration 11, PostgreSQL 10). */
export function unfoldedBands(signature: string): number[] {
  return lshBandKeys(signatureFromHex(signature)!);
}

const AT = '2024-01-01T00:00:00.000Z';

/** An article as stored before the migration: its text, signature in hex, and bundle. */
export interface OldArticle {
  readonly text: string;
  readonly signature: string | null;
  readonly bundle: Buffer | null;
  /** after the migration: whether the signature is the two-byte mark, and the bundle's format byte */
  readonly marked: boolean;
  readonly format: number | null;
  readonly layers: readonly LayerWrite[];
}

function textLayersOf(text: string): LayerWrite[] {
  const made = TEXT_LAYERS.derive(text);
  return TEXT_LAYERS.names.map((name) => ({ name, annotator: TEXT_LAYERS.annotator, version: TEXT_LAYERS.version, data: made.get(name)! }));
}

/** Its own text's signature and text layers; another text's signature and a tokenizer of its own; neither. */
export function oldArticles(): OldArticle[] {
  const own = [...textLayersOf(WIRE.original), { name: 'entities', annotator: 'ner', version: '2.0.0', data: [{ key: 'per:x' }] }];
  const foreign: LayerWrite[] = [{ name: 'tokens', annotator: 'my.tokenizer', version: '1.0.0', data: [{ start: 0, end: 3 }] }];
  return [
    { text: WIRE.original, signature: signatureOf(WIRE.original), bundle: packBundle(own, AT), marked: true, format: BUNDLE_V2, layers: own },
    { text: WIRE.other, signature: signatureOf(WIRE.original), bundle: packBundle(foreign, AT), marked: false, format: BUNDLE_V1, layers: foreign },
    { text: WIRE.copy, signature: null, bundle: null, marked: false, format: null, layers: [] },
  ];
}

/** Each article reads back as it was stored: signature, layers (records, versions, time), near-duplicate lookup. */
export async function checkRebuiltArticles(s: Store, ids: readonly number[], old: readonly OldArticle[]): Promise<void> {
  for (const [i, a] of old.entries()) {
    assert.equal((await s.getArticle(ids[i]!))?.signature, a.signature, `article ${i}: its signature`);
    const layers = await s.getLayers(ids[i]!);
    assert.deepEqual(
      layers.map((l) => [l.name, l.annotator, l.version, l.createdAt, JSON.stringify(l.data)]),
      a.layers.map((l) => [l.name, l.annotator, l.version, AT, JSON.stringify(l.data)]),
      `article ${i}: its layers`,
    );
  }
  assert.deepEqual((await s.nearDupCandidates(signatureOf(WIRE.copy))).map((r) => [r.id, r.signature]), [[ids[0], old[0]!.signature], [ids[1], old[1]!.signature]], 'candidates give their signatures back');
}

/** What the migration left stored, per article: signature bytes and bundle format. */
export function checkStoredForms(stored: ReadonlyArray<{ signatureBytes: number | null; format: number | null }>, old: readonly OldArticle[]): void {
  assert.deepEqual(
    stored,
    old.map((a) => ({ signatureBytes: a.signature === null ? null : a.marked ? 2 : a.signature.length / 2, format: a.format })),
  );
}
