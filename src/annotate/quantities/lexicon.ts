/**
 * The words the quantities layer reads: number words, scales, vague counts, bound qualifiers,
 * currencies, percent and measure units, and the nouns after a number that are not counted things.
 * Vague counts become ranges (docs/quantities.md lists them and why).
 */
import type { QuantityBound } from '../../doc/schemas/quantities.js';

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words as powers of ten, so "1.2 billion" is read exactly as 1.2e9. */
export const SCALE_EXPONENT: Readonly<Record<string, number>> = { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 };
/** Scale abbreviations, read only after a currency ("$3m", "€1.2bn"): alone, "3m" is three metres. */
export const SCALE_ABBREVIATION: Readonly<Record<string, number>> = { k: 3, m: 6, mn: 6, mln: 6, bn: 9, b: 9, tn: 12, tr: 12 };

/**
 * Vague counts as ranges: the plural of a scale word means at least two of them and fewer than ten
 * of the next ("hundreds" 200–999); "dozens" at least two dozen, below a hundred; "scores" at least
 * two score. "several hundred" is three to nine hundred.
 */
export const VAGUE_COUNTS: Readonly<Record<string, { readonly low: number; readonly high: number | null }>> = {
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  'tens of thousands': { low: 20000, high: 99999 },
  'hundreds of thousands': { low: 200000, high: 999999 },
  millions: { low: 2e6, high: 999999999 },
  'tens of millions': { low: 2e7, high: 99999999 },
  'hundreds of millions': { low: 2e8, high: 999999999 },
  billions: { low: 2e9, high: 999999999999 },
};
/** Fractions of one unit, read before "a percentage point" or "a mile" ("half a percentage point", "a quarter of a mile"). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5, 'a quarter of': 0.25, 'one quarter of': 0.25, 'three quarters of': 0.75,
  'a third of': 1 / 3, 'one third of': 1 / 3, 'two thirds of': 2 / 3, 'a tenth of': 0.1, 'one tenth of': 0.1,
};
/** "several hundred" = 3–9 hundred, "a few thousand" = 2–5 thousand. */
export const VAGUE_MULTIPLIERS: Readonly<Record<string, { readonly low: number; readonly high: number }>> = {
  several: { low: 3, high: 9 },
  'a few': { low: 2, high: 5 },
};

/** Qualifiers before a number, longest first in the pattern built from them. */
export const BOUND_BEFORE: Readonly<Record<string, QuantityBound>> = {
  'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'a minimum of': 'atLeast', 'not less than': 'atLeast',
  'more than': 'moreThan', over: 'moreThan', 'upwards of': 'moreThan', 'in excess of': 'moreThan', above: 'moreThan',
  'just over': 'moreThan', 'well over': 'moreThan', 'just above': 'moreThan', exceeding: 'moreThan',
  'up to': 'upTo', 'as many as': 'upTo', 'at most': 'upTo', 'no more than': 'upTo', 'a maximum of': 'upTo', 'as much as': 'upTo', 'not more than': 'upTo',
  'less than': 'lessThan', 'fewer than': 'lessThan', under: 'lessThan', below: 'lessThan', 'just under': 'nearly',
  about: 'about', around: 'about', some: 'about', roughly: 'about', approximately: 'about', 'an estimated': 'about',
  estimated: 'about', circa: 'about',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just shy of': 'nearly',
};
/** Qualifiers after a number: "64 or more", "40 or so". */
export const BOUND_AFTER: Readonly<Record<string, QuantityBound>> = {
  'or more': 'atLeast', 'or so': 'about', 'or fewer': 'upTo', 'or less': 'upTo', plus: 'atLeast',
};

