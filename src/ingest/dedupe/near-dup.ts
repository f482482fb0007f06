/**
 * Near-duplicate decisions over MinHash signatures. The LSH buckets live in the store (so every worker
 * sees every article); this module asks the store for the few articles that share a band with a text,
 * verifies each on the full signature, and reports the matches with the first-seen copy of their
 * group: which copies share text, and which came first, is provenance evidence for later stages.
 */
import type { InsertResult, LayerWrite, NewArticle, Store } from '../../store/types.js';
import { estimateContainment, estimateJaccard, MIN_SHINGLES, signatureFromHex, signatureToHex, type MinHashSignature } from './minhash.js';

/**
 * Jaccard at or above which two texts are copies of one story. A wire copy with a new headline, an
 * added paragraph and a few house-style edits stays around 0.6–0.9; two stories written separately
 * about the same event share few 5-word runs (below 0.1). 0.5 sits well clear of both.
 */
export const NEAR_DUP_JACCARD = 0.5;
/**
 * Containment at or above which the shorter text is a trimmed copy of the longer one (outlets cut
 * wire stories from the bottom); Jaccard alone would miss a copy cut to a third. Measured on the wire
 * corpus (corpus/wire/input-containment, dev): trimmed copies that were also re-edited (house style, a
 * dropped sentence, a local paragraph on top) keep 0.68-1.0 of their 5-word shingles in the original,
 * while independent reports of the same event, sharing its names and numbers, keep at most 0.11. The
 * MinHash estimate is off by up to 0.2 at these sizes, so the line sits at 0.5, clear of both.
 */
export const NEAR_DUP_CONTAINMENT = 0.5;
/** Containment is only trusted when the shorter text has this many shingles (about a paragraph). */
export const MIN_SHINGLES_FOR_CONTAINMENT = 40;

export interface NearDupMatch {
  readonly id: number;
  /** Estimated Jaccard similarity of the two shingle sets. */
  readonly similarity: number;
  /** Estimated share of the shorter text's shingles found in the longer one. */
  readonly containment: number;
  /** The first article stored in the match's group: the earliest known copy. */
  readonly firstSeen: number;
}

/** What the lookup needs from the store. */
export type NearDupLookup = Pick<Store, 'nearDupCandidates' | 'nearDupGroups'>;

/** Whether two signatures describe copies of one text, by the thresholds above. */
export function isNearDuplicate(a: MinHashSignature, b: MinHashSignature): { readonly duplicate: boolean; readonly similarity: number; readonly containment: number } {
  const similarity = estimateJaccard(a, b);
  const containment = estimateContainment(a, b, similarity);
  const containmentTrusted = Math.min(a.shingleCount, b.shingleCount) >= MIN_SHINGLES_FOR_CONTAINMENT;
  const duplicate = similarity >= NEAR_DUP_JACCARD || (containmentTrusted && containment >= NEAR_DUP_CONTAINMENT);
  return { duplicate, similarity, containment };
}

/**
 * Stored near-duplicates of a signature, best first (ties: the earlier article). Candidates come from
 * the shared LSH bands; then every member of a matched group is checked too, since buckets hold one
 * member per group (a trimmed copy may match where its group's bucket holder does not). The cost
 * grows with the groups found, not with the store. To store the text, use insertWithNearDup, which
 * runs this in the insert's transaction.
 */
export async function findNearDuplicates(store: NearDupLookup, signature: MinHashSignature): Promise<NearDupMatch[]> {
  if (signature.shingleCount < MIN_SHINGLES) return [];
  const checked = new Set<number>();
  const found: NearDupMatch[] = [];
  const check = (rows: Awaited<ReturnType<NearDupLookup['nearDupCandidates']>>): void => {
    for (const row of rows) {
      if (checked.has(row.id)) continue;
      checked.add(row.id);
      const other = signatureFromHex(row.signature);
      if (!other) continue;
      const verdict = isNearDuplicate(signature, other);
      if (verdict.duplicate) found.push({ id: row.id, similarity: verdict.similarity, containment: verdict.containment, firstSeen: row.firstSeen });
    }
  };
  check(await store.nearDupCandidates(signatureToHex(signature)));
  const groups = [...new Set(found.map((m) => m.firstSeen))];
  if (groups.length) check(await store.nearDupGroups(groups));
  return found.sort((x, y) => y.similarity - x.similarity || y.containment - x.containment || x.id - y.id);
}

/** The best stored near-duplicate of a signature, or null. */
export async function findNearDuplicate(store: NearDupLookup, signature: MinHashSignature): Promise<NearDupMatch | null> {
  return (await findNearDuplicates(store, signature))[0] ?? null;
}

/**
 * Stores an article as a near-duplicate of its first-seen copy, when it has one. The lookup runs in
 * the insert's transaction, so a worker storing a copy at the same moment waits for this insert and
 * then finds it: the first-seen rule holds across processes.
 */
export async function insertWithNearDup(
  store: Store,
  article: Omit<NewArticle, 'nearDupOf' | 'signature'>,
  layers: readonly LayerWrite[],
  signature: MinHashSignature,
): Promise<{ readonly inserted: InsertResult; readonly match: NearDupMatch | null }> {
  return store.transaction(async (tx) => {
    const match = await findNearDuplicate(tx, signature);
    const inserted = await tx.insertArticle({ ...article, nearDupOf: match ? match.firstSeen : null, signature: signatureToHex(signature) }, layers);
    return { inserted, match };
  });
}
