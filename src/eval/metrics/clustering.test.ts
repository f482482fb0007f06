import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WiretraceError } from '../../errors.js';
import {
  alignEntities,
  bcubed,
  ceafE,
  conll,
  entitiesOf,
  maxWeightAssignment,
  muc,
  pairwise,
  type Assignment,
  type Prf,
  type SingletonPolicy,
} from './clustering.js';

/** "a b c | d e" -> assignments, clusters named c0, c1, … in order. */
function parse(spec: string): Assignment[] {
  if (!spec.trim()) return [];
  return spec.split('|').flatMap((group, i) =>
    group
      .trim()
      .split(/\s+/)
      .map((item) => ({ item, cluster: `c${i}` })),
  );
}

function close(got: Prf, want: { p: number; r: number }, label: string): void {
  const f1 = want.p + want.r ? (2 * want.p * want.r) / (want.p + want.r) : 0;
  for (const [k, w] of [['p', want.p], ['r', want.r], ['f1', f1]] as const) {
    assert.ok(Math.abs(got[k] - w) < 1e-9, `${label}: ${k} = ${got[k]}, want ${w}`);
  }
}

interface Case {
  readonly name: string;
  readonly key: string;
  readonly response: string;
  readonly singletons?: SingletonPolicy;
  readonly pairwise?: { p: number; r: number };
  readonly b3?: { p: number; r: number };
  readonly muc?: { p: number; r: number };
  readonly ceafE?: { p: number; r: number };
}

