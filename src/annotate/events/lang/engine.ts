/**
 * Events in reports the English event models cannot read (German, French, Spanish): one engine over a
 * lexicon per language (types.ts). It writes the English `events` layer schema, so the link layer reads
 * these events unchanged:
 *
 * 1. triggers: a lexicon word (German compounds by their last noun: "Warnstreik" is a strike), kept only
 *    where the word the lexicon asks for is near ("baisse" of "taux");
 * 2. the clause around the trigger (up to a comma, semicolon or colon, at most CUE_REACH characters each
 *    way) is where cues count; the time is the `timexes` record nearest the trigger in that clause, else
 *    in its sentence;
 * 3. status, in order: called off; put off (the event is still ahead: anticipated, or scheduled with a
 *    new day); denied or negated (no status); the time against the publication date; going on; a plan
 *    or future word; a past form; for incidents, legal steps, rate decisions and elections, asserted
 *    means it happened (as in English, phases.ts);
 * 4. mentions of one lemma are one event unless their dated times do not meet ("the strike on 12-13
 *    February" and "the strike of January last year" are two); a mention whose status came only from
 *    tense or default takes the status of a mention of its event that has a cue or a time.
 */
import { HAPPENING_TYPE, type Cue, type EventArg, type Event, type EventFamily, type EventStatus, type Modality, type Phase } from '../../../doc/schemas/events.js';
import type { NameCandidate } from '../../../doc/schemas/names.js';
import type { Timex } from '../../../doc/schemas/time.js';
import type { EventCues, EventLexicon, TriggerSpec } from './types.js';
import { relateToDct, type Relation } from '../time-relation.js';
import { inflections } from './morphology.js';

/** How far (characters) from the trigger a cue counts, inside its clause. */
const CUE_REACH = 100;
/** A negation counts only this close before the trigger ("kein Streik", "pas de grève", "no habrá huelga"). */
const NEGATION_REACH = 24;
/** The shortest noun that heads a compound: shorter endings are parts of other words. */
const MIN_COMPOUND_HEAD = 5;
const CLAUSE_BREAK = /[,;:–—()"„“”«»]/u;
const WORD = /\p{L}+/gu;

interface Form {
  readonly spec: TriggerSpec;
  readonly noun: boolean;
  /** The next trigger with the same word, tried when this one's `near` words are absent ("aprobó" a law is a vote, an extradition an approval). */
  readonly otherwise?: Form;
}

type CueName = keyof EventCues;

export interface CompiledEventLexicon {
  readonly language: string;
  readonly forms: ReadonlyMap<string, Form>;
  /** Compound heads, longest first (German): the lexicon's, then the glossary's. */
  readonly heads: readonly string[];
  /** Endings that are no compound of the trigger inside them (German "…preise" is no "Reise"). */
  readonly exceptions: readonly string[];
  /** The glossary's compound heads (a subset of `heads`) and the endings that are no compound of one. */
  readonly glossaryHeads: ReadonlySet<string>;
  readonly glossaryExceptions: readonly string[];
  readonly cues: Readonly<Partial<Record<CueName, RegExp>>> & Readonly<Record<Exclude<CueName, 'ongoing'>, RegExp>>;
  readonly near: ReadonlyMap<TriggerSpec, RegExp>;
  /** Words right before a trigger that give it another sense (TriggerSpec.notAfter), anchored at the trigger. */
  readonly notAfter: ReadonlyMap<TriggerSpec, RegExp>;
  readonly capitalisedNouns: boolean;
  readonly verbSecond: boolean;
  /** A verb of saying with at most an article after it, at the end of the text before a timex (EventLexicon.reporting). */
  readonly saidBefore: RegExp | null;
}

/** Whole words, case-insensitive, Unicode-aware (`\b` does not know "é" is a letter). */
function wordsRe(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, flags);
}

/**
 * Compiles a lexicon and, after it, the triggers of its happening glossary (glossary.ts): a glossary word the lexicon
 * already reads (as itself or, in German, as a compound of one of its nouns) is left to the lexicon, and the lexicon's
 * compound heads are tried before the glossary's.
 */
export function compileEventLexicon(lex: EventLexicon, glossary: { readonly triggers: readonly TriggerSpec[]; readonly compoundExceptions?: string } = { triggers: [] }): CompiledEventLexicon {
  const forms = new Map<string, Form>();
  const near = new Map<TriggerSpec, RegExp>();
  const notAfter = new Map<TriggerSpec, RegExp>();
  // a word two triggers share keeps them in the lexicon's order, each tried when the one before it does not hold
  const chain = (w: string, form: Form): Form => {
    const first = forms.get(w);
    if (!first) return form;
    const append = (f: Form): Form => ({ ...f, otherwise: f.otherwise ? append(f.otherwise) : form });
    return append(first);
  };
  const add = (spec: TriggerSpec, keep: (w: string) => boolean = () => true): void => {
    for (const w of (spec.verbs ?? '').split(' ').filter(Boolean)) if (keep(w)) forms.set(w, chain(w, { spec, noun: false }));
    for (const w of (spec.nouns ?? '').split(' ').filter(Boolean)) if (keep(w)) forms.set(w, chain(w, { spec, noun: true }));
    // in a compounding language a near word also ends a compound ("Schiffsverkehr", "Berufungsgericht", "Wasserstraße"), as a
    // trigger noun does (events.lang 1.31.0)
    if (spec.near) near.set(spec, wordsRe(lex.compounds ? `\\p{L}*(?:${spec.near})` : spec.near));
    if (spec.notAfter) notAfter.set(spec, new RegExp(`(?<![\\p{L}])(?:${spec.notAfter})\\s+$`, 'iu'));
  };
  // every word a lexicon or glossary lists, which no made inflection takes over
  const listed = new Set([...lex.triggers, ...glossary.triggers].flatMap((t) => `${t.verbs ?? ''} ${t.nouns ?? ''}`.split(' ').filter(Boolean)));
  // a listed word's regular inflections, after every listed word and in the lexicon's order (morphology.ts; events.lang 1.31.0)
  const inflect = (specs: readonly TriggerSpec[], keep: (w: string) => boolean = () => true): void => {
    for (const spec of specs) {
      const made = (words: string | undefined, noun: boolean): void => {
        for (const w of (words ?? '').split(' ').filter(Boolean)) {
          for (const x of inflections(lex.language, w, noun)) {
            if (listed.has(x) || hasSpec(forms.get(x), spec) || !keep(x)) continue;
            forms.set(x, chain(x, { spec, noun }));
          }
        }
      };
      made(spec.verbs, false);
      made(spec.nouns, true);
    }
  };
  for (const spec of lex.triggers) add(spec);
  inflect(lex.triggers);
  const headsOf = (entries: readonly (readonly [string, Form])[]): string[] =>
    lex.compounds ? entries.filter(([w, f]) => f.noun && !f.spec.wholeWord && w.length >= MIN_COMPOUND_HEAD).map(([w]) => w).sort((a, b) => b.length - a.length) : [];
  const lexiconHeads = headsOf([...forms.entries()]);
  const exceptions = (lex.compoundExceptions ?? '').split(' ').filter(Boolean);
  const lexiconOnly = { forms: new Map(forms), heads: lexiconHeads, exceptions, glossaryHeads: new Set<string>(), glossaryExceptions: [] };
  const glossaryWords = new Set<string>();
  for (const spec of glossary.triggers) {
    add(spec, (w) => {
      if (glossaryWords.has(w) || formOf(lexiconOnly, w)) return false;
      glossaryWords.add(w);
      return true;
    });
  }
  inflect(glossary.triggers, (w) => {
    if (glossaryWords.has(w) || formOf(lexiconOnly, w)) return false;
    glossaryWords.add(w);
    return true;
  });
  const glossaryHeads = headsOf([...forms.entries()].filter(([w]) => glossaryWords.has(w)));
  const cues = Object.fromEntries(Object.entries(lex.cues).filter(([, v]) => v !== undefined).map(([k, v]) => [k, wordsRe(v as string, 'giu')])) as CompiledEventLexicon['cues'];
  // (events.lang 1.36.0: a subject's name may stand between the verb and the time, "zei Bosma dinsdag", "sagte Müller am Montag")
  const saidBefore = lex.reporting ? new RegExp(`(?<![\\p{L}])(?:${lex.reporting})\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}(?:(?:le|la|am|el|este|esta|ce|diesen|an)\\s+)?$`, 'u') : null;
  return {
    language: lex.language,
    capitalisedNouns: lex.capitalisedNouns ?? false,
    verbSecond: lex.verbSecond ?? false,
    forms,
    heads: [...lexiconHeads, ...glossaryHeads],
    exceptions,
    glossaryHeads: new Set(glossaryHeads),
    glossaryExceptions: (glossary.compoundExceptions ?? '').split(' ').filter(Boolean),
    cues,
    near,
    notAfter,
    saidBefore,
  };
}

