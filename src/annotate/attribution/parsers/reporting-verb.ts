/**
 * Reporting verbs ("said", "is expected to", "adding"). The parser first drops forms that are not reports
 * (the gates), then measures the cue (auxiliaries, adverbs, "in a statement", a passive "be") and what
 * surrounds it (a quote before or after it, the subject before it), then tries the verb rules in order:
 * the first that decides, by proposing a candidate or by rejecting the cue, wins.
 */
import { insideContentOf, type AttributionCandidate, type ClauseUnit, type TokRange } from '../candidate.js';
import { FRONTED, clauseSubject, npAfter, npEndingAt, possessorEndingAt } from '../chunker.js';
import {
  CUE_MODIFIERS,
  CUE_PARTICLES,
  CUE_TAIL_NOUNS,
  CUE_TIME_TAIL,
  CUE_VERBS,
  DETERMINERS,
  PRONOUNS,
  WEAK_OK_BEFORE,
  type CueEntry,
} from '../lexicon.js';
import { CLAUSE_PUNCT, COORDINATORS, END_PUNCT, PASSIVE_AUX, TIME_WORDS, isCapitalized, isLyAdverb, isNameModal, trimRange } from '../tokens.js';
import { type TokenView } from '../../text/token-view.js';
import { isQuoteMark } from '../../text/quotes.js';
import type { CueParser } from './index.js';
import { learnedCueAt, learnedVeto, learnedWeakCueAt } from '../learned/model.js';
import { quoteEndingBefore, quoteStartingAfter, splitQuoteAfter } from './verb-quotes.js';
import { TELL_VERBS, contentStart, isPronounSubject, mainSpeaker, resumedContent, sourceBefore, trailingTag, type SourceReading } from './verb-sources.js';
import { STARTS_LETTER } from '../../../util/letter-tests.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const LETTERS_ONLY = /^\p{L}+$/u;

/** What a verb form at token `i` needs to be checked as a report, before its cue is measured. */
interface VerbForm {
  readonly v: TokenView;
  readonly i: number;
  readonly unit: ClauseUnit;
  readonly entry: CueEntry;
  readonly earlier: readonly AttributionCandidate[];
}

/** A gate names a use of the verb form that is not a report; a form any gate matches proposes nothing. */
export interface VerbGate {
  readonly name: string;
  matches(f: VerbForm): boolean;
}

/** Stance verbs that behave like attitudes (hedged) when nested: "said he would support …". */
const ATTITUDE_LEMMAS = new Set(['support', 'oppose', 'back']);
/** Modifiers that leave an attitude plain ("also", "still"). */
const NON_MODAL = new Set('also later previously repeatedly publicly privately reportedly again once recently still just even already long first then only now yet'.split(' '));
/** "needless to say", "safe to say": idioms, not reports. */
const SAY_IDIOMS = new Set(['needless', 'suffice', 'so', 'safe', 'fair']);

/** An attitude with a modal or auxiliary, or whose holder is a pronoun or a common noun ("he would support", "voters want"). */
function nestedAttitude(v: TokenView, i: number, ss: number): boolean {
  let k = i - 1;
  while (k >= ss && (CUE_MODIFIERS.has(v.low[k]!) || isLyAdverb(v.low[k]!))) {
    if (!NON_MODAL.has(v.low[k]!)) return true;
    k--;
  }
  return k >= ss && (PRONOUNS.has(v.low[k]!) || !isCapitalized(v, k));
}

/** "the said document", "his claim": a determiner before the form makes it an adjective or a noun. */
export function afterDeterminer(v: TokenView, i: number, first: number): boolean {
  return i > first && v.low[i - 1] !== undefined && DETERMINERS.has(v.low[i - 1]!) && v.low[i - 1] !== 'that';
}

export const VERB_GATES: readonly VerbGate[] = [
  {
    name: 'after-determiner',
    matches: ({ v, i, unit }) => afterDeterminer(v, i, unit.first),
  },
  {
    // "won 758 pledged delegates" ("4 in 10 said", "two of 3 say" are proportions of people, who do speak)
    name: 'after-number',
    matches: ({ v, i }) => v.low[i - 1] !== undefined && /^\d/.test(v.low[i - 1]!) && v.low[i - 2] !== 'in' && v.low[i - 2] !== 'of',
  },
  {
    name: 'say-idiom',
    matches: ({ v, i, entry }) =>
      entry.lemma === 'say' &&
      ((v.low[i - 1] === 'to' && SAY_IDIOMS.has(v.low[i - 2] ?? '')) ||
        // "It goes without saying that …"
        (v.low[i - 1] === 'without' && /^(go|goes|went|going|gone)$/.test(v.low[i - 2] ?? ''))),
  },
  {
    // "said they would support Trump": PolNeAR seldom marks an attitude inside a reported clause unless a
    // named holder states it plainly; "X said that Russia anticipates …" stays a chain.
    name: 'nested-attitude',
    matches: ({ v, i, unit, entry, earlier }) =>
      (entry.stance === 'hedged' || ATTITUDE_LEMMAS.has(entry.lemma)) &&
      nestedAttitude(v, i, unit.first) &&
      !coordinatedWithCue(v, i, i, earlier) &&
      insideContentOf(i, earlier),
  },
];

/** A measured reporting-verb cue and what surrounds it: everything the verb rules read. */
export interface VerbCue extends VerbForm {
  /** The cue with its auxiliaries, adverbs and tail ("has repeatedly said in a statement"). */
  readonly cue: TokRange;
  /** The token after the cue. */
  readonly next: string | undefined;
  /** "to say": the marker is in the cue, and the speaker is the governing verb's. */
  readonly infinitive: boolean;
  readonly passive: boolean;
  /** Quote region closing right before the cue ("“…,” she said"), or null. */
  readonly quoteBefore: number | null;
  /** Quote region opening right after the cue or a short recipient ("told reporters: “…”"), or null. */
  readonly quoteAfter: number | null;
  /** The speaker found before the cue. */
  readonly left: SourceReading;
}

