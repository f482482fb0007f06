/**
 * Who speaks and what is said around a reporting verb: the source before the cue (or the main clause's
 * speaker for participles, infinitives and coordinated verbs), the inverted or trailing tag ("…, X said."),
 * and where indirect content begins.
 */
import type { AttributionCandidate, TokRange } from '../candidate.js';
import { COMMON_VERBS, FRONTED, appositive, clauseSubject, npAfter, npEndingAt, withNegation } from '../chunker.js';
import { CUE_MODIFIERS, CUE_VERBS, DETERMINERS, PRONOUNS, RELATIVES, SOURCE_STOP } from '../lexicon.js';
import { CLAUSE_PUNCT, COORDINATORS, END_PUNCT, TIME_WORDS, isCapitalized, isStrongVerb, trimRange } from '../tokens.js';
import { type TokenView } from '../../text/token-view.js';
import { isQuoteMark } from '../../text/quotes.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const LOWER_PARTICIPLE = /^\p{Ll}+(ed|ing)$/u;

/** Verbs whose recipient may stand between the cue and the content: "told reporters that", "told reporters: “…”". */
export const TELL_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'ask', 'urge', 'email', 'write']);
/** How far after a cue a complementizer "that" may sit ("said on Monday that"). */
const THAT_WINDOW = 6;
/** Words that open an adjunct between a cue and its "that" ("said via email that", "said during a rally that"). */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'with', 'via', 'from', 'through', 'over', 'last', 'this', 'earlier', 'during', 'to', 'repeatedly', 'publicly', 'privately', 'recently', 'again', 'before', 'after']);
/** Question words that open a told content ("told reporters how surprised he was"). */
const WH_OPENERS = new Set(['how', 'whether', 'why', 'what', 'when', 'where']);
/** Words after which a participle cue takes the main clause's subject: "began by saying", "in blasting". */
const PARTICIPLE_HOSTS = new Set(['by', 'in', 'after', 'before', 'while', 'when', 'to', 'of']);
/** Verbs that news style puts before their subject: "…, said Peskov", "…, added the spokesman". */
const INVERTING = new Set(['say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'reply', 'respond', 'declare', 'insist', 'tell', 'warn', 'argue', 'conclude', 'announce']);

/** Words after a mid-sentence tag's comma that open no continuation of the content. */
const RESUME_STOP = new Set(['on', 'in', 'at', 'during', 'according', 'citing', 'quoting', 'as', 'when', 'after', 'before', 'while', 'last', 'this', 'earlier']);

/** Quantifiers before "of whom"/"of which" ("many of whom said"). */
const RELATIVE_QUANTIFIERS = new Set('many most some all none several both each few one two three half'.split(' '));

/** Coordinators that open a sentence: "But the plan is tilted toward the rich, she said." */
const SENTENCE_OPENERS = new Set(['but', 'and', 'yet', 'so']);

/** A content that runs from the sentence start keeps the coordinator that opens the sentence (PolNeAR keeps it). */
function withOpener(v: TokenView, r: TokRange | null, ss: number): TokRange | null {
  return r && r.s === ss + 1 && SENTENCE_OPENERS.has(v.low[ss]!) && isCapitalized(v, ss) ? { s: ss, e: r.e } : r;
}

/** A speaker found for a cue: the source span and, for a relative pronoun, the phrase it stands for. */
export interface SourceReading {
  readonly source: TokRange | null;
  readonly antecedent: TokRange | null;
}

/**
 * The speaker of a verb that shares its clause's subject ("to say", "…, adding", "and praised"): the source
 * of the cue just before it in the clause, else the clause's subject.
 */
export function mainSpeaker(v: TokenView, cs: number, ss: number, earlier: readonly AttributionCandidate[]): SourceReading {
  const main = earlier[earlier.length - 1];
  if (main?.source) return { source: main.source, antecedent: main.antecedent };
  return { source: clauseSubject(v, ss, cs), antecedent: null };
}

/** Dashes that close an appositive before the cue ("Kall -- co-editor of the book -- said"). */
const APPOSITIVE_DASHES = new Set(['\u2014', '--', '\u2013']);

/** Source before the cue: a pronoun, a relative pronoun with its antecedent, an appositive, or a noun phrase. */
export function sourceBefore(v: TokenView, cs: number, ss: number, earlier: readonly AttributionCandidate[], participle: boolean): SourceReading {
  let j = cs - 1;
  // "the Kentucky Republican on Tuesday dismissed": a time phrase between subject and cue is skipped.
  if (j > ss && TIME_WORDS.has(v.low[j]!)) {
    j--;
    if (j > ss && (v.low[j] === 'on' || v.low[j] === 'last' || v.low[j] === 'this' || v.low[j] === 'earlier')) j--;
    // "a poll released last week found": the time belongs to a participle inside the subject.
    if (j > ss && /ed$/.test(v.low[j]!) && !isCapitalized(v, j) && !isStrongVerb(v.low[j]!)) {
      const np = npEndingAt(v, j, ss);
      if (np && np.s < j) return { source: { s: np.s, e: cs - 1 }, antecedent: null };
    }
  }
  // "A group of doctors in 2015 reported": a year between subject and cue is when, not who.
  if (j - 2 >= ss && v.low[j - 1] === 'in' && /^(1[89]|20)\d\d$/.test(v.low[j]!)) j -= 2;
  if (j < ss) return { source: null, antecedent: null };
  const w = v.low[j]!;
  // "…, adding that", "began by saying": the subject of the main clause speaks.
  if (participle && (w === ',' || w === '\u2014' || PARTICIPLE_HOSTS.has(w))) return mainSpeaker(v, cs, ss, earlier);
  // "He congratulated her and praised …": the coordinated verb shares the clause's subject.
  if (COORDINATORS.has(w)) return mainSpeaker(v, cs, ss, earlier);
  if (RELATIVES.has(w) && w !== 'that') {
    // "protesters, many of whom said": the quantifier and its "of" are the source's.
    const s = j - 2 >= ss && v.low[j - 1] === 'of' && RELATIVE_QUANTIFIERS.has(v.low[j - 2]!) ? j - 2 : j;
    let a = s - 1;
    if (a >= ss && v.low[a] === ',') a--;
    const ante = a >= ss ? npEndingAt(v, a, ss) : null;
    return { source: { s, e: j }, antecedent: ante };
  }
  if (PRONOUNS.has(w)) return { source: withNegation(v, { s: j, e: j }, ss), antecedent: null };
  if (w === ',' || APPOSITIVE_DASHES.has(w)) {
    const appos = appositive(v, j, ss);
    if (appos) return { source: appos, antecedent: null };
    // "He suggested …, called her …": a verb in a list shares the speaker of the cue before it.
    const main = earlier[earlier.length - 1];
    if (main?.source && w === ',') return { source: main.source, antecedent: main.antecedent };
    return { source: null, antecedent: null };
  }
  if (participle) {
    // "Clinton spent the run-up to the caucuses portraying …": the noun phrase before a participle is
    // usually the main verb's object; the main clause's subject speaks.
    const main = earlier[earlier.length - 1];
    if (main?.source) return { source: main.source, antecedent: main.antecedent };
    const subj = clauseSubject(v, ss, cs);
    if (subj) return { source: subj, antecedent: null };
  }
  return { source: withPostmodifiedSubject(v, withCoordinatedSubject(v, npEndingAt(v, j, ss), ss), ss, cs, earlier), antecedent: null };
}

/** Longest subject with a restrictive postmodifier that we take from the clause start. */
const MAX_POSTMODIFIED = 25;
/** Finite forms that make a clause of the words before the cue, unless a relative pronoun opened one. */
const FINITE = new Set([...COMMON_VERBS, ...'continue continues continued remain remains remained face faces faced mark marks marked mean means meant become becomes became'.split(' ')]);
/** Quantifiers that open a subject ("Several judges handling …", "Most voters who …"). */
const SUBJECT_QUANTIFIERS = new Set('several many some most all both few each every no'.split(' '));
/** Prepositions that open a postmodifier of the subject's head ("The section of the debate", "A study by …"). */
const POSTMODIFIER_PREPOSITIONS = new Set('of in at from with on by to for about over among between under against'.split(' '));
/** Words that open a subordinate clause: the words before the cue are no noun phrase when one stands among them. */
const SUBORDINATORS = new Set('after as when while because before since until if although though whereas what where once unless whether how why than'.split(' '));

/**
 * Where the head of a subject that opens at `start` ends: the first relative pronoun, preposition or participle after a
 * common noun ("judges handling", "polls taken"), or -1 when a word before it is no part of a noun phrase (a verb
 * after a name: "Patriot handed over"; a finite form; an adverb or clause word: "Democrats also persisted").
 */
function headEnd(v: TokenView, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const w = v.low[k]!;
    const participle = LOWER_PARTICIPLE.test(w) && !isCapitalized(v, k);
    if (RELATIVES.has(w) || POSTMODIFIER_PREPOSITIONS.has(w)) return k;
    if (participle) return isCapitalized(v, k - 1) || DETERMINERS.has(v.low[k - 1]!) ? -1 : k;
    if (SOURCE_STOP.has(w) || FINITE.has(w) || CUE_VERBS.has(w)) return -1;
  }
  return -1;
}

/**
 * "Several judges handling federal lawsuits seeking information about Hillary Clinton's tenure as secretary of state
 * have cited", "Central European leaders who have been some of the most strident opponents of taking in migrants
 * have embraced", "The section of the debate devoted to racial issues revealed": a subject that opens its clause and
 * runs to the cue with a restrictive postmodifier (a relative clause, a participle or a prepositional phrase, set off
 * by no comma) is the source whole, not the noun phrase the backward scan found at its end. The words must read as
 * one noun phrase: no comma, quote, coordinator, subordinator or other cue among them, and no finite verb before a
 * relative pronoun.
 */
function withPostmodifiedSubject(v: TokenView, np: TokRange | null, ss: number, cs: number, earlier: readonly AttributionCandidate[]): TokRange | null {
  // "The scandal that The Boston Globe exposed": the phrase is a relative clause's subject, the cue its verb
  if (!np || np.e !== cs - 1 || RELATIVES.has(v.low[np.s - 1] ?? '')) return np;
  let start = ss;
  while (start < np.s && LEADING_OPENERS.has(v.low[start]!)) start++;
  if (np.s <= start || cs - start > MAX_POSTMODIFIED) return np;
  const w0 = v.low[start]!;
  const opens =
    (DETERMINERS.has(w0) && w0 !== 'that') || SUBJECT_QUANTIFIERS.has(w0) || (isCapitalized(v, start) && !FRONTED.has(w0) && !SOURCE_STOP.has(w0) && !PRONOUNS.has(w0));
  // "Last August we collected …", "This week the board …": a time phrase opens the clause, not a subject
  if (!opens || w0 === 'last' || w0 === 'next' || TIME_WORDS.has(v.low[start + 1] ?? '')) return np;
  if (earlier.some((d) => d.cue.e >= start && d.cue.s < cs)) return np;
  const head = headEnd(v, start, np.s + 1);
  if (head < 0) return np;
  let relative = false;
  for (let k = start; k < np.s; k++) {
    const w = v.low[k]!;
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || COORDINATORS.has(w) || SUBORDINATORS.has(w)) return np;
    if (k >= head && RELATIVES.has(w)) relative = true;
    else if (isStrongVerb(w) || (!relative && FINITE.has(w))) return np;
  }
  return { s: start, e: np.e };
}

