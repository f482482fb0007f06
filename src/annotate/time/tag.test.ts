import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { createDoc } from '../../doc/doc.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { textAnnotator } from '../text/index.js';
import { tagTimes, tagTimesInText, timeAnnotator, type Timex } from './index.js';
import { timemlParts, timemlValue } from './tml.js';

const at = (text: string, dct: string | null): Array<Timex & { text: string }> =>
  tagTimesInText(text, dct).map((t) => ({ ...t, text: text.slice(t.start, t.end) }));

/** The timex whose text (or window phrase) contains `needle`. */
function find(text: string, dct: string | null, needle: string): (Timex & { text: string; phraseText?: string }) | undefined {
  return at(text, dct)
    .map((t) => ({ ...t, phraseText: t.phrase ? text.slice(t.phrase.start, t.phrase.end) : undefined }))
    .find((t) => t.text.includes(needle) || needle.includes(t.text) || t.phraseText?.includes(needle));
}

interface Case {
  readonly text: string;
  readonly dct: string | null;
  readonly expr: string;
  readonly type?: string;
  readonly value: string;
  readonly mod?: string;
  readonly anchor?: string;
}

// DCT 2024-01-22 is a Monday (ISO week 4)
const CASES: readonly Case[] = [
  { text: 'The minister said on Sunday that talks failed.', dct: '2024-01-22', expr: 'Sunday', value: '2024-01-21' },
  { text: 'The ministers will meet on Sunday in Geneva.', dct: '2024-01-22', expr: 'Sunday', value: '2024-01-28' },
  { text: 'The union said the walkout would start as planned at 3 a.m. on Wednesday.', dct: '2024-01-22', expr: '3 a.m. on Wednesday', value: '2024-01-24T03:00' },
  { text: 'The talks ended as expected on Wednesday.', dct: '2024-01-22', expr: 'Wednesday', value: '2024-01-17' },
  // "would have" + a participle is a past that did not happen (time 1.11.1); "would" alone still looks ahead
  { text: 'If we were stalling, we would have gone home on Monday, she said.', dct: '2024-01-24', expr: 'Monday', value: '2024-01-22' },
  { text: 'He said they would meet on Monday.', dct: '2024-01-24', expr: 'Monday', value: '2024-01-29' },
  // a modal of possibility before a time looks ahead (time 1.12.0); "could have", "could not" and a modal after the time do not
  { text: 'The law could take effect as early as July.', dct: '2024-01-24', expr: 'July', value: '2024-07' },
  { text: 'The law could take effect as early as January.', dct: '2026-07-14', expr: 'January', value: '2027-01' },
  { text: 'The law took effect in January.', dct: '2026-07-14', expr: 'January', value: '2026-01' },
  { text: 'Officials could have acted in November.', dct: '2024-01-24', expr: 'November', value: '2023-11' },
  { text: 'He could not attend on Monday.', dct: '2024-01-24', expr: 'Monday', value: '2024-01-22' },
  { text: 'The president on Monday said the country may send troops.', dct: '2024-01-24', expr: 'Monday', value: '2024-01-22' },
  { text: 'The spokesman mentioned on Monday that a deal was near.', dct: '2024-01-22', expr: 'Monday', value: '2024-01-22' },
  { text: 'They met last Friday.', dct: '2024-01-22', expr: 'last Friday', value: '2024-01-19' },
  { text: 'Talks resume next Tuesday.', dct: '2024-01-22', expr: 'next Tuesday', value: '2024-01-30' },
  { text: 'The summit took place in September.', dct: '2024-01-22', expr: 'September', value: '2023-09' },
  { text: 'The summit will take place in September.', dct: '2024-01-22', expr: 'September', value: '2024-09' },
  { text: 'He visited the city in July 2000.', dct: '2024-01-22', expr: 'July 2000', value: '2000-07', anchor: 'none' },
  { text: 'Officials met last week.', dct: '2024-01-22', expr: 'last week', value: '2024-W03' },
  { text: 'Sales rose last year.', dct: '2024-01-22', expr: 'last year', value: '2023' },
  { text: 'It was ratified two years ago.', dct: '2024-01-22', expr: 'two years ago', value: '2022' },
  { text: 'The vote is due on Jan. 30, 2024.', dct: '2024-01-22', expr: 'Jan. 30, 2024', value: '2024-01-30' },
  { text: 'The deadline is 15 March 2024.', dct: '2024-01-22', expr: '15 March 2024', value: '2024-03-15' },
  { text: 'The deal must be signed by Jan. 14.', dct: '2024-01-06', expr: 'Jan. 14', value: '2024-01-14' },
  { text: 'It was his first trip in over two decades.', dct: '2024-01-22', expr: 'over two decades', type: 'DURATION', value: 'P20Y', mod: 'MORE_THAN' },
  { text: 'The war lasted 2 1/2 years.', dct: '2024-01-22', expr: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' },
  { text: 'The talks lasted five hours.', dct: '2024-01-22', expr: 'five hours', type: 'DURATION', value: 'PT5H' },
  { text: 'They hold a briefing every week.', dct: '2024-01-22', expr: 'every week', type: 'SET', value: 'P1W' },
  { text: 'It publishes a daily bulletin.', dct: '2024-01-22', expr: 'daily', type: 'SET', value: 'P1D' },
  { text: 'Profit rose in the third quarter.', dct: '2024-01-22', expr: 'the third quarter', value: '2023-Q3' },
  { text: 'The blast happened at 10:35 a.m. EST.', dct: '2024-01-22', expr: '10:35 a.m. EST', type: 'TIME', value: '2024-01-22T10:35-05' },
  { text: 'He will leave at 4 a.m. Thursday.', dct: '2024-01-22', expr: '4 a.m. Thursday', type: 'TIME', value: '2024-01-25T04:00' },
  { text: 'Inflation fell in the late 1990s.', dct: '2024-01-22', expr: 'the late 1990s', value: '199', mod: 'END' },
  { text: 'The plant opens early next year.', dct: '2024-01-22', expr: 'early next year', value: '2025', mod: 'START' },
  { text: 'Prices peaked last summer.', dct: '2024-01-22', expr: 'last summer', value: '2023-SU' },
  { text: 'He arrived on Christmas Eve.', dct: '2024-01-22', expr: 'Christmas Eve', value: '2023-12-24' },
  { text: 'Rebels attacked on March 3. The next day, troops withdrew.', dct: '2024-04-10', expr: 'The next day', value: '2024-03-04', anchor: 't1' },
  { text: 'Ties have deepened in recent years.', dct: '2024-01-22', expr: 'recent years', value: 'PAST_REF' },
  { text: 'Nobody lives there now.', dct: '2024-01-22', expr: 'now', value: 'PRESENT_REF' },
  // no DCT: relative values stay relative, nothing is invented
  { text: 'Officials met last week.', dct: null, expr: 'last week', value: 'DCT-P1W', anchor: 'unknown' },
  { text: 'The minister said on Sunday that talks failed.', dct: null, expr: 'Sunday', value: 'XXXX-WXX-7', anchor: 'unknown' },
  { text: 'The summit took place in September.', dct: null, expr: 'September', value: 'XXXX-09', anchor: 'unknown' },
  { text: 'He visited the city in July 2000.', dct: null, expr: 'July 2000', value: '2000-07', anchor: 'none' },
];

/** Rules tuned on TBAQ (TempEval-3 training data), as [DCT, expression, value, sentence, extra fields]. */
const TUNED: ReadonlyArray<readonly [string, string, string, string, Partial<Case>?]> = [
  // a past plan looks ahead to what it plans; a date before it dates the plan
  ['2024-01-22', 'Thursday', '2024-01-25', 'The team planned to leave Nairobi on Thursday.'],
  ['2024-01-22', 'Friday', '2024-01-19', 'On Friday, the government planned to raise taxes.'],
  // a statement through a noun can be scheduled; one through a verb of saying, or reporting a future, cannot
  ['2024-01-22', 'Thursday', '2024-01-25', 'The prosecutor has scheduled a news conference Thursday to announce charges.'],
  ['2024-01-22', 'Thursday', '2024-01-18', 'The minister told a news conference on Thursday that prices rose.'],
  ['2024-01-22', 'Thursday', '2024-01-18', 'Tallis wrote in a post on Thursday that he will visit Riga.'],
  // a present progressive of an arrangement is its coming day, unless a nearer past verb tells the day
  ['2024-01-24', 'Monday', '2024-01-29', 'The president is visiting Tokyo on Monday, his office said.'],
  ['2024-01-24', 'Monday', '2024-01-29', 'The ministers are meeting in Riga on Monday.'],
  ['2024-01-24', 'Monday', '2024-01-22', 'The president, who is visiting Tokyo, arrived there on Monday.'],
  // the new time of a plan moved lies ahead; a date before the verb dates the act; a delay's length is no new time
  ['2024-01-22', 'Thursday', '2024-01-25', 'The court postponed the trial to Thursday.'],
  ['2024-01-22', 'Thursday', '2024-01-25', 'The launch was pushed back to Thursday after high winds.'],
  ['2024-01-22', 'Friday', '2024-01-19', 'On Friday, the court adjourned the hearing until Thursday.'],
  ['2024-01-22', 'Thursday', '2024-01-25', 'On Friday, the court adjourned the hearing until Thursday.'],
  ['2024-01-22', 'Thursday', '2024-01-18', 'The flight was delayed for three hours on Thursday.'],
  ['2024-01-22', 'Thursday', '2024-01-18', 'The trial was moved to Nairobi on Thursday.'],
  ['2024-01-22', 'Thursday', '2024-01-18', 'The minister put the phone down on Thursday.'],
  // "planned for" a day: the plan's time, ahead
  ['2024-01-22', 'Thursday', '2024-01-25', 'Nurses called off a march planned for Thursday.'],
  // "already holds" is no schedule
  ['2024-01-22', 'Thursday', '2024-01-18', 'Merieux, which already holds a stake, said that at the close of business Thursday, shares had been tendered.'],
  // a quarter in a past-tense sentence is the past one; otherwise the nearest
  ['2024-10-26', 'the fiscal first quarter', '2024-Q1', 'Sun earned $5.2 million, or seven cents a share, in the fiscal first quarter.'],
  ['2024-10-26', 'the first quarter', '2025-Q1', 'Sun will report results for the first quarter.'],
  // beside a quarter, only a look back is a year-ago quarter
  ['2024-10-26', 'next year', '2025', 'After a third-quarter loss, it hopes for a turnaround next year.'],
  ['2024-10-26', 'a year earlier', '2023-Q3', 'Third-quarter profit rose from $3 million a year earlier.'],
  // a report that opens on a quarter compares quarters, unless the sentence names another period first
  ['1989-11-02', 'a year earlier', '1988-Q3', 'Savin Posts Third-Quarter Loss. Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.'],
  ['1989-11-02', 'a year earlier', '1988', 'Savin Posts Third-Quarter Loss. For the nine months, revenue fell from $9 million a year earlier.'],
  ['1989-11-02', 'a year earlier', '1988', 'Savin cut jobs. Revenue fell to $85.7 million from $93.3 million a year earlier. Analysts expect a better fourth quarter.'],
  ['2013-03-05', 'a year earlier', '2012', 'Bars in the French Quarter reopened. Owners hired staff. Sales were up from a year earlier.'],
  // a fiscal quarter "ended" on a date is the calendar quarter holding most of its months
  ['1989-10-30', 'the quarter', '1989-Q2', 'In the quarter ended July 31, Jayark had a loss.'],
  ['1989-10-30', 'the quarter', '1989-Q3', 'For the quarter ended Sept. 30, Delta posted a profit.'],
  ['1990-03-01', 'the latest quarter', '1989-Q4', 'In the latest quarter ended Jan. 31, 1990, sales fell.'],
  ['1989-10-30', 'the quarter', '1989-Q3', 'Sales rose in the quarter, ended a strike.'],
  // the week holding a day; a season of a year named relative to the DCT
  ['2000-02-24', 'the week of March 6', '2000-W10', 'The case could be resolved in a court hearing the week of March 6.'],
  ['2000-02-24', 'the week of Jan. 3, 2000', '2000-W01', 'Markets were calm the week of Jan. 3, 2000.'],
  ['2000-02-24', 'the spring of last year', '1999-SP', 'The strike began in the spring of last year.'],
  ['2000-02-24', 'the summer of next year', '2001-SU', 'The plant opens in the summer of next year.'],
  // negative: a bare day is no week, and a season without "of ... year" is the nearest by tense
  ['2000-02-24', 'March 6', '2000-03-06', 'A hearing is set for March 6.'],
  ['2000-02-24', 'last spring', '1999-SP', 'The strike began last spring.'],
  // "the 1988 quarter" is the quarter under report in that year; "the 1988 period" too where quarters are compared
  ['1989-10-30', 'the 1988 quarter', '1988-Q3', 'It earned $376,000 on revenue of $14.5 million in the 1988 quarter.'],
  ['1989-11-01', 'the 1989 period', '1989-Q3', 'The quarter-to-quarter comparison was helped by charges. In the 1989 period also, taxes were lower.'],
  ['1989-11-02', 'the 1988 period', '1988', 'In the first nine months, net was $306 million, compared with a loss in the 1988 period.'],
  ['2024-01-22', 'the weekend', '2024-W04-WE', 'Traders squared positions ahead of the weekend.'],
  // a bare year anchors year-sized steps after it; the year-ago adjective of earnings prose does not follow it
  ['2024-01-22', 'three years later', '2011', 'The crisis began in 2008, and three years later the country sought a bailout.'],
  ['2024-01-22', 'that year', '1988', 'Watch imports totaled $37 million in 1988, a small share of all imports that year.'],
  ['2024-01-22', 'The year before', '2011', 'The bank reported a loss for 2012. The year before, it made a profit.'],
  ['1989-11-02', 'year-ago', '1988', 'It earned $5 million in the 1988 period. The year-ago results included a gain.'],
  // an edge word hyphenated to a month
  ['2024-04-10', 'mid-March', '2024-03', 'Prices rose in mid-March.', { mod: 'MID' }],
  ['2024-04-10', 'mid-June', '2024-06', 'The vote is set for mid-June.', { mod: 'MID' }],
  // a cue is as far as its last letter, and one across a clause break counts for less
  ['2024-01-22', 'Thursday', '2024-01-18', 'Police said the suspect was arrested Thursday and will appear in court Friday.'],
  ['2024-01-22', 'Friday', '2024-01-26', 'Police said the suspect was arrested Thursday and will appear in court Friday.'],
  ['2024-01-22', 'Wednesday', '2024-01-17', 'The bishop, who was elected on Wednesday, will be installed on Tuesday.'],
  ['2024-01-22', 'Tuesday', '2024-01-23', 'Results are due Tuesday.'],
  // a counted step is still a set
  ['2024-01-22', 'every two weeks', 'P2W', 'They meet every two weeks.', { type: 'SET' }],
  // a vague stretch counted from a time told before is a stretch, not a vague past or future of the report
  ['2024-04-10', 'A few days later', 'PXD', 'Rebels attacked on March 3. A few days later, troops withdrew.', { type: 'DURATION' }],
  ['2024-04-10', 'Several years earlier', 'PXY', 'He quit in 2001. Several years earlier, he had run.', { type: 'DURATION' }],
  // negative: counted back from the report, it is the vague past
  ['2024-04-10', 'several years ago', 'PAST_REF', 'He quit several years ago.', { type: 'DATE' }],
  // a month or season of a year read out; negative: a year read out alone stays the year
  ['1998-02-27', 'January nineteen ninety-seven', '1997-01', 'One person is killed. January nineteen ninety-seven. Atlanta again.'],
  ['1998-02-23', 'the winter of nineteen ninety-four', '1994-WI', 'Oil fell to the level we saw in the winter of nineteen ninety-four.'],
  ['1998-02-23', 'nineteen ninety-four', '1994', 'Oil fell to the level we saw in nineteen ninety-four.'],
  // a day read out; negatives: "may" the verb, and an ordinal joined to the next word
  ['1998-03-05', 'this coming Sunday, March eighth', '1998-03-08', "International Women's Day is this coming Sunday, March eighth."],
  ['1998-03-05', 'the twenty-first of February', '1998-02-21', 'They met on the twenty-first of February.'],
  ['1998-03-05', 'April first', '1998-04-01', 'The rule takes effect on April first.'],
  ['1998-03-05', 'the twenty-first century', '20', 'We live in the twenty-first century.'],
  ['1998-03-05', 'March', '1998-03', 'In March third-quarter sales rose.'],
  // a month or season of every year is a set; negative: with a day it is that day's date
  ['1998-03-22', 'each July', 'XXXX-07', 'Orangemen march each July from their church.', { type: 'SET' }],
  ['1998-03-22', 'Every summer', 'XXXX-SU', 'Every summer, violence flares.', { type: 'SET' }],
  ['1998-03-22', 'May 3', '1998-05-03', 'Each May 3 they vote.', { type: 'DATE' }],
  // a rate: "a year" after an amount or a counted plural is a set; after a preposition, or before "after", a stretch
  ['2024-01-22', 'a year', 'P1Y', 'The cuts should save $500 million a year in costs.', { type: 'SET' }],
  ['2024-01-22', 'a week', 'P1W', 'The airline will add nearly 700 seats a week on the route.', { type: 'SET' }],
  ['2024-01-22', 'a day', 'P1D', 'Agents conducted hundreds of interviews a day.', { type: 'SET' }],
  ['2024-01-22', 'a year', 'P1Y', 'Output rose 20% a year.', { type: 'SET' }],
  ['2024-01-22', 'a year', 'P1Y', 'It was the smallest gain in a year.', { type: 'DURATION' }],
  ['2024-01-22', 'a week', 'P1W', 'The strike could last for as long as a week.', { type: 'DURATION' }],
  ['2024-01-22', 'a day', 'P1D', 'Police arrested three suspects a day after the attack.', { type: 'DURATION' }],
  // the bare period of a results report: the current one, or twelve months when it "ended"
  ['1989-11-02', 'the year', 'P1Y', 'For the year ended Sept. 30, the company earned $5 million.', { type: 'DURATION' }],
  ['1989-11-02', 'the full year', '1989', 'Sales for the full year were $6.6 billion.', { type: 'DATE' }],
  ['1989-11-02', 'the fiscal year', '1989', 'The charge will result in lower earnings for the fiscal year.'],
  ['1989-10-30', 'the week', '1989-W44', 'For the week, the index dropped 3.8%.'],
  // year-end: this year's end, or last year's after "since"
  ['1989-11-02', 'year-end', '1989', 'The deal should close by year-end.', { mod: 'END' }],
  ["1989-11-02", "year's end", '1989', "Capital rules should be in place by year's end.", { mod: 'END' }],
  ['1989-11-02', 'year-end', '1988', 'The index has risen 20% since year-end.', { mod: 'END' }],
  // a clock time takes the date of the day named after a bracketed conversion, and stays its own timex
  ['1998-08-08', '10:35 a.m.', '1998-08-07T10:35', 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', { type: 'TIME' }],
  ['2024-01-22', '6 p.m.', '2024-01-21T18:00', 'The quake struck at 6 p.m. local time on Sunday.', { type: 'TIME' }],
  ['2024-01-22', '10 a.m.', '2024-01-22T10:00', 'The ceremony began at 10 a.m. (0700 GMT).', { type: 'TIME' }],
  // an adjectival timex leaves its article to the noun; a nominal one keeps it
  ['2024-01-22', 'two day', 'P2D', 'Thousands came for the two day rally.', { type: 'DURATION' }],
  ['2024-10-26', 'third-quarter', '2024-Q3', 'A major factor in the third-quarter loss was a write-down.'],
  ['2024-10-26', 'fiscal second-quarter', '2024-Q2', 'It posted net income for the fiscal second-quarter of $8.6 million.'],
  ['2024-10-26', 'the third-quarter', '2024-Q3', 'Profit fell in the third-quarter.'],
  // a tail that belongs to the expression, with the mod it states; a year naming a results period
  ['1989-10-30', 'the next year or so', '1990', 'The plant will be closed over the next year or so, a spokesman said.', { mod: 'APPROX' }],
  ['1989-10-30', 'the next two years or so', 'P2Y', 'Over the next two years or so, its share may rise.', { type: 'DURATION', mod: 'APPROX' }],
  ['1989-10-30', '1994 or later', '1994', "The company wouldn't be profitable until 1994 or later.", { mod: 'ON_OR_AFTER' }],
  ['1989-10-30', '1990 and beyond', '1990', 'It is confident about cash flow for 1990 and beyond.', { mod: 'ON_OR_AFTER' }],
  ['1991-02-25', 'a week or so ago', '1991-W08', 'Then, a week or so ago, the general picked a date.'],
  ['1989-10-30', '1994', '1994', 'It will be sold in 1994 or earlier versions will be scrapped.'],
  ['1989-11-02', 'the 1988 period', '1988', 'It had a loss of $195 million in the 1988 period.'],
  // an hour "in the morning", a mid-part of a day (on the day named after it), a later date
  ['2000-04-05', '4 in the morning', '2000-04-05T04:00', 'The father will leave at 4 in the morning.', { type: 'TIME' }],
  ['2000-04-05', "six o'clock in the evening", '2000-04-05T18:00', "Polls close at six o'clock in the evening.", { type: 'TIME' }],
  ['1989-11-02', 'mid-afternoon yesterday', '1989-11-01TAF', 'In London at mid-afternoon yesterday, shares were up.', { type: 'TIME' }],
  ['1998-03-06', 'mid afternoon', '1998-03-06TAF', 'By mid afternoon, official sources were silent.', { type: 'TIME' }],
  ['1989-10-26', 'a later date', 'FUTURE_REF', 'It will be financed by debt offerings at a later date.'],
  ['2024-01-22', 'the long-term', 'FUTURE_REF', 'It will help in the long-term as rates fall.'],
  // a year read out
  ['1998-01-15', 'nineteen ninety-one', '1991', 'In nineteen ninety-one Charles Keating was convicted.'],
  ['1998-01-15', 'nineteen seventy-nine', '1979', 'They needed protection in nineteen seventy-nine when the war began.'],
  ['1998-02-05', 'the year two thousand', '2000', 'His promise to halve unemployment by the year two thousand was dropped.'],
  // "in coming weeks" without an article
  ['2024-01-22', 'coming weeks', 'PXW', 'Rates may fall in coming weeks.', { type: 'DURATION' }],
  // time 1.6: a stretch as a hyphenated adjective
  ['2000-04-03', 'day-long', 'P1D', 'They emerged from their third day-long meeting.', { type: 'DURATION' }],
  ['2024-01-22', 'two-year-long', 'P2Y', 'It ended a two-year-long dispute.', { type: 'DURATION' }],
  ['2024-01-22', 'four-hour-long', 'PT4H', 'After a four-hour-long debate the bill passed.', { type: 'DURATION' }],
  ['2000-01-15', 'decades-long', 'PXDE', "It symbolised the government's decades-long battle.", { type: 'DURATION' }],
  ['1998-09-07', 'years-old', 'PXY', 'Kenya hoped for an end to a years-old slump.', { type: 'DURATION' }],
  // a later day joined to a month-day
  ['1999-02-10', '25', '1999-04-25', 'Leaders meet at the summit on April 24 and 25.'],
  ['1999-02-10', '6', '1999-01-06', 'The talks were held Jan. 5 and 6, officials said.'],
  ['1999-02-10', '19', '1999-03-19', 'Voting is set for March 18 or 19 in the capital.'],
  // a month as an adjective after an article, and after a sentence-opening "The"
  ['1989-10-27', 'June', '1989-06', 'It failed to sell itself under a June agreement with the holders.'],
  ['1999-02-10', 'March', '1999-03', 'The March accession will enable the three countries to join.'],
  ['1999-02-10', 'April', '1999-04', 'An April report will follow.'],
  // "later in the day" tags the day
  ['1998-02-13', 'the day', '1998-02-13', 'He arrived in Philadelphia later in the day.'],
  // a decade in words
  ['1998-03-03', 'the nineties', '199', 'Numbers kept dropping through the nineties.'],
  ['1998-03-03', 'the early eighties', '198', 'Rates peaked in the early eighties.', { mod: 'START' }],
  // a while
  ['1998-01-11', 'a while', 'PXX', 'We will have to live without it for a while.', { type: 'DURATION' }],
  ['1998-01-11', 'quite a while', 'PXX', 'It was his first win in quite a while.', { type: 'DURATION' }],
  ['1998-01-11', 'a while ago', 'PAST_REF', 'He left the party a while ago.'],
  // a bare plural before "of", and after "take"/"last"
  ['1989-10-27', 'months', 'PXM', 'The merger follows months of twists and turns.', { type: 'DURATION' }],
  ['2024-01-22', 'years', 'PXY', 'After years of war, peace came.', { type: 'DURATION' }],
  ['2024-01-22', 'weeks', 'PXW', 'The talks could take weeks.', { type: 'DURATION' }],
  // "at this crucial moment"
  ['1990-08-15', 'this crucial moment', 'PRESENT_REF', 'The king would not travel at this crucial moment.'],
  // time 1.7: "set" is a past act unless it schedules ("set for", "is set"); a base form after a modal is no past
  ['2024-01-22', 'Friday', '2024-01-19', 'On Friday, when the minister set aside her holiday plans, the ban was lifted.'],
  ['2024-01-22', 'Friday', '2024-01-19', 'The court ruled that he must leave, and set Friday as the deadline.'],
  ['2024-01-22', 'Friday', '2024-01-26', 'The vote is set for Friday.'],
  ['2024-01-22', 'Friday', '2024-01-26', 'The talks must end before the vote, set for Friday.'],
  ['2024-01-22', 'Friday', '2024-01-26', 'They will set Friday as the deadline.'],
  // a past plan with an object looks ahead to it; "had planned" stays in the past
  ['2024-01-22', 'Saturday', '2024-01-27', 'Protesters planned a large rally on Saturday.'],
  ['2024-01-22', 'Saturday', '2024-01-20', 'Protesters had planned a large rally on Saturday.'],
  ['2024-01-22', 'Friday', '2024-01-19', 'On Friday, the rebels expected a reply.'],
  // "were planning to", "was due to": the plan decides, not the past "were"; a plain "were" is past
  ['2024-01-24', 'Monday', '2024-01-29', 'Protesters were planning to drive around the airport on Monday.'],
  ['2024-01-24', 'Monday', '2024-01-22', 'Protesters were arrested near the airport on Monday.'],
  ['2024-01-24', 'Monday', '2024-01-29', 'The envoy was due to arrive on Monday.'],
  // a date after "since" is behind the report, whatever verb comes later
  ['1990-08-13', 'March', '1990-03', 'The carrier has been on patrol since March and was scheduled to return to port.'],
  ['1990-08-13', 'March', '1991-03', 'The carrier is scheduled to return to port in March.'],
  // "by" a month: the nearest, unless the clause looks ahead; a participle before "by the …" is no past tense
  ['1998-02-13', 'August', '1998-08', 'Qantas will double its flights to India by August.'],
  ['1998-02-13', 'August', '1997-08', 'Qantas doubled its flights to India by August.'],
  ['1998-02-13', 'August', '1998-08', 'Qantas will double its flights by August in the search for markets untouched by the crisis.'],
  ['1998-02-13', 'August', '1997-08', 'In August, markets untouched by the crisis rallied.'],
  ['1998-02-13', 'August', '1997-08', 'They camped by the river in August.'],
  // a clock time glossed in brackets by a clock time with its day takes that day; a bare conversion gives none
  ['2000-04-05', '4 in the morning', '2000-04-06T04:00', 'He will leave at 4 in the morning (4 a.m. EDT Thursday).'],
  ['2000-04-05', '4 in the morning', '2000-04-05T04:00', 'He will leave at 4 in the morning (0800 GMT).'],
  // "the next couple of years" is two years; "the next few years" stays vague
  ['1989-10-26', 'the next couple of years', 'P2Y', 'Over the next couple of years sales will grow.', { type: 'DURATION' }],
  ['1989-10-26', 'the next few years', 'PXY', 'Over the next few years sales will grow.', { type: 'DURATION' }],
  // "the previous Friday", "the following Monday": from the day last mentioned, else from the report (time 1.15)
  ['1989-10-30', 'the previous Friday', '1989-10-20', 'Shares closed lower on Oct. 27. The index was down 4.5% from the previous Friday.'],
  ['1989-10-30', 'the previous Friday', '1989-10-27', 'The index was down 4.5% from the previous Friday.'],
  ['1989-10-30', 'the following Monday', '1989-10-09', 'He left on Oct. 3, 1989. He returned the following Monday.'],
  ['1989-10-30', 'the preceding Sunday', '1989-10-01', 'He left on Oct. 3, 1989, having resigned the preceding Sunday.'],
  ['1989-10-30', 'the following Monday', '1989-11-06', 'He will return the following Monday.'],
  // a month mentioned before is no day to count from: "the previous Friday" then counts from the report
  ['1989-10-30', 'the previous Friday', '1989-10-27', 'Sales fell in September, and were flat from the previous Friday.'],
  // a season after "into"/"throughout" is a date, with its article; "getting beat up" is no past tense
  ['1989-10-26', 'the summer', '1989-SU', 'Problems hurt demand well into the summer.'],
  ['1989-10-26', 'the winter', '1989-WI', 'The plant will run throughout the winter.'],
  ['1998-02-06', 'the spring', '1998-SP', 'The sector is going to start getting beat up in the spring.'],
  ['1998-02-04', 'Monday', '1998-02-09', 'The rebels will get beat on Monday.'],
  // a count of business, trading or working days is a stretch (time 1.15.1)
  ['1989-10-30', 'Eight trading days', 'P8D', 'Eight trading days after Oct. 12, the index fell.', { type: 'DURATION' }],
  ['1989-10-30', 'five business days', 'P5D', 'Holders must respond within five business days.', { type: 'DURATION' }],
  // "post-1959", "pre-1990": the year and its side; "the near term" after "of"; a year after a possessive name (time 1.15.2)
  ['2000-02-24', 'post-1959', '1959', 'But the post-1959 politics have split families.', { mod: 'AFTER' }],
  ['2000-02-24', 'pre-1990', '1990', 'Output is back at pre-1990 levels.', { mod: 'BEFORE' }],
  ['1989-10-30', 'the near term', 'FUTURE_REF', "We don't minimize the challenges of the near term."],
  ['1989-10-27', '1989', '1989', "He said Navigation Mixte's 1989 unconsolidated profit would double."],
  // "will one day be": an unspecified time ahead; "last February" on March 1 is a year back (time 1.15.3)
  ['1998-03-03', 'one day', 'FUTURE_REF', 'Islam will one day be the second largest religion.', { type: 'DATE' }],
  ['1998-03-03', 'someday', 'FUTURE_REF', 'She hopes to someday fly to Mars.', { type: 'DATE' }],
  ['1998-03-03', 'one day', 'P1D', 'The strike lasted one day.', { type: 'DURATION' }],
  ['1998-03-01', 'last February', '1997-02', 'Two helicopters crashed last February.'],
  ['1998-03-01', 'last January', '1998-01', 'Sales fell last January.'],
  ['1989-10-27', 'last April', '1989-04', 'Its new computer was introduced last April.'],
  // an appositive "the day" before an event is the day named before it; "the day before" alone counts back (time 1.15.4)
  ['1989-10-30', 'the day', '1989-10-12', 'Shares fell after Oct. 12, the day before the stock market plunge, for instance.'],
  ['1989-10-30', 'the day', '1989-10-27', 'He came on Friday, the day after the vote.'],
  ['1989-10-30', 'the day before', '1989-10-29', 'He arrived on Monday. He had left the day before.'],
  // a counted period compared a year back is one stretch (time 1.15.5)
  ['1989-10-26', 'the year-earlier nine months', 'P9M', 'Net for the year-earlier nine months also included a gain.', { type: 'DURATION' }],
  ['1989-10-26', 'year-earlier', '1988-Q3', 'Profit for the third quarter rose from year-earlier profit of $3.8 million.'],
  // time 1.16: "last Tuesday" is the most recent Tuesday before the DCT (a week back on a Tuesday)
  ['2000-02-24', 'last Tuesday', '2000-02-22', 'Castro spoke last Tuesday in Havana.'],
  ['2013-03-22', 'last Tuesday', '2013-03-19', 'The vote took place last Tuesday in Nicosia.'],
  ['2013-03-19', 'last Tuesday', '2013-03-12', 'The vote took place last Tuesday in Nicosia.'],
  ['2013-03-21', 'last Friday', '2013-03-15', 'The new premier, who took office last Friday, spoke on Sunday.'],
  // a future word used as a noun after a determiner or a possessive is no plan of the clause
  ['2013-03-22', 'Tuesday night', '2013-03-19TNI', 'The parliament rejected the plan on Tuesday night.'],
  ['2013-03-22', 'Tuesday', '2013-03-19', "Lawmakers dashed the government's hopes on Tuesday."],
  ['2013-03-22', 'Sunday', '2013-03-24', 'They announced the plan to hold a vote on Sunday.'],
  ['2013-03-22', 'Sunday', '2013-03-24', 'The party plans a rally on Sunday.'],
  // a verb in a subordinate clause after the time is another event's
  ['2013-03-21', 'Monday', '2013-03-25', 'The bank said it would cut off funding on Monday unless a deal was reached.'],
  ['2013-03-21', 'Monday', '2013-03-18', 'The bank cut off funding on Monday because no deal was reached.'],
  ['2013-03-21', 'Monday', '2013-03-25', 'The vote will be held on Monday, after talks collapsed.'],
  // "set by" is a participle, no past act
  ['2013-03-21', 'Monday', '2013-03-25', 'Lawmakers must approve the plan before a Monday deadline set by the bank.'],
  ['2013-03-21', 'Monday', '2013-03-18', 'The court set Monday as the deadline.'],
  // a month six months away either way is the nearer by days
  ['2013-03-21', 'September', '2013-09', 'The bill keeps the government funded through September.'],
  ['2013-03-10', 'September', '2012-09', 'The bill keeps the government funded through September.'],
  // "after hours of talks"; "for years before a ruling" is a stretch
  ['2013-03-21', 'hours', 'PTXH', 'After hours of talks, the deal was signed.', { type: 'DURATION' }],
  ['2013-03-21', 'years', 'PXY', 'An investigation can last for years before a decision is made.', { type: 'DURATION' }],
  // a month alone may go ten months back in a past clause
  ['2013-03-21', 'May', '2012-05', 'A study published in May found evidence of it.'],
  ['2013-03-21', 'May', '2013-05', 'A study will be published in May.'],
  ['2013-03-21', 'June', '2012-06', 'A study published in June found evidence of it.'],
  // … but nine months ahead, as a day: a future verb of another clause does not carry a month gone ten months on
  ['2025-08-14', 'June', '2025-06', 'The trial of the manager charged over the collapse in June will open on October 20.'],
  ['2025-08-14', 'April', '2026-04', 'The trial will open in April.'],
  // "and a half" after the count or the unit; a stretch compared ("a year earlier than planned") is no date
  ['2013-03-20', 'two and a half years', 'P2Y6M', 'He served two and a half years in prison.', { type: 'DURATION' }],
  ['2013-03-20', 'three and a half hours', 'PT3H30M', 'The talks lasted three and a half hours.', { type: 'DURATION' }],
  ['2013-03-20', 'two and a half years ago', '2010-09', 'The war ended two and a half years ago.'],
  ['2013-03-20', 'a year and a half ago', '2011-09', 'It happened a year and a half ago.'],
  ['2013-03-20', 'a year', 'P1Y', 'The project was finished a year earlier than planned.', { type: 'DURATION' }],
  ['2013-03-20', 'six months', 'P6M', 'Elections will be held six months earlier than scheduled.', { type: 'DURATION' }],
  ['2013-03-20', 'a year earlier', '2012', 'Sales rose 5 percent from a year earlier.'],
  // "the past year" is the year before the report's, as TimeBank dates it; counted or other units stay stretches
  ['1998-03-03', 'the past year', '1997', 'The number of hate groups grew over the past year.'],
  ['1989-10-30', 'the past year', '1988', 'The inquiry began in the past year.'],
  ['2013-03-20', 'the past two years', 'P2Y', 'Prices doubled over the past two years.', { type: 'DURATION' }],
  ['2013-03-20', 'The past decade', 'P10Y', 'The past decade saw big changes.', { type: 'DURATION' }],
  // time 1.19: "the day before/after" a named day is one expression, counted from that day; alone it counts back
  // from the day in focus, and an appositive "the day" before an event stays the day named before it
  ['2000-02-24', 'The day before last Tuesday', '2000-02-21', "The day before last Tuesday's federal court hearing, he met the lawyers."],
  ['2000-02-24', 'the day after Christmas', '1999-12-26', 'He arrived the day after Christmas.'],
  ['2013-03-21', 'the day before Thanksgiving', '2012-11-21', 'The company said the day before Thanksgiving that it would close the plant.'],
  ['2013-03-21', 'the day after March 3, 2012', '2012-03-04', 'She signed it the day after March 3, 2012.'],
  ['2013-03-21', 'the day before', '2013-03-17', 'He arrived on Monday. He had left the day before.'],
  ['2013-03-21', 'Friday night', '2013-03-15TNI', "They met the day before Friday night's game."],
  // a bare plural opening its clause before later/after is a stretch of unknown length ("24 hours later" is counted)
  ['2013-03-21', 'Hours', 'PTXH', 'Hours later, police arrested two men.', { type: 'DURATION' }],
  ['2013-03-21', 'Minutes', 'PTXM', 'Minutes after the blast, sirens sounded.', { type: 'DURATION' }],
  ['2013-03-21', 'days', 'PXD', 'The talks collapsed, and days later the army moved in.', { type: 'DURATION' }],
  ['2013-03-21', 'weeks', 'PXW', 'Just weeks before the vote, he quit.', { type: 'DURATION' }],
  // wire copy's four-digit clock with its zone or "local time"; a bracketed one glosses the time before it
  ['2013-03-21', '1430 GMT on Friday', '2013-03-15T14:30Z', 'The blast happened at 1430 GMT on Friday.', { type: 'TIME' }],
  ['2013-03-21', '2100 GMT', '2013-03-21T21:00Z', 'Trading closed at 2100 GMT.', { type: 'TIME' }],
  ['2013-03-21', '1900 local time', '2013-03-21T19:00', 'The vote ended at 1900 local time (1700 GMT).', { type: 'TIME' }],
  ['2013-03-21', '6 p.m.', '2013-03-16T18:00', 'The ceasefire took effect at 6 p.m. (1600 GMT) on Saturday.', { type: 'TIME' }],
  ['2013-03-21', '1600', '1600', 'He was born in 1600 and died in 1650.'],
  // a verb after "and"/"but" heads the next conjunct; it decides a time of its own clause still
  ['2013-03-22', 'Tuesday night', '2013-03-19TNI', 'Parliament voted on the measure Tuesday night and will meet again Friday.'],
  ['2013-03-22', 'Friday', '2013-03-22', 'Parliament voted on the measure Tuesday night and will meet again Friday.'],
  ['2013-03-20', 'Monday', '2013-03-25', 'The minister arrives on Monday and will meet the president.'],
  ['2013-03-20', 'Saturday', '2013-03-16', 'The rebels seized the town on Saturday but were driven out.'],
  // "will last three days": "last" after a modal is the verb, no part of the stretch
  ['2013-03-20', 'three days', 'P3D', 'The talks begin on Monday and will last three days.', { type: 'DURATION' }],
  ['2013-03-20', 'the last three months', 'P3M', 'Sales in the last three months rose.', { type: 'DURATION' }],
  // a saying verb's object before the date: the date is the statement's ("announced its plans on Sunday")
  ['2013-03-20', 'Sunday', '2013-03-17', 'The group, which announced its plans on Sunday, said it would hold a rally Saturday.'],
  ['2013-03-20', 'Saturday', '2013-03-23', 'The group, which announced its plans on Sunday, said it would hold a rally Saturday.'],
  // a timetable verb right before its day, after a relative pronoun too
  ['2013-03-20', 'Saturday', '2013-03-23', 'The museum, which reopens Saturday, was closed for renovations.'],
  ['2013-03-20', 'Saturday', '2013-03-16', 'The museum, which closed Saturday, was damaged.'],
  // "over" is "more than" after a word that measures ("last over a week", "for over two years"), "during" after another verb
  ['2013-03-20', 'two years', 'P2Y', 'The conflict has killed 70,000 people over two years.', { type: 'DURATION' }],
  ['1998-03-31', 'several years', 'PXY', 'The current system has evolved over several years.', { type: 'DURATION' }],
  ['1998-03-06', 'over a week', 'P1W', 'The tour is likely to last over a week.', { type: 'DURATION', mod: 'MORE_THAN' }],
  ['2013-03-20', 'over two years', 'P2Y', 'He has been in jail for over two years.', { type: 'DURATION', mod: 'MORE_THAN' }],
  // "no more than" is a ceiling, not "more than"
  ['1998-02-22', 'no more than sixty days', 'P60D', 'Iraq would open its sites for no more than sixty days.', { type: 'DURATION', mod: 'EQUAL_OR_LESS' }],
  ['1998-02-22', 'more than sixty days', 'P60D', 'The inspections lasted more than sixty days.', { type: 'DURATION', mod: 'MORE_THAN' }],
  // "soon" ahead of the report stays FUTURE_REF; "most recently" without a date after it stays PAST_REF (time 1.20.0)
  ['2013-03-20', 'soon', 'FUTURE_REF', 'The budget will soon move into surplus.', { type: 'DATE' }],
  ['2013-03-20', 'soon', 'FUTURE_REF', 'The rebels will soon be defeated, he said.', { type: 'DATE' }],
  ['2013-03-20', 'recently', 'PAST_REF', 'It has happened before, most recently to Greece.', { type: 'DATE' }],
  ['2013-03-20', 'recently', 'PAST_REF', 'Most recently, he worked at a bank.', { type: 'DATE' }],
  // "that day" after a month is a day of that month the text does not name; after a day it is that day (time 1.20.0)
  ['2013-03-20', 'that day', '2012-10-XX', 'The crash came in October. Traders lost heavily that day.'],
  ['2013-03-20', 'that same day', '2012-10-XX', 'The site was attacked in October. His name was crossed out that same day.'],
  ['2013-03-20', 'the next day', '2010-06-XX', 'He left in June 2010 and returned the next day.'],
  ['2013-03-20', 'that day', '2012-10-19', 'The crash came on Oct. 19. Traders lost heavily that day.'],
  ['2013-03-20', 'that same day', '2013-03-18', 'He arrived on Monday and left that same day.'],
  // a weekday that recurs is a SET; a day joined to a plural part of the day shares it (time 1.20.0)
  ['2013-03-20', 'Sundays', 'XXXX-WXX-7', 'The shop is closed on Sundays.', { type: 'SET' }],
  ['2013-03-20', 'Friday nights', 'XXXX-WXX-5TNI', 'They meet on Friday nights.', { type: 'SET' }],
  ['1998-02-13', 'Monday', 'XXXX-WXX-1TNI', 'Two new flights would leave Bombay on Monday and Tuesday nights from March 30.', { type: 'SET' }],
  ['1998-02-13', 'Tuesday nights', 'XXXX-WXX-2TNI', 'Two new flights would leave Bombay on Monday and Tuesday nights from March 30.', { type: 'SET' }],
  ['2013-03-20', 'Friday night', '2013-03-15TNI', 'He spoke on Friday night.', { type: 'DATE' }],
  ['2013-03-20', 'Monday', '2013-03-18', 'Talks on Monday and Tuesday ended.', { type: 'DATE' }],
  ['2013-03-20', 'Sunday', '2013-03-17', "Sunday's vote was close.", { type: 'DATE' }],
  // a programme's name, "24 hours a day", "in the long run", "high noon" are no times (time 1.21.0); what stays one
  ['1999-05-07', 'Today', '1999-05-07', "``Today, I'm here to tell you we have our suspect,'' he said."],
  ['1999-05-07', 'Today', '1999-05-07', 'He said: "Today we begin."'],
  ['1999-05-07', 'This week', '1999-W18', '"This week was hard," she said.'],
  ['1999-05-07', 'this week', '1999-W18', "He told ABC's reporters this week that talks failed."],
  ['1999-05-07', '24 hours', 'PT24H', 'The plant runs 24 hours a week.', { type: 'DURATION' }],
  ['1999-05-07', 'a day', 'P1D', 'They held hundreds of interviews a day.', { type: 'SET' }],
  ['1999-05-07', 'the long term', 'FUTURE_REF', 'Shares will rise in the long term.'],
  ['1999-05-07', 'noon', '1999-05-07T12:00', 'They met at noon.', { type: 'TIME' }],
  // a decade with an apostrophe for its century (time 1.21.1)
  ['1989-10-26', "'80s", '198', "Sales grew in the '80s."],
  ['1989-10-26', "the late '90s", '199', "It was popular in the late '90s.", { mod: 'END' }],
  ['2013-03-21', 'the mid-\u201970s', '197', 'It was built in the mid-\u201970s.', { mod: 'MID' }],
  ['1989-10-26', '1980s', '198', 'Sales grew in the 1980s.'],
];
const CASES_TUNED: Case[] = TUNED.map(([dct, expr, value, text, extra]) => ({ text, dct, expr, value, ...extra }));

for (const c of [...CASES, ...CASES_TUNED]) {
  test(`time/tag: "${c.expr}" in "${c.text}" (DCT ${c.dct}) → ${c.value}`, () => {
    const t = find(c.text, c.dct, c.expr);
    assert.ok(t, `no timex for "${c.expr}"; got ${JSON.stringify(at(c.text, c.dct).map((x) => x.text))}`);
    assert.equal(t.text, c.expr);
    assert.equal(t.value, c.value);
    if (c.type) assert.equal(t.type, c.type);
    if (c.mod) assert.equal(t.mod, c.mod);
    if (c.anchor) assert.equal(t.anchor, c.anchor);
  });
}

interface VagueCase {
  readonly text: string;
  readonly expr: string;
  readonly value: string;
  readonly from: string | null;
  readonly to: string | null;
}

const VAGUE: readonly VagueCase[] = [
  { text: 'He will visit soon.', expr: 'soon', value: 'FUTURE_REF', from: '2024-01-22', to: '2024-04-22' },
  { text: 'A decision is expected shortly.', expr: 'shortly', value: 'FUTURE_REF', from: '2024-01-22', to: '2024-02-05' },
  { text: 'He is willing to do so at an early date.', expr: 'at an early date', value: 'FUTURE_REF', from: '2024-01-22', to: '2024-07-22' },
  { text: 'They will meet in the near future.', expr: 'in the near future', value: 'FUTURE_REF', from: '2024-01-22', to: '2024-07-22' },
  { text: 'The visit will occur in the foreseeable future.', expr: 'in the foreseeable future', value: 'FUTURE_REF', from: '2024-01-22', to: '2026-01-22' },
  { text: 'Talks will resume in the coming weeks.', expr: 'the coming weeks', value: 'PXW', from: '2024-01-22', to: '2024-03-18' },
  { text: 'A deal is expected later this year.', expr: 'later this year', value: '2024', from: '2024-01-22', to: '2024-12-31' },
  { text: 'The trial is expected to begin later in the year.', expr: 'later in the year', value: '2024', from: '2024-01-22', to: '2024-12-31' },
  { text: 'There will be no vote, not before the March election.', expr: 'not before the March election', value: '2024-03', from: '2024-03-01', to: null },
  { text: 'Troops will stay until the June summit.', expr: 'until the June summit', value: '2024-06', from: null, to: '2024-06-30' },
  // a denied "before" is a lower bound: no decision before June means the decision comes from June on
  { text: 'No decision is expected before June.', expr: 'before June', value: '2024-06', from: '2024-06-01', to: null },
  { text: 'A decision is expected before June.', expr: 'before June', value: '2024-06', from: null, to: '2024-05-31' },
  { text: 'The visit is unlikely before the summer.', expr: 'summer', value: '2024-SU', from: '2024-06-01', to: null },
  { text: 'The treaty will not be signed until March 3.', expr: 'March 3', value: '2024-03-03', from: '2024-03-03', to: null },
  { text: 'There is no doubt the vote will happen before June.', expr: 'before June', value: '2024-06', from: null, to: '2024-05-31' },
  { text: 'The visit is not expected before the election on 12-14 April.', expr: '12-14 April', value: '2024-04-12', from: '2024-04-12', to: null },
  { text: 'Troops will leave after the summit on April 3-4.', expr: 'April 3-4', value: '2024-04-03', from: '2024-04-05', to: null },
  { text: 'The talks must end before the vote, set for March 10.', expr: 'March 10', value: '2024-03-10', from: null, to: '2024-03-09' },
  { text: 'The ban has been in force since 2020.', expr: 'since 2020', value: '2020', from: '2020-01-01', to: '2024-01-22' },
  // a bound on an edge of a period: "before the end of the year" is by the year's end, not before the year began
  { text: 'They want to sign a deal before the end of the year.', expr: 'the end of the year', value: '2024', from: null, to: '2024-12-31' },
  { text: 'The deal will not be signed before the end of March.', expr: 'the end of March', value: '2024-03', from: '2024-03-22', to: null },
  { text: 'The vote will come after the end of the month.', expr: 'the end of the month', value: '2024-01', from: '2024-02-01', to: null },
  // a date that premodifies a noun after the article dates that noun; the signal governs the noun, not the date
  { text: 'It was the second machine closed at the mill, after the 2013 shutdown that cost 180 jobs.', expr: '2013', value: '2013', from: '2013-01-01', to: '2013-12-31' },
  { text: 'Prices have risen since the 2020 reform of the market.', expr: '2020', value: '2020', from: '2020-01-01', to: '2020-12-31' },
  // (and with no noun after it, the date itself is bounded)
  { text: 'The plant will reopen after the summer.', expr: 'summer', value: '2024-SU', from: '2024-09-01', to: null },
  { text: 'The plant closed after the 2013 and 2014 losses.', expr: '2013', value: '2013', from: '2014-01-01', to: null },
];

for (const v of VAGUE) {
  test(`time/window: "${v.expr}" (DCT 2024-01-22) → ${v.value} [${v.from}, ${v.to}]`, () => {
    const t = find(v.text, '2024-01-22', v.expr);
    assert.ok(t, `no timex for "${v.expr}"`);
    assert.equal(t.value, v.value);
    assert.ok(t.window, 'window expected');
    assert.equal(t.window.from, v.from);
    assert.equal(t.window.to, v.to);
    assert.ok(t.window.confidence > 0 && t.window.confidence <= 1);
  });
}

test('time/window: "after the summit" is a window only (not a TIMEX3), forward of the DCT in a future clause', () => {
  const text = 'The sanctions will be lifted after the summit.';
  const t = find(text, '2024-01-22', 'after the summit');
  assert.ok(t);
  assert.equal(t.timex3, false);
  assert.equal(t.window?.from, '2024-01-22');
  assert.equal(t.window?.to, null);
});

test('time/window: without a DCT vague windows stay DCT-relative', () => {
  const t = find('He will visit soon.', null, 'soon');
  assert.equal(t?.anchor, 'unknown');
  assert.deepEqual(t?.window, { from: 'DCT', to: 'DCT+P3M', confidence: 0.6 });
});

// negative cases: words that look like time but are not
const NEGATIVE: ReadonlyArray<{ readonly text: string; readonly not: string }> = [
  { text: 'The ministers may meet again.', not: 'may' },
  { text: 'May I ask a question?', not: 'May' },
  { text: 'Theresa May said the plan had failed.', not: 'May' },
  { text: 'Protesters march on the capital.', not: 'march' },
  { text: 'The Sunday Times reported the story.', not: 'Sunday' },
  { text: 'Some 2000 people attended the rally.', not: '2000' },
  { text: 'The company paid $1990 in fees.', not: '1990' },
  { text: 'Shares rose to 1,995 points.', not: '995' },
  { text: 'He was elected for a second time.', not: 'a second' },
  { text: 'A second 24-hour strike closed the airport on Friday.', not: 'A second' },
  { text: 'The ministry set minimum services for the weekend stoppage.', not: 'the weekend' },
  { text: 'He watched High Noon on television.', not: 'Noon' },
  { text: 'About three-quarters of voters agreed.', not: 'quarters' },
  { text: 'They may second the motion.', not: 'may second' },
  { text: 'The fall of the Berlin Wall changed Europe.', not: 'fall' },
  { text: 'He left the year before the war.', not: 'year before' },
  { text: 'The anti-March rally was small.', not: 'March' },
  { text: 'Resolution 1701 was adopted.', not: '1701' },
  { text: 'In the year he spent abroad, he wrote a book.', not: 'the year' },
  { text: 'It was named car of the year and sold well.', not: 'the year' },
  { text: 'Troops are coming months after the deal.', not: 'coming months' },
  { text: 'Nineteen ninety-six people signed the petition.', not: 'ninety-six' },
  { text: 'She won two thousand votes.', not: 'thousand' },
  { text: 'He was one in the morning crowd.', not: 'in the morning' },
  { text: 'The car sat in the long-term lot for weeks.', not: 'long-term' },
  { text: 'A 35-year-old man was arrested.', not: 'year-old' },
  { text: 'The 6-month-old baby slept.', not: 'month-old' },
  { text: 'They fought a decades-long battle.', not: 'a decades' },
  { text: 'On April 24 and 25 people died.', not: '25' },
  { text: 'It rose on June 2 and 3.5 percent later.', not: '3' },
  { text: 'He met Theresa May and a June Carter fan.', not: 'May' },
  { text: 'They met while in Paris.', not: 'while' },
  { text: 'He paused for a while longer.', not: 'while' },
  { text: 'This moment of truth came late.', not: 'moment' },
  { text: 'Both men are in their sixties.', not: 'sixties' },
  { text: 'She is 20 years of age.', not: 'years' },
  { text: 'In the days of the empire, trade grew.', not: 'days' },
  { text: 'The summer was hot and the winter of discontent followed.', not: 'summer' },
  { text: 'The previous Friday Club meeting was cancelled.', not: 'Friday' },
  { text: 'The operator changed from a fiscal year to a calendar year in December.', not: 'year' },
  { text: "Boeing's 1990 employees went on strike.", not: '1990' },
  { text: 'It sold post-1990s models.', not: 'post-1990' },
  { text: 'The near-term outlook of the firm is weak.', not: 'near' },
  { text: 'The talks collapsed in the early hours of Tuesday.', not: 'hours' },
  { text: 'The first hours of the war were chaotic.', not: 'hours' },
  { text: 'In the years before the war, trade grew.', not: 'years' },
  { text: 'He finished a year earlier than planned.', not: 'earlier' },
  { text: 'In the days after the attack, troops arrived.', not: 'days' },
  { text: 'The market opened hours before the announcement.', not: 'hours' },
  { text: 'The vote ended at 1900 local time (1700 GMT).', not: '1700' },
  // past narrative: "soon" is shortly after the story's time, not ahead of the report (time 1.20.0)
  { text: 'He was soon released and appeared healthy.', not: 'soon' },
  { text: 'A trickle of cash from abroad soon became a flood.', not: 'soon' },
  { text: 'Officials soon said the plan would fail.', not: 'soon' },
  // "most recently" before a date: the date dates it
  { text: 'Three doctors were killed, most recently last October.', not: 'recently' },
  { text: 'Prices rose, most recently in June.', not: 'recently' },
  { text: 'Prices fell, most recently two weeks ago.', not: 'recently' },
  { text: 'The Sunday Times reported it.', not: 'Sunday' },
  // a programme's name in quotes; "24 hours a day", "seven days a week"; "in the long run"; "high noon" (time 1.21.0)
  { text: 'Baker, speaking on ABC News\' "This Week," said the request was made.', not: 'This Week' },
  { text: 'He said on ABC-TV\'s "This Week With David Brinkley" that talks failed.', not: 'This Week' },
  { text: 'She appeared on NBC\'s "Today" show.', not: 'Today' },
  { text: 'She appeared on NBC\u2019s \u201cToday\u201d show.', not: 'Today' },
  { text: 'Pickets stood there 24 hours a day, seven days a week.', not: 'hours' },
  { text: 'Pickets stood there 24 hours a day, seven days a week.', not: 'a day' },
  { text: 'Pickets stood there 24 hours a day, seven days a week.', not: 'days' },
  { text: 'Pickets stood there 24 hours a day, seven days a week.', not: 'a week' },
  { text: 'The shop is open 365 days a year.', not: 'days' },
  { text: 'Iraq will lose in the long run by standing pat.', not: 'long run' },
  { text: 'For the people of Poland, high noon comes today.', not: 'noon' },
  // a two-digit decade names no century when it could be this one's; a quoted word is no decade
  { text: "Sales boomed in the '00s.", not: '00s' },
  { text: "Fans of rock 'n' roll's '10s revival met.", not: '10s' },
  { text: "He scored in the 80s on every test.", not: '80s' },
];

for (const n of NEGATIVE) {
  test(`time/negative: no timex for "${n.not}" in "${n.text}"`, () => {
    const hits = at(n.text, '2024-01-22').filter((t) => t.timex3 !== false && t.text.includes(n.not));
    assert.deepEqual(hits.map((h) => h.text), []);
  });
}

const seedPath = resolve(process.cwd(), '..', 'shared', 'fixtures', 'seed', 'article.txt');

test('time/seed: the seed article with DCT 2024-01-22 meets the acceptance values', (t) => {
  if (!existsSync(seedPath)) {
    if (process.env.CI === 'true') throw new Error(`CI=true and seed fixture missing at ${seedPath}`);
    console.warn(`\n*** SKIPPING: seed fixture not found at ${seedPath} ***\n`);
    t.skip('seed fixture missing');
    return;
  }
  const text = readFileSync(seedPath, 'utf8');
  const want: ReadonlyArray<[string, string, string?]> = [
    ['last week', '2024-W03'], ['Sunday', '2024-01-21'], ['Monday', '2024-01-22'], ['July 2000', '2000-07'],
    ['September', '2023-09'], ['Thursday', '2024-01-18'], ['the near future', 'FUTURE_REF'],
    ['the foreseeable future', 'FUTURE_REF'], ['an early date', 'FUTURE_REF'], ['soon', 'FUTURE_REF'],
    ['over two decades', 'P20Y', 'MORE_THAN'], ['recent years', 'PAST_REF'],
  ];
  const got = at(text, '2024-01-22');
  for (const [expr, value, mod] of want) {
    const x = got.find((g) => g.text === expr);
    assert.ok(x, `missing "${expr}"`);
    assert.equal(x.value, value, expr);
    if (mod) assert.equal(x.mod, mod);
    if (value.endsWith('_REF') && value === 'FUTURE_REF') assert.ok(x.window, `${expr} needs a window`);
  }
  // without a DCT: nothing anchored to the DCT, no calendar date invented for a relative expression
  const bare = at(text, null);
  for (const x of bare) {
    assert.notEqual(x.anchor, 'dct', `${x.text} anchored without a DCT`);
    if (x.anchor === 'unknown') assert.ok(!/^\d{4}/.test(x.value), `${x.text} got invented value ${x.value}`);
  }
  assert.equal(bare.find((x) => x.text === 'July 2000')?.value, '2000-07');
});

test('time/annotator: runs in a pipeline after the text annotator and reads the DCT from doc.meta.published', () => {
  const pipeline = buildPipeline([textAnnotator, timeAnnotator]);
  const doc = pipeline.run(createDoc('Officials said on Sunday that talks would resume soon.', { published: '2024-01-22' }));
  const timexes = doc.layers.timexes ?? [];
  assert.deepEqual(timexes.map((t) => t.value), ['2024-01-21', 'FUTURE_REF']);
  assert.equal(doc.provenance.timexes?.annotator, 'time');
  const undated = pipeline.run(createDoc('Officials said on Sunday that talks would resume soon.'));
  assert.deepEqual(undated.layers.timexes?.map((t) => t.anchor), ['unknown', 'unknown']);
});

test('time/tag: the sentences it is given bound every match; tense is read inside the sentence', () => {
  const text = 'They met on March\n\n5 officials said.';
  const whole = [{ start: 0, end: text.length }];
  const split = [{ start: 0, end: 17 }, { start: 19, end: text.length }];
  assert.deepEqual(tagTimes(text, '2024-04-10', whole).map((t) => text.slice(t.start, t.end)), ['March\n\n5']);
  // negative: split at the paragraph break, "March" stands alone and "5" is no date
  assert.deepEqual(tagTimes(text, '2024-04-10', split).map((t) => text.slice(t.start, t.end)), ['March']);
});

test('time/tag: tagTimesInText gives what the pipeline gives (it runs the text annotator first)', () => {
  const text = 'The minister said on Sunday that talks would resume next week.\n\nThey met on Jan. 5. It went well.';
  const doc = buildPipeline([textAnnotator, timeAnnotator]).run(createDoc(text, { published: '2024-01-22' }));
  assert.deepEqual(tagTimesInText(text, '2024-01-22'), doc.layers.timexes);
});

const TIMEML_VALUES: ReadonlyArray<readonly [string, string]> = [
  ['2024-01-22T10:35-05', '2024-01-22T10:35'],
  ['2024-01-22T10:35:20+05:30', '2024-01-22T10:35:20'],
  ['2024-01-22T10:35Z', '2024-01-22T10:35'],
  // negative: nothing else changes
  ['2024-01-22T10:35', '2024-01-22T10:35'],
  ['2024-01-22', '2024-01-22'],
  ['2024-01-22TNI', '2024-01-22TNI'],
  ['P1Y', 'P1Y'],
  ['2024-W04', '2024-W04'],
];

for (const [value, want] of TIMEML_VALUES) {
  test(`time/tml: TimeML writes ${value} as ${want} (TIMEX3 values carry no zone)`, () => {
    assert.equal(timemlValue(value), want);
  });
}

/** [sentence, DCT, the TIMEX3s TimeML writes as text=value]: a range joined by a word is two of them. */
const TIMEML_PARTS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['Shares were bought from Aug. 26 to Oct. 20 for $23.', '1989-10-30', ['Aug. 26=1989-08-26', 'Oct. 20=1989-10-20']],
  ['The talks ran from Monday through Wednesday.', '2024-01-24', ['Monday=2024-01-22', 'Wednesday=2024-01-24']],
  // negative: a dash range stays one expression, and a single date is untouched
  ['The festival runs March 3-5.', '2024-01-22', ['March 3-5=2024-03-03']],
  ['They met on Jan. 5.', '2024-01-22', ['Jan. 5=2024-01-05']],
  // a stretch counted on from an earlier date is the stretch; "later" is a signal
  ['Rebels attacked on March 3. Three days later, troops withdrew.', '2024-04-10', ['March 3=2024-03-03', 'Three days=P3D']],
  ['Rebels attacked on March 3. A few days later, troops withdrew.', '2024-04-10', ['March 3=2024-03-03', 'A few days=PXD']],
  ['He was shot at home. Just over an hour later, he died.', '2024-04-10', ['Just over an hour=PT1H']],
  // a bare plural before "later" is the stretch too, and a counted one stays counted
  ['Rebels attacked the town. Hours later, police arrived.', '2024-04-10', ['Hours=PTXH']],
  ['Rebels attacked 24 hours later.', '2024-04-10', ['24 hours=PT24H']],
  // negative: "ago" and "earlier" stay inside the date
  ['Troops withdrew three days ago.', '2024-04-10', ['three days ago=2024-04-07']],
  ['Profit rose from $4 million a year earlier.', '2024-04-10', ['a year earlier=2023']],
];

for (const [text, dct, want] of TIMEML_PARTS) {
  test(`time/tml: TimeML writes "${text}" as ${want.join(', ')}`, () => {
    const parts = tagTimesInText(text, dct).flatMap((t) => timemlParts(text, t));
    assert.deepEqual(parts.map((t) => `${text.slice(t.start, t.end)}=${t.value}`), want);
  });
}
