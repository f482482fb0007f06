/**
 * Which language a report is written in, from its text, with eld (Efficient Language Detector, its
 * "small" n-gram database, 1.6 MB). Chosen over franc and tinyld on the project's lang-detect gold
 * (corpus/wire/lang-detect, short news sentences and headlines in en/ru/de/fr/es/nl/tr): eld small
 * 83/84 right, tinyld 80/84, franc 65/84 (franc calls plain English news Scots and Russian Bulgarian
 * or Serbian unless restricted to a list, and then still 81/84). eld is also the fastest of the three.
 *
 * Loading the database takes a few hundred milliseconds, so only annotation imports this module (the
 * service loads the default pipeline on first use): commands that list, search or serve never pay it.
 */
import { eld } from 'eld/small';
import { normaliseLanguageTag } from './language-tag.js';

export { normaliseLanguageTag };

/** ISO 639-1 code of English, the one language every annotator has a model for. */
export const ENGLISH = 'en';

/** Below this many letters a guess is noise (a dateline, a headline of two words): no language is said. */
export const MIN_LETTERS = 12;
/** Enough text for a sure guess; detecting on more only costs time. */
const SAMPLE_CHARS = 3000;

export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text is too short or the detector has no answer. */
  readonly language: string | null;
  /** eld's own reliability verdict (enough n-grams, and a clear winner). */
  readonly reliable: boolean;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: null, reliable: false };
  const r = eld.detect(sample);
  const language = r.language && r.language !== 'und' ? r.language : null;
  return { language, reliable: language !== null && r.isReliable() };
}

/**
 * The language to record for a report: the text's own when the detector is sure, else what the page
 * declared (`<html lang>`, front matter), else the detector's unsure guess. A declared "en-GB" becomes "en".
 */
export function reportLanguage(text: string, declared?: string | null): string | null {
  const guess = detectLanguage(text);
  const decl = declared ? normaliseLanguageTag(declared) : null;
  if (guess.reliable) return guess.language;
  return decl ?? guess.language;
}
