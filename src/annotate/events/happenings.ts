/**
 * Happenings: words the learned TimeML tagger (tagger/) reads as an occurrence where the lexicon has no trigger
 * ("the museum will reopen", "the ratification vote", "Malawi devalued the kwacha"). The lexicon's families cover
 * the kinds of event it knows how to type; a developing story is often about a kind it does not know, and a reader
 * still wants that event's status. A happening is typed no further than HAPPENING, and its lemma (also its subtype)
 * is the verb it names (happening-lemma.ts), so that "reopened" and "the reopening" are one kind. Which happenings a
 * story follows is the link layer's decision (src/link/link-report.ts, `followedIfLed`), not this layer's: here every
 * one is an event mention with its modality, time and arguments read like the lexicon's.
 */
import { HAPPENING_TYPE } from '../../doc/schemas/events.js';
import type { Word, SentenceView } from '../text/token-view.js';
import type { TriggerHit } from './triggers.js';
import type { TriggerForm } from './lexicon.js';
import { loadEventTagger } from './tagger/model.js';
import { LazySentenceTagging } from './tagger/sentence.js';
import { eventiveNoun, happeningLemma, personNoun, plainEventNoun } from './happening-lemma.js';

export const HAPPENING_RULE = 'happening';

/** Whether an event record is a happening (read by evals whose gold covers the lexicon's events only). */
export function isHappening(e: { readonly type: string }): boolean {
  return e.type === HAPPENING_TYPE;
}

/**
 * Verbs and nouns the tagger reads as occurrences that name no happening of their own: copulas and auxiliaries, light
 * verbs whose object is the happening ("took part", "made a landing", "held talks"), verbs of saying and of moving
 * about, and general nouns of happening ("the event", "the incident") that the lexicon's general nouns handle.
 */
const NOT_HAPPENINGS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'put', 'set', 'let', 'keep', 'bring', 'turn', 'run',
  'happen', 'occur', 'follow', 'include', 'involve', 'use', 'add', 'say', 'tell', 'call', 'ask', 'speak', 'talk',
  'see', 'show', 'find', 'look', 'seem', 'appear', 'become', 'remain', 'stay', 'leave', 'return', 'move', 'reach',
  'event', 'incident', 'thing', 'case', 'situation', 'development', 'step', 'effort', 'action', 'activity',
  'time', 'day', 'week', 'year', 'process', 'operation', 'work', 'job', 'change', 'news', 'report', 'statement',
  // changes of another event's plan or phase: statuses of that event (link/status.ts), not happenings of their own
  'postpone', 'delay', 'defer', 'cancel', 'scrap', 'suspend', 'resume', 'reschedule', 'push', 'announce', 'confirm',
  'expect', 'plan', 'schedule', 'prepare', 'start', 'begin', 'end', 'finish', 'complete', 'continue', 'stop', 'halt',
  'extend', 'hold', 'mark', 'open', 'discuss', 'decide', 'try', 'attempt', 'need', 'want', 'wait',
  // a denial, a lifting or an easing is another event's status too ("denied the report", "lifted the warning")
  'deny', 'lift', 'ease',
  // ways of saying and of minding: what is said or thought is the happening, not the saying ("expressed hope that")
  'express', 'convey', 'indicate', 'specify', 'highlight', 'stress', 'note', 'emphasise', 'emphasize', 'mention',
  'describe', 'explain', 'reiterate', 'underline', 'voice', 'outline', 'signal', 'suggest', 'acknowledge', 'insist',
  'promise', 'pledge', 'vow', 'urge', 'welcome', 'praise', 'recall', 'recount', 'cite', 'quote', 'ensure', 'consider',
  'believe', 'hope', 'fear', 'expectation', 'remark', 'comment', 'reply', 'respond', 'answer', 'receive',
]);

/** Whether a lemma can name a happening of its own (not a copula, a light verb, a change of another event's plan …). */
export function namesHappening(lemma: string): boolean {
  return !NOT_HAPPENINGS.has(lemma);
}

