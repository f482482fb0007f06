/**
 * Gazetteers built from the maintained `world-countries` package (country names, alternative
 * spellings, capitals, demonyms) plus small hand-written lists of given names and generic
 * organisation cue words. They feed the tagger as features and the news layer (demonym → country).
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { GIVEN_NAMES } from './given-names.js';
import { QUOTE_MARKS, asciiQuote, quoteCharClass } from '../text/quotes.js';
import { tokenize } from '../text/tokenize.js';
import { memoByString } from '../../util/memo.js';
import { STARTS_UPPER } from '../../util/letter-tests.js';

/** The maintained countries package ships CommonJS JSON; read it through require. */
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** Gazetteer entry kinds; a phrase's kinds are a bit mask over this list (order is part of the model). */
export const GAZ_KINDS = [
  'country', 'capital', 'demonym', 'city', 'town', 'region', 'given', 'surname', 'person', 'org', 'team', 'orgcue',
] as const;
export type GazKind = (typeof GAZ_KINDS)[number];

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

export const ORG_CUES = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'LLC', 'AG', 'SA', 'NV', 'GmbH', 'Group',
  'Bank', 'Party', 'Council', 'Ministry', 'Committee', 'Commission', 'University', 'Association', 'Agency',
  'Federation', 'Union', 'Institute', 'Organisation', 'Organization', 'Fund', 'Exchange', 'Airlines', 'Holdings',
  'International', 'News', 'Times', 'Post', 'Journal', 'Club', 'FC', 'United', 'Department', 'Office', 'Court',
  'Assembly', 'Congress', 'Parliament', 'Senate', 'Army', 'Forces', 'Navy', 'Police', 'Securities', 'Motors',
];

/** Typographic quotes and dashes: news text uses them, CoNLL writes ASCII. */
const TYPOGRAPHIC = new RegExp(`[${quoteCharClass(QUOTE_MARKS.filter((q) => q.char.charCodeAt(0) > 127))}\u2013\u2014]`, 'g');

/** Normalises the typographic variants that news text uses and CoNLL does not (“ → ", ’ → ', – → -). */
export function normWord(w: string): string {
  if (w.search(TYPOGRAPHIC) < 0) return w;
  return w.replace(TYPOGRAPHIC, (c) => (c === '\u2013' || c === '\u2014' ? '-' : asciiQuote(c)));
}

/** A name's lookup key: its tokens (the text tokenizer's, as the tagger sees them), normalised, lowercased, space-joined. */
export const phraseKey: (s: string) => string = memoByString((s) =>
  tokenize(s)
    .map((t) => normWord(s.slice(t.start, t.end)).toLowerCase())
    .join(' '),
);

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

/** Token trie over lowercased gazetteer phrases; a node's mask is 0 where no phrase ends. */
export interface GazNode {
  mask: number;
  next: Map<string, GazNode> | undefined;
}

export function buildGazTrie(lists: ReadonlyMap<string, number>): GazNode {
  const root: GazNode = { mask: 0, next: new Map() };
  for (const [phrase, mask] of lists) {
    let node = root;
    for (const tok of phrase.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(tok);
      if (!child) {
        child = { mask: 0, next: undefined };
        node.next.set(tok, child);
      }
      node = child;
    }
    node.mask |= mask;
  }
  return root;
}

/** "phrase<TAB>mask" lines, sorted, for models/ner/gazetteer.tsv.gz. */
export function serialiseGazetteerLists(lists: ReadonlyMap<string, number>): string {
  const lines = [`#kinds\t${GAZ_KINDS.join(' ')}`];
  for (const [k, m] of [...lists.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) lines.push(`${k}\t${m.toString(36)}`);
  return lines.join('\n') + '\n';
}

/** Reads the lines serialiseGazetteerLists writes. */
export function parseGazetteerLists(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.lastIndexOf('\t');
    out.set(line.slice(0, tab), parseInt(line.slice(tab + 1), 36));
  }
  return out;
}

export interface GazMatch {
  readonly start: number;
  /** exclusive token index */
  readonly end: number;
  readonly mask: number;
}

