/**
 * The direction of a weekday that names an event by modifying its noun ("Thursday's nurses' march", "the Friday
 * vote"): the event noun's own verb decides where the sentence gives it one, not the nearest verb, which is often
 * another event's ("The court on Tuesday struck down the ban on Thursday's march, ... and the march will now go
 * ahead": the march is ahead). The verb is the one right after the noun phrase ("Friday's vote will decide",
 * "Thursday's march passed off") or after the noun taken up again in the sentence ("... and the march will").
 */
import type { Candidate } from './candidate.js';
import { sentenceWords, type Cue, type Tense, type Word } from './tense.js';

/** Words that end a noun phrase: auxiliaries, prepositions, conjunctions, relative words. */
const PHRASE_END = new Set([
  'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'did', 'does', 'do', 'of', 'on', 'in', 'at', 'for', 'to', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'than', 'that', 'which', 'who',
  'after', 'before', 'over', 'into', 'against', 'through', 'during', 'since', 'until', 'the', 'a', 'an', 'its', 'their', 'his', 'her',
]);
/** How many words the noun phrase after the day may have ("nurses' march", "peace talks"). */
const PHRASE_WORDS = 3;
/** How many words may stand between the noun and its verb cue ("will now go ahead", "is still due"). */
const VERB_REACH = 2;
/** Determiners that take a noun up again ("... and the march will now go ahead"). */
const ANAPHOR = new Set(['the', 'this', 'that', 'its']);

/** The head of the noun phrase right after a modifying weekday, or null when the day modifies no noun. */
function headNoun(words: readonly Word[], cues: readonly Cue[]): number | null {
  let head: number | null = null;
  for (let k = 0; k < Math.min(PHRASE_WORDS, words.length); k++) {
    const { w, raw, pos, afterPunct } = words[k]!;
    // a verb ends the phrase too ("Monday's attack killed 12 people")
    if ((k > 0 && afterPunct) || PHRASE_END.has(w) || raw !== w || cues.some((q) => q.pos === pos)) break;
    head = k;
    // a possessive ("nurses'") modifies what follows; any other word may be the head
  }
  return head;
}

/** The tense of the first verb cue within reach after words[k] in its clause, or null. */
function verbAfter(words: readonly Word[], k: number, cues: readonly Cue[]): Tense | null {
  for (let j = k + 1; j <= k + 1 + VERB_REACH && j < words.length; j++) {
    if (words[j]!.afterPunct) return null;
    const cue = cues.find((q) => q.pos === words[j]!.pos);
    if (cue) return cue.saying ? null : cue.tense;
  }
  return null;
}

/** Whether the weekday modifies a noun: possessive ("Thursday's march") or after an article ("the Friday vote"). */
function modifiesNoun(text: string, c: Candidate): 'possessive' | 'premodifier' | null {
  if (/^['\u2019]s\s/.test(text.slice(c.end, c.end + 3))) return 'possessive';
  if (/\b(?:the|this|that|a)\s+$/i.test(text.slice(Math.max(0, c.start - 6), c.start)) && /^\s+[a-z]/.test(text.slice(c.end, c.end + 2))) return 'premodifier';
  return null;
}

/**
 * The tense of the event a modifying weekday names, read from the event noun's own verb (null: the day
 * modifies no noun, or the sentence gives the noun no verb).
 */
export function eventNounTense(text: string, sentEnd: number, c: Candidate, cues: readonly Cue[]): Tense | null {
  if (c.rule !== 'weekday') return null;
  const kind = modifiesNoun(text, c);
  if (!kind) return null;
  const after = sentenceWords(text, kind === 'possessive' ? c.end + 2 : c.end, sentEnd);
  const head = headNoun(after, cues);
  if (head === null) return null;
  const own = verbAfter(after, head, cues);
  if (own) return own;
  // the noun taken up again later in the sentence: "... and the march will now go ahead"
  const noun = after[head]!.w;
  for (let k = head + 2; k < after.length; k++) {
    if (after[k]!.w === noun && ANAPHOR.has(after[k - 1]!.w)) return verbAfter(after, k, cues);
  }
  return null;
}
