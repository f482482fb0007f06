/**
 * The check both engines' bucket migrations (SQLite 16, PostgreSQL 19) are held to: articles stored
 * with the buckets of before (63 keys of two hashes, here made-up keys, which the migration must
 * drop), and afterwards the same candidates for every signature as a store that wrote the new
 * buckets itself, in the same order.
 */
import assert from 'node:assert/strict';
import type { Store } from '../types.js';
import { article, signatureOf, WIRE } from './fixtures.js';
import { signatureFromHex } from '../../ingest/dedupe/minhash.js';

/** An article as stored before the migration: its text, its signature in hex (or none), and which earlier one it copies. */
export interface OldBandArticle {
  readonly text: string;
  readonly signature: string | null;
  /** index into the list of the article it is a near-duplicate of */
  readonly copyOf: number | null;
}

export function oldBandArticles(): OldBandArticle[] {
  return [
    { text: WIRE.original, signature: signatureOf(WIRE.original), copyOf: null },
    { text: WIRE.copy, signature: signatureOf(WIRE.copy), copyOf: 0 },
    { text: WIRE.other, signature: signatureOf(WIRE.other), copyOf: null },
    { text: 'Talks resume in Geneva.', signature: 'not a signature', copyOf: null },
    { text: 'Talks resume.', signature: null, copyOf: null },
  ];
}

/** Keys of the old scheme's shape (63 a signed article), none of which the new scheme makes. */
export function oldKeys(article: number): number[] {
  return Array.from({ length: 63 }, (_, i) => 1_000_000 * (article + 1) + i);
}

function isSignature(hex: string): boolean {
  return signatureFromHex(hex) !== null;
}

/** Candidate ids (as indexes into the list) of each signed article's signature in a store. */
async function candidateIndexes(store: Store, ids: readonly number[], old: readonly OldBandArticle[]): Promise<number[][]> {
  const out: number[][] = [];
  for (const a of old) {
    if (a.signature === null || !isSignature(a.signature)) continue;
    out.push((await store.nearDupCandidates(a.signature)).map((r) => ids.indexOf(r.id)));
  }
  return out;
}

/** The migrated store finds, for every signature, what a fresh store given the same articles finds. */
export async function checkSameCandidates(migrated: Store, ids: readonly number[], fresh: Store, old: readonly OldBandArticle[]): Promise<void> {
  const freshIds: number[] = [];
  for (const [i, a] of old.entries()) {
    // the store takes no string that is not a signature (E_VALIDATION); the migration only keeps one
    if (a.signature !== null && !isSignature(a.signature)) {
      freshIds.push(-1);
      continue;
    }
    const nearDupOf = a.copyOf === null ? null : freshIds[a.copyOf]!;
    freshIds.push((await fresh.insertArticle(article({ contentHash: `fresh${i}`, text: a.text, signature: a.signature, nearDupOf }), [])).id);
  }
  const got = await candidateIndexes(migrated, ids, old);
  assert.deepEqual(got, await candidateIndexes(fresh, freshIds, old), 'the same candidates as a store that wrote the buckets itself');
  assert.deepEqual(got[0], [0], 'the original finds itself: its copy is left out of the buckets they share');
  assert.deepEqual(got[1], [0, 1], 'the copy finds the original, and itself in the buckets the original lacks');
  assert.deepEqual(got[2], [2], 'another story finds only itself');
}