/** Whether a word's chain of senses already holds a trigger. */
function hasSpec(form: Form | undefined, spec: TriggerSpec): boolean {
  for (let f = form; f; f = f.otherwise) if (f.spec === spec) return true;
  return false;
}

/** The trigger form a word is: itself, or (in a compounding language) the noun it ends in, a lexicon noun before a glossary one. */
function formOf(c: Pick<CompiledEventLexicon, 'forms' | 'heads' | 'exceptions' | 'glossaryHeads' | 'glossaryExceptions'>, word: string): Form | undefined {
  const lw = word.toLowerCase();
  const own = c.forms.get(lw);
  if (own) return own;
  if (!c.heads.length || c.exceptions.some((x) => lw.endsWith(x))) return undefined;
  const glossaryOut = c.glossaryExceptions.some((x) => lw.endsWith(x));
  const head = c.heads.find((h) => lw.length > h.length + 1 && lw.endsWith(h) && !(glossaryOut && c.glossaryHeads.has(h)));
  return head ? c.forms.get(head) : undefined;
}

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

interface Clause {
  readonly start: number;
  readonly end: number;
}

/** The clause of the trigger inside its sentence, at most CUE_REACH characters either side. */
function clauseOf(text: string, s: SentenceSpan, at: SentenceSpan): Clause {
  let start = at.start;
  const min = Math.max(s.start, at.start - CUE_REACH);
  while (start > min && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  let end = at.end;
  const max = Math.min(s.end, at.end + CUE_REACH);
  while (end < max && !CLAUSE_BREAK.test(text[end]!)) end++;
  return { start, end };
}

/** Where the trigger's clause opens: after the last clause break before it in its sentence, however far. */
function clauseStart(text: string, s: SentenceSpan, at: SentenceSpan): number {
  let start = at.start;
  while (start > s.start && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  return start;
}

const LETTER = /\p{L}/u;

/** A window's edge moved out of the word it cuts, to the word's start (`dir` -1) or end (1); an edge between words stays. */
function wordEdge(text: string, at: number, dir: 1 | -1): number {
  let i = at;
  while (i > 0 && i < text.length && LETTER.test(text[i - 1]!) && LETTER.test(text[i]!)) i += dir;
  return i;
}

/** The first match of a cue in [lo, hi) of the text (widened to whole words at either edge), as a span, or null. */
function cueIn(re: RegExp, text: string, lo: number, hi: number): Cue | null {
  // a window that cuts a word takes the whole word: "no" inside "Gobierno" is no negation (events.lang 1.28.0)
  const from = wordEdge(text, lo, -1);
  const to = wordEdge(text, hi, 1);
  if (to <= from) return null;
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, to));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/** The trigger itself when the whole word is a cue ("fermera" is a future form): a cue's words inside it do not count. */
function wholeTrigger(re: RegExp, text: string, at: SentenceSpan): Cue | null {
  const hit = cueIn(re, text, at.start, at.end);
  return hit && hit.start === at.start && hit.end === at.end ? hit : null;
}

/** A cue anywhere in the clause except on the trigger itself. */
function clauseCue(re: RegExp, text: string, clause: Clause, at: SentenceSpan): Cue | null {
  return cueIn(re, text, clause.start, at.start) ?? cueIn(re, text, at.end, clause.end);
}

interface TimeReading {
  readonly timex: Timex;
  readonly relation: Relation;
  /** Inclusive ISO day bounds of the time, when it names calendar time (a bound or FUTURE_REF has none). */
  readonly window: { readonly from: string; readonly to: string } | null;
  /** A day or a few days: a date set, not a vague span. */
  readonly dated: boolean;
}

/** A window of at most this many days is a date set ("am 12. und 13. Februar", "next week"). */
const DATED_DAYS = 8;

/**
 * The time against the publication date, read as the English events layer reads it (relateToDct: the value's
 * calendar bounds, months and seasons to their real ends, a half-open window as a bound), so a report in
 * another language gets the same status from the same date. A range ("am 12. und 13. Februar") keeps its
 * closed window, which the value (its first day) does not carry.
 */
function readTime(t: Timex, dct: string | null): TimeReading {
  const r = relateToDct(t.value, dct, t.window);
  const range = t.range ? { from: t.range.begin, to: t.range.end } : null;
  const bounds = range && isDay(range.from) && isDay(range.to) ? { from: range.from.slice(0, 10), to: range.to.slice(0, 10) } : r.from && r.to ? { from: r.from, to: r.to } : null;
  const days = bounds ? (Date.parse(`${bounds.to}T00:00:00Z`) - Date.parse(`${bounds.from}T00:00:00Z`)) / 86_400_000 : Infinity;
  const related: Relation = !dct ? 'unknown' : range && bounds ? (bounds.to < dct.slice(0, 10) ? 'past' : bounds.from > dct.slice(0, 10) ? 'future' : 'present') : r.relation;
  // a span from the report's day on ("en las próximas semanas", "dans les prochaines semaines": a duration with a window
  // that opens on or after that day) is ahead, as the English layer reads "in the coming weeks"
  const spanAhead = dct !== null && related !== 'past' && /^P/.test(t.value ?? '') && t.window != null && bounds !== null && bounds.from >= dct.slice(0, 10);
  const relation: Relation = spanAhead ? 'future' : related;
  return { timex: t, relation, window: bounds, dated: days <= DATED_DAYS };
}

const isDay = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}/.test(s);

/** Days between two windows that do not meet (0 when they do). */
function gapDays(a: { from: string; to: string }, b: { from: string; to: string }): number {
  const [first, second] = a.to < b.from ? [a, b] : b.to < a.from ? [b, a] : [null, null];
  if (!first || !second) return 0;
  return (Date.parse(`${second.from}T00:00:00Z`) - Date.parse(`${first.to}T00:00:00Z`)) / 86_400_000;
}

/** Windows further apart than this are two events even when both are plans (or both past). */
const APART_DAYS = 31;

/**
 * Whether two readings cannot be one event's: their windows do not meet, and one is over while the other
 * is not ("the strike of January last year" and "the strike next week"), or they are months apart. A
 * plan's day a week off another's is one event read twice ("on 12-13 February", "on Wednesday").
 */
function timesApart(a: TimeReading | undefined, b: TimeReading | undefined): boolean {
  const wa = a?.window;
  const wb = b?.window;
  if (!a || !b || !wa || !wb) return false;
  const gap = gapDays(wa, wb);
  if (gap === 0) return false;
  return (a.relation === 'past') !== (b.relation === 'past') || gap > APART_DAYS;
}

/**
 * A date in a genitive right after another event's noun, at most one word between, is that event's: "la elección
 * parcial del 9 de octubre", "la grève du 25 septembre", "der Streik vom 12. Februar".
 */
const GENITIVE_DATE = /^(?:del|de|du|des|vom|von|of)\s/i;
const GENITIVE_GAP = /^[\s,]*(?:[\p{L}-]+\s+)?$/u;

