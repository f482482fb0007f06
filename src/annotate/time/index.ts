/**
 * The time annotator: TIMEX3 expressions (DATE, TIME, DURATION, SET) with values anchored to the
 * publication date (doc.meta.published), plus windows for vague ones. See tag.ts for the pipeline.
 */
import type { Doc } from '../../doc/doc.js';
import { createDoc, layer } from '../../doc/doc.js';
import { textAnnotator } from '../text/index.js';
import { tagTimes } from './tag.js';
import { defineAnnotator } from '../versioned.js';
import type { Timex } from '../../doc/schemas/time.js';

export { tagTimes } from './tag.js';
export type { Timex, TimeWindow } from '../../doc/schemas/time.js';

export const timeAnnotator = defineAnnotator<'timexes'>({
  name: 'time',
  semver: '1.9.0', // 1.1: TimeBank extents, nearest-year resolution, weekends, recent periods, signal-bounded windows. 1.2: statement dates and reported speech, ranges (range {begin, end}), event-dated and denied bounds, Sunday week words. 1.2.1: irregular past forms (laid, swept, hit after no modal). 1.2.2: present-simple schedules look ahead, participial adjectives ("the stranded villages") are no past tense, "the post" as a job is no statement. 1.3: TempEval tuning (TBAQ): plural nouns before a date are no schedule, past-perfect plans are past, a quarter without a year is the nearest, year-ago comparisons take the quarter named a sentence before and are no reference time, only a day dates a statement. 1.3.1: "today's" (not "today's youth"), "mid-1996", "the end of the month", a sentence-opening "A 1996 law". 1.3.2: "effective" and "until" (not opening a sentence) point ahead, "by"/"through" take the nearest date. 1.3.3: a possessive weekday ("Tuesday's declaration") is past unless the sentence looks ahead. 1.3.5: "as planned", "as expected" are no past tense (1.3.4 was withdrawn). 1.4: TempEval value tuning (TBAQ): "planned to"/"expected to" look ahead (a date before them dates the plan), a statement through a noun after a future verb is scheduled ("has scheduled a news conference Thursday"), "already holds" and "seven cents a share" are no schedule, a quarter in a past-tense sentence is the past one, "next year" beside a quarter is the year, "ahead of" points ahead; a bare year anchors year-sized steps ("three years later", "that year", "the year before"), "mid-March", "every two weeks", a tense cue counts from its last letter and one across a clause break for less, "due Tuesday" schedules. 1.4.1: "later/earlier in the year" (month, week) as "later/earlier this year. 1.5: TempEval tuning (TBAQ): "a year" after an amount or a counted plural ("$2 million a year", "700 seats a week") is a SET; the bare period of a results report ("for the year ended Sept. 30", "sales for the full year were") is tagged; "year-end"/"year's end"; "in coming weeks" without an article; a clock time takes the day named after a bracketed conversion ("10:35 a.m. (0735 GMT) Friday"); years read out ("nineteen ninety-six", "the year two thousand"); an adjectival timex leaves its article to the noun ("the [third-quarter] loss", "the [two day] rally"); tails "or so" (APPROX), "or later"/"and beyond" (ON_OR_AFTER), "or earlier" (ON_OR_BEFORE) widen the expression; "the 1988 period/quarter"; "a week or so ago"; "4 in the morning" (after a time preposition), "mid-afternoon (yesterday)", "a later date"; a hyphenated "long-term"/"near-term" before its noun is an adjective ("the long-term lot"). 1.6: TempEval recall (TBAQ): hyphenated stretches ("a day-long meeting", "decades-long"; not ages "35-year-old"), a later day joined to a month-day ("April 24 and [25]"), a month after an article before its noun ("a June agreement") and after a sentence-opening "The", "later in [the day]", decades in words ("the nineties"), "for a while"/"a while ago", "at this crucial moment", a bare plural before "of" ("after years of war", not "20 years of age") or after "take"/"last" ("could take weeks"). 1.7: TempEval value tuning (TBAQ): "set" is a past act unless it schedules ("set Friday as the deadline"; "is set for"), "planned/expected" + an object looks ahead ("planned a rally on Saturday"), "were planning to"/"was due to" are plans, a date after "since" is past, "by" + a date follows a future clause, an -ed form after a noun before "by the …" is a participle ("markets untouched by the crisis"), "the next couple of years" is P2Y, a clock time glossed by a bracketed clock time with its day takes that day ("4 in the morning (4 a.m. EDT Thursday)")" 1.8: a plan moved ("postponed the trial to Thursday", "pushed back to", "put off until") and "planned/scheduled for" look ahead to their new time; a present progressive of an arrangement ("is visiting Tokyo on Monday") is its coming day. 1.9: TempEval value tuning (TBAQ), fiscal quarters: "the quarter ended July 31" is the calendar quarter holding most of its months (Q2); "the 1988 quarter" is the quarter under report in 1988, and "the 1988 period" too where quarters are compared (the year after "the first nine months"); a report opening on a quarter compares quarters ("from $93 million a year earlier"), unless the sentence names another period first ("For the nine months, ... a year earlier" is the year); "the week of March 6" is that day's week (2000-W10); "the spring of last year" is last year's spring; "each July", "every summer" are sets (XXXX-07, XXXX-SU); "a few days later" (counted from a time told before) is a stretch (PXD), not FUTURE_REF; a month or season of a year read out ("January nineteen ninety-seven", "the winter of nineteen ninety-four").
  requires: ['tokens', 'sentences'],
  produces: ['timexes'],
  run(doc: Doc) {
    return { timexes: tagTimes(doc.text, doc.meta.published ?? null, layer(doc, 'sentences')) };
  },
});

/**
 * Time expressions of a bare text, for callers without a Doc (the TimeML command, the TempEval eval):
 * the text annotator runs first, so they get the same sentences, and the same timexes, as the pipeline.
 */
export function tagTimesInText(text: string, dct: string | null): Timex[] {
  return tagTimes(text, dct, textAnnotator.run(createDoc(text)).sentences);
}