/** Sentence openers before a subject ("But several judges …"). */
const LEADING_OPENERS = new Set(['but', 'and', 'so', 'yet']);

/** Longest conjunct joined to a subject ("The Clinton campaign and DNC"). */
const MAX_CONJUNCT = 4;

/**
 * A subject of coordinated phrases that opens its clause: "The Clinton campaign and DNC", "The Republican nominee and
 * his aides", "The family, protesters and civic leaders". The noun phrase scan stops at "and" (it is often a clause's
 * coordinator); here it is joined when the phrases before it run from the clause start, each a few words with no verb
 * form among them.
 */
function withCoordinatedSubject(v: TokenView, np: TokRange | null, ss: number): TokRange | null {
  if (!np || np.s - 2 < ss || (v.low[np.s - 1] !== 'and' && v.low[np.s - 1] !== '&')) return np;
  let k = np.s - 2;
  let len = 0;
  for (; k >= ss; k--) {
    const w = v.low[k]!;
    if (w === ',') {
      if (len === 0) return np;
      len = 0;
      continue;
    }
    const verbForm = CUE_VERBS.has(w) || (!isCapitalized(v, k) && /(ed|ing)$/.test(w));
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || (SOURCE_STOP.has(w) && !DETERMINERS.has(w)) || verbForm || ++len > MAX_CONJUNCT) return np;
  }
  return len > 0 ? { s: ss, e: np.e } : np;
}