function ownedByOther(text: string, t: Timex, at: SentenceSpan, others: readonly SentenceSpan[]): boolean {
  if (!GENITIVE_DATE.test(text.slice(t.start, t.end))) return false;
  return others.some((o) => o.start !== at.start && o.end <= t.start && t.start - o.end <= 24 && GENITIVE_GAP.test(text.slice(o.end, t.start)));
}

/**
 * The timex nearest the trigger inside the clause, else inside the sentence (a date is rarely two clauses off); for a
 * glossary's happening (`ownOnly`), a time of another clause only with no other trigger between and none nearer: "reabrirá …
 * el sábado 18 de abril, después de dos años de obras de restauración" dates the reopening, not the restoration.
 */
function timeFor(text: string, timexes: readonly Timex[], s: SentenceSpan, clause: Clause, at: SentenceSpan, others: readonly SentenceSpan[], saidBefore: RegExp | null, ownOnly = false, language = ''): Timex | undefined {
  const dist = (t: Timex): number => (t.end <= at.start ? at.start - t.end : t.start - at.end);
  // "a déclaré jeudi que …": the day the words were said
  const ofSaying = (t: Timex): boolean => saidBefore !== null && saidBefore.test(text.slice(Math.max(s.start, t.start - 30), t.start));
  // (events.lang 1.36.0) nor a time on the other side of a quotation's marks, nor one that dates the noun of an "after/before"
  // phrase the trigger is not in
  const quote = quoteAround(text, s, at);
  const anchored = ANCHORED_RE.get(language);
  const apart = (t: Timex): boolean => (quote !== null && (t.start < quote.start || t.end > quote.end)) || (anchored !== undefined && datesAnchoredNoun(text, t, at, s, anchored));
  const inside = (lo: number, hi: number): Timex[] =>
    timexes.filter((t) => t.start >= lo && t.end <= hi && !ownedByOther(text, t, at, others) && !ofSaying(t) && !apart(t)).sort((a, b) => dist(a) - dist(b));
  const between = (t: Timex): boolean => others.some((o) => o.start !== at.start && (t.end <= at.start ? o.start >= t.end && o.end <= at.start : o.start >= at.end && o.end <= t.start));
  // nor a time nearer another trigger of the sentence, which is that trigger's (events.lang 1.28.0)
  const gap = (o: SentenceSpan, t: Timex): number => (t.end <= o.start ? o.start - t.end : t.start >= o.end ? t.start - o.end : 0);
  const nearerOther = (t: Timex): boolean => others.some((o) => o.start !== at.start && o.start >= s.start && o.end <= s.end && gap(o, t) < dist(t));
  const ofSentence = (t: Timex): boolean => !ownOnly || (!between(t) && !nearerOther(t));
  const coord = coordinateOf(text, s, at, language);
  return inside(clause.start, clause.end)[0] ?? (coord ? inside(coord.start, coord.end).find(ofSentence) : undefined) ?? inside(s.start, s.end).find(ofSentence);
}

