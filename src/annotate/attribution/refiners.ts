/**
 * Refiners run in a fixed order over the parsers' candidates, as in time/refiners.ts. Unit refiners see the
 * candidates of one clause unit at a time (a cue in another sentence never cuts a content, even one whose
 * quote runs on into that sentence); document refiners then see them all. Each returns new readonly
 * candidates; nothing is mutated.
 */
import type { AttributionCandidate, TokRange } from './candidate.js';
import { DETERMINERS, PRONOUNS } from './lexicon.js';
import { relayCandidates } from './relays.js';
import { CLAUSE_PUNCT, END_PUNCT, isCapitalized, trimRange } from './tokens.js';
import type { QuoteRegion, TokenView } from '../text/token-view.js';
import { lowerBound, maxOf } from '../../util/arrays.js';

export type Refiner = (v: TokenView, cands: readonly AttributionCandidate[]) => AttributionCandidate[];

/** The candidate with its last content range replaced. */
function withLastContent(c: AttributionCandidate, last: TokRange): AttributionCandidate {
  return { ...c, content: [...c.content.slice(0, -1), last] };
}

/** Conjunctions that open a subordinate clause whose main clause follows its comma ("that if the state held up the deal, Patriot could …"). */
const SUBORDINATORS = new Set('if when unless because although though while once after before since until'.split(' '));

/** The content opens ("that" aside) with a subordinate clause that runs to the comma at `boundary`. */
function subordinateLead(v: TokenView, s: number, boundary: number): boolean {
  const k = v.low[s] === 'that' ? s + 1 : s;
  if (!SUBORDINATORS.has(v.low[k]!) || boundary - k < 2) return false;
  for (let j = k + 1; j < boundary; j++) if (CLAUSE_PUNCT.has(v.low[j]!) || v.quote[j] !== -1) return false;
  return true;
}

/**
 * "that the RT editor in chief, Margarita Simonyan, conveyed …": the later cue's source is a name set off by commas
 * right before its cue, an appositive of the subject before the comma at `boundary`, so the clause is nested.
 */
function setOffName(v: TokenView, b: AttributionCandidate, boundary: number): boolean {
  const src = b.source;
  if (!src || src.s !== boundary + 1) return false;
  const comma = v.low[src.e] === ',' ? src.e : src.e + 1;
  if (v.low[comma] !== ',' || comma + 1 !== b.cue.s || !isCapitalized(v, src.s)) return false;
  for (let k = src.s; k < comma; k++) if (CLAUSE_PUNCT.has(v.low[k]!)) return false;
  return true;
}

/**
 * A content that runs into a later clause with its own cue is cut before it when that clause is a
 * sibling ("Despite A's report indicating X, B specified Y"; "X said Y, adding Z"; "Y, according to Z"),
 * and kept whole when the later cue is nested in it ("KCNA stated that Putin expressed").
 */
export const cutAtSiblingClauses: Refiner = (v, cands) =>
  cands.map((a) => {
    const first = a.content[a.content.length - 1]!;
    let last = first;
    for (const b of cands) {
      if (a === b || b.cue.s <= a.cue.e) continue;
      if (!(last.s < b.cue.s && b.cue.s <= last.e)) continue;
      const bStart = Math.min(b.cue.s, b.source && b.source.s > a.cue.e ? b.source.s : b.cue.s);
      const boundary = bStart - 1;
      const sibling =
        boundary > last.s &&
        !(subordinateLead(v, last.s, boundary) && !b.participle) &&
        !setOffName(v, b, boundary) &&
        (v.low[boundary] === ',' || v.low[boundary] === '\u2014' || v.low[boundary] === ';') &&
        (b.rule !== 'indirect' || b.participle || isCapitalized(v, bStart) || PRONOUNS.has(v.low[bStart]!) || DETERMINERS.has(v.low[bStart]!));
      if (!sibling) continue;
      last = trimRange(v, { s: last.s, e: boundary - 1 }) ?? last;
    }
    return last === first ? a : withLastContent(a, last);
  });

/**
 * Conjunctions that open a subordinate clause before its sentence's main clause ("While he invoked …, he did not …").
 * Not "as": "As Ms. Simonyan put it …, RT is …" is a tag whose content is the main clause.
 */
/** Subject pronouns that open a main clause (not the relatives "who", "which"). */
const MAIN_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
const LEADING_SUBORDINATORS = new Set('when while if although though because since after before once until whereas unless'.split(' '));

/** The cue lies in a subordinate clause that opens its sentence, with no punctuation between its conjunction and the cue. */
function inLeadingSubordinate(v: TokenView, cue: number): boolean {
  let k = v.sentences[v.sent[cue]!]!.tokenStart;
  while (k < cue && (v.low[k] === 'but' || v.low[k] === 'and' || v.quote[k] !== -1)) k++;
  const opens = LEADING_SUBORDINATORS.has(v.low[k]!) || (v.low[k] === 'now' && v.low[k + 1] === 'that') || (v.low[k] === 'even' && v.low[k + 1] === 'as');
  if (!opens) return false;
  for (let j = k + 1; j < cue; j++) if (CLAUSE_PUNCT.has(v.low[j]!)) return false;
  return true;
}