const ISSUE_VERBS = new Set('issued issues issue released releases release put sent sends published publishes posted posts'.split(' '));
const ISSUED_NOUNS = new Set('statement statements report letter memo release tweet tweets post video ad email e-mail message'.split(' '));

/** Start of "issued a (brief) statement" right before a participle at i, or i when there is none. */
function issuedPhraseStart(v: TokenView, i: number, ss: number): number {
  const noun = i - 1;
  if (noun < ss + 2 || !ISSUED_NOUNS.has(v.low[noun]!)) return i;
  for (let k = noun - 1; k >= ss && k >= noun - 3; k--) {
    const w = v.low[k]!;
    if (ISSUE_VERBS.has(w)) return w === 'put' ? i : k;
    if (w === 'out' && v.low[k - 1] === 'put') return k - 1;
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w)) return i;
  }
  return i;
}

/**
 * The capitalised modal at k ends a name, not a verb group: "Prime Minister Theresa May said". A modal takes a
 * base form, so only an inflected verb ("said", "says") after a name word reads it as a name.
 */
function surnameModal(v: TokenView, k: number, i: number, ss: number): boolean {
  return isNameModal(v, k, ss) && CUE_VERBS.get(v.low[i]!)?.lemma !== v.low[i];
}

/**
 * Words that govern an infinitive cue and that PolNeAR keeps in it ("continued to insist", "is trying to portray", "was
 * quick to say", "has yet to explain"): verbs of trying, going on, wanting and failing, and adjectives of readiness.
 * Measured on PolNeAR train: of the predicted cues "to …" that overlap a gold cue, the gold one holds the word before
 * in every case for these ("trying" 13/13, "continued" 13/13, "declined" 11/11, "quick" 10/10, "likely" 9/9, "not"
 * 8/8, "seemed" 8/8, "tried" 8/8, …); a noun before the "to" is the governing verb's object ("asked candidates to").
 */
const INFINITIVE_GOVERNORS = new Set(
  `try tries tried trying continue continues continued continuing struggle struggles struggled struggling want wants
   wanted wanting need needs needed needing plan plans planned planning hope hopes hoped hoping fail fails failed
   failing attempt attempts attempted attempting expected likely unlikely quick eager ready willing unwilling hard
   difficult able unable not never yet seem seems seemed appear appears appeared decline declines declined declining
   refuse refuses refused refusing seek seeks sought seeking`.split(/\s+/),
);

/** The word at k governs the infinitive after it, and joins its cue. */
function governsInfinitive(v: TokenView, k: number, ss: number): boolean {
  return k >= ss && v.quote[k] === -1 && INFINITIVE_GOVERNORS.has(v.low[k]!);
}

/** Where the cue starts before the verb, and whether the verb is an infinitive. */
function cueStart(v: TokenView, i: number, ss: number, participle: boolean): { readonly cs: number; readonly infinitive: boolean } {
  // "made it clear that": the detector may take "clear" for the cue; the phrase is one cue, its subject the speaker
  let cs = v.low[i] === 'clear' && v.low[i - 1] === 'it' && i - 2 >= ss && CUE_PARTICLES.get(v.low[i - 2]!)?.has('clear') ? i - 2 : i;
  // Auxiliaries, negation and adverbs join the cue; "be" too before a progressive ("is telling").
  while (
    cs - 1 >= ss &&
    v.quote[cs - 1] === -1 &&
    !surnameModal(v, cs - 1, i, ss) &&
    (CUE_MODIFIERS.has(v.low[cs - 1]!) || (isLyAdverb(v.low[cs - 1]!) && !isCapitalized(v, cs - 1)) || (participle && PASSIVE_AUX.has(v.low[cs - 1]!) && cs - 1 > ss))
  ) {
    cs--;
  }
  // "to say", "went on to say": PolNeAR keeps the infinitive marker in the cue (90 of 98 on train).
  // "issued a statement saying", "released a report charging": PolNeAR takes the whole phrase as the cue.
  if (participle && cs === i) cs = issuedPhraseStart(v, i, ss);
  const infinitive = !participle && cs === i && cs - 1 >= ss && v.low[cs - 1] === 'to' && v.quote[cs - 1] === -1;
  if (infinitive) {
    cs--;
    if (cs - 2 >= ss && v.low[cs - 1] === 'on' && /^(went|go|goes|going|gone)$/.test(v.low[cs - 2]!)) cs -= 2;
  }
  // "Police had last month charged": a time phrase between the auxiliary and the verb.
  if (cs - 2 >= ss && TIME_WORDS.has(v.low[cs - 1]!) && (v.low[cs - 2] === 'last' || v.low[cs - 2] === 'this')) {
    let k = cs - 3;
    while (k >= ss && CUE_MODIFIERS.has(v.low[k]!)) k--;
    if (k < cs - 3) cs = k + 1;
  }
  return { cs, infinitive };
}

