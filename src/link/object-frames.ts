/**
 * A happening's noun as the object of a verb group that makes it ahead or prepares it: "would present its findings within
 * 60 days", "asked its panel to deliver a report", "plans to publish the report", "is preparing a fine against the app".
 * The noun has no tense of its own (the events layer reads it asserted, with no status); the verb before it says that
 * the thing is still to be made (expected, dated where its own day is ahead) or being prepared. A refusal or a failure
 * to make it ("refused to issue a fine", "failed to deliver a report") and a negated verb ("will not publish the
 * report") make no plan. Read from the sentence of the first mention: no names.
 */
import type { DigestEvent } from './digest.js';
import type { ReaderStatus } from './schema.js';
import { escapeRegExp } from '../util/regexp.js';

/** A determiner or possessor and up to two modifiers before the noun ("its final", "a 10 million euro"). */
const OBJECT = String.raw`(?:(?:a|an|the|its|their|his|her|this|[\p{Lu}][\p{L}-]*['’]s)\s+)?(?:[\p{L}\d.'’-]+\s+){0,2}?`;

/** Verbs that make a thing of this kind: it is published, presented, delivered, issued, handed down. */
const MAKE = String.raw`(?:publish|present|deliver|release|issue|submit|produce|hand\s+down|hand\s+over|table|impose)`;

/**
 * A future or a plan before the verb: "will", "would", "is to", "plans to", "asked … to", "is expected to"; not a
 * refusal or failure ("refused to", "failed to") and not negated ("will not", "would never").
 */
const AHEAD_MAKE = new RegExp(
  String.raw`(?:\b(?:will|would|shall)\s+(?:(?:also|then|now|soon|first|still)\s+)?(?:[^.;:!?,]{0,60}?\band\s+)?|(?<!\b(?:failed|fails|refused|refuses|declined|declines|forgot|unable|not|never)\s)\bto\s+(?:(?:also|then|now|soon|first)\s+)?)${MAKE}\s+${OBJECT}$`,
  'iu',
);

/**
 * Being prepared: "is preparing a fine", "has been readying a bond". (Not "drafting agreements for signing": what is
 * drafted is a text, and the happening its signing, still expected.)
 */
const PREPARING = new RegExp(String.raw`\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|still|already)\s+)?(?:preparing|readying)\s+${OBJECT}$`, 'iu');

/** The status the verb group before the first mention's noun gives it: expected or preparing, or null for none. */
export function objectFrameStatus(e: Pick<DigestEvent, 'trigger' | 'evidence'>): ReaderStatus | null {
  const t = e.trigger.trim();
  if (!t || /\s/.test(t)) return null;
  const m = new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(t)}(?![\p{L}-])`, 'iu').exec(e.evidence.text);
  if (!m) return null;
  const before = e.evidence.text.slice(Math.max(0, m.index - 80), m.index);
  if (PREPARING.test(before)) return 'preparing';
  if (AHEAD_MAKE.test(before)) return 'expected';
  return null;
}
