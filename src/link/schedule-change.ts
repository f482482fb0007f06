/**
 * Mentions that speak of a change to a scheduled or lasting event: put off, called off, cancelled, ended or
 * declared over ("declared the outbreak over on Friday", months after it began), or a lasting state lifted,
 * suspended, removed, eased or extended ("lifted its tariffs on Tuesday", months after they took effect; "will ease
 * water rationing from December 15"), or a place closed reopened
 * ("the beaches reopened on Tuesday", seven weeks after they were closed). Their time
 * is seldom the event's own (a new date, the day of the announcement, the day it ended: "the walkout due to
 * start on Wednesday was called off on Tuesday"), so the linker does not hold their dates against the
 * tracked event's. A denied change ("has not been called off") speaks of the same scheduled event too.
 */
import type { DigestEvent } from './digest.js';

const CHANGE = /(?<!-)\b(?:postpon(?:e|es|ed|ing|ement)|put\s+off|puts\s+off|putting\s+off|push(?:ed|es)?\s+back|put(?:s|ting)?\s+back\s+(?:by|to|until|a|one|two|three|\d)|moved\s+back|defer(?:s|red|ring)?|delay(?:s|ed)?|scrub(?:s|bed)?|reschedul(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|cancel(?:s|led|ed|ling|ing|lation)?(?!\s+(?:[\w,]+\s+){0,2}?(?:flights?|trains?|services|sailings|departures|crossings|classes|operations)\b)|scrap(?:s|ped)?|lift(?:s|ed|ing)(?!\s+off)|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|tighten(?:s|ed|ing)?|extend(?:s|ed|ing)?|extension|suspend(?:s|ed|ing)|suspension|reopen(?:s|ed|ing)?|removed|ended|ends|came\s+to\s+an\s+end|declared\s+(?:[\w'’-]+\s+){0,6}?over|(?:is|was)\s+(?:now\s+)?over)\b/gi;

/** The events layer's rules for a change of plan read in another language (events/lang/engine.ts). */
const LANG_CHANGE_RULES: ReadonlySet<string> = new Set(['status:lang-postponed', 'status:lang-cancelled']);

/**
 * How far (characters) from the trigger a change word is read as the trigger's. Services cancelled ("forced the airport
 * to cancel 71 flights") are what a strike or a storm does, no change to its schedule; a word inside a compound
 * ("an open-ended strike") is no change word.
 */
const NEAR = 60;

/**
 * Whether one of the mention's sentences puts a change word within NEAR characters of the trigger, on
 * either side ("the visit … has been postponed", "called off the strike", "the strike had not been called off").
 */
export function speaksOfScheduleChange(e: Pick<DigestEvent, 'trigger' | 'sentences' | 'statusRules'>): boolean {
  // the events layer read a put-off or a calling-off in the report's own language ("reporté au 2 mars", "abgesagt")
  if (e.statusRules?.some((r) => LANG_CHANGE_RULES.has(r))) return true;
  const trigger = e.trigger.toLowerCase();
  if (!trigger) return false;
  for (const s of e.sentences) {
    const text = s.text.toLowerCase();
    for (let at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
      CHANGE.lastIndex = 0;
      for (let m = CHANGE.exec(text); m; m = CHANGE.exec(text)) {
        const gap = m.index >= at ? m.index - (at + trigger.length) : at - (m.index + m[0].length);
        if (gap <= NEAR) return true;
      }
    }
  }
  return false;
}