/** Parts of a day that follow a day in a cue's time tail ("said Friday afternoon"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Where the cue ends after the verb: "said in a statement", "wrote in an op-ed", particles, "said Monday:". */
function cueEnd(v: TokenView, i: number, se: number, lemma: string): number {
  let ce = i;
  if (v.low[ce + 1] === 'in' && ce + 3 <= se && CUE_TAIL_NOUNS.has(v.low[ce + 3]!)) ce += 3;
  else if (v.low[ce + 1] === 'in' && ce + 4 <= se && CUE_TAIL_NOUNS.has(v.low[ce + 4]!) && !isQuoteMark(v.low[ce + 3]!)) ce += 4;
  else if (CUE_PARTICLES.get(lemma)?.has(v.low[ce + 1]!) || (v.low[ce + 1] === 'about' && ce + 1 <= se)) {
    ce += 1;
    // "expressed support for": a noun the verb takes has its own preposition
    if (ce + 1 <= se && CUE_PARTICLES.get(v.low[ce]!)?.has(v.low[ce + 1]!) && ce + 2 <= se) ce += 1;
  }
  else if (CUE_PARTICLES.get(lemma)?.has('clear') && v.low[ce + 1] === 'it' && v.low[ce + 2] === 'clear') ce += 2;
  // "spoke emotionally of", "talked openly about": an adverb between the verb and its particle
  else if (isLyAdverb(v.low[ce + 1] ?? '') && (CUE_PARTICLES.get(lemma)?.has(v.low[ce + 2]!) || v.low[ce + 2] === 'about') && ce + 2 <= se) ce += 2;
  if (CUE_TIME_TAIL.has(v.low[ce + 1]!)) {
    ce += 1;
    // "announced Monday morning": the part of the day goes with the day, never into the content.
    if (DAY_PARTS.has(v.low[ce + 1]!) && ce + 1 <= se) ce += 1;
  }
  // "said:" keeps its colon when the content follows it.
  if (v.low[ce + 1] === ':' && ce + 2 <= se + 1) ce += 1;
  return ce;
}

/** The owner before a possessive "'s" right before a base or -s verb form; null otherwise. */
function possessiveOwner(v: TokenView, i: number, ss: number, lemma: string): TokRange | null {
  const w = v.low[i]!;
  if (i - 2 < ss || v.low[i - 1] !== "'s" || (w !== lemma && w !== `${lemma}s` && w !== `${lemma}es`)) return null;
  return possessorEndingAt(v, i - 2, ss);
}

/** Subjects whose "'s" before a participle is "has" when no passive's "to", "by" or "as" follows ("who's called for"). */
const PERFECT_SUBJECTS = new Set(['he', 'she', 'who']);

/** "he's said he …", "who's called for …": the "'s" is "has", not "is". */
function perfectContraction(v: TokenView, i: number, ss: number): boolean {
  const next = v.low[i + 1];
  return i - 2 >= ss && v.low[i - 1] === "'s" && PERFECT_SUBJECTS.has(v.low[i - 2]!) && next !== 'to' && next !== 'by' && next !== 'as';
}

function measure(f: VerbForm): VerbCue {
  const { v, i, unit, entry, earlier } = f;
  const { first: ss, last: se } = unit;
  const { participle, lemma } = entry;
  // "Donald Trump's claim", "Clinton's plans": after a possessive the base or -s form is a noun, and its owner is
  // the source, as for the noun cues (noun.ts); the "'s" is neither source nor cue.
  const owner = possessiveOwner(v, i, ss, lemma);
  const start = owner ? { cs: i, infinitive: false } : cueStart(v, i, ss, participle);
  let cs = start.cs;
  const ce = cueEnd(v, i, se, lemma);
  // "is telling" is progressive, not passive: only a participle after a form of "be" is passive.
  const passive = !participle && !owner && !perfectContraction(v, i, ss) && (cs < i && PASSIVE_AUX.has(v.low[i - 1]!) ? true : cs - 1 >= ss && PASSIVE_AUX.has(v.low[cs - 1]!));
  // "was reported": the auxiliary belongs to the cue.
  if (passive) while (cs - 1 >= ss && (PASSIVE_AUX.has(v.low[cs - 1]!) || CUE_MODIFIERS.has(v.low[cs - 1]!))) cs--;
  // "…, “…,” adding …" and "… “…” and said": the quote belongs to the earlier verb, not to this one.
  let quoteAfter = quoteStartingAfter(v, ce, se);
  // "“…” Caddell continued: “…”": a cue that ends in a colon introduces the quote after it; the one before is
  // the previous speaker's.
  const introduces = v.low[ce] === ':' && quoteAfter !== null;
  const quoteBefore = participle || introduces || COORDINATORS.has(v.low[cs - 1] ?? '') ? null : quoteEndingBefore(v, cs, ce, ss, se);
  // "told reporters: “…”": a short recipient between the cue and the quote.
  if (quoteAfter === null && TELL_VERBS.has(lemma)) {
    for (let k = ce + 1; k <= se && k <= ce + 3; k++) {
      if (v.low[k] === ':' || v.low[k] === ',') {
        quoteAfter = quoteStartingAfter(v, k - 1, se);
        break;
      }
    }
  }
  // An infinitive's speaker is the subject of the verb that governs it ("voters are more likely to say").
  // Found on first use: most verb forms are decided before a rule asks for it.
  let left: SourceReading | undefined;
  const speakerCs = cs;
  return {
    v,
    i,
    unit,
    entry,
    earlier,
    cue: { s: cs, e: ce },
    next: v.low[ce + 1],
    infinitive: start.infinitive,
    passive,
    quoteBefore,
    quoteAfter,
    get left(): SourceReading {
      if (owner) return { source: owner, antecedent: null };
      return (left ??= start.infinitive ? mainSpeaker(v, speakerCs, ss, earlier) : sourceBefore(v, speakerCs, ss, earlier, participle));
    },
  };
}

/**
 * A verb rule's verdict: a candidate; 'reject' when the cue makes no attribution (no later rule is tried);
 * null when the case is not this rule's.
 */
export type Verdict = AttributionCandidate | 'reject' | null;

export interface VerbRule {
  /** The rule tag of the candidates it proposes ("indirect" proposes "participle" for a participle cue). */
  readonly name: string;
  apply(c: VerbCue): Verdict;
}

