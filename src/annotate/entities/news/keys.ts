/**
 * Cross-document entity keys. A key is `<type>:<folded-name>`; two mentions in different reports get
 * the same key when their names are spelling variants of one another: case, diacritics, hyphens and
 * spaces are folded, places resolve to their country through the countries package, and Korean
 * personal names (family name + two-syllable given name) are folded across romanisations
 * ("Choe Son-hui", "Choi Son Hui", "Cho Son Hui"; "Kim Jong-un", "Kim Jong Un"); other personal names
 * are folded across transliterations (transliteration.ts: Sergei / Sergey / Serhiy) and lose leading
 * honorifics and titles ("Mr. Nurlanov", "Foreign Minister Sergei Lavrov"). Countries key by their
 * code whatever they are called (country-keys.ts: the UK = Britain = the United Kingdom), and an
 * organisation keeps one key without its descriptors ("Xinhua news agency", "the state news agency Xinhua"),
 * and a well-known agency (agencies.ts) one key under all its names ("KCNA", "Korean Central News Agency").
 */
import { PERSON_TITLES } from '../../text/abbreviations.js';
import { knownAgency } from './agencies.js';
import { countryCode, countryNameCode, stripDiacritics } from './country-keys.js';
import { KOREAN_SURNAME_VARIANTS, KOREAN_SYLLABLE_FOLDS, ORG_DESCRIPTORS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { foldNamePart } from './transliteration.js';
import { memoByString } from '../../../util/memo.js';
import { STARTS_LOWER } from '../../../util/letter-tests.js';

export { stripDiacritics };

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

/** Honorifics written out in full; the abbreviated ones ("Mr.", "Dr.", "Gen.") are the tokenizer's title list. */
const HONORIFICS = new Set('mister madam madame sir dame lord lady monsieur herr frau señor senor don'.split(' '));
const TITLE_ABBREVIATIONS_LOWER = new Set([...PERSON_TITLES].map((t) => t.toLowerCase().replace(/\./g, '')));

/** A leading word that is a title or part of a role, not of the name ("mr", "foreign", "minister"). */
function isTitleWord(p: string): boolean {
  const bare = p.replace(/\./g, '');
  return TITLE_ABBREVIATIONS_LOWER.has(bare) || HONORIFICS.has(bare) || ROLE_HEADS.has(bare) || ROLE_MODIFIERS.has(bare);
}

/** Drops leading titles and role words, keeping at least one part ("Mr. Nurlanov" → nurlanov). */
export function stripTitles(parts: readonly string[]): string[] {
  let i = 0;
  while (i < parts.length - 1 && isTitleWord(parts[i]!)) i++;
  return parts.slice(i);
}

export function personKeyParts(name: string): string[] {
  const parts = stripTitles(nameParts(name));
  return foldKoreanName(parts) ?? parts.map(foldNamePart);
}

/** A name of three capitals: read as an organisation's acronym, not a country code, where the tagger typed it ORG. */
const ISO3_ACRONYM = /^\p{Lu}{3}$/u;

/** What follows an agency's one-word name: "Xinhua news agency", "Meridian News Agency". */
const AGENCY_TAIL = /^(\S+)\s+(?:news\s+agency|news\s+service|wire\s+service|agency)$/i;

/**
 * An organisation's name without its descriptors: lowercase ones before it ("the state news agency
 * Xinhua"; a capitalised "News Corp" is the name itself) and an agency tail after a one-word name.
 */
export function stripDescriptors(name: string): string {
  const words = name.trim().split(/\s+/);
  let s = 0;
  while (s < words.length - 1 && STARTS_LOWER.test(words[s]!) && ORG_DESCRIPTORS.has(words[s]!)) s++;
  const rest = words.slice(s).join(' ');
  const head = AGENCY_TAIL.exec(rest)?.[1];
  // "Kenya News Agency" is no "Kenya": a country's name keeps the agency tail that makes it an organisation's
  return head && !countryNameCode(head) ? head : rest;
}

export type KeyType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'MISC';

const keyers = new Map<KeyType, (name: string) => string>();

/** The key of a name of this type; remembered per type (names recur, and a key costs several folds). */
export function entityKey(type: KeyType, name: string): string {
  let keyer = keyers.get(type);
  if (!keyer) {
    keyer = memoByString((n) => computeKey(type, n));
    keyers.set(type, keyer);
  }
  return keyer(name);
}

function computeKey(type: KeyType, name: string): string {
  const prefix = type.toLowerCase();
  if (type === 'PER') return `${prefix}:${personKeyParts(name).join('-')}`;
  const bare = name.replace(/^the\s+/i, '');
  // a country keys as the country whatever the tagger typed it ("the DPRK" as an organisation)
  const code = type === 'GPE' || type === 'LOC' ? countryCode(bare) : countryNameCode(bare);
  // an organisation's three-letter acronym that happens to be a country's ISO code ("Kenya News Agency (KNA)": KNA is
  // Saint Kitts and Nevis's code) is the organisation; only "USA" among such codes is written for a country in prose. A
  // country's own initials that are no ISO code ("DRC", "UAE") name the country whatever the tagger typed.
  if (code && !(type === 'ORG' && ISO3_ACRONYM.test(bare) && bare.toLowerCase() === code && bare !== 'USA')) return `gpe:${code}`;
  // a listed agency keys as itself under any of its names ("New China News Agency" = Xinhua)
  const agency = knownAgency(bare) ?? knownAgency(stripDescriptors(bare));
  if (agency) return `org:${agency.key}`;
  return `${prefix}:${nameParts(type === 'ORG' ? stripDescriptors(bare) : bare)
    .map((p) => p.replace(/\./g, ''))
    .join('-')}`;
}
