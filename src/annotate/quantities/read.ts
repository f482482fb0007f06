/**
 * Reads the quantities stated in one stretch of text (a sentence): a number core (digits with
 * separators, number words, scale words, vague counts), widened left by a bound qualifier and a
 * currency sign, and right by a scale abbreviation, a unit (currency name, percent, measure) or the
 * counted noun. One left-to-right pass with sticky look-ups around each core: linear in the text.
 *
 * A number is not an amount when it is part of a name or label ("G7", "A320", "Flight 370"), an
 * ordinal ("21st"), a year, a date, a clock time or a phone number, or an age ("aged 45"); spans the
 * caller blocks (timexes, entity mentions) are skipped too.
 */
import { escapeRegExp } from '../../util/regexp.js';
import type { QuantityBound, QuantityUnitKind } from '../../doc/schemas/quantities.js';
import { SpanIndex, type SpanLike } from '../../doc/span-index.js';
import {
  BOUND_AFTER,
  BOUND_BEFORE,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  FRACTIONS,
  IRREGULAR_NOUNS,
  LABEL_BEFORE,
  MEASURES,
  ATTACHED_MEASURES,
  NOT_COUNTED,
  NOUN_MODIFIERS,
  PER_UNITS,
  PERCENT_AFTER,
  PEOPLE_ADJECTIVES,
  PHRASE_STOP,
  S_NOUN_MODIFIERS,
  SCALE_ABBREVIATION,
  SCALE_EXPONENT,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_COUNTS,
  VAGUE_MULTIPLIERS,
} from './lexicon.js';
import { HAS_LETTER, STARTS_LETTER, STARTS_UPPER } from '../../util/letter-tests.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const CAPITALISED_BEFORE = /(?:^|\s)\p{Lu}[\p{L}-]*\s+$/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const UP_TO_CAPITAL = /^.*?(\p{Lu})/u;
const OF_ITS_OWN = /^\s+of\s+(?:its|their)\s+(?!\p{N}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\b)/iu;
const DETERMINER_BEFORE = /(?:\b(?:the|both|these|those|its|their|his|her|our)|\p{L}['’]s)\s+$/iu;

/** A quantity as read from the text, before it is attached to events, times and claims. */
export interface ReadQuantity {
  readonly start: number;
  readonly end: number;
  /** The number's own span (no qualifier, no unit), for revision and range cues around it. */
  readonly numberStart: number;
  readonly numberEnd: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly bound: QuantityBound;
  readonly unitKind: QuantityUnitKind;
  /** Null when the text gives no unit or counted noun: the caller may infer one from context. */
  readonly unit: string | null;
  readonly per?: string;
  readonly head: { readonly start: number; readonly end: number } | null;
  /** A vote's tally ("a 5-2 vote", "voted 6–1 against"): the votes for and against. */
  readonly tally?: { readonly for: number; readonly against: number };
  readonly rule: string;
}

/** Alternation of phrases, longest first so "more than" wins over "more". */
const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');

const UNIT_ALT = Object.keys(UNIT_WORDS).join('|');
const TENS_ALT = Object.keys(TENS_WORDS).join('|');
const SCALE_ALT = Object.keys(SCALE_EXPONENT).join('|');
/** "a quarter of", "three-quarters of": a space or a hyphen between the words. */
const FRACTION_ALT = Object.keys(FRACTIONS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '[-\\s]+')).join('|');
const NUMBER_WORD = `(?:${TENS_ALT})(?:[-\\s](?:${Object.keys(UNIT_WORDS).slice(0, 9).join('|')})\\b)?|${UNIT_ALT}`;
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?![\\d,.]\\d)|\\d+(?:\\.\\d+)?';
const CORE_PARTS = [
  `(?<vague>${alt(Object.keys(VAGUE_COUNTS))})(?![\\p{L}])`,
  `(?<several>${alt(Object.keys(VAGUE_MULTIPLIERS))})\\s+(?<severalScale>${SCALE_ALT}|dozen)(?![\\p{L}])`,
  `(?<dozen>(?:a|one|half\\s+a)\\s+dozen)(?![\\p{L}])`,
  `(?<aScale>(?:half\\s+)?an?)\\s+(?<aScaleWord>${SCALE_ALT})(?![\\p{L}])`,
  // "half a percentage point", "a quarter of a mile": a fraction of one unit, read only before a percentage point or a measure
  `(?<frac>${FRACTION_ALT})\\s+an?(?=\\s+(?:percentage\\s+point|${alt(Object.keys(MEASURES))})(?![\\p{L}/]))`,
  `(?<countDozen>\\d+|${NUMBER_WORD})\\s+dozen(?![\\p{L}])`,
  `(?<num>(?:${DIGITS})|(?<word>(?:${NUMBER_WORD}))(?![\\p{L}]))(?<scales>(?:\\s+(?:${SCALE_ALT})(?![\\p{L}]))*)`,
];
/** Every number core, not inside a word; the named group says which kind it is. One look-behind for all kinds (3x faster than one each). */
const CORE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${CORE_PARTS.join('|')})`, 'giu');

/** The second number of a range: "40-50", "40 to 50", "between 40 and 50" (the caller checks "between"). */
const RANGE_RE = new RegExp(`^(?:\\s?[-–]\\s?|\\s+(?<joint>to|and)\\s+)(?<sign>(?:US)?\\$\\s?|[€£¥₹₽₸]\\s?)?(?<second>${DIGITS}|(?:${NUMBER_WORD})(?![\\p{L}]))(?<scales>(?:\\s+(?:${SCALE_ALT})(?![\\p{L}]))*)`, 'iu');
const BOUND_AFTER_RE = new RegExp(`^\\s*(?:-|\\s)(${alt(Object.keys(BOUND_AFTER))})(?![\\p{L}])`, 'iu');
const ABBREVIATION_RE = new RegExp(`^\\s?(${alt(Object.keys(SCALE_ABBREVIATION))})(?![\\p{L}])`, 'iu');
const PERCENT_RE = new RegExp(`^\\s?(${alt(PERCENT_AFTER)})(?![\\p{L}])`, 'iu');
/** A range's first percentage ("2.5% and 3%"): the percent word or sign, but not "percentage point(s)" (read per number). */
const PERCENT_FIRST_RE = /^\s?(?:%|percent|per\s+cent)(?![\p{L}])/iu;
const CURRENCY_AFTER_RE = new RegExp(`^\\s+(${alt(Object.keys(CURRENCY_AFTER))})(?![\\p{L}])`, 'iu');
/**
 * A measure abbreviation attached to its digits ("212mm", "30cm", "45C"): the temperature letters upper case only, so that
 * no other letter after digits is read as one; "3m" stays a scale or a label.
 */
const ATTACHED_MEASURE_RE = /^(?:(km\/h|mm|cm|km|kg|mph|kph|mw|gw)(?![\p{L}\p{N}/])|([CF])(?![\p{L}\p{N}]))/u;
const MEASURE_RE = new RegExp(`^(?:\\s|-)?(${alt(Object.keys(MEASURES))})(?![\\p{L}/])`, 'iu');
const PER_RE = new RegExp(`^(?:\\s*(?:a|an|per|/)\\s*|-an?-)(${alt(PER_UNITS)})(?![\\p{L}])`, 'iu');
/** A word after a number; model names with digits ("A320", "Tu-160") are one word. */
const WORD_RE = /^(\s*|-)([\p{L}][\p{L}\p{N}'’.-]*)/u;
const LABEL_RE = /(?:^|[^\p{L}])([\p{L}.]+)\s*$/u;

/** The longest currency sign or code, in characters, and the longest qualifier, in words. */
const LONGEST_CURRENCY = Object.keys(CURRENCY_BEFORE).reduce((m, k) => Math.max(m, k.length), 0);
const LONGEST_QUALIFIER = Object.keys(BOUND_BEFORE).reduce((m, k) => Math.max(m, k.split(' ').length), 0);
/** The last word of each qualifier ("than" of "more than"). */
const QUALIFIER_LAST_WORDS: ReadonlySet<string> = new Set(Object.keys(BOUND_BEFORE).map((k) => k.slice(k.lastIndexOf(' ') + 1)));
/** ASCII answered by its code, the rest by the regex: the same answers, without a regex run per character of plain text. */
const isLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return HAS_LETTER.test(ch);
};
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(ch);
};

/**
 * The last character of every currency sign or code: every candidate `currencyBefore` slices ends at the same
 * character, so a number after any other character (most: a letter of a lowercase word) needs no slice or look-up.
 */
const CURRENCY_LAST_CHARS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_BEFORE).map((k) => k.slice(-1)));

/** The currency sign or code just before `pos` ("$", "US$", "€", "USD "), longest first; not inside a word. */
function currencyBefore(text: string, pos: number): { code: string; start: number } | null {
  const end = isSpace(text[pos - 1]) ? pos - 1 : pos;
  if (!CURRENCY_LAST_CHARS.has(text[end - 1] ?? '')) return null;
  for (let len = Math.min(LONGEST_CURRENCY, end); len >= 1; len--) {
    const code = CURRENCY_BEFORE[text.slice(end - len, end)];
    if (code && !isLetter(text[end - len - 1])) return { code, start: end - len };
  }
  return null;
}

/** The bound qualifier just before `pos` ("more than ", "at least "), longest first, read word by word backwards. */
function qualifierBefore(text: string, pos: number): { bound: QuantityBound; start: number } | null {
  let k = pos;
  if (!isSpace(text[k - 1])) return null;
  const words: { word: string; start: number }[] = [];
  while (words.length < LONGEST_QUALIFIER) {
    while (isSpace(text[k - 1])) k--;
    const end = k;
    while (isLetter(text[k - 1])) k--;
    if (k === end) break;
    words.unshift({ word: text.slice(k, end).toLowerCase(), start: k });
    // every qualifier ends in the word nearest the number: most numbers have none, and no further word is read
    if (words.length === 1 && !QUALIFIER_LAST_WORDS.has(words[0]!.word)) return null;
    if (!isSpace(text[k - 1])) break;
  }
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(words.length - n);
    const bound = BOUND_BEFORE[phrase.map((w) => w.word).join(' ')];
    if (bound) return { bound, start: phrase[0]!.start };
  }
  return null;
}

function lower(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** The value of a number word: "twenty-one" → 21. */
function wordValue(word: string): number | null {
  const parts = lower(word).split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = UNIT_WORDS[p] ?? TENS_WORDS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Digits with separators and a power-of-ten scale, read exactly: ("1.2", 9) → 1200000000. */
function digitsValue(digits: string, exponent: number): number {
  const plain = digits.replace(/[,\u00a0\u202f ]/g, '');
  return Number(`${plain}e${exponent}`);
}

/** The interval a bound allows around a stated value; "about" allows a tenth either way. */
export function boundInterval(value: number, bound: QuantityBound): { low: number | null; high: number | null } {
  switch (bound) {
    case 'exact':
      return { low: value, high: value };
    case 'atLeast':
    case 'moreThan':
      return { low: value, high: null };
    case 'upTo':
    case 'lessThan':
      return { low: null, high: value };
    case 'about':
      return { low: round(value * 0.9), high: round(value * 1.1) };
    case 'nearly':
      return { low: round(value * 0.9), high: value };
  }
}

function round(n: number): number {
  // an integer of at most 12 digits is its own 12-digit rounding: no string round trip (0 goes the long way, which drops -0's sign)
  if (Number.isInteger(n) && n !== 0 && Math.abs(n) < 1e12) return n;
  return Number(n.toPrecision(12));
}

/**
 * A compound whose last part is an irregular plural: "schoolchildren" → "schoolchild", "gunmen" →
 * "gunman", "townspeople" → "townsperson". Not "-imen", "-omen", "-umen", "-amen", "-ymen" ("specimen",
 * "abdomen", "acumen", "stamen", "hymen" are singular; a stem of three letters at least: "semen", "Yemen").
 */
const COMPOUND_IRREGULAR = /^(\p{L}{3,}?)(children|women|people|(?<![aiouy])men)$/u;

function compoundIrregular(n: string): string | null {
  // the pattern's endings ("women" ends in "men"): most words end otherwise and skip the Unicode regex
  if (!n.endsWith('men') && !n.endsWith('children') && !n.endsWith('people')) return null;
  const m = COMPOUND_IRREGULAR.exec(n);
  return m ? m[1]! + IRREGULAR_NOUNS[m[2]!]! : null;
}

/** Singular lemma of a counted noun: "companies" → "company", "people" → "person". */
export function nounLemma(noun: string): string {
  const n = noun.toLowerCase();
  const irregular = IRREGULAR_NOUNS[n] ?? compoundIrregular(n);
  if (irregular) return irregular;
  if (n.endsWith('ies') && n.length > 4) return `${n.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(n)) return n.slice(0, -2);
  if (n.endsWith('s') && !/(?:ss|us|is)$/.test(n)) return n.slice(0, -1);
  return n;
}