/** Heads of noun phrases that hold claims: "polls show", "records show". */
const EVIDENCE_NOUNS = new Set(
  'poll polls survey surveys statement interview report reports words letter speech op-ed tweet post memo study studies analysis filing remarks book column editorial ad video email data records documents figures estimates results numbers'.split(' '),
);
/** Prepositions PolNeAR keeps in an agentless passive cue ("was accused of", "is defined as", "were blamed for"). */
const PASSIVE_PARTICLES = new Set(['of', 'as', 'for']);
/** Words that open a subject nothing is said of ("No date has been confirmed", "Nothing was announced"). */
const NEGATED_SUBJECT = new Set(['no', 'none', 'nothing', 'neither', 'nobody', 'not']);
/** Relatives that open a clause whose object is the noun before them: "a charge that she has denied". */
const GAP_RELATIVES = new Set(['that', 'which', 'whom']);
/** Verbs whose infinitive's "to" PolNeAR leaves out of the cue, in the content. */
const INFINITIVE_MARKER_OUT = new Set(['decline', 'refuse', 'seek', 'seem', 'appear']);
/** Verbs whose subject is raised out of the reported clause: "X appeared to …", "X seems to …". */
const RAISING = new Set(['appear', 'seem']);

function weakOkBefore(v: TokenView, i: number): boolean {
  const ok = WEAK_OK_BEFORE.get(v.low[i]!);
  if (!ok || i + 1 >= v.n) return false;
  return ok.has(v.low[i + 1]!) || (ok.has('CAP') && isCapitalized(v, i + 1));
}

/**
 * Where the content of a quote that opens mid-sentence starts: "With thousands of systems, “there is no single
 * point of failure,” he said." The words before the quote are the speaker's too, unless another quote or
 * another candidate's cue stands among them.
 */
function leadIn(v: TokenView, open: number, first: number, earlier: readonly AttributionCandidate[]): number {
  if (open <= first || earlier.some((d) => d.cue.e >= first && d.cue.s < open)) return open;
  for (let k = first; k < open; k++) if (v.quote[k] !== -1 || END_PUNCT.has(v.low[k]!)) return open;
  return first;
}

function hasComma(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k <= e; k++) if (v.low[k] === ',') return true;
  return false;
}

/** The candidate fields every verb rule shares. */
function proposal(c: VerbCue, fields: Pick<AttributionCandidate, 'source' | 'antecedent' | 'content' | 'rule'> & { readonly cue?: TokRange }): AttributionCandidate {
  return { cue: fields.cue ?? c.cue, source: fields.source, antecedent: fields.antecedent, content: fields.content, stance: c.entry.stance, rule: fields.rule, participle: c.entry.participle };
}

/**
 * "So when Patriot signaled it would make a deal, Mr. Barrett said, “we were floored.”": a tag set off by commas
 * between the words it interrupts and a quote; the words before are the speaker's too, unless a quote, a sentence end
 * or another candidate's cue stands among them.
 */
function interruptedLead(c: VerbCue): TokRange | null {
  const { v, unit, earlier } = c;
  const src = c.left.source;
  // the quote goes on the sentence the tag interrupts: it opens in lower case ("said, “we were floored.”")
  const q = c.quoteAfter === null ? null : v.regions[c.quoteAfter]!;
  if (!q || q.open + 1 > unit.last || isCapitalized(v, q.open + 1) || !STARTS_LETTER.test(v.low[q.open + 1]!)) return null;
  if (!src || src.s - 1 <= unit.first || v.low[src.s - 1] !== ',' || src.e >= c.cue.s) return null;
  if (earlier.some((d) => d.cue.e >= unit.first && d.cue.s < src.s)) return null;
  for (let k = unit.first; k < src.s - 1; k++) if (v.quote[k] !== -1 || END_PUNCT.has(v.low[k]!)) return null;
  return trimRange(v, { s: unit.first, e: src.s - 2 });
}

/** The subject before the cue and the rest of the clause after it: the content of an agentless expectation or impression. */
function subjectAndRest(c: VerbCue): TokRange[] | null {
  const subj = npEndingAt(c.v, c.cue.s - 1, c.unit.first);
  const rest = trimRange(c.v, { s: c.cue.e + 1, e: c.unit.last });
  if (!rest) return null;
  return subj ? [subj, rest] : [rest];
}

/** The rest of the clause after the cue, as the only content of a cue with no named source. */
function agentless(c: VerbCue, rule: string): Verdict {
  const content = trimRange(c.v, { s: c.cue.e + 1, e: c.unit.last });
  return content ? proposal(c, { source: null, antecedent: null, content: [content], rule }) : 'reject';
}

/** "intended to visit", "expects President Temirov to visit": an infinitive right after the cue or after a name. */
function infinitiveComplement(v: TokenView, ce: number, se: number): boolean {
  if (v.low[ce + 1] === 'to') return true;
  if (!isCapitalized(v, ce + 1)) return false;
  for (let k = ce + 2; k <= se && k <= ce + 5; k++) {
    if (v.low[k] === 'to') return true;
    if (!isCapitalized(v, k)) return false;
  }
  return false;
}

/**
 * How far above its weak threshold the detector must score a weak form nested in a report (`doubtfulNested`). Chosen on
 * PolNeAR dev and checked on one half of train with a detector trained on the other half (docs/attribution.md, 1.17.5).
 */
const WEAK_NESTED_MARGIN = 8;

/** Lemmas whose plain-object use is an act, not a report (see the object-sense rule). */
const OBJECT_SENSE_LEMMAS = new Set(['recall', 'order', 'learn']);
/**
 * "Clinton recalled her opposition to …", "Cruz, recalling the time he …": "recall" with a plain object reports a
 * memory (PolNeAR train: 22 of 25 such proposals match gold), unless the object is a count or the owner's own
 * ("recalled 45,000 cars", "recalled its older model": a product recall) or the verb stands inside another report's
 * content ("said she recalls the colleague being confused": PolNeAR marks no report nested there). "ordered" and
 * "learned" keep needing a clause.
 */
function recallsMemory(lemma: string, next: string | undefined, cs: number, earlier: readonly AttributionCandidate[]): boolean {
  if (lemma !== 'recall' || next === undefined || /^\d/.test(next) || PRODUCT_OBJECT_OPENERS.has(next)) return false;
  return !insideContentOf(cs, earlier);
}
const PRODUCT_OBJECT_OPENERS = new Set(['its', 'their', 'some', 'all', 'more', 'about', 'nearly', 'over', 'up', 'thousands', 'hundreds', 'millions']);