// Every expected value is worked out by hand in the comment beside it.
const CASES: readonly Case[] = [
  {
    // Pradhan et al. 2014 ("Scoring coreference partitions of predicted mentions"), the worked example the
    // reference scorer's test suite is built on. Key K1 = {a,b,c}, K2 = {d,e,f,g}; response R1 = {a,b},
    // R2 = {c,d}, R3 = {f,g,h,i} (h, i are not in the key).
    name: 'Pradhan 2014 worked example',
    key: 'a b c | d e f g',
    response: 'a b | c d | f g h i',
    // MUC recall: K1 cut into {a,b},{c} -> 3-2 = 1; K2 into {d},{e},{f,g} -> 4-3 = 1; over (2 + 3): 2/5.
    // Precision: R1 one part -> 1; R2 {c},{d} -> 0; R3 {f,g},{h},{i} -> 1; over (1 + 1 + 3): 2/5.
    muc: { p: 2 / 5, r: 2 / 5 },
    // B3 recall: K1: 2²/3 + 1²/3 = 5/3; K2: 1²/4 + 2²/4 = 5/4; (5/3 + 5/4) / 7 = 35/84.
    // Precision: R1: 2²/2 = 2; R2: 1/2 + 1/2 = 1; R3: 2²/4 = 1; 4 / 8 = 1/2.
    b3: { p: 1 / 2, r: 35 / 84 },
    // φ4: K1-R1 = 4/5, K1-R2 = 2/5, K2-R2 = 2/6, K2-R3 = 4/8. Best: K1-R1 + K2-R3 = 1.3.
    // Recall 1.3 / 2 = 0.65, precision 1.3 / 3.
    ceafE: { p: 1.3 / 3, r: 0.65 },
    // Pairs: key 3 + 6 = 9, response 1 + 1 + 6 = 8, common to both: {a,b} and {f,g} = 2.
    pairwise: { p: 2 / 8, r: 2 / 9 },
  },
  {
    // Bagga & Baldwin 1998, the example that motivates B3: key {1-5}, {6,7}, {8,9,A,B,C}; this response
    // merges the two-item cluster into the last one.
    name: 'Bagga & Baldwin: merging the small cluster',
    key: '1 2 3 4 5 | 6 7 | 8 9 A B C',
    response: '1 2 3 4 5 | 6 7 8 9 A B C',
    // MUC: recall 9/9; precision: R1 -> 4, R2 cut in two -> 5; over 4 + 6 = 10: 9/10.
    muc: { p: 9 / 10, r: 1 },
    // B3 precision: 5·1 + 2·(2/7) + 5·(5/7) = 5 + 29/7 = 64/7, over 12 items = 64/84 = 16/21.
    b3: { p: 16 / 21, r: 1 },
  },
  {
    // The same key, merging the two five-item clusters instead: MUC cannot tell the two errors apart
    // (9/10 again) but B3 punishes this one more, as Bagga & Baldwin argue it should.
    name: 'Bagga & Baldwin: merging the two large clusters',
    key: '1 2 3 4 5 | 6 7 | 8 9 A B C',
    response: '1 2 3 4 5 8 9 A B C | 6 7',
    muc: { p: 9 / 10, r: 1 },
    // B3 precision: 10·(5/10) + 2·1 = 7, over 12 = 7/12.
    b3: { p: 7 / 12, r: 1 },
    // φ4: K1-R1 = 10/15, K3-R1 = 10/15, K2-R2 = 1. Best 1 + 2/3; recall / 3, precision / 2.
    ceafE: { p: (5 / 3) / 2, r: (5 / 3) / 3 },
  },
  {
    // Vilain et al. 1995: key {A,B,C,D}, response {A,B}, {C,D}: one missing link of three.
    name: 'Vilain MUC example',
    key: 'A B C D',
    response: 'A B | C D',
    muc: { p: 1, r: 2 / 3 },
    // B3 recall: each item sees 2 of 4 -> 1/2; precision 1.
    b3: { p: 1, r: 1 / 2 },
    // φ4(K, R1) = φ4(K, R2) = 4/6; one of them aligned: recall 2/3, precision (2/3)/2.
    ceafE: { p: 1 / 3, r: 2 / 3 },
    // Key pairs 6, response 2, both correct.
    pairwise: { p: 1, r: 2 / 6 },
  },
  // The reference scorer's own CEAF-e cases (test/TestCases.README of conll/reference-coreference-scorers),
  // key {a} {b,c} {d,e,f}, with responses that miss and add mentions.
  {
    // TC2: {a} {d,e}: φ4 = 1 ({a}) + 2·2/(3+2) = 4/5 ({d,e,f}-{d,e}) = 1.8; recall 1.8/3, precision 1.8/2.
    name: 'reference scorer TC2 (missing mentions)',
    key: 'a | b c | d e f',
    response: 'a | d e',
    ceafE: { p: 1.8 / 2, r: 1.8 / 3 },
  },
  {
    // TC3: {a} {b,c,x} {d,e,f,y} {z}: 1 + 4/5 + 6/7; recall over 3, precision over 4.
    name: 'reference scorer TC3 (false-alarm mentions)',
    key: 'a | b c | d e f',
    response: 'a | b c x | d e f y | z',
    ceafE: { p: (1 + 4 / 5 + 6 / 7) / 4, r: (1 + 4 / 5 + 6 / 7) / 3 },
  },
  {
    // TC4: {a} {b,c,x} {d,y} {z}: 1 + 4/5 + 2/5 = 2.2; recall 2.2/3, precision 2.2/4.
    name: 'reference scorer TC4 (missing and false-alarm mentions)',
    key: 'a | b c | d e f',
    response: 'a | b c x | d y | z',
    ceafE: { p: 2.2 / 4, r: 2.2 / 3 },
  },
  {
    name: 'identical clusterings',
    key: 'a b c | d e | f',
    response: 'a b c | d e | f',
    muc: { p: 1, r: 1 },
    b3: { p: 1, r: 1 },
    ceafE: { p: 1, r: 1 },
    pairwise: { p: 1, r: 1 },
  },
  {
    // Degenerate: nothing to score; every 0/0 is 0.
    name: 'empty key and response',
    key: '',
    response: '',
    muc: { p: 0, r: 0 },
    b3: { p: 0, r: 0 },
    ceafE: { p: 0, r: 0 },
    pairwise: { p: 0, r: 0 },
  },
  {
    // All singletons on both sides: no links (MUC 0/0 = 0) and no pairs (pairwise 0), but every item and
    // every entity is right (B3 and CEAF-e 1), exactly as the reference scorer reports it.
    name: 'all singletons, both sides',
    key: 'a | b | c | d',
    response: 'a | b | c | d',
    muc: { p: 0, r: 0 },
    b3: { p: 1, r: 1 },
    ceafE: { p: 1, r: 1 },
    pairwise: { p: 0, r: 0 },
  },
  {
    name: 'one cluster, both sides',
    key: 'a b c d',
    response: 'a b c d',
    muc: { p: 1, r: 1 },
    b3: { p: 1, r: 1 },
    ceafE: { p: 1, r: 1 },
    pairwise: { p: 1, r: 1 },
  },
  {
    // Key all singletons, response one cluster: MUC recall 0/0 = 0, precision (4 - 4)/3 = 0.
    name: 'key all singletons, response one cluster',
    key: 'a | b | c | d',
    response: 'a b c d',
    muc: { p: 0, r: 0 },
    // B3: each response item shares 1 of 4 -> precision 1/4; each key item is whole -> recall 1.
    b3: { p: 1 / 4, r: 1 },
    // φ4(Ki, R) = 2/5 for each; one aligned: recall 0.4/4, precision 0.4/1.
    ceafE: { p: 0.4, r: 0.1 },
    pairwise: { p: 0, r: 0 },
  },
  {
    // The response has a mention the key lacks (x): it counts against precision only.
    name: 'response item missing from the key',
    key: 'a b',
    response: 'a b x',
    // MUC precision: R cut into {a,b},{x} -> (3 - 2)/2.
    muc: { p: 1 / 2, r: 1 },
    // B3 precision: R: 2²/3 = 4/3 over 3 items = 4/9.
    b3: { p: 4 / 9, r: 1 },
    // φ4 = 4/5, one entity each side.
    ceafE: { p: 4 / 5, r: 4 / 5 },
    pairwise: { p: 1 / 3, r: 1 },
  },
  {
    // The key has a mention the response lacks (c): it counts against recall only.
    name: 'key item missing from the response',
    key: 'a b c',
    response: 'a b',
    // MUC recall: K cut into {a,b},{c} -> (3 - 2)/2.
    muc: { p: 1, r: 1 / 2 },
    b3: { p: 1, r: 4 / 9 },
    ceafE: { p: 4 / 5, r: 4 / 5 },
    pairwise: { p: 1, r: 1 / 3 },
  },
  {
    // Singletons kept: key {a,b},{c}, response {a},{b,c}.
    // B3 recall: K1: 1/2 + 1/2 = 1, K2: 1 -> 2/3; precision: R1: 1, R2: 1/2 + 1/2 -> 2/3.
    name: 'singletons kept',
    key: 'a b | c',
    response: 'a | b c',
    singletons: 'keep',
    b3: { p: 2 / 3, r: 2 / 3 },
    // φ4: K1-R1 = 2/3, K1-R2 = 1/2, K2-R2 = 2/3; best K1-R1 + K2-R2 = 4/3, over 2 each side.
    ceafE: { p: 2 / 3, r: 2 / 3 },
    muc: { p: 0, r: 0 },
  },
  {
    // The same with singletons dropped (Cattan et al. 2021): key {a,b}, response {b,c}.
    // B3 recall: 1²/2 over 2 items = 1/4; precision the same. φ4 = 2/4 over one entity each side.
    name: 'singletons dropped',
    key: 'a b | c',
    response: 'a | b c',
    singletons: 'drop',
    b3: { p: 1 / 4, r: 1 / 4 },
    ceafE: { p: 1 / 2, r: 1 / 2 },
    muc: { p: 0, r: 0 },
    pairwise: { p: 0, r: 0 },
  },
  {
    // φ4: K1={a,b,c} vs R1={a,b,c,d} = 6/7, K2={d,e} vs R1 = 1/3, K2 vs R2={e} = 2/3. Best: K1-R1 + K2-R2.
    name: 'CEAF-e aligns every entity it can',
    key: 'a b c | d e',
    response: 'a b c d | e',
    ceafE: { p: (6 / 7 + 2 / 3) / 2, r: (6 / 7 + 2 / 3) / 2 },
  },
];

