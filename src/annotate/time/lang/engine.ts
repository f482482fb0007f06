/**
 * Finds and normalises the date expressions of one language's lexicon in a text, against the
 * publication date. Each template is compiled once per lexicon into one regular expression; every
 * template scans the text once (linear in the text), and overlapping matches keep the longest
 * ("12-14 Nisan" over "14 Nisan", "après-demain" over "demain").
 */
import type { Timex, TimeWindow } from '../../../doc/schemas/time.js';
import { addDays, addMonths, daysInMonth, fmtDate, fmtMonth, fmtWeek, fmtYear, isoWeek, isoWeekday, parseIsoDate, toEpochDay, type Ymd } from '../calendar.js';
import { dctWindow } from '../windows.js';
import type { DateLexicon, DateTemplate, DateUnit, LexiconVagueKey } from './types.js';

interface Compiled {
  readonly template: DateTemplate;
  readonly re: RegExp;
}

export interface CompiledLexicon {
  readonly lexicon: DateLexicon;
  readonly templates: readonly Compiled[];
  readonly monthRes: readonly RegExp[];
  readonly weekdayRes: readonly RegExp[];
  readonly numberRes: readonly RegExp[];
  readonly futureCue: RegExp;
}

/** A span of text where a sentence starts and ends, so a bare weekday reads its own sentence's tense. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const alt = (xs: readonly string[]): string => xs.map((x) => `(?:${x})`).join('|');
const whole = (x: string): RegExp => new RegExp(`^(?:${x})$`, 'iu');

export function compileLexicon(lex: DateLexicon): CompiledLexicon {
  const fill: Record<string, string> = {
    '{D}': String.raw`(?<d>[0-3]?\d)`,
    '{D2}': String.raw`(?<d2>[0-3]?\d)`,
    '{M}': `(?<m>${alt(lex.months)})`,
    '{MO}': String.raw`(?<mo>[01]?\d)`,
    '{Y}': String.raw`(?<y>(?:19|20)\d\d)`,
    // a season's year, if named after it: "im Sommer 2027", "en el verano de 2027", "voor de zomer van 2027"
    '{SY}': String.raw`(?:\s+(?:de\s+|del\s+|di\s+|van\s+)?(?<y>(?:19|20)\d\d))?`,
    '{W}': `(?<w>${alt(lex.weekdays)})`,
    '{WX}': `(?:${alt(lex.weekdays)})`,
    '{N}': String.raw`(?<n>\d{1,2}|${alt(lex.numbers)})`,
  };
  const templates = lex.templates.map((template) => {
    const source = template.re.replace(/\{(?:D2?|MO?|S?Y|WX?|N)\}/g, (p) => fill[p]!);
    return { template, re: new RegExp(`${BEFORE}(?:${source})${AFTER}`, template.caseSensitive ? 'gu' : 'giu') };
  });
  return {
    lexicon: lex,
    templates,
    monthRes: lex.months.map(whole),
    weekdayRes: lex.weekdays.map(whole),
    numberRes: lex.numbers.map(whole),
    futureCue: new RegExp(`${BEFORE}(?:${lex.futureCue})${AFTER}`, 'iu'),
  };
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly template: DateTemplate;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

/** Every template's matches, then the longest of each overlapping set (earliest first on ties). */
function findAll(c: CompiledLexicon, text: string): Found[] {
  const all: Found[] = [];
  for (const { template, re } of c.templates) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      all.push({ start: m.index, end: m.index + m[0].length, template, groups: m.groups ?? {} });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const f of all) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}

const indexOfMatch = (res: readonly RegExp[], s: string | undefined): number => (s === undefined ? -1 : res.findIndex((r) => r.test(s)));

function countOf(c: CompiledLexicon, s: string | undefined): number | null {
  if (s === undefined) return 1;
  if (/^\d+$/.test(s)) return Number(s);
  const i = indexOfMatch(c.numberRes, s);
  return i < 0 ? null : i + 1;
}

