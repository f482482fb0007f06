/** Noun cues: "X's statement that …", "X's intention to …", "X's support for Y". */
import type { AttributionCandidate, TokRange } from '../candidate.js';
import { possessorEndingAt } from '../chunker.js';
import { CUE_MODIFIERS, CUE_NOUNS, DETERMINERS, INTENTION_WORDS, SOURCE_STOP } from '../lexicon.js';
import type { Stance } from '../../../doc/schemas/attribution.js';
import { CLAUSE_PUNCT, END_PUNCT, isCapitalized, isLyAdverb, trimRange } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';
import type { CueParser } from './index.js';
import { sourceBefore } from './verb-sources.js';
import { STARTS_LOWER } from '../../../util/letter-tests.js';

/**
 * Verbs that perform the act their object names: "made the suggestion that", "repeated his claim that", "issued a
 * warning that". The verb's subject is the speaker, and the verb joins the cue (PolNeAR train: 9 of 10 such cues).
 */
const PERFORMING_VERBS = new Set(
  'make makes made making repeat repeats repeated repeating reiterate reiterates reiterated reiterating issue issues issued issuing voice voices voiced voicing renew renews renewed renewing'.split(' '),
);

/** Start of the performing verb (with its auxiliaries and adverbs) right before the determiner at k; -1 when there is none. */
function performingVerbStart(v: TokenView, k: number, ss: number): number {
  const verb = k - 1;
  if (verb < ss || !PERFORMING_VERBS.has(v.low[verb]!) || v.quote[verb] !== -1) return -1;
  let s = verb;
  while (s - 1 >= ss && v.quote[s - 1] === -1 && (CUE_MODIFIERS.has(v.low[s - 1]!) || (isLyAdverb(v.low[s - 1]!) && !isCapitalized(v, s - 1)))) s--;
  return s;
}

function nounCue(
  v: TokenView,
  i: number,
  ss: number,
  se: number,
  stance: Stance,
  rule: string,
  earlier: readonly AttributionCandidate[],
): AttributionCandidate | null {
  let source: TokRange | null = null;
  let cs = i;
  // Adjectives between the possessive and the noun belong to the cue: "Peskov's previous statements".
  let k = i - 1;
  while (k >= ss && k > i - 4 && v.low[k] !== "'s" && !DETERMINERS.has(v.low[k]!) && !CLAUSE_PUNCT.has(v.low[k]!) && !isCapitalized(v, k)) k--;
  const verbStart = rule === 'noun-that' && k >= ss && DETERMINERS.has(v.low[k]!) ? performingVerbStart(v, k, ss) : -1;
  if (verbStart >= 0) {
    source = sourceBefore(v, verbStart, ss, earlier, false).source;
    cs = verbStart;
  } else if (k >= ss && v.low[k] === "'s") {
    const owner = possessorEndingAt(v, k - 1, ss);
    if (owner) source = owner;
    cs = k + 1;
  } else if (k >= ss && ['his', 'her', 'their', 'its'].includes(v.low[k]!)) {
    source = { s: k, e: k };
    cs = k + 1;
  }
  // Without an owner ("the claim that …") a noun cue is too often not an attribution (38% on PolNeAR train).
  if (!source) return null;
  const content = trimRange(v, { s: i + 1, e: se });
  if (!content) return null;
  return { cue: { s: cs, e: i }, source, antecedent: null, content: [content], stance, rule, participle: false };
}

export const nounThat: CueParser = {
  name: 'noun-that',
  opens: [...CUE_NOUNS.keys()],
  claims: (v, i, u) => CUE_NOUNS.has(v.low[i]!) && v.low[i + 1] === 'that' && i + 2 <= u.last,
  propose: (v, i, u, earlier) => nounCue(v, i, u.first, u.last, CUE_NOUNS.get(v.low[i]!)!, 'noun-that', earlier),
};

/**
 * Stance nouns with the preposition that introduces their target: "support for Trump", "attacks on Clinton". Not
 * "opposition to": PolNeAR train marks 6 of the 21 the rule proposed.
 */
const NOUN_PREP_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    support: ['for'],
    criticism: ['of'],
    criticisms: ['of'],
    attacks: ['on'],
    attack: ['on'],
    questions: ['about'],
    concerns: ['about', 'over'],
    concern: ['about', 'over'],
    complaints: ['about'],
    praise: ['for'],
  }).map(([k, v]): [string, ReadonlySet<string>] => [k, new Set(v)]),
);
/** Longest target noun phrase after a noun-preposition cue. */
const MAX_TARGET = 12;

function nounPrepCue(v: TokenView, i: number, ss: number, se: number): AttributionCandidate | null {
  let e = i + 2;
  while (e <= se && e - i - 2 < MAX_TARGET && v.quote[e] === -1 && !CLAUSE_PUNCT.has(v.low[e]!) && !END_PUNCT.has(v.low[e]!) && !(SOURCE_STOP.has(v.low[e]!) && e > i + 2)) e++;
  if (e === i + 2) return null;
  let source: TokRange | null = null;
  let k = i - 1;
  while (k >= ss && k > i - 3 && v.low[k] !== "'s" && STARTS_LOWER.test(v.text[v.start[k]!]!) && !DETERMINERS.has(v.low[k]!) && !SOURCE_STOP.has(v.low[k]!)) k--;
  if (k >= ss && v.low[k] === "'s") source = possessorEndingAt(v, k - 1, ss);
  else if (k >= ss && ['his', 'her', 'their', 'its', 'my', 'our'].includes(v.low[k]!)) source = { s: k, e: k };
  // Without an owner ("criticism of X") the noun matched a gold cue in under 40% of cases on train.
  if (!source) return null;
  return { cue: { s: i, e: i + 1 }, source, antecedent: null, content: [{ s: i + 2, e: e - 1 }], stance: 'neutral', rule: 'noun-prep', participle: false };
}

export const nounPrep: CueParser = {
  name: 'noun-prep',
  opens: [...NOUN_PREP_CUES.keys()],
  claims: (v, i, u) => (NOUN_PREP_CUES.get(v.low[i]!)?.has(v.low[i + 1] ?? '') ?? false) && i + 2 <= u.last,
  propose: (v, i, u) => nounPrepCue(v, i, u.first, u.last),
};

export const nounIntention: CueParser = {
  name: 'noun-intention',
  opens: INTENTION_WORDS,
  claims: (v, i) => INTENTION_WORDS.has(v.low[i]!) && v.low[i + 1] === 'to' && v.low[i - 1] === "'s",
  propose: (v, i, u, earlier) => nounCue(v, i, u.first, u.last, 'hedged', 'noun-intention', earlier),
};
