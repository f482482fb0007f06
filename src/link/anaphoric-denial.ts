/**
 * A denial that names what it denies only by a pronoun or a noun for a report, in the sentence right after the
 * report: "On Tuesday a regional daily reported that a driver had died. Kessler denied it." The denied thing is
 * what the previous sentence reports (the content of its "reported that", "said that", "according to"), so an
 * event told there is denied with it; a change of plan told there ("the strike had been called off") is a
 * denied change, which leaves the plan standing (status.ts).
 */

/**
 * A whole sentence that is a denial of "it", "this", "that" or "the report/claim/allegation(s)", with a subject
 * of at most five words before it and nothing of its own after but a time or a speech tag: "Kessler denied it.",
 * "The ministry flatly denied the report on Wednesday.", "Police have dismissed the claims."
 */
const BARE_DENIAL =
  /^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:(?:has|have|had|quickly|swiftly|later|flatly|firmly|strongly|promptly|also|since|immediately)\s+){0,2}(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|disputes)\s+(?:it|this|that|the\s+(?:\p{L}+\s+)?(?:reports?|claims?|allegations?|accounts?|story|stories|rumou?rs?))\b(?:\s+(?:on|in|at|late|early|last|this|again|outright|immediately|firmly|strongly|flatly)\b[^.;:!?]{0,40})?(?:,\s+[^.;:!?]{0,40}\b(?:said|says|told)\b[^.;:!?]{0,40})?\s*[.!]?\s*$/iu;

/** A report of someone's claim before a position: "reported that", "said on Tuesday that", "according to". */
const REPORTED = /\b(?:reported|reports|said|says|claimed|claims|alleged|alleges|wrote|writes|told\s+[\p{L}'’ -]{1,40}?)\b[^.;:!?]{0,60}?\bthat\b|\baccording\s+to\b|\breportedly\b/iu;

/** Whether a sentence is a bare denial of what the sentence before it reports. */
export function isBareDenial(sentence: string): boolean {
  return BARE_DENIAL.test(sentence);
}

/** Whether the words before `at` in a sentence report someone's claim (the event there is its content). */
export function reportedBefore(sentence: string, at: number): boolean {
  return at > 0 && REPORTED.test(sentence.slice(0, at));
}
