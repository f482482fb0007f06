/**
 * Clustering and coreference metrics: pairwise and B-cubed for clustering, MUC, B-cubed, CEAF-e and CoNLL F1
 * for coreference, with the semantics of the reference coreference scorer (Pradhan et al. 2014, v8.01):
 *
 * - A clustering is a set of items each in one cluster. Key (gold) and response (predicted) may hold
 *   different items: a key item the response lacks counts against recall, a response item the key lacks
 *   against precision (the reference scorer's rule for predicted mentions).
 * - Any 0/0 is 0, and F1 is 0 when P + R is 0 (the scorer's ShowRPF). So two all-singleton clusterings
 *   score MUC 0/0/0 and pairwise 0/0/0: neither has a link or a pair to get right.
 * - Singletons: `keep` scores every cluster as given (the ECB+ gold-mention convention of Barhom et al. 2019
 *   and later work); `drop` removes clusters of one item from key and response before scoring (Cattan et
 *   al. 2021). MUC ignores singletons either way: a one-item cluster has no links.
 */
import { WiretraceError } from '../../errors.js';

/** One item's cluster. */
export interface Assignment {
  readonly item: string;
  readonly cluster: string;
}

/** A clustering: assignments, or a map from item to cluster. */
export type Clustering = readonly Assignment[] | ReadonlyMap<string, string>;

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export type SingletonPolicy = 'keep' | 'drop';

export interface CorefScores {
  readonly muc: Prf;
  readonly b3: Prf;
  readonly ceafE: Prf;
  /** Mean of the MUC, B-cubed and CEAF-e F1. */
  readonly conllF1: number;
}

/** Clusters as item sets, keyed by cluster id, in first-seen order. */
export type Entities = ReadonlyMap<string, ReadonlySet<string>>;

export function prfOf(pNum: number, pDen: number, rNum: number, rDen: number): Prf {
  const p = pDen ? pNum / pDen : 0;
  const r = rDen ? rNum / rDen : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Groups a clustering into entities; an item assigned twice is an error (a clustering is a partition). */
export function entitiesOf(c: Clustering, singletons: SingletonPolicy = 'keep'): Entities {
  const pairs: Iterable<readonly [string, string]> = c instanceof Map ? c.entries() : (c as readonly Assignment[]).map((a) => [a.item, a.cluster] as const);
  const seen = new Map<string, string>();
  const out = new Map<string, Set<string>>();
  for (const [item, cluster] of pairs) {
    const prev = seen.get(item);
    if (prev !== undefined) {
      throw new WiretraceError('E_EVAL_DATA', `item "${item}" is in two clusters ("${prev}" and "${cluster}")`);
    }
    seen.set(item, cluster);
    let s = out.get(cluster);
    if (!s) out.set(cluster, (s = new Set()));
    s.add(item);
  }
  if (singletons === 'drop') for (const [k, s] of out) if (s.size === 1) out.delete(k);
  return out;
}

/** item -> cluster id, for the overlap counts below. */
function owner(e: Entities): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, s] of e) for (const item of s) m.set(item, k);
  return m;
}

/** For each cluster of `a`, how many of its items fall in each cluster of `b` (items `b` lacks are left out). */
function overlaps(a: Entities, b: Entities): Map<string, Map<string, number>> {
  const inB = owner(b);
  const out = new Map<string, Map<string, number>>();
  for (const [k, s] of a) {
    const row = new Map<string, number>();
    for (const item of s) {
      const o = inB.get(item);
      if (o !== undefined) row.set(o, (row.get(o) ?? 0) + 1);
    }
    out.set(k, row);
  }
  return out;
}

const pairsIn = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise P/R/F1: precision over the response's same-cluster pairs, recall over the key's. */
export function pairwise(key: Clustering, response: Clustering, singletons: SingletonPolicy = 'keep'): Prf {
  const k = entitiesOf(key, singletons);
  const r = entitiesOf(response, singletons);
  let common = 0;
  for (const row of overlaps(k, r).values()) for (const n of row.values()) common += pairsIn(n);
  let kPairs = 0;
  let rPairs = 0;
  for (const s of k.values()) kPairs += pairsIn(s.size);
  for (const s of r.values()) rPairs += pairsIn(s.size);
  return prfOf(common, rPairs, common, kPairs);
}

/** B-cubed (Bagga & Baldwin 1998): per-item precision and recall, averaged over the response's and the key's items. */
export function bcubed(key: Clustering, response: Clustering, singletons: SingletonPolicy = 'keep'): Prf {
  return bcubedOf(entitiesOf(key, singletons), entitiesOf(response, singletons));
}

/** Sums a per-cluster numerator and denominator over the clusters of `a`, each seen with its overlaps in `b`. */
function sumOver(a: Entities, b: Entities, term: (size: number, row: ReadonlyMap<string, number>) => { num: number; den: number }): { num: number; den: number } {
  let num = 0;
  let den = 0;
  for (const [id, row] of overlaps(a, b)) {
    const t = term(a.get(id)!.size, row);
    num += t.num;
    den += t.den;
  }
  return { num, den };
}