/** Words that open a reported question or a content clause ("recalled how", "learned why"). */
const WH_WORDS = new Set(['how', 'whether', 'why', 'what', 'when', 'where', 'who', 'if']);

/**
 * "reported “2,521 shooting incidents” in the city between January 1 and September 18": a quoted phrase that the
 * sentence goes on after, with no stop or comma closing it inside the marks, is part of the reported clause, which runs
 * to the clause end.
 */
function quoteWithRest(v: TokenView, region: { readonly open: number; readonly close: number }, se: number): TokRange {
  const quote = { s: region.open, e: region.close };
  const after = v.low[region.close + 1];
  const inside = v.low[region.close - 1] ?? '';
  if (region.close + 1 > se || after === undefined || v.quote[region.close + 1] !== -1 || !/^[\p{L}\p{N}]/u.test(after)) return quote;
  if (CLAUSE_PUNCT.has(inside) || END_PUNCT.has(inside)) return quote;
  return trimRange(v, { s: region.open, e: se }) ?? quote;
}

/** Auxiliaries and modals, which tell no verb's form apart from another's. */
const AUXILIARIES = new Set('has have had is was are were be been do does did will would can could may might must shall should to'.split(' '));

/** The verb form of a word: "-ing", past ("-ed", "said"), third person "-s", or the base. */
function verbForm(w: string): string {
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed') || IRREGULAR_PAST.has(w)) return 'past';
  if (w.endsWith('s') && !w.endsWith('ss')) return 's';
  return 'base';
}
const IRREGULAR_PAST = new Set('said told wrote spoke thought made took gave sent found felt knew saw heard put set'.split(' '));

/**
 * "He proposes doing away with the mandate, and plans to reduce …", "took to Twitter to accuse … and encourage …": a
 * verb after a coordinator inside the content of the clause's last cue, in the same form as that cue's verb, is
 * coordinated with it: it shares the cue's speaker and reports as it does, not nested in its content. A verb in
 * another form belongs to the reported clause ("said he would cut taxes and wants to …").
 */
function coordinatedWithCue(v: TokenView, i: number, cs: number, earlier: readonly AttributionCandidate[]): boolean {
  // "and Planned Parenthood": a capital mid-clause is a name's
  if (!COORDINATORS.has(v.low[cs - 1] ?? '') || isCapitalized(v, i)) return false;
  const main = earlier[earlier.length - 1];
  if (!main?.source || !main.content.some((r) => r.s < cs - 1 && cs <= r.e)) return false;
  const form = verbForm(v.low[i]!);
  for (let k = main.cue.s; k <= main.cue.e; k++) {
    const w = v.low[k]!;
    if (!AUXILIARIES.has(w) && LETTERS_ONLY.test(w) && !isLyAdverb(w) && verbForm(w) === form) return true;
  }
  return false;
}

/**
 * Participles of feeling, whose passive's subject holds the attitude and whose agent is what it is about: "were angered
 * by", "was impressed by", "have been unsettled by" (PolNeAR train: the subject is the source in such passives).
 */
const FEELING_PARTICIPLES = new Set(
  `angered alarmed annoyed appalled baffled bothered concerned delighted disappointed dismayed disturbed embarrassed
   encouraged enraged frightened frustrated heartened horrified impressed incensed infuriated inspired intrigued
   irritated mesmerized offended outraged pleased puzzled relieved saddened scared shaken shocked startled stunned
   surprised terrified thrilled troubled unnerved unsettled upset worried`.split(/\s+/),
);

/** Transitive verbs of feeling whose object holds the feeling ("That worries environmentalists", "has angered …"). */
const FEELING_VERBS = new Set(
  `angers angered alarms alarmed unsettles unsettled startles startled upsets surprises surprised worries worried
   troubles troubled frustrates frustrated infuriates infuriated dismays dismayed disappoints disappointed irritates
   irritated annoys annoyed delights delighted pleases impresses impressed shocks shocked stuns stunned bothers bothered`.split(/\s+/),
);
const DEMONSTRATIVES = new Set(['that', 'this', 'it', 'what']);
/** Finite forms and clause words that end the object of a verb of feeling. */
const OBJECT_END = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'who', 'which', 'that', 'because', ':']);
/** Words after such a verb that open no object ("worried that", "worries about"). */
const FEELING_NOT_OBJECT = new Set(
  'that about over by to for whether if at with as so and but from in on of among after before during since among'.split(' '),
);

/** Adverbs between the coordinator and a quote that resumes after its tag ("he said, and still “…”"). */
const RESUMING_ADVERBS = new Set(['still', 'also', 'then', 'even', 'later', 'again']);

/** What lets a weak form report on its own: "that", a quote, a colon, a pronoun or evidence subject, a coordinated cue. */
function weakStructure({ v, i, next, quoteBefore, quoteAfter, cue, earlier }: VerbCue): boolean {
  return (
    next === 'that' ||
    weakOkBefore(v, i) ||
    quoteBefore !== null ||
    quoteAfter !== null ||
    next === ':' ||
    isPronounSubject(v, cue.s - 1) ||
    EVIDENCE_NOUNS.has(v.low[cue.s - 1]!) ||
    coordinatedWithCue(v, i, cue.s, earlier)
  );
}

/** A "that" clause, a quote, a colon or an infinitive after the cue: the reported clause is marked as such. */
function clauseStructure({ v, cue, unit, entry, next, quoteBefore, quoteAfter }: VerbCue): boolean {
  if (next === 'that' || next === ':' || quoteBefore !== null || quoteAfter !== null) return true;
  return v.low[contentStart(v, cue.e, unit.last, entry.lemma)] === 'that' || infinitiveComplement(v, cue.e, unit.last);
}