/**
 * Function words, never happenings: not asked of the tagger at all (its decisions are most of what happenings cost;
 * the tagger reads none of these as an occurrence, so the output is the same without the asking).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'for', 'with', 'that', 'this', 'these', 'those', 'from', 'into', 'onto', 'upon', 'over', 'under', 'about',
  'after', 'before', 'since', 'until', 'than', 'then', 'there', 'their', 'them', 'they', 'its', 'his', 'her', 'hers',
  'our', 'ours', 'your', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'while', 'whether', 'would', 'could',
  'should', 'will', 'shall', 'might', 'must', 'can', 'may', 'not', 'nor', 'but', 'also', 'only', 'very', 'more', 'most',
  'less', 'least', 'such', 'some', 'any', 'all', 'both', 'each', 'every', 'other', 'another', 'own', 'same', 'between',
  'among', 'against', 'during', 'through', 'throughout', 'without', 'within', 'along', 'across', 'around', 'near',
  'per', 'via', 'because', 'although', 'though', 'unless', 'once', 'still', 'already', 'again', 'even', 'just', 'now',
  'here', 'how', 'why', 'too', 'yet', 'was', 'were', 'are', 'been', 'being', 'has', 'had', 'have',
  'said', 'says', 'say', 'told', 'according', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Words before a form that make it a noun ("the reopening", "its debut", "Malawi's devaluation"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'each', 'every', 'another', 'such', 'of']);
/** Words before a form that make it a verb ("to reopen", "will ratify", "was ousted"). */
const VERB_BEFORE: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'not', "n't", 'never', 'did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'who', 'which', 'they', 'he', 'she', 'we', 'it', 'also', 'then', 'later', 'already', 'finally']);
const NOMINAL_ENDING = /(?:tion|sion|ment|ance|ence|ure|al|ity|ship|cy)s?$/;
const LETTERS = /^[A-Za-z][a-z-]{2,}$/;

/**
 * What the tagger's happenings read of a word's lower case alone, kept per form: its lemma, or null where no happening
 * is read from the tagger at this form (a word or lemma of NOT_HAPPENINGS), and its endings.
 */
interface FormFacts {
  readonly lemma: string | null;
  /** a noun's ending (NOMINAL_ENDING) */
  readonly nominal: boolean;
  /** "-ed" or "-ing" without a noun's ending: a verb's form */
  readonly verbal: boolean;
  readonly ing: boolean;
}

const formFacts = new Map<string, FormFacts>();

function factsOf(lower: string): FormFacts {
  let f = formFacts.get(lower);
  if (f !== undefined) return f;
  let lemma: string | null = null;
  if (!NOT_HAPPENINGS.has(lower)) {
    lemma = happeningLemma(lower);
    if (NOT_HAPPENINGS.has(lemma)) lemma = null;
  }
  const nominal = NOMINAL_ENDING.test(lower);
  f = { lemma, nominal, verbal: /(?:ed|ing)$/.test(lower) && !nominal, ing: /ing$/.test(lower) };
  if (formFacts.size > 50_000) formFacts.clear();
  formFacts.set(lower, f);
  return f;
}

/** Whether the word at i (of facts `f`) reads as a noun, by the word before it and its ending. */
function readsAsNoun(words: readonly Word[], i: number, f: FormFacts): boolean {
  const prev = words[i - 1]?.lower ?? '';
  if (DETERMINERS.has(prev) || prev.endsWith("'s")) return true;
  if (VERB_BEFORE.has(prev)) return false;
  if (f.verbal) return f.ing && !prev;
  return f.nominal || !prev || words[i - 1]!.punct;
}

/**
 * Verbs that change or state a plan or a phase of some event: what they are said of is an event, whatever its
 * noun ("the marathon was postponed", "lifted the boil-water advisory", "the census will go ahead"). Past forms
 * and participles; the particle verbs by their particle ("called off", "put off", "pushed back").
 */
