/**
 * The attribution scorer issue 6 specifies:
 *  - tokens are `\w+|[^\w\s]` (Unicode word characters); a token counts for a role when it lies wholly
 *    inside a span of that role;
 *  - spans are trimmed of edge whitespace and pieces separated only by whitespace are merged;
 *  - per role: token-level micro P/R/F1 and exact-span P/R/F1;
 *  - attribution level: a prediction matches a gold attribution when the cues overlap and the predicted
 *    content covers at least half of the gold content's tokens (one-to-one, greedy in text order);
 *  - where an article has several annotators, counts are taken against each and averaged.
 */
import type { Fragment } from './polnear.js';
import { lowerBound } from '../../util/arrays.js';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

/** What the scorer needs of an attribution, gold or predicted. */
export type RoleSpans = Readonly<Record<Role, readonly Fragment[]>>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocCounts {
  readonly token: Record<Role, Counts>;
  readonly span: Record<Role, Counts>;
  readonly attribution: Counts;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}_]+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** Token boundaries of a text as parallel start/end arrays. */
export interface ScoreTokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export function scoreTokens(text: string): ScoreTokens {
  const s: number[] = [];
  const e: number[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    s.push(m.index);
    e.push(m.index + m[0].length);
  }
  return { starts: Int32Array.from(s), ends: Int32Array.from(e) };
}

const WS = /\s/u;

/** Trims each fragment, drops empty ones, sorts, and merges neighbours separated only by whitespace. */
export function normalizeFragments(text: string, frags: readonly Fragment[]): Fragment[] {
  const trimmed: Fragment[] = [];
  for (const f of frags) {
    let s = Math.max(0, f.start);
    let e = Math.min(text.length, f.end);
    while (s < e && WS.test(text[s]!)) s++;
    while (e > s && WS.test(text[e - 1]!)) e--;
    if (e > s) trimmed.push({ start: s, end: e });
  }
  trimmed.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Fragment[] = [];
  for (const f of trimmed) {
    const last = out[out.length - 1];
    if (last && (f.start <= last.end || text.slice(last.end, f.start).trim() === '')) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, f.end) };
    } else out.push(f);
  }
  return out;
}

/** Indices of the tokens lying wholly inside any of the fragments. */
function tokensInside(tok: ScoreTokens, frags: readonly Fragment[], into: Set<number>): void {
  for (const f of frags) {
    let i = lowerBound(tok.starts, f.start);
    for (; i < tok.starts.length && tok.starts[i]! < f.end; i++) {
      if (tok.ends[i]! <= f.end) into.add(i);
    }
  }
}

function spanKey(frags: readonly Fragment[]): string {
  return frags.map((f) => `${f.start}-${f.end}`).join(';');
}

function setCounts(pred: Set<number | string>, gold: Set<number | string>): Counts {
  let tp = 0;
  for (const x of pred) if (gold.has(x)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

interface Prepared {
  readonly norm: RoleSpans;
  readonly tokens: Record<Role, Set<number>>;
}

function prepare(text: string, tok: ScoreTokens, a: RoleSpans): Prepared {
  const norm = {
    source: normalizeFragments(text, a.source),
    cue: normalizeFragments(text, a.cue),
    content: normalizeFragments(text, a.content),
  };
  const tokens = { source: new Set<number>(), cue: new Set<number>(), content: new Set<number>() };
  for (const r of ROLES) tokensInside(tok, norm[r], tokens[r]);
  return { norm, tokens };
}

function fragsOverlap(a: readonly Fragment[], b: readonly Fragment[]): boolean {
  for (const x of a) for (const y of b) if (x.start < y.end && y.start < x.end) return true;
  return false;
}

/** Scores one article against one annotator's gold. */
export function scoreDoc(text: string, tok: ScoreTokens, gold: readonly RoleSpans[], pred: readonly RoleSpans[]): DocCounts {
  const g = gold.map((a) => prepare(text, tok, a));
  const p = pred.map((a) => prepare(text, tok, a));
  const token = {} as Record<Role, Counts>;
  const span = {} as Record<Role, Counts>;
  for (const r of ROLES) {
    const gt = new Set<number>();
    const pt = new Set<number>();
    const gs = new Set<string>();
    const ps = new Set<string>();
    for (const a of g) {
      for (const t of a.tokens[r]) gt.add(t);
      if (a.norm[r].length) gs.add(spanKey(a.norm[r]));
    }
    for (const a of p) {
      for (const t of a.tokens[r]) pt.add(t);
      if (a.norm[r].length) ps.add(spanKey(a.norm[r]));
    }
    token[r] = setCounts(pt, gt);
    span[r] = setCounts(ps, gs);
  }
  const used = new Set<number>();
  let tp = 0;
  for (const pa of p) {
    for (let j = 0; j < g.length; j++) {
      if (used.has(j)) continue;
      const ga = g[j]!;
      if (!fragsOverlap(pa.norm.cue, ga.norm.cue)) continue;
      let covered = 0;
      for (const t of ga.tokens.content) if (pa.tokens.content.has(t)) covered++;
      if (covered * 2 < ga.tokens.content.size) continue;
      used.add(j);
      tp++;
      break;
    }
  }
  return { token, span, attribution: { tp, fp: p.length - tp, fn: g.length - tp } };
}

export function emptyCounts(): DocCounts {
  const z = (): Record<Role, Counts> => ({ source: zero(), cue: zero(), content: zero() });
  return { token: z(), span: z(), attribution: zero() };
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** acc += c × weight (weight = 1/annotators, so several annotators' files average). */
export function addCounts(acc: DocCounts, c: DocCounts, weight = 1): void {
  const add = (a: Counts, b: Counts): void => {
    a.tp += b.tp * weight;
    a.fp += b.fp * weight;
    a.fn += b.fn * weight;
  };
  for (const r of ROLES) {
    add(acc.token[r], c.token[r]);
    add(acc.span[r], c.span[r]);
  }
  add(acc.attribution, c.attribution);
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