/** Quotation marks that open or close a quotation (straight double quotes, curly quotes, guillemets, low quotes). */
const QUOTE_RE = /["«»“”„]/gu;

/**
 * The quotation of the sentence that holds the trigger, or null ("Als het geluid niet omlaag gaat, komt er geen festival,"
 * zei Bosma dinsdag): its words are the speaker's, and a time of the words around it, the saying's (events.lang 1.36.0). Marks
 * pair in order; an odd one left over opens a quotation that runs to the sentence's end.
 */
function quoteAround(text: string, s: SentenceSpan, at: SentenceSpan): { start: number; end: number } | null {
  const marks = [...text.slice(s.start, s.end).matchAll(QUOTE_RE)].map((m) => s.start + m.index);
  for (let k = 0; k < marks.length; k += 2) {
    const start = marks[k]!;
    const end = marks[k + 1] ?? s.end;
    if (start < at.start && end >= at.end) return { start, end };
  }
  return null;
}

/** "After", "before" and "since", per language: a time right after the noun of such a phrase dates that noun. */
const ANCHOR_WORDS: Readonly<Record<string, string>> = {
  de: 'vor|nach|seit',
  fr: 'avant|après|depuis',
  es: 'antes\\s+de|después\\s+de|tras|desde',
  it: 'prima\\s+d\\p{L}*|dopo',
  pt: 'antes\\s+d\\p{L}*|depois\\s+d\\p{L}*|após|desde',
  nl: 'na|sinds',
};
const ANCHORED_RE = new Map(Object.entries(ANCHOR_WORDS).map(([l, w]) => [l, new RegExp(`(?<![\\p{L}])(?:${w})\\s+((?:[\\p{L}'’-]+\\s+){1,3})$`, 'iu')]));
/** The shortest word that may be the noun of such a phrase (not an article: "seit dem 1. April" is the time itself). */
const ANCHORED_NOUN = /\p{L}{4,}/u;

/**
 * "hat das Fahrverbot … wenige Tage vor dem geplanten Start am 1. April vorläufig ausgesetzt": a time right after the
 * words of an "after/before/since" phrase (one to three words, one of them a noun) dates that phrase's noun, not a
 * trigger outside the phrase (events.lang 1.36.0).
 */
function datesAnchoredNoun(text: string, t: Timex, at: SentenceSpan, s: SentenceSpan, re: RegExp): boolean {
  const lo = Math.max(s.start, t.start - 60);
  const m = re.exec(text.slice(lo, t.start));
  if (!m || !ANCHORED_NOUN.test(m[1]!)) return false;
  const from = lo + m.index;
  return at.end <= from || at.start >= t.end;
}

/**
 * A comma and a coordinating conjunction, per language: where a coordinated clause with a subject and a tense of its own
 * begins ("entraron en vigor el viernes, y horas después Brasil anunció aranceles …, que se aplicarán a partir del 1 de
 * junio"). Dutch "en", the Spanish and French "en" being "in", is only Dutch's.
 */
const COORDINATORS: Readonly<Record<string, string>> = {
  de: 'und|aber|sondern|doch',
  fr: 'et|mais|tandis\\s+que|alors\\s+que',
  es: 'y|e|pero|mientras',
  it: 'e|ed|ma|mentre',
  pt: 'e|mas|enquanto',
  nl: 'en|maar',
};
const COORDINATE_RE = new Map(Object.entries(COORDINATORS).map(([l, w]) => [l, new RegExp(`,\\s+(?:${w})\\s`, 'giu')]));

/**
 * The coordinated clause of the sentence that holds the trigger (events.lang 1.29.0), or null when the sentence has none
 * to part: a trigger with no time in its own clause takes one of its coordinated clause before one of the sentence's
 * other coordinated clauses, which has a subject and a tense of its own.
 */
function coordinateOf(text: string, s: SentenceSpan, at: SentenceSpan, language: string): Clause | null {
  const re = COORDINATE_RE.get(language);
  if (!re) return null;
  let start = s.start;
  let end = s.end;
  let parted = false;
  for (const m of text.slice(s.start, s.end).matchAll(re)) {
    const i = s.start + m.index;
    if (i + m[0].length <= at.start) {
      start = i + m[0].length;
      parted = true;
    } else if (i >= at.end) {
      end = i;
      parted = true;
      break;
    }
  }
  return parted ? { start, end } : null;
}

/** How far after a put-off cue its new day may start, with no clause break between ("reporté au 2 mars"). */
const NEW_TIME_REACH = 12;

/** The timex that starts right after a put-off cue in its sentence: the plan's new day, or undefined. */
function newTimeAfter(text: string, timexes: readonly Timex[], cue: { readonly end: number }, s: SentenceSpan): Timex | undefined {
  return timexes.find((t) => t.start >= cue.end && t.end <= s.end && t.start - cue.end <= NEW_TIME_REACH && !CLAUSE_BREAK.test(text.slice(cue.end, t.start)));
}

/** What the cues and the time say of one mention. */
interface Reading {
  readonly modality: Modality;
  readonly modalityCue?: Cue;
  readonly status?: EventStatus;
  readonly statusCue?: Cue;
  readonly phaseCue?: { readonly phase: Phase; readonly cue: Cue };
  /** The status came from a cue or a time, not only tense or a family's default. */
  readonly decisive: boolean;
}

const PLAN: ReadonlySet<EventStatus | undefined> = new Set(['anticipated', 'scheduled']);
const DONE: ReadonlySet<EventStatus | undefined> = new Set(['occurred', 'in-progress']);
/** Families whose asserted mentions without tense report what happened ("12 Tote", "festgenommen"). */
const PAST_BY_DEFAULT: ReadonlySet<EventFamily> = new Set(['incident', 'legal', 'rate', 'election']);

function planStatus(time: TimeReading | undefined): EventStatus {
  return time?.relation === 'future' && time.dated ? 'scheduled' : 'anticipated';
}

/**
 * In a verb-second language, the denial that follows an object put first: the trigger stands in the sentence's first
 * segment, and the denial opens the clause right after it or a segment after its commas (", wies das Unternehmen
 * erneut zurück"). A trigger after a comma is in another clause, which the denial does not govern.
 */
function frontedDenial(c: CompiledEventLexicon, text: string, s: SentenceSpan, clause: Clause, at: SentenceSpan): Cue | null {
  if (!c.verbSecond || /[,;:]/.test(text.slice(s.start, at.start))) return null;
  const inClause = cueIn(c.cues.denied, text, at.end, clause.end);
  if (inClause) return inClause;
  for (const m of text.slice(at.end, s.end).matchAll(/[,;]\s*/g)) {
    const from = at.end + m.index + m[0].length;
    const hit = cueIn(c.cues.denied, text, from, s.end);
    if (hit?.start === from) return hit;
  }
  return null;
}

/** A separable denial around the trigger: "wies am Montag Berichte über einen Streik zurück". */
function denialAround(c: CompiledEventLexicon, text: string, clause: Clause, at: SentenceSpan): Cue | null {
  const hit = cueIn(c.cues.denied, text, clause.start, clause.end);
  return hit && hit.start < at.start && hit.end > at.end ? hit : null;
}

/** Words that open the clause a verb of denying denies: "desmintió que …", "a démenti que …", "dementierte, dass …". */
const THAT = /(?<![\p{L}])(?:que|qu['’]|dass)(?![\p{L}])/giu;
/** How far (characters) after the verb of denying its "que" may stand ("desmintió el martes que"). */
const THAT_REACH = 30;

/**
 * "La Audiencia desmintió el martes que el promotor, detenido en marzo, haya quedado en libertad": a denial that opens a
 * "que" clause denies what that clause says, past the commas of an appositive inside it; a second "que" ("… pero
 * confirmó que …") or a semicolon before the trigger opens another statement.
 */
function deniedThat(c: CompiledEventLexicon, text: string, s: SentenceSpan, at: SentenceSpan): Cue | null {
  const hit = cueIn(c.cues.denied, text, s.start, at.start);
  if (!hit) return null;
  const between = text.slice(hit.end, at.start);
  const thats = [...between.matchAll(THAT)];
  if (thats.length !== 1 || thats[0]!.index > THAT_REACH || /[;:]/.test(between)) return null;
  // a trigger between two commas after the "que" is an appositive's ("el empresario, detenido en marzo, haya …")
  const appositive = between.slice(thats[0]!.index).includes(',') && text.slice(at.end, s.end).includes(',');
  return appositive ? null : hit;
}

/**
 * Right before a change word, the auxiliary of its passive: "a été reportée", "fue aplazado", "ha sido suspendida", "wurde
 * verschoben"; Italian, Portuguese and Dutch too (events.lang 1.35.0): "è stata rinviata", "foi adiada", "is uitgesteld".
 */
const PASSIVE_AUX = /(?<![\p{L}])(?:a|ont|avait|avaient|est|sont|sera|seront|fue|fueron|ha|han|será|serán|wurde|wurden|ist|sind|wird|werden|è|sono|fu|furono|sarà|saranno|foi|foram|is|zijn|werd|werden|wordt|worden)\s+(?:(?:été|sido|stato|stata|stati|state|déjà|finalement|finalmente|nuevamente|novamente|nuovamente|erneut|nun|opnieuw)\s+){0,2}$/iu;
/** At most this many words before a trigger that is its sentence's subject ("L'audience", "El juicio contra"). */
const SUBJECT_WORDS = 2;
/** A dateline before a sentence's subject: "PORT-LOUIS - ", "PARÍS, 3 mar (EFE) – ". */
const DATELINE_LEAD = /^.*?\s[-–—]\s/su;

/**
 * The change word of a subject told past an appositive: "L'audience devant la Cour, prévue le 19 février, a été reportée au 2
 * mars", "El juicio, previsto para el lunes, fue aplazado". The trigger opens its sentence; the cue is the first passive
 * change in the rest of the sentence.
 */
function subjectPassive(re: RegExp, text: string, s: SentenceSpan, at: SentenceSpan): Cue | null {
  return opensSentence(text, s, at) ? passiveCue(re, text, at.end, s.end) : null;
}

/**
 * Whether the trigger stands at its sentence's start, as its subject: at most SUBJECT_WORDS words before it, a dateline
 * being no part of the subject ("PORT-LOUIS - Le référendum …, prévu le 13 septembre, est reporté").
 */
function opensSentence(text: string, s: SentenceSpan, at: SentenceSpan): boolean {
  const before = text.slice(s.start, at.start).replace(DATELINE_LEAD, '').trim();
  return before.split(/\s+/).filter(Boolean).length <= SUBJECT_WORDS;
}

/** The first cue of `re` in [from, to) that stands in the passive, right after an auxiliary ("a été reportée", "fue aplazado"). */
function passiveCue(re: RegExp, text: string, from: number, to: number): Cue | null {
  const hit = cueIn(re, text, from, to);
  return hit && PASSIVE_AUX.test(text.slice(Math.max(from, hit.start - 40), hit.start)) ? hit : null;
}

/** How many words may follow a noun trigger in its clause before the comma of a relative clause that is still its own. */
const RELATIVE_NOUN_REACH = 5;

/**
 * "financiar el censo nacional de población y vivienda, que fue aplazado en noviembre" (events.lang 1.34.0): a change in
 * the passive inside a relative clause right after a noun trigger's clause tells what became of the noun, wherever the
 * noun stands in its sentence (subjectPassive reads the sentence's subject only).
 */
function relativePassive(re: RegExp | undefined, text: string, s: SentenceSpan, clause: Clause, at: SentenceSpan): Cue | null {
  if (!re || text.slice(at.end, clause.end).trim().split(/\s+/).filter(Boolean).length > RELATIVE_NOUN_REACH) return null;
  const relative = relativeAfter(text, s, clause);
  return relative ? passiveCue(re, text, relative.start, relative.end) : null;
}

/**
 * The relative clause (or appositive) that opens right after a clause's comma ("…, qui a fait neuf morts le 7 mars, …"):
 * from after the comma to the next comma (`closed`) or to the sentence's end; null when none opens there.
 */
function relativeAfter(text: string, s: SentenceSpan, clause: Clause): { readonly start: number; readonly end: number; readonly closed: boolean } | null {
  if (clause.end >= s.end || text[clause.end] !== ',' || !RELATIVE_OPENER.test(text.slice(clause.end + 1, s.end))) return null;
  const close = text.indexOf(',', clause.end + 1);
  const closed = close >= 0 && close < s.end;
  return { start: clause.end + 1, end: closed ? close : s.end, closed };
}

/** Words that open a relative clause or an appositive after a subject: "Le rapport …, qui a fait neuf morts le 7 mars, …". */
const RELATIVE_OPENER = /^\s*(?:qui|que|qu['’]|dont|lequel|laquelle|où|que|quien|quienes|cuyo|cuya|el\s+cual|la\s+cual|che|il\s+quale|la\s+quale|cui|der|die|das|dem|den|deren|dessen|welche[rsmn]?|que|o\s+qual|a\s+qual|cujo|cuja|dat|wie|waar)(?![\p{L}])/iu;
/** How far into the predicate its modal may stand ("pourrait être remis", "podría celebrarse"). */
const PREDICATE_MODAL_REACH = 16;

/**
 * The predicate of a noun trigger that is its sentence's subject, past a relative clause between commas: "Le rapport de la
 * commission d'enquête …, qui a fait neuf morts le 7 mars, pourrait être remis d'ici à la mi-avril" (events.lang 1.28.0).
 * The trigger's own clause ends at the first comma, so neither the modal nor the time of its verb were read.
 */
function subjectPredicate(text: string, s: SentenceSpan, clause: Clause, at: SentenceSpan, noun: boolean): Clause | null {
  if (!noun || !opensSentence(text, s, at)) return null;
  const relative = relativeAfter(text, s, clause);
  if (!relative?.closed) return null;
  let end = relative.end + 1;
  while (end < s.end && !CLAUSE_BREAK.test(text[end]!)) end++;
  return { start: relative.end + 1, end };
}

/** Quotes and dashes that may open a sentence before its first word. */
const OPENING_MARKS = /^[\s«»"“”„'‘’–—-]*/u;

/**
 * A condition that opens the sentence governs its main clause (events.lang 1.17.0): "« Si rien ne bouge, ce sera une
 * grève reconductible à partir du 17 juillet »" is no plan announced; a semicolon before the trigger opens another
 * statement.
 */
function openingCondition(c: CompiledEventLexicon, text: string, s: SentenceSpan, at: SentenceSpan): Cue | null {
  const from = s.start + OPENING_MARKS.exec(text.slice(s.start, at.start))![0].length;
  const hit = cueIn(c.cues.condition, text, from, at.start);
  if (!hit || hit.start !== from) return null;
  // the main clause only: a trigger inside the condition ("Si el Pleno rechaza el recurso") is what the condition is about
  const between = text.slice(hit.end, at.start);
  return between.includes(',') && !between.includes(';') ? hit : null;
}

/** A verb of announcing and an indefinite article, per language: "ha annunciato un ricorso", "anunció una demanda", "a annoncé un recours". */
const ANNOUNCING: Readonly<Record<string, { readonly verb: string; readonly article: string }>> = {
  es: { verb: 'anunci\\p{L}*', article: 'un|una' },
  pt: { verb: 'anunci\\p{L}*', article: 'um|uma' },
  fr: { verb: 'annon[cç]\\p{L}*', article: 'un|une' },
  it: { verb: 'annunci\\p{L}*', article: "un|una|uno|un['’]" },
};
const ANNOUNCED_RE = new Map(
  Object.entries(ANNOUNCING).map(([l, a]) => [l, new RegExp(`(?<![\\p{L}])(?:${a.verb})(?:\\s+[\\p{L}\\d]+){0,3}?\\s+(?:${a.article})\\s*(?:[\\p{L}-]+\\s+)?$`, 'iu')]),
);

/** The announcing verb right before an indefinite article and the trigger, in its clause ("anunció este lunes una demanda"). */
function announcedBefore(language: string, text: string, clause: Clause, at: SentenceSpan): Cue | null {
  const re = ANNOUNCED_RE.get(language);
  if (!re) return null;
  const from = Math.max(clause.start, at.start - 60);
  const m = re.exec(text.slice(from, at.start));
  if (!m) return null;
  const verb = /^\p{L}+/u.exec(m[0])!;
  return { start: from + m.index, end: from + m.index + verb[0].length };
}

function read(c: CompiledEventLexicon, text: string, spec: TriggerSpec, clause: Clause, at: SentenceSpan, time: TimeReading | undefined, s: SentenceSpan, predicate: Clause | null, noun = false): Reading {
  const cue = (name: CueName): Cue | null => {
    const re = c.cues[name];
    return re ? clauseCue(re, text, clause, at) : null;
  };
  // a rate decision is taken at a meeting with a date, so it can be put off like one (events.lang 1.22.0: "el recorte que
  // el mercado esperaba para marzo quedó postergado")
  const tracksStatus = spec.schedulable === true || spec.family === 'strike' || spec.family === 'election' || spec.family === 'rate';
  // a trigger that is itself the calling-off ("l'épreuve …, annulée vendredi") is called off (events.lang 1.28.0)
  const ofNoun = (re: RegExp | undefined): Cue | null => (noun ? relativePassive(re, text, s, clause, at) : null);
  const cancelled = tracksStatus ? (cue('cancelled') ?? subjectPassive(c.cues.cancelled, text, s, at) ?? wholeTrigger(c.cues.cancelled, text, at) ?? ofNoun(c.cues.cancelled)) : null;
  if (cancelled) {
    const rule = { ...cancelled, rule: 'status:lang-cancelled' };
    return { modality: 'asserted', status: 'cancelled', statusCue: rule, ...(spec.family === 'strike' ? { phaseCue: { phase: 'called-off', cue: rule } } : {}), decisive: true };
  }
  const postponed = tracksStatus ? (cue('postponed') ?? subjectPassive(c.cues.postponed, text, s, at) ?? ofNoun(c.cues.postponed)) : null;
  // "negó que la cumbre haya sido aplazada": a put-off denied leaves the plan as it stood, with no new status
  // (events.lang 1.23.0)
  if (postponed && deniedThat(c, text, s, at)) return { modality: 'planned', decisive: false };
  if (postponed) return { modality: 'planned', status: planStatus(time), statusCue: { ...postponed, rule: 'status:lang-postponed' }, decisive: true };
  const denied = cueIn(c.cues.denied, text, clause.start, at.start) ?? denialAround(c, text, clause, at) ?? frontedDenial(c, text, s, clause, at) ?? deniedThat(c, text, s, at);
  const negation = cueIn(c.cues.negation, text, Math.max(clause.start, at.start - NEGATION_REACH), at.start);
  const negated = denied ?? negation;
  if (negated) return { modality: 'negated', modalityCue: { ...negated, rule: denied ? 'modality:lang-denied' : 'modality:lang-negation' }, decisive: true };

  // "podría celebrarse", "pourrait reporter", "könnte streiken": a possibility is no fact and no plan; the link layer reads
  // it with its time, as the English layer's "could"
  // a subject's predicate past its relative clause opens with its modal: "Le rapport …, qui …, pourrait être remis"
  const possible = cueIn(c.cues.possible, text, clause.start, at.start) ?? (predicate ? cueIn(c.cues.possible, text, predicate.start, Math.min(predicate.end, predicate.start + PREDICATE_MODAL_REACH)) : null);
  if (possible) return { modality: 'hypothetical', modalityCue: { ...possible, rule: 'modality:lang-possible' }, decisive: true };
  const condition = openingCondition(c, text, s, at);
  if (condition) return { modality: 'hypothetical', modalityCue: { ...condition, rule: 'modality:lang-condition' }, decisive: true };
  // "ha annunciato un ricorso al Tar", "anunció una demanda": a step announced is a plan, whatever the tense of the announcing
  // (events.lang 1.31.0); a strike or an election announced is called, below
  const announced = spec.family === 'strike' || spec.family === 'election' ? null : announcedBefore(c.language, text, clause, at);
  if (announced) return { modality: 'planned', modalityCue: { ...announced, rule: 'modality:lang-announced' }, status: planStatus(time), statusCue: { ...announced, rule: 'status:lang-announced' }, decisive: true };
  const called = spec.family === 'strike' || spec.family === 'election' ? cue('called') : null;
  const phaseCue = called ? { phase: (spec.family === 'strike' ? 'called' : 'scheduled') as Phase, cue: { ...called, rule: `phase:lang-${spec.family}` } } : undefined;
  const withPhase = phaseCue ? { phaseCue } : {};
  // "fermera", "cerrarán": a verb trigger in the future tense carries its own plan word
  const future = cue('future') ?? wholeTrigger(c.cues.future, text, at) ?? (predicate ? cueIn(c.cues.future, text, predicate.start, predicate.end) : null);
  const timeCue = time ? { start: time.timex.start, end: time.timex.end, rule: 'status:time' } : undefined;
  if (time && time.relation === 'future') {
    return { modality: future ? 'planned' : 'asserted', ...(future ? { modalityCue: { ...future, rule: 'modality:lang-future' } } : {}), status: planStatus(time), ...(timeCue ? { statusCue: timeCue } : {}), ...withPhase, decisive: true };
  }
  // a day that is the publication day itself, with a plan word: later that day, or the time layer's nearest such weekday
  if (time && time.relation === 'present' && time.dated && future) {
    return { modality: 'planned', modalityCue: { ...future, rule: 'modality:lang-future' }, status: 'scheduled', ...(timeCue ? { statusCue: timeCue } : {}), ...withPhase, decisive: true };
  }
  // going on since a day gone by ("se poursuit depuis lundi"): under way, not over
  const underWay = cue('underWay');
  if (underWay) return { modality: 'asserted', status: 'in-progress', statusCue: { ...underWay, rule: 'status:lang-under-way' }, ...withPhase, decisive: true };
  // "La première journée de grève paralysait mardi les terminaux", said on that Tuesday: going on that day
  const ongoing = time && time.relation === 'present' && time.dated ? cue('ongoing') : null;
  if (ongoing) return { modality: 'asserted', status: 'in-progress', statusCue: { ...ongoing, rule: 'status:lang-ongoing' }, ...withPhase, decisive: true };
  if (time && time.relation === 'past') return { modality: 'asserted', status: 'occurred', ...(timeCue ? { statusCue: timeCue } : {}), ...withPhase, decisive: true };
  if (future || phaseCue) {
    const modalityCue = future ? { modalityCue: { ...future, rule: 'modality:lang-future' } } : {};
    return { modality: 'planned', ...modalityCue, status: planStatus(time), ...(timeCue ? { statusCue: timeCue } : {}), ...withPhase, decisive: true };
  }
  const past = cue('past');
  if (past) return { modality: 'asserted', status: 'occurred', statusCue: { ...past, rule: 'status:lang-past' }, decisive: false };
  if (spec.family && PAST_BY_DEFAULT.has(spec.family)) return { modality: 'asserted', status: 'occurred', decisive: false };
  return { modality: 'asserted', decisive: false };
}

/** The phase a family event's status gives when no cue names one (the English phases.ts, by status). */
const LEGAL_DONE: Readonly<Record<string, Phase>> = {
  arrest: 'arrested',
  charge: 'charged',
  trial: 'on-trial',
  convict: 'convicted',
  acquit: 'acquitted',
  sentence: 'sentenced',
  release: 'released',
};

function phaseByStatus(spec: TriggerSpec, status: EventStatus | undefined, noun: boolean): Phase | undefined {
  const done = DONE.has(status);
  const ahead = PLAN.has(status);
  switch (spec.family) {
    case 'strike':
      if (status === 'in-progress') return 'under-way';
      if (status === 'occurred') return 'held';
      if (status === 'cancelled') return 'called-off';
      return ahead ? 'called' : undefined;
    case 'incident':
      // a search, and a rescue named by its noun ("Rettungsarbeiten", "le sauvetage"), is the operation going on whatever its
      // tense; a rescue told by its participle ("Schon 2014 hatte der Staat die Bahn gerettet") is over unless in progress,
      // as the English phases.ts reads "were rescued" (events.lang 1.28.0)
      if (spec.subtype === 'search' || (spec.subtype === 'rescued' && noun)) return done ? 'rescue-under-way' : undefined;
      if (spec.subtype === 'rescued' && status === 'in-progress') return 'rescue-under-way';
      return done ? 'struck' : undefined;
    case 'legal':
      return done ? LEGAL_DONE[spec.subtype] : undefined;
    case 'rate':
      return done ? 'decided' : ahead ? 'expected' : undefined;
    case 'election':
      return done ? 'held' : ahead ? 'scheduled' : undefined;
    case 'campaign':
      return done ? 'under-way' : ahead ? 'planned' : undefined;
    default:
      return undefined;
  }
}

const BASE_CERTAINTY: Record<Modality, number> = { asserted: 0.9, planned: 0.7, expected: 0.6, hypothetical: 0.3, questioned: 0.3, negated: 0.05 };

function certaintyOf(modality: Modality, status: EventStatus | undefined): number {
  if (status === 'cancelled') return 0.05;
  if (status === 'scheduled') return Math.max(BASE_CERTAINTY[modality], 0.8);
  return BASE_CERTAINTY[modality];
}

/** Place words before a name: "in Berlin", "à Lyon", "en Lima", "nach Paris". */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|im|nach|aus|bei|à|au|aux|en|a|de|desde|vers|dans)\s+$/iu;

/** The name nearest before the trigger in its clause (who acts), and a name after a place word (where). */
function argsOf(names: readonly NameCandidate[], timexes: readonly Timex[], text: string, clause: Clause, at: SentenceSpan): { source?: EventArg[]; place?: EventArg } {
  const isDate = (n: NameCandidate): boolean => timexes.some((t) => t.start < n.end && n.start < t.end);
  const inClause = names.filter((n) => n.start >= clause.start && n.end <= clause.end && (n.end <= at.start || n.start >= at.end) && !isDate(n));
  const before = inClause.filter((n) => n.end <= at.start && !PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)));
  const actor = before[before.length - 1];
  const place = inClause.find((n) => PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)));
  return {
    ...(actor ? { source: [{ start: actor.start, end: actor.end, rule: 'arg:lang-name-before' }] } : {}),
    ...(place ? { place: { start: place.start, end: place.end, rule: 'arg:lang-place' } } : {}),
  };
}

interface Mention {
  readonly spec: TriggerSpec;
  readonly event: Event;
  readonly time: TimeReading | undefined;
  readonly reading: Reading;
  /** Told as another happening of its kind ("la seconde grève", "una seconda volta"): the lexicon's `another` cue. */
  readonly another: boolean;
}

export interface LangEventInput {
  readonly text: string;
  readonly sentences: readonly SentenceSpan[];
  readonly timexes: readonly Timex[];
  readonly names: readonly NameCandidate[];
  /** The publication day (YYYY-MM-DD), or null. */
  readonly dct: string | null;
}

/** An article (or a determiner) and at most one more word between "after" and its event: "après une fuite", "nach der Entlassung". */
const AFTER_GAP = /^\s+(?:le|la|les|l['’]|un|une|des|du|el|los|las|una|unos|il|lo|gli|i|l['’]|uno|o|a|os|as|um|uma|der|die|das|dem|den|des|einer|einem|eines|de|het|een|su|sus|son|sa|ses|seiner|ihrer|sua|seu)\s*(?:[\p{L}-]+\s+)?$/iu;

/** The language's "after" right before the trigger, with an article between: the event is over. */
function afterCue(c: CompiledEventLexicon, text: string, s: SentenceSpan, at: SentenceSpan): Cue | null {
  const re = c.cues.after;
  if (!re) return null;
  const lo = Math.max(s.start, at.start - 40);
  re.lastIndex = 0;
  for (const m of text.slice(lo, at.start).matchAll(re)) {
    const end = lo + m.index + m[0].length;
    if (AFTER_GAP.test(text.slice(end, at.start))) return { start: lo + m.index, end };
  }
  return null;
}

/** Whether the word a trigger asks for (`near`) stands near it, or it asks for none. */
/** Whether the words right before the trigger give it another sense ("en marcha": under way, no march). */
function otherSense(c: CompiledEventLexicon, text: string, s: SentenceSpan, at: SentenceSpan, form: Form): boolean {
  return c.notAfter.get(form.spec)?.test(text.slice(Math.max(s.start, at.start - 40), at.start)) ?? false;
}

function nearHolds(c: CompiledEventLexicon, text: string, s: SentenceSpan, at: SentenceSpan, form: Form): boolean {
  if (otherSense(c, text, s, at, form)) return false;
  const need = c.near.get(form.spec);
  if (!need) return true;
  // a verb-second language puts the participle last, its object and subject far before it ("45.000 Fahrzeuge des älteren
  // Modells Vento wegen fehlerhafter Gurtverankerungen zurückgerufen"): a verb trigger's word may stand anywhere before it in
  // its clause (events.lang 1.28.0)
  const from = c.verbSecond && !form.noun ? clauseStart(text, s, at) : Math.max(s.start, at.start - CUE_REACH / 2);
  const to = Math.min(s.end, at.end + CUE_REACH / 2);
  return clauseCue(need, text, { start: from, end: to }, at) !== null || spansTrigger(need, text, from, to, at);
}

/**
 * A near phrase that holds the trigger and more ("volvería a abrir" for "abrir"): the window either side of the trigger
 * cannot hold it, and the trigger alone is not enough (events.lang 1.31.0).
 */
function spansTrigger(re: RegExp, text: string, lo: number, hi: number, at: SentenceSpan): boolean {
  const from = wordEdge(text, lo, -1);
  const to = wordEdge(text, hi, 1);
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.slice(from, to).matchAll(all)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start <= at.start && end >= at.end && (start < at.start || end > at.end)) return true;
  }
  return false;
}