function bcubedOf(k: Entities, r: Entities): Prf {
  // Each item of a key cluster K that sits in response cluster R has recall |K∩R|/|K|; summed over K's
  // items in R that is |K∩R|²/|K|. Precision is the same with the roles swapped.
  const term = (size: number, row: ReadonlyMap<string, number>): { num: number; den: number } => {
    let num = 0;
    for (const n of row.values()) num += (n * n) / size;
    return { num, den: size };
  };
  const rec = sumOver(k, r, term);
  const pre = sumOver(r, k, term);
  return prfOf(pre.num, pre.den, rec.num, rec.den);
}

/**
 * MUC (Vilain et al. 1995): recall = Σ(|K| − |p(K)|) / Σ(|K| − 1) over key clusters K, where p(K) is K cut by
 * the response's clusters, each item the response lacks being a part of its own; precision swaps the roles.
 */
export function muc(key: Clustering, response: Clustering, singletons: SingletonPolicy = 'keep'): Prf {
  return mucOf(entitiesOf(key, singletons), entitiesOf(response, singletons));
}

function mucOf(k: Entities, r: Entities): Prf {
  const term = (size: number, row: ReadonlyMap<string, number>): { num: number; den: number } => {
    let covered = 0;
    for (const n of row.values()) covered += n;
    const parts = row.size + (size - covered);
    return { num: size - parts, den: size - 1 };
  };
  const rec = sumOver(k, r, term);
  const pre = sumOver(r, k, term);
  return prfOf(pre.num, pre.den, rec.num, rec.den);
}

/** One key cluster aligned with one response cluster, and their CEAF-e similarity. */
export interface Alignment {
  readonly key: string;
  readonly response: string;
  readonly similarity: number;
}

/**
 * The one-to-one alignment of key and response clusters that maximises the summed similarity
 * φ4(K, R) = 2|K∩R| / (|K| + |R|) (Luo 2005). Clusters that share no item have similarity 0, so the
 * problem splits into connected components of the overlap graph, each solved by Kuhn-Munkres; clusters
 * left unaligned are absent from the result.
 */
export function alignEntities(k: Entities, r: Entities): Alignment[] {
  const ov = overlaps(k, r);
  // Union-find over "k:<id>" and "r:<id>" nodes joined by overlaps.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const [kid, row] of ov) {
    if (!row.size) continue;
    parent.set(`k:${kid}`, `k:${kid}`);
    for (const rid of row.keys()) {
      if (!parent.has(`r:${rid}`)) parent.set(`r:${rid}`, `r:${rid}`);
      const a = find(`k:${kid}`);
      const b = find(`r:${rid}`);
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, { keys: string[]; responses: string[] }>();
  for (const node of parent.keys()) {
    const root = find(node);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { keys: [], responses: [] }));
    (node.startsWith('k:') ? g.keys : g.responses).push(node.slice(2));
  }
  const out: Alignment[] = [];
  for (const { keys, responses } of groups.values()) {
    const sim = keys.map((kid) => {
      const row = ov.get(kid)!;
      const ks = k.get(kid)!.size;
      return responses.map((rid) => (2 * (row.get(rid) ?? 0)) / (ks + r.get(rid)!.size));
    });
    const match = maxWeightAssignment(sim);
    match.forEach((col, i) => {
      if (col >= 0 && sim[i]![col]! > 0) out.push({ key: keys[i]!, response: responses[col]!, similarity: sim[i]![col]! });
    });
  }
  return out;
}

/** CEAF-e: the best alignment's summed φ4, divided by the number of key (recall) or response (precision) clusters. */
export function ceafE(key: Clustering, response: Clustering, singletons: SingletonPolicy = 'keep'): Prf {
  return ceafEOf(entitiesOf(key, singletons), entitiesOf(response, singletons));
}

function ceafEOf(k: Entities, r: Entities): Prf {
  let total = 0;
  for (const a of alignEntities(k, r)) total += a.similarity;
  return prfOf(total, r.size, total, k.size);
}

/** MUC, B-cubed, CEAF-e and their mean F1 (the CoNLL-2012 score). */
export function conll(key: Clustering, response: Clustering, singletons: SingletonPolicy = 'keep'): CorefScores {
  const k = entitiesOf(key, singletons);
  const r = entitiesOf(response, singletons);
  const m = mucOf(k, r);
  const b = bcubedOf(k, r);
  const c = ceafEOf(k, r);
  return { muc: m, b3: b, ceafE: c, conllF1: (m.f1 + b.f1 + c.f1) / 3 };
}

/**
 * Kuhn-Munkres (Hungarian) assignment maximising the summed weight of a rows × cols matrix, O(n³) for
 * n = max(rows, cols). Returns, for each row, its column or -1 when it is left unassigned (more rows than
 * columns). The matrix is padded to a square with zeros; weights may be any finite numbers.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  const n = Math.max(rows, cols);
  if (!n) return [];
  let maxW = 0;
  for (const row of weights) {
    if (row.length !== cols) throw new WiretraceError('E_INTERNAL', 'assignment matrix rows differ in length');
    for (const w of row) if (w > maxW) maxW = w;
  }
  // Minimise cost = maxW - weight (padding cells cost maxW, i.e. weight 0), with the potentials of the
  // shortest-augmenting-path formulation; arrays are 1-based, index 0 is the virtual start.
  const cost = (i: number, j: number): number => maxW - (i <= rows && j <= cols ? weights[i - 1]![j - 1]! : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j]: the row matched to column j
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! >= 1 && p[j]! <= rows && j <= cols) out[p[j]! - 1] = j - 1;
  return out;
}
