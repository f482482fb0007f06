/**
 * Certainty words read for the certainty findings only (drift.ts's modal levels), beyond the English modals and the
 * other-language possibility modals that status.ts shares (possibility-words.ts). Kept here so that the status reading
 * does not change with them.
 *
 * - A likelihood ("is likely to be held", "a cut is likely", "probablement", "dovrebbe") sits between a possibility
 *   ("could") and a firm plan ("will"): a report moving from one to the other changes how sure it is, in any language.
 * - A doubt in the reports' other languages ("poco probable", "unwahrscheinlich", "kaum", "improvável") is the English
 *   "unlikely".
 * - The Portuguese future and conditional of "poder" ("poderá estar presente", "poderia") state a possibility, not a
 *   plan: without this they end in the Romance future ending that reads as "will".
 */

/** Words that state the event as likely, not yet planned: English and the reports' other languages. */
export const LIKELY_WORDS: readonly string[] = [
  'likely', 'probably', 'probable',
  // French, Spanish, Portuguese, Italian, German ("probable" and "probablement", "probablemente", "provável",
  // "provavelmente", "probabile", "probabilmente", "wahrscheinlich"); Italian "dovrebbe" ("should", of a plan: "is expected to")
  'probablement', 'probablemente', 'provável', 'provavelmente', 'probabile', 'probabilmente', 'wahrscheinlich', 'dovrebbe', 'dovrebbero',
];

/** Doubt in the reports' other languages: the English "unlikely". A multi-word phrase is matched whole, before its last word's level. */
export const OTHER_LANGUAGE_UNLIKELY: readonly string[] = [
  'poco probable', 'improbable', 'pouco provável', 'improvável', 'peu probable', 'unwahrscheinlich', 'kaum', 'improbabile', 'poco probabile',
];

/** The Portuguese possibility modal: future and conditional of "poder". */
export const PORTUGUESE_POSSIBILITY: readonly string[] = ['poderá', 'poderão', 'poderia', 'poderiam'];

/**
 * Futures and periphrastic futures of the reports' other languages that the Romance future endings (drift.ts) miss: the
 * short futures of "to be" ("será", "serão", "sarà"; one letter before the ending), "irá", the Portuguese and Spanish "vai"
 * and "va a" with an infinitive, the French "vont", the Dutch "zal" and "gaat" ("Snelbord gaat in beroep": will appeal).
 * The English "will".
 */
export const OTHER_LANGUAGE_WILL: readonly string[] = [
  'será', 'serán', 'serão', 'sarà', 'saranno', 'irá', 'irão', 'vai', 'vão', 'va a', 'van a', 'vont', 'zal', 'zullen', 'gaat', 'gaan',
];

/** After the Dutch "gaat" / "gaan", words that make it no future: "het gaat om" (it is about), "gaat over", "gaat goed", "gaat door". */
const GAAT_NOT_FUTURE = String.raw`(?<!\p{L})(?:gaat|gaan)\s+(?:om|over|het|goed|mis|door|verder|naar|uit|er|weg)(?!\p{L})`;

/** OTHER_LANGUAGE_WILL as one regex, the Dutch "gaat" of another sense left out. */
export function otherLanguageWill(): RegExp {
  const words = wordAlternation(OTHER_LANGUAGE_WILL);
  return new RegExp(`(?!${GAAT_NOT_FUTURE})${words.source}`, 'giu');
}

/**
 * The possibility modals of the reports' other languages beyond the conditionals status.ts shares (possibility-words.ts):
 * the futures and presents of "can" ("podrá", "potrà", "pourra", "peut", "kann", "kan") and the Dutch conditional "zou".
 * The English "could"; without this the Romance ones end in the future ending that reads as "will".
 */
export const OTHER_LANGUAGE_CAN: readonly string[] = [
  'podrá', 'podrán', 'potrà', 'potranno', 'pourra', 'pourront', 'peut', 'peuvent', 'kann', 'können', 'kan', 'kunnen', 'zou', 'zouden',
];

/** A word list as one regex alternation, whole words only (letters of any script on either side end a match). */
export function wordAlternation(words: readonly string[]): RegExp {
  const alt = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<!\\p{L})(?:${alt})(?!\\p{L})`, 'giu');
}