for (const c of CASES) {
  test(`clustering metrics: ${c.name}`, () => {
    const key = parse(c.key);
    const response = parse(c.response);
    const s = c.singletons ?? 'keep';
    if (c.muc) close(muc(key, response, s), c.muc, `${c.name} MUC`);
    if (c.b3) close(bcubed(key, response, s), c.b3, `${c.name} B3`);
    if (c.ceafE) close(ceafE(key, response, s), c.ceafE, `${c.name} CEAF-e`);
    if (c.pairwise) close(pairwise(key, response, s), c.pairwise, `${c.name} pairwise`);
  });
}

test('clustering metrics: CoNLL F1 is the mean of the three F1 (Pradhan example: (0.4 + 5/11 + 0.52) / 3)', () => {
  const s = conll(parse('a b c | d e f g'), parse('a b | c d | f g h i'));
  // B3 F1 = 2 · (1/2)(35/84) / (1/2 + 35/84) = 5/11; CEAF-e F1 = 2 · 0.65 · (1.3/3) / (0.65 + 1.3/3) = 0.52.
  assert.ok(Math.abs(s.b3.f1 - 5 / 11) < 1e-9);
  assert.ok(Math.abs(s.ceafE.f1 - 0.52) < 1e-9);
  assert.ok(Math.abs(s.conllF1 - (0.4 + 5 / 11 + 0.52) / 3) < 1e-9);
});