const PLAN_VERBS: ReadonlySet<string> = new Set([
  'postponed', 'delayed', 'deferred', 'cancelled', 'canceled', 'scrapped', 'suspended', 'resumed', 'rescheduled',
  'lifted', 'extended', 'held', 'staged', 'halted', 'scrubbed', 'shelved', 'axed', 'reinstated', 'revoked', 'renewed',
  'postpone', 'delay', 'cancel', 'scrap', 'suspend', 'resume', 'reschedule', 'lift', 'extend', 'halt', 'revoke', 'renew',
]);
const PLAN_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['called', new Set(['off'])],
  ['call', new Set(['off'])],
  ['put', new Set(['off', 'back'])],
  ['pushed', new Set(['back'])],
  ['push', new Set(['back'])],
  ['brought', new Set(['forward'])],
  ['go', new Set(['ahead'])],
  ['went', new Set(['ahead'])],
  ['goes', new Set(['ahead'])],
  ['going', new Set(['ahead'])],
]);
/** Auxiliaries of a passive or a future before a plan verb ("has been postponed", "will go ahead"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'not', "n't", 'now', 'also', 'again', 'still', 'already', 'officially', 'formally']);
/** Words that end a noun phrase after a plan verb's object ("lifted the advisory for three districts"). */
const PHRASE_END: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'until', 'till', 'by', 'after', 'over', 'from', 'because', 'due', 'amid', 'as', 'and', 'but', 'with', 'that', 'which', 'while', 'when', 'indefinitely', 'again']);
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'next', 'planned', 'scheduled']);
/** Words before a plan verb's auxiliaries that head no subject: pronouns, conjunctions, prepositions ("and was postponed"). */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'this', 'that', 'which', 'who', 'he', 'she', 'we', 'i', 'you', 'there', 'what', 'and', 'but', 'or', 'nor', 'then', 'so', 'yet', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'though', 'although', 'where', 'once', 'until', 'unless', 'whether', 'also', 'them', 'him', 'her', 'us', 'me', 'one', 'all', 'both', 'some', 'none']);

/** Forms of "be" and modals: a plan verb after them is said of its subject ("was postponed", "will go ahead"); after "has" alone it takes an object. */
const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'may', 'might', 'should', 'must']);

/** The head of the noun phrase that starts with a determiner at j, or -1 ("the national population and housing census"). */
function phraseHead(words: readonly Word[], j: number): number {
  let head = -1;
  for (let i = j + 1; i < Math.min(words.length, j + 7); i++) {
    const w = words[i]!;
    // "population and housing census": "and" inside a compound, between two plain words that carry the phrase on
    if (w.lower === 'and' && head >= 0) {
      const a = words[i + 1];
      const b = words[i + 2];
      if (a && b && !a.punct && !b.punct && LETTERS.test(a.text) && LETTERS.test(b.text) && !DETERMINERS.has(a.lower) && !PRONOUNS.has(a.lower) && !PHRASE_END.has(b.lower) && !PRONOUNS.has(b.lower)) continue;
    }
    if (w.punct || PHRASE_END.has(w.lower) || PRONOUNS.has(w.lower) || !LETTERS.test(w.text)) break;
    head = i;
  }
  return head;
}

/** The head of a subject that ends at k: the word before an "of" complement within the six words before k, else k. */
function headBeforeOf(words: readonly Word[], k: number): number {
  for (let j = k; j > Math.max(0, k - 7); j--) {
    const w = words[j]!;
    if (w.punct) break;
    if (w.lower === 'of') return j - 1 >= 0 && !words[j - 1]!.punct ? j - 1 : k;
  }
  return k;
}

/** The head noun of the phrase a plan verb at v is said of, or -1: its object, else its passive or future subject. */
function planArgument(words: readonly Word[], v: number): number {
  // "postponed the race", "called off the strike", "has postponed the census": the object, from its determiner on
  let j = v + 1;
  if (PLAN_PARTICLES.get(words[v]!.lower)?.has(words[j]?.lower ?? '')) j++;
  if (OBJECT_DETERMINERS.has(words[j]?.lower ?? '') || words[j]?.lower.endsWith("'s")) {
    const head = phraseHead(words, j);
    if (head >= 0) return head;
  }
  let k = v - 1;
  let passive = false;
  while (k >= 0 && AUXILIARIES.has(words[k]!.lower)) {
    if (SUBJECT_AUXILIARIES.has(words[k]!.lower)) passive = true;
    k--;
  }
  if (!passive || k < 0) return -1;
  // "The Cuiabá marathon has been postponed": the word before the auxiliaries heads the subject; "The state funeral of
  // former president Jorge Almeida will be held": a complement with "of" ends the subject's head before it
  const head = headBeforeOf(words, k);
  const w = words[head]!;
  return !w.punct && LETTERS.test(w.text) && !PRONOUNS.has(w.lower) && !DETERMINERS.has(w.lower) ? head : -1;
}