function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  return w in IRREGULAR_NOUNS || compoundIrregular(w) !== null || regularPlural(w);
}

/** `/[a-z]s$/` and not `/(?:ss|us|is|ous|'s|’s)$/` ("-ous" ends in "-us"), by the last two characters: no regex per word. */
function regularPlural(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false; // s
  const c = w.charCodeAt(n - 2);
  return c >= 97 && c <= 122 && c !== 115 && c !== 117 && c !== 105; // a-z but s, u, i
}

interface Core {
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly vague: boolean;
  readonly words: boolean;
  /** Digits only, without separators or scale (a year candidate). */
  readonly bareDigits: string | null;
}

function readCore(m: RegExpMatchArray): Core | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const end = start + m[0].length;
  if (g.vague) {
    const range = VAGUE_COUNTS[lower(g.vague)];
    return range ? { start, end, value: null, low: range.low, high: range.high, vague: true, words: true, bareDigits: null } : null;
  }
  if (g.several) {
    const mult = VAGUE_MULTIPLIERS[lower(g.several)]!;
    const unit = g.severalScale!.toLowerCase() === 'dozen' ? 12 : 10 ** SCALE_EXPONENT[g.severalScale!.toLowerCase()]!;
    return { start, end, value: null, low: mult.low * unit, high: mult.high * unit, vague: true, words: true, bareDigits: null };
  }
  if (g.dozen) {
    const v = /^half/i.test(g.dozen) ? 6 : 12;
    return { start, end, value: v, low: v, high: v, vague: false, words: true, bareDigits: null };
  }
  if (g.frac) {
    const v = FRACTIONS[lower(g.frac).replace(/-/g, ' ')]!;
    return { start, end, value: v, low: v, high: v, vague: false, words: true, bareDigits: null };
  }
  if (g.aScale) {
    // "a million", "half a million"
    const v = (/^half/i.test(g.aScale) ? 0.5 : 1) * 10 ** SCALE_EXPONENT[g.aScaleWord!.toLowerCase()]!;
    return { start, end, value: v, low: v, high: v, vague: false, words: true, bareDigits: null };
  }
  if (g.countDozen) {
    // "two dozen", "3 dozen"
    const n = /^\d/.test(g.countDozen) ? Number(g.countDozen) : wordValue(g.countDozen);
    if (n === null || !Number.isFinite(n)) return null;
    return { start, end, value: n * 12, low: n * 12, high: n * 12, vague: false, words: true, bareDigits: null };
  }
  const scales = (g.scales ?? '').trim() ? lower(g.scales!.trim()).split(' ') : [];
  const exponent = scales.reduce((e, s) => e + (SCALE_EXPONENT[s] ?? 0), 0);
  if (g.word) {
    const w = wordValue(g.word);
    if (w === null) return null;
    const v = round(w * 10 ** exponent);
    return { start, end, value: v, low: v, high: v, vague: false, words: true, bareDigits: null };
  }
  const v = digitsValue(g.num!, exponent);
  if (!Number.isFinite(v)) return null;
  const plain = m[0].slice(0, m[0].length - (g.scales?.length ?? 0));
  return { start, end, value: v, low: v, high: v, vague: false, words: false, bareDigits: /^\d+$/.test(plain) && !scales.length ? plain : null };
}