function mentionAt(c: CompiledEventLexicon, input: LangEventInput, s: SentenceSpan, at: SentenceSpan, form: Form, id: string, others: readonly SentenceSpan[], inDiscourse = false): Mention | null {
  const { text } = input;
  const clause = clauseOf(text, s, at);
  if (inDiscourse ? otherSense(c, text, s, at, form) : !nearHolds(c, text, s, at, form)) return null;
  const predicate = subjectPredicate(text, s, clause, at, form.noun);
  // a subject's predicate past its relative clause dates it (not a day of the relative clause: "qui a fait neuf morts le 7 mars")
  const ofPredicate = predicate ? input.timexes.find((t) => t.start >= predicate.start && t.end <= predicate.end) : undefined;
  const found = ofPredicate ?? timeFor(text, input.timexes, s, clause, at, others, c.saidBefore, form.spec.type === HAPPENING_TYPE, c.language);
  // a verb told in a past form takes no time ahead from another clause: "…, que se incendió durante el apagón" is no fire on
  // the day the sentence's cuts begin (events.lang 1.31.0)
  // ("soll am Freitag, 13. November, wieder … freigegeben werden": a participle with a future word in its clause is no past)
  const pastVerb = !form.noun && wholeTrigger(c.cues.past, text, at) !== null && clauseCue(c.cues.future, text, clause, at) === null;
  const outside = (t: Timex): boolean => t.start < clause.start || t.end > clause.end;
  // "ont mis fin jeudi aux recherches, cinq jours après le naufrage": a noun named after "after" is dated only in its own
  // clause; the sentence's day is the main verb's, which came after it (events.lang 1.34.0)
  const afterNoun = form.noun && found && outside(found) ? afterCue(c, text, s, at) : null;
  const nearest = found && ((pastVerb && outside(found) && readTime(found, input.dct).relation === 'future') || afterNoun) ? undefined : found;
  const first = read(c, text, form.spec, clause, at, nearest ? readTime(nearest, input.dct) : undefined, s, predicate, form.noun);
  // "prévu le 13 septembre, est reporté au dimanche 11 octobre": a plan put off takes the day right after the cue as its
  // new time, in place of the day that named the old plan (events.lang 1.23.0)
  const movedTo = first.statusCue?.rule === 'status:lang-postponed' ? newTimeAfter(text, input.timexes, first.statusCue, s) : undefined;
  const timex = movedTo ?? nearest;
  const time = timex ? readTime(timex, input.dct) : undefined;
  const moved = movedTo ? { ...first, status: planStatus(time) } : first;
  // "Nach der Entlassung von Vorstandschefin Vogler wächst der Widerstand", "cinq jours après le naufrage": an event named after
  // "after" is over, when nothing else dates it (events.lang 1.28.0)
  const after = !moved.status && moved.modality === 'asserted' && !timex && form.noun ? afterCue(c, text, s, at) : null;
  const reading: Reading = after ? { ...moved, status: 'occurred', statusCue: { ...after, rule: 'status:lang-after' } } : moved;
  // a happening told in a past form ("expulsó", "a été expulsé") occurred whatever its kind, as the English layer reads
  // it; plans, changes and phases stay with the kinds that have a schedule or a family
  const tracksStatus = form.spec.schedulable === true || form.spec.family !== undefined;
  const status = tracksStatus || reading.status === 'occurred' ? reading.status : undefined;
  const phase = form.spec.family && reading.modality !== 'negated' ? (reading.phaseCue?.phase ?? phaseByStatus(form.spec, status, form.noun)) : undefined;
  const event: Event = {
    id,
    cluster: id,
    trigger: { start: at.start, end: at.end },
    lemma: form.spec.lemma,
    type: form.spec.type,
    subtype: form.spec.subtype,
    ...(c.capitalisedNouns ? {} : argsOf(input.names, input.timexes, text, clause, at)),
    ...(timex ? { time: { start: timex.start, end: timex.end, timex: timex.id, rule: movedTo ? 'time:lang-moved-to' : 'time:lang-nearest' } } : {}),
    modality: reading.modality,
    ...(reading.modalityCue ? { modalityCue: reading.modalityCue } : {}),
    ...(status ? { status } : {}),
    ...(status && reading.statusCue ? { statusCue: reading.statusCue } : {}),
    ...(form.spec.family ? { family: form.spec.family } : {}),
    ...(phase ? { phase } : {}),
    ...(phase && reading.phaseCue?.phase === phase ? { phaseCue: reading.phaseCue.cue } : {}),
    certainty: certaintyOf(reading.modality, status),
    evidence: { start: s.start, end: s.end },
    rule: `trigger:lang-${c.language}${form.noun ? '-noun' : '-verb'}`,
  };
  return { spec: form.spec, event, time, reading, another: form.spec.family !== 'election' && anotherAt(c, text, clause, at) };
}