/** The year that puts month (and day) nearest the publication date: "12 April" in a December report is next April only if nearer. */
function nearestYear(dct: Ymd, month: number, day: number): number {
  let best = dct.year;
  let bestGap = Infinity;
  for (const year of [dct.year - 1, dct.year, dct.year + 1]) {
    const gap = Math.abs(toEpochDay({ year, month, day: Math.min(day, daysInMonth(year, month)) }) - toEpochDay(dct));
    if (gap < bestGap) {
      best = year;
      bestGap = gap;
    }
  }
  return best;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function unitValue(d: Ymd, unit: DateUnit): string {
  switch (unit) {
    case 'day':
      return fmtDate(d);
    case 'week':
      return fmtWeek(isoWeek(d));
    case 'month':
      return fmtMonth(d.year, d.month);
    case 'year':
      return fmtYear(d.year);
  }
}

function shift(d: Ymd, unit: DateUnit, n: number): Ymd {
  switch (unit) {
    case 'day':
      return addDays(d, n);
    case 'week':
      return addDays(d, 7 * n);
    case 'month':
      return addMonths(d, n);
    case 'year':
      return addMonths(d, 12 * n);
  }
}

interface Resolution {
  readonly type?: Timex['type'];
  readonly value: string;
  readonly anchor: Timex['anchor'];
  readonly mod?: Timex['mod'];
  readonly window?: TimeWindow;
}

function resolve(c: CompiledLexicon, f: Found, dct: Ymd | null, text: string, sentences: readonly SentenceSpan[]): Resolution | null {
  const g = f.groups;
  const t = f.template;
  const year = g.y ? Number(g.y) : null;
  switch (t.kind) {
    case 'date':
    case 'numeric':
    case 'range': {
      const month = t.kind === 'numeric' ? Number(g.mo) : indexOfMatch(c.monthRes, g.m) + 1;
      const day = Number(g.d);
      if (month < 1) return null;
      const y = year ?? (dct ? nearestYear(dct, month, day) : null);
      if (y === null) return null;
      if (!validDay(y, month, day)) return null;
      const first = { year: y, month, day };
      const anchor = year === null ? 'dct' : 'none';
      if (t.kind !== 'range') return { value: fmtDate(first), anchor };
      const lastDay = Number(g.d2);
      if (!validDay(y, month, lastDay) || lastDay <= day) return null;
      const window = { from: fmtDate(first), to: fmtDate({ year: y, month, day: lastDay }), confidence: 1 };
      return { value: fmtDate(first), anchor, window };
    }
    case 'month': {
      const month = indexOfMatch(c.monthRes, g.m) + 1;
      if (month < 1) return year === null ? null : { value: fmtYear(year), anchor: 'none', ...(t.mod ? { mod: t.mod } : {}) };
      const y = year ?? (dct ? nearestYear(dct, month, 15) : null);
      if (y === null) return null;
      return { value: fmtMonth(y, month), anchor: year === null ? 'dct' : 'none', ...(t.mod ? { mod: t.mod } : {}) };
    }
    case 'year':
      return year === null ? null : { value: fmtYear(year), anchor: 'none' };
    case 'relative':
      if (!dct) return null;
      return { value: unitValue(shift(dct, t.unit, t.offset), t.unit), anchor: 'dct', ...(t.mod ? { mod: t.mod } : {}) };
    case 'counted': {
      const n = countOf(c, g.n);
      if (!dct || n === null) return null;
      return { value: unitValue(shift(dct, t.unit, t.sign * n), t.unit), anchor: 'dct' };
    }
    case 'weekday': {
      const wd = indexOfMatch(c.weekdayRes, g.w) + 1;
      if (!dct || wd < 1) return null;
      const sentence = sentenceAround(text, f.start, sentences);
      const future = t.direction === 'next' || (t.direction === 'bare' && !pastRelative(c, sentence, f.start) && c.futureCue.test(clauseAround(sentence, f.start)));
      const today = isoWeekday(dct);
      // "next Tuesday" on a Tuesday is a week on; a bare "Tuesday" on a Tuesday is that day
      const ahead = (wd - today + 7) % 7 || (t.direction === 'next' ? 7 : 0);
      const back = (today - wd + 7) % 7 || (t.direction === 'last' ? 7 : 0);
      return { value: fmtDate(addDays(dct, future ? ahead : -back)), anchor: 'dct' };
    }
    case 'season': {
      // a season with no year is the next one in a clause with a plan word ("s'achèvera au printemps"), else the nearest,
      // by its middle month (winter's January; the winter ahead is this year's, from December)
      const ahead = dct && year === null && c.futureCue.test(clauseAround(sentenceAround(text, f.start, sentences), f.start));
      const middle = SEASON_MIDDLE[t.season];
      const y = year ?? (!dct ? null : ahead ? (t.season === 'WI' || middle >= dct.month ? dct.year : dct.year + 1) : nearestYear(dct, middle, 15));
      return y === null ? null : { value: `${fmtYear(y)}-${t.season}`, anchor: year === null ? 'dct' : 'none' };
    }
    case 'vague': {
      // as the English parser tags them: "soon" is FUTURE_REF, "the coming weeks" a stretch of unknown length (PXW)
      const window = dctWindow(t.key, dct);
      return { ...VAGUE_VALUES[t.key], anchor: dct ? 'dct' : 'unknown', ...(window ? { window } : {}) };
    }
  }
}

/** The middle month of each season, to find the nearest one to a report's day. */
const SEASON_MIDDLE: Readonly<Record<'SP' | 'SU' | 'FA' | 'WI', number>> = { SP: 4, SU: 7, FA: 10, WI: 1 };

const VAGUE_VALUES: Readonly<Record<LexiconVagueKey, { readonly type: Timex['type']; readonly value: string }>> = {
  'soon': { type: 'DATE', value: 'FUTURE_REF' },
  'coming-days': { type: 'DURATION', value: 'PXD' },
  'coming-weeks': { type: 'DURATION', value: 'PXW' },
  'coming-months': { type: 'DURATION', value: 'PXM' },
};

/** A comma before a coordinating conjunction: where a coordinated clause with a tense of its own begins ("…, y horas después"). */
const CLAUSE_BREAK = /,\s+(?:y|e|pero|mientras|aunque|et|mais|tandis|und|aber|sondern|en|maar)\s/giu;

/**
 * The coordinated clause of `sentence` that holds `at`: "entraron en vigor el viernes, y … se aplicarán a partir
 * del 1 de junio" reads the weekday by its own clause's past, not the next clause's future.
 */
function clauseAround(sentence: SentenceAt, at: number): string {
  const rel = at - sentence.start;
  let from = 0;
  let to = sentence.text.length;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    if (m.index < rel) from = m.index + 1;
    else if (m.index > rel) {
      to = m.index;
      break;
    }
  }
  return sentence.text.slice(from, to);
}

