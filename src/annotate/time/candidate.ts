/**
 * What a parser proposes: a span, the rule that made it, and the meaning it *states*. Values that only
 * context supplies (the year of "in September", which Sunday) are *implied* later by the resolver, so a
 * candidate never carries a guessed date.
 */
import type { Unit } from './lexicon.js';
import type { TimexMod, TimexType } from '../../doc/schemas/time.js';

/** "last"/"next"/"this" before a weekday, month, season or quarter; null = decide by tense. */
export type Dir = 'last' | 'next' | 'this' | null;

export type ShiftUnit = Unit | 'weekend';

/** Calendar fields stated in the text; absent fields are implied by the anchor. */
export interface CalendarSem {
  readonly kind: 'cal';
  readonly year?: number;
  /** "January this year", "the spring of last year": the year is the DCT's plus this. */
  readonly yearShift?: number;
  readonly month?: number;
  readonly day?: number;
  /** "the week of March 6": the ISO week holding the stated day. */
  readonly weekOf?: boolean;
  /** "the 1990s" → 199 (the value's first three digits). */
  readonly decade?: number;
  /** "the 20th century" → 19. */
  readonly century?: number;
  readonly quarter?: number;
  readonly half?: number;
  readonly season?: string;
  readonly weekday?: number;
  /** "the weekend": which one is decided like a weekday's date. */
  readonly weekend?: boolean;
  readonly dir?: Dir;
  /** "the previous Friday", "the following Monday": that weekday before/after the day last mentioned (else the DCT). */
  readonly refDir?: 'before' | 'after';
  readonly pod?: string;
  readonly hour?: number;
  readonly minute?: number;
  readonly tz?: string;
  /** A holiday computed from the year once it is known. */
  readonly holiday?: string;
  /** Quarter/half with no number stated ("the quarter", "the latest quarter"): the last completed one. */
  readonly latestPeriod?: 'quarter' | 'half';
  /**
   * "the 1988 period": the results period under report, in `year`: the last completed quarter's place in
   * that year where the text compares quarters, else the whole year.
   */
  readonly resultsPeriod?: boolean;
}

/** An offset from the DCT ("last week", "two years ago") or from the last date mentioned ("the next day"). */
export interface ShiftSem {
  readonly kind: 'shift';
  readonly unit: ShiftUnit;
  /** null = a vague amount ("years ago"). */
  readonly n: number | null;
  readonly from: 'dct' | 'ref';
  readonly pod?: string;
}

export interface RefSem {
  readonly kind: 'ref';
  readonly value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
}

/** A value that needs no anchor: durations (P20Y) and sets (P1D). */
export interface LiteralSem {
  readonly kind: 'literal';
  readonly value: string;
}

export type Sem = CalendarSem | ShiftSem | RefSem | LiteralSem;

/** Window-table keys (docs/time-windows.md); each names one row of the table. */
export type VagueKey =
  | 'soon' | 'shortly' | 'early-date' | 'near-future' | 'foreseeable-future' | 'near-term' | 'long-term' | 'future'
  | 'coming-days' | 'coming-weeks' | 'coming-months' | 'coming-years'
  | 'later-this' | 'earlier-this' | 'recently' | 'recent-period' | 'past' | 'present' | 'asap'
  | 'not-before' | 'not-until' | 'before' | 'after' | 'by' | 'since';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly type: TimexType;
  readonly sem: Sem;
  readonly mod?: TimexMod;
  readonly vague?: VagueKey;
  /** False for expressions TimeML does not tag (an event-anchored "after the summit"). */
  readonly timex3: boolean;
  /** The wider phrase a window was computed for ("in the near future", "not before the March election"). */
  readonly phrase?: { readonly start: number; readonly end: number };
  /** For a clock time joined to a day ("4 a.m. Thursday"): the day's meaning. */
  readonly day?: Sem;
  /**
   * The last day of a range ("June 18-19", "30 June-2 July", "from Monday to Wednesday"): only what the
   * words state; the month, year or week it lacks comes from the first day (`sem`).
   */
  readonly until?: CalendarSem;
  /** "the day before last Tuesday", "the day after Christmas": days counted from the day `sem` names. */
  readonly dayShift?: number;
}
