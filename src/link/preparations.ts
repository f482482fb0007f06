/**
 * Preparations a report states beside a plan, in a sentence of their own: "Preparations are continuing as
 * planned. The president intends to make this visit." or "they are preparing the legal text for signature.
 * … the ministers will sign". The sentence does not name the event (or names it in other words), so the
 * event's own sentences miss it; a plan with preparations stated next to it is being prepared.
 */
import { negatedAt } from './negation.js';

/** Words that say something is being prepared (link/status.ts reads them in an event's own sentences too). */
export const PREPARATION_CUE =
  /\b(?:preparations?\s+(?:for|are|were|have|has|is|continu\w*)|(?:is|are|was|were)\s+being\s+(?:prepared|laid)|(?:preparing|to\s+prepare)\s+(?:for|the|to\s+(?:host|receive|welcome))\b|groundwork\s+(?:for|is|was|has)\b|preparatory\s+\w+|readying|(?:organi[sz]ing|arranging)\s+(?:(?!(?:before|after|ahead|during|until)\b)[\w'’.-]+\s+){0,6}?(?:visit|trip|stay|tour)\b|(?:getting|get|gets|got|making|make|made|being\s+made)\s+(?:\w+\s+){0,3}?ready\s+for)/i;

/** Nouns of happenings: preparations for one of these, not the event's own, are that one's. */
const HAPPENING_NOUN = /\b(?:visit|trip|tour|summit|talks|meeting|agreement|deal|accord|election|vote|strike|trial|conference|ceremony|signing|negotiations?|campaign|launch|opening)s?\b/gi;

const NEGATION_BEFORE = /\b(?:not|no|never|denied|denies|deny|halted|stopped|suspended)\b|n[’']t\b/i;

/** How many sentences before a mention of the plan, and after it, a preparation may stand. */
const BEFORE = 2;
const AFTER = 1;
/** How far past the preparation words their object is read (characters). */
const OBJECT_REACH = 60;

/**
 * The preparation words (lower-cased) of a sentence near the event's mentions that prepares it: no negation,
 * and its object names either no happening at all or the event itself (`own` tests a word against the
 * event's trigger and lemma: "signature" for a signing). `mentionAt` are indices into `sentences`.
 */
export function nearbyPreparation(sentences: readonly string[], mentionAt: readonly number[], own: (word: string) => boolean): string | null {
  const mentioned = new Set(mentionAt);
  for (const at of mentionAt) {
    for (let i = Math.max(0, at - BEFORE); i <= Math.min(sentences.length - 1, at + AFTER); i++) {
      if (mentioned.has(i)) continue;
      const cue = preparationIn(sentences[i]!, own);
      if (cue) return cue;
    }
  }
  return null;
}

function preparationIn(sentence: string, own: (word: string) => boolean): string | null {
  const m = PREPARATION_CUE.exec(sentence);
  if (!m || negatedAt(sentence, m.index, NEGATION_BEFORE)) return null;
  const object = sentence.slice(m.index + m[0].length, m.index + m[0].length + OBJECT_REACH);
  const nouns = [...object.matchAll(HAPPENING_NOUN)].map((n) => n[0]);
  return nouns.length && !nouns.some(own) ? null : m[0].toLowerCase();
}
