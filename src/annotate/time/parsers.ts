/**
 * Candidate generators. Each parser is one regular expression over the raw text plus a builder that turns a
 * match into a Candidate stating only what the words say. Overlaps, negative cases and modifiers are the
 * refiners' business (refiners.ts); anchoring is the resolver's (resolve.ts).
 */
import type { Candidate, CalendarSem, Dir, Sem, ShiftUnit, VagueKey } from './candidate.js';
import {
  MONTHS, UNITS, MONTH_WORD, NUM, NUM_DIGITS, NUM_VAGUE, NUM_WORD, ORDINAL_WORD, ORDINAL_WORD_ONLY, PARTS_OF_DAY, POD_WORD, SEASONS, SEASON_WORD, UNIT_DURATION, UNIT_WORD,
  WEEKDAY_WORD, monthNumber, parseNumber, parseOrdinal, unitOf, weekdayNumber, type Unit,
} from './lexicon.js';
import type { TimexType } from '../../doc/schemas/time.js';
import { quotationClass } from '../text/quotes.js';
import { isAsciiDigit, isAsciiLetter } from '../text/chars.js';
import { AsciiWordSet } from '../text/ascii-words.js';
import { tenseCues } from './tense.js';

type Groups = Record<string, string | undefined>;

export interface Parser {
  readonly name: string;
  /**
   * Words (lowercase; '#digit' = any number) of which every match contains at least one. The parser's
   * regex only runs over sentences holding a trigger, which keeps the whole pass near one token scan.
   */
  readonly triggers: readonly string[];
  readonly re: RegExp;
  build(g: Groups, m: RegExpExecArray, text: string, offset: number): Omit<Candidate, 'start' | 'end' | 'rule'> | null;
}

const TZ = '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|JST|KST|IST|HKT|SGT|AEST|AEDT|MSK|Z)';
/** What makes four digits a clock time on wire copy ("1430 GMT", "1900 local time"), not a year. */
const MIL_ZONE = String.raw`(?:(?:GMT|UTC)\b|local\s+time\b)`;
const TZ_OFFSETS: Readonly<Record<string, string>> = {
  EST: '-05', EDT: '-04', CST: '-06', CDT: '-05', MST: '-07', MDT: '-06', PST: '-08', PDT: '-07', GMT: 'Z', UTC: 'Z',
  Z: 'Z', BST: '+01', CET: '+01', CEST: '+02', EET: '+02', EEST: '+03', JST: '+09', KST: '+09', IST: '+05:30',
  HKT: '+08', SGT: '+08', AEST: '+10', AEDT: '+11', MSK: '+03',
};

const MONTH_TRIGGERS = Object.keys(MONTHS);
const WEEKDAY_TRIGGERS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ALT = WEEKDAY_TRIGGERS.join('|');
const POD_TRIGGERS = ['morning', 'afternoon', 'evening', 'night', 'overnight'];
const UNIT_TRIGGERS = Object.keys(UNITS);
const EVENT_NOUNS = ['summit', 'election', 'elections', 'vote', 'referendum', 'talks', 'meeting', 'visit', 'conference', 'war',
  'ceremony', 'games', 'olympics', 'inauguration', 'session', 'holiday', 'holidays', 'deadline', 'trial', 'hearing',
  'negotiations', 'ceasefire', 'truce', 'launch', 'opening', 'funeral', 'tournament', 'championship', 'poll', 'polls',
  'primary', 'primaries', 'runoff', 'congress', 'convention', 'festival', 'census', 'forum', 'assembly', 'parade',
  'anniversary', 'plenary', 'recess', 'handover', 'ballot'];

const re = (src: string, flags = 'gid'): RegExp => new RegExp(src, flags);
/** A year read out: "nineteen ninety-six" (groups c, yy), "the year two thousand (and) one" (y2). */
const SPELLED_YEAR = String.raw`(?<c>nineteen|eighteen)[\s-]+(?<yy>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|the\s+year\s+two\s+thousand(?:\s+and)?(?:[\s-]+(?<y2>one|two|three|four|five|six|seven|eight|nine|ten))?`;
const spelledYear = (g: Groups): number =>
  g.c ? (g.c.toLowerCase() === 'nineteen' ? 1900 : 1800) + (parseNumber(g.yy!.replace(/\s+/g, '-')) ?? 0) : 2000 + (g.y2 ? parseNumber(g.y2) ?? 0 : 0);
/** A word, an amount, an opening quote or a bracket: what starts the event phrase after "two days before". */
const STARTS_PHRASE = new RegExp(`^\\s*[\\w$${quotationClass('open')}(]`);
const cal = (s: Omit<CalendarSem, 'kind'>): CalendarSem => ({ kind: 'cal', ...s });
const date = (sem: Sem, extra: Partial<Candidate> = {}): Omit<Candidate, 'start' | 'end' | 'rule'> => ({
  type: 'DATE', sem, timex3: true, ...extra,
});
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

function dirOf(raw: string | undefined): Dir {
  if (!raw) return null;
  const s = raw.toLowerCase().replace(/\s+/g, ' ');
  if (s === 'last' || s === 'past' || s === 'this past' || s === 'previous') return 'last';
  if (s === 'next' || s === 'coming' || s === 'this coming') return 'next';
  return 'this';
}

function podOf(raw: string | undefined): string | undefined {
  return raw ? PARTS_OF_DAY[raw.toLowerCase()] : undefined;
}

function fullYear(raw: string): number {
  const y = Number(raw);
  if (raw.length === 2) return y < 50 ? 2000 + y : 1900 + y;
  return y;
}

/** An ISO 8601 duration for n units; fractions spill into the next smaller unit (2 1/2 years = P2Y6M). */
export function durationValue(n: number | null, unit: Unit): string {
  const u = UNIT_DURATION[unit];
  const t = u.time ? 'T' : '';
  if (n === null) return `P${t}X${unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : u.letter}`;
  if (unit === 'quarter') return `P${fmtNum(n * 3)}M`;
  const total = n * u.factor;
  if (Number.isInteger(total)) return `P${t}${total}${u.letter}`;
  const whole = Math.floor(total);
  const frac = total - whole;
  const spill: Record<string, { letter: string; per: number; time: boolean }> = {
    Y: { letter: 'M', per: 12, time: false }, M: { letter: 'D', per: 30, time: false },
    W: { letter: 'D', per: 7, time: false }, D: { letter: 'H', per: 24, time: true }, H: { letter: 'M', per: 60, time: true },
  };
  const sp = unit === 'minute' ? { letter: 'S', per: 60, time: true } : u.time && u.letter === 'M' ? undefined : spill[u.letter];
  if (!sp) return `P${t}${fmtNum(total)}${u.letter}`;
  const small = Math.round(frac * sp.per);
  const head = whole ? `${whole}${u.letter}` : '';
  if (sp.time && !u.time) return `P${head}T${small}${sp.letter}`;
  return `P${t}${head}${small}${sp.letter}`;
}
const fmtNum = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Months in a year-sized unit, to count "two and a half years ago" back in months. */
const YEAR_MONTHS: Partial<Record<Unit, number>> = { year: 12, decade: 120, century: 1200 };

const SET_ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', bimonthly: 'P2M',
  yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H',
};

/** An amount right before "a year": a number, a percentage, "times"/"once"/"twice", or a scale word ("$2 million"). */
const RATE_AMOUNT = /(?:\d|percent|%|\btimes|\bonce|\btwice|\bthrice|\b(?:hundred|thousand|million|billion|trillion)s?|\bcents?)\s*$/i;
/** A counted plural right before "a year": "700 seats", "fifty thousand CDs", "hundreds of interviews", "four flights". */
const RATE_COUNTED = new RegExp(String.raw`(?:\d|\b(?:${NUM_WORD}|dozens|hundreds|thousands|millions|several|many))(?:\s+of)?\s+(?:[a-z-]+\s+)?[A-Za-z-]+s\s+$`, 'i');
/** Words that end in -s but are no counted nouns: "for as long as a year", "in less than a week". */
const NOT_COUNTED = /\b(?:as|is|was|has|its|this|thus|plus|less|his|hers|ours|yours|theirs|always|perhaps|across|unless|besides)\s+$/i;