/** A pronoun or a plural of people right before the cue ("they say", "officials believe"): a weak verb's subject. */
export function isPronounSubject(v: TokenView, j: number): boolean {
  while (j >= 0 && CUE_MODIFIERS.has(v.low[j]!)) j--;
  const w = v.low[j];
  return w !== undefined && (PRONOUNS.has(w) || w === 'people' || w === 'officials' || w === 'critics' || w === 'experts' || w === 'analysts');
}

/** "…, X said." / "…, said X." where the cue closes the sentence: the source and the content before the tag. */
export function trailingTag(
  v: TokenView,
  lemma: string,
  cs: number,
  ce: number,
  ss: number,
  se: number,
  leftSource: TokRange | null,
): (SourceReading & { readonly content: readonly TokRange[] }) | null {
  // Inverted: ", said X." (only verbs that invert, and only when no appositive subject precedes)
  // (", saying his capital was low" is a participle clause, never an inverted tag)
  if (cs - 1 > ss && v.low[cs - 1] === ',' && INVERTING.has(lemma) && !leftSource && !v.low[cs]!.endsWith('ing')) {
    const after = npAfter(v, ce + 1, se);
    if (after && reachesSentenceEnd(v, after.e, se) && !bareObject(v, after)) {
      const content = withOpener(v, trimRange(v, { s: ss, e: cs - 2 }), ss);
      if (content) return { source: after, antecedent: null, content: withResumed(v, content, after.e, se) };
    }
  }
  if (!leftSource) return null;
  const before = leftSource.s - 1;
  if (before <= ss || v.low[before] !== ',') return null;
  const end = reachesSentenceEnd(v, ce, se) ? ce : (interruptingTail(v, ce, se) ?? recipientToEnd(v, lemma, ce, se));
  if (end === null) return null;
  const content = withOpener(v, trimRange(v, { s: ss, e: before - 1 }), ss);
  if (!content || (!END_PUNCT.has(v.low[ce + 1] ?? '.') && adjunctOnly(v, content))) return null;
  return { source: leftSource, antecedent: null, content: withResumed(v, content, end, se) };
}