/**
 * A relative clause set off by commas, per language (its pronoun right after the comma), and a past form of a verb: "Tavares
 * Delgado, que morreu no domingo aos 86 anos, será sepultado" reads the weekday by the relative clause's past, not the
 * sentence's future (time.lang 1.5.0). A relative clause with no past form keeps the sentence's tense ("la huelga, que
 * comienza el lunes, …").
 */
const RELATIVE: Readonly<Record<string, { readonly pronoun: RegExp; readonly past: RegExp }>> = {
  pt: { pronoun: /^(?:que|onde)\s/iu, past: /(?<!\p{L})(?:\p{L}{2,}(?:ou|eu|iu|aram|eram|iram)|foi|foram)(?!\p{L})/iu },
  es: { pronoun: /^(?:que|quien|quienes|donde)\s/iu, past: /(?<!\p{L})(?:\p{L}{2,}(?:ó|ió|aron|ieron)|fue|fueron)(?!\p{L})/iu },
  fr: { pronoun: /^(?:qui|que|qu'|où|dont)/iu, past: /(?<!\p{L})(?:a|ont|avait|avaient|est|sont|était)\s+\p{L}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us)(?!\p{L})/iu },
  it: { pronoun: /^(?:che|dove|cui)\s/iu, past: /(?<!\p{L})(?:(?:è|ha|hanno|era|aveva)\s+\p{L}+(?:ato|ata|ati|ate|uto|uta|ito|ita)|\p{L}{2,}(?:ò|ì))(?!\p{L})/iu },
  de: { pronoun: /^(?:der|die|das|dem|den|welcher|welche|welches)\s/iu, past: /(?<!\p{L})(?:hat|hatte|hatten|war|waren|wurde|wurden)(?!\p{L})/iu },
  nl: { pronoun: /^(?:die|dat|waar)\s/iu, past: /(?<!\p{L})(?:heeft|had|hadden|was|waren|werd|werden)(?!\p{L})/iu },
};

/** The weekday at `at` stands in a relative clause of `sentence` told in a past form with no future word. */
function pastRelative(c: CompiledLexicon, sentence: SentenceAt, at: number): boolean {
  const rel = RELATIVE[c.lexicon.language];
  if (!rel) return false;
  const i = at - sentence.start;
  const open = sentence.text.lastIndexOf(',', i);
  if (open < 0) return false;
  const close = sentence.text.indexOf(',', i);
  const clause = sentence.text.slice(open + 1, close < 0 ? sentence.text.length : close).trim();
  return rel.pronoun.test(clause) && rel.past.test(clause) && !c.futureCue.test(clause);
}

/** A sentence's text and where it starts in the report. */
interface SentenceAt {
  readonly start: number;
  readonly text: string;
}

/** The sentence holding `at` (the whole text where no sentences are given). */
function sentenceAround(text: string, at: number, sentences: readonly SentenceSpan[]): SentenceAt {
  // sentences are in order: binary search for the one holding `at`
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return { start: s.start, text: text.slice(s.start, s.end) };
  }
  return { start: 0, text };
}

/** The date expressions of `text` in the lexicon's language, as timexes anchored to `published`. */
export function tagDates(c: CompiledLexicon, text: string, published: string | null, sentences: readonly SentenceSpan[] = []): Timex[] {
  const dct = parseIsoDate(published);
  const out: Timex[] = [];
  for (const f of findAll(c, text)) {
    const r = resolve(c, f, dct, text, sentences);
    if (!r) continue;
    out.push({
      id: `t${out.length + 1}`,
      start: f.start,
      end: f.end,
      type: r.type ?? 'DATE',
      value: r.value,
      ...(r.mod ? { mod: r.mod } : {}),
      anchor: r.anchor,
      ...(r.window ? { window: r.window } : {}),
      rule: `${c.lexicon.language}:${f.template.kind}`,
    });
  }
  return out;
}
