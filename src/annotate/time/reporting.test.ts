import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimesInText } from './index.js';
import { isStatementTime } from './statement.js';
import { newsWeekShift } from './resolve.js';

/** The timex whose text is `expr`. */
function timex(text: string, dct: string, expr: string) {
  const t = tagTimesInText(text, dct).find((x) => text.slice(x.start, x.end) === expr);
  assert.ok(t, `no timex "${expr}" in: ${text}`);
  return t;
}

interface ValueCase {
  readonly text: string;
  readonly dct: string;
  readonly expr: string;
  readonly value: string;
}

// 2026-03-04 is a Wednesday; 2026-03-02 a Monday; 2026-03-08 a Sunday (ISO week 10)
const TENSE: readonly ValueCase[] = [
  { text: 'The president will visit Astana on Tuesday, the ministry said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  { text: 'Talks are due to resume on Monday, a spokeswoman told reporters.', dct: '2026-03-04', expr: 'Monday', value: '2026-03-09' },
  { text: 'The envoy met the mayor on Tuesday, the ministry said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  { text: 'The ministry said on Tuesday that the envoy would travel.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  { text: 'On Monday, the premier said he would resign.', dct: '2026-03-04', expr: 'Monday', value: '2026-03-02' },
  // present-simple schedules look ahead; "the post" here is a job, not a statement
  { text: 'The new envoy to Oslo takes up the post on Tuesday, the Harbour Times reported.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  { text: 'Premier Owen Tallis visits Riga on Monday, his office said.', dct: '2026-03-04', expr: 'Monday', value: '2026-03-09' },
  // a participle used as an adjective is no past tense: the future verb decides
  { text: 'Crews expect to reach the flooded hamlets near Oslo on Tuesday, officials said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  // timetable verbs before a preposition, plural subjects, passives after "be", "hope to", "due in"
  { text: 'The trade fair begins in Lusaka on Tuesday, organisers said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  { text: 'The two leaders meet in Lusaka on Tuesday.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  { text: 'The postponed ballot will be held on Tuesday, the commission said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  { text: 'Crews hope to clear the road on Tuesday, police said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  { text: 'The envoy is due in Lusaka on Tuesday.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-10' },
  // negatives: a plural noun before the date, a past verb, a statement posted online, a past passive
  { text: 'The ballot was held on Tuesday, the commission said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  { text: 'State visits to Lusaka on Tuesday drew crowds.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  { text: 'Peace talks on Tuesday ended without a deal.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  { text: 'The envoy left his post on Tuesday, the ministry said.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  { text: 'Tallis wrote in a post on Tuesday that he will visit Riga.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  { text: 'The delayed convoy reached Oslo on Tuesday.', dct: '2026-03-04', expr: 'Tuesday', value: '2026-03-03' },
  // a plural noun before the date itself is no schedule ("shares Thursday", "aides Wednesday"), nor one
  // after a preposition ("amid concerns over"); a plan in the past perfect is past
  { text: 'Volume was 840.8 million shares, up from 443.6 million shares Thursday.', dct: '1989-10-30', expr: 'Thursday', value: '1989-10-26' },
  { text: 'Clinton met with his top aides Wednesday in the White House.', dct: '1998-08-14', expr: 'Wednesday', value: '1998-08-12' },
  { text: 'The stock fell 7/8 Thursday amid concerns over problems with the chip.', dct: '1989-10-30', expr: 'Thursday', value: '1989-10-26' },
  { text: 'It had been due to expire Friday evening.', dct: '1989-10-30', expr: 'Friday evening', value: '1989-10-27TEV' },
  // an adjective after a determiner and an adverb is no past tense: the modal decides
  { text: 'The stock split would be paid on a still unspecified date in January.', dct: '1989-10-26', expr: 'January', value: '1990-01' },
  // negatives: a capitalised name after a present -s verb still schedules; "is due" still looks ahead
  { text: 'Premier Owen Tallis visits Riga on Monday.', dct: '2026-03-04', expr: 'Monday', value: '2026-03-09' },
  { text: 'The report is due on Friday.', dct: '2026-03-04', expr: 'Friday', value: '2026-03-06' },
  // a signal decides over the verbs: "effective" and "until" point ahead, a deadline is the nearest date
  { text: 'The company named a new chairman, effective Feb. 1.', dct: '1989-10-26', expr: 'Feb. 1', value: '1990-02-01' },
  { text: 'Officials postponed until Tuesday morning any action on the bond.', dct: '2000-03-30', expr: 'Tuesday morning', value: '2000-04-04TMO' },
  { text: 'It agreed to pay down the loan by February.', dct: '1989-10-30', expr: 'February', value: '1990-02' },
  // a decision's infinitive before "from" a date: the start of what was decided lies ahead (time 1.21.4)
  { text: 'The city council voted 41-22 on Monday to ban dockless bikes from its streets from July 1.', dct: '2026-03-30', expr: 'July 1', value: '2026-07-01' },
  // negatives: a start told without a decision, and a range, keep the clause's tense
  { text: 'The plant was shut from July 1, the company said.', dct: '2026-03-30', expr: 'July 1', value: '2025-07-01' },
  // a possessive weekday names what happened on it; not when the sentence looks ahead
  { text: 'The GM move follows Tuesday\'s declaration by Ford.', dct: '1989-10-27', expr: 'Tuesday', value: '1989-10-24' },
  { text: 'Voters will decide in Tuesday\'s referendum.', dct: '1989-10-27', expr: 'Tuesday', value: '1989-10-31' },
  // negatives: a sentence-opening "Until" and "up until" look back
  { text: 'Until Thursday, they had not called him a suspect.', dct: '1999-05-07', expr: 'Thursday', value: '1999-05-06' },
  { text: 'Up until Thursday, police had described him as a witness.', dct: '1999-05-07', expr: 'Thursday', value: '1999-05-06' },
];

/** Earnings prose: which quarter, and which year-ago period; every listed expression of the text is checked. */
const QUARTERS: ReadonlyArray<{ readonly text: string; readonly dct: string; readonly values: Readonly<Record<string, string>> }> = [
  // a quarter without a year is the nearest one, whatever the tense (1989-11-02 is in Q4)
  { text: 'Jayark expects to report a third-quarter net loss.', dct: '1989-11-02', values: { 'third-quarter': '1989-Q3' } },
  // "a year earlier" a sentence after the quarter's mention is that quarter a year before; "last year" there is not
  {
    text: 'Net income rose to $5 million in the third quarter. Sales were $3 million a year earlier. Miller Brewing had a 21.2% stake last year.',
    dct: '1989-11-02',
    values: { 'the third quarter': '1989-Q3', 'a year earlier': '1988-Q3', 'last year': '1988' },
  },
  // a year-ago comparison is no new reference time: the next "a year earlier" is not two years back; after
  // "For the nine months" it compares those months, so it is the year, not the quarter
  {
    text: 'Profit rose 45% in the third quarter from $4 million a year earlier. For the nine months, it posted a loss, compared with a profit a year earlier.',
    dct: '1989-10-26',
    values: { 'a year earlier': '1988', 'the nine months': 'P9M' },
  },
  {
    text: 'Profit rose 45% in the third quarter from $4 million a year earlier. It posted a loss, compared with a profit a year earlier.',
    dct: '1989-10-26',
    values: { 'a year earlier': '1988-Q3' },
  },
  // a statement dated only by a year anchors nothing; with no quarter named, a year earlier is a year
  { text: 'The company said its third-quarter earnings will be lower than the 16 cents a share it reported last year.', dct: '1989-10-30', values: { 'third-quarter': '1989-Q3' } },
  { text: 'Sales were $3 million a year earlier.', dct: '1989-11-02', values: { 'a year earlier': '1988' } },
];

const REPORTED: readonly ValueCase[] = [
  { text: 'The minister said on Saturday he would travel there next month.', dct: '2026-03-02', expr: 'next month', value: '2026-03' },
  { text: 'He will travel there next month, the minister said on Saturday.', dct: '2026-03-02', expr: 'next month', value: '2026-03' },
  { text: 'On Friday, the premier said talks would resume next week.', dct: '2026-03-02', expr: 'next week', value: '2026-W10' },
  { text: 'The premier told Meridian News on Friday that talks would resume tomorrow.', dct: '2026-03-02', expr: 'tomorrow', value: '2026-02-28' },
  // negatives: no dated statement, or one on the day of the report, leaves the DCT as the anchor
  { text: 'The minister said he would travel there next month.', dct: '2026-03-02', expr: 'next month', value: '2026-04' },
  { text: 'The minister said on Monday he would travel there next month.', dct: '2026-03-02', expr: 'next month', value: '2026-04' },
  { text: 'The minister, who visited Oslo on Saturday, will travel next month.', dct: '2026-03-02', expr: 'next month', value: '2026-04' },
];

const WEEKS: readonly ValueCase[] = [
  { text: 'Parliament will vote on the bill this week.', dct: '2026-03-08', expr: 'this week', value: '2026-W11' },
  { text: 'The minister resigned last week.', dct: '2026-03-08', expr: 'last week', value: '2026-W10' },
  { text: 'Talks will resume next week.', dct: '2026-03-08', expr: 'next week', value: '2026-W11' },
  { text: 'This week saw the heaviest fighting in months.', dct: '2026-03-08', expr: 'This week', value: '2026-W10' },
  { text: 'The minister resigned last week.', dct: '2026-03-02', expr: 'last week', value: '2026-W09' },
  { text: 'Parliament will vote on the bill this week.', dct: '2026-03-02', expr: 'this week', value: '2026-W10' },
  { text: 'The minister resigned last week.', dct: '2026-03-04', expr: 'last week', value: '2026-W09' },
];

/**
 * Time 1.24: the verb that governs a weekday ("lifted on Thursday") decides its direction over a modal or future verb
 * of another clause after it, and a plan in the past perfect ("had been set for Friday") was overtaken, so its day is
 * the nearest one. The first rows failed before 1.24; the negatives keep their reading. 2026-07-17 is a Friday.
 */
const GOVERNING: readonly ValueCase[] = [
  // the governing verb, right before "on <day>", over a modal after the day (another clause's)
  { text: 'The weather service said the red warning it lifted on Thursday would not be reissued, though gales could return next week.', dct: '2026-07-17', expr: 'Thursday', value: '2026-07-16' },
  { text: 'The curfew that was imposed late on Monday will stay in place until further notice.', dct: '2026-07-17', expr: 'Monday', value: '2026-07-13' },
  { text: 'Flights cancelled on Thursday will resume on Saturday, the airline said.', dct: '2026-07-17', expr: 'Thursday', value: '2026-07-16' },
  { text: 'The protesters who gathered Wednesday will return to the square.', dct: '2026-07-17', expr: 'Wednesday', value: '2026-07-15' },
  // a plan in the past perfect was overtaken: its day is the nearest one, the day gone here (and ahead below)
  { text: 'The restart had been set for Friday but was put back by a day when swells failed to drop.', dct: '2026-07-18', expr: 'Friday', value: '2026-07-17' },
  { text: 'The vote had been scheduled for Friday but was postponed.', dct: '2026-07-18', expr: 'Friday', value: '2026-07-17' },
  { text: 'The talks, which had been planned for Thursday, will now open on Monday.', dct: '2026-07-18', expr: 'Thursday', value: '2026-07-16' },
  { text: 'Train drivers suspended the strike they had planned for Friday after talks.', dct: '2027-03-04', expr: 'Friday', value: '2027-03-05' },
  { text: 'The vote had been scheduled for Wednesday but was brought forward to Monday.', dct: '2026-07-13', expr: 'Wednesday', value: '2026-07-15' },
  // negatives: a plan word is no governor, "for" is no governed "on", a participle after "be" is no cue
  { text: 'A ruling expected on Monday will decide the case.', dct: '2026-07-17', expr: 'Monday', value: '2026-07-20' },
  { text: 'The strike called for Wednesday will go ahead.', dct: '2026-07-17', expr: 'Wednesday', value: '2026-07-22' },
  { text: 'The march planned for Thursday will go ahead.', dct: '2026-07-17', expr: 'Thursday', value: '2026-07-23' },
  { text: 'The restart is set for Friday.', dct: '2026-07-18', expr: 'Friday', value: '2026-07-24' },
  { text: 'The vote will be held on Wednesday, officials said.', dct: '2026-07-17', expr: 'Wednesday', value: '2026-07-22' },
  { text: 'The ministers will meet on Sunday in Geneva.', dct: '2026-07-17', expr: 'Sunday', value: '2026-07-19' },
  { text: 'The minister said on Wednesday he would resign on Monday.', dct: '2026-07-17', expr: 'Wednesday', value: '2026-07-15' },
  { text: 'The minister said on Wednesday he would resign on Monday.', dct: '2026-07-17', expr: 'Monday', value: '2026-07-20' },
  { text: 'The bishop, who was elected on Wednesday, will be installed on Sunday.', dct: '2026-07-17', expr: 'Sunday', value: '2026-07-19' },
  { text: 'Police arrested him on Wednesday and he will appear in court on Monday.', dct: '2026-07-17', expr: 'Monday', value: '2026-07-20' },
];

for (const [group, cases] of [['tense', TENSE], ['reported', REPORTED], ['weeks', WEEKS], ['governing', GOVERNING]] as const) {
  for (const c of cases) {
    test(`time/${group}: "${c.expr}" in "${c.text}" (DCT ${c.dct}) → ${c.value}`, () => {
      assert.equal(timex(c.text, c.dct, c.expr).value, c.value);
    });
  }
}

for (const c of QUARTERS) {
  test(`time/quarters: ${JSON.stringify(c.values)} in "${c.text}" (DCT ${c.dct})`, () => {
    // the last match of an expression that occurs twice is the one the comment speaks of
    const got = Object.fromEntries(tagTimesInText(c.text, c.dct).map((t) => [c.text.slice(t.start, t.end), t.value]));
    for (const [expr, value] of Object.entries(c.values)) assert.equal(got[expr], value, expr);
  });
}

interface RangeCase {
  readonly text: string;
  readonly expr: string;
  readonly begin: string;
  readonly end: string | null;
  readonly dct?: string;
}

const RANGES: readonly RangeCase[] = [
  { text: 'Talks are set for June 18-19 in Geneva.', expr: 'June 18-19', begin: '2026-06-18', end: '2026-06-19' },
  { text: 'The forum meets on 18–19 June.', expr: '18–19 June', begin: '2026-06-18', end: '2026-06-19' },
  { text: 'The summit runs from 30 June to 2 July.', expr: '30 June to 2 July', begin: '2026-06-30', end: '2026-07-02' },
  { text: 'The fair will be open December 30-January 2.', expr: 'December 30-January 2', begin: '2026-12-30', end: '2027-01-02', dct: '2026-11-20' },
  { text: 'The summit will run from Monday to Wednesday.', expr: 'Monday to Wednesday', begin: '2026-03-09', end: '2026-03-11' },
  { text: 'Voting takes place between May 3 and 5.', expr: 'May 3 and 5', begin: '2026-05-03', end: '2026-05-05' },
  // negatives: a move names two dates, "and" without "between" is no range, a falling pair is no range
  { text: 'The vote will be moved from June 18 to June 25.', expr: 'June 18', begin: '2026-06-18', end: null },
  { text: 'The meetings are on May 3 and 5.', expr: 'May 3', begin: '2026-05-03', end: null },
  { text: 'Figures for June 19-18 will follow.', expr: 'June 19', begin: '2026-06-19', end: null },
];

for (const c of RANGES) {
  test(`time/range: "${c.expr}" → ${c.begin}..${c.end ?? '(no range)'}`, () => {
    const t = timex(c.text, c.dct ?? '2026-03-04', c.expr);
    assert.equal(t.value, c.begin);
    if (c.end === null) {
      assert.equal(t.range, undefined);
    } else {
      assert.deepEqual(t.range, { begin: c.begin, end: c.end });
      assert.equal(t.window?.from, c.begin);
      assert.equal(t.window?.to, c.end);
    }
  });
}

const STATEMENTS: ReadonlyArray<{ readonly text: string; readonly expr: string; readonly statement: boolean }> = [
  { text: 'The spokesman said on Monday the visit was off.', expr: 'Monday', statement: true },
  { text: 'The spokesman said Monday the visit was off.', expr: 'Monday', statement: true },
  { text: 'The premier told reporters late on Friday that talks were over.', expr: 'Friday', statement: true },
  { text: 'In a statement on Friday, the ministry confirmed the date.', expr: 'Friday', statement: true },
  { text: 'On Saturday, the foreign minister said he would travel.', expr: 'Saturday', statement: true },
  { text: 'The spokesman said the visit would take place on Monday.', expr: 'Monday', statement: false },
  { text: 'On Saturday, the foreign minister flew to Oslo.', expr: 'Saturday', statement: false },
  { text: 'The spokesman said Monday\'s talks went well.', expr: 'Monday', statement: false },
  { text: 'The minister said talks would resume next week.', expr: 'next week', statement: false },
  // a clock time of the saying after "at"/"after" (time 1.11.2)
  { text: 'The director said in a statement posted shortly after midnight that the launch was off.', expr: 'midnight', statement: true },
  { text: 'The spokesman said at 10 a.m. that the port was shut.', expr: '10 a.m.', statement: true },
  { text: 'The ceasefire takes effect after midnight.', expr: 'midnight', statement: false },
  { text: 'The spokesman said the port would reopen at 10 a.m.', expr: '10 a.m.', statement: false },
];

for (const c of STATEMENTS) {
  test(`time/statement: "${c.expr}" in "${c.text}" ${c.statement ? 'dates the statement' : 'does not date a statement'}`, () => {
    const start = c.text.indexOf(c.expr);
    assert.equal(isStatementTime(c.text, 0, start, start + c.expr.length), c.statement);
  });
}

test('time/weeks: the Sunday rule moves only Sunday week words', () => {
  const sunday = { year: 2026, month: 3, day: 8 };
  const monday = { year: 2026, month: 3, day: 9 };
  assert.equal(newsWeekShift(sunday, -1, 'past'), 0);
  assert.equal(newsWeekShift(sunday, 0, 'future'), 1);
  assert.equal(newsWeekShift(sunday, 0, 'past'), 0);
  assert.equal(newsWeekShift(sunday, 1, 'future'), 1);
  assert.equal(newsWeekShift(monday, -1, 'past'), -1);
  assert.equal(newsWeekShift(monday, 0, 'future'), 0);
});

/** What is tagged at all (with its value), and what is not, in TimeBank's practice. DCT 1989-11-02. */
const SPANS: ReadonlyArray<{ readonly text: string; readonly tagged?: Readonly<Record<string, string>>; readonly untagged?: readonly string[] }> = [
  // the day of a possessive is a date; "the end of the month" is the current month, ending
  { text: "The offer, advertised in today's editions, expires. Tomorrow's vote matters.", tagged: { today: '1989-11-02', Tomorrow: '1989-11-03' } },
  { text: 'Troops will be in place by the end of the month.', tagged: { 'the end of the month': '1989-11' } },
  // a hyphen after an edge word, and a sentence-opening article, let a year through
  { text: 'The group began to fall apart in mid-1996.', tagged: { 'mid-1996': '1996' } },
  { text: 'He said so. A 1996 law named for him passed.', tagged: { 1996: '1996' } },
  // negatives: the present age is no day; a possessive name before a year makes it a model year
  { text: "The case is for today's youth what it was. Many of today's personal computers crash.", untagged: ['today'] },
  { text: "He was seen. Kopp's 1987 Chevrolet was found.", untagged: ['1987'] },
];

for (const c of SPANS) {
  test(`time/spans: ${JSON.stringify(c.tagged ?? {})}, not ${JSON.stringify(c.untagged ?? [])} in "${c.text}"`, () => {
    const got = new Map(tagTimesInText(c.text, '1989-11-02').map((t) => [c.text.slice(t.start, t.end), t.value]));
    for (const [expr, value] of Object.entries(c.tagged ?? {})) assert.equal(got.get(expr), value, expr);
    for (const expr of c.untagged ?? []) assert.ok(![...got.keys()].some((k) => k.toLowerCase().includes(expr)), `${expr} tagged: ${[...got.keys()].join(', ')}`);
  });
}