/**
 * "…, mining companies, including Patriot, declared bankruptcy.": one lower-case word after an inverted cue, no pronoun
 * and no plural of people ("said officials"), is the verb's object, not its speaker.
 */
function bareObject(v: TokenView, np: TokRange): boolean {
  const w = v.low[np.s]!;
  return np.s === np.e && !isCapitalized(v, np.s) && !PRONOUNS.has(w) && !w.endsWith('s');
}

/** Words that open a phrase that sets the scene, not a clause: "In the early 1990s, she said, when …". */
const SCENE_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'by', 'from', 'for', 'with', 'among', 'under', 'over', 'within', 'through', 'throughout', 'amid', 'still', 'instead', 'meanwhile', 'however', 'thus', 'now', 'then', 'again', 'later', 'earlier', 'yet', 'also']);

/** Auxiliaries that make a scene-setting phrase a clause. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);

/** Longest scene-setting phrase (tokens). */
const MAX_SCENE = 8;

/**
 * The words before a trailing tag's source only set the scene (a prepositional phrase or an adverb, no verb): the report is
 * after the cue, not before it ("In the meantime, Obama told the group to pipe down").
 */
function adjunctOnly(v: TokenView, r: TokRange): boolean {
  if (r.e - r.s >= MAX_SCENE || !SCENE_OPENERS.has(v.low[r.s]!)) return false;
  for (let k = r.s; k <= r.e; k++) {
    const w = v.low[k]!;
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || CUE_VERBS.has(w) || ((/ed$/.test(w) || BE_FORMS.has(w)) && !isCapitalized(v, k))) return false;
  }
  return true;
}