/**
 * Happenings a plan verb is said of (`planArgument`) where no trigger stands: read from the words, not the tagger, so
 * nouns TimeBank never marked ("marathon", "advisory", "census") count. Time expressions are no happenings; names are,
 * here (an event's own name: "the Cuiabá International Marathon has been postponed").
 */
function planArguments(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): number[] {
  const out: number[] = [];
  for (let v = 0; v < words.length; v++) {
    const lower = words[v]!.lower;
    const particle = PLAN_PARTICLES.get(lower);
    if (!PLAN_VERBS.has(lower) && !(particle && particle.has(words[v + 1]?.lower ?? ''))) continue;
    const a = planArgument(words, v);
    if (a < 0 || taken.has(a) || out.includes(a) || inTimex(words[a]!.start, words[a]!.end)) continue;
    const lemma = happeningLemma(words[a]!.lower);
    if (NOT_HAPPENINGS.has(lemma)) continue;
    out.push(a);
  }
  return out;
}

/**
 * Verbs and phrases that tell where an event stands, said of their subject with no object: "the census began on
 * Monday", "the festival will take place in August", "the count is under way", "the decision is expected by March".
 * Keyed by the word that ends the phrase; `before` is the word the phrase needs right before that word, if any.
 */
const STATUS_PHRASES: ReadonlyMap<string, { readonly before?: ReadonlySet<string>; readonly intransitive: boolean }> = new Map([
  ['begin', { intransitive: true }],
  ['start', { intransitive: true }],
  ['end', { intransitive: true }],
  ['finish', { intransitive: true }],
  ['began', { intransitive: true }],
  ['begun', { intransitive: true }],
  ['begins', { intransitive: true }],
  ['started', { intransitive: true }],
  ['starts', { intransitive: true }],
  ['ended', { intransitive: true }],
  ['ends', { intransitive: true }],
  ['finished', { intransitive: true }],
  ['concluded', { intransitive: true }],
  ['place', { before: new Set(['take', 'takes', 'took', 'taken', 'taking']), intransitive: false }],
  ['way', { before: new Set(['under']), intransitive: false }],
  ['ahead', { before: new Set(['go', 'goes', 'went', 'gone', 'going']), intransitive: false }],
  ['expected', { intransitive: true }],
  ['due', { intransitive: true }],
  ['scheduled', { intransitive: true }],
  ['slated', { intransitive: true }],
]);
/** What may follow an intransitive status word: a time or place phrase, or the clause's end ("began on Monday", "ended."). */
const AFTER_INTRANSITIVE: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'for', 'after', 'before', 'early', 'late', 'later', 'yesterday', 'today', 'tomorrow', 'this', 'next', 'last', 'within', 'amid', 'as', 'without', 'with', 'again', 'until', 'overnight', 'shortly', 'soon', 'around']);
/** Infinitives after "expected"/"due" that keep the subject an event ("is expected to begin in September"). */
const EVENT_INFINITIVES: ReadonlySet<string> = new Set(['begin', 'start', 'end', 'finish', 'conclude', 'resume', 'open', 'close', 'take', 'go', 'get', 'be', 'run', 'last']);
/** Words between a status phrase and its subject: auxiliaries, and the "expected to" of a plan ("is expected to take place"). */
const SUBJECT_GAP: ReadonlySet<string> = new Set([...AUXILIARIES, 'to', 'expected', 'due', 'set', 'scheduled', 'planned', 'likely', 'unlikely', 'going', 'finally', 'eventually', 'successfully', 'actually', 'got', 'get', 'gets']);

/** Whether a noun may head an event's phrase: WordNet has an eventive sense of it and no sense of a person ("the minister began"). */
function eventSubjectNoun(lower: string): boolean {
  return eventiveNoun(lower) && !personNoun(lower);
}