/** A main clause's subject opens at k. */
function opensMainClause(v: TokenView, k: number): boolean {
  const w = v.low[k]!;
  return MAIN_SUBJECT_PRONOUNS.has(w) || (DETERMINERS.has(w) && w !== 'a' && w !== 'an') || isCapitalized(v, k);
}

/**
 * "While he invoked the rising seas to thrill his young supporters, he did not have the record of …": a report in a
 * subordinate clause that opens its sentence ends at the comma that closes that clause, when a subject (a pronoun, a
 * definite determiner or a capitalised word) opens the main clause after it; that clause is the writer's. Not after
 * "a"/"an" ("Though he's heralded plans to go after carried interest, a tax loophole …, as evidence …": an appositive).
 */
export const cutAtMainClause: Refiner = (v, cands) =>
  cands.map((a) => {
    const only = a.content[0]!;
    if (a.content.length !== 1 || only.s <= a.cue.e || !inLeadingSubordinate(v, a.cue.s)) return a;
    for (let k = only.s + 1; k < only.e; k++) {
      if (v.quote[k] !== -1) return a;
      if (v.low[k] !== ',') continue;
      if (!opensMainClause(v, k + 1)) return a;
      const cut = trimRange(v, { s: only.s, e: k - 1 });
      return cut ? withLastContent(a, cut) : a;
    }
    return a;
  });

/** A content that ends inside a quote it opened runs on to the quote's end, across sentences. */
export const extendOpenQuotes: Refiner = (v, cands) =>
  cands.map((c) => {
    const last = c.content[c.content.length - 1]!;
    const q = v.quote[last.e]!;
    if (q === -1) return c;
    const r = v.regions[q]!;
    return r.open >= last.s && r.close > last.e ? withLastContent(c, { s: last.s, e: r.close }) : c;
  });

/** Document order of cues (stable: candidates of one cue keep the order they were proposed in). */
export const orderByCue: Refiner = (_v, cands) => cands.slice().sort((a, b) => a.cue.s - b.cue.s);

/** The quote spans only whole sentences: nothing but punctuation around it in its first and last sentence. */
function wholeSentences(v: TokenView, reg: QuoteRegion): boolean {
  const first = v.sentences[v.sent[reg.open]!]!;
  const last = v.sentences[v.sent[reg.close]!]!;
  for (let k = first.tokenStart; k < reg.open; k++) if (!CLAUSE_PUNCT.has(v.low[k]!)) return false;
  for (let k = reg.close + 1; k < last.tokenEnd; k++) if (!END_PUNCT.has(v.low[k]!) && !CLAUSE_PUNCT.has(v.low[k]!)) return false;
  return reg.close - reg.open >= 3;
}

/**
 * What an uncued quote continues: the quote when it spans whole sentences, or the quote and the rest of its last
 * sentence when it opens its sentence and no cue stands in that rest ("''I wouldn't call it reform. It's just a
 * tax increase'' for the top income bracket.").
 */
function continuationSpan(v: TokenView, reg: QuoteRegion, cues: CueStarts): TokRange | null {
  if (wholeSentences(v, reg)) return { s: reg.open, e: reg.close };
  const first = v.sentences[v.sent[reg.open]!]!;
  const last = v.sentences[v.sent[reg.close]!]!;
  for (let k = first.tokenStart; k < reg.open; k++) if (!CLAUSE_PUNCT.has(v.low[k]!)) return null;
  if (reg.close - reg.open < 3) return null;
  const end = Math.min(last.tokenEnd, v.n) - 1;
  if (cues.anyIn(reg.close + 1, end)) return null;
  const rest = trimRange(v, { s: reg.open, e: end });
  return rest && rest.e > reg.close ? rest : null;
}

/**
 * The candidates' cue starts, sorted, so that "is there a cue in [from, to]" and "which cues start in
 * [from, to]" are binary searches, not a scan of every candidate per quote or per source: a scan made the
 * document refiners quadratic on long articles (tens of thousands of candidates).
 */
interface CueStarts {
  /** Some candidate's cue starts at a token in [from, to]. */
  anyIn(from: number, to: number): boolean;
  /** The indexes (in `cands`) of the candidates whose cue starts in [from, to], in `cands` order. */
  indexesIn(from: number, to: number): number[];
}

function cueStarts(cands: readonly AttributionCandidate[]): CueStarts {
  const order = cands.map((_, k) => k).sort((a, b) => cands[a]!.cue.s - cands[b]!.cue.s || a - b);
  const starts = order.map((k) => cands[k]!.cue.s);
  return {
    anyIn: (from, to) => {
      const i = lowerBound(starts, from);
      return i < starts.length && starts[i]! <= to;
    },
    indexesIn: (from, to) => {
      const out: number[] = [];
      for (let i = lowerBound(starts, from); i < starts.length && starts[i]! <= to; i++) out.push(order[i]!);
      return out.sort((a, b) => a - b);
    },
  };
}

