/**
 * Gazetteers built from the maintained `world-countries` package (country names, alternative
 * spellings, capitals, demonyms) plus small hand-written lists of given names and generic
 * organisation cue words. They feed the tagger as features and the news layer (demonym → country).
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { GIVEN_NAMES } from './given-names.js';
import { tokenizeWords } from './tokenize.js';

/** The maintained countries package ships CommonJS JSON; read it through require. */
const countries = createRequire(import.meta.url)('world-countries') as Country[];

export type GazKind = 'country' | 'capital' | 'demonym' | 'given' | 'orgcue';

export interface CountryRecord {
  /** Common English name: "North Korea". */
  readonly name: string;
  readonly cca3: string;
  readonly capitals: readonly string[];
}

interface Entry {
  readonly kind: GazKind;
  readonly country: CountryRecord | undefined;
}

/** Lowercased, space-joined token sequence → entries. */
export interface Gazetteer {
  readonly phrases: ReadonlyMap<string, readonly Entry[]>;
  /** Longest phrase length in tokens, bounds the matcher's look-ahead. */
  readonly maxLen: number;
  /** Demonym or country name or alt spelling (lowercased, tokens space-joined) → country. */
  readonly countryOf: ReadonlyMap<string, CountryRecord>;
  /** Capital city (lowercased) → its country. */
  readonly capitalOf: ReadonlyMap<string, CountryRecord>;
}

const ORG_CUES = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'LLC', 'AG', 'SA', 'NV', 'GmbH', 'Group',
  'Bank', 'Party', 'Council', 'Ministry', 'Committee', 'Commission', 'University', 'Association', 'Agency',
  'Federation', 'Union', 'Institute', 'Organisation', 'Organization', 'Fund', 'Exchange', 'Airlines', 'Holdings',
  'International', 'News', 'Times', 'Post', 'Journal', 'Club', 'FC', 'United', 'Department', 'Office', 'Court',
  'Assembly', 'Congress', 'Parliament', 'Senate', 'Army', 'Forces', 'Navy', 'Police', 'Securities', 'Motors',
];

/** Normalises the typographic variants that news text uses and CoNLL does not. */
export function normWord(w: string): string {
  return /[’‘“”–—]/.test(w) ? w.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-') : w;
}

function phraseKey(s: string): string {
  return tokenizeWords(s)
    .map((t) => normWord(t.text).toLowerCase())
    .join(' ');
}

/** "US" → "U.S.": news writes country codes dotted. */
function dotted(code: string): string | undefined {
  return /^[A-Z]{2,3}$/.test(code) ? code.split('').join('.') + '.' : undefined;
}

function build(): Gazetteer {
  const phrases = new Map<string, Entry[]>();
  const countryOf = new Map<string, CountryRecord>();
  const capitalOf = new Map<string, CountryRecord>();
  const add = (s: string, kind: GazKind, country?: CountryRecord): string => {
    const key = phraseKey(s);
    if (!key || key.length < 2) return key;
    const list = phrases.get(key) ?? [];
    if (!list.some((e) => e.kind === kind)) list.push({ kind, country });
    phrases.set(key, list);
    return key;
  };
  for (const c of countries) {
    const capitals = (c.capital ?? []).map((cap) => cap.replace(/\s+(?:[A-Z]\.){2,}$/, ''));
    const rec: CountryRecord = { name: c.name.common, cca3: c.cca3, capitals };
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? [])].filter(
      (n) => /^[\p{Script=Latin}\s.'’,()-]+$/u.test(n) && n.length > 1 && !n.includes(','),
    );
    for (const n of names) {
      if (/^[A-Z]{2,3}$/.test(n)) {
        const d = dotted(n);
        // Bare two-letter codes collide with words ("IN", "NO"); only the dotted and 3-letter forms are names.
        if (d) countryOf.set(add(d, 'country', rec), rec);
        if (n.length === 3) countryOf.set(add(n, 'country', rec), rec);
        continue;
      }
      countryOf.set(add(n, 'country', rec), rec);
    }
    const dem = c.demonyms?.['eng'];
    for (const d of new Set([dem?.m, dem?.f].filter((x): x is string => !!x))) {
      countryOf.set(add(d, 'demonym', rec), rec);
      if (!/s$/.test(d)) add(d + 's', 'demonym', rec); // plural: "Russians"
    }
    for (const cap of capitals) {
      const key = add(cap, 'capital', rec);
      if (!capitalOf.has(key)) capitalOf.set(key, rec);
    }
  }
  for (const n of GIVEN_NAMES) add(n, 'given');
  for (const n of ORG_CUES) add(n, 'orgcue');
  let maxLen = 1;
  for (const k of phrases.keys()) maxLen = Math.max(maxLen, k.split(' ').length);
  return { phrases, maxLen, countryOf, capitalOf };
}

let cached: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

export interface GazMatch {
  readonly start: number;
  /** exclusive token index */
  readonly end: number;
  readonly kinds: readonly GazKind[];
}

/**
 * Longest-first matches of gazetteer phrases over normalised words. A match must start with a
 * capitalised token (or digit-free all-caps headline token), so "china" the material or "bank"
 * as a common noun does not match.
 */
export function matchGazetteer(words: readonly string[]): GazMatch[] {
  const g = gazetteer();
  const out: GazMatch[] = [];
  const lower = words.map((w) => normWord(w).toLowerCase());
  for (let i = 0; i < words.length; ) {
    const first = words[i]!;
    if (!/^[\p{Lu}]/u.test(first)) {
      i++;
      continue;
    }
    let found: GazMatch | undefined;
    for (let n = Math.min(g.maxLen, words.length - i); n >= 1 && !found; n--) {
      const key = n === 1 ? lower[i]! : lower.slice(i, i + n).join(' ');
      const entries = g.phrases.get(key);
      if (entries) found = { start: i, end: i + n, kinds: entries.map((e) => e.kind) };
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/** The country a name, alternative spelling or demonym refers to ("U.S.", "North Korean", "Russians"). */
export function countryFor(text: string): CountryRecord | undefined {
  return gazetteer().countryOf.get(phraseKey(text));
}

/** The country whose capital this is ("Pyongyang" → North Korea). */
export function capitalCountry(text: string): CountryRecord | undefined {
  return gazetteer().capitalOf.get(phraseKey(text));
}

/** Is this a demonym ("Russian", "North Korean")? */
export function isDemonym(text: string): boolean {
  return (gazetteer().phrases.get(phraseKey(text)) ?? []).some((e) => e.kind === 'demonym');
}

