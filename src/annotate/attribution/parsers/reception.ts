/**
 * Reactions received: "The proposal has drawn harsh criticism from fellow Republicans", "She drew support from a large
 * majority of …", "The clip has faced ridicule online". Whoever reacts (after "from") is the source, what draws the
 * reaction (the subject) the content, and the verb through the reaction noun the cue, as PolNeAR marks them (train: 21
 * such gold attributions; before, the learned detector read the verb as a report with the subject as its speaker and
 * the reaction as the content).
 */
import type { AttributionCandidate, TokRange } from '../candidate.js';
import { CUE_MODIFIERS, DETERMINERS } from '../lexicon.js';
import { CLAUSE_PUNCT, END_PUNCT, isLyAdverb, PASSIVE_AUX, trimRange } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';
import { npAfter } from '../chunker.js';
import { sourceBefore } from './verb-sources.js';
import type { CueParser } from './index.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** Verbs of receiving a reaction. */
const RECEIVING_VERBS = new Set(
  `draw draws drew drawn drawing receive receives received receiving win wins won winning earn earns earned earning
   garner garners garnered garnering attract attracts attracted attracting face faces faced facing get gets got gotten
   getting enjoy enjoys enjoyed enjoying secure secures secured securing`.split(/\s+/),
);
/** Reactions someone gives: the noun that makes the verb a report of them. */
const REACTION_NOUNS = new Set(
  `criticism criticisms praise support backing endorsement endorsements condemnation condemnations rebuke rebukes
   scrutiny ridicule scorn derision applause boos jeers fire ire backlash outrage complaints objections skepticism
   scepticism opposition approval disapproval accolades plaudits acclaim`.split(/\s+/),
);
/** Nouns that take their giver after "of" ("won the support of 41 percent"); "criticism of the plan" names its target. */
const OF_GIVER = new Set(['support', 'backing', 'endorsement', 'endorsements', 'approval']);
/** Words that end the giver's phrase: what the reaction is for, or a clause about the giver. */
const GIVER_END = new Set('for over because when after who which whose since as but and'.split(' '));
/** Words that open no noun phrase before the reaction: "earned no reprieve with his complaints". */
const NOT_MODIFIERS = new Set('that to with in of for on at from by about over as and or but than who which'.split(' '));
/** Prepositions that open what the reaction is for. */
const REASONS = new Set(['for', 'over']);
/** The most words between the verb and the reaction noun ("drew sharp and immediate criticism", "won the support"). */
const MAX_MODIFIERS = 4;

/** The reaction noun after the verb at i, or -1. */
function reactionAfter(v: TokenView, i: number, se: number): number {
  for (let k = i + 1; k <= se && k - i <= MAX_MODIFIERS + 1; k++) {
    const w = v.low[k]!;
    if (REACTION_NOUNS.has(w)) return k;
    // the modifiers are words of a noun phrase: no punctuation, quote, clause word or name
    if (!LOWER_WORD.test(v.text.slice(v.start[k]!, v.end[k]!)) || v.quote[k] !== -1 || NOT_MODIFIERS.has(w)) return -1;
  }
  return -1;
}

/** The giver after the reaction noun at n: "from Y", "among Y", "by Y", or "of Y" after "support". */
function giverAfter(v: TokenView, n: number, se: number): TokRange | null {
  const p = v.low[n + 1];
  if (!(p === 'from' || p === 'among' || p === 'by' || (p === 'of' && OF_GIVER.has(v.low[n]!)))) return null;
  const np = npAfter(v, n + 2, se);
  if (!np) return null;
  let e = np.s;
  while (e < np.e && !GIVER_END.has(v.low[e + 1]!) && !CLAUSE_PUNCT.has(v.low[e + 1]!)) e++;
  return trimRange(v, { s: np.s, e });
}

function reception(v: TokenView, i: number, ss: number, se: number, earlier: readonly AttributionCandidate[]): AttributionCandidate | null {
  const n = reactionAfter(v, i, se);
  // "in the face of opposition": after a determiner the form is a noun
  if (n === -1 || DETERMINERS.has(v.low[i - 1] ?? '')) return null;
  // "is drawing", "has not received", "quickly drew": auxiliaries, negation and adverbs join the cue
  let cs = i;
  while (cs - 1 >= ss && v.quote[cs - 1] === -1 && (CUE_MODIFIERS.has(v.low[cs - 1]!) || PASSIVE_AUX.has(v.low[cs - 1]!) || isLyAdverb(v.low[cs - 1]!))) cs--;
  const subject = sourceBefore(v, cs, ss, earlier, false);
  if (!subject.source || END_PUNCT.has(v.low[subject.source.e]!)) return null;
  const giver = giverAfter(v, n, se);
  // "has faced sharp criticism for failing to …": what the reaction is for is part of what draws it
  const k = (giver ? giver.e : n) + 1;
  const reason = REASONS.has(v.low[k] ?? '') ? trimRange(v, { s: k, e: se }) : null;
  // "has faced criticism from rivals that the tenor of his campaign …": the "that" clause is what they say
  const clause = v.low[k] === 'that' ? trimRange(v, { s: k, e: se }) : null;
  return {
    cue: { s: cs, e: n },
    source: giver,
    antecedent: null,
    content: clause ? [clause] : reason ? [subject.source, reason] : [subject.source],
    stance: 'neutral',
    rule: 'reception',
    participle: false,
  };
}

export const receptionCue: CueParser = {
  name: 'reception',
  opens: RECEIVING_VERBS,
  // Only a reaction noun after the verb makes it a report: "won the election", "faces a vote" stay with the other parsers.
  claims: (v, i, u) => RECEIVING_VERBS.has(v.low[i]!) && reception(v, i, u.first, u.last, []) !== null,
  propose: (v, i, u, earlier) => reception(v, i, u.first, u.last, earlier),
};
