// one day count for every layer (util/, which the annotators may import too)
export { addDays, daysBetween } from '../util/days.js';

/**
 * Times that name no day of their own: a clock time alone ("set for 22:14 local time", "at noon") and "the same
 * afternoon" or "the same day", which point at another happening's day. The time layer anchors them to the report's
 * day, as TimeML does; for linking, that day is a guess that would set the event apart from its real date.
 */
const DAYLESS_TIME =
  /^(?:(?:at|around|about|by|from|until)\s+)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hours|hrs|h)?|noon|midday|midnight)(?:\s+(?:local time|GMT|UTC|CET|CEST|EST|EDT|CST|PST|PDT|BST|IST|WAT|EAT|CAT|SAST|JST|AEST))?$|^the same (?:day|morning|afternoon|evening|night)$/i;

export function daylessTime(text: string): boolean {
  return DAYLESS_TIME.test(text.trim());
}