/**
 * Happenings a status phrase is said of (STATUS_PHRASES) where no trigger stands: the head of its subject, a noun with a
 * determiner before it ("The national census began on Monday", "the 2026 edition of the festival", not "It began").
 */
function statusSubjects(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): number[] {
  const out: number[] = [];
  for (let v = 1; v < words.length; v++) {
    const spec = STATUS_PHRASES.get(words[v]!.lower);
    if (!spec) continue;
    let first = v;
    if (spec.before) {
      if (!spec.before.has(words[v - 1]?.lower ?? '')) continue;
      first = v - 1;
    }
    const next = words[v + 1];
    if (spec.intransitive && next && !next.punct) {
      const after = next.lower;
      const infinitive = after === 'to' && EVENT_INFINITIVES.has(words[v + 2]?.lower ?? '');
      if (!AFTER_INTRANSITIVE.has(after) && !infinitive) continue;
    }
    // "expected" and "due" say a plan of their subject only as a passive or a copula ("is expected", "was due")
    const planWord = words[v]!.lower === 'expected' || words[v]!.lower === 'due' || words[v]!.lower === 'scheduled' || words[v]!.lower === 'slated';
    let k = first - 1;
    while (k >= 0 && SUBJECT_GAP.has(words[k]!.lower)) k--;
    if (planWord && k === first - 1) continue;
    if (k < 1) continue;
    const w = words[k]!;
    if (w.punct || !LETTERS.test(w.text) || PRONOUNS.has(w.lower) || DETERMINERS.has(w.lower)) continue;
    // a noun phrase: a determiner or an owner within the three words before its head
    const np = [k - 1, k - 2, k - 3].some((i) => i >= 0 && (DETERMINERS.has(words[i]!.lower) || words[i]!.lower.endsWith("'s")) && !words.slice(i + 1, k).some((x) => x.punct));
    if (!np || taken.has(k) || out.includes(k) || inTimex(w.start, w.end)) continue;
    if (NOT_HAPPENINGS.has(happeningLemma(w.lower)) || !eventSubjectNoun(w.lower)) continue;
    out.push(k);
  }
  return out;
}

/** Words that open a clause's verb phrase after its subject: auxiliaries and modals ("The festival will return"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does']);
/** Punctuation after which a clause starts: a dateline's dash, a colon. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['-', '—', '–', ':', ';']);

/**
 * The heads of clause subjects that name only what happens (`plainEventNoun`): a noun phrase at the start of a sentence
 * or after a dateline's dash, from its determiner or owner to the word before the verb ("The Zeewind music festival will
 * return to …", "Colombia's census counted 48 million people"). What a report's clauses are about and is an event by
 * its noun alone is a happening, though the tagger, trained on TimeBank's verbs, may not read it so.
 */
function eventSubjects(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): number[] {
  const out: number[] = [];
  for (let d = 0; d < words.length; d++) {
    if (d > 0 && !CLAUSE_OPENERS.has(words[d - 1]!.text)) continue;
    const first = words[d]!.lower;
    // the phrase starts with a determiner or an owner ("The", "Colombia's"), or is one capitalised word before its noun
    if (!DETERMINERS.has(first) && !first.endsWith("'s")) continue;
    for (let k = d + 1; k < Math.min(words.length - 1, d + 6); k++) {
      const w = words[k]!;
      if (w.punct || !/^[\p{L}-]+$/u.test(w.text)) break;
      const next = words[k + 1]!;
      const verb = FINITE_AUXILIARIES.has(next.lower) || (/^[a-z]+ed$/.test(next.text) && happeningLemma(next.lower) !== next.lower);
      if (!verb) continue;
      if (LETTERS.test(w.text) && w.text === w.lower && !taken.has(k) && !inTimex(w.start, w.end) && !NOT_HAPPENINGS.has(happeningLemma(w.lower)) && plainEventNoun(w.lower)) out.push(k);
      break;
    }
  }
  return out;
}

