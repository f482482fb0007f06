/**
 * Each report's language, detected from its text (src/ingest/language.ts): news sentences and short
 * headlines in English, Russian, German, French, Spanish, Dutch and Turkish. Gold: the ISO 639-1 code.
 */
import { reportLanguage } from '../../../ingest/language.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'lang-detect',
  family: 'language',
  description: "a report's language detected from its text, headlines included",
  check(ex: WireExample) {
    const want = (ex.expect as { language: string }).language;
    const got = reportLanguage(ex.text) ?? 'unknown';
    return { ok: got === want, want, got };
  },
};