/**
 * "Officials said the move plans to …", "He said they want …": a weak form reporting the clause after it, inside the
 * content of a report already found and with no structure of its own, is a report only when the learned detector is
 * surer of it than elsewhere (PolNeAR seldom marks a report nested there). A named speaker's report stays a link of a
 * chain ("KCNA stated that Putin plans to visit"), and tags (", MTA reported") and quotes are not judged so.
 */
function doubtfulNested(c: VerbCue, p: AttributionCandidate): boolean {
  if (p.rule !== 'indirect' || !c.entry.weak || !insideContentOf(c.i, c.earlier)) return false;
  if (p.source !== null && isCapitalized(c.v, p.source.s)) return false;
  return !weakStructure(c) && !learnedWeakCueAt(c.v, c.i, WEAK_NESTED_MARGIN);
}

/** The verb rules, in the order they are tried. */
export const VERB_RULES: readonly VerbRule[] = [
  {
    // "Criticizing Sanders, she …", "After thanking his supporters, he …": the subject follows the clause.
    name: 'fronted-participle',
    apply(c) {
      const { v, i, unit, entry } = c;
      const { first: ss, last: se } = unit;
      if (!(entry.participle && (i === ss || (i - 1 === ss && FRONTED.has(v.low[ss]!))))) return null;
      let comma = i + 1;
      while (comma <= se && v.low[comma] !== ',' && v.quote[comma] === -1) comma++;
      if (comma > se || v.low[comma] !== ',') return 'reject';
      const subject = clauseSubject(v, comma + 1, se + 1);
      const content = trimRange(v, { s: i + 1, e: comma - 1 });
      if (!content) return 'reject';
      return proposal(c, { cue: { s: i, e: i }, source: subject, antecedent: null, content: [content], rule: 'fronted-participle' });
    },
  },
  {
    // "recalled 45,000 cars", "has ordered extra pumps", "first learned of the fault": these verbs report only
    // with a clause or a quote ("recalled that", "recalled how", "recalled: …"); with a plain object they
    // name an act (a product recall, a purchase), not speech.
    name: 'object-sense',
    apply({ v, cue, unit, entry, next, quoteBefore, quoteAfter, earlier }) {
      if (!OBJECT_SENSE_LEMMAS.has(entry.lemma)) return null;
      // "learned again during the first debate that …": the clause may follow an adjunct, as the content rules read it
      const opener = v.low[contentStart(v, cue.e, unit.last, entry.lemma)];
      const clause = next === 'that' || next === ':' || next === ',' || (next !== undefined && (WH_WORDS.has(next))) || opener === 'that' || quoteBefore !== null || quoteAfter !== null;
      if (clause) return null;
      return recallsMemory(entry.lemma, next, cue.s, earlier) ? null : 'reject';
    },
  },
  {
    // A weak form ("notes", "claims") reports only with clear structure: "that", a quote, a colon, a pronoun subject.
    name: 'weak-without-structure',
    // "Pence plans to release his returns": the learned detector reads the context the structure tests do not.
    apply: (c) => (!c.entry.weak || weakStructure(c) || learnedWeakCueAt(c.v, c.i) ? null : 'reject'),
  },
  {
    // The learned detector is sure from the context that a form without clear structure does not report here
    // ("a stream called Miracle Run"); a "that" clause, a quote, a colon or an infinitive ("intended to visit",
    // "expects President Temirov to visit") always keeps the cue.
    name: 'learned-veto',
    apply: (c) => (clauseStructure(c) || !learnedVeto(c.v, c.i) ? null : 'reject'),
  },
  {
    // "“…,” Peskov said." / "“…,” said Peskov."
    name: 'quote-cue',
    apply(c) {
      const { v, cue, unit, quoteBefore } = c;
      if (quoteBefore === null) return null;
      const cs = cue.s;
      const ce = cue.e;
      const region = v.regions[quoteBefore]!;
      let source: TokRange | null = null;
      if (region.close + 1 <= cs - 1) source = { s: region.close + 1 + (v.low[region.close + 1] === ',' ? 1 : 0), e: cs - 1 };
      else source = npAfter(v, ce + 1, unit.last);
      if (source) source = v.low[source.e] === ',' && source.s < source.e && hasComma(v, source.s, source.e - 1) ? source : trimRange(v, source);
      const content: TokRange[] = [{ s: leadIn(v, region.open, unit.first, c.earlier), e: region.close }];
      const tail = source && source.s > ce ? source.e : ce;
      const split = splitQuoteAfter(v, tail, unit.last);
      if (split !== null) content.push({ s: v.regions[split]!.open, e: v.regions[split]!.close });
      else {
        // "“…,” he said, but “…”": the rest of the sentence resumes the quoted content when it goes on quoting.
        const rest = resumedContent(v, tail, unit.last);
        let opener = rest && COORDINATORS.has(v.low[rest.s]!) ? rest.s + 1 : rest?.s;
        // "Jordan said, and still “got to sit in on …”": an adverb may stand before the quote
        if (rest && opener !== undefined && opener < rest.e && RESUMING_ADVERBS.has(v.low[opener]!)) opener++;
        if (rest && opener !== undefined && v.quote[opener] !== -1) content.push(rest);
      }
      return proposal(c, { source, antecedent: null, content, rule: 'quote-cue' });
    },
  },
  {
    // "X said: “…”"
    name: 'cue-quote',
    apply(c) {
      if (c.quoteAfter === null) return null;
      const region = c.v.regions[c.quoteAfter]!;
      const quote = quoteWithRest(c.v, region, c.unit.last);
      const before = interruptedLead(c);
      return proposal(c, { ...c.left, content: before ? [before, quote] : [quote], rule: 'cue-quote' });
    },
  },
  {
    // "…, X said." and "…, said X."
    name: 'trailing-cue',
    apply(c) {
      const trailing = trailingTag(c.v, c.entry.lemma, c.cue.s, c.cue.e, c.unit.first, c.unit.last, c.left.source);
      return trailing ? proposal(c, { ...trailing, rule: 'trailing-cue' }) : null;
    },
  },
  {
    // "Sanders is expected to win": agentless expectation about the subject.
    name: 'passive-expected',
    apply(c) {
      if (!(c.passive && c.entry.lemma === 'expect' && c.next === 'to')) return null;
      const content = subjectAndRest(c);
      return content ? proposal(c, { source: null, antecedent: null, content, rule: 'passive-expected' }) : 'reject';
    },
  },
  {
    // "Christie appeared to end his bid": the impression has no named holder; the subject joins the content.
    name: 'raising',
    apply(c) {
      if (!(RAISING.has(c.entry.lemma) && c.v.low[c.cue.e] === 'to' && c.cue.s > c.unit.first)) return null;
      // "agreed with McLenny and seemed to think …": coordinated with the cue before it, it shares that cue's speaker
      if (coordinatedWithCue(c.v, c.i, c.cue.s, c.earlier)) return null;
      const content = subjectAndRest(c);
      return content ? proposal(c, { source: null, antecedent: null, content, rule: 'raising' }) : null;
    },
  },
  {
    // "Sanders was asked about …", "was asked whether …": the question is the content; the asker is often unnamed.
    name: 'passive-asked',
    apply: (c) => (c.passive && c.entry.lemma === 'ask' && c.next !== 'by' ? agentless(c, 'passive-asked') : null),
  },
  {
    // "O'Malley's move was first reported by MSNBC": the agent is the source, the subject the content.
    name: 'passive-by',
    apply(c) {
      if (!(c.passive && c.next === 'by')) return null;
      const agent = npAfter(c.v, c.cue.e + 2, c.unit.last);
      const subj = npEndingAt(c.v, c.cue.s - 1, c.unit.first);
      if (!agent || !subj) return 'reject';
      // "Business leaders have been unsettled by protests": a verb of feeling holds the subject's attitude to the agent
      if (FEELING_PARTICIPLES.has(c.v.low[c.i]!)) return proposal(c, { cue: { s: c.cue.s, e: c.cue.e + 1 }, ...c.left, content: [agent], rule: 'passive-feeling' });
      return proposal(c, { cue: { s: c.cue.s, e: c.cue.e + 1 }, source: agent, antecedent: null, content: [subj], rule: 'passive-by' });
    },
  },
  {
    // "He has been harshly criticized for …", "Mr. Quiros was accused of using …": an agentless passive the learned
    // detector takes for a report in context. The subject and the rest of the clause are the content; "of", "as"
    // or "for" right after the participle joins the cue, as PolNeAR marks it ("was accused of", "is defined as").
    name: 'passive-learned',
    apply(c) {
      if (!c.passive || c.next === 'that' || c.next === 'by' || !learnedCueAt(c.v, c.i)) return null;
      const particle = c.cue.e === c.i && PASSIVE_PARTICLES.has(c.v.low[c.i + 1]!) && c.i + 2 <= c.unit.last;
      const cue = particle ? { s: c.cue.s, e: c.i + 1 } : c.cue;
      const subj = npEndingAt(c.v, cue.s - 1, c.unit.first);
      const rest = trimRange(c.v, { s: cue.e + 1, e: c.unit.last });
      if (!rest) return null;
      return proposal(c, { cue, source: null, antecedent: null, content: subj ? [subj, rest] : [rest], rule: 'passive-learned' });
    },
  },
  {
    // "it was reported that …": agentless; "Symbolic gestures were announced.", a passive that closes its clause, is
    // an agentless report of its subject; anything else passive ("has been confirmed by then") is not a report.
    name: 'passive-that',
    apply(c) {
      if (!c.passive) return null;
      if (c.next === 'that') return agentless(c, 'passive-that');
      if (!END_PUNCT.has(c.next ?? '.') || c.cue.e + 1 < c.unit.last) return 'reject';
      const subj = npEndingAt(c.v, c.cue.s - 1, c.unit.first);
      // "No specific date has been confirmed": what was not announced is no claim.
      return subj && !NEGATED_SUBJECT.has(c.v.low[subj.s]!) ? proposal(c, { source: null, antecedent: null, content: [subj], rule: 'passive-final' }) : 'reject';
    },
  },
  {
    // A cue that closes its clause reports what the clause it sits in is about: "…, as some have speculated."
    // credits the main clause before "as" (or "than": "larger than the budget office had predicted"), and "a charge
    // that Mrs. Clinton has always denied" the noun the relative clause hangs on.
    name: 'clause-final',
    apply(c) {
      const { v, cue, unit, entry } = c;
      if (trimRange(v, { s: contentStart(v, cue.e, unit.last, entry.lemma), e: unit.last })) return null;
      const source = c.left.source;
      if (!source || c.left.antecedent) return null;
      const k = source.s - 1;
      if (k <= unit.first) return null;
      const w = v.low[k]!;
      let content: TokRange | null = null;
      if (w === 'as' || w === 'than') content = trimRange(v, { s: unit.first, e: k - 1 });
      else if (GAP_RELATIVES.has(w) && (!CUE_VERBS.has(v.low[k - 1]!) || DETERMINERS.has(v.low[k - 2] ?? ''))) content = npEndingAt(v, v.low[k - 1] === ',' && w === 'which' ? k - 2 : k - 1, unit.first);
      return content ? proposal(c, { source, antecedent: null, content: [content], rule: 'clause-final' }) : null;
    },
  },
  {
    // "That worries environmentalists.", "the BBC has regularly angered prime ministers": a verb of feeling with an object
    // credits the object, who holds the feeling, and reports what its subject names.
    name: 'active-feeling',
    apply(c) {
      const { v, i, cue, unit } = c;
      if (c.passive || !FEELING_VERBS.has(v.low[i]!) || cue.e !== i) return null;
      const next = v.low[i + 1];
      if (next === undefined || !STARTS_LETTER.test(next) || FEELING_NOT_OBJECT.has(next)) return null;
      const found = npAfter(v, i + 1, unit.last);
      // "What worries the smartest people on the left is …": the object ends before a finite verb
      let oe = found ? found.s : -1;
      while (found && oe < found.e && !OBJECT_END.has(v.low[oe + 1]!)) oe++;
      const object = found ? trimRange(v, { s: found.s, e: oe }) : null;
      // "That worries …": a demonstrative subject is the thing felt about
      const k = cue.s - 1;
      const subject = c.left.source ?? (k >= unit.first && DEMONSTRATIVES.has(v.low[k]!) ? { s: k, e: k } : null);
      if (!object || !subject || c.left.antecedent) return null;
      return proposal(c, { source: object, antecedent: null, content: [subject], rule: 'active-feeling' });
    },
  },
  {
    // "X said (that) …", "…, adding that …": the content runs from the cue (or its "that") to the clause end.
    name: 'indirect',
    apply(c) {
      const content = trimRange(c.v, { s: contentStart(c.v, c.cue.e, c.unit.last, c.entry.lemma), e: c.unit.last }) ?? nextParagraph(c);
      return content ? proposal(c, { ...c.left, content: [content], rule: c.entry.participle ? 'participle' : 'indirect' }) : 'reject';
    },
  },
];