/** How far before the trigger an ordinal counts ("la deuxième journée de grève"), and how far after it a second time ("incroceranno le braccia una seconda volta"). */
const ANOTHER_BEFORE = 24;
const ANOTHER_AFTER = 32;

/** Whether the lexicon's `another` cue stands right before the trigger or its `again` just after it, inside its clause. */
function anotherAt(c: CompiledEventLexicon, text: string, clause: Clause, at: SentenceSpan): boolean {
  const { another, again } = c.cues;
  return (!!another && cueIn(another, text, Math.max(clause.start, at.start - ANOTHER_BEFORE), at.start) !== null) || (!!again && cueIn(again, text, at.end, Math.min(clause.end, at.end + ANOTHER_AFTER)) !== null);
}

/**
 * Whether a mention may join an event whose first mention is `head`: a mention told as another happening of its kind
 * ("la seconde grève, prévue le mardi 17 mars", after "la première journée de grève") starts an event of its own, and a
 * later mention joins such an event only when it has no time, or a time that meets the event's (events.lang 1.28.0).
 */
function mayJoin(head: Mention, m: Mention): boolean {
  if (m.another && !head.another) return false;
  if (!head.another || m.another) return true;
  const wa = head.time?.window;
  const wb = m.time?.window;
  return !m.time || !wa || !wb || gapDays(wa, wb) === 0;
}