/** A happening trigger at word `wi`; the subtype is the lemma: in-report coreference (coref.ts) joins only one subtype's mentions. */
function happeningHit(wi: number, lemma: string, noun: boolean): TriggerHit {
  const entry: TriggerForm = { lemma, type: HAPPENING_TYPE, subtype: lemma, schedulable: true, symmetric: false, domain: 'happening', noun };
  return { wi, entry, rule: HAPPENING_RULE };
}

/**
 * Happening hits of one sentence: the nouns plan verbs are said of (`planArguments`), and words that are no trigger yet
 * (`taken`), not inside a name or time expression (`blocked`), that the tagger reads as an OCCURRENCE above its margin.
 * `tags`: the sentence's tagging, shared with its counted events (parse.ts).
 */
export function happeningTriggers(
  view: SentenceView,
  text: string,
  taken: ReadonlySet<number>,
  blocked: (start: number, end: number) => boolean,
  inTimex: (start: number, end: number) => boolean = () => false,
  tags: LazySentenceTagging = new LazySentenceTagging(view, text),
): TriggerHit[] {
  const words = view.words;
  const argued = planArguments(words, taken, inTimex);
  for (const k of [...statusSubjects(words, taken, inTimex), ...eventSubjects(words, taken, inTimex)]) if (!argued.includes(k)) argued.push(k);
  const margin = loadEventTagger().model.margin;
  const out: TriggerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (argued.includes(i)) {
      out.push(happeningHit(i, happeningLemma(w.lower), true));
      continue;
    }
    if (taken.has(i) || w.punct || FUNCTION_WORDS.has(w.lower)) continue;
    // a capitalised word inside a sentence is a name or part of one, even where the entity layer did not mark it
    const c = w.text.charCodeAt(0);
    if (i > 0 && c >= 65 && c <= 90 && !words[i - 1]!.punct) continue;
    if (!LETTERS.test(w.text) || blocked(w.start, w.end)) continue;
    const f = factsOf(w.lower);
    const lemma = f.lemma;
    if (lemma === null) continue;
    const noun = readsAsNoun(words, i, f);
    // a noun the tagger reads as an event that WordNet knows only as a thing ("the pipeline", "a satellite") is none:
    // asked before the tagger, whose decisions are most of what happenings cost (WordNet's answer is one per word form)
    if (noun && !eventiveNoun(w.lower)) continue;
    const tagged = tags.at(i, margin);
    if (!tagged || tagged.cls !== 'OCCURRENCE' || tagged.margin <= margin) continue;
    out.push(happeningHit(i, lemma, noun));
  }
  return out;
}

/**
 * Whether the noun at i modifies the noun after it ("the festival director", "festival goers"): the next word is a plain
 * lower-case word in no inflected verb form and no function word. A verb after a singular subject is inflected ("the
 * festival opens", "drew"), so the test keeps those.
 */
function modifiesNoun(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.punct || !LETTERS.test(next.text) || next.text !== next.lower) return false;
  if (FUNCTION_WORDS.has(next.lower) || AUXILIARIES.has(next.lower) || PHRASE_END.has(next.lower) || DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower)) return false;
  return !/(?:ed|ing)$/.test(next.lower) && happeningLemma(next.lower) === next.lower;
}

/**
 * One sense per report: a noun read as a happening once ("the census" a plan verb is said of) is the same happening
 * wherever the report names it again, though the tagger, reading other words around it, may not say so there ("the
 * census counted 48 million people"). `forms` are the lower-case forms of the report's noun happenings; the word must
 * read as a noun where it stands, and not be a trigger, a name or a time already.
 */
export function sameNounHappenings(view: SentenceView, taken: ReadonlySet<number>, blocked: (start: number, end: number) => boolean, forms: ReadonlyMap<string, string>): TriggerHit[] {
  const words = view.words;
  const out: TriggerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lemma = forms.get(w.lower);
    if (lemma === undefined || taken.has(i) || w.punct || blocked(w.start, w.end)) continue;
    if (i > 0 && /^[A-Z]/.test(w.text) && !words[i - 1]!.punct) continue;
    if (!readsAsNoun(words, i, factsOf(w.lower)) || modifiesNoun(words, i)) continue;
    out.push(happeningHit(i, lemma, true));
  }
  return out;
}
