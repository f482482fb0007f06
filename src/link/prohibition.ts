/**
 * A ban or a refusal of permission names an event as its object: "police barred next week's march", "the rally was
 * banned", "No procession will be permitted on that route", "refused permission for the protest". Such a sentence
 * is about the authorities' permission, not the event: it neither says that the event happened (the past tense is
 * the ban's) nor that it will not happen, nor does it deny a report of it. The organisers may still hold it (the ban
 * struck down, or defied); only their calling it off cancels it. Text only: no annotator code, no names.
 */
import { escapeRegExp } from '../util/regexp.js';

/**
 * A ban verb or a refused permission right before the event's noun, a few modifier words between ("barred next
 * week's march", "banned the rally", "the police ban on Thursday's march", "refused to allow the procession").
 */
const BAN_BEFORE = new RegExp(
  String.raw`\b(?:ban(?:ned|s|ning)?|barr(?:ed|ing)|prohibit(?:ed|s|ing)?|forb(?:ade|id|ids|idding)|outlaw(?:ed|s|ing)?|` +
    String.raw`(?:refused|refuses|refusing|denied|denies|denying|withheld|withdrew|revoked)\s+(?:(?:a|the|its|their)\s+)?(?:permission|permit|authori[sz]ation|approval)\s+(?:for|to\s+hold)|` +
    String.raw`(?:refused|refuses|refusing|declined|declines)\s+to\s+(?:allow|permit|authori[sz]e|sanction)|` +
    String.raw`(?:not|never)\s+(?:allow|permit|authori[sz]e|tolerate))` +
    // up to four words (determiners, possessives, modifiers) and an optional "on" after a noun "ban"; no conjunction, which
    // starts another clause ("protesters defied a ban and marched": the march is told, not banned)
    String.raw`\s+(?:on\s+)?(?:(?!(?:and|but|or|yet|then)\s)[\p{L}\d'’-]+\s+){0,4}$`,
  'iu',
);

/**
 * The event's noun as the subject of a passive ban or of a negated permission after it: "the march was banned",
 * "the rally has been prohibited", "No procession will be permitted", "the march would not be allowed".
 */
const BANNED_AFTER = /^[\p{L}'’-]*\s+(?:[^,.;:!?]{0,40}?\s)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|be|been|being)\s+(?:(?:now|also|formally|officially|effectively)\s+)?(?:banned|barred|prohibited|forbidden|outlawed)|(?:will|would|is|are|was|were|has|have|had|shall|can|could)\s+(?:not|never)\s+(?:been\s+|be\s+)?(?:permitted|allowed|authori[sz]ed|tolerated))\b/iu;

/** A negation right before the event's noun, whose verb may be a permission after it ("No procession will be permitted"). */
const NO_BEFORE = /\bno\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** A permission after the noun, unnegated itself: "No procession will be permitted", "no march is allowed". */
const PERMITTED_AFTER = /^[\p{L}'’-]*\s+(?:[^,.;:!?]{0,40}?\s)?(?:will|would|is|are|was|were|shall|can|could|may)\s+(?:be\s+)?(?:permitted|allowed|authori[sz]ed|tolerated)\b/iu;

/** Whether the sentence bans the event named at `at`, or refuses permission for it. */
export function prohibitedAt(sentence: string, at: number): boolean {
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 80), at);
  const after = sentence.slice(at);
  if (BAN_BEFORE.test(before) || BANNED_AFTER.test(after)) return true;
  return NO_BEFORE.test(before) && PERMITTED_AFTER.test(after);
}

/** Where the sentence first names the event by its trigger word, as a whole word; -1 when it does not. */
export function firstMention(sentence: string, trigger: string): number {
  const t = trigger.trim();
  if (!t) return -1;
  return new RegExp(String.raw`\b${escapeRegExp(t)}\b`, 'iu').exec(sentence)?.index ?? -1;
}

/** Whether the sentence bans its first mention of the event (by its trigger word). */
export function prohibited(sentence: string, trigger: string): boolean {
  return prohibitedAt(sentence, firstMention(sentence, trigger));
}
