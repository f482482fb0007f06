/**
 * The shape of one language's date lexicon. A lexicon is data: its templates are regular-expression
 * sources with placeholders that the engine (engine.ts) fills in from the lexicon's own word lists, so
 * adding a language is one file of words and phrases, with no matching or calendar code of its own.
 *
 * Placeholders in a template:
 *  {D}, {D2}  a day of the month (1-31), the second one ends a range
 *  {M}        a month name (any form the lexicon lists), {MO} a month number (1-12)
 *  {Y}        a four-digit year, {SY} an optional year after a season ("im Sommer 2027", "voor de zomer van 2027")
 *  {W}        a weekday name (captured), {WX} a weekday name that is only skipped ("mardi 14 avril")
 *  {N}        a count, in digits or as a number word of the lexicon
 */
import type { TimexMod } from '../../../doc/schemas/time.js';

export type DateUnit = 'day' | 'week' | 'month' | 'year';

export type TemplateKind =
  /** {D} {M} [{Y}]: a calendar day. */
  | { readonly kind: 'date' }
  /** {D}.{MO}.{Y}: a calendar day in figures. */
  | { readonly kind: 'numeric' }
  /** {D}–{D2} {M} [{Y}]: consecutive days; the value is the first, the window spans them all. */
  | { readonly kind: 'range' }
  /** [{Y}] or {M} [{Y}]: a month (or its start/middle/end with `mod`). */
  | { readonly kind: 'month'; readonly mod?: TimexMod }
  /** {Y}: a year. */
  | { readonly kind: 'year' }
  /** A unit counted from the publication date: "next week" is week +1, "yesterday" day -1. */
  | { readonly kind: 'relative'; readonly unit: DateUnit; readonly offset: number; readonly mod?: TimexMod }
  /** {N} units from the publication date, forward (sign 1: "in two weeks") or back (sign -1: "two weeks ago"). */
  | { readonly kind: 'counted'; readonly unit: DateUnit; readonly sign: 1 | -1 }
  /** {W} with a direction: next, last, or bare (the sentence's tense decides). */
  | { readonly kind: 'weekday'; readonly direction: 'next' | 'last' | 'bare' }
  /** A season, of {Y} or else of the publication year, as the English layer writes it ("au printemps" is 2026-SP; time.lang 1.6.0). */
  | { readonly kind: 'season'; readonly season: 'SP' | 'SU' | 'FA' | 'WI' }
  /** A vague span ahead of the publication date, with the English phrase's window ("bientôt" is "soon"). */
  | { readonly kind: 'vague'; readonly key: LexiconVagueKey };

/** The vague future phrases a lexicon can name: each has the window of its English counterpart. */
export type LexiconVagueKey = 'soon' | 'coming-days' | 'coming-weeks' | 'coming-months';

export type DateTemplate = TemplateKind & {
  /** Regular-expression source with placeholders; matched case-insensitively unless caseSensitive. */
  readonly re: string;
  /** German nouns and adverbs differ by case only ("morgen" tomorrow, "Morgen" morning). */
  readonly caseSensitive?: boolean;
};

export interface DateLexicon {
  /** ISO 639-1 code. */
  readonly language: string;
  /** Twelve entries, January first: regex alternatives for each month's forms (inflections included). */
  readonly months: readonly string[];
  /** Seven entries, Monday first: regex alternatives for each weekday's forms. */
  readonly weekdays: readonly string[];
  /** Number words 1-10 (index 0 = one), each a regex alternative. */
  readonly numbers: readonly string[];
  readonly templates: readonly DateTemplate[];
  /**
   * Future-tense or plan words: a bare weekday in a sentence with one of these is the next such day,
   * otherwise the last one (news reports what happened on a weekday unless it says it will happen).
   */
  readonly futureCue: string;
}