/** A plan without a day and a happening dated in the past are two events ("leur libération est attendue" / "libéré en 2021"). */
function planAndPast(plan: Mention, past: Mention): boolean {
  return (plan.reading.status === 'anticipated' || plan.reading.status === 'scheduled') && past.reading.status === 'occurred' && past.time?.relation === 'past';
}

/**
 * One event per lemma unless dated times part them; a mention read only by tense or default takes its
 * event's decisive status (and phase), as the English layer shares a coreferent mention's status.
 */
function cluster(mentions: readonly Mention[]): Event[] {
  const heads: Mention[] = [];
  const headOf = new Map<Mention, Mention>();
  const members = new Map<Mention, Mention[]>();
  for (const m of mentions) {
    const head = heads.find((h) => h.spec.lemma === m.spec.lemma && mayJoin(h, m) && !members.get(h)!.some((o) => timesApart(o.time, m.time) || planAndPast(o, m) || planAndPast(m, o)));
    if (head) {
      headOf.set(m, head);
      members.get(head)!.push(m);
    } else {
      heads.push(m);
      members.set(m, [m]);
    }
  }
  const decisive = new Map<Mention, Mention>();
  for (const m of mentions) {
    const head = headOf.get(m) ?? m;
    if (m.reading.decisive && m.reading.modality !== 'negated' && !decisive.has(head)) decisive.set(head, m);
  }
  return mentions.map((m) => {
    const head = headOf.get(m) ?? m;
    const base: Event = { ...m.event, cluster: head.event.id };
    const lead = decisive.get(head);
    if (m.reading.decisive || !lead || lead === m || !lead.event.status || m.event.modality !== 'asserted') return base;
    const { statusCue: _own, phaseCue: _ownPhase, phase: _phase, ...rest } = base;
    return {
      ...rest,
      status: lead.event.status,
      statusCue: { start: lead.event.trigger.start, end: lead.event.trigger.end, rule: 'status:coreferent' },
      ...(lead.event.phase ? { phase: lead.event.phase } : {}),
      certainty: lead.event.certainty,
    };
  });
}