/**
 * "Limbaugh added:" closing its paragraph introduces the next paragraph, the whole of it (a block quote set off
 * without quotation marks).
 */
function nextParagraph(c: VerbCue): TokRange | null {
  const { v, cue, unit } = c;
  const k = cue.e + 1;
  if (v.low[cue.e] !== ':' || cue.e !== unit.last || k >= v.n || v.paragraphOf(k) !== v.paragraphOf(cue.e) + 1) return null;
  let e = k;
  while (e + 1 < v.n && v.paragraphOf(e + 1) === v.paragraphOf(k)) e++;
  // its opening "And" stays: the paragraph is quoted whole
  const r = trimRange(v, { s: k, e });
  return r ? { s: k, e: r.e } : null;
}

/** Runs the gates, then the rules in order, for the verb form at token i. */
export function proposeVerb(
  v: TokenView,
  i: number,
  unit: ClauseUnit,
  earlier: readonly AttributionCandidate[],
  entry: CueEntry = CUE_VERBS.get(v.low[i]!)!,
): AttributionCandidate | null {
  const form: VerbForm = { v, i, unit, entry, earlier };
  if (VERB_GATES.some((g) => g.matches(form))) return null;
  const cue = measure(form);
  for (const rule of VERB_RULES) {
    const verdict = rule.apply(cue);
    if (verdict === null) continue;
    if (verdict === 'reject' || doubtfulNested(cue, verdict)) return null;
    return withFreeRelative(v, unit.first, withInfinitiveGovernor(v, unit.first, infinitiveToContent(v, i, verdict)));
  }
  return null;
}

