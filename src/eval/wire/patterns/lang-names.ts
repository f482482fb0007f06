/**
 * Names in reports in other languages get the English key space's person keys: Cyrillic romanised
 * (Путин -> per:vladimir-putin when the report gives the full name), case endings undone, Turkish
 * endings after an apostrophe dropped, a surname alone resolved to the report's full name (and left a
 * surname key when the report has none). Gold: a name as it appears in the text, and its key.
 */
import { personKeyIn } from '../../../annotate/entities/lang/names.js';
import { entityKey } from '../../../annotate/entities/news/keys.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'lang-names',
  family: 'language',
  description: 'names in other languages keyed like English names (transliteration, case endings, surnames)',
  check(ex: WireExample) {
    const want = ex.expect as { name: string; key: string };
    const got = personKeyIn(want.name, ex.text);
    // gold names the person in English spelling; the key is whatever the English text of that name gets
    const key = englishKey(want.key);
    return { ok: got === key, want: key, got };
  },
};

/** The key an English report gets for the person a gold key spells out (per:aidos-nurlanov -> "Aidos Nurlanov"). */
export function englishKey(goldKey: string): string {
  const name = goldKey.replace(/^per:/, '').split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
  return entityKey('PER', name);
}
