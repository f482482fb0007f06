/** Where an event's first mention stands in its sentence, for rules that read the words before or after it. */
import type { DigestEvent } from './digest.js';
import { firstMention } from './prohibition.js';

/**
 * Where the event's first mention stands in its evidence sentence: the digest's own offset (`triggerAt`), else (a
 * digest made before it was kept, or written by hand) the trigger's first occurrence there as a whole word.
 */
export function triggerOffset(e: Pick<DigestEvent, 'trigger' | 'triggerAt' | 'evidence'>): number {
  if (e.triggerAt !== undefined && e.trigger && e.evidence.text.startsWith(e.trigger, e.triggerAt)) return e.triggerAt;
  return firstMention(e.evidence.text, e.trigger);
}

/** The evidence sentence's words right before the first mention, at most `reach` characters of them; null when it is not found. */
export function textBeforeTrigger(e: Pick<DigestEvent, 'trigger' | 'triggerAt' | 'evidence'>, reach: number): string | null {
  const at = triggerOffset(e);
  return at < 0 ? null : e.evidence.text.slice(Math.max(0, at - reach), at);
}

/** The evidence sentence's words after the first mention's trigger; null when it is not found. */
export function textAfterTrigger(e: Pick<DigestEvent, 'trigger' | 'triggerAt' | 'evidence'>): string | null {
  const at = triggerOffset(e);
  return at < 0 ? null : e.evidence.text.slice(at + e.trigger.length);
}