/** Currency signs and codes before a number. "$" alone is read as US dollars, as news style uses it. */
export const CURRENCY_BEFORE: Readonly<Record<string, string>> = {
  'US$': 'USD', $: 'USD', 'C$': 'CAD', 'A$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', 'R$': 'BRL',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₸': 'KZT', '₮': 'MNT', '₺': 'TRY', '₦': 'NGN',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RUB: 'RUB', CHF: 'CHF', INR: 'INR', KZT: 'KZT', MNT: 'MNT',
};
/** Currency names after a number ("40 million yuan", "2 billion US dollars"). */
export const CURRENCY_AFTER: Readonly<Record<string, string>> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', dollars: 'USD', dollar: 'USD',
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'hong kong dollars': 'HKD', 'singapore dollars': 'SGD',
  euros: 'EUR', euro: 'EUR', 'pounds sterling': 'GBP', pounds: 'GBP', pound: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', rupees: 'INR', rupee: 'INR', tenge: 'KZT', tugriks: 'MNT', tugrik: 'MNT',
  'swiss francs': 'CHF', 'cfa francs': 'XOF', francs: 'CHF', won: 'KRW', lira: 'TRY', reais: 'BRL', rand: 'ZAR', naira: 'NGN', lari: 'GEL', dram: 'AMD', drams: 'AMD', manat: 'AZN', som: 'KGS', hryvnias: 'UAH', hryvnia: 'UAH',
  zlotys: 'PLN', zloty: 'PLN', zlotych: 'PLN', forints: 'HUF', forint: 'HUF', korunas: 'CZK', koruna: 'CZK', kronor: 'SEK', krona: 'SEK',
  baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', leu: 'RON', lei: 'RON', taka: 'BDT', birr: 'ETB',
  cedis: 'GHS', cedi: 'GHS', shillings: 'KES', dirhams: 'AED', riyals: 'SAR', pesos: 'MXN',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rub: 'RUB', chf: 'CHF', inr: 'INR', kzt: 'KZT', mnt: 'MNT',
};
export const PERCENT_AFTER: readonly string[] = ['%', 'percent', 'per cent', 'pct', 'percentage points', 'percentage point'];

/** Measure units after a number, to their canonical unit. */
export const MEASURES: Readonly<Record<string, string>> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mile', mile: 'mile',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', cm: 'cm', centimetres: 'cm', centimeters: 'cm', mm: 'mm', millimetres: 'mm', millimeters: 'mm',
  kg: 'kg', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', grams: 'g', tonnes: 'tonne', tonne: 'tonne', tons: 'tonne', ton: 'tonne',
  'metric tons': 'tonne', 'metric tonnes': 'tonne', barrels: 'barrel', barrel: 'barrel', hectares: 'hectare', hectare: 'hectare',
  acres: 'acre', acre: 'acre', 'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', 'square miles': 'mile2',
  litres: 'litre', liters: 'litre', litre: 'litre', liter: 'litre', gallons: 'gallon', 'cubic metres': 'm3', 'cubic meters': 'm3',
  megawatts: 'MW', megawatt: 'MW', mw: 'MW', gigawatts: 'GW', gigawatt: 'GW', gw: 'GW', degrees: 'degree', degree: 'degree',
  'basis points': 'basis point', 'basis point': 'basis point', bps: 'basis point', bp: 'basis point',
  mph: 'mph', 'km/h': 'km/h', 'kph': 'km/h', bpd: 'barrel/day', 'barrels per day': 'barrel/day', 'barrels a day': 'barrel/day',
  // a temperature (1.29.0): "46.2°C", "45 degrees Celsius"; a bare "C" or "F" only attached to its digits (read.ts)
  '°c': 'degC', '°f': 'degF', 'degrees celsius': 'degC', 'degrees fahrenheit': 'degF', 'celsius': 'degC', 'fahrenheit': 'degF',
};
/** Measure abbreviations read attached to their digits ("212mm", "30cm", "45C"); "3m" stays a scale or a label. */
export const ATTACHED_MEASURES: Readonly<Record<string, string>> = {
  mm: 'mm', cm: 'cm', km: 'km', kg: 'kg', mph: 'mph', kph: 'km/h', 'km/h': 'km/h', mw: 'MW', gw: 'GW', c: 'degC', f: 'degF',
};
/** What a price or rate is per: "$5,200 a tonne", "$80 per barrel". */
export const PER_UNITS: readonly string[] = [
  'tonne', 'ton', 'barrel', 'pound', 'ounce', 'kg', 'kilogram', 'litre', 'liter', 'gallon', 'share', 'head', 'person', 'dollar',
  'euro', 'unit', 'day', 'week', 'month', 'year', 'hour', 'megawatt-hour', 'kilowatt-hour', 'bushel', 'square metre', 'night',
];

