/**
 * BILOU labels over the four CoNLL types, and conversion from/to IOB2 (the CoNLL file encoding).
 * Label 0 is O; type k has B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
 */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];
export const N_LABELS = 1 + 4 * TYPES.length;

export const LABEL_NAMES: readonly string[] = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
export function labelPos(label: number): 'O' | 'B' | 'I' | 'L' | 'U' {
  return label === 0 ? 'O' : (['B', 'I', 'L', 'U'] as const)[(label - 1) & 3]!;
}
function lab(pos: number, type: number): number {
  return 1 + type * 4 + pos;
}

/** May `cur` follow `prev` in a well-formed BILOU sequence? */
export function allowed(prev: number, cur: number): boolean {
  const pp = labelPos(prev);
  const cp = labelPos(cur);
  if (pp === 'B' || pp === 'I') return (cp === 'I' || cp === 'L') && labelType(prev) === labelType(cur);
  return cp === 'O' || cp === 'B' || cp === 'U';
}

/** IOB2 tags ("B-PER", "I-PER", "O") → BILOU label ids. Stray I- tags start a new chunk (conlleval). */
export function iobToBilou(tags: readonly string[]): Int32Array {
  const out = new Int32Array(tags.length);
  const typeOf = (t: string): number => TYPES.indexOf(t.slice(2) as NerType);
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O' || t.length < 3) continue;
    const ty = typeOf(t);
    if (ty < 0) continue;
    const begins = t[0] === 'B' || i === 0 || tags[i - 1] === 'O' || typeOf(tags[i - 1]!) !== ty;
    const next = tags[i + 1];
    const continues = next !== undefined && next[0] === 'I' && typeOf(next) === ty;
    out[i] = lab(begins ? (continues ? 0 : 3) : continues ? 1 : 2, ty);
  }
  return out;
}

export function bilouToIob(labels: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const p = labelPos(l);
    out.push(p === 'O' ? 'O' : `${p === 'B' || p === 'U' ? 'B' : 'I'}-${TYPES[labelType(l)]}`);
  }
  return out;
}

export interface Chunk {
  readonly type: string;
  readonly start: number;
  /** exclusive */
  readonly end: number;
}

/** Chunks of a BILOU label sequence (repairing any ill-formed run the same way conlleval would). */
export function bilouChunks(labels: ArrayLike<number>): Chunk[] {
  return iobChunks(bilouToIob(labels));
}

/** conlleval chunking of IOB tags: a chunk starts at B-, at I- after O or after another type. */
export function iobChunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const prefix = t === 'O' ? 'O' : t[0];
    const ty = t === 'O' ? '' : t.slice(2);
    const begins = prefix === 'B' || (prefix === 'I' && ty !== type) || prefix === 'U' || prefix === 'S';
    const ends = prefix === 'O' || begins;
    if (start >= 0 && ends) {
      out.push({ type, start, end: i });
      start = -1;
      type = '';
    }
    if (prefix !== 'O' && start < 0) {
      start = i;
      type = ty;
    }
  }
  return out;
}
