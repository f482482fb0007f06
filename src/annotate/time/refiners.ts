/**
 * Refiners run in a fixed order over the parsers' candidates: filter (negative cases), merge (overlaps,
 * clock time + day), then modifiers that widen a span ("over two decades", "early next year").
 * Each returns new readonly records; nothing is mutated.
 */
import type { Candidate, VagueKey } from './candidate.js';
import type { TimexMod } from '../../doc/schemas/time.js';
import { quotationClass } from '../text/quotes.js';
import { appendAll, maxOf } from '../../util/arrays.js';

export type Refiner = (text: string, cands: readonly Candidate[]) => Candidate[];

const wordBefore = (text: string, i: number): string => /([A-Za-z'.]+-?)[\s,]*$/.exec(text.slice(Math.max(0, i - 24), i))?.[1] ?? '';
const wordAfter = (text: string, i: number): string => /^[\s]*([A-Za-z']+)/.exec(text.slice(i, i + 24))?.[1] ?? '';
const isCap = (w: string): boolean => /^[A-Z]/.test(w);
/** Text before a word that starts a sentence: nothing, or a stop, an opening quote or a line break, then spaces. */
const AFTER_SENTENCE_START = new RegExp(`(^|[.!?${quotationClass('open')}\\n]\\s*)$`);
/** Text before a word that starts a sentence after a stop (and perhaps a closing quote). */
const AFTER_STOP = new RegExp(`(^|[.!?][${quotationClass('close')}]?\\s+)$`);

/** Words after which a bare month or year is a date ("in May", "since 1990"). */
const DATE_CUES = new Set([
  'in', 'of', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'from', 'through', 'during',
  'before', 'after', 'the', 'and', 'or', 'to', 'between', 'on', 'for', 'as', 'around', 'about', 'circa', 'until',
  'throughout', 'fiscal', 'year', 'into', 'than', 'at', 'that', 'early-', 'end', 'beginning', 'start', 'mid-', 'in.',
]);

const AMBIGUOUS_MONTHS = /^(may|march|april|june|august|jan|mar|dec|sept?|oct|nov|feb|apr|aug)\.?$/i;

const COUNT_NOUNS = /^(people|persons|troops|soldiers|members|workers|employees|students|cars|homes|houses|units|shares|tons|tonnes|metres|meters|feet|miles|km|kilometers|kilometres|kilograms|kg|pounds|dollars|euros|yen|barrels|votes|seats|cases|deaths|points|acres|jobs|children|men|women|residents|refugees|families|companies|firms|pages|rooms|beds|vehicles|aircraft|planes|ships|boats|guns|rifles|rockets|missiles|words|lines|copies|items|hours|minutes|days|weeks|months|years|bp|prisoners|civilians|police|officers|patients|delegates|protesters|hectares|sq|square|yards|calories|times|rounds|runs|goals|ft|m|lb|lbs|mph|kph|fans|visitors|tourists|bags|doses|tests)$/i;

/** An operator after a number, past any spaces ("2024 × 3", "1990: 4"); read in place, not by slicing the rest of the text. */
const OPERATOR_AFTER = /\s*[:×x*+=]/y;
function operatorAfter(text: string, at: number): boolean {
  OPERATOR_AFTER.lastIndex = at;
  return OPERATOR_AFTER.test(text);
}

/** An opening double quote, as news copy writes it (straight, typographic, or TeX-style ``). */
const QUOTE_OPEN_BEFORE = new RegExp(`(?:[${quotationClass('open')}]|\`\`)$`);

/**
 * A programme's name in quotes, not a time: ABC's "This Week", NBC's "Today". The expression is capitalised right
 * after an opening quote, and either the quote follows a possessive or the expression's later words are
 * capitalised too mid-sentence ("speaking on ABC News' "This Week,""); a quoted sentence that opens with a time
 * ("``Today, I'm here to tell you'') is speech and stays a time.
 */
function isProgrammeTitle(text: string, start: number, s: string): boolean {
  if (!/^[A-Z]/.test(s)) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  if (!QUOTE_OPEN_BEFORE.test(before)) return false;
  const lead = before.replace(/(?:[^\sA-Za-z0-9.,;:!?'\u2019-]|``)+$/, '');
  if (/(?:\w'|s'|\w\u2019s|s\u2019)\s*$/.test(lead) || /'s\s*$/.test(lead)) return true;
  return /^\S+\s+[A-Z]/.test(s) && /[A-Za-z,]\s*$/.test(lead) && !/[.!?]\s*$/.test(lead);
}

/** Nouns that "the weekend" names a kind of: "the weekend stoppage", "the weekend edition", "the weekend shift". */
const WEEKEND_KIND = /^(?:strike|strikes|stoppage|stoppages|walkout|walkouts|protest|protests|rally|march|shutdown|closure|closures|shift|shifts|edition|editions|service|services|trains|flights|market|markets|traffic|curfew|ban)$/i;

/** Drops candidates that look like time words but are not: "May" the verb, "Sunday Times", counts that look like years. */
export const filterNegatives: Refiner = (text, cands) =>
  cands.filter((c) => {
    const s = text.slice(c.start, c.end);
    const prev = wordBefore(text, c.start);
    const next = wordAfter(text, c.end);
    const nameLike = ['month', 'month-day', 'month-year', 'day-month', 'weekday', 'season', 'holiday'];
    if (nameLike.includes(c.rule)) {
      // month and weekday names are proper nouns: lowercase "may" and "march" are verbs
      const name = /[A-Za-z]{3,}/.exec(s.replace(/^(?:the\s+(?:previous|preceding|following)|the|last|next|this|past|coming)\s+/i, ''))?.[0] ?? '';
      if (c.rule !== 'season' && !/^[A-Z]/.test(name)) return false;
    }
    if (c.rule === 'month') {
      const word = s.replace(/^(?:last|next|this|this\s+past|this\s+coming|coming|past)\s+/i, '');
      if (word.length <= 4 && !/^(may|june|july)$/i.test(word)) return false; // "Jan", "Dec" alone: names, not months
      const hasDir = word.length !== s.length;
      // "a June agreement", "an April report": an article, the month, then the noun it dates
      const adjectival = /^an?$/i.test(prev) && /^[ \t]+[a-z]/.test(text.slice(c.end, c.end + 2));
      if (!hasDir && AMBIGUOUS_MONTHS.test(word) && !DATE_CUES.has(prev.toLowerCase()) && !adjectival) return false;
      if (/^may$/i.test(word) && /^(be|have|not|well|also|still|never|soon|yet|face|need|want|seem|take|make|come|go|help|lose|affect|prove|include|get|become|continue|require|find)$/i.test(next)) return false;
    }
    if (c.rule === 'weekday' || c.rule === 'month' || c.rule === 'holiday' || c.rule === 'season') {
      // "the Sunday Times", "Bloody Sunday March": part of a name when a capitalised word follows and no preposition precedes
      const PREPS = /^(on|by|since|until|till|last|next|this|from|through|before|after|early|late|and|or|to|of|in|during|every|each|that|past|coming|,)$/i;
      if (isCap(next) && !/^(morning|afternoon|evening|night)$/i.test(next) && !PREPS.test(prev) && !/[.,;:]\s*$/.test(text.slice(c.end, c.end + 2))) {
        if (c.start === 0 || !PREPS.test(prev)) return false;
      }
      const hasDir = /^(?:last|next|this|past|coming)\s/i.test(s);
      if (c.rule === 'month' && !hasDir && isCap(prev) && !PREPS.test(prev) && /[a-z]/.test(prev)) {
        // "Theresa May", "Long March" (unless the capital is a sentence start)
        const at = text.lastIndexOf(prev, c.start - 1);
        if (!AFTER_SENTENCE_START.test(text.slice(Math.max(0, at - 3), at))) return false;
      }
    }
    if (c.rule === 'season') {
      const word = s.replace(/^(?:last|next|this|this\s+past|this\s+coming|coming|past)\s+/i, '');
      const hasDir = word.length !== s.length;
      if (!hasDir && !/\d/.test(s)) {
        const before = text.slice(Math.max(0, c.start - 16), c.start);
        if (!/\b(?:in|into|during|by|until|till|since|through|throughout|over|before|after|this|the)\s+(?:the\s+)?(?:early\s+|late\s+)?$/i.test(before)) return false;
        if (/^the\s+$/i.test(before.slice(-4)) && !/\b(?:in|into|during|by|until|till|since|through|throughout|over|before|after)\s+the\s+$/i.test(before)) return false;
        if (/^\s*of\b/i.test(text.slice(c.end, c.end + 4)) && !/\d/.test(text.slice(c.end, c.end + 10))) return false;
      }
    }
    if (c.rule === 'year') {
      if (!/^\d/.test(s)) return true; // "fiscal 1989", "the year 2000"
      if (COUNT_NOUNS.test(next) && !/^(years|months|days|weeks)$/i.test(next)) return false;
      if (/^(years|months|days|weeks|hours)$/i.test(next)) return false;
      // "Navigation Mixte's 1989 profit": a possessive name dates what it owns, as "the company's 1989 profit" does
      const possessive = /'s$/i.test(prev) && /^[ \t]+[a-z]/.test(text.slice(c.end, c.end + 2));
      if (isCap(prev) && !possessive && !DATE_CUES.has(prev.toLowerCase()) && !/^(In|By|Since|Until|From|Before|After|During|Through|Of|The|And|Between)$/.test(prev)) {
        // what stands before the capitalised word itself ("A 1996 law" opening a sentence)
        const at = text.lastIndexOf(prev, c.start - 1);
        const sentenceStart = AFTER_STOP.test(text.slice(Math.max(0, at - 3), at)) && !/'s$/i.test(prev);
        if (!sentenceStart && !/^(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/.test(prev)) return false;
      }
      if (/^(no|number|nos|page|pages|room|route|flight|model|version|paragraph|article|section|resolution|chapter|vol|volume|figure|table|item|\$)\.?$/i.test(prev)) return false;
      if (operatorAfter(text, c.end)) return false;
    }
    // "High Noon", "60 Minutes": capitalised mid-sentence, a title rather than a time
    // ("1430 GMT" is wire copy's clock, its zone capitalised)
    if ((c.rule === 'clock-time' || c.rule === 'duration') && /[A-Z]/.test(s.replace(/^\d+\s*/, '')[0] ?? '') && !/^(A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|The)\b/.test(s) &&
      !(c.rule === 'clock-time' && /^\d{4}\s*(?:GMT|UTC)$/.test(s)) &&
      !AFTER_SENTENCE_START.test(text.slice(Math.max(0, c.start - 3), c.start))) return false;
    // "high noon comes today": a figure of speech, not twelve o'clock ("High Noon", the title, above)
    if (c.rule === 'clock-time' && /^noon$/i.test(s) && /^high$/i.test(prev)) return false;
    if ((c.rule === 'relative-unit' || c.rule === 'deictic-day') && isProgrammeTitle(text, c.start, s)) return false;
    // "the weekend stoppage", "the weekend shift": a kind of happening named by when in the week it falls, no date
    if (c.rule === 'weekend' && /^the\s/i.test(s) && WEEKEND_KIND.test(next)) return false;
    if (c.rule === 'duration') {
      // "a second time", "one second round": an ordinal, not a duration
      // "three-quarters of", "a quarter of": fractions, not quarters of a year
      if (/quarters?$/i.test(s) && (/^\s*of\b/i.test(text.slice(c.end, c.end + 4)) || /^an?\s/i.test(s))) return false;
      // ("a second 24-hour strike": a number-led modifier after it too)
      const led = /^\s+\d[\d.,]*-[a-z]/i.test(text.slice(c.end, c.end + 12));
      if (/^(a|one)\s+second$/i.test(s) && (led || (/^[a-z]/.test(next) && !/^(or|and|later|ago|earlier|to|of|in|before|after)$/.test(next)))) return false;
    }
    return true;
  });

/** "24 hours a day", "seven days a week": a whole unit counted out in its smaller one means "always", no stretch nor rate. */
const ROUND_THE_CLOCK = /\b(?:(?:24|twenty-four)\s+hours\s+(?:a|per|each|every)\s+day|(?:7|seven)\s+days\s+(?:a|per|each|every)\s+week|(?:365|three\s+hundred(?:\s+and)?\s+sixty-five)\s+days\s+(?:a|per|each|every)\s+year|(?:52|fifty-two)\s+weeks\s+(?:a|per|each|every)\s+year)\b/gi;

/** Drops the candidates inside "24 hours a day", "seven days a week" (TimeBank tags neither part). */
export const dropRoundTheClock: Refiner = (text, cands) => {
  const spans: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(ROUND_THE_CLOCK)) spans.push([m.index, m.index + m[0].length]);
  if (!spans.length) return [...cands];
  return cands.filter((c) => !spans.some(([a, b]) => c.start >= a && c.end <= b));
};

/** Keeps the longest of overlapping candidates (earlier parsers win ties); event-anchored phrases are kept aside. */
export const mergeOverlaps: Refiner = (text, cands) => {
  const order = cands
    .map((c, i) => ({ c, i }))
    .filter((x) => x.c.timex3)
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const taken = new Uint8Array(text.length + 1);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  appendAll(kept, cands.filter((c) => !c.timex3));
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
};

const QUANT_MODS: ReadonlyArray<{ re: RegExp; mod: TimexMod | null }> = [
  // ("no more than sixty days" is a ceiling, below)
  { re: /\b(?:(?<!\bno\s+)more\s+than|over|well\s+over|just\s+over|upwards\s+of|in\s+excess\s+of)\s+$/i, mod: 'MORE_THAN' },
  { re: /\b(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than|a\s+minimum\s+of)\s+$/i, mod: 'EQUAL_OR_MORE' },
  { re: /\b(?:less\s+than|under|fewer\s+than|just\s+under|nearly|almost|close\s+to|barely)\s+$/i, mod: 'LESS_THAN' },
  { re: /\b(?:up\s+to|no\s+more\s+than|at\s+most|a\s+maximum\s+of)\s+$/i, mod: 'EQUAL_OR_LESS' },
  { re: /\b(?:about|around|roughly|approximately|some|an\s+estimated|circa)\s+$/i, mod: 'APPROX' },
];

/** TimeBank leaves "about" outside the tag ("about [five hours]") but keeps "more than", "at least", "nearly". */
const MODS_OUTSIDE: ReadonlySet<TimexMod> = new Set(['APPROX']);
/** Words after which "over" is "more than" ("to last over a week", "for over two years"), not "during". */
const OVER_AS_MORE = /\b(?:for|last|lasts|lasted|lasting|take|takes|took|taking|taken|in|after|within|of|spent|spend|spends|spending|than|to|by)\s+over\s+$/i;

const EDGE_MODS: ReadonlyArray<{ re: RegExp; mod: TimexMod }> = [
  { re: /(?:\bthe\s+)?\b(?:early|the\s+(?:beginning|start|dawn)\s+of)[\s-]+$/i, mod: 'START' },
  { re: /(?:\bthe\s+)?\b(?:late|the\s+end\s+of|the\s+close\s+of)[\s-]+$/i, mod: 'END' },
  { re: /(?:\bthe\s+)?\b(?:mid|the\s+middle\s+of)[\s-]+$/i, mod: 'MID' },
];

/** Widens a span over a modifier just before it and records the TIMEX3 mod ("over two decades" → MORE_THAN). */
export const attachModifiers: Refiner = (text, cands) =>
  cands.map((c) => {
    if (!c.timex3 || c.mod) return c;
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const s = text.slice(c.start, c.end);
    const quantified = c.type === 'DURATION' || (c.sem.kind === 'shift' && c.rule === 'ago');
    if (quantified && /^(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+few|several|half|a\s+half)/i.test(s)) {
      for (const q of QUANT_MODS) {
        const m = q.re.exec(before);
        if (!m) continue;
        // "killed 70,000 people over two years", "evolved over several years": "over" is "during" there, no mod
        if (/^\s*over\s+$/i.test(m[0]) && !OVER_AS_MORE.test(before)) break;
        if (q.mod && MODS_OUTSIDE.has(q.mod)) return { ...c, mod: q.mod };
        return { ...c, start: c.start - (before.length - m.index) + (m[0].length - m[0].trimStart().length), mod: q.mod ?? undefined };
      }
    }
    if (c.type === 'DATE' && (c.sem.kind === 'cal' || c.sem.kind === 'shift') && !/^(early|late|mid)/i.test(s)) {
      for (const e of EDGE_MODS) {
        const m = e.re.exec(before);
        if (!m) continue;
        return { ...c, start: c.start - (before.length - m.index), mod: e.mod };
      }
    }
    return c;
  });

/** Tails that belong to the expression before them, with the mod they state: "the next year or so", "1994 or later". */
const TAILS: ReadonlyArray<{ readonly re: RegExp; readonly mod: TimexMod; readonly dateOnly: boolean }> = [
  { re: /^\s+or\s+so\b/i, mod: 'APPROX', dateOnly: false },
  // only where the clause ends with it: "or earlier versions" is an adjective
  { re: /^\s+(?:or\s+later|or\s+after|and\s+beyond)(?=\s*(?:[.,;:!?)'"\u2019\u201d]|$))/i, mod: 'ON_OR_AFTER', dateOnly: true },
  { re: /^\s+or\s+(?:earlier|before)(?=\s*(?:[.,;:!?)'"\u2019\u201d]|$))/i, mod: 'ON_OR_BEFORE', dateOnly: true },
];

/** Widens a date or duration over a tail after it ("[the next two years or so]", "[1990 and beyond]"). */
export const attachTails: Refiner = (text, cands) =>
  cands.map((c) => {
    if (!c.timex3 || (c.type !== 'DATE' && c.type !== 'DURATION')) return c;
    const after = text.slice(c.end, c.end + 16);
    for (const t of TAILS) {
      if (t.dateOnly && c.type !== 'DATE') continue;
      const m = t.re.exec(after);
      if (m) return { ...c, end: c.end + m[0].length, mod: c.mod ?? t.mod };
    }
    return c;
  });

/**
 * What stands between a clock time and the day it falls on when the two stay apart: a conversion or a zone
 * in brackets ("10:35 a.m. (0735 GMT) Friday"), or "local time" ("6 p.m. local time on Sunday").
 */
const TIME_DAY_ASIDE = /^\s*(?:\([^()\n]{1,30}\)|local\s+time)\s*,?\s*(?:on\s+)?$/i;

/**
 * Joins a clock time to the day named right after it: "4 a.m. EDT Thursday", "10 p.m. yesterday". Across an
 * aside ("10:35 a.m. (0735 GMT) Friday") the time takes the day's date but the two stay separate timexes.
 */
export const joinTimeAndDay: Refiner = (text, cands) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const nx = cands[i + 1];
    const clock = c.type === 'TIME' && c.sem.kind === 'cal' && c.sem.hour !== undefined && nx !== undefined && nx.timex3 && isDayLevel(nx);
    if (clock && /^\s*,?\s*(?:on\s+)?$/.test(text.slice(c.end, nx.start))) {
      out.push({ ...c, end: nx.end, day: nx.sem, rule: `${c.rule}+${nx.rule}` });
      i++;
      continue;
    }
    out.push(clock && TIME_DAY_ASIDE.test(text.slice(c.end, nx.start)) ? { ...c, day: nx.sem } : c);
  }
  return out;
};

/** "the day before", "the day after" as the anaphoric-day rule reads them (a step from the day in focus). */
const DAY_STEP = /^the\s+day\s+(before|after)$/i;

/**
 * Joins "the day before"/"the day after" to a day named right after it: "the day before last Tuesday", "the
 * day after Christmas" are one expression, a day counted from that day (not from the day in focus, nor two
 * expressions). A clock time or a part of the day after it ("the day before Friday night") is left alone.
 */
export const joinDayStep: Refiner = (text, cands) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const nx = cands[i + 1];
    const step = DAY_STEP.exec(text.slice(c.start, c.end));
    if (step && nx?.timex3 && nx.type === 'DATE' && isNamedDay(nx) && /^\s+$/.test(text.slice(c.end, nx.start))) {
      out.push({ ...nx, start: c.start, rule: `${c.rule}+${nx.rule}`, dayShift: step[1]!.toLowerCase() === 'before' ? -1 : 1 });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
};

/** A day named by the calendar (a weekday, a month's day, a holiday), with no part of the day or clock time. */
function isNamedDay(c: Candidate): boolean {
  const s = c.sem;
  return s.kind === 'cal' && (s.weekday !== undefined || s.day !== undefined || s.holiday !== undefined) && !s.pod && s.hour === undefined && !c.until;
}

/**
 * A clock time glossed in brackets by a clock time with its day: "4 in the morning (4 a.m. EDT Thursday)"
 * takes Thursday too. Runs after joinTimeAndDay, which gave the bracketed time its day.
 */
export const dayFromBracketedTime: Refiner = (text, cands) =>
  cands.map((c, i) => {
    const nx = cands[i + 1];
    if (!nx || c.type !== 'TIME' || c.sem.kind !== 'cal' || c.sem.hour === undefined || c.day || nx.type !== 'TIME' || !nx.day) return c;
    return /^\s*\(\s*$/.test(text.slice(c.end, nx.start)) ? { ...c, day: nx.day } : c;
  });

function isDayLevel(c: Candidate): boolean {
  const s = c.sem;
  if (s.kind === 'cal') return s.weekday !== undefined || s.day !== undefined;
  return s.kind === 'shift' && s.unit === 'day';
}

/** What joins an event phrase to its own date: "the election on 12-14 April", "the summit, set for June". */
const EVENT_DATE_LINK = /^\s*,?\s*(?:(?:which\s+is\s+|that\s+is\s+)?(?:set|scheduled|slated|due|planned)\s+(?:for|on|in)|on|in|of|at\s+the\s+end\s+of)\s+(?:the\s+)?$/i;

/**
 * "not before the March election", "before the election on 12-14 April": the date inside an event-anchored
 * phrase, or right after it as the event's own date, takes the phrase's window and the phrase itself is
 * dropped; an event phrase with no date stays (not a TIMEX3).
 */
export const foldEventPhrases: Refiner = (text, cands) => {
  const events = cands.filter((c) => !c.timex3);
  if (!events.length) return cands.slice();
  const out: Candidate[] = [];
  const folded = new Set<Candidate>();
  const near = new EventIndex(events);
  for (const c of cands) {
    if (!c.timex3) continue;
    const inside = (e: Candidate): boolean => e.start <= c.start && c.end <= e.end;
    const dated = (e: Candidate): boolean => e.end <= c.start && EVENT_DATE_LINK.test(text.slice(e.end, c.start));
    const ev = near.first(c, linkReach(text, c.start), (e) => !folded.has(e) && (inside(e) || dated(e)));
    if (ev && c.type === 'DATE' && c.sem.kind === 'cal') {
      folded.add(ev);
      out.push({ ...c, vague: ev.vague, phrase: { start: ev.start, end: Math.max(ev.end, c.end) }, rule: `${c.rule}+${ev.rule}` });
    } else out.push(c);
  }
  const placed = new PlacedSpans(text.length, out);
  for (const e of events) {
    if (folded.has(e) || placed.overlaps(e)) continue;
    out.push(e);
    placed.add(e);
  }
  return out.sort((a, b) => a.start - b.start);
};

/**
 * Most non-space characters EVENT_DATE_LINK can match (", which is scheduled for the" has 23): an event
 * that ends further back than this from a date cannot be that date's event.
 */
const MAX_LINK_CHARS = 64;
const SPACE = /\s/;

/** The earliest offset an event may end at and still be joined to a date starting at `at` by EVENT_DATE_LINK. */
function linkReach(text: string, at: number): number {
  let nonSpace = 0;
  let i = at;
  for (; i > 0; i--) if (!SPACE.test(text[i - 1]!) && ++nonSpace > MAX_LINK_CHARS) break;
  return i;
}

/**
 * Event phrases by start and by end, so that each date looks only at the events that can contain it or
 * end just before it, instead of every event in the text (which made long texts quadratic). `first`
 * answers what `events.find(accept)` would, among those near events.
 */
class EventIndex {
  private readonly byStart: number[];
  private readonly byEnd: number[];
  private readonly longest: number;

  constructor(private readonly events: readonly Candidate[]) {
    const idx = events.map((_, i) => i);
    this.byStart = idx.slice().sort((a, b) => events[a]!.start - events[b]!.start);
    this.byEnd = idx.sort((a, b) => events[a]!.end - events[b]!.end);
    this.longest = maxOf(events.map((e) => e.end - e.start), 0);
  }

  /** The first event, in the order given, that `accept`s `c`, among those containing it or ending in [reach, c.start]. */
  first(c: Candidate, reach: number, accept: (e: Candidate) => boolean): Candidate | undefined {
    let best = Infinity;
    const consider = (i: number): void => {
      if (i < best && accept(this.events[i]!)) best = i;
    };
    // containing c: starts no earlier than c.end - longest, and no later than c.start
    for (let k = this.lowerBound(this.byStart, c.end - this.longest, (e) => e.start); k < this.byStart.length; k++) {
      const i = this.byStart[k]!;
      if (this.events[i]!.start > c.start) break;
      consider(i);
    }
    // ending just before c
    for (let k = this.lowerBound(this.byEnd, reach, (e) => e.end); k < this.byEnd.length; k++) {
      const i = this.byEnd[k]!;
      if (this.events[i]!.end > c.start) break;
      consider(i);
    }
    return best === Infinity ? undefined : this.events[best];
  }

  private lowerBound(order: readonly number[], value: number, key: (e: Candidate) => number): number {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(this.events[order[mid]!]!) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The spans kept so far, as a character mask, so that "does this event overlap a kept span" costs the
 * event's length. Empty spans (never produced by the parsers) take the exact linear test.
 */
class PlacedSpans {
  private readonly covered: Uint8Array;
  private readonly empty: Candidate[] = [];
  private readonly spans: Candidate[] = [];

  constructor(length: number, spans: readonly Candidate[]) {
    this.covered = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }

  add(s: Candidate): void {
    this.spans.push(s);
    if (s.end > s.start) this.covered.fill(1, s.start, s.end);
    else this.empty.push(s);
  }

  overlaps(e: Candidate): boolean {
    if (this.empty.some((c) => c.start < e.end && e.start < c.end)) return true;
    if (e.end <= e.start) return this.spans.some((c) => c.start < e.end && e.start < c.end);
    for (let k = e.start; k < e.end; k++) if (this.covered[k]) return true;
    return false;
  }
}

/** Vague phrases keep the preposition in the phrase the window speaks for ("in the near future"). */
export const widenVaguePhrases: Refiner = (text, cands) =>
  cands.map((c) => {
    if (!c.vague || c.phrase) return c;
    const m = /\b(?:in|at|within|for|over|during)\s+$/i.exec(text.slice(Math.max(0, c.start - 8), c.start));
    return m ? { ...c, phrase: { start: c.start - m[0].length, end: c.end } } : c;
  });

/** A duration that reads as a modifier: hyphenated ("14-day"), or a count with a singular unit ("two day"). */
const ADJECTIVAL_DURATION = /^the\s+(?=[\w.]+-[a-z]+$|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+ty(?:[\s-]\w+)?)\s+(?:second|minute|hour|day|week|month|year|decade)$)/i;
/** A hyphenated date that reads as a modifier: "the third-quarter loss", "the fiscal second-quarter of $8.6 million". */
const ADJECTIVAL_DATE = /^the\s+(?=(?:fiscal\s+)?[a-z0-9]+-quarter$)/i;

/**
 * An adjectival timex's article belongs to the noun after it, not the timex: "the [14-day] waiting period",
 * "the [two day] rally", "the [third-quarter] loss"; "[the third quarter]" as a noun keeps it.
 */
export const trimArticles: Refiner = (text, cands) =>
  cands.map((c) => {
    const s = text.slice(c.start, c.end);
    const re = c.type === 'DURATION' ? ADJECTIVAL_DURATION : c.type === 'DATE' ? ADJECTIVAL_DATE : null;
    const m = re?.exec(s);
    if (!m) return c;
    // an adjective needs its noun: a word right after the timex
    if (!/^[ \t]+[A-Za-z]/.test(text.slice(c.end, c.end + 2))) return c;
    return { ...c, start: c.start + m[0].length };
  });

const SIGNALS: ReadonlyArray<{ readonly re: RegExp; readonly key: VagueKey }> = [
  { re: /\b(?:not\s+before|no\s+earlier\s+than)\s+$/i, key: 'not-before' },
  { re: /\bnot\s+until\s+$/i, key: 'not-until' },
  { re: /\b(?:before|ahead\s+of|prior\s+to)\s+$/i, key: 'before' },
  { re: /\b(?:by|until|till|no\s+later\s+than)\s+$/i, key: 'by' },
  { re: /\bsince\s+$/i, key: 'since' },
  { re: /\b(?:after|following)\s+$/i, key: 'after' },
];

/** A lowercase word right after a date that the date can premodify ("the 2013 shutdown"), not a word that goes on the clause. */
const PREMODIFIED_NOUN = /^[ \t]+(?!(?:and|or|but|to|of|in|on|at|for|with|by|from|when|as|than|that|which|who|is|was|were|are|will|would|had|has)\b)[a-z][a-z-]+\b/;

/**
 * A signal right before a date bounds the window on one side: "not before March" starts at March with no
 * end, "by June" ends with June, "since 2020" runs from 2020 to the DCT. The TIMEX3 itself is unchanged.
 */
export const attachSignals: Refiner = (text, cands) =>
  cands.map((c) => {
    if (c.vague || c.phrase || !c.timex3 || c.type !== 'DATE' || c.sem.kind === 'ref' || c.sem.kind === 'literal') return c;
    const window = text.slice(Math.max(0, c.start - 28), c.start);
    // "before the summer": the article sits between the signal and the date
    const before = window.replace(/\bthe\s+$/i, '');
    // "after the 2013 shutdown": a date after the article that premodifies a noun dates that noun, which the signal governs
    if (before !== window && PREMODIFIED_NOUN.test(text.slice(c.end, c.end + 40))) return c;
    for (const sig of SIGNALS) {
      const m = sig.re.exec(before);
      if (m) return { ...c, vague: sig.key, phrase: { start: c.start - (window.length - m.index), end: c.end } };
    }
    return c;
  });

/** A denial or doubt earlier in the clause: "unlikely before", "will not take place until", "no visit is planned before". */
const BOUND_NEGATION = /\b(?:not|never|unlikely|no(?!\s+doubt)|cannot)\b[^.;:!?]{0,100}$|n['’]t\b[^.;:!?]{0,100}$/i;

/**
 * A negated "before" or "until" is a lower bound: "the visit is unlikely before the election" starts at
 * the election, like "not before" does; what is denied is any earlier date. The TIMEX3 is unchanged.
 */
export const negateBounds: Refiner = (text, cands) =>
  cands.map((c) => {
    if ((c.vague !== 'before' && c.vague !== 'by') || !c.phrase) return c;
    const signal = /^\s*(before|until|till|ahead\s+of|prior\s+to)\b/i.exec(text.slice(c.phrase.start, c.phrase.end))?.[1]?.toLowerCase();
    if (!signal) return c;
    const clause = text.slice(Math.max(0, c.phrase.start - 120), c.phrase.start).split(/[,;]\s+(?:but|while|and)\s+|[.!?]\s/).pop() ?? '';
    if (!BOUND_NEGATION.test(clause)) return c;
    const key: VagueKey = signal === 'until' || signal === 'till' ? 'not-until' : 'not-before';
    return { ...c, vague: key, ...(c.timex3 ? {} : { mod: 'ON_OR_AFTER' as const }) };
  });

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [filterNegatives, dropRoundTheClock, mergeOverlaps, trimArticles, attachModifiers, attachTails, joinTimeAndDay, joinDayStep, dayFromBracketedTime, foldEventPhrases, attachSignals, negateBounds, widenVaguePhrases];