/** What follows a stretch, not a rate: "three suspects a day after the attack", "a week or so", "a month of talks". */
const NOT_RATE_AFTER = /^\s*(?:after|before|later|earlier|ago|or|of|from|since|into|when)\b/i;

/**
 * Whether "a year"/"a day" between `before` and `after` is a rate ("$5 a year", "700 seats a week") rather
 * than a stretch ("in a year", "arrested three suspects a day after the attack").
 */
function isRate(before: string, after: string): boolean {
  if (NOT_RATE_AFTER.test(after)) return false;
  return RATE_AMOUNT.test(before) || (RATE_COUNTED.test(before) && !NOT_COUNTED.test(before));
}

/** A lowercase word after a hyphenated term that makes it an adjective: a noun, not a function word. */
const ADJECTIVE_NEXT = /^[ \t]+(?!(?:as|and|or|but|because|if|when|while|than|to|for|of|in|on|at|is|are|was|were|will|would|could|may|might|should|the|a|an|that|this|with|by)\b)[a-z]/;

/** Whether the word right after `end` is a past-tense verb ("soon became", "soon released"), as the tense cues read it. */
function pastVerbNext(text: string, end: number): boolean {
  const cue = tenseCues(text, end, Math.min(text.length, end + 24))[0];
  return cue !== undefined && cue.tense === 'past' && !anyWordBetween(text, end, cue.pos);
}
const anyWordBetween = (text: string, from: number, to: number): boolean => /\S/.test(text.slice(from, to));

/** A date right after "most recently": "in June", "on Friday", "last October", "two weeks ago", "in 2011". */
const DATE_NEXT = new RegExp(String.raw`^,?\s+(?:(?:in|on|at|during|last|this|early|late)\s+)?(?:${MONTH_WORD}|${WEEKDAY_WORD}|(?:1[89]|20)\d\d\b|yesterday\b|today\b|(?:this|last)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|earlier\s+this\b|(?:\d+|${NUM_WORD})\s+(?:days|weeks|months|years)\s+ago\b)`, 'i');

const FUTURE_PHRASES: ReadonlyArray<{ re: string; key: VagueKey; value: 'FUTURE_REF' | 'PAST_REF' | 'PRESENT_REF' }> = [
  { re: 'the\\s+(?:very\\s+)?near\\s+future', key: 'near-future', value: 'FUTURE_REF' },
  { re: 'the\\s+(?:foreseeable|not[-\\s]too[-\\s]distant|not[-\\s]so[-\\s]distant|immediate)\\s+future', key: 'foreseeable-future', value: 'FUTURE_REF' },
  { re: 'the\\s+(?:near|short)[-\\s]term', key: 'near-term', value: 'FUTURE_REF' },
  // ("in the long run" is "in the end", no time: TimeBank leaves it untagged)
  { re: 'the\\s+(?:long|medium)[-\\s]term', key: 'long-term', value: 'FUTURE_REF' },
  { re: 'the\\s+(?:distant\\s+)?future', key: 'future', value: 'FUTURE_REF' },
  { re: 'an\\s+early\\s+date', key: 'early-date', value: 'FUTURE_REF' },
  { re: '(?:a|some)\\s+(?:later|future)\\s+date', key: 'future', value: 'FUTURE_REF' },
  { re: 'as\\s+soon\\s+as\\s+possible', key: 'asap', value: 'FUTURE_REF' },
  { re: 'soon', key: 'soon', value: 'FUTURE_REF' },
  { re: 'shortly', key: 'shortly', value: 'FUTURE_REF' },
  { re: 'due\\s+course', key: 'near-future', value: 'FUTURE_REF' },
  { re: 'recently|lately', key: 'recently', value: 'PAST_REF' },
  { re: 'the\\s+(?:recent\\s+|distant\\s+)?past', key: 'past', value: 'PAST_REF' },
  { re: 'recent\\s+(?:years|decades|times|history)', key: 'recent-period', value: 'PAST_REF' },
  { re: 'now|currently|nowadays|presently|these\\s+days|the\\s+present(?:\\s+day)?|present|the\\s+moment|this\\s+(?:[a-z]+\\s+)?moment', key: 'present', value: 'PRESENT_REF' },
];