/**
 * Extends a number to a range when a second, larger number follows: "10-15", "between 40 and 50",
 * "40 to 50" (not after "from" or a verb of change, where "to" starts the new figure of a revision).
 */
function readRange(text: string, core: Core, money: { start: number } | null): Core | null {
  if (core.vague || core.value === null) return null;
  // "between 2.5% and 3%", "10%-15%": a percent sign after each number; the second's is read with the unit
  const pct = PERCENT_FIRST_RE.exec(text.slice(core.end, core.end + 12));
  // "between £40m and £55m", "$30m-$40m": a sum's scale abbreviation after each number
  const abbr = money && !pct ? ABBREVIATION_RE.exec(text.slice(core.end, core.end + 6)) : null;
  const from = core.end + (pct ? pct[0].length : abbr ? abbr[0].length : 0);
  const m = RANGE_RE.exec(text.slice(from, from + 40));
  if (!m?.groups) return null;
  if (pct && (m.groups.sign || !PERCENT_RE.test(text.slice(from + m[0].length, from + m[0].length + 12)))) return null;
  const abbr2 = abbr ? ABBREVIATION_RE.exec(text.slice(from + m[0].length, from + m[0].length + 6)) : null;
  if (abbr && (!abbr2 || (m.groups.scales ?? '').trim())) return null;
  // "between $3 billion and $4 billion": a sign before the second number only when the first has one
  if (m.groups.sign && !money) return null;
  const joint = m.groups.joint?.toLowerCase();
  const leadEnd = money ? money.start : core.start;
  const lead = text.slice(Math.max(0, leadEnd - 40), leadEnd);
  if (joint === 'and' && !/\bbetween\s+$/i.test(lead)) return null;
  if (joint === 'to' && !RANGE_FROM_BEFORE.test(lead) && /\b(?:from|voted|rose|fell|increased|decreased|climbed|jumped|dropped|grew|declined|up|down|raised|lowered|cut|revised)\s+(?:\S+\s+){0,2}$/i.test(lead)) return null;
  const second = m.groups.second!;
  const scales = (m.groups.scales ?? '').trim() ? lower(m.groups.scales!.trim()).split(' ') : [];
  const exponent = scales.reduce((e, x) => e + (SCALE_EXPONENT[x] ?? 0), 0);
  const w = /^\d/.test(second) ? digitsValue(second, exponent) : wordValue(second);
  if (w === null || !Number.isFinite(w)) return null;
  // "40 to 50 million": the first number takes the second's scale
  let low = scales.length && core.value < w / 10 ** exponent + 1 && core.value <= w / 10 ** exponent ? round(core.value * 10 ** exponent) : core.value;
  let high = /^\d/.test(second) ? w : round(w * 10 ** exponent);
  if (abbr && abbr2) {
    low = round(low * 10 ** SCALE_ABBREVIATION[lower(abbr[1]!)]!);
    high = round(high * 10 ** SCALE_ABBREVIATION[lower(abbr2[1]!)]!);
  }
  if (!(high > low)) return null;
  const start = joint === 'and' ? leadEnd - (/between\s+$/i.exec(lead)![0].length) : core.start;
  return { ...core, start, end: from + m[0].length + (abbr2 ? abbr2[0].length : 0), value: null, low, high, bareDigits: null };
}

