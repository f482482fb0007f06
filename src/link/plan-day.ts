/**
 * A time that stands right after the words of a plan's day ("the strike planned for Tuesday, March 17", "The trial had
 * been set for Tuesday, September 29") is that plan's own day, not the day of the sentence's news. The linker holds such a
 * day against a tracked event's dates; drift reads it as the plan's time even once it has passed.
 */

const PLAN_DAY = String.raw`(?:planned|set|scheduled|due|slated|fixed)\s+(?:for|on)\s+(?:the\s+)?$`;
/** "planned for", "set for", "scheduled on", "due on". */
const PLAN_DAY_BEFORE = new RegExp(String.raw`\b${PLAN_DAY}`, 'i');
/** The same told after the plan, with its auxiliary: "had been set for", "was scheduled for", "was due on". */
const PLAN_DAY_RECAP = new RegExp(String.raw`\b(?:had\s+been|was|were)\s+${PLAN_DAY}`, 'i');

/** Whether `time` stands in `sentence` right after the words of a plan's day (`recap`: with "had been", "was", "were"). */
export function atPlanDay(sentence: string, time: string, recap = false): boolean {
  const at = sentence.indexOf(time);
  return at > 0 && (recap ? PLAN_DAY_RECAP : PLAN_DAY_BEFORE).test(sentence.slice(Math.max(0, at - 30), at));
}
