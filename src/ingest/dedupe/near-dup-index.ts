/**
 * Near-duplicate index over MinHash signatures with LSH banding. Adding an article looks up only the
 * articles that share a band with it (no scan over the corpus), verifies each candidate on the full
 * signature, and reports the best match plus the first-seen article of its group: which copies share
 * text, and which came first, is provenance evidence for later stages.
 */
import {
  estimateContainment,
  estimateJaccard,
  MIN_SHINGLES,
  minhashSignature,
  NUM_HASHES,
  type MinHashSignature,
} from './minhash.js';

/** 63 bands of 2 rows: a pair with Jaccard 0.25 becomes a candidate with probability 0.98, one with 0.05 only 0.15. */
export const LSH_BANDS = 63;
export const LSH_ROWS = NUM_HASHES / LSH_BANDS;
/**
 * Jaccard at or above which two texts are copies of one story. A wire copy with a new headline, an
 * added paragraph and a few house-style edits stays around 0.6–0.9; two stories written separately
 * about the same event share few 5-word runs (below 0.1). 0.5 sits well clear of both.
 */
export const NEAR_DUP_JACCARD = 0.5;
/**
 * Containment at or above which the shorter text is a trimmed copy of the longer one (outlets cut
 * wire stories from the bottom); Jaccard alone would miss a copy cut to a third.
 */
export const NEAR_DUP_CONTAINMENT = 0.8;
/** Containment is only trusted when the shorter text has this many shingles (about a paragraph). */
export const MIN_SHINGLES_FOR_CONTAINMENT = 40;
/**
 * Candidates checked per band bucket. Buckets stay small because a copy is not added to buckets its
 * group already occupies; this cap bounds the worst case (boilerplate shared by many texts).
 */
export const MAX_BUCKET_SCAN = 256;

export interface NearDupMatch<Id> {
  readonly id: Id;
  /** Estimated Jaccard similarity of the two shingle sets. */
  readonly similarity: number;
  /** Estimated share of the shorter text's shingles found in the longer one. */
  readonly containment: number;
  /** The first article added to the match's group: the earliest known copy. */
  readonly firstSeen: Id;
}

export interface NearDupResult<Id> {
  /** The best-matching earlier article, when there is a near-duplicate. */
  readonly duplicateOf?: Id;
  /** The first-seen article of that group (equals duplicateOf when the match is itself first). */
  readonly firstSeen?: Id;
  /** Similarity to duplicateOf; 0 without a match. */
  readonly similarity: number;
  readonly containment: number;
  /** The signature computed for the text, to persist (see signatureToHex). */
  readonly signature: MinHashSignature;
}

/** Whether two signatures describe copies of one text, by the thresholds above. */
export function isNearDuplicate(a: MinHashSignature, b: MinHashSignature): { readonly duplicate: boolean; readonly similarity: number; readonly containment: number } {
  const similarity = estimateJaccard(a, b);
  const containment = estimateContainment(a, b, similarity);
  const containmentTrusted = Math.min(a.shingleCount, b.shingleCount) >= MIN_SHINGLES_FOR_CONTAINMENT;
  const duplicate = similarity >= NEAR_DUP_JACCARD || (containmentTrusted && containment >= NEAR_DUP_CONTAINMENT);
  return { duplicate, similarity, containment };
}

export class NearDupIndex<Id = string | number> {
  private readonly ids: Id[] = [];
  private readonly signatures: MinHashSignature[] = [];
  /** Index (into ids) of each article's group root, the first-seen copy. */
  private readonly roots: number[] = [];
  private readonly byId = new Map<Id, number>();
  /** Members of each group, keyed by the root's index, in the order added. */
  private readonly members = new Map<number, number[]>();
  private readonly bands: Map<number, number[]>[] = Array.from({ length: LSH_BANDS }, () => new Map());

  get size(): number {
    return this.ids.length;
  }

  /** Adds an article's text; reports the earlier copy it duplicates, if any. Re-adding an id is a no-op query. */
  add(articleId: Id, text: string): NearDupResult<Id> {
    return this.addSignature(articleId, minhashSignature(text));
  }