/** Nouns after a number that are not counted things: spans of time (the time layer's), and multipliers. */
export const NOT_COUNTED = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds',
  'decade', 'decades', 'century', 'centuries', 'times', 'time', 'am', 'pm', 'a.m', 'p.m', 'o\'clock', 'gmt', 'utc', 'bc', 'ad',
  'seasons', 'season', 'nights', 'weekends', 'quarters', 'half', 'halves',
  // "two-thirds of the staff", "one fifth": a fraction of a whole, no count
  'third', 'thirds', 'quarter', 'fifth', 'fifths', 'sixth', 'sixths', 'eighth', 'eighths', 'tenth', 'tenths',
]);
/** Nouns ending in -s that are no plurals (diseases, fields, mass nouns): before a plural noun they modify it ("measles cases", "arms shipments"). */
export const S_NOUN_MODIFIERS = new Set([
  'measles', 'mumps', 'rabies', 'diabetes', 'herpes', 'sports', 'arms', 'goods', 'sales', 'savings', 'news', 'customs', 'species',
  'series', 'earnings', 'electronics', 'communications', 'logistics', 'politics', 'economics', 'physics', 'mathematics', 'athletics',
]);
/** Irregular plurals and nouns counted without a plural -s, to their lemma. */
export const IRREGULAR_NOUNS: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', police: 'police', staff: 'staff',
  personnel: 'personnel', cattle: 'cattle', livestock: 'livestock', crew: 'crew', aircraft: 'aircraft', sheep: 'sheep',
  fish: 'fish', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', militia: 'militia', refugees: 'refugee',
  // a coin counted in the singular ("75 bitcoin")
  bitcoin: 'bitcoin', bitcoins: 'bitcoin',
};
/**
 * Words that end a noun phrase after a number: function words, auxiliaries and the commonest verbs,
 * so "40 companies would accompany" reads "companies" and stops.
 */
export const PHRASE_STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'as', 'than',
  'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our', 'your', 'them', 'they',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'not', 'no', 'now', 'then', 'also', 'still', 'yet', 'each', 'per', 'after', 'before', 'since', 'until',
  'during', 'including', 'such', 'more', 'less', 'fewer', 'most', 'last', 'next', 'ago', 'earlier', 'later', 'so', 'if', 'when', 'while',
  'where', 'said', 'says', 'say', 'according', 'against', 'among', 'between', 'about', 'over', 'under', 'up', 'down', 'out', 'off',
]);
/** Modifiers between a number and its noun ("60 new Kazakh companies"). */
export const NOUN_MODIFIERS = new Set([
  'new', 'other', 'additional', 'further', 'extra', 'more', 'armed', 'unarmed', 'foreign', 'local', 'small', 'large', 'major', 'civilian',
  'military', 'senior', 'junior', 'young', 'elderly', 'injured', 'wounded', 'missing', 'displaced', 'dead', 'confirmed', 'registered',
  'bilateral', 'separate', 'private', 'state', 'state-owned', 'public', 'domestic', 'international', 'regional', 'suspected', 'alleged',
  'undocumented', 'active', 'former', 'rescued', 'stranded', 'trapped', 'retired', 'full-time', 'part-time', 'permanent', 'temporary',
  'daily', 'weekly', 'monthly', 'yearly', 'annual', 'quarterly',
]);
/** Words that show a following number is a name or label, not an amount ("Flight 370", "No. 10"). */
export const LABEL_BEFORE = new Set(['no', 'no.', 'number', 'nos', 'page', 'route', 'chapter', 'article', 'resolution', 'flight', 'gate', 'room', 'platform', 'line', 'section', 'item', 'channel', 'highway', 'road', 'group', 'level', 'phase', 'stage', 'round', 'version', 'model', 'category', 'grade', 'class', 'division', 'unit', 'block', 'district', 'ward', 'zone', 'sector', 'bus', 'apartment', 'aged', 'age', 'ages', 'cap']);
/** Adjectives that stand for the people they describe ("200 injured", "40 dead"). */
export const PEOPLE_ADJECTIVES = new Set(['injured', 'wounded', 'dead', 'missing', 'displaced', 'rescued', 'stranded', 'trapped', 'elderly', 'homeless', 'unemployed', 'sick']);