test('clustering metrics: a Map and the same assignments score alike; cluster names do not matter', () => {
  const key = parse('a b c | d e');
  const asMap = new Map(parse('a b | c d e').map((a) => [a.item, `other-${a.cluster}`]));
  assert.deepEqual(conll(key, asMap), conll(key, parse('a b | c d e')));
});

test('clustering metrics: an item in two clusters is E_EVAL_DATA', () => {
  const bad = [
    { item: 'a', cluster: 'x' },
    { item: 'a', cluster: 'y' },
  ];
  assert.throws(() => bcubed(bad, bad), (e: unknown) => e instanceof WiretraceError && e.code === 'E_EVAL_DATA' && /"a"/.test(e.message));
  assert.throws(() => entitiesOf(bad));
});

test('clustering metrics: dropping singletons leaves MUC unchanged', () => {
  const key = parse('a b c | d | e f');
  const response = parse('a b | c | d e f');
  assert.deepEqual(muc(key, response, 'keep'), muc(key, response, 'drop'));
});

test('alignEntities: one-to-one, and entities sharing nothing stay unaligned', () => {
  const k = entitiesOf(parse('a b c | d e | z'));
  const r = entitiesOf(parse('a b c d | e | y'));
  const al = alignEntities(k, r).sort((x, y) => x.key.localeCompare(y.key));
  assert.deepEqual(
    al.map((a) => [a.key, a.response]),
    [
      ['c0', 'c0'],
      ['c1', 'c1'],
    ],
  );
});

/** Every permutation's best sum, for checking the assignment on small matrices. */
function bruteForceBest(w: number[][]): number {
  const rows = w.length;
  const cols = w[0]?.length ?? 0;
  let best = 0;
  const used = new Array<boolean>(cols).fill(false);
  const go = (i: number, sum: number): void => {
    if (i === rows) {
      best = Math.max(best, sum);
      return;
    }
    go(i + 1, sum); // row i unassigned
    for (let j = 0; j < cols; j++) {
      if (used[j]) continue;
      used[j] = true;
      go(i + 1, sum + w[i]![j]!);
      used[j] = false;
    }
  };
  go(0, 0);
  return best;
}

function sumOf(w: number[][], match: number[]): number {
  return match.reduce((s, j, i) => s + (j >= 0 ? w[i]![j]! : 0), 0);
}

test('maxWeightAssignment: hand cases (a greedy trap, rectangular both ways, empty)', () => {
  // Greedy takes the 3 and is left with 0; the optimum is 2 + 2.
  const trap = [
    [3, 2],
    [2, 0],
  ];
  assert.deepEqual(maxWeightAssignment(trap), [1, 0]);
  const wide = [[1, 5, 2]];
  assert.deepEqual(maxWeightAssignment(wide), [1]);
  const tall = [[1], [5], [2]];
  assert.deepEqual(maxWeightAssignment(tall), [-1, 0, -1]);
  assert.deepEqual(maxWeightAssignment([]), []);
  assert.throws(() => maxWeightAssignment([[1, 2], [3]]), WiretraceError);
});

test('maxWeightAssignment: matches brute force on 200 seeded random matrices', () => {
  let seed = 12345;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let t = 0; t < 200; t++) {
    const rows = 1 + Math.floor(rand() * 5);
    const cols = 1 + Math.floor(rand() * 5);
    const w = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(rand() * 10) / 10));
    const match = maxWeightAssignment(w);
    assert.equal(new Set(match.filter((j) => j >= 0)).size, match.filter((j) => j >= 0).length, 'one-to-one');
    assert.ok(Math.abs(sumOf(w, match) - bruteForceBest(w)) < 1e-9, JSON.stringify(w));
  }
});