/** Most tokens between the marks of a quoted name that may close a recipient ("told the “Ledger.”"). */
const MAX_QUOTED_NAME = 4;

/** Longest recipient (tokens) a trailing tag may name after its cue: "told the Ledger", "told Reuters". */
const MAX_RECIPIENT = 5;

/**
 * "…, a police source told the Ledger.", "…, he told reporters in Lisbon.": a telling verb's recipient (an outlet,
 * reporters) closes the tag, so the words before the source are the content, not the recipient. The end of the
 * recipient, or null when the cue is no telling verb or more than a short recipient follows it ("told him that …").
 */
function recipientToEnd(v: TokenView, lemma: string, ce: number, se: number): number | null {
  if (!TELL_VERBS.has(lemma) || ce + 1 > se || CLAUSE_PUNCT.has(v.low[ce + 1]!) || v.quote[ce + 1] !== -1) return null;
  const r = npAfter(v, ce + 1, se);
  if (!r || r.e - r.s >= MAX_RECIPIENT) return null;
  // "told MSNBC's “Morning Joe” that …": a quote opening after the recipient goes on with it; only a short quoted name
  // ("told the “Ledger”.") can close the tag
  const q = v.quote[r.e + 1];
  let end = r.e;
  if (q !== undefined && q !== -1 && v.regions[q]!.open === r.e + 1) {
    if (v.regions[q]!.close - v.regions[q]!.open > MAX_QUOTED_NAME || !isCapitalized(v, r.e + 2)) return null;
    end = v.regions[q]!.close;
  }
  return reachesSentenceEnd(v, end, se) ? end : null;
}

/**
 * "Climate change, Mr. Obama says, is the greatest threat": a tag set off by commas inside the sentence
 * interrupts the content, which resumes after it to the sentence end (PolNeAR joins both pieces).
 */
export function resumedContent(v: TokenView, tagEnd: number, se: number): TokRange | null {
  if (v.low[tagEnd + 1] !== ',' || v.quote[tagEnd + 1] !== -1) return null;
  const from = tagEnd + 2;
  if (from > se) return null;
  const w = v.low[from]!;
  // "…, he said, adding that", "…, he said, who …", "…, he said, on Monday": a new clause or a tail of the tag.
  const entry = CUE_VERBS.get(w);
  // "so bad, Mr. Obama noted, that the most-visited …": a "that" after the tag goes on with the interrupted clause ("that
  // day" is a time phrase); any other relative opens a clause about the speaker
  const resumingThat = w === 'that' && !TIME_WORDS.has(v.low[from + 1] ?? '') && !THAT_TIMES.has(v.low[from + 1] ?? '');
  if ((entry && !entry.weak) || (RELATIVES.has(w) && !resumingThat) || RESUME_STOP.has(w) || timeAdverbial(v, from, se)) return null;
  for (let k = from; k <= se; k++) {
    const e = CUE_VERBS.get(v.low[k]!);
    if (!e || e.weak || v.quote[k] !== -1) continue;
    // Another report in the rest is its own attribution when a clause boundary stands before it ("…, she said,
    // and Trump added …", "…, are acts of patriotism, as Eric Garner said"): the content stops there. With none,
    // it is nested in the content ("…, he said, the debate is infected with what he called tribalism").
    const b = clauseBoundaryBefore(v, from, k);
    if (b !== null) return b > from ? trimRange(v, { s: from, e: b - 1 }) : null;
  }
  return trimRange(v, { s: from, e: se });
}

/** Nouns after "that" that make a time phrase ("that day", "that evening"), not a clause. */
const THAT_TIMES = new Set(['day', 'evening', 'afternoon', 'time', 'point', 'moment']);

/** Words that measure a stretch of time ("a day after", "two weeks before", "hours later"). */
const TIME_UNITS = new Set('minute minutes hour hours day days week weeks month months year years'.split(' '));

/** "…, his spokesman said on Monday, a day after …": a time phrase after the tag dates the saying; nothing resumes. */
function timeAdverbial(v: TokenView, from: number, se: number): boolean {
  for (let k = from; k <= se && k <= from + 2; k++) {
    if (TIME_UNITS.has(v.low[k]!)) return ['after', 'before', 'later', 'earlier', 'ago'].includes(v.low[k + 1] ?? '');
  }
  return false;
}