/**
 * "That was what Liz Wahl said when she resigned", "what the senators said was economic gerrymandering": a speaker right
 * after "what" reports the thing "what" stands for, which PolNeAR marks in the content.
 */
function withFreeRelative(v: TokenView, ss: number, c: AttributionCandidate): AttributionCandidate {
  const k = c.source ? c.source.s - 1 : -1;
  if (k < ss || v.low[k] !== 'what' || c.content.some((r) => r.s <= k && k <= r.e)) return c;
  return { ...c, content: [{ s: k, e: k }, ...c.content] };
}

/**
 * "continued to insist", "is trying to portray", "was quick to say": once a rule has decided on an infinitive cue, the
 * word that governs it joins the cue, with its auxiliaries and adverbs; a source that ran into it ends before it.
 */
function withInfinitiveGovernor(v: TokenView, ss: number, c: AttributionCandidate): AttributionCandidate {
  let cs = c.cue.s;
  if (v.low[cs] !== 'to' || !governsInfinitive(v, cs - 1, ss)) return c;
  cs--;
  while (cs - 1 >= ss && v.quote[cs - 1] === -1 && (CUE_MODIFIERS.has(v.low[cs - 1]!) || (isLyAdverb(v.low[cs - 1]!) && !isCapitalized(v, cs - 1)))) cs--;
  const src = c.source;
  if (src && src.s < cs && src.e >= cs) {
    const kept = trimRange(v, { s: src.s, e: cs - 1 });
    return { ...c, cue: { s: cs, e: c.cue.e }, source: kept };
  }
  if (src && src.s >= cs && src.s <= c.cue.e) return c;
  return { ...c, cue: { s: cs, e: c.cue.e } };
}

/**
 * "declined to comment", "appeared to end his bid": the rules read the "to" as the verb's particle (the learned veto
 * and the raising rule need it), but PolNeAR puts an infinitive's marker in the content (train: "declined to" 0.33
 * of matched cues, "seemed to" 0.36, "sought to" 0.35), so it moves there once a rule has decided.
 */
function infinitiveToContent(v: TokenView, i: number, c: AttributionCandidate): AttributionCandidate {
  const to = c.cue.e;
  if (to !== i + 1 || v.low[to] !== 'to' || !INFINITIVE_MARKER_OUT.has(CUE_VERBS.get(v.low[i]!)?.lemma ?? '')) return c;
  const k = c.content.findIndex((r) => r.s === to + 1);
  if (k < 0) return c;
  const content = c.content.map((r, j) => (j === k ? { s: to, e: r.e } : r));
  return { ...c, cue: { s: c.cue.s, e: i }, content };
}

export const reportingVerb: CueParser = {
  name: 'reporting-verb',
  opens: [...CUE_VERBS.keys()],
  claims: (v, i) => CUE_VERBS.has(v.low[i]!),
  // "his claim that": after a determiner the form is a noun, for the noun parsers to read. Not "her support for":
  // PolNeAR train marks a cue there in about a quarter of the cases.
  yields: (v, i, unit) => v.low[i + 1] === 'that' && afterDeterminer(v, i, unit.first),
  propose: proposeVerb,
};