/**
 * Sentences as the text layer splits them, rejoined where it split after an ordinal ("am 12. und 13.
 * Februar"): a sentence that ends in a number of one or two digits and a full stop (a day, not a year or
 * an amount) goes on in the next.
 */
export function rejoinOrdinals(text: string, sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && /(?<![\d.,])\d{1,2}\.\s*$/.test(text.slice(prev.start, prev.end))) out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether a word is a trigger by any of its forms' `near` words. */
function holdingForm(c: CompiledEventLexicon, text: string, s: SentenceSpan, at: SentenceSpan, form: Form, inDiscourse: (f: Form) => boolean): boolean {
  for (let f: Form | undefined = form; f; f = f.otherwise) if ((inDiscourse(f) && !otherSense(c, text, s, at, f)) || nearHolds(c, text, s, at, f)) return true;
  return false;
}

/**
 * A claim reported as someone's word, and the clause it opens: "Una radio local afirmó el martes que …", "Une radio locale a
 * affirmé lundi matin que …", "Die Zeitung hatte berichtet, der Kapitän sei …" (events.lang 1.31.0). Verbs of rumour and
 * report, not every verb of saying.
 */
const CLAIM_WORDS = '(?:\\s+[\\p{L}\\d.,]+){0,4}?\\s+';
const CLAIMS: Readonly<Record<string, string>> = {
  es: `(?:afirm|asegur|inform|public|difund)\\p{L}*${CLAIM_WORDS}(?:de\\s+)?que`,
  pt: `(?:afirm|assegur|notici|inform|avanç|divulg)\\p{L}*${CLAIM_WORDS}que`,
  fr: `(?:affirm|assur|rapport)\\p{L}*${CLAIM_WORDS}(?:que|qu['’])`,
  it: `(?:affermat|riferit|sostenut|riportat|scritt)\\p{L}*${CLAIM_WORDS}che`,
  de: '(?:berichtet|gemeldet|behauptet)\\p{L}*\\s*,',
  nl: `(?:meld|bericht|beweer|gemeld)\\p{L}*${CLAIM_WORDS}dat`,
};
const CLAIM_RE = new Map(Object.entries(CLAIMS).map(([l, w]) => [l, new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu')]));
/** How far into the next sentence its denial may open ("El subsecretario de Redes Asistenciales, Felipe Orellana, lo desmintió"). */
const DENIAL_LEAD = 90;

/**
 * Where a sentence's claim begins, when the next sentence denies it: "… afirmó el martes que la aseguradora había negociado un
 * pago menor. El subsecretario … lo desmintió". A denial that opens a clause of its own ("negó que …") denies that clause
 * instead.
 */
function deniedClaim(c: CompiledEventLexicon, text: string, s: SentenceSpan, next: SentenceSpan | undefined): { readonly from: number; readonly cue: Cue } | null {
  const claim = CLAIM_RE.get(c.language);
  if (!claim || !next) return null;
  const m = claim.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const cue = cueIn(c.cues.denied, text, next.start, Math.min(next.end, next.start + DENIAL_LEAD));
  if (!cue) return null;
  THAT.lastIndex = 0;
  const after = text.slice(cue.end, Math.min(next.end, cue.end + THAT_REACH));
  if (THAT.test(after)) return null;
  return { from: s.start + m.index + m[0].length, cue };
}

/** A mention of a claim the next sentence denies: negated, with no status or phase (events.lang 1.31.0). */
function denyMention(m: Mention, cue: Cue): Mention {
  if (m.reading.modality === 'negated') return m;
  const modalityCue = { ...cue, rule: 'modality:lang-claim-denied' };
  const { status: _s, statusCue: _sc, phase: _p, phaseCue: _pc, ...rest } = m.event;
  return { ...m, event: { ...rest, modality: 'negated', modalityCue, certainty: BASE_CERTAINTY.negated }, reading: { modality: 'negated', modalityCue, decisive: true } };
}

/** The first of a word's senses, in the lexicon's order, that gives a mention. */
function firstMention(form: Form, at: (f: Form) => Mention | null): Mention | null {
  for (let f: Form | undefined = form; f; f = f.otherwise) {
    const m = at(f);
    if (m) return m;
  }
  return null;
}

/** The event mentions of a text in the lexicon's language, in text order. */
export function tagEvents(c: CompiledEventLexicon, input: LangEventInput): Event[] {
  const mentions: Mention[] = [];
  const sentences = rejoinOrdinals(input.text, input.sentences).map((s) => {
    const body = input.text.slice(s.start, s.end);
    const found = [...body.matchAll(WORD)].flatMap((w) => {
      const form = formOf(c, w[0]);
      return form ? [{ form, at: { start: s.start + w.index, end: s.start + w.index + w[0].length } }] : [];
    });
    return { s, found };
  });
  // one sense per discourse (events.lang 1.31.0): a noun whose near words held somewhere in the report keeps that sense where
  // the report names it again without them ("une fuite de pétrole" … "La fuite n'est pas encore colmatée", "gesperrt" … "Die
  // Sperrung trifft …")
  const heldNouns = new Set<TriggerSpec>();
  for (const { s, found } of sentences) {
    for (const { form, at } of found) {
      for (let f: Form | undefined = form; f; f = f.otherwise) {
        if (nearHolds(c, input.text, s, at, f)) {
          heldNouns.add(f.spec);
          break;
        }
      }
    }
  }
  const inDiscourse = (f: Form): boolean => f.noun && c.near.has(f.spec) && heldNouns.has(f.spec);
  for (const [i, { s, found }] of sentences.entries()) {
    const claimDenied = deniedClaim(c, input.text, s, sentences[i + 1]?.s);
    // other events' words are the triggers that hold ("lançamento" of no rocket is no launch, and stands between no time and
    // its event: "A cerimónia de lançamento da primeira pedra … está marcada para 12 de Março"; events.lang 1.28.0)
    const spans = found.filter(({ form, at }) => holdingForm(c, input.text, s, at, form, inDiscourse)).map((f) => f.at);
    for (const { form, at } of found) {
      // the senses that hold here first, in the lexicon's order; a sense the report gave the word elsewhere only when none does
      // ("aranceles" with no "represalia" near stay plain tariffs in a report that also names counter-tariffs)
      const found1 = firstMention(form, (f) => mentionAt(c, input, s, at, f, `ev${mentions.length}`, spans)) ?? firstMention(form, (f) => (inDiscourse(f) ? mentionAt(c, input, s, at, f, `ev${mentions.length}`, spans, true) : null));
      const m = found1 && claimDenied && at.start >= claimDenied.from ? denyMention(found1, claimDenied.cue) : found1;
      if (m) mentions.push(m);
    }
  }
  return cluster(mentions);
}