/** "prices range from £45 to £210", "ranging from 40 to 50": "from … to" spans a range, not a revision. */
const RANGE_FROM_BEFORE = /\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\s+from\s+(?:\S+\s+){0,2}$/i;

/** A street's name after a house number: one or two capitalised words and a street word ("42 Marsh Lane", "10 Downing Street"). */
const ADDRESS_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Boulevard|Blvd|Place|Square|Crescent|Terrace|Close|Way|Row|Parade|Embankment)\b/u;

/**
 * "one in four adults", "1 in 10 children", "one in every 100 voters": a ratio, which counts nothing (1.29.0). The "one"
 * is read by its core's text and the number after "in" by what stands before it; a first number other than one is no ratio
 * ("killed 12 in three attacks"), and a year after "in" is a date ("one in 2019").
 */
const RATIO_ONE = /^(?:one|1)$/i;
const RATIO_AFTER = new RegExp(`^\\s+in\\s+(?:every\\s+)?(?!(?:1[89]|20)\\d\\d(?![\\d,]))(?:${DIGITS}|(?:${NUMBER_WORD})(?![\\p{L}]))`, 'iu');
const RATIO_BEFORE = /\b(?:one|1)\s+in\s+(?:every\s+)?$/i;

/**
 * "at 10.30 on December 12", "until 22.15 local time": a clock time written with a dot (1.29.0), after a preposition of time
 * and before a word of the day or its zone; not after a verb of a level ("closed at 18.45 on Friday" is a price).
 */
const DOT_CLOCK = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
const DOT_CLOCK_BEFORE = /\b(?<!(?:closed|ended|finished|stood|opened|traded|settled|was|were|is|are)\s+)(?:at|until|till|from|by|before|after)\s+$/i;
const DOT_CLOCK_AFTER = /^\s*(?:[ap]\.?m\b|GMT|UTC|BST|CET|local\s+time|hrs\b|on\s+(?:\p{Lu}|\d)|this\s+(?:morning|afternoon|evening)|tonight|tomorrow|today|yesterday)/u;

/** Why the characters around a digit core make it a name, label, date, time, ordinal, ratio or phone number. */
function notAnAmount(text: string, core: Core): boolean {
  const before = text.slice(Math.max(0, core.start - 3), core.start);
  const after = text.slice(core.end, core.end + 3);
  if (!core.words) {
    // "COVID-19", "F-16", "2025/26", "5/13", "+44", "#3", "6:30", "3.5.1"
    if (/[\p{L}\p{N}][-–/]$|[/+#:]$|\d[.,]$/u.test(before)) return true;
    if (/^(?:[/:]\d|[-–]\d+[-–/]|\.\d)/.test(after)) return true;
    // "A320", "3rd", "1990s", "10am" (a scale abbreviation after a currency is read elsewhere)
    if (STARTS_LETTER.test(after) && !/^(?:bn|mn|mln|m|k|b|tn|tr)(?![\p{L}])/iu.test(after) && !ATTACHED_MEASURE_RE.test(text.slice(core.end, core.end + 5))) return true;
    // phone numbers: "555-0134", "(020) 7946 0958"
    if (/^[-.]\d{3,4}\b/.test(after) || /\)\s?$/.test(before)) return true;
  }
  if (DOT_CLOCK.test(text.slice(core.start, core.end)) && DOT_CLOCK_BEFORE.test(text.slice(Math.max(0, core.start - 24), core.start)) && DOT_CLOCK_AFTER.test(text.slice(core.end, core.end + 20))) return true;
  if (RATIO_BEFORE.test(text.slice(Math.max(0, core.start - 16), core.start))) return true;
  if (RATIO_ONE.test(text.slice(core.start, core.end)) && RATIO_AFTER.test(text.slice(core.end, core.end + 40))) return true;
  // "42 Marsh Lane", "1600 Pennsylvania Avenue": a house number before a street's name
  if (ADDRESS_AFTER.test(text.slice(core.end, core.end + 40))) return true;
  // "-year-old", "aged 45", "Flight 370", "No. 10"
  if (/^-(?:year|month|week|day)-old/i.test(text.slice(core.end, core.end + 11))) return true;
  const label = LABEL_RE.exec(text.slice(Math.max(0, core.start - 14), core.start));
  if (label && LABEL_BEFORE.has(label[1]!.toLowerCase())) return true;
  return false;
}

/** Is this word a capitalised name just before a bare number ("Flight 370", "Boeing 737")? */
function afterName(text: string, start: number): boolean {
  return CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !/^(?:The|A|An|In|On|At|By|Of|To|Some|About|Over|Nearly|Almost|Around|Only|Just|All|And|But|Up|More|At least)\s+$/u.test(text.slice(Math.max(0, start - 12), start).replace(UP_TO_CAPITAL, '$1'));
}

interface Noun {
  readonly unit: string;
  readonly start: number;
  readonly end: number;
}

/** A year's digits ("in 2019 oil prices rose"): no compound noun is read after them. */
const YEAR_LIKE = (value: number | null): boolean => value !== null && Number.isInteger(value) && value >= 1800 && value <= 2099;

/** Irregular nouns of a group, no plural in -s, that modify a plural after them ("police officers", "crew members"). */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['police', 'staff', 'personnel', 'cattle', 'livestock', 'crew', 'aircraft', 'militia']);

