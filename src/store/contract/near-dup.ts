/** Contract: the near-duplicate LSH buckets (candidates by band, groups by first-seen copy). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NEAR_DUP_BUCKET_SCAN } from '../near-dup.js';
import type { SignatureRow } from '../types.js';
import { article, coded, signatureOf, withStore, WIRE, type OpenStore } from './fixtures.js';

const ids = (rows: readonly SignatureRow[]): number[] => rows.map((r) => r.id);

export function nearDupContract(name: string, open: OpenStore): void {
  test(`${name}: near-duplicate candidates share a band; texts without one, or without a signature, are not listed`, () =>
    withStore(open, async (s) => {
      const original = await s.insertArticle(article({ contentHash: 'o', signature: signatureOf(WIRE.original) }), []);
      const other = await s.insertArticle(article({ contentHash: 'x', signature: signatureOf(WIRE.other) }), []);
      await s.insertArticle(article({ contentHash: 'n', text: WIRE.original, signature: null }), []);
      const short = await s.insertArticle(article({ contentHash: 's', signature: signatureOf('Breaking news: port closed.') }), []);
      const cases: Array<{ name: string; query: string; want: number[] }> = [
        { name: 'a copy finds its original', query: signatureOf(WIRE.copy), want: [original.id] },
        { name: 'the same text finds itself', query: signatureOf(WIRE.original), want: [original.id] },
        { name: 'an unrelated story finds only itself', query: signatureOf(WIRE.other), want: [other.id] },
        { name: 'a text too short to compare finds nothing', query: signatureOf('Breaking news: port closed.'), want: [] },
      ];
      for (const c of cases) assert.deepEqual(ids(await s.nearDupCandidates(c.query)), c.want, c.name);
      const [row] = await s.nearDupCandidates(signatureOf(WIRE.copy));
      assert.deepEqual(row, { id: original.id, signature: signatureOf(WIRE.original), firstSeen: original.id });
      assert.deepEqual(ids(await s.nearDupGroups([short.id])), [short.id], 'a short text is still its own group');
      await assert.rejects(s.nearDupCandidates('not a signature'), coded('E_VALIDATION'));
    }));

  test(`${name}: copies join their first-seen copy's group and stay out of buckets the group holds`, () =>
    withStore(open, async (s) => {
      const sig = signatureOf(WIRE.original);
      const first = await s.insertArticle(article({ contentHash: 'a', signature: sig }), []);
      const copy = await s.insertArticle(article({ contentHash: 'b', signature: signatureOf(WIRE.copy), nearDupOf: first.id }), []);
      const twin = await s.insertArticle(article({ contentHash: 'c', signature: sig, nearDupOf: first.id }), []);
      const other = await s.insertArticle(article({ contentHash: 'd', signature: signatureOf(WIRE.other) }), []);
      // The twin has exactly the first copy's bands, all held by the group already: it is in no bucket.
      // The copy is listed only under bands where it differs from the first copy.
      assert.deepEqual(ids(await s.nearDupCandidates(sig)), [first.id], 'the group shows once per bucket');
      assert.deepEqual(ids(await s.nearDupCandidates(signatureOf(WIRE.copy))), [first.id, copy.id], 'the copy under its own bands');
      const group = await s.nearDupGroups([first.id]);
      assert.deepEqual(group.map((r) => [r.id, r.firstSeen]), [[first.id, first.id], [copy.id, first.id], [twin.id, first.id]]);
      const cases: Array<{ firstSeen: number[]; want: number[] }> = [
        { firstSeen: [], want: [] },
        { firstSeen: [999], want: [] },
        { firstSeen: [other.id], want: [other.id] },
        { firstSeen: [other.id, first.id], want: [first.id, copy.id, twin.id, other.id] },
      ];
      for (const c of cases) assert.deepEqual(ids(await s.nearDupGroups(c.firstSeen)), c.want, JSON.stringify(c.firstSeen));
    }));

  test(`${name}: each band contributes at most NEAR_DUP_BUCKET_SCAN candidates, the oldest`, () =>
    withStore(open, async (s) => {
      const sig = signatureOf(WIRE.original);
      const stored: number[] = [];
      await s.transaction(async (tx) => {
        for (let i = 0; i < NEAR_DUP_BUCKET_SCAN + 3; i++) stored.push((await tx.insertArticle(article({ contentHash: `h${i}`, signature: sig }), [])).id);
      });
      assert.deepEqual(ids(await s.nearDupCandidates(sig)), stored.slice(0, NEAR_DUP_BUCKET_SCAN));
    }));
}
