/**
 * Names in reports in other languages get the English key space's person keys: Cyrillic romanised
 * (Путин -> per:vladimir-putin when the report gives the full name), case endings undone, Turkish
 * endings after an apostrophe dropped, a surname alone resolved to the report's full name (and left a
 * surname key when the report has none). Gold: a name as it appears in the text, and its key.
 */
import { personKeyIn } from '../../../annotate/entities/lang/names.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'lang-names',
  family: 'language',
  description: 'names in other languages keyed like English names (transliteration, case endings, surnames)',
  check(ex: WireExample) {
    const want = ex.expect as { name: string; key: string };
    const got = personKeyIn(want.name, ex.text);
    return { ok: got === want.key, want: want.key, got };
  },
};
