/**
 * Happenings: words the learned TimeML tagger (tagger/) reads as an occurrence where the lexicon has no trigger
 * ("the museum will reopen", "the ratification vote", "Malawi devalued the kwacha"). The lexicon's families cover
 * the kinds of event it knows how to type; a developing story is often about a kind it does not know, and a reader
 * still wants that event's status. A happening is typed no further than HAPPENING with the tagger's class, and its
 * lemma is the verb it names (happening-lemma.ts), so that "reopened" and "the reopening" are one kind. Which
 * happenings a story follows is the link layer's decision (src/link/tracked-kinds.ts), not this layer's: here every
 * one is an event mention with its modality, time and arguments read like the lexicon's.
 */
import { HAPPENING_TYPE } from '../../doc/schemas/events.js';
import type { Word, SentenceView } from '../text/token-view.js';
import type { TriggerHit } from './triggers.js';
import type { TriggerForm } from './lexicon.js';
import { loadEventTagger } from './tagger/model.js';
import { lazySentenceTagging } from './tagger/sentence.js';
import { happeningLemma } from './happening-lemma.js';

export const HAPPENING_RULE = 'happening';

/** Whether an event record is a happening (read by evals whose gold covers the lexicon's events only). */
export function isHappening(e: { readonly rule?: string }): boolean {
  return e.rule === HAPPENING_RULE;
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
  'event', 'incident', 'thing', 'case', 'situation', 'development', 'step', 'move', 'effort', 'action', 'activity',
  'time', 'day', 'week', 'year', 'process', 'operation', 'work', 'job', 'change', 'news', 'report', 'statement',
  // changes of another event's plan or phase: statuses of that event (link/status.ts), not happenings of their own
  'postpone', 'delay', 'defer', 'cancel', 'scrap', 'suspend', 'resume', 'reschedule', 'push', 'announce', 'confirm',
  'expect', 'plan', 'schedule', 'prepare', 'start', 'begin', 'end', 'finish', 'complete', 'continue', 'stop', 'halt',
  'extend', 'hold', 'mark', 'open', 'discuss', 'decide', 'try', 'attempt', 'need', 'want', 'wait',
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
 * Happening hits of one sentence: words that are no trigger yet (`taken`), not inside a name or time expression
 * (`blocked`), that the tagger reads as an OCCURRENCE above its margin.
 */
export function happeningTriggers(view: SentenceView, text: string, taken: ReadonlySet<number>, blocked: (start: number, end: number) => boolean): TriggerHit[] {
  const words = view.words;
  const margin = loadEventTagger().model.margin;
  const tagAt = lazySentenceTagging(view, text, margin);
  const out: TriggerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (taken.has(i) || w.punct || !LETTERS.test(w.text) || blocked(w.start, w.end)) continue;
    // a capitalised word inside a sentence is a name or part of one, even where the entity layer did not mark it
    if (i > 0 && /^[A-Z]/.test(w.text) && !words[i - 1]!.punct) continue;
    const lemma = happeningLemma(w.lower);
    if (NOT_HAPPENINGS.has(lemma) || NOT_HAPPENINGS.has(w.lower)) continue;
    const tagged = tagAt(i);
    if (!tagged || tagged.cls !== 'OCCURRENCE' || tagged.margin <= margin) continue;
    // the subtype is the lemma: in-report coreference (coref.ts) joins only mentions of one subtype
    const entry: TriggerForm = { lemma, type: HAPPENING_TYPE, subtype: lemma, schedulable: true, symmetric: false, domain: 'happening', noun: readsAsNoun(words, i) };
    out.push({ wi: i, entry, rule: HAPPENING_RULE });
  }
  return out;
}