/** What may follow the last day of "April 24 and 25": a stop, a name or a function word, not a counted noun ("and 25 people"). */
const AFTER_COORDINATED_DAY = /^(?:\s*(?:[,.;:)!?"'\u2019\u201d]|$)|\s+(?:(?:in|at|on|for|to|and|or|when|while|with|was|were|is|are|will|would|has|have|had|that|which|during|before|after|by|from)\b|[A-Z]))/;

/** A count or a vague amount right before a plural unit ("forty years", "several years", "a few days"). */
const NUMBER_BEFORE = new RegExp(String.raw`(?:\d|\b(?:${NUM_WORD}|${NUM_VAGUE}|hundreds|thousands|dozens|many|few|some|two|three|several|couple\s+of))[\s-]*$`, 'i');

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

const RANGE_CONJ = String.raw`-|–|—|to|through|thru|until|till|and`;

/**
 * Whether "X to Y" is a range. A move ("postponed from June 18 to June 25", "moved Monday to
 * Wednesday") names two dates, not a span; "and" makes a range only after "between".
 */
function rangeReading(conj: string, before: string): boolean {
  if (/\b(?:postpon|mov|shift|push|delay|reschedul|brought|bring|advanc|chang)\w*\b(?:\s+\w+){0,3}\s+(?:from\s+)?$/i.test(before)) return false;
  return conj.toLowerCase() !== 'and' || /\bbetween\s+$/i.test(before);
}

/** A day range within a month or across two: the first day is the candidate's meaning, the last its `until`. */
function rangeOf(g: Groups, m: RegExpExecArray, text: string, month: number, month2: number | undefined): Omit<Candidate, 'start' | 'end' | 'rule'> | null {
  if (!rangeReading(g.conj!, text.slice(Math.max(0, m.index - 40), m.index))) return null;
  const d = Number(g.d);
  const d2 = Number(g.d2);
  // "June 18-19" needs the last day after the first; "June 30-July 2" crosses a month
  if (month2 === undefined && d2 <= d) return null;
  const year = num(g.y);
  return date(cal({ year, month, day: d }), { until: cal({ year, month: month2 ?? month, day: d2 }) });
}

/** "today's youth", "many of today's personal computers": the present age, not the day (TimeBank leaves it untagged). */
/** A day named just before a comma ("Oct. 12, ", "Friday, "): what an appositive "the day" stands for. */
const APPOSED_TO_DAY = String.raw`(?:\b\d{1,2}|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today))\s*,\s+`;
const GENERIC_NOW = String.raw`(?:world|youth|society|generation|children|kids|young|youngsters|teenagers|students|standards|economy|culture|technology|computers|consumers|families|women|men|politics|media)\b`;

export const PARSERS: readonly Parser[] = [
  {
    name: 'iso-date',
    triggers: ['#digit'],
    re: re(String.raw`\b(?<t>(?<y>\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\d|3[01]))(?![\d-])`),
    build: (g) => date(cal({ year: num(g.y)!, month: num(g.m)!, day: num(g.d)! })),
  },
  {
    name: 'numeric-date',
    triggers: ['#digit'],
    re: re(String.raw`(?<![\d/.])(?<t>(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])/(?<y>\d{4}|\d{2}))(?![\d/])`),
    build: (g) => date(cal({ year: fullYear(g.y!), month: num(g.m)!, day: num(g.d)! })),
  },
  {
    name: 'month-day',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?:(?<wd>${WEEKDAY_WORD}),?\s+)?(?<mo>${MONTH_WORD})\s+(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]\d)(?:,?\s+(?<y>1[0-9]\d\d|20\d\d)(?!\d))?)\b`),
    build: (g) => date(cal({ year: num(g.y), month: monthNumber(g.mo!)!, day: num(g.d)! })),
  },
  {
    // "Sunday, March eighth", "the twenty-first of February": a day read out, as transcripts write it; the
    // month must be a capitalised name other than "May" ("may second the motion" is no date)
    name: 'month-ordinal-day',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?:(?:(?:this\s+)?(?:coming|past)\s+|this\s+|next\s+|last\s+)?(?<wd>${WEEKDAY_WORD}),?\s+)?(?:(?<mo>${MONTH_WORD})\s+(?:the\s+)?(?<o>${ORDINAL_WORD_ONLY})|the\s+(?<o2>${ORDINAL_WORD_ONLY})\s+of\s+(?<mo2>${MONTH_WORD})))(?![\w-])`),
    build: (g) => {
      const mo = (g.mo ?? g.mo2)!;
      if (!/^[A-Z]/.test(mo) || /^may$/i.test(mo)) return null;
      const day = parseOrdinal((g.o ?? g.o2)!);
      return day ? date(cal({ month: monthNumber(mo)!, day })) : null;
    },
  },
  {
    // "April 24 and 25", "May 3, 4 or 5": a later day joined to a month-day is a date of its own in the same month
    // (TimeBank tags "[April 24] and [25]"); not a count ("on April 24 and 25 people died")
    name: 'and-day',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`(?<=\b(?<mo>${MONTH_WORD})\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)*,?\s+(?:and|or)\s+)(?<t>(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)(?![\w%]|[.,:]\d)`),
    build: (g, m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!AFTER_COORDINATED_DAY.test(after)) return null;
      return date(cal({ month: monthNumber(g.mo!)!, day: num(g.d)! }));
    },
  },
  {
    name: 'day-month',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?:(?<wd>${WEEKDAY_WORD}),?\s+)?(?:the\s+)?(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mo>${MONTH_WORD})(?:,?\s+(?<y>1[0-9]\d\d|20\d\d)(?!\d))?)\b`),
    build: (g) => date(cal({ year: num(g.y), month: monthNumber(g.mo!)!, day: num(g.d)! })),
  },
  {
    name: 'month-day-range',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<mo>${MONTH_WORD})\s+(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?<conj>${RANGE_CONJ})\s*(?:(?<mo2>${MONTH_WORD})\s+)?(?<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.]\d)(?:,?\s+(?<y>1[0-9]\d\d|20\d\d)(?!\d))?)\b(?!\s*(?:%|percent|per\s*cent))`),
    build: (g, m, text) => rangeOf(g, m, text, monthNumber(g.mo!)!, g.mo2 ? (monthNumber(g.mo2) ?? undefined) : undefined),
  },
  {
    name: 'day-month-range',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+(?<mo>${MONTH_WORD}))?\s*(?<conj>${RANGE_CONJ})\s*(?<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mo2>${MONTH_WORD})(?:,?\s+(?<y>1[0-9]\d\d|20\d\d)(?!\d))?)\b`),
    build: (g, m, text) => {
      const last = monthNumber(g.mo2!)!;
      return rangeOf(g, m, text, g.mo ? monthNumber(g.mo)! : last, g.mo ? last : undefined);
    },
  },
  {
    name: 'weekday-range',
    triggers: WEEKDAY_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?<conj>${RANGE_CONJ})\s*(?<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\w-])`),
    build: (g, m, text) => {
      if (!rangeReading(g.conj!, text.slice(Math.max(0, m.index - 40), m.index))) return null;
      return date(cal({ weekday: weekdayNumber(g.wd!)! }), { until: cal({ weekday: weekdayNumber(g.wd2!)! }) });
    },
  },
  {
    name: 'month-year',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<mo>${MONTH_WORD}),?\s+(?:of\s+)?(?<y>1[0-9]\d\d|20\d\d))(?!\d)`),
    build: (g) => date(cal({ year: num(g.y)!, month: monthNumber(g.mo!)! })),
  },
  {
    // "the week of March 6": the (ISO) week holding that day
    name: 'week-of',
    triggers: ['week'],
    re: re(String.raw`\b(?<t>the\s+week\s+of\s+(?<mo>${MONTH_WORD})\s+(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?<y>1[0-9]\d\d|20\d\d)(?!\d))?)(?![\w-])`),
    build: (g) => date(cal({ year: num(g.y), month: monthNumber(g.mo!)!, day: num(g.d)!, weekOf: true })),
  },
  {
    name: 'month-rel-year',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<mo>${MONTH_WORD})\s+(?:of\s+)?(?<yd>this|last|next)\s+year)\b`),
    build: (g) => {
      const yd = g.yd!.toLowerCase();
      return date({ kind: 'cal', month: monthNumber(g.mo!)!, yearShift: yd === 'last' ? -1 : yd === 'next' ? 1 : 0 });
    },
  },
  {
    name: 'month',
    triggers: MONTH_TRIGGERS,
    re: re(String.raw`\b(?<t>(?:(?<dir>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?(?<mo>${MONTH_WORD}))(?![\w-])`),
    build: (g) => date(cal({ month: monthNumber(g.mo!)!, dir: dirOf(g.dir) })),
  },
  {
    name: 'year',
    triggers: ['#digit'],
    // a hyphen before the year only after an edge word ("mid-1996"), not in a range or a code ("1994-1996", "F-1996")
    re: re(String.raw`(?<![$£€#\d,./])(?:(?<=\b(?:mid|early|late)-)|(?<!-))\b(?<t>(?:(?:fiscal|calendar)\s+(?:year\s+)?|(?:the\s+)?year\s+)?(?<y>1[5-9]\d\d|20\d\d))(?![\d%,.]\d|\d|\s*(?:%|percent|per\s*cent)|\s*${MIL_ZONE})`),
    build: (g) => date(cal({ year: num(g.y)! })),
  },
  {
    // "post-1959 politics", "pre-1990 levels": the year, and the side of it that the prefix states
    name: 'prefixed-year',
    triggers: ['#digit'],
    re: re(String.raw`(?<![\w-])(?<t>(?<pp>pre|post)-(?<y>1[5-9]\d\d|20\d\d))(?![\w-])`),
    build: (g) => date(cal({ year: num(g.y)! }), { mod: /^pre/i.test(g.pp!) ? 'BEFORE' : 'AFTER' }),
  },
  {
    // a year read out, as broadcast transcripts write it: "nineteen ninety-six", "the year two thousand"
    name: 'spelled-year',
    triggers: ['nineteen', 'eighteen', 'thousand'],
    re: re(String.raw`\b(?<t>${SPELLED_YEAR})(?![\w-])(?!\s+(?:people|persons|percent|dollars|times|years|of\b))`),
    build: (g) => date(cal({ year: spelledYear(g) })),
  },
  {
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or season of a year read out
    name: 'month-spelled-year',
    triggers: ['nineteen', 'eighteen', 'thousand'],
    re: re(String.raw`\b(?<t>(?:(?<mo>${MONTH_WORD})|(?:the\s+)?(?<s>${SEASON_WORD}))\s+(?:of\s+)?(?:${SPELLED_YEAR}))(?![\w-])`),
    build: (g) => date(cal({ year: spelledYear(g), ...(g.mo ? { month: monthNumber(g.mo)! } : { season: SEASONS[g.s!.toLowerCase()]! }) })),
  },
  {
    // "in the 1988 period", "the 1989 quarter": a results period named by its year
    name: 'year-period',
    triggers: ['period', 'quarter'],
    re: re(String.raw`\b(?<t>the\s+(?<y>1[5-9]\d\d|20\d\d)\s+(?:fiscal\s+)?(?<p>period|quarter))(?![\w-])`),
    build: (g, m, text, offset) => {
      const year = num(g.y)!;
      if (g.p!.toLowerCase() === 'quarter') return date(cal({ year, latestPeriod: 'quarter' }));
      // "In the first nine months, net was ... in the 1988 period": a period its sentence names before it
      if (/\b(?:months|half|year)\b/i.test(text.slice(offset, m.index))) return date(cal({ year }));
      return date(cal({ year, latestPeriod: 'quarter', resultsPeriod: true }));
    },
  },
  {
    name: 'decade',
    triggers: ['#digit'],
    // "the '80s", "the late ’90s": the apostrophe follows a space or a hyphen, so the word boundary belongs to the
    // four-digit form only; a two-digit decade is one of the twentieth century's ("'00s", "'10s" say no century)
    re: re(String.raw`(?<t>\b(?<c>1[5-9]|20)(?<d>\d)0s|(?<![\w'\u2018\u2019])['\u2018\u2019](?<d2>[2-9])0s)(?!\w)`),
    build: (g) => {
      const decade = g.c ? Number(g.c) * 10 + Number(g.d) : 190 + Number(g.d2);
      return date(cal({ decade }));
    },
  },
  {
    // "the nineties", "the early eighties": a decade in words is one of the twentieth century's
    name: 'decade-word',
    triggers: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    re: re(String.raw`\b(?<t>the\s+(?:(?<e>early|mid|late)[\s-]+)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])`),
    build: (g) => {
      const decade = 190 + DECADE_WORDS.indexOf(g.w!.toLowerCase()) + 2;
      const e = g.e?.toLowerCase();
      return date(cal({ decade }), e ? { mod: e === 'early' ? 'START' : e === 'late' ? 'END' : 'MID' } : {});
    },
  },
  {
    name: 'century',
    triggers: ['century'],
    re: re(String.raw`\b(?<t>(?:the\s+)?(?<o>${ORDINAL_WORD})\s+century)\b`),
    build: (g) => {
      const o = parseOrdinal(g.o!);
      return o ? date(cal({ century: o - 1 })) : null;
    },
  },
  {
    name: 'quarter',
    triggers: ['quarter'],
    re: re(String.raw`\b(?<t>(?:the\s+)?(?:(?<yr>\d{4})(?:'s)?\s+|(?<ydir>this|last|next)\s+year's\s+)?(?:(?<fy>fiscal|calendar|year-earlier|year-ago)[\s-]+)?(?<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:(?:fiscal\s+)?(?<y>\d{4})|(?<ydir2>this|last|next)\s+year))?)\b`),
    build: (g) => {
      const q = parseOrdinal(g.o!)!;
      const y = g.y ?? g.yr;
      if (y) return date(cal({ year: Number(y), quarter: q }));
      const yd = (g.ydir ?? g.ydir2)?.toLowerCase();
      if (yd || /year-(?:earlier|ago)/i.test(g.fy ?? '')) {
        // the year is relative: resolve "quarter q of (DCT year + n)" via a quarter-stated shift
        const n = yd === 'last' || !yd ? -1 : yd === 'next' ? 1 : 0;
        return date(cal({ quarter: q, dir: n === -1 ? 'last' : n === 1 ? 'next' : 'this' }));
      }
      return date(cal({ quarter: q }));
    },
  },
  {
    name: 'latest-quarter',
    triggers: ['quarter', 'period'],
    re: re(String.raw`\b(?<t>the\s+(?:(?<adj>latest|last|previous|past|recent|most\s+recent|current|year-earlier|year-ago|same|comparable|corresponding)\s+)?(?:fiscal\s+)?(?<p>quarter|period))(?![\w-])(?=(?:\s+end(?:ed|ing)\s+(?<em>${MONTH_WORD})\s+\d\d?(?:,\s+(?<ey>1[5-9]\d\d|20\d\d))?)?)`),
    build: (g) => {
      const adj = (g.adj ?? '').toLowerCase();
      const period = g.p!.toLowerCase();
      if (period === 'period' && !adj) return null;
      if (adj === 'current') return date({ kind: 'shift', unit: 'quarter', n: 0, from: 'dct' });
      // "the quarter ended July 31": a fiscal quarter is the calendar quarter holding most of its three
      // months, the one of the month before the end month (May-July is Q2, as TimeBank writes it)
      const endMonth = g.em && /^(?:|latest|last|recent|most\s+recent)$/.test(adj) ? monthNumber(g.em) : null;
      if (endMonth) {
        const quarter = Math.floor(((endMonth + 10) % 12) / 3) + 1;
        // a January end leaves most of the quarter in the year before
        return date(cal({ quarter, ...(g.ey ? { year: Number(g.ey) - (endMonth === 1 ? 1 : 0) } : {}) }));
      }
      if (adj === 'year-earlier' || adj === 'year-ago' || adj === 'comparable' || adj === 'corresponding' || adj === 'same') {
        return date(cal({ latestPeriod: 'quarter', dir: 'last' }));
      }
      return date(cal({ latestPeriod: 'quarter' }));
    },
  },
  {
    name: 'half-year',
    triggers: ['half'],
    re: re(String.raw`\b(?<t>(?:the\s+)?(?<o>first|second|last|latter)\s+half\s+of\s+(?:(?<y>\d{4})|(?<ydir>this|last|next|the)\s+year))\b`),
    build: (g) => {
      const h = /first/i.test(g.o!) ? 1 : 2;
      if (g.y) return date(cal({ year: Number(g.y), half: h }));
      const yd = (g.ydir ?? 'this').toLowerCase();
      return date(cal({ half: h, dir: yd === 'last' ? 'last' : yd === 'next' ? 'next' : 'this' }));
    },
  },
  {
    name: 'season',
    triggers: Object.keys(SEASONS),
    re: re(String.raw`\b(?<t>(?:(?<dir>last|next|this|this\s+past|this\s+coming|coming|past)\s+|the\s+)?(?<s>${SEASON_WORD})(?:\s+(?:of\s+)?(?<y>1[5-9]\d\d|20\d\d)|\s+of\s+(?<yd>this|last|next)\s+year)?)(?![\w-])`),
    build: (g) => {
      const season = SEASONS[g.s!.toLowerCase()]!;
      // "the spring of last year": that year's season, as "March of last year" is that year's month
      const yd = g.yd?.toLowerCase();
      if (yd) return date(cal({ season, yearShift: yd === 'last' ? -1 : yd === 'next' ? 1 : 0 }));
      return date(cal({ season, year: num(g.y), dir: dirOf(g.dir) }));
    },
  },
  {
    // "closed on Sundays", "on Friday nights", "on Monday and Tuesday nights": a day that recurs each week is a SET
    // ("Sunday's vote", "Friday night" stay one day); a day joined to a plural part of the day shares it
    name: 'weekday-set',
    triggers: [...WEEKDAY_TRIGGERS.map((d) => `${d}s`), ...WEEKDAY_TRIGGERS],
    re: re(String.raw`\b(?<t>(?<wd>${WEEKDAY_ALT})(?:s|\s+(?<pod>mornings|afternoons|evenings|nights))|(?<wd1>${WEEKDAY_ALT})(?=(?:\s*,)?\s+(?:and|or)\s+(?:${WEEKDAY_ALT})\s+(?<pod1>mornings|afternoons|evenings|nights)\b))(?![\w'\u2019-])`),
    build: (g) => {
      const pod = podOf((g.pod ?? g.pod1)?.toLowerCase().replace(/s$/, ''));
      return { type: 'SET', sem: { kind: 'literal', value: `XXXX-WXX-${weekdayNumber((g.wd ?? g.wd1)!)}${pod ? `T${pod}` : ''}` }, timex3: true };
    },
  },
  {
    name: 'weekday',
    triggers: WEEKDAY_TRIGGERS,
    re: re(String.raw`\b(?<t>(?:(?<dir>last|next|this|this\s+past|this\s+coming|coming|past)\s+|the\s+(?<rdir>previous|preceding|following)\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?<pod>${POD_WORD}))?)(?![\w-])`),
    build: (g) => {
      const pod = podOf(g.pod);
      // "the previous Friday", "the following Monday": counted from the day in focus, not from the report
      const refDir = g.rdir ? (/^follow/i.test(g.rdir) ? 'after' : 'before') : undefined;
      // TimeBank types "Friday night" as a DATE (a day, narrowed), unlike a clock time
      return { type: 'DATE', sem: cal({ weekday: weekdayNumber(g.wd!)!, dir: dirOf(g.dir), pod, ...(refDir ? { refDir } : {}) }), timex3: true };
    },
  },
  {
    name: 'weekend',
    triggers: ['weekend'],
    re: re(String.raw`\b(?<t>(?:the|this|that)\s+weekend)(?![\w-])`),
    build: (g, m) => date(cal({ weekend: true, dir: /^this/i.test(m[0]) ? 'this' : null })),
  },
  {
    name: 'deictic-day',
    triggers: ['today', 'yesterday', 'tomorrow', 'tonight'],
    re: re(String.raw`\b(?<t>(?:the\s+day\s+(?<dd>before|after)\s+)?(?<w>today|yesterday|tomorrow|tonight)(?!'s\s+(?:\w+\s+)?${GENERIC_NOW})(?:\s+(?<pod>${POD_WORD}))?)(?![\w-])`),
    build: (g) => {
      const w = g.w!.toLowerCase();
      let n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (g.dd) n += g.dd.toLowerCase() === 'before' ? -1 : 1;
      const pod = w === 'tonight' ? 'NI' : podOf(g.pod);
      return { type: pod ? 'TIME' : 'DATE', sem: { kind: 'shift', unit: 'day', n, from: 'dct', pod }, timex3: true };
    },
  },
  {
    name: 'this-pod',
    triggers: POD_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<dir>this|last)\s+(?<pod>morning|afternoon|evening|night))\b`),
    build: (g) => {
      const last = g.dir!.toLowerCase() === 'last';
      const pod = podOf(g.pod)!;
      return { type: 'TIME', sem: { kind: 'shift', unit: 'day', n: last && pod === 'NI' ? -1 : last ? -1 : 0, from: 'dct', pod }, timex3: true };
    },
  },
  {
    name: 'relative-unit',
    triggers: ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century'],
    re: re(String.raw`\b(?<t>(?<the>the\s+)?(?<dir>last|past|next|coming|previous|preceding|following|this|current|same|this\s+past|this\s+coming|that|upcoming)\s+(?<u>week|weekend|month|year|quarter|decade|century|fiscal\s+year))(?![\w-])`),
    build: (g) => {
      const d = g.dir!.toLowerCase().replace(/\s+/g, ' ');
      const u: ShiftUnit = g.u!.toLowerCase() === 'weekend' ? 'weekend' : (unitOf(g.u!.toLowerCase().replace('fiscal ', ''))!);
      const n = ['last', 'past', 'previous', 'preceding', 'this past'].includes(d) ? -1
        : ['next', 'coming', 'following', 'this coming', 'upcoming'].includes(d) ? 1 : 0;
      const fromRef = ['previous', 'preceding', 'following', 'that', 'same'].includes(d);
      // "in the past year": TimeBank dates it as the year before the report's (both of TBAQ's cases)
      if (g.the && (d === 'past' || d === 'last') && u === 'year') return date({ kind: 'shift', unit: u, n: -1, from: 'dct' });
      if (g.the && (d === 'past' || d === 'last') && u !== 'weekend') {
        // "the past year": a stretch of time ending now
        return { type: 'DURATION', sem: { kind: 'literal', value: durationValue(1, u as Unit) }, timex3: true };
      }
      return date({ kind: 'shift', unit: u, n, from: fromRef ? 'ref' : 'dct' });
    },
  },
  {
    // "The year before, it made a profit": a step from the date last mentioned; "the year before the war"
    // hangs on an event instead, so only a clause break may follow
    name: 'anaphoric-unit',
    triggers: ['week', 'month', 'year'],
    re: re(String.raw`\b(?<t>the\s+(?<u>week|month|year)\s+(?<ba>before|after))(?=\s*[,.;:]|\s*$)`),
    build: (g) => date({ kind: 'shift', unit: unitOf(g.u!.toLowerCase())!, n: g.ba!.toLowerCase() === 'after' ? 1 : -1, from: 'ref' }),
  },
  {
    name: 'anaphoric-day',
    triggers: ['day', ...POD_TRIGGERS],
    // "Oct. 12, the day before the plunge": an appositive "the day" is the date before it, and "before the
    // plunge" relates an event to it (a signal), so the expression is "the day" alone
    re: re(String.raw`\b(?<t>(?:that(?:\s+same|\s+very)?|the\s+same|the\s+very)\s+(?<u>day|morning|afternoon|evening|night)|the\s+(?<d2>next|following|previous|preceding)\s+(?<u2>day|morning|afternoon|evening|night)|(?<=${APPOSED_TO_DAY})(?<app>the\s+day)(?=\s+(?:before|after)\s+[A-Za-z])|the\s+day\s+(?<ba>before|after))(?![\w-])`),
    build: (g) => {
      const u = (g.u ?? g.u2 ?? 'day').toLowerCase();
      const d = g.app ? '' : (g.d2 ?? g.ba ?? '').toLowerCase();
      const n = d === 'next' || d === 'following' || d === 'after' ? 1 : d === 'previous' || d === 'preceding' || d === 'before' ? -1 : 0;
      const pod = u === 'day' ? undefined : podOf(u);
      return { type: pod ? 'TIME' : 'DATE', sem: { kind: 'shift', unit: 'day', n, from: 'ref', pod }, timex3: true };
    },
  },
  {
    // "by the end of the month": "the month" alone is no time expression, but with an edge it is the current one
    name: 'edge-of-the-period',
    triggers: ['end', 'beginning', 'start', 'middle', 'close'],
    re: re(String.raw`\b(?<t>the\s+(?<e>end|beginning|start|middle|close)\s+of\s+the\s+(?<u>week|month|year|decade|century))(?![\w-])`),
    build: (g) => {
      const e = g.e!.toLowerCase();
      return date({ kind: 'shift', unit: unitOf(g.u!)!, n: 0, from: 'dct' }, { mod: e === 'end' || e === 'close' ? 'END' : e === 'middle' ? 'MID' : 'START' });
    },
  },
  {
    // "for the year ended Sept. 30", "sales for the full year were", "throughout the fiscal year.": in reports of
    // results the bare period is the current one; "the year ended <date>" names a twelve-month stretch
    name: 'the-period',
    triggers: ['year', 'month', 'week'],
    re: re(String.raw`\b(?:for|in|of|during|throughout|through)\s+(?<t>the\s+(?:(?:full|fiscal|current|latest|entire|whole|latest\s+fiscal|current\s+fiscal)\s+)?(?<u>year|month|week))(?=\s*[.,;:!?)](?!\d)|\s+(?<ended>ended|ending|to\s+date|so\s+far|were|was|is|are|rose|fell|increased|declined|dropped|climbed|gained)\b)`),
    build: (g) => {
      const unit = unitOf(g.u!)!;
      if (g.ended && /^end/i.test(g.ended)) return { type: 'DURATION', sem: { kind: 'literal', value: durationValue(1, unit) }, timex3: true };
      return date({ kind: 'shift', unit, n: 0, from: 'dct' });
    },
  },
  {
    // "by year-end", "by year's end": the end of the current year; "since year-end" the end of the last one
    name: 'year-end',
    triggers: ['year', "year's"],
    re: re(String.raw`\b(?<t>year(?:-|\s+)end|year's\s+end)(?![\w-])`),
    build: (g, m, text, offset) => {
      const start = m.indices?.groups?.t?.[0] !== undefined ? m.indices.groups.t[0] + offset : m.index;
      const since = /\bsince\s+$/i.test(text.slice(Math.max(0, start - 8), start));
      return date({ kind: 'shift', unit: 'year', n: since ? -1 : 0, from: 'dct' }, { mod: 'END' });
    },
  },
  {
    name: 'edge-of-period',
    triggers: ['earlier', 'later', 'early', 'late'],
    re: re(String.raw`\b(?<t>(?<e>earlier|later|early|late)\s+(?:in\s+)?(?<dir>this|next|last|that|(?<=\bin\s)the)\s+(?<u>week|month|year|decade|quarter|century))\b`),
    build: (g) => {
      // "later in the year" is this year's end, as "later this year"
      const d = g.dir!.toLowerCase() === 'the' ? 'this' : g.dir!.toLowerCase();
      const n = d === 'last' ? -1 : d === 'next' ? 1 : 0;
      const e = g.e!.toLowerCase();
      const later = e === 'later' || e === 'late';
      const sem: Sem = { kind: 'shift', unit: unitOf(g.u!)!, n, from: d === 'that' ? 'ref' : 'dct' };
      const vague: VagueKey | undefined = n === 0 && d === 'this' && (e === 'later' || e === 'earlier') ? (later ? 'later-this' : 'earlier-this') : undefined;
      return date(sem, { mod: later ? 'END' : 'START', vague });
    },
  },
  {
    // "later in the day", "earlier in the day": the day in focus; TimeBank tags "the day" and leaves the edge word out
    name: 'in-the-day',
    triggers: ['day'],
    re: re(String.raw`\b(?:earlier|later)\s+in\s+(?<t>the\s+day)\b`),
    build: () => date({ kind: 'shift', unit: 'day', n: 0, from: 'ref' }),
  },
  {
    name: 'ago',
    triggers: UNIT_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<n>${NUM})(?<half0>\s+and\s+a\s+half)?[\s-]+(?<u>${UNIT_WORD})(?<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?<dir>ago|earlier|later|before|after|hence|from\s+now|from\s+today|back))(?![\w-])`),
    build: (g, m, text, offset) => {
      const dir = g.dir!.toLowerCase().replace(/\s+/g, ' ');
      const end = m.indices?.groups?.t?.[1] !== undefined ? m.indices.groups.t[1] + offset : m.index + m[0].length;
      // "two days before the vote" is a duration plus an event anchor, not a date we can place
      if ((dir === 'before' || dir === 'after') && STARTS_PHRASE.test(text.slice(end, end + 3))) return null;
      const counted = parseNumber(g.n!);
      const half = counted !== null && Boolean(g.half || g.half0);
      // "a year earlier than planned", "six months later than expected": a stretch compared, no date (the
      // duration rule tags the stretch, and "earlier than" stays out as TimeBank leaves "later" out)
      if ((dir === 'earlier' || dir === 'later') && /^\s+than\b/i.test(text.slice(end, end + 6))) return null;
      // "two and a half years ago": thirty months back; a half of a smaller unit is left to the duration rule
      const inMonths = half && YEAR_MONTHS[unitOf(g.u!)!] !== undefined;
      if (half && !inMonths) return null;
      const n = inMonths ? (counted + 0.5) * YEAR_MONTHS[unitOf(g.u!)!]! : counted;
      const unit = inMonths ? 'month' : unitOf(g.u!)!;
      const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back';
      const fromRef = dir === 'earlier' || dir === 'later' || dir === 'before' || dir === 'after';
      // "a few days later" counts from a time told before, not from the report: a stretch of unknown
      // length, no vague past or future of the DCT
      if (n === null && fromRef) return { type: 'DURATION', sem: { kind: 'literal', value: durationValue(null, unit) }, timex3: true };
      if (n === null) return date({ kind: 'ref', value: back ? 'PAST_REF' : 'FUTURE_REF' }, { vague: back ? 'past' : 'future' });
      return date({ kind: 'shift', unit, n: back ? -n : n, from: fromRef ? 'ref' : 'dct' });
    },
  },
  {
    name: 'vague-ago',
    triggers: ['ago'],
    re: re(String.raw`\b(?<t>(?:(?:many|several|a\s+few|some)\s+)?(?:years|decades|months|weeks|centuries)\s+ago|long\s+ago)\b`),
    build: () => date({ kind: 'ref', value: 'PAST_REF' }, { vague: 'past' }),
  },
  {
    name: 'recent-period',
    triggers: ['recent'],
    re: re(String.raw`\b(?<t>recent\s+(?<u>months|weeks|days))\b`),
    // TimeBank: "in recent months" is a stretch of unknown length (PXM); "recent years" stays PAST_REF
    build: (g) => ({ type: 'DURATION', sem: { kind: 'literal', value: durationValue(null, unitOf(g.u!)!) }, timex3: true, vague: 'recent-period' }),
  },
  {
    name: 'year-earlier',
    triggers: ['earlier', 'ago'],
    re: re(String.raw`\b(?<t>year-(?:earlier|ago))\b`),
    // "a year-earlier loss": the same period one year back from the period under discussion
    build: () => date({ kind: 'shift', unit: 'year', n: -1, from: 'ref' }),
  },
  {
    // "the coming weeks", "in coming months" (no article after a preposition)
    name: 'coming-period',
    triggers: ['days', 'weeks', 'months', 'years', 'decades'],
    re: re(String.raw`\b(?<t>(?:the\s+(?:coming|next|following|upcoming)|(?<=\b(?:in|over|during)\s+)(?:coming|upcoming))\s+(?:(?<v>few|several|couple\s+of)\s+)?(?<u>days|weeks|months|years|decades))\b`),
    build: (g) => {
      const unit = unitOf(g.u!)!;
      const key = (`coming-${g.u!.toLowerCase()}`) as VagueKey;
      const known: VagueKey[] = ['coming-days', 'coming-weeks', 'coming-months', 'coming-years'];
      return {
        // "the next couple of years" is two of them (P2Y), as "a couple of years" is; "few", "several" stay vague
        type: 'DURATION', sem: { kind: 'literal', value: durationValue(/^couple/i.test(g.v ?? '') ? 2 : null, unit) }, timex3: true,
        vague: known.includes(key) ? key : 'future',
      };
    },
  },
  {
    // "Islam will one day be", "hopes to someday fly": an unspecified time ahead, not a stretch of a day
    name: 'one-day-ahead',
    triggers: ['day', 'someday'],
    re: re(String.raw`(?<=\b(?:will|would|could|may|might|can|shall|should|must|to)\s+)(?<t>one\s+day|some\s+day|someday)(?=\s+[a-z])(?![\w-])`),
    build: () => date({ kind: 'ref', value: 'FUTURE_REF' }, { vague: 'future' }),
  },
  {
    name: 'duration',
    triggers: UNIT_TRIGGERS,
    re: re(String.raw`\b(?<t>(?<lead>the\s+(?:(?:past|last|next|first|final|coming|previous|following|remaining|initial|latest|entire|full|whole|year-earlier|year-ago|comparable|corresponding|same)\s+)?|(?<!\b(?:will|would|could|can|may|might|must|should|to|not|n't)\s+)(?:past|last|next|first|coming)\s+)?(?<n>${NUM})(?<half0>\s+and\s+a\s+half)?[\s-]+(?:(?:more|additional|extra|straight|consecutive|full|long|business|trading|working|banking)\s+)?(?<u>${UNIT_WORD})(?<half>\s+and\s+a\s+half)?)(?![\w])(?!-old|-long|\s+old\b|\s+of\s+age\b)`),
    build: (g, m, text, offset) => {
      let n = parseNumber(g.n!);
      const unit = unitOf(g.u!)!;
      // "two and a half years", "a year and a half"
      if (n !== null && (g.half || g.half0)) n += 0.5;
      const nRaw = g.n!.toLowerCase();
      const start = m.indices?.groups?.t?.[0] !== undefined ? m.indices.groups.t[0] + offset : m.index;
      const end = m.indices?.groups?.t?.[1] !== undefined ? m.indices.groups.t[1] + offset : m.index + m[0].length;
      // "$5 a year", "twice a day", "$2 million a year", "700 seats a week": a rate, so a SET
      if (!g.lead && /^an?$/.test(nRaw) && isRate(text.slice(Math.max(0, start - 48), start), text.slice(end, end + 12))) {
        return { type: 'SET', sem: { kind: 'literal', value: durationValue(1, unit) }, timex3: true };
      }
      return { type: 'DURATION', sem: { kind: 'literal', value: durationValue(n, unit) }, timex3: true };
    },
  },
  {
    // "a day-long meeting", "a two-year-long dispute", "the decades-long feud", "a years-old slump": a stretch as an
    // adjective. A counted unit with "-old" is an age ("a 35-year-old man", TimeBank leaves those untagged)
    name: 'hyphen-duration',
    triggers: UNIT_TRIGGERS,
    re: re(String.raw`(?<![\w-])(?<t>(?:(?<n>${NUM_DIGITS}|${NUM_WORD})-)?(?<u>${UNIT_WORD})-long|(?<pu>years|decades|months|weeks|centuries)-old)(?![\w-])`),
    build: (g) => {
      const unit = unitOf((g.u ?? g.pu)!)!;
      const plural = /s$/i.test((g.u ?? g.pu)!);
      const n = g.n ? parseNumber(g.n) : plural ? null : 1;
      if (g.n && plural) return null; // "two-day-long"; "two-days-long" is no adjective
      return { type: 'DURATION', sem: { kind: 'literal', value: durationValue(n, unit) }, timex3: true };
    },
  },
  {
    // "for a while", "in quite a while": a stretch of unknown length; "a while ago" is some time back
    name: 'a-while',
    triggers: ['while'],
    re: re(String.raw`(?:\b(?:for|in|after|within)\s+(?<t>(?:quite\s+)?a\s+(?:little\s+|long\s+)?while)(?!\s+(?:ago|back|longer|now)\b)|\b(?<ago>a\s+(?:little\s+|long\s+)?while\s+(?:ago|back)))\b`),
    build: (g) => g.ago
      ? date({ kind: 'ref', value: 'PAST_REF' }, { vague: 'past' })
      : { type: 'DURATION', sem: { kind: 'literal', value: 'PXX' }, timex3: true },
  },
  {
    // "after years of war", "follows months of twists and turns": a stretch of unknown length (TimeBank tags the
    // plural); a count before it is the duration rule's ("40 years of"), and "years of age" is an age
    name: 'plural-of',
    // ("after hours of talks" too; "the early hours of Thursday" is a part of that day, not a stretch)
    triggers: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'centuries'],
    re: re(String.raw`(?<![\w-]|\d[\s-]|\b(?:the|these|those|its|their|his|her|our|my|your|early|wee|small|late|first|last|final|opening|closing)\s)(?<t>(?<u>years|months|weeks|days|decades|hours|minutes|centuries))\s+of\s+(?!age\b|the\s+year\b)`),
    build: (g, m, text) => (NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ? null
      : { type: 'DURATION', sem: { kind: 'literal', value: durationValue(null, unitOf(g.u!)!) }, timex3: true }),
  },
  {
    // "Hours later, police arrested two men", "Minutes after the blast, sirens sounded", "but weeks before the vote": a
    // bare plural opening its clause before a word that relates it to another time is a stretch of unknown length
    // (TimeML tags the plural and leaves "later" to a signal, as in "[Three days] later"); after a count or a
    // determiner it is another rule's ("24 hours later", "the days after the attack")
    name: 'plural-later',
    triggers: ['hours', 'minutes', 'days', 'weeks', 'months', 'years', 'decades'],
    re: re(String.raw`(?<=(?:^|[.!?;:,(\u2013\u2014"\u201c]\s*|\b(?:and|but|just|only|barely|then|mere)\s+))(?<t>(?<u>hours|minutes|days|weeks|months|years|decades))(?=\s+(?:later|earlier|after|before)\b)`),
    build: (g) => ({ type: 'DURATION', sem: { kind: 'literal', value: durationValue(null, unitOf(g.u!)!) }, timex3: true }),
  },
  {
    name: 'vague-duration',
    triggers: UNIT_TRIGGERS,
    re: re(String.raw`\b(?:for|over|within|in|during|after|lasting|taking|spent|spend|take|takes|took|last|lasts|lasted)\s+(?:the\s+)?(?<t>(?:${NUM_VAGUE}\s+)?(?<u>years|months|weeks|days|decades|hours|minutes|centuries))(?![\w-])(?!\s+(?:of|ago|old|earlier|later))(?<after>\s+(?:before|after)\b)?`),
    // "in the years before the war" is a time before an event, but "could last for years before a ruling" is a stretch
    build: (g, m) => (g.after && !/^for\b/i.test(m[0]) ? null
      : { type: 'DURATION', sem: { kind: 'literal', value: durationValue(null, unitOf(g.u!)!) }, timex3: true }),
  },
  {
    name: 'set',
    triggers: ['every', 'each', 'per', 'once', 'twice', 'times', ...Object.keys(SET_ADVERBS)],
    re: re(String.raw`\b(?<t>(?:every|each|per)\s+(?:other\s+|(?<n>${NUM_DIGITS}|${NUM_WORD})\s+)?(?:(?<u>${UNIT_WORD})|(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?<pod>morning|afternoon|evening|night)|(?<mo>${MONTH_WORD})|(?<se>${SEASON_WORD}))|(?<adv>daily|nightly|weekly|biweekly|monthly|bimonthly|yearly|annually|hourly)|(?:once|twice|(?:${NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?<u2>${UNIT_WORD}))(?![\w-])`),
    build: (g, m, text) => {
      // "every other week" = every two weeks; "every three months"
      const other = /\bother\b/i.test(m[0]) ? 2 : g.n ? parseNumber(g.n) ?? 1 : 1;
      if (g.adv) return { type: 'SET', sem: { kind: 'literal', value: SET_ADVERBS[g.adv.toLowerCase()]! }, timex3: true };
      if (g.wd) return { type: 'SET', sem: { kind: 'literal', value: `XXXX-WXX-${weekdayNumber(g.wd)}` }, timex3: true };
      if (g.pod) return { type: 'SET', sem: { kind: 'literal', value: `T${podOf(g.pod)}` }, timex3: true };
      // "each July", "every summer": that month or season of every year
      if (g.mo && /^\s+\d/.test(text.slice(m.index + m[0].length))) return null;
      if (g.mo && !g.n && !/\bother\b/i.test(m[0])) return { type: 'SET', sem: { kind: 'literal', value: `XXXX-${String(monthNumber(g.mo)).padStart(2, '0')}` }, timex3: true };
      if (g.se && !g.n && !/\bother\b/i.test(m[0])) return { type: 'SET', sem: { kind: 'literal', value: `XXXX-${SEASONS[g.se.toLowerCase()]!}` }, timex3: true };
      if (!g.u && !g.u2) return null;
      const unit = unitOf((g.u ?? g.u2)!)!;
      return { type: 'SET', sem: { kind: 'literal', value: durationValue(other, unit) }, timex3: true };
    },
  },
  {
    name: 'vague-ref',
    triggers: ['future', 'term', 'run', 'date', 'possible', 'soon', 'shortly', 'course', 'recently', 'lately', 'past', 'recent', 'now', 'currently', 'nowadays', 'presently', 'days', 'present', 'moment'],
    re: re(String.raw`\b(?<t>${FUTURE_PHRASES.map((p, i) => `(?<v${i}>${p.re})`).join('|')})(?![\w-])`),
    build: (g, m, text, offset) => {
      const i = FUTURE_PHRASES.findIndex((_, k) => g[`v${k}`] !== undefined);
      const p = FUTURE_PHRASES[i]!;
      const end = m.indices?.groups?.t?.[1] !== undefined ? m.indices.groups.t[1] + offset : m.index + m[0].length;
      const after = text.slice(end, end + 24);
      const start = m.indices?.groups?.t?.[0] !== undefined ? m.indices.groups.t[0] + offset : m.index;
      const before = text.slice(Math.max(0, start - 12), start);
      // "soon after the talks", "shortly before noon": relative to something else, not to the DCT
      if ((p.key === 'soon' || p.key === 'shortly') && /^\s+(?:after|before|afterwards?|thereafter|as|enough|to\s+be)\b/i.test(after)) return null;
      if (p.key === 'soon' && /\b(?:as|how|too|so)\s+$/i.test(before)) return null;
      // "He was soon released", "cash that soon became a flood": in past narrative "soon" is shortly after the story's
      // own time, not ahead of the report ("will soon move", "is soon to be" still look ahead)
      if (p.key === 'soon' && (/\b(?:was|were|had)\s+$/i.test(before) || pastVerbNext(text, end))) return null;
      // "killed, most recently last October": the date that follows dates it, "recently" only ranks it
      if (p.key === 'recently' && /\bmost\s+$/i.test(before) && DATE_NEXT.test(after)) return null;
      if ((p.key === 'near-term' || p.key === 'long-term') && !/\b(?:in|over|for|of|during|beyond)\s+$/i.test(before)) return null;
      // "the long-term lot", "in the near-term interest of": a hyphenated term before its noun is an adjective
      if ((p.key === 'near-term' || p.key === 'long-term') && /-/.test(m[0]) && ADJECTIVE_NEXT.test(after)) return null;
      if (p.key === 'present' && /^present$/i.test(m[0]) && !/\bat\s+$/i.test(before)) return null;
      if (p.key === 'present' && /^the\s+moment$/i.test(m[0]) && !/\b(?:at|for)\s+$/i.test(before)) return null;
      // "at this crucial moment": the present; "this moment of truth", "this moment's" stay untagged
      if (p.key === 'present' && /^this\s/i.test(m[0]) && (!/\bat\s+$/i.test(before) || /^(?:'s|\s+of)\b/i.test(after))) return null;
      return date({ kind: 'ref', value: p.value }, { vague: p.key });
    },
  },
  {
    name: 'clock-time',
    triggers: ['#digit', 'noon', 'midnight', 'midday', 'clock', 'morning', 'afternoon', 'evening', 'night', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
    re: re(String.raw`(?<![\w:.])(?<t>(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>[ap]\.\s?m\.?|[ap]m\b)(?:\s+(?<tz>${TZ})\b)?|(?<h24>[01]?\d|2[0-3]):(?<mi24>[0-5]\d)(?:\s*(?:hours|hrs|h)\b)?(?:\s+(?<tz2>${TZ})\b)?|(?<mh>[01]\d|2[0-3])(?<mm>[0-5]\d)\s*(?<mz>${MIL_ZONE})|(?<named>noon|midnight|midday)|(?<oc>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock(?:\s+in\s+the\s+(?<ocpod>morning|afternoon|evening|night))?|(?<=\b(?:at|until|till|by|from|to|before|after|around|about|since|past)\s+)(?<ih>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+the\s+(?<ipod>morning|afternoon|evening|night))(?![\w:])`, 'gid'),
    build: (g, m, text, offset) => {
      let hour: number;
      let minute = 0;
      if (g.named) {
        hour = /midnight/i.test(g.named) ? 24 : 12;
      } else if (g.oc || g.ih) {
        // "4 in the morning", "six o'clock in the evening"; "2 in the morning" of a night is still 02:00
        hour = (parseNumber((g.oc ?? g.ih)!) ?? 0) % 12;
        const pod = (g.ocpod ?? g.ipod)?.toLowerCase();
        if (pod === 'afternoon' || pod === 'evening' || (pod === 'night' && hour >= 6)) hour += 12;
        else if (!pod && hour === 0) hour = 12;
      } else if (g.mh !== undefined) {
        // "1430 GMT", "1900 local time": wire copy's four-digit clock; a bracketed one glosses the time before it
        // ("6 p.m. (1600 GMT) on Saturday"), which TimeBank leaves untagged
        const start = m.indices?.groups?.t?.[0] !== undefined ? m.indices.groups.t[0] + offset : m.index;
        if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
        hour = Number(g.mh);
        minute = Number(g.mm);
      } else if (g.h24 !== undefined) {
        hour = Number(g.h24);
        minute = Number(g.mi24);
      } else {
        hour = Number(g.h) % 12 + (/^p/i.test(g.ap!) ? 12 : 0);
        minute = g.mi ? Number(g.mi) : 0;
      }
      const tzRaw = (g.tz ?? g.tz2 ?? (g.mz && /^[a-z]+$/i.test(g.mz) ? g.mz : undefined))?.toUpperCase();
      return { type: 'TIME', sem: cal({ hour, minute, tz: tzRaw ? TZ_OFFSETS[tzRaw] : undefined }), timex3: true };
    },
  },
  {
    // "mid-afternoon", "by mid-morning", "mid-afternoon yesterday": a part of the day, on the day named after it
    name: 'mid-pod',
    triggers: ['mid', 'midafternoon', 'midmorning', 'afternoon', 'morning'],
    re: re(String.raw`\b(?<t>mid[-\s]?(?<pod>morning|afternoon)(?:\s+(?:(?<w>yesterday|today|tomorrow)|(?:on\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?)(?![\w-])`),
    build: (g) => {
      const pod = podOf(g.pod);
      if (g.wd) return { type: 'TIME', sem: cal({ weekday: weekdayNumber(g.wd)!, dir: null, pod }), timex3: true };
      const w = g.w?.toLowerCase();
      return { type: 'TIME', sem: { kind: 'shift', unit: 'day', n: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0, from: 'dct', pod }, timex3: true };
    },
  },
  {
    name: 'holiday',
    triggers: ['christmas', 'new', 'thanksgiving', 'easter', 'good', 'independence', 'july', 'fourth', 'labor', 'memorial', 'halloween', 'valentine', 'boxing', 'veterans', 'election'],
    re: re(String.raw`\b(?<t>(?:(?<dir>last|next|this)\s+)?(?<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Independence\s+Day|July\s+Fourth|Fourth\s+of\s+July|Labor\s+Day|Memorial\s+Day|Halloween|Valentine's\s+Day|Boxing\s+Day|Veterans\s+Day|Election\s+Day))(?![\w-])`, 'gd'),
    build: (g) => date(cal({ holiday: g.h!.replace(/\s+/g, ' ').toLowerCase(), dir: dirOf(g.dir) })),
  },
  {
    name: 'event-anchored',
    triggers: EVENT_NOUNS,
    re: re(String.raw`\b(?<t>(?<sig>not\s+before|not\s+until|until|before|after|following|since|by|ahead\s+of)\s+(?:the|this|next|last|a)\s+(?:(?:\w+|[A-Z]\w+(?:\s+\d{1,2})?)\s+){0,2}?(?<ev>${EVENT_NOUNS.join('|')}))(?![\w-])`),
    build: (g) => {
      const s = g.sig!.toLowerCase().replace(/\s+/g, ' ');
      const key: VagueKey = s === 'not before' ? 'not-before' : s === 'not until' ? 'not-until'
        : s === 'before' || s === 'ahead of' ? 'before' : s === 'by' || s === 'until' ? 'by' : s === 'since' ? 'since' : 'after';
      const mod = key === 'not-before' || key === 'not-until' ? 'ON_OR_AFTER' : key === 'before' ? 'BEFORE' : key === 'by' ? 'ON_OR_BEFORE' : 'AFTER';
      return { type: 'DATE' as TimexType, sem: { kind: 'literal', value: 'XXXX-XX-XX' }, timex3: false, vague: key, mod };
    },
  },
];

export { TZ_OFFSETS };

/** parser index lists per trigger word, built once. */
const TRIGGER_INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  PARSERS.forEach((p, i) => {
    for (const t of p.triggers) {
      const list = m.get(t) ?? [];
      if (!list.includes(i)) list.push(i);
      m.set(t, list);
    }
  });
  return m;
})();
/** The trigger words, found in the text without a slice per word; index i's parsers are TRIGGER_HITS[i]. */
const TRIGGER_WORDS = new AsciiWordSet([...TRIGGER_INDEX.keys()]);
const TRIGGER_HITS: readonly (readonly number[])[] = [...TRIGGER_INDEX.values()];
const DIGIT_HITS: readonly number[] = TRIGGER_INDEX.get('#digit') ?? [];

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Runs every parser over the text; candidates come back in no particular order. One token scan marks
 * which sentences hold which parsers' trigger words; each regex then runs only on those sentences
 * (matches never cross a sentence boundary).
 */
export function generateCandidates(text: string, ranges: readonly TextRange[] = [{ start: 0, end: text.length }]): Candidate[] {
  const P = PARSERS.length;
  const flags = new Uint8Array(ranges.length * P);
  let ri = 0;
  // tokens are runs of ASCII letters or of ASCII digits, read by a code-unit scan (no regex match per token)
  for (let p = 0; p < text.length; ) {
    const c = text.charCodeAt(p);
    const digit = isAsciiDigit(c);
    if (!digit && !isAsciiLetter(c)) {
      p++;
      continue;
    }
    const a = p;
    p++;
    if (digit) while (p < text.length && isAsciiDigit(text.charCodeAt(p))) p++;
    else while (p < text.length && isAsciiLetter(text.charCodeAt(p))) p++;
    while (ri < ranges.length - 1 && ranges[ri]!.end <= a) ri++;
    // (a letter run is found as its lowercase form would be in TRIGGER_INDEX)
    let hits: readonly number[] = DIGIT_HITS;
    if (!digit) {
      const w = TRIGGER_WORDS.find(text, a, p);
      if (w < 0) continue;
      hits = TRIGGER_HITS[w]!;
    }
    for (const h of hits) flags[ri * P + h] = 1;
  }
  const out: Candidate[] = [];
  for (let pi = 0; pi < P; pi++) {
    const p = PARSERS[pi]!;
    for (let r = 0; r < ranges.length; r++) {
      if (!flags[r * P + pi]) continue;
      const range = ranges[r]!;
      const sub = text.slice(range.start, range.end);
      p.re.lastIndex = 0;
      for (let m = p.re.exec(sub); m; m = p.re.exec(sub)) {
        if (m[0].length === 0) {
          p.re.lastIndex++;
          continue;
        }
        const g = (m.groups ?? {}) as Groups;
        const span = m.indices?.groups?.t;
        // builders look at the surrounding text, so they get the whole text and whole-text offsets
        const shifted = Object.assign(m, { index: m.index + range.start });
        const built = p.build(g, shifted, text, range.start);
        if (!built) continue;
        const start = (span ? span[0] : m.index - range.start) + range.start;
        const end = (span ? span[1] : m.index - range.start + m[0].length) + range.start;
        out.push({ ...built, start, end, rule: p.name });
      }
    }
  }
  return out;
}