/** Whether the word at `pos` is a plural noun that ends a noun phrase ("business leaders", "border crossings"). */
function pluralNext(text: string, pos: number): boolean {
  const m = WORD_RE.exec(text.slice(pos, pos + 40));
  if (!m) return false;
  const lw = m[2]!.replace(/[.’']+$/, '').toLowerCase();
  return /^[a-z]+$/.test(lw) && looksPlural(lw) && !PHRASE_STOP.has(lw) && !NOT_COUNTED.has(lw);
}

/** The counted noun after a number: up to two modifiers, then a plural noun (or any noun after "one"). */
function countedNoun(text: string, from: number, value: number | null, vague: boolean): Noun | null {
  let pos = from;
  let headStart = -1;
  let lastModifier: Noun | null = null;
  // "dozens of people", "a dozen of the": the noun after "of"
  const of = /^\s+of\s+(?:the\s+|whom\s+|them\b|those\s+)?/iu.exec(text.slice(pos, pos + 16));
  // "recalled 120,000 of its electric sport-utility vehicles": a part of its owner's own things counts those things
  // (a whole with a number of its own, "three of its four reactors", is a part and its whole)
  const own = of && !vague ? OF_ITS_OWN.exec(text.slice(pos, pos + 40)) : null;
  if (of && vague) pos += of[0].length;
  else if (own) pos += own[0].length;
  else if (of) return null;
  for (let k = 0; k < (own ? 4 : 3); k++) {
    const m = WORD_RE.exec(text.slice(pos, pos + 40));
    if (!m) return lastModifier;
    const word = m[2]!.replace(/[.’']+$/, '');
    const lw = word.toLowerCase();
    // "two more bodies", "35 business leaders": a word before a plural noun modifies it
    // "2,315 new measles cases", "40 sports cars": a noun ending in -s that is no plural modifies the plural after it
    // (other plurals do not: "the 14 deals officials signed" counts deals)
    // a name in -s before a plural modifies it too ("four Reuters journalists"; alone, "eleven Syrians drowned" counts Syrians), and
    // so does a collective noun ("8,000 police officers", "30 crew members"; alone, "8,000 police" counts police)
    const lowerOrName = /^[a-z]+$/.test(word)
      ? !/est$/.test(lw) && (!looksPlural(lw) || S_NOUN_MODIFIERS.has(lw) || COLLECTIVE_NOUNS.has(lw))
      : TITLE_CASE_WORD.test(word);
    const compound = k < 2 && lowerOrName && !YEAR_LIKE(value) && pluralNext(text, pos + m[0].length);
    if (compound && lw === 'more' && k === 0) {
      pos += m[0].length;
      continue;
    }
    // "more than 200 injured": a participle or adjective standing for the people it describes
    if (PHRASE_STOP.has(lw) || NOT_COUNTED.has(lw) || (/ly$/.test(lw) && !NOUN_MODIFIERS.has(lw))) return lastModifier;
    const wordStart = pos + m[1]!.length;
    if (headStart < 0) headStart = wordStart;
    const wordEnd = wordStart + word.length;
    const irregular = lw in IRREGULAR_NOUNS && !(compound && COLLECTIVE_NOUNS.has(lw));
    if ((looksPlural(word) && !compound) || irregular || (value === 1 && k === 0 && !/(?:ed|ing)$/.test(lw))) {
      return { unit: nounLemma(word), start: headStart, end: wordEnd };
    }
    // "left 4,000 homeless": an adjective that stands for people ends the phrase as its head
    const people = PEOPLE_ADJECTIVES.has(lw);
    const modifier = compound || people || NOUN_MODIFIERS.has(lw) || STARTS_UPPER.test(word) || word.includes('-') || /(?:ed|ing|ian|ese|ish|al|ic)$/.test(lw);
    if (!modifier) return null;
    lastModifier = NOUN_MODIFIERS.has(lw) || people ? { unit: people ? 'person' : lw, start: headStart, end: wordEnd } : null;
    pos = wordEnd;
  }
  return null;
}

/**
 * A vote's tally written as two numbers joined by a dash, before a word that makes it a vote ("in a 5-2
 * vote", "a 120-80 majority"), after "voted" ("voted 6–1"), or after a verb of a decision and up to four words of
 * its object ("passed the senate 61-38", "upheld the ruling 6-3"). Other dashed pairs are scores, seasons or
 * hours ("a 3-1 win", "the 2024-25 season", "a 9-5 job"). "Voted 52 to 48" is two counts of votes.
 */
const TALLY = /(?<![\p{L}\p{N}])(?<a>\d{1,3})\s?[-–]\s?(?<b>\d{1,3})(?=\s+(?:vote|decision|majority|split|ruling|verdict)\b)|(?<=\bvoted\s+)(?<c>\d{1,3})\s?[-–]\s?(?<d>\d{1,3})(?![\p{L}\p{N}])(?<against>\s+against\b)?|(?<=\b(?:passed|approved|adopted|rejected|defeated|ratified|confirmed|upheld|overturned|struck\s+down|threw\s+out)\s+(?:(?:the|a|an|its|their|his|her|this|that|[\p{Ll}\p{Lu}][\p{L}'’-]*)\s+){0,4}(?:by\s+)?)(?<e>\d{1,3})\s?[-–]\s?(?<f>\d{1,3})(?![\p{L}\p{N}\-–/])(?!\s+(?:win|victory|defeat|loss|lead|draw|score|scoreline)\b)/giu;

/** Every tally has a digit, a dash and a digit: a sentence without one is not scanned with TALLY, whose look-behinds run at every position. */
const TALLY_CORE = /\d\s?[-–]\s?\d/u;

/** The vote tallies of `text`: the first number is the votes for, unless "against" follows ("voted 6-1 against"); the value is the majority's. */
function readTallies(text: string, offset: number): ReadQuantity[] {
  const out: ReadQuantity[] = [];
  if (!TALLY_CORE.test(text)) return out;
  for (const m of text.matchAll(TALLY)) {
    const g = m.groups!;
    const first = Number(g.a ?? g.c ?? g.e);
    const second = Number(g.b ?? g.d ?? g.f);
    const tally = g.against ? { for: second, against: first } : { for: first, against: second };
    const value = Math.max(first, second);
    const start = offset + m.index!;
    const end = start + m[0].length - (g.against?.length ?? 0);
    out.push({ start, end, numberStart: start, numberEnd: end, value, low: value, high: value, bound: 'exact', unitKind: 'count', unit: 'vote', head: null, tally, rule: 'vote-tally' });
  }
  return out;
}

/** Which spans hold no amount: `blocked(start, end)` is true where a timex or a name overlaps. */
export type Blocked = (start: number, end: number) => boolean;

/** One predicate per pair of layer arrays, so that every layer reading amounts with it shares one reading per sentence. */
const blockers = new WeakMap<readonly SpanLike[], WeakMap<readonly SpanLike[], Blocked>>();
/** "Fifty-four", "Thirty-five Turkish": a hyphenated number word the tagger read as a name or took into a one-word nationality. */
const NUMBER_THEN_NAME = new RegExp(`^(?:${TENS_ALT})-(?:${Object.keys(UNIT_WORDS).slice(0, 9).join('|')})(?:$|\\s+(?=[\\p{Lu}][\\p{L}'’]*$))`, 'iu');

/**
 * The part of a name mention that is a name: a capitalised number word opening a sentence is read as a name by the
 * tagger ("Fifty-four migrants drowned") or taken into the nationality after it ("Twenty-three Iraqi soldiers died");
 * a hyphenated cardinal opens no name of one word. A name of more words keeps its number ("Three Gorges Dam").
 */
export function nameAfterNumber(text: string, m: SpanLike): SpanLike[] {
  // the pattern needs a hyphen inside the mention: most mentions have none and skip the slice and the regex
  const hyphen = text.indexOf('-', m.start);
  if (hyphen < 0 || hyphen >= m.end) return [m];
  const lead = NUMBER_THEN_NAME.exec(text.slice(m.start, m.end));
  if (!lead) return [m];
  return m.start + lead[0].length < m.end ? [{ start: m.start + lead[0].length, end: m.end }] : [];
}

/** Per predicate of `blockedBy`: sentence start → the sentence's text and what `readQuantities` read there. */
const readings = new WeakMap<Blocked, Map<number, { readonly text: string; readonly read: readonly ReadQuantity[] }>>();

/**
 * The predicate that blocks amounts inside a time expression ("May 20", "two days") or a name ("G7"), for
 * these `timexes` and `mentions` arrays; the same function for the same arrays, which lets
 * `readSentenceQuantities` remember its readings (the events layer's counted triggers and the quantities
 * layer read the same sentences).
 */
export function blockedBy(timexes: readonly SpanLike[], mentions: readonly SpanLike[], text?: string): Blocked {
  let inner = blockers.get(timexes);
  if (!inner) blockers.set(timexes, (inner = new WeakMap()));
  const hit = inner.get(mentions);
  if (hit) return hit;
  const timexIndex = new SpanIndex(timexes);
  const mentionIndex = new SpanIndex(text === undefined ? mentions : mentions.flatMap((m) => nameAfterNumber(text, m)));
  const blocked: Blocked = (start, end) => timexIndex.overlaps(start, end) || mentionIndex.overlaps(start, end);
  inner.set(mentions, blocked);
  readings.set(blocked, new Map());
  return blocked;
}

/**
 * `readQuantities` of the sentence `docText[start, end)`: remembered when `blocked` comes from `blockedBy`
 * (readings are pure functions of the text and the predicate), read afresh otherwise. Callers must not change the result.
 */
export function readSentenceQuantities(docText: string, start: number, end: number, blocked: Blocked): readonly ReadQuantity[] {
  const text = docText.slice(start, end);
  const memo = readings.get(blocked);
  const hit = memo?.get(start);
  if (hit && hit.text === text) return hit.read;
  const read = readQuantities(text, start, blocked);
  memo?.set(start, { text, read });
  return read;
}

/** Whether document offset `at` is inside one of the tallies (a module function: tsx names a per-call closure on every call). */
function withinTally(tallies: readonly ReadQuantity[], at: number): boolean {
  return tallies.some((t) => t.start <= at && at < t.end);
}

/** Reads every quantity in `text`, whose first character is at `offset` of the document. */
export function readQuantities(text: string, offset = 0, blocked: (start: number, end: number) => boolean = () => false): ReadQuantity[] {
  const tallies = readTallies(text, offset).filter((t) => !blocked(t.start, t.end));
  const out: ReadQuantity[] = [];
  let consumedTo = 0;
  // one shared regex read with exec from lastIndex: matchAll would clone CORE for every sentence (twice the scan's cost);
  // nothing below runs CORE, so its lastIndex is this loop's alone
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    let core = readCore(m);
    if (!core || core.start < consumedTo || withinTally(tallies, offset + core.start)) continue;
    if (notAnAmount(text, core)) continue;
    const money = currencyBefore(text, core.start);
    const range = readRange(text, core, money);
    if (range) core = range;
    if (blocked(offset + core.start, offset + core.end)) continue;

    // a "between" range starts before the first number's currency sign
    const first = money ? Math.min(money.start, core.start) : core.start;
    const read = core.vague ? null : qualifierBefore(text, first);
    // "was revised up to 6.1%", "ramped up to 40 flights": the verb's particle and "to", no bound
    const qualifier = read && read.bound === 'upTo' && PARTICLE_UP_BEFORE.test(text.slice(Math.max(0, read.start - 16), read.start + 6)) ? null : read;
    const start = qualifier ? qualifier.start : first;

    let end = core.end;
    let value = core.value;
    let low = core.low;
    let high = core.high;
    let unitKind: QuantityUnitKind = 'count';
    let unit: string | null = null;
    let per: string | undefined;
    let head: Noun | null = null;
    let rule = core.vague ? 'vague' : 'number';

    let currency = money?.code ?? null;
    if (currency) {
      const abbr = ABBREVIATION_RE.exec(text.slice(end, end + 40));
      if (abbr && value !== null) {
        const scale = 10 ** SCALE_ABBREVIATION[abbr[1]!.toLowerCase()]!;
        value = round(value * scale);
        low = value;
        high = value;
        end += abbr[0].length;
      }
    }
    const attachedRead = currency || core.words ? null : ATTACHED_MEASURE_RE.exec(text.slice(end, end + 5));
    // "Boeing 747F": a letter after a name's number is the name's
    const attached = attachedRead && !(attachedRead[2] && afterName(text, core.start)) ? attachedRead : null;
    if (attached) {
      unitKind = 'measure';
      unit = ATTACHED_MEASURES[(attached[1] ?? attached[2]!).toLowerCase()]!;
      end += attached[0].length;
      rule = 'measure';
    } else if (!currency && STARTS_LETTER.test(text.slice(core.end, core.end + 1)) && !core.words) {
      // "4.2m passengers": a scale abbreviation before a counted noun; alone, "3m" is a measure or a label
      const abbr = ABBREVIATION_RE.exec(text.slice(end, end + 40));
      const noun = abbr && value !== null ? countedNoun(text, end + abbr[0].length, null, false) : null;
      if (!abbr || !noun || value === null) continue;
      value = round(value * 10 ** SCALE_ABBREVIATION[abbr[1]!.toLowerCase()]!);
      low = value;
      high = value;
      end += abbr[0].length;
    }
    if (!currency && !attached) {
      const pct = PERCENT_RE.exec(text.slice(end, end + 40));
      const cur = pct ? null : CURRENCY_AFTER_RE.exec(text.slice(end, end + 40));
      const measure = pct || cur ? null : MEASURE_RE.exec(text.slice(end, end + 40));
      if (pct) {
        unitKind = 'percent';
        unit = /point/i.test(pct[1]!) ? 'percentage point' : 'percent';
        end += pct[0].length;
        rule = 'percent';
      } else if (cur) {
        currency = CURRENCY_AFTER[lower(cur[1]!)] ?? null;
        end += cur[0].length;
      } else if (measure) {
        unitKind = 'measure';
        unit = MEASURES[lower(measure[1]!)] ?? lower(measure[1]!);
        end += measure[0].length;
        rule = 'measure';
      }
    }
    if (currency) {
      unitKind = 'currency';
      unit = currency;
      rule = 'currency';
    }
    if (unitKind === 'currency' || unitKind === 'measure') {
      const p = PER_RE.exec(text.slice(end, end + 40));
      // "$280 a week earlier" is a time, not a rate
      if (p && !/^\s+(?:earlier|ago|later|before|after)\b/i.test(text.slice(end + p[0].length, end + p[0].length + 8))) {
        per = nounLemma(p[1]!);
        end += p[0].length;
      }
    }
    const after = BOUND_AFTER_RE.exec(text.slice(end, end + 40));
    let bound: QuantityBound = qualifier?.bound ?? 'exact';
    if (after && !qualifier && !core.vague) {
      bound = BOUND_AFTER[lower(after[1]!)]!;
      end += after[0].length;
    }
    if (unitKind === 'count') {
      head = countedNoun(text, end, value, core.vague);
      if (head) {
        if (NOT_COUNTED.has(head.unit)) continue;
        unit = head.unit;
        end = head.end;
        rule = core.vague ? 'vague+noun' : 'number+noun';
      }
    }
    // a four-digit year is not a count ("in 2019 talks"); an amount that size is written "2,019", or has a unit or a qualifier
    if (core.bareDigits && /^(?:1[89]|20)\d\d$/.test(core.bareDigits) && !qualifier && unitKind === 'count') continue;
    // "infected 1,340 people and killed 27": the object of a coordinated verb, after a counted amount, counts the same thing
    const coordinatedObject = COORDINATED_VERB_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && out.some((q) => q.unitKind === 'count' && q.unit !== null);
    const countedBefore = out.some((q) => q.unitKind === 'count' && q.unit !== null);
    if (unit === null && !qualifier && !core.vague && !coordinatedObject && !bareAmountContext(text, start, end, core, countedBefore)) continue;
    if (unit === null && afterName(text, start)) continue;
    // "roughly eight times its annual earnings", "three quarters": a multiplier or a span of time, no amount
    if (unit === null && !core.vague && NOT_COUNTED_NEXT.test(text.slice(end, end + 12))) continue;
    // "roughly two-thirds of the staff": a fraction of a whole, no count, with a qualifier too
    if (unit === null && core.words && FRACTION_NEXT.test(text.slice(end, end + 12))) continue;
    // "children under five", "most of them under five", "those over 65": an age limit of the people named, no amount
    if (unit === null && qualifier && AGE_LIMIT_BEFORE.test(text.slice(Math.max(0, start - 16), core.start))) continue;
    // "the two countries", "their three sons": a small number word after a determiner refers to a group already known
    // ("the plant's two reactors": a possessive is a definite determiner too)
    if (core.words && !qualifier && value !== null && value <= 3 && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (value !== null && bound !== 'exact') ({ low, high } = boundInterval(value, bound));
    if (unit === null) rule = 'bare';
    out.push({
      start: offset + start,
      end: offset + end,
      numberStart: offset + core.start,
      numberEnd: offset + core.end,
      value,
      low,
      high,
      bound,
      unitKind,
      unit,
      ...(per ? { per } : {}),
      head: head ? { start: offset + head.start, end: offset + head.end } : null,
      rule,
    });
    consumedTo = end;
  }
  return tallies.length ? [...out, ...tallies].sort((a, b) => a.start - b.start) : out;
}

/** "… and killed 27", "killing 12 people and wounding 40": a past tense or a participle after "and" or a comma, just before a bare number. */
const COORDINATED_VERB_BEFORE = /(?:\band|,)\s+(?!during\s)[a-z]{3,}(?:ed|ing)\s+$/i;
/** A verb of casualty just before a bare number: "kills 40", "killed 12", "wounding 30". */
export const CASUALTY_VERB_BEFORE = /\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing))\s+$/i;
/** "120 votes in favour and 8 against", "with 204 voting against it": the votes of one side of a tally. */
const VOTE_SIDE_AFTER = /^\s+(?:against|in\s+favou?r|abstain\w*|voting|voted)\b/i;

/** A verb of estimate or claim right before another figure of the sentence's count: "organisers claimed 30,000". */
const ESTIMATE_BEFORE = /\b(?:claimed|claim|claims|estimated|estimate|estimates|counted|reported|gave|give|gives)\s+$/i;
/** A verb whose particle is "up" before "to": "revised up to 6.1%" is a new level, not "up to" (a bound). */
const PARTICLE_UP_BEFORE = /\b(?:revised|revise|revises|marked|scaled|ramped|bumped|pushed|moved|stepped|ratcheted|edged|ticked|shot|went|goes|gone)\s+up\s+to\s/i;
/** A multiplier or a part of a year after a bare number ("eight times", "three quarters"): no counted thing. */
const NOT_COUNTED_NEXT = /^\s+(?:times|quarters|halves)\b/i;
/** A fraction's denominator joined to a number word ("two-thirds", "three fifths"): a part of a whole, no count. */
const FRACTION_NEXT = /^[-\s](?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;
/** A person noun or pronoun before "under"/"over" and a bare number: an age limit ("children under five", "those over 65"). */
const AGE_LIMIT_BEFORE = /\b(?:them|those|people|children|adults|kids|infants|babies|men|women|girls|boys|ones|patients|residents)\s+(?:aged\s+)?(?:under|over|below|above)\s+$/i;

/** "up from the 40", "compared with the 12", "down from an 18": an earlier figure, after a determiner. */
const EARLIER_FIGURE_BEFORE = /\b(?:(?:up|down)\s+from\s+(?:the|an?)|compared\s+(?:with|to)(?:\s+(?:the|an?))?)\s+$/i;
/** "the 40 that officials mentioned", "the 12 who were freed": a bare figure heading a relative clause. */
const RELATIVE_AFTER = /^\s+(?:that|who|whom|which)\s/i;

/**
 * A number without a unit is an amount only where the sentence treats it as one ("rose to 110", "up
 * from 94", "four were killed"). `countedBefore`: the sentence has counted something before it, so
 * "the 40 that officials mentioned" refers back to that count (alone, "the 737 that crashed" is a name).
 */
function bareAmountContext(text: string, start: number, end: number, core: Core, countedBefore: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (/\b(?:to|from|at|reached|hit|by|totall?ed|numbered|toll of|tally of|total of|figure of|count of|estimate of|target of|goal of|forecast of|crowds? of|attendance of|peak of|high of|low of|level of)\s+$/i.test(before)) return true;
  // "around 8,000 people took part, while organisers claimed 30,000": another estimate of the sentence's count, ending its clause
  if (countedBefore && ESTIMATE_BEFORE.test(before) && /^\s*(?:[,.;:)]|$)/.test(after)) return true;
  // "38,000 runners had registered, 6,000 more than last year": a difference from another count of the same thing
  // "won 142 of the 300 seats, 9 short of a majority": the difference to a threshold (1.29.0)
  if (countedBefore && /^\s+(?:(?:more|fewer|less)\s+than|short\s+of)\b/i.test(after)) return true;
  if (EARLIER_FIGURE_BEFORE.test(before)) return true;
  if (countedBefore && /\bthe\s+$/i.test(before) && RELATIVE_AFTER.test(after)) return true;
  if (/^\s*,?\s*(?:up|down)\s+from\b/i.test(after) || /^\s+from\s/i.test(after)) return true;
  // "two of them" counts; "one of the suspects" picks one out; "11 of them critically", "15 of whom were charged"
  if (core.words && core.value !== 1 && /^\s+of\s+(?:them|those|whom|the)\b/i.test(after)) return true;
  if (!core.words && /^\s+of\s+(?:them|whom)\b/i.test(after)) return true;
  // "cut another 1,000", "the 100,000 needed to force a vote": more of what the sentence counted, or the count it needs
  if (countedBefore && (/\banother\s+$/i.test(before) || (/\bthe\s+$/i.test(before) && /^\s+(?:needed|required)\b/i.test(after)))) return true;
  if (/^\s+(?:were|are|was|died|have been|had been|remain|remained)\b/i.test(after)) return true;
  if (VOTE_SIDE_AFTER.test(after)) return true;
  // "Quake kills 40 in …", "the blast killed 12 and wounded 30": the bare object of a verb of casualty counts people
  if (CASUALTY_VERB_BEFORE.test(before)) return true;
  // "voted 58 to 41": the votes for, before the votes against
  if (/\bvoted\s+$/i.test(before) && /^\s+to\s+\d/.test(after)) return true;
  // "87 of the 150 seats": a part of a counted whole
  if (/^\s+of\s+(?:(?:the|its|their)\s+)?\d/i.test(after)) return true;
  return false;
}