  /**
   * Adds a stored signature (rebuilding the index from the store, oldest first). `firstSeen` restores
   * a known group; otherwise the group is found by lookup, as for new text.
   */
  addSignature(articleId: Id, signature: MinHashSignature, firstSeen?: Id): NearDupResult<Id> {
    const existing = this.byId.get(articleId);
    if (existing !== undefined) return { ...this.resultFor(this.bestMatch(signature, existing)), signature };
    const best = this.bestMatch(signature, -1);
    const idx = this.ids.length;
    this.ids.push(articleId);
    this.signatures.push(signature);
    this.byId.set(articleId, idx);
    const known = firstSeen !== undefined ? this.byId.get(firstSeen) : undefined;
    const root = known !== undefined ? this.roots[known]! : best ? this.roots[best.idx]! : idx;
    this.roots.push(root);
    const group = this.members.get(root);
    if (group) group.push(idx);
    else this.members.set(root, [idx]);
    if (signature.shingleCount >= MIN_SHINGLES) this.insertBands(idx, signature, root);
    return { ...this.resultFor(best), signature };
  }

  /**
   * Near-duplicates of a text among indexed articles, best first, without adding it. Every member of
   * a matched group is checked, so the cost grows with the size of the groups found (not the corpus).
   */
  query(text: string): NearDupMatch<Id>[] {
    return this.querySignature(minhashSignature(text));
  }

  querySignature(signature: MinHashSignature): NearDupMatch<Id>[] {
    return this.matches(signature, -1, true).map((m) => this.toMatch(m));
  }

  /** The group's first-seen article for an indexed id. */
  firstSeenOf(articleId: Id): Id | undefined {
    const idx = this.byId.get(articleId);
    return idx === undefined ? undefined : this.ids[this.roots[idx]!];
  }

  private resultFor(best: Candidate | null): Omit<NearDupResult<Id>, 'signature'> {
    if (!best) return { similarity: 0, containment: 0 };
    const m = this.toMatch(best);
    return { duplicateOf: m.id, firstSeen: m.firstSeen, similarity: m.similarity, containment: m.containment };
  }

  private toMatch(c: Candidate): NearDupMatch<Id> {
    return { id: this.ids[c.idx]!, similarity: c.similarity, containment: c.containment, firstSeen: this.ids[this.roots[c.idx]!]! };
  }

  private bestMatch(signature: MinHashSignature, self: number): Candidate | null {
    return this.matches(signature, self)[0] ?? null;
  }

  private matches(signature: MinHashSignature, self: number, expandGroups = false): Candidate[] {
    if (signature.shingleCount < MIN_SHINGLES) return [];
    const checked = new Set<number>();
    const found: Candidate[] = [];
    for (let b = 0; b < LSH_BANDS; b++) {
      const bucket = this.bands[b]!.get(bandKey(signature, b));
      if (!bucket) continue;
      const limit = Math.min(bucket.length, MAX_BUCKET_SCAN);
      for (let k = 0; k < limit; k++) {
        const idx = bucket[k]!;
        if (idx === self || checked.has(idx)) continue;
        checked.add(idx);
        const verdict = isNearDuplicate(signature, this.signatures[idx]!);
        if (verdict.duplicate) found.push({ idx, similarity: verdict.similarity, containment: verdict.containment });
      }
    }
    if (expandGroups) {
      // Buckets hold one member per group; the others may match too (e.g. a trimmed copy).
      const roots = new Set(found.map((c) => this.roots[c.idx]!));
      for (const root of roots) {
        for (const idx of this.members.get(root) ?? []) {
          if (idx === self || checked.has(idx)) continue;
          checked.add(idx);
          const verdict = isNearDuplicate(signature, this.signatures[idx]!);
          if (verdict.duplicate) found.push({ idx, similarity: verdict.similarity, containment: verdict.containment });
        }
      }
    }
    // Best first; among equals the earlier article, so the first copy wins ties.
    return found.sort((x, y) => y.similarity - x.similarity || y.containment - x.containment || x.idx - y.idx);
  }

  private insertBands(idx: number, signature: MinHashSignature, root: number): void {
    for (let b = 0; b < LSH_BANDS; b++) {
      const key = bandKey(signature, b);
      const bucket = this.bands[b]!.get(key);
      if (!bucket) {
        this.bands[b]!.set(key, [idx]);
        continue;
      }
      // A group needs one member per bucket to be found; more copies would only grow the scan.
      if (root !== idx && bucket.some((other) => this.roots[other] === root)) continue;
      bucket.push(idx);
    }
  }
}

interface Candidate {
  readonly idx: number;
  readonly similarity: number;
  readonly containment: number;
}

function bandKey(sig: MinHashSignature, band: number): number {
  let h = 0x811c9dc5 ^ band;
  const start = band * LSH_ROWS;
  for (let r = 0; r < LSH_ROWS; r++) h = Math.imul(h ^ sig.hashes[start + r]!, 0x01000193) >>> 0;
  return h;
}
