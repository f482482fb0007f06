/**
 * Word tables for time expressions: month, weekday, season, unit and number words.
 * Regex fragments built here are shared by the parsers so each word list lives in one place.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** ISO weekday numbers: Monday = 1 … Sunday = 7. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** TIMEX3 part-of-day codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNITS: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'week', fortnights: 'week',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};

/** How many base units (of the ISO duration letter) one unit is: a decade is 10 years. */
export const UNIT_DURATION: Readonly<Record<Unit, { readonly letter: string; readonly time: boolean; readonly factor: number }>> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 },
  month: { letter: 'M', time: false, factor: 1 },
  quarter: { letter: 'Q', time: false, factor: 1 },
  year: { letter: 'Y', time: false, factor: 1 },
  decade: { letter: 'Y', time: false, factor: 10 },
  century: { letter: 'Y', time: false, factor: 100 },
};

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

/** Ordinal words up to the thirty-first ("twenty-first" or "twenty first"), enough for any day of a month. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  ...Object.fromEntries(UNIT_ORDINALS.flatMap((w, i) => [[`twenty-${w}`, 21 + i], [`twenty ${w}`, 21 + i]])),
  'thirty-first': 31, 'thirty first': 31,
};

/** Vague quantities: "several years" is a duration of unknown length (PXY). */
const VAGUE = ['a few', 'few', 'several', 'many', 'some', 'a couple of', 'a number of', 'dozens of', 'hundreds of', 'numerous'];

const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');

const smallWords = Object.keys(SMALL);
const tensWords = Object.keys(TENS);
/** A number written in words up to 999 ("twenty-four", "a hundred"), or digits, or "a"/"an", or a vague quantity. */
export const NUM_WORD = `(?:(?:${alt(tensWords)})(?:[-\\s](?:${alt(smallWords)}))?|${alt(smallWords)}|a\\s+hundred|one\\s+hundred|a\\s+dozen|dozen|a\\s+half|half\\s+a|half\\s+an)`;
export const NUM_DIGITS = `\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?`;
export const NUM_VAGUE = `(?:${alt(VAGUE)})`;
export const NUM = `(?:${NUM_DIGITS}|${NUM_WORD}|${NUM_VAGUE}|an?)`;

export const MONTH_WORD = `(?:${alt(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))}|(?:${alt(Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july'))})\\.?)`;
export const WEEKDAY_WORD = `(?:${alt(Object.keys(WEEKDAYS).filter((d) => d.length > 4))}|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\\.)`;
export const SEASON_WORD = `(?:${alt(Object.keys(SEASONS))})`;
export const POD_WORD = `(?:${alt(Object.keys(PARTS_OF_DAY))})`;
export const UNIT_WORD = `(?:${alt(Object.keys(UNITS).filter((u) => !['sec', 'secs', 'min', 'mins', 'hr', 'hrs', 'yr', 'yrs'].includes(u)))})`;
export const ORDINAL_WORD = `(?:${alt(Object.keys(ORDINALS))}|\\d{1,2}(?:st|nd|rd|th))`;

/** An ordinal written in words ("eighth", "twenty-first"), as transcripts write a day of the month. */
export const ORDINAL_WORD_ONLY = `(?:${alt(Object.keys(ORDINALS))})`;

/** Parses a number phrase; null for vague quantities ("several"), which become X in a value. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^an?$/.test(s) || s === 'one') return 1;
  if (/^(a |one )?hundred$/.test(s)) return 100;
  if (/^(a )?dozen$/.test(s)) return 12;
  if (/^(a half|half an?)$/.test(s)) return 0.5;
  if (s === 'a couple of') return 2;
  const frac = /^(\d+)\s+(\d)\/(\d)$/.exec(s);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (s in SMALL) return SMALL[s] ?? null;
  const parts = s.split(/[-\s]/);
  if (parts.length === 2 && parts[0]! in TENS && parts[1]! in SMALL) return TENS[parts[0]!]! + SMALL[parts[1]!]!;
  if (s in TENS) return TENS[s] ?? null;
  return null;
}

export function parseOrdinal(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ');
  const d = /^(\d{1,2})(st|nd|rd|th)$/.exec(s);
  if (d) return Number(d[1]);
  return ORDINALS[s] ?? null;
}

export function monthNumber(raw: string): number | null {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(raw: string): number | null {
  return WEEKDAYS[raw.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function unitOf(raw: string): Unit | null {
  return UNITS[raw.toLowerCase()] ?? null;
}