/** Some content of the candidate opens a quote. */
function quotes(v: TokenView, c: AttributionCandidate): boolean {
  return c.content.some((r) => v.quote[r.s] !== -1 && v.regions[v.quote[r.s]!]!.open === r.s);
}

/**
 * A sentence made only of a quote, with no cue of its own, continues the attribution just before it
 * (the same or the previous paragraph): PolNeAR and news style both attribute it to the same speaker.
 * Reads the candidates in cue order (orderByCue runs first).
 */
export const appendQuoteContinuations: Refiner = (v, cands) => {
  const used = new Set<number>();
  for (const d of cands) {
    for (const c of d.content) if (v.quote[c.s] !== -1 && v.regions[v.quote[c.s]!]!.open === c.s) used.add(v.quote[c.s]!);
    // a quote with its own cue inside (a transcript turn, '"PENCE: …') is nobody's continuation
    if (v.quote[d.cue.s] !== -1) used.add(v.quote[d.cue.s]!);
  }
  const appended = new Map<number, TokRange[]>();
  const cues = cueStarts(cands);
  let di = 0;
  let lastDirect = -1;
  let lastEnd = -1;
  for (let r = 0; r < v.regions.length; r++) {
    const reg = v.regions[r]!;
    while (di < cands.length && cands[di]!.cue.s < reg.open) {
      const d = cands[di]!;
      const end = Math.max(d.cue.e, maxOf(d.content.map((c) => c.e)));
      if (end >= lastEnd) {
        lastEnd = end;
        // Any attribution with a speaker can be continued by an uncued quote that follows it; a plain report
        // in the tag of a quote ("“…,” said Caddell, speaking of her health. “…”") leaves the quote's speaker.
        const prev = lastDirect >= 0 ? cands[lastDirect]! : null;
        const tagOfQuote = prev !== null && quotes(v, prev) && !quotes(v, d) && v.sent[d.cue.s] === v.sent[prev.cue.s];
        if (!tagOfQuote) lastDirect = d.source ? di : -1;
      }
      di++;
    }
    if (used.has(r) || lastDirect < 0 || reg.open <= lastEnd) continue;
    const span = continuationSpan(v, reg, cues);
    if (!span) continue;
    if (v.paragraphOf(reg.open) - v.paragraphOf(lastEnd) > 1) continue;
    // Nothing but punctuation between the previous content and this quote's sentences.
    const more = appended.get(lastDirect);
    if (more) more.push(span);
    else appended.set(lastDirect, [span]);
    lastEnd = span.e;
    used.add(r);
  }
  return cands.map((c, k) => {
    const more = appended.get(k);
    return more ? { ...c, content: [...c.content, ...more] } : c;
  });
};

/**
 * Two candidates whose cues overlap are two readings of one cue ("issued" and "issued a statement calling",
 * "appeared" and "appeared to suggest"): the longer cue is kept, of two as long the one proposed first. Runs before
 * relays are made (a relay's cue is its own participle, "citing").
 */
export const oneReadingPerCue: Refiner = (_v, cands) =>
  cands.filter(
    (a) =>
      !cands.some(
        (b, k) =>
          b !== a &&
          b.cue.s <= a.cue.e &&
          a.cue.s <= b.cue.e &&
          (b.cue.e - b.cue.s > a.cue.e - a.cue.s || (b.cue.e - b.cue.s === a.cue.e - a.cue.s && k < cands.indexOf(a))),
      ),
  );

/**
 * "Barkley, who said he typically votes Democratic, said …": a source that holds the cue of another report ends before
 * the comma that opens the clause of that report, which is the other report's, not the speaker's name.
 */
export const cutSourcesAtInnerCues: Refiner = (v, cands) => {
  // only the candidates whose cue starts inside the source, in candidate order, as a scan of all would see them
  const cues = cueStarts(cands);
  return cands.map((a) => {
    const src = a.source;
    if (!src) return a;
    for (const bi of cues.indexesIn(src.s + 1, src.e)) {
      const b = cands[bi]!;
      if (b === a) continue;
      for (let k = b.cue.s - 1; k > src.s; k--) {
        if (v.low[k] !== ',' || v.quote[k] !== -1) continue;
        const cut = trimRange(v, { s: src.s, e: k - 1 });
        return cut ? { ...a, source: cut } : a;
      }
    }
    return a;
  });
};

/** Run over each clause unit's candidates, in this order. */
export const UNIT_REFINERS: readonly Refiner[] = [oneReadingPerCue, relayCandidates, cutAtSiblingClauses, cutAtMainClause, extendOpenQuotes];

/** Then over the whole document's, in this order. */
export const DOCUMENT_REFINERS: readonly Refiner[] = [orderByCue, cutSourcesAtInnerCues, appendQuoteContinuations];