/** The bit of one gazetteer kind in a phrase's mask. */
export function gazBit(kind: GazKind): number {
  return 1 << GAZ_KINDS.indexOf(kind);
}

/** The kinds (mask) of exactly this phrase, given as lowercased words; 0 when it is not listed. */
export function phraseMask(trie: GazNode, lower: readonly string[]): number {
  let node: GazNode | undefined = trie;
  for (const w of lower) {
    node = node.next?.get(w);
    if (!node) return 0;
  }
  return node.mask;
}

/** Words inside a multi-word name that may be lowercase ("Bosnia and Herzegovina", "Rio de Janeiro"). */
const CONNECTORS = new Set(['of', 'and', 'de', 'du', 'des', 'la', 'le', 'el', 'del', 'da', 'do', 'di', 'von', 'van', 'der', 'den', 'the', 'on', 'upon', 'am', 'an', 'sur', 'y', 'e', '&', '-', "'s"]);

/**
 * Longest matches of gazetteer phrases, left to right. Case-sensitive where it matters: a match
 * starts at a capitalised token and every later token is capitalised, a digit or a connector, so
 * "china" the material or "bank" the common noun does not match. `lower` holds the lowercased words.
 */
export function matchGazetteer(
  trie: GazNode,
  words: readonly string[],
  lower: readonly string[],
  /** the root's child for word i (`trie.next.get(lower[i])`), when the caller keeps it per word */
  firstStep?: (i: number) => GazNode | undefined,
): GazMatch[] {
  const out: GazMatch[] = [];
  const n = words.length;
  for (let i = 0; i < n; ) {
    const c0 = words[i]!.charCodeAt(0);
    if (!((c0 >= 65 && c0 <= 90) || (c0 > 127 && STARTS_UPPER.test(words[i]!)))) {
      i++;
      continue;
    }
    let node: GazNode | undefined = trie;
    let bestEnd = -1;
    let bestMask = 0;
    for (let j = i; j < n && node?.next; j++) {
      if (j > i) {
        const c = words[j]!.charCodeAt(0);
        if (c >= 97 && c <= 122 && !CONNECTORS.has(lower[j]!)) break;
      }
      node = j === i && firstStep ? firstStep(i) : node.next.get(lower[j]!);
      if (!node) break;
      if (node.mask) {
        bestEnd = j + 1;
        bestMask = node.mask;
      }
    }
    if (bestEnd > 0) {
      out.push({ start: i, end: bestEnd, mask: bestMask });
      i = bestEnd;
    } else i++;
  }
  return out;
}

/** The country a name, alternative spelling or demonym refers to ("U.S.", "North Korean", "Russians"). */
export function countryFor(text: string): CountryRecord | undefined {
  return gazetteer().countryOf.get(phraseKey(text));
}

/** Languages whose country names (world-countries `translations`) the names layer reads: Latin-script news languages. */
const TRANSLATED = ['deu', 'fra', 'spa', 'ita', 'por', 'nld', 'tur', 'pol', 'ces', 'swe', 'fin'] as const;
let translated: Map<string, CountryRecord> | null = null;

/**
 * A country by its name in another language ("Kamerun", "Allemagne", "Camerún"), for reports the English models cannot
 * read. Kept apart from the English gazetteer, whose phrases are features of the name tagger.
 */
export function translatedCountry(text: string): CountryRecord | undefined {
  if (!translated) {
    translated = new Map();
    for (const c of countries) {
      const rec: CountryRecord = { name: c.name.common, cca3: c.cca3, capitals: c.capital ?? [] };
      for (const lang of TRANSLATED) {
        const n = c.translations?.[lang]?.common;
        if (n && n.length > 2 && !translated.has(phraseKey(n))) translated.set(phraseKey(n), rec);
      }
    }
  }
  return translated.get(phraseKey(text));
}

/** The country whose capital this is ("Pyongyang" → North Korea). */
export function capitalCountry(text: string): CountryRecord | undefined {
  return gazetteer().capitalOf.get(phraseKey(text));
}

/** Is this a demonym ("Russian", "North Korean")? */
export function isDemonym(text: string): boolean {
  return (gazetteer().phrases.get(phraseKey(text)) ?? []).some((e) => e.kind === 'demonym');
}

