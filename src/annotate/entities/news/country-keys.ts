/**
 * Every name of a country that news uses, for entity keys: the world-countries package's common and
 * official names and alternative spellings, its codes (bare "UK", "DPRK" and dotted "U.S."), and the
 * short forms those names imply ("Republic of Turkey" → "Turkey", "Great Britain" → "Britain").
 * Bare two-letter codes are safe here, unlike in the tagger's gazetteer: a key is only asked for text
 * that is already a place name.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { countryFor, type CountryRecord } from '../gazetteer.js';
import { memoByString } from '../../../util/memo.js';
import { isPlainAsciiWord, prefixesOf } from '../../../util/prefixes.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const MARKS = /\p{M}/gu;

const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** Leading words of an official or alternative name that the short form drops. */
const STATE_FORMS = /^(?:the\s+)?(?:(?:federal|democratic|islamic|people's|socialist|united|independent)\s+)*(?:republic|kingdom|state|commonwealth|federation|principality|sultanate|emirate|grand duchy)\s+of\s+(?:the\s+)?/i;

/** The text without combining marks, after canonical decomposition ("Ñ" → "N"); ASCII comes back as is. */
export function stripDiacritics(s: string): string {
  // ASCII has no marks to strip: skip the decomposition (most names, and a hot path)
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return s.normalize('NFD').replace(MARKS, '');
  return s;
}

/** Lowercased words without diacritics, periods or apostrophes: "People's" = "peoples", "U.K." = "uk". */
function aliasKey(name: string): string {
  return stripDiacritics(name.replace(/^the\s+/i, ''))
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .split(/[\s\-‐–]+/)
    .filter(Boolean)
    .join(' ');
}

let aliases: Map<string, string> | undefined;
/** Alias keys two countries share as a short form, and neither as its common name ("congo": COD and COG). */
let shared: Map<string, Set<string>> | undefined;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const owners = new Map<string, Set<string>>();
  const add = (name: string, cca3: string): void => {
    const k = aliasKey(name);
    if (!k) return;
    if (!out.has(k)) out.set(k, cca3.toLowerCase());
    const set = owners.get(k) ?? new Set<string>();
    set.add(cca3.toLowerCase());
    owners.set(k, set);
  };
  for (const c of countries) {
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? [])].filter((n) => /^[\p{Script=Latin}\s.'’()-]+$/u.test(n));
    for (const n of names) {
      add(n, c.cca3);
      const short = n.replace(STATE_FORMS, '');
      if (short !== n && short.length > 2) add(short, c.cca3);
      const great = /^Great\s+(\p{Lu}\p{L}+)$/u.exec(n);
      if (great) add(great[1]!, c.cca3);
    }
    add(c.cca3, c.cca3);
    add(c.cca2, c.cca3);
  }
  const common = new Set(countries.map((c) => aliasKey(c.name.common)));
  shared = new Map([...owners].filter(([k, set]) => set.size > 1 && !common.has(k)));
  return out;
}

/**
 * "Congo" in a report that names the Democratic Republic of the Congo is that country: a short form two countries share
 * (neither as its common name) is the one of them that `codes` (lowercased cca3, the countries the report names by
 * names of their own) holds. Undefined when the name is no shared short form, or when none or both are named.
 */
export function sharedShortFormCountry(name: string, codes: ReadonlySet<string>): string | undefined {
  const owners = sharedOwners(name);
  if (!owners) return undefined;
  const named = [...owners].filter((c) => codes.has(c));
  return named.length === 1 ? named[0] : undefined;
}

/** Whether a name is a short form two countries share ("Congo", "Korea"). */
export function isSharedShortForm(name: string): boolean {
  return sharedOwners(name) !== undefined;
}

/** The countries that share a name as a short form (aliasKey drops a leading "the"), or undefined. */
function sharedOwners(name: string): ReadonlySet<string> | undefined {
  aliases ??= build();
  return shared!.get(aliasKey(name.trim()));
}

/** The country a place name names, as a lowercased cca3 code ("the UK" → "gbr"), or undefined. */
export function countryCode(name: string): string | undefined {
  const rec: CountryRecord | undefined = countryFor(name.replace(/^the\s+/i, ''));
  return rec ? rec.cca3.toLowerCase() : countryNameCode(name);
}

/**
 * The country a name or code names, without demonyms ("Russian" is a language or a people, not the
 * country): how a name the tagger typed as an organisation or MISC ("the DPRK", "the US") still keys
 * as the country.
 */
export const countryNameCode: (name: string) => string | undefined = memoByString((name) => {
  // codes must be written in capitals ("UK", "DPRK"): "us" or "uk" in lower case is a word
  const bare = name.replace(/^the\s+/i, '').trim();
  if (/^[a-z]{2,3}$/.test(bare)) return undefined;
  aliases ??= build();
  return aliases.get(aliasKey(bare));
});

/** Every prefix of every name's alias key. */
let aliasPrefixes: Set<string> | undefined;

/**
 * False where no name that opens with this token (its text and its lowercase) is one countryNameCode
 * knows, so a scan that tries the spans opening on a token skips the token: for a plain ASCII token,
 * the first word of a name's alias key begins with the token's lowercase (the key only strips marks,
 * periods and apostrophes, folds case and splits at spaces and hyphens). Any other token, and "the",
 * may.
 */
export function mayOpenCountryName(text: string, lower: string): boolean {
  if (!isPlainAsciiWord(text) || lower === 'the') return true;
  aliasPrefixes ??= prefixesOf((aliases ??= build()).keys());
  return aliasPrefixes.has(lower);
}

let commonNames: Map<string, string> | undefined;

/**
 * "the North" in a report that names North Korea is North Korea: the one country among `codes`
 * (lowercased cca3, the report's countries so far) whose common name begins with the compass word.
 * Undefined when the word is no compass point or when none or several countries fit.
 */
export function compassCountry(word: string, codes: Iterable<string>): string | undefined {
  const point = /^(?:the\s+)?(north|south|east|west)$/i.exec(word.trim())?.[1]?.toLowerCase();
  if (!point) return undefined;
  commonNames ??= new Map(countries.map((c) => [c.cca3.toLowerCase(), c.name.common.toLowerCase()]));
  const fits = new Set<string>();
  for (const code of codes) if (commonNames.get(code)?.startsWith(`${point} `)) fits.add(code);
  return fits.size === 1 ? [...fits][0] : undefined;
}
