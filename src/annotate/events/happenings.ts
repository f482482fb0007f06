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
import { eventiveNoun, happeningLemma } from './happening-lemma.js';

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

/** Whether the word at i reads as a noun, by the word before it and its ending. */
function readsAsNoun(words: readonly Word[], i: number): boolean {
  const w = words[i]!.lower;
  const prev = words[i - 1]?.lower ?? '';
  if (DETERMINERS.has(prev) || prev.endsWith("'s")) return true;
  if (VERB_BEFORE.has(prev)) return false;
  if (/(?:ed|ing)$/.test(w) && !NOMINAL_ENDING.test(w)) return /ing$/.test(w) && !prev;
  return NOMINAL_ENDING.test(w) || !prev || words[i - 1]!.punct;
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
const PHRASE_END: ReadonlySet<string> = new Set(['for', 'in', 'on', 'at', 'to', 'until', 'till', 'by', 'after', 'over', 'from', 'because', 'due', 'amid', 'as', 'and', 'but', 'with', 'that', 'which', 'while', 'when', 'indefinitely', 'again']);
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'next', 'planned', 'scheduled']);
/** Words before a plan verb's auxiliaries that head no subject: pronouns, conjunctions, prepositions ("and was postponed"). */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'this', 'that', 'which', 'who', 'he', 'she', 'we', 'i', 'you', 'there', 'what', 'and', 'but', 'or', 'nor', 'then', 'so', 'yet', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'though', 'although', 'where', 'once', 'until', 'unless', 'whether', 'also', 'them', 'him', 'her', 'us', 'me', 'one', 'all', 'both', 'some', 'none']);

/** The head noun of the phrase a plan verb at v is said of, or -1: its passive or future subject, else its object. */
function planArgument(words: readonly Word[], v: number): number {
  let k = v - 1;
  while (k >= 0 && AUXILIARIES.has(words[k]!.lower)) k--;
  if (k < v - 1 && k >= 0) {
    // "The Cuiabá marathon has been postponed": the word before the auxiliaries heads the subject
    const w = words[k]!;
    return !w.punct && LETTERS.test(w.text) && !PRONOUNS.has(w.lower) && !DETERMINERS.has(w.lower) ? k : -1;
  }
  // "postponed the race", "called off the strike": the object, from its determiner to the end of its phrase
  let j = v + 1;
  if (PLAN_PARTICLES.get(words[v]!.lower)?.has(words[j]?.lower ?? '')) j++;
  if (!OBJECT_DETERMINERS.has(words[j]?.lower ?? '') && !words[j]?.lower.endsWith("'s")) return -1;
  let head = -1;
  for (let i = j + 1; i < Math.min(words.length, j + 6); i++) {
    const w = words[i]!;
    if (w.punct || PHRASE_END.has(w.lower) || !LETTERS.test(w.text)) break;
    head = i;
  }
  return head;
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

/** A happening trigger at word `wi`; the subtype is the lemma: in-report coreference (coref.ts) joins only one subtype's mentions. */
function happeningHit(wi: number, lemma: string, noun: boolean): TriggerHit {
  const entry: TriggerForm = { lemma, type: HAPPENING_TYPE, subtype: lemma, schedulable: true, symmetric: false, domain: 'happening', noun };
  return { wi, entry, rule: HAPPENING_RULE };
}

/**
 * Happening hits of one sentence: the nouns plan verbs are said of (`planArguments`), and words that are no trigger yet
 * (`taken`), not inside a name or time expression (`blocked`), that the tagger reads as an OCCURRENCE above its margin.
 */
export function happeningTriggers(
  view: SentenceView,
  text: string,
  taken: ReadonlySet<number>,
  blocked: (start: number, end: number) => boolean,
  inTimex: (start: number, end: number) => boolean = () => false,
): TriggerHit[] {
  const words = view.words;
  const argued = planArguments(words, taken, inTimex);
  const margin = loadEventTagger().model.margin;
  const tags = new LazySentenceTagging(view, text, margin);
  const out: TriggerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (argued.includes(i)) {
      out.push(happeningHit(i, happeningLemma(w.lower), true));
      continue;
    }
    if (taken.has(i) || w.punct || FUNCTION_WORDS.has(w.lower) || !LETTERS.test(w.text) || blocked(w.start, w.end)) continue;
    // a capitalised word inside a sentence is a name or part of one, even where the entity layer did not mark it
    if (i > 0 && /^[A-Z]/.test(w.text) && !words[i - 1]!.punct) continue;
    const lemma = happeningLemma(w.lower);
    if (NOT_HAPPENINGS.has(lemma) || NOT_HAPPENINGS.has(w.lower)) continue;
    const noun = readsAsNoun(words, i);
    const tagged = tags.at(i);
    if (!tagged || tagged.cls !== 'OCCURRENCE' || tagged.margin <= margin) continue;
    // a noun the tagger reads as an event that WordNet knows only as a thing ("the pipeline", "a satellite") is none
    if (noun && !eventiveNoun(w.lower)) continue;
    out.push(happeningHit(i, lemma, noun));
  }
  return out;
}
