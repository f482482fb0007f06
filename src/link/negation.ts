/**
 * Whether the words before a position negate what stands there, for status words ("has not been
 * postponed") and for denials between claims. Shared by status.ts and drift.ts.
 */

/** Characters before a word within which a negation applies to it. */
export const NEGATION_REACH = 48;

/** The verbs of denying, every form: one list for every pattern of denial in the link layer. */
export const DENIAL_VERBS: readonly string[] = ['denied', 'denies', 'deny', 'denying', 'dismissed', 'dismisses', 'rejected', 'rejects', 'refuted', 'refutes'];

/** The denial verbs as one group, for patterns that go on past the verb ("denied a report that …"). */
export const DENIAL_VERB_GROUP = `(?:${DENIAL_VERBS.join('|')})`;

/** A denial verb as a whole word, with `flags` ('i' to test, 'gi' to scan with matchAll). */
export function denialVerbPattern(flags: string): RegExp {
  return new RegExp(String.raw`\b${DENIAL_VERB_GROUP}\b`, flags);
}

/** A denial verb governs its whole clause: "denied reports that the visit had been postponed". */
export const DENIAL_VERB = denialVerbPattern('i');

/** A negation (`negation`, the caller's word list) within reach before `at`, or a denial verb anywhere before it. */
export function negatedAt(text: string, at: number, negation: RegExp): boolean {
  return negation.test(text.slice(Math.max(0, at - NEGATION_REACH), at)) || DENIAL_VERB.test(text.slice(0, at));
}

/**
 * A demand or call for what follows, ending where the demanded happening is named: "demanded the resignation of",
 * "a note demanding the traders' release", "calls for his resignation", "urged … to resign". What is demanded is neither
 * stated nor denied (drift.ts) and has no status of its own (status.ts).
 */
export const DEMAND_BEFORE = /\b(?:demand(?:s|ed|ing)?|calls?\s+for|called\s+for|calling\s+for|urg(?:es|ed|ing)|press(?:es|ed|ing)\s+for)\b[^.,;]{0,30}$/i;
