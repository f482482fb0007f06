/**
 * Cross-document entity keys. A key is `<type>:<folded-name>`; two mentions in different reports get
 * the same key when their names are spelling variants of one another: case, diacritics, hyphens and
 * spaces are folded, places resolve to their country through the countries package, and Korean
 * personal names (family name + two-syllable given name) are folded across romanisations
 * ("Choe Son-hui", "Choi Son Hui", "Cho Son Hui"; "Kim Jong-un", "Kim Jong Un").
 */
import { countryFor } from '../gazetteer.js';
import { KOREAN_SURNAME_VARIANTS, KOREAN_SYLLABLE_FOLDS } from './lexicon.js';

export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lowercased name parts split on spaces and hyphens, possessive and punctuation dropped. */
export function nameParts(name: string): string[] {
  return stripDiacritics(name.replace(/[’']s$/i, ''))
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[\s\-‐–]+/)
    .map((p) => p.replace(/[^\p{L}\p{N}.]/gu, '').replace(/\.$/, ''))
    .filter((p) => p.length > 0);
}

/**
 * Folds a romanised Korean name when it has that shape: a known family name followed by a given
 * name of exactly two syllables (written "Son Hui", "Son-hui" or "Sonhui" are not distinguished
 * beyond the first two forms). Returns undefined for other names.
 */
export function foldKoreanName(parts: readonly string[]): string[] | undefined {
  const family = parts[0] !== undefined ? KOREAN_SURNAME_VARIANTS.get(parts[0]) : undefined;
  if (!family || parts.length !== 3) return undefined;
  const given = parts.slice(1).map((p) => KOREAN_SYLLABLE_FOLDS.get(p) ?? p);
  if (!given.every((g) => /^[a-z]{1,6}$/.test(g))) return undefined;
  return [family, ...given];
}

export function personKeyParts(name: string): string[] {
  const parts = nameParts(name);
  return foldKoreanName(parts) ?? parts;
}

export type KeyType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'MISC';

export function entityKey(type: KeyType, name: string): string {
  const prefix = type.toLowerCase();
  if (type === 'PER') return `${prefix}:${personKeyParts(name).join('-')}`;
  const bare = name.replace(/^the\s+/i, '');
  if (type === 'GPE' || type === 'LOC') {
    const country = countryFor(bare);
    if (country) return `gpe:${country.cca3.toLowerCase()}`;
  }
  return `${prefix}:${nameParts(bare)
    .map((p) => p.replace(/\./g, ''))
    .join('-')}`;
}