/** Tokens that open a new clause inside a resumed content. */
const RESUME_BOUNDARIES = new Set([',', ';', '\u2014', '--', 'and', 'but']);

/** The last clause boundary outside quotes in from..k-1, or null. */
function clauseBoundaryBefore(v: TokenView, from: number, k: number): number | null {
  for (let j = k - 1; j >= from; j--) if (RESUME_BOUNDARIES.has(v.low[j]!) && v.quote[j] === -1) return j;
  return null;
}

function withResumed(v: TokenView, content: TokRange, tagEnd: number, se: number): TokRange[] {
  const rest = resumedContent(v, tagEnd, se);
  return rest ? [content, rest] : [content];
}

/** Words that open a short time or place tail after a reporting verb ("said on Monday", "said outside the court"). */
const TAIL_OPENERS = new Set(
  'on in at last this earlier later outside inside after before during late early from near over via yesterday today tonight'.split(' '),
);
/** Participles that open a second tag after a tail: "reported on Tuesday, citing the registrar". */
const TAG_PARTICIPLES = new Set(['citing', 'quoting', 'adding', 'according', 'saying']);

/**
 * True when only punctuation or a short time/place tail ("on Monday", "in Seoul", "outside the court") follows
 * position j, the tail ending the sentence or giving way to a participle tag (", citing …").
 */
export function reachesSentenceEnd(v: TokenView, j: number, se: number): boolean {
  const k = j + 1;
  if (k > se) return true;
  // a closing mark ends the quoted sentence ("… he said.”"); an opening one goes on with it ("said “local forces” must …")
  if (END_PUNCT.has(v.low[k]!) || (isQuoteMark(v.low[k]!) && !opensQuote(v, k))) return true;
  if (v.low[k] === ',') return true;
  if (TAIL_OPENERS.has(v.low[k]!)) {
    for (let m = k; m <= se && m - k < 6; m++) {
      if (END_PUNCT.has(v.low[m]!) || m === se) return true;
      if (v.low[m] === ',' && TAG_PARTICIPLES.has(v.low[m + 1] ?? '')) return true;
      if (v.low[m] === 'that' || v.quote[m] !== -1) return false;
    }
  }
  return false;
}

/** The token at k is the opening mark of a quote. */
function opensQuote(v: TokenView, k: number): boolean {
  const q = v.quote[k];
  return q !== undefined && q !== -1 && v.regions[q]!.open === k;
}

/** Longest time or place tail (tokens) inside an interrupting tag: "The truth, the senator said on that Monday, was …". */
const MAX_TAG_TAIL = 8;

/**
 * "The truth, the senator said then, was …", "These employees, Stumpf explained earlier in the hearing, were …": a
 * short time or place tail closed by a comma ends a tag set inside the sentence. The tail's last token, or null.
 */
function interruptingTail(v: TokenView, ce: number, se: number): number | null {
  const k = ce + 1;
  if (!(TAIL_OPENERS.has(v.low[k]!) || v.low[k] === 'then')) return null;
  for (let m = k + 1; m <= se && m - k <= MAX_TAG_TAIL; m++) {
    if (v.low[m] === ',') return m - 1;
    if (v.low[m] === 'that' || v.quote[m] !== -1 || END_PUNCT.has(v.low[m]!) || CLAUSE_PUNCT.has(v.low[m]!)) return null;
  }
  return null;
}

/** Where indirect content begins: at a nearby "that", after a recipient ("told reporters that"), or right after the cue. */
export function contentStart(v: TokenView, ce: number, se: number, lemma: string): number {
  let k = ce + 1;
  if (v.low[k] === ',' || v.low[k] === ':') k++;
  const tell = TELL_VERBS.has(lemma);
  for (let m = ce + 1; m <= se && m - ce <= THAT_WINDOW; m++) {
    const w = v.low[m]!;
    const wh = tell && WH_OPENERS.has(w);
    if ((w === 'that' || wh) && m > ce + 1) {
      if (tell || ADJUNCT_OPENERS.has(v.low[ce + 1]!) || TIME_WORDS.has(v.low[ce + 1]!)) return m;
      break;
    }
    if (CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || v.quote[m] !== -1) break;
  }
  return k;
}
