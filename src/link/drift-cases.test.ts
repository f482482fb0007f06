/**
 * Drift findings on small invented stories, none of them in the story corpus (a factory fire, an outbreak,
 * a protest march, an election count), to check that the rules are general: each case lists the findings a
 * reader would record, and the negatives list pairs that must give none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimEvent } from './claims.js';
import { findDrift, topicPolarity } from './drift.js';
import { maxOf } from '../util/arrays.js';
import type { QuantityObservation } from './state.js';
import type { ClaimVersion, Finding, FindingKind, ReaderStatus, StatusStep, StoryClaim, TrackedEvent } from './schema.js';

const P = 'link/drift-cases:';

/** An amount stated in one report, in its sentence. */
interface Stated {
  readonly article: number;
  readonly day: string;
  readonly text: string;
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  readonly sentence: string;
  /** Where the amount starts in its sentence, when its text occurs there before it too. */
  readonly at?: number;
}

function observations(stated: readonly Stated[]): QuantityObservation[] {
  return stated.map((s, i) => ({
    article: s.article, day: s.day, outlet: `Outlet ${s.article}`, source: null, text: s.text, low: s.low, high: s.high, unit: s.unit,
    evidence: { article: s.article, start: i, end: i + s.sentence.length, text: s.sentence },
    ...(s.at !== undefined ? { at: s.at } : {}),
  }));
}

/** Findings of one kind for the last report, as [earlier text, newer text, severity]. */
function quantityPairs(stated: readonly Stated[]): Array<[string, string, Finding['severity']]> {
  const obs = observations(stated);
  const found = findDrift([], { events: [], claims: [], quantities: obs }, obs[obs.length - 1]!.article).filter((f) => f.kind === 'quantity');
  return found.map((f) => [obs[f.a.start]!.text, obs[f.b.start]!.text, f.severity]);
}

test(`${P} quantities: a toll that rises over days is drift, two tolls of one day a contradiction, other counted things none`, () => {
  const fire1: Stated = { article: 1, day: '2026-05-02', text: 'at least 12 workers', low: 12, high: Infinity, unit: 'worker', sentence: 'A fire tore through a textile factory in Varnell on Saturday, killing at least 12 workers.' };
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    {
      name: 'factory fire: a toll that rises the next day is a revision (drift)',
      stated: [fire1, { article: 2, day: '2026-05-03', text: '19', low: 19, high: 19, unit: 'count', sentence: 'The death toll from the Varnell factory fire rose to 19 on Sunday, the fire service said.' }],
      want: [['at least 12 workers', '19', 'drift']],
    },
    {
      name: 'factory fire: the fire service and the union give two tolls on one day (a contradiction)',
      stated: [
        { article: 1, day: '2026-05-03', text: '17', low: 17, high: 17, unit: 'count', sentence: 'The fire service put the death toll at 17.' },
        { article: 2, day: '2026-05-03', text: '21 bodies', low: 21, high: 21, unit: 'body', sentence: 'The garment workers\' union said 21 bodies had been carried out of the building.' },
      ],
      want: [['17', '21 bodies', 'contradiction']],
    },
    {
      name: 'negative: the injured are another count than the dead',
      stated: [fire1, { article: 2, day: '2026-05-03', text: '30 people', low: 30, high: 30, unit: 'person', sentence: 'Hospitals in Varnell were treating 30 people injured in the blaze.' }],
      want: [],
    },
    {
      name: 'outbreak: a measure by a toll word ("a ward 40 metres long") is no toll and hides no later figure',
      stated: [
        { article: 1, day: '2026-08-10', text: 'eight', low: 8, high: 8, unit: 'count', sentence: 'Health officials in Kessaly said the cholera outbreak had killed eight people.' },
        { article: 2, day: '2026-08-14', text: '40 metres', low: 40, high: 40, unit: 'm', sentence: 'Patients who died were kept in a ward 40 metres from the main building.' },
        { article: 2, day: '2026-08-14', text: '11', low: 11, high: 11, unit: 'count', sentence: 'The number of deaths from the outbreak has risen to 11, the ministry said.' },
      ],
      want: [['eight', '11', 'drift']],
    },
    {
      name: 'election count: polling stations counted are not ballots, and three times a figure is another thing',
      stated: [
        { article: 1, day: '2026-10-05', text: '412 polling stations', low: 412, high: 412, unit: 'polling station', sentence: 'Results from 412 polling stations had been counted by midnight.' },
        { article: 2, day: '2026-10-06', text: '1,900 polling stations', low: 1900, high: 1900, unit: 'polling station', sentence: 'The commission said all 1,900 polling stations had reported.' },
      ],
      want: [],
    },
    {
      name: 'negative: election count: the sides of a score ("took 5,696 votes to 5,659") are parts of one result, not versions of the total',
      stated: [
        { article: 1, day: '2026-10-05', text: '5,696 votes', low: 5696, high: 5696, unit: 'vote', sentence: 'Ortega took 5,696 votes to 5,659 for Lindqvist.' },
        { article: 1, day: '2026-10-05', text: '5,659', low: 5659, high: 5659, unit: 'count', sentence: 'Ortega took 5,696 votes to 5,659 for Lindqvist.' },
        { article: 1, day: '2026-10-05', text: '11,413 votes', low: 11413, high: 11413, unit: 'vote', sentence: 'A total of 11,413 votes were cast.' },
      ],
      want: [],
    },
    {
      name: 'negative: a bill\'s tally ("approved by 31 votes to 20") is one result: neither side is a version of the votes a bill needs, nor of another year\'s tally',
      stated: [
        { article: 1, day: '2026-06-22', text: '29 votes', low: 29, high: 29, unit: 'vote', sentence: 'The bill needs 29 votes in the 57-seat assembly.' },
        { article: 2, day: '2026-07-14', text: '31 votes', low: 31, high: 31, unit: 'vote', sentence: 'The assembly approved the bill by 31 votes to 20 on Tuesday.' },
        { article: 2, day: '2026-07-14', text: '20', low: 20, high: 20, unit: 'vote', sentence: 'The assembly approved the bill by 31 votes to 20 on Tuesday.' },
        { article: 2, day: '2026-07-14', text: '30 votes', low: 30, high: 30, unit: 'vote', sentence: 'A similar bill was voted down by 30 votes to 24.' },
      ],
      want: [],
    },
    {
      name: 'election count: a margin cut by a recount is drift; a change "from" one figure "to" another is no score',
      stated: [
        { article: 1, day: '2026-10-05', text: '37 votes', low: 37, high: 37, unit: 'vote', sentence: 'Ortega won by 37 votes.' },
        { article: 2, day: '2026-11-07', text: '29 votes', low: 29, high: 29, unit: 'vote', sentence: 'The recount cut his lead from 37 votes to 29 votes.' },
      ],
      want: [['37 votes', '29 votes', 'drift']],
    },
    {
      name: 'negative: election count: bare numbers that count nothing named are not compared ("5 of them" → "7 of them")',
      stated: [
        { article: 1, day: '2026-10-05', text: '5', low: 5, high: 5, unit: 'count', sentence: 'The commission said 5 of them were valid.' },
        { article: 2, day: '2026-10-06', text: '7', low: 7, high: 7, unit: 'count', sentence: 'By Tuesday the commission said 7 of them were valid.' },
      ],
      want: [],
    },
    {
      name: 'negative: the same figure restated in other words',
      stated: [fire1, { article: 2, day: '2026-05-03', text: 'at least 12 people', low: 12, high: Infinity, unit: 'person', sentence: 'The blaze killed at least 12 people, officials said.' }],
      want: [],
    },
    {
      name: 'flood: "people" is the plural of "person", so a bare figure of people evacuated is the latest version, not an older "people" figure',
      stated: [
        { article: 1, day: '2026-04-06', text: 'about 700 people', low: 630, high: 770, unit: 'person', sentence: 'Floodwater along the river Orlen forced about 700 people from their homes on Monday.' },
        { article: 2, day: '2026-04-07', text: '1,100', low: 1100, high: 1100, unit: 'count', sentence: 'The number of people evacuated rose to 1,100 on Tuesday, the county said.' },
        { article: 3, day: '2026-04-08', text: '1,900 people', low: 1900, high: 1900, unit: 'person', sentence: 'The county said 1,900 people had left their homes.' },
      ],
      want: [['1,100', '1,900 people', 'drift']],
    },
    {
      name: 'flood: a small count of the same thing in the same words may more than treble ("two bridges" → "seven bridges")',
      stated: [
        { article: 1, day: '2026-04-06', text: 'Two bridges', low: 2, high: 2, unit: 'bridge', sentence: 'Two bridges have been washed away, the county said.' },
        { article: 2, day: '2026-04-08', text: 'Seven bridges', low: 7, high: 7, unit: 'bridge', sentence: 'Seven bridges have been washed away, the county said on Wednesday.' },
      ],
      want: [['Two bridges', 'Seven bridges', 'drift']],
    },
    {
      name: 'negative: larger counts of the same noun four times apart are two things (a chain\'s shops and its group\'s)',
      stated: [
        { article: 1, day: '2026-04-06', text: '250 shops', low: 250, high: 250, unit: 'shop', sentence: 'The sale leaves the Orlen chain with 250 shops.' },
        { article: 2, day: '2026-04-08', text: '1,050 shops', low: 1050, high: 1050, unit: 'shop', sentence: 'The group now runs 1,050 shops in four countries.' },
      ],
      want: [],
    },
    {
      name: 'negative: an area restated after ", or" in another measure is a conversion, no figure of its own',
      stated: [
        { article: 1, day: '2026-07-02', text: 'about 8 square kilometres', low: 7.2, high: 8.8, unit: 'km2', sentence: 'The burned area, about 8 square kilometres, is mostly pine.' },
        { article: 2, day: '2026-07-06', text: '1,900 hectares', low: 1900, high: 1900, unit: 'hectare', sentence: 'The fire burned 1,900 hectares, or about 19 square kilometres, the agency said.' },
        { article: 2, day: '2026-07-06', text: 'about 19 square kilometres', low: 17.1, high: 20.9, unit: 'km2', sentence: 'The fire burned 1,900 hectares, or about 19 square kilometres, the agency said.' },
      ],
      want: [],
    },
    {
      name: 'an airport strike: a count of planes and then of aircraft is one count in other words (drift)',
      stated: [
        { article: 1, day: '2026-03-09', text: 'about 30 planes', low: 27, high: 33, unit: 'plane', sentence: 'About 30 planes were grounded at Orvieto airport on Monday, the operator said.' },
        { article: 2, day: '2026-03-10', text: '52 aircraft', low: 52, high: 52, unit: 'aircraft', sentence: 'The operator said 52 aircraft were grounded on Tuesday.' },
      ],
      want: [['about 30 planes', '52 aircraft', 'drift']],
    },
    {
      name: 'a port: a bare figure counts the vessels its sentence names, compared with ships (drift)',
      stated: [
        { article: 1, day: '2026-03-09', text: 'About 40 ships', low: 36, high: 44, unit: 'ship', sentence: 'About 40 ships were waiting off the port on Monday.' },
        { article: 2, day: '2026-03-10', text: '63', low: 63, high: 63, unit: 'count', sentence: 'The queue of vessels waiting off the port grew to 63 on Tuesday.' },
      ],
      want: [['About 40 ships', '63', 'drift']],
    },
    {
      name: 'negative: ships and the containers they carry are two counts',
      stated: [
        { article: 1, day: '2026-03-09', text: 'About 40 ships', low: 36, high: 44, unit: 'ship', sentence: 'About 40 ships were waiting off the port on Monday.' },
        { article: 2, day: '2026-03-10', text: '52 containers', low: 52, high: 52, unit: 'container', sentence: 'Customs held 52 containers on Tuesday.' },
      ],
      want: [],
    },
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

/** A status step of one report giving a time for the event, in its own sentence. */
function step(article: number, status: ReaderStatus, time: string | null, from: string | null, to: string | null, sentence: string): StatusStep {
  return {
    id: `s${article}-${time ?? status}`, date: `2026-0${article + 2}-10`, status, article, outlet: `Outlet ${article}`,
    evidence: { article, start: 0, end: sentence.length, text: sentence }, source: { key: null, name: null, chain: [] },
    ...(time ? { time: { text: time, value: null, window: from || to ? { from, to } : null } } : {}), certainty: 0.8, conflicts: [],
  };
}

function trackedEvent(timeline: StatusStep[], trigger: string): TrackedEvent {
  const members = [...new Set(timeline.map((s) => s.article))].map((article) => ({ article, cluster: 'ev0', trigger }));
  return { id: 'e1', story: 1, type: 'PROTEST', lemma: trigger, label: trigger, participants: [], actors: [], places: [], when: null, firstSeen: null, members, timeline, status: null };
}

function eventFindings(kind: FindingKind, timeline: StatusStep[], trigger: string, claims: StoryClaim[] = []): Array<readonly string[]> {
  const article = timeline[timeline.length - 1]!.article;
  return findDrift([], { events: [trackedEvent(timeline, trigger)], claims, quantities: [] }, article).filter((f) => f.kind === kind).map((f) => f.versions);
}

test(`${P} time: vague → "not before" → a date is drift at each step; a denial's time is none`, () => {
  const soon = step(1, 'expected', 'in the coming weeks', '2026-03-10', '2026-05-10', 'Organisers said the march on the capital would take place in the coming weeks.');
  const notBefore = step(2, 'expected-not-before', 'after the municipal vote', '2026-05-17', null, 'The march will not be held before the municipal vote on May 17, organisers said.');
  const dated = step(3, 'dates-announced', 'June 14', '2026-06-14', '2026-06-14', 'The march will set off from Harrow Square on June 14.');
  const june = step(1, 'expected', 'June', '2026-06-01', '2026-06-30', 'The march is planned for June.');
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]> }> = [
    { name: 'protest: "in the coming weeks" → "not before the vote"', timeline: [soon, notBefore], want: [[soon.id, notBefore.id]] },
    { name: 'protest: "not before the vote" → "on June 14"', timeline: [soon, notBefore, dated], want: [[notBefore.id, dated.id]] },
    {
      name: 'negative: a denial step gives no plan time ("denied that a curfew was planned for Monday")',
      timeline: [soon, step(2, 'denied', 'Monday', '2026-04-13', '2026-04-13', 'The interior ministry denied that the march had been banned for Monday.')],
      want: [],
    },
    { name: 'a month made a day ("in June" → "on June 14")', timeline: [june, dated], want: [[june.id, dated.id]] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('time', c.timeline, 'march'), c.want, c.name);
});

test(`${P} time: a day made more precise or a plan said less precisely is none; a day's bound made the plan's day is drift`, () => {
  const dated = step(1, 'dates-announced', 'June 14', '2026-06-14', '2026-06-14', 'The march will set off from Harrow Square on June 14.');
  const morning = step(2, 'dates-announced', 'on the morning of June 14', '2026-06-14', '2026-06-14', 'The march will set off on the morning of June 14.');
  const thisYear = step(2, 'expected', 'this year', '2026-01-01', '2026-12-31', 'Organisers said the march would be held this year.');
  const putOff = step(2, 'postponed', 'later this year', '2026-04-10', '2026-12-31', 'Organisers put the march off until later this year.');
  const earliest = step(1, 'expected-not-before', 'Thursday', '2026-06-18', '2026-06-18', 'Sailings could resume on Thursday at the earliest.');
  const afternoon = step(2, 'expected', 'Thursday afternoon', '2026-06-18', '2026-06-18', 'Sailings will resume on Thursday afternoon.');
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]> }> = [
    { name: '"on Thursday at the earliest" → "on Thursday afternoon": the bound made the plan\'s day', timeline: [earliest, afternoon], want: [[earliest.id, afternoon.id]] },
    { name: 'a postponement to a coarser time is drift ("June 14" → "put off until later this year")', timeline: [dated, putOff], want: [[dated.id, putOff.id]] },
    { name: 'negative: the same day said more precisely ("June 14" → "the morning of June 14")', timeline: [dated, morning], want: [] },
    { name: 'negative: the plan said again less precisely ("June 14" → "this year")', timeline: [dated, thisYear], want: [] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('time', c.timeline, 'march'), c.want, c.name);
});

test(`${P} time: a vague span after a shorter one, or a bound after a vague time, is drift; the side is where the time was first given`, () => {
  const days = step(1, 'expected', 'within days', '2026-03-10', '2026-03-17', 'The aircraft could be back in service within days.');
  const weeks = step(2, 'expected', 'in the coming weeks', '2026-04-10', '2026-06-05', 'The airline now expects the fleet back in service in the coming weeks.');
  const soon = step(1, 'expected', 'soon', '2026-03-10', '2026-06-10', 'The president is ready to visit Budapest soon.');
  const future = { ...step(1, 'expected', 'in the foreseeable future', '2026-03-10', '2028-03-10', 'A spokesman said the visit would take place in the foreseeable future.'), id: 's1-future' };
  const copy = (x: StatusStep): StatusStep => ({ ...x, id: `${x.id}-copy`, article: 2, date: '2026-03-10', outlet: 'Outlet 2', evidence: { ...x.evidence, article: 2 } });
  const bound = step(3, 'expected-not-before', 'before the summit', '2026-05-10', null, 'The visit will not take place before the summit at the end of June.');
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]> }> = [
    { name: '"within days" → "in the coming weeks": the plan put off, no one deadline', timeline: [days, weeks], want: [[days.id, weeks.id]] },
    { name: '"in the foreseeable future" → "not before the summit" (bound from its report\'s day)', timeline: [future, { ...bound, article: 2, id: 's2-bound' }], want: [[future.id, 's2-bound']] },
    { name: 'the side is the first report, not its copy giving a second time too', timeline: [soon, future, copy(soon), copy(future), bound], want: [[future.id, bound.id]] },
    { name: 'negative: "within three months" and "by early June" name one deadline', timeline: [step(1, 'expected', 'within three months', '2026-03-10', '2026-06-08', 'The inquiry will report within three months.'), step(2, 'expected', 'by early June', null, '2026-06-10', 'The inquiry will report by early June.')], want: [] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('time', c.timeline, 'visit'), c.want, c.name);
});

test(`${P} time: an inquiry and its findings are one time track; with two inquiries, each keeps its own`, () => {
  const inquiry = (timeline: StatusStep[], id = 'e1'): TrackedEvent => ({ ...trackedEvent(timeline, 'investigate'), id, lemma: 'investigate' });
  const findings = (timeline: StatusStep[]): TrackedEvent => ({ ...trackedEvent(timeline, 'inquiry-report'), id: 'e2', lemma: 'inquiry-report' });
  const within = step(1, 'expected', 'within 60 days', '2026-03-10', '2026-05-09', 'The inquiry is expected to report within 60 days.');
  const handed = step(2, 'dates-announced', 'May 15', '2026-05-15', '2026-05-15', 'The panel will hand its findings to the president by May 15.');
  const other = step(1, 'expected', 'in June', '2026-06-01', '2026-06-30', 'A second inquiry, into the police, will report in June.');
  const timeFindings = (events: TrackedEvent[]): Array<readonly string[]> => findDrift([], { events, claims: [], quantities: [] }, 2).filter((f) => f.kind === 'time').map((f) => f.versions);
  assert.deepEqual(timeFindings([inquiry([within]), findings([handed])]), [[within.id, handed.id]], 'the inquiry\'s "within 60 days" → its findings "by May 15"');
  assert.deepEqual(timeFindings([inquiry([within]), inquiry([other], 'e3'), findings([handed])]), [], 'negative: two inquiries, whose findings are which unclear');
  assert.deepEqual(timeFindings([inquiry([within, { ...handed, id: 's2-inq' }])]), [[within.id, 's2-inq']], 'an inquiry alone keeps its own times');
});

test(`${P} time: a plan's day told after it ("had been set for") is still the plan's time`, () => {
  const later = step(1, 'expected', 'later this month', '2026-03-10', '2026-03-31', 'The trial is expected to open later this month.');
  const setFor = step(2, 'expected', 'March 29', '2026-03-29', '2026-03-29', 'The trial had been set for March 29, before the defence asked for more time.');
  const past = step(2, 'expected', 'March 29', '2026-03-29', '2026-03-29', 'The judge met the lawyers on March 29 to prepare the trial.');
  assert.deepEqual(eventFindings('time', [later, setFor], 'trial'), [[later.id, setFor.id]], 'had been set for');
  assert.deepEqual(eventFindings('time', [later, past], 'trial'), [], 'negative: a past day with no plan words dates something else');
});

test(`${P} time: a plan moved in one sentence from the day it was set for is drift inside the report`, () => {
  const moved = step(1, 'postponed', 'August 10', '2026-08-10', '2026-08-10', 'The trial of the driver was set to open in Abancay on Monday, June 22, but the court postponed it to August 10.');
  const noDay = step(1, 'postponed', 'August 10', '2026-08-10', '2026-08-10', 'The court postponed the trial of the driver to August 10.');
  assert.deepEqual(eventFindings('time', [moved], 'trial'), [[moved.id]], 'set for June 22, postponed to August 10');
  assert.deepEqual(eventFindings('time', [noDay], 'trial'), [], 'negative: no earlier day in the sentence');
});

test(`${P} time: an earlier report's own plan time is the side, not its recap of a still earlier report`, () => {
  const weeks = step(1, 'expected', 'in the coming weeks', '2026-03-10', '2026-05-05', 'The march will be held in the coming weeks, organisers said.');
  const own = step(2, 'expected-not-before', 'before the vote', '2026-05-01', null, 'The march will not be held before the vote on May 1, the organisers said.');
  const recap = (sentence: string): StatusStep => step(2, 'expected', 'this spring', '2026-03-20', '2026-06-20', sentence);
  const dated = step(3, 'dates-announced', 'June 14', '2026-06-14', '2026-06-14', 'The march will set off from Harrow Square on June 14.');
  const named = recap('According to Outlet 1, the march would be held this spring.');
  const plain = recap('A spokeswoman said the march would be held this spring.');
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]> }> = [
    { name: 'the recap names the outlet that reported before: the report\'s own time is the side', timeline: [weeks, own, named, dated], want: [[own.id, dated.id]] },
    { name: 'negative: a later time of the report\'s own is its latest', timeline: [weeks, own, plain, dated], want: [[plain.id, dated.id]] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('time', c.timeline, 'march').filter((v) => v[1] === dated.id), c.want, c.name);
});

test(`${P} certainty along an outbreak's emergency: could → will → unlikely, and not for a repeated level`, () => {
  const could = step(1, 'expected', null, null, null, 'The health minister said the government could declare an emergency in Kessaly.');
  const will = step(2, 'expected', null, null, null, 'The government will declare an emergency in the province, the minister said.');
  const unlikely = step(3, 'expected', null, null, null, 'With cases falling, an emergency now looks unlikely, officials said.');
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]> }> = [
    { name: 'could → will', timeline: [could, will], want: [[could.id, will.id]] },
    { name: 'will → unlikely', timeline: [could, will, unlikely], want: [[will.id, unlikely.id]] },
    { name: 'negative: "might" after "could" is the same level', timeline: [could, step(2, 'expected', null, null, null, 'An emergency might be declared later this week.')], want: [] },
    { name: 'negative: "will not" is a denial, not a level', timeline: [could, step(2, 'expected', null, null, null, 'The government will not declare an emergency, the minister said.')], want: [] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('certainty', c.timeline, 'emergency'), c.want, c.name);
});

/** One claim version: [id, source, report, position, cue, content, tracked event, sentence, relay of]. */
interface Said {
  readonly id: string;
  readonly source: string;
  readonly article: number;
  readonly at: number;
  readonly cue: string;
  readonly text: string;
  readonly event?: string | null;
  readonly sentence?: string;
  readonly relayOf?: string;
}

/** Claims from versions; versions with the same id are one claim's, in order. */
function claimsOf(said: readonly Said[]): StoryClaim[] {
  const claims = new Map<string, StoryClaim>();
  for (const s of said) {
    const v: ClaimVersion = {
      id: `${s.id}@${s.article}`, article: s.article, outlet: `Outlet ${s.article}`, published: `2026-04-0${s.article}T10:00:00Z`, text: s.text,
      evidence: { article: s.article, start: s.at, end: s.at + 100, text: s.sentence ?? `${s.source} ${s.cue} ${s.text}` }, cue: s.cue, stance: 'neutral',
      source: { key: s.source, name: s.source, chain: [s.source] }, quantities: [], negated: false, dateNotSet: false, relayOf: s.relayOf ?? null,
    };
    const c = claims.get(s.id);
    if (c) claims.set(s.id, { ...c, versions: [...c.versions, v] });
    else claims.set(s.id, { id: s.id, event: s.event === undefined ? 'e1' : s.event, source: s.source, sourceName: s.source, slot: 'statement', versions: [v] });
  }
  return [...claims.values()];
}

/** A plain statement said at the start of its report. */
const said = (id: string, source: string, article: number, text: string, event?: string): Said => ({ id, source, article, at: 0, cue: 'said', text, ...(event ? { event } : {}) });
/** A case of two versions that must give no finding. */
const negative = (name: string, first: Said, second: Said): { name: string; said: Said[]; want: Array<readonly string[]> } => ({ name: `negative: ${name}`, said: [first, second], want: [] });

function claimFindings(kind: FindingKind, said: readonly Said[]): Array<readonly string[]> {
  const article = maxOf(said.map((s) => s.article));
  return findDrift([], { events: [], claims: claimsOf(said), quantities: [] }, article).filter((f) => f.kind === kind).map((f) => f.versions);
}

test(`${P} negation: a denial and what it denies, the denier's own word first; never a hope or another event`, () => {
  const cases: ReadonlyArray<{ name: string; said: Said[]; want: Array<readonly string[]> }> = [
    {
      name: 'protest: "has not been called off", then the organiser\'s "we have called off the march" (a version that turns the claim round), not the lead',
      said: [
        { id: 'org', source: 'organisers', article: 1, at: 0, cue: 'told', text: '"The march has not been called off," organiser Lena Voss told reporters' },
        { id: 'lead', source: 'police', article: 2, at: 0, cue: 'said', text: 'the organisers had called off the march' },
        { id: 'org', source: 'organisers', article: 2, at: 300, cue: 'said', text: '"We have called off the march because the route was closed," Voss said', relayOf: 'org@1' },
      ],
      want: [['org@1', 'org@2']],
    },
    {
      name: 'factory: the talks ended without an agreement, denying the owner\'s word of one',
      said: [
        { id: 'owner', source: 'owner', article: 1, at: 0, cue: 'said', text: 'it had agreed with the union on compensation for the families' },
        { id: 'union', source: 'union', article: 2, at: 0, cue: 'said', text: 'the talks on compensation ended without an agreement' },
      ],
      want: [['owner@1', 'union@2']],
    },
    {
      name: 'negative: a deal signed after "no agreement yet, but we are close" is progress, not a denial overturned',
      said: [
        { id: 'union', source: 'union', article: 1, at: 0, cue: 'said', text: '"There is no agreement yet on compensation, but we are close," the union said' },
        { id: 'signed', source: 'union', article: 2, at: 0, cue: 'said', text: 'it had signed an agreement on compensation with the owner' },
      ],
      want: [],
    },
    negative('"without giving a date for the visit" does not deny the visit',
      said('min', 'ministry', 1, 'the inspectors would visit the plant'), said('agency', 'agency', 2, 'inspectors were expected, without giving a date for the visit')),
    negative('election count: a hope of an agreement on a recount is no statement of one',
      said('hope', 'candidate', 1, 'she hoped for an agreement on a recount this week'), said('no', 'commission', 2, 'there is no agreement on a recount')),
    negative('two events in two reports are two slots',
      said('a', 'union', 1, 'the strike at the Varnell plant has been called off', 'e1'), said('b', 'owner', 2, 'the strike at the Dunmore plant has not been called off', 'e2')),
    { name: 'in one report, two versions tied to no event speak to one slot ("the search had been called off" / "The search has not been called off")', want: [['tv@1', 'fire@1']],
      said: [{ ...said('tv', 'tv', 1, 'the search had been called off because of strong currents'), event: null }, { ...said('fire', 'fire service', 1, '"The search has not been called off," the station officer said'), event: null, at: 200 }] },
    { name: 'a measure taken back, reported and denied ("had withdrawn the bill" / "The bill has not been withdrawn")', want: [['radio@1', 'min@1']],
      said: [said('radio', 'radio', 1, 'the government had withdrawn the bill'), { ...said('min', 'minister', 1, '"The bill has not been withdrawn," the minister said'), at: 200 }] },
    { name: 'a plan prolonged, reported and denied ("would be extended into April" / "The cuts are not being extended")', want: [['tv@1', 'min@1']],
      said: [said('tv', 'tv', 1, 'the load-shedding would be extended into April'), { ...said('min', 'ministry', 1, '"The cuts are not being extended," a spokesman said'), at: 200 }] },
    negative('leaving an agreement is not a measure taken back ("withdrew from the truce")',
      said('army', 'army', 1, 'the front had withdrawn its fighters from the villages'), said('front', 'front', 2, 'the talks were not extended')),
    negative('a condition neither states nor denies ("If the text is not signed by February 2, we will be back")',
      said('union', 'union', 1, '"If the text is not signed by February 2, we will be back," its spokesman said'), said('deal', 'ministry', 2, 'the two sides signed the text on Friday')),
    { name: 'ferry: a fire one source reports and another denies ("caught fire" / "There was no fire")', want: [['crew@1', 'owner@2']],
      said: [said('crew', 'crew', 1, 'a generator had caught fire on the ferry in May'), said('owner', 'owner', 2, '"There was no fire on the ferry," the owner said')] },
    negative('the fire service is no fire: "the fire service said no one was hurt" denies no fire',
      said('crew', 'crew', 1, 'a generator had caught fire on the ferry'), said('svc', 'police', 2, 'the fire service said it had not been called to the ferry')),
    negative('gunfire is no fire: "troops opened fire" / "no fire broke out"',
      said('army', 'army', 1, 'troops opened fire on the ferry'), said('owner', 'owner', 2, 'no fire broke out on the ferry')),
  ];
  for (const c of cases) assert.deepEqual(claimFindings('negation', c.said), c.want, c.name);
});

test(`${P} attribution: the same quoted words credited to two sources, not a relay that names the first, nor a paraphrase`, () => {
  const quote = '"We will march every Saturday until the law is withdrawn,"';
  const cases: ReadonlyArray<{ name: string; said: Said[]; want: number }> = [
    {
      name: 'protest: one report credits the words to the organiser, the next to a union leader',
      said: [
        { id: 'voss', source: 'Lena Voss', article: 1, at: 0, cue: 'said', text: `${quote} Voss said`, sentence: `${quote} organiser Lena Voss said.` },
        { id: 'brandt', source: 'Karl Brandt', article: 2, at: 0, cue: 'said', text: `${quote} union leader Karl Brandt said`, sentence: `${quote} union leader Karl Brandt said.` },
      ],
      want: 1,
    },
    {
      name: 'negative: a relay that still names the first source ("According to Voss, …")',
      said: [
        { id: 'voss', source: 'Lena Voss', article: 1, at: 0, cue: 'said', text: `${quote} Voss said`, sentence: `${quote} organiser Lena Voss said.` },
        { id: 'radio', source: 'City Radio', article: 2, at: 0, cue: 'reported', text: `${quote} according to Voss`, sentence: `City Radio reported, citing Voss: ${quote}` },
      ],
      want: 0,
    },
    {
      name: 'negative: two sources saying alike things in their own words',
      said: [
        { id: 'voss', source: 'Lena Voss', article: 1, at: 0, cue: 'said', text: '"We will keep marching," Voss said', sentence: '"We will keep marching," Voss said.' },
        { id: 'brandt', source: 'Karl Brandt', article: 2, at: 0, cue: 'said', text: '"We will keep striking," Brandt said', sentence: '"We will keep striking," Brandt said.' },
      ],
      want: 0,
    },
  ];
  for (const c of cases) assert.equal(claimFindings('attribution', c.said).length, c.want, c.name);
});

test(`${P} "without" negates only its own object; "not part of" denies nothing`, () => {
  const AGREE = /\b(?:agree\w*|deal)\b/i;
  const VISIT = /\b(?:visit\w*|trip)\b/i;
  const cases: ReadonlyArray<[string, RegExp, boolean | null]> = [
    ['The talks ended without an agreement.', AGREE, true],
    ['The talks ended without a deal.', AGREE, true],
    ['The agency added, without giving a date for the trip, that a delegation would come.', VISIT, false],
    ['The agency said the trip would go ahead.', VISIT, false],
    ['The talks ended on Friday.', AGREE, null],
    // a thing left out of a topic neither states nor denies it
    ['Retirement age is not part of this agreement and was never discussed.', AGREE, null],
    ['Pensions were not covered by the deal.', AGREE, null],
    ['Overtime is not included in the new pay deal.', AGREE, null],
    ['The union has not agreed to the offer.', AGREE, true],
  ];
  for (const [text, topic, want] of cases) assert.equal(topicPolarity(text, topic), want, text);
});

test(`${P} a claim is about the tracked event its content names, not the one its cue is set in`, () => {
  const reportEvents = [{ cluster: 'talks', trigger: 'talks' }, { cluster: 'visit', trigger: 'visit' }];
  const tracked = new Map([['talks', 'e-talks'], ['visit', 'e-visit']]);
  const cases: ReadonlyArray<{ name: string; clusters: string[]; text: string; want: string | null }> = [
    { name: 'the content names the visit', clusters: ['talks', 'visit'], text: 'the minister during talks in Tarvos last week that he was willing to visit Kessaly soon', want: 'e-visit' },
    { name: 'the content names neither: the first tracked event', clusters: ['talks', 'visit'], text: 'the date would be set later', want: 'e-talks' },
    { name: 'a cluster that is not tracked is passed over', clusters: ['untracked', 'visit'], text: 'nothing was decided', want: 'e-visit' },
    { name: 'negative: no tracked event', clusters: ['untracked'], text: 'the visit would go ahead', want: null },
  ];
  for (const c of cases) assert.equal(claimEvent({ clusters: c.clusters, text: c.text }, reportEvents, tracked), c.want, c.name);
});

/** An amount stated in report `article`, published on day `article` of March (two amounts of one report share their day). */
const SIDE_BY_SIDE = "The group said 57 people had been killed, well above the army's count of 41.";
const UP_FROM = '2,300 people had now left, up from 1,500 on Tuesday.';
const amount = (article: number, text: string, [low, high]: [number, number], unit: string, sentence: string): Stated => ({ article, day: `2026-03-0${article}`, text, low, high, unit, sentence });

/** Two sources' tolls in one sentence, the second told as "puts it at". */
const RED_CROSS = 'The agency puts the death toll at 26, while the Red Cross, which also counts those who died of their injuries, puts it at 29.';

/** A case whose amounts must give no quantity finding. */
const unchanged = (name: string, ...stated: Stated[]): { name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> } => ({ name: `negative: ${name}`, stated, want: [] });

test(`${P} quantities: rates, rounded figures, two sources' counts of one day, "hurt" as injured, the pronoun "one"`, () => {
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    unchanged('a rate per day is no total ("40 cases" → "about 30 a day")',
      amount(1, '40 cases', [40, 40], 'case', 'Officials confirmed 40 cases of measles in Dorran.'),
      amount(2, 'about 30', [27, 33], 'count', 'New cases had risen to about 30 a day, the clinic said.'),
    ),
    unchanged('a rounded figure and the precise one it rounds ("nearly 500 branches" → "493 branches")',
      amount(1, 'nearly 500 branches', [450, 500], 'branch', 'The bank runs nearly 500 branches across the country.'),
      amount(2, '493 branches', [493, 493], 'branch', 'It has 493 branches and 9,000 staff.'),
    ),
    { name: 'a rounded figure far from the precise one is drift ("nearly 500 branches" → "430 branches")', want: [['nearly 500 branches', '430 branches', 'drift']],
      stated: [amount(1, 'nearly 500 branches', [450, 500], 'branch', 'The bank runs nearly 500 branches across the country.'), amount(2, '430 branches', [430, 430], 'branch', 'It has 430 branches and 9,000 staff.')] },
    {
      name: 'two new counts of one day in one report contradict each other, not the earlier bound in the same words',
      stated: [
        amount(1, 'more than 60 cases', [61, Infinity], 'case', 'The outbreak has grown to more than 60 cases.'),
        amount(2, '80 measles cases', [80, 80], 'case', 'The ministry said 80 measles cases had been recorded.'),
        amount(2, '95 cases', [95, 95], 'case', 'A charity counted 95 cases on the same day.'),
      ],
      want: [['more than 60 cases', '80 measles cases', 'drift'], ['80 measles cases', '95 cases', 'contradiction']],
    },
    {
      name: 'one sentence pair holding a case count and a toll gives two findings; "fell ill" counts cases, not the dead',
      stated: [
        amount(1, '30 cases', [30, 30], 'case', 'Officials confirmed 30 cases in a week, and two people have died.'),
        amount(1, 'two people', [2, 2], 'person', 'Officials confirmed 30 cases in a week, and two people have died.'),
        amount(2, '45 people', [45, 45], 'person', 'In all, 45 people fell ill and three died, the minister said.'),
        amount(2, 'three', [3, 3], 'count', 'In all, 45 people fell ill and three died, the minister said.'),
      ],
      want: [['30 cases', '45 people', 'drift'], ['two people', 'three', 'drift']],
    },
    unchanged('a company\'s sales are another count than the price paid for it, in the same currency',
      amount(1, '3.2 billion euros', [3.2e9, 3.2e9], 'euro', 'Its revenue rose 4% last year to 3.2 billion euros.'),
      amount(2, '1.9 billion euros', [1.9e9, 1.9e9], 'euro', 'The group agreed to buy the chain for 1.9 billion euros.'),
    ),
    { name: 'counts of a charge are a count of their own ("faces 9 counts" → "amended to 11 counts")', want: [['9 counts', '11 counts', 'drift']],
      stated: [amount(1, '9 counts', [9, 9], 'count', 'The mayor faces 9 counts, the prosecutor said.'), amount(2, '11 counts', [11, 11], 'count', 'Prosecutors amended the indictment to 11 counts of bribery.')] },
    unchanged('a target and the number reached are two slots ("plans to call 25 witnesses" → "heard 19 witnesses")',
      amount(1, '25 witnesses', [25, 25], 'witness', 'The prosecution plans to call 25 witnesses.'),
      amount(2, '19 witnesses', [19, 19], 'witness', 'The trial heard 19 witnesses over six weeks.'),
    ),
    { name: 'one metric restated is drift ("revenue … 3.2 billion euros" → "revenue of 3.5 billion euros")', want: [['3.2 billion euros', '3.5 billion euros', 'drift']],
      stated: [amount(1, '3.2 billion euros', [3.2e9, 3.2e9], 'euro', 'Its revenue rose 4% last year to 3.2 billion euros.'), amount(2, '3.5 billion euros', [3.5e9, 3.5e9], 'euro', 'The chain reported revenue of 3.5 billion euros.')] },
    { name: 'the injured, worded "injured" then "hurt", is one count ("Four workers" → "Seven workers")', want: [['Four workers', 'Seven workers', 'drift']],
      stated: [amount(1, 'Four workers', [4, 4], 'worker', 'Four workers were slightly injured in the blast, the company said.'), amount(2, 'Seven workers', [7, 7], 'worker', 'Seven workers were hurt in the blast, the union said.')] },
    { name: 'negative: the dead and the hurt are two counts', want: [],
      stated: [amount(1, 'five people', [5, 5], 'person', 'The blast killed five people, police said.'), amount(2, 'nine people', [9, 9], 'person', 'Nine people were hurt, the hospital said.')] },
    { name: 'negative: "every one" and "two of them": the pronoun is no count of trucks', want: [],
      stated: [amount(1, '30 trucks', [30, 30], 'truck', 'The fleet has 30 trucks.'), ...['one', 'two'].map((n, i) => amount(2, n, [i + 1, i + 1], 'count', 'The trucks will stay in the depot until every one has been checked, and two of them need repairs.'))] },
    { name: 'negative: a report that restates the earlier figure and then gives another holds both ("all 12 trucks" … "will run 11 trucks")', want: [],
      stated: [amount(1, '12 trucks', [12, 12], 'truck', 'The company took all 12 trucks off the road.'), amount(2, '12 trucks', [12, 12], 'truck', 'Inspectors checked all 12 trucks.'), amount(2, '11 trucks', [11, 11], 'truck', 'The company will run 11 trucks from Monday.')] },
    { name: 'a restated figure, then a new one told as a change, is drift ("24 people" … "reached 26 people")', want: [['24 people', '26 people', 'drift']],
      stated: [amount(1, '24 people', [24, 24], 'person', 'The blast killed 24 people, police said.'), amount(2, '24 people', [24, 24], 'person', 'Police had said 24 people died.'), amount(2, '26 people', [26, 26], 'person', 'The toll reached 26 people on Thursday.')] },
    { name: 'negative: two measures in one sentence are two slots ("a depth of 18 kilometres, about 25 kilometres southwest")', want: [],
      stated: ['18 kilometres', 'about 25 kilometres'].map((t, i) => amount(1, t, i ? [23, 27] : [18, 18], 'kilometre', 'The quake struck at a depth of 18 kilometres, about 25 kilometres southwest of the town.')) },
    { name: 'negative: two sums in one sentence are two slots ("5 cedis for cars and 20 cedis for lorries")', want: [],
      stated: ['5 cedis', '20 cedis'].map((t, i) => amount(1, t, i ? [20, 20] : [5, 5], 'GHS', 'Tolls will be 5 cedis for cars and 20 cedis for lorries.')) },
    { name: 'two sources\' tolls in one sentence are set against each other ("26 people" / "29 people")', want: [['26 people', '29 people', 'contradiction']],
      stated: ['26 people', '29 people'].map((t, i) => amount(1, t, i ? [29, 29] : [26, 26], 'person', 'The ministry said 26 people died, while the Red Cross said 29 people died.')) },
    { name: '"puts it at 29" counts what the figure before it counts (the dead), not the injuries named nearer', want: [['26', '29', 'contradiction']],
      stated: [amount(1, 'At least 60 people', [60, Infinity], 'person', 'At least 60 people were injured.'), ...['26', '29'].map((t) => amount(2, t, [Number(t), Number(t)], 'count', RED_CROSS))] },
    { name: 'two sources\' counts side by side in one sentence point at each other, not at where the first figure was first given', want: [['26', '29', 'contradiction']],
      stated: [amount(1, '26 dead', [26, 26], 'count', 'Officials said 26 dead had been counted.'), ...['26', '29'].map((t) => amount(2, t, [Number(t), Number(t)], 'count', RED_CROSS))] },
    { name: 'negative: a difference between two counts is neither ("three suspects … one more than at the weekend")', want: [],
      stated: ['three suspects', 'one'].map((t, i) => amount(1, t, i ? [1, 1] : [3, 3], 'suspect', 'Police said three suspects were now in custody, one more than at the weekend.')) },
    { name: 'negative: the sides of a score in words are one result ("by six votes to four")', want: [],
      stated: [amount(1, 'six votes', [6, 6], 'vote', 'The decision was taken by six votes to four, the bank said.'), amount(1, 'four', [4, 4], 'vote', 'The decision was taken by six votes to four, the bank said.')] },
    { name: 'a toll in another language is the same count ("At least 12 people drowned" → "est passé à 27 morts" → "the death toll at 41")', want: [['27 morts', '41', 'drift']],
      stated: [amount(1, 'At least 12 people', [12, Infinity], 'person', 'At least 12 people drowned when the boat capsized.'), amount(2, '27 morts', [27, 27], 'death', 'Le bilan du naufrage est passé à 27 morts dimanche soir.'), amount(3, '41', [41, 41], 'death', 'The provincial government put the death toll at 41 on Wednesday.')] },
    { name: 'negative: the wounded in another language are not the dead ("27 morts" / "41 blessés")', want: [],
      stated: [amount(1, '27 morts', [27, 27], 'death', 'Le bilan est passé à 27 morts.'), amount(2, '41 blessés', [41, 41], 'person', 'Les secours ont soigné 41 blessés.')] },
    { name: 'negative: a count in the sentence of a score in words is a part of the vote ("with four members arguing" / "Two members had argued")', want: [],
      stated: [amount(1, 'four members', [4, 4], 'member', 'The decision was taken by six votes to four, with four members arguing for waiting.'), amount(2, 'Two members', [2, 2], 'member', 'Two members had argued in December for a further increase.')] },
    { name: 'negative: a sum demanded and a sum paid are two slots ("put the demand at 3 million euros" / "1.2 million euros had been paid")', want: [],
      stated: [amount(1, '3 million euros', [3e6, 3e6], 'EUR', 'A security source put the demand at 3 million euros.'), amount(2, '1.2 million euros', [1.2e6, 1.2e6], 'EUR', 'A weekly reported that 1.2 million euros had been paid to the kidnappers.')] },
    { name: 'a demand restated higher is drift ("demanded 1.5 million euros" → "demanded 2 million euros")', want: [['1.5 million euros', '2 million euros', 'drift']],
      stated: [amount(1, '1.5 million euros', [1.5e6, 1.5e6], 'EUR', 'The kidnappers demanded 1.5 million euros.'), amount(2, '2 million euros', [2e6, 2e6], 'EUR', 'The kidnappers have demanded 2 million euros, a relative said.')] },
    { name: 'negative: a capacity is another slot than a count ("carrying about 350 passengers" / "a permit for 180 passengers")', want: [],
      stated: [amount(1, 'about 350 passengers', [340, 360], 'passenger', 'The ferry was carrying about 350 passengers.'), amount(1, '180 passengers', [180, 180], 'passenger', 'It had a permit for 180 passengers.')] },
    { name: 'negative: "cleared to hold 2,800 people" after "Some 3,500 people had been in the stand"', want: [],
      stated: [amount(1, 'Some 3,500 people', [3430, 3570], 'person', 'Some 3,500 people had been in the east stand when it fell.'), amount(2, '2,800 people', [2800, 2800], 'person', 'The stand had been cleared to hold 2,800 people.')] },
    { name: 'negative: "which can take up to 90 guests" after "About 40 guests were staying"', want: [],
      stated: [amount(1, 'About 40 guests', [38, 42], 'guest', 'About 40 guests were staying at the resort.'), amount(2, '90 guests', [90, 90], 'guest', 'The resort, which can take up to 90 guests, has closed.')] },
    { name: 'negative: "licensed to carry 80 people" after "more than 200 passengers"', want: [],
      stated: [amount(1, 'more than 200 passengers', [201, Infinity], 'passenger', 'The boat was carrying more than 200 passengers.'), amount(2, '80 passengers', [80, 80], 'passenger', 'The boat, licensed for 80 passengers, had sunk.')] },
    { name: 'negative: a bar to meet is another slot than the count that meets it ("signatures of 62 deputies, well above the 50 needed")', want: [],
      stated: ['62 deputies', '50'].map((t) => amount(1, t, [Number(t.split(' ')[0]), Number(t.split(' ')[0])], 'deputy', 'The motion carries the signatures of 62 deputies, well above the 50 needed to force a debate.')) },
    { name: 'negative: "must win the backing of 101 deputies" after "won the backing of 96 deputies"', want: [],
      stated: [amount(1, '96 deputies', [96, 96], 'deputy', 'The motion won the backing of 96 deputies.'), amount(2, '101 deputies', [101, 101], 'deputy', 'To bring the government down, it must win the backing of 101 deputies.')] },
    { name: 'negative: a body\'s size is no count that moves ("The chamber has 200 deputies, and the coalition holds 98 of them")', want: [],
      stated: [amount(1, '98 deputies', [98, 98], 'deputy', 'The coalition holds 98 deputies.'), amount(2, '200 deputies', [200, 200], 'deputy', 'The chamber has 200 deputies, and the coalition holds most of them.')] },
    { name: 'signatures counted again are drift ("signatures of 62 deputies" → "bringing the number of signatures to 64 deputies")', want: [['62 deputies', '64 deputies', 'drift']],
      stated: [amount(1, '62 deputies', [62, 62], 'deputy', 'The motion carries the signatures of 62 deputies.'), amount(2, '64 deputies', [64, 64], 'deputy', 'Two more signed, bringing the signatures to 64 deputies.')] },
    { name: 'a toll read where it stands, not at the dateline\'s same digits ("Oct 21 (Meridian) … the death toll rose to 21")', want: [['a toll of 17', '21', 'drift']],
      stated: [amount(1, 'a toll of 17', [17, 17], 'death', 'The governor\'s office gave a toll of 17 on Tuesday.'), { ...amount(2, '21', [21, 21], 'death', 'COPACABANA, Colombia, Oct 21 (Meridian) - Rescuers went back to the site at dawn, and the death toll rose to 21, the office said.'), at: 'COPACABANA, Colombia, Oct 21 (Meridian) - Rescuers went back to the site at dawn, and the death toll rose to 21, the office said.'.lastIndexOf('21') }] },
    { name: 'the missing, named so in both, fall as they are found ("Twelve people were still missing" → "One person was still missing")', want: [['Twelve people', 'One person', 'drift']],
      stated: [amount(1, 'Twelve people', [12, 12], 'person', 'Twelve people were still missing, the office said.'), amount(2, 'One person', [1, 1], 'person', 'One person was still missing.')] },
    { name: 'negative: the dead, named so in both, are no version of a toll twelve times as large ("Twelve people died" / "One person died")', want: [],
      stated: [amount(1, 'Twelve people', [12, 12], 'person', 'Twelve people died in the fire, the office said.'), amount(2, 'One person', [1, 1], 'person', 'One person died in hospital.')] },
    { name: 'negative: "one worker" is a count ("one worker died" → "two workers died")', want: [['one worker', 'Two workers', 'drift']],
      stated: [amount(1, 'one worker', [1, 1], 'worker', 'Police said one worker died in the blast.'), amount(2, 'Two workers', [2, 2], 'worker', 'Two workers died in the blast, the company said.')] },
    { name: 'negative: a part and its whole in one sentence are no versions ("five suspects … two of them")', want: [],
      stated: ['five suspects', 'two'].map((t, k) => {
        const sentence = 'Police said five suspects were in custody and that two of them would be charged.';
        return { ...amount(1, t, k ? [2, 2] : [5, 5], 'suspect', sentence), at: sentence.indexOf(t) };
      }) },
    { name: 'negative: "Nine of 12 economists"', want: [],
      stated: ['Nine', '12 economists'].map((t, k) => ({ ...amount(1, t, k ? [12, 12] : [9, 9], 'economist', 'Nine of 12 economists had expected the hold.'), at: k ? 8 : 0 })) },
    { name: 'two sources side by side in one sentence, the earlier figure named after the new one ("57 … well above the army\'s count of 41")',
      want: [['41', '57 people', 'contradiction']],
      stated: [
        amount(1, '41 people', [41, 41], 'person', 'The army put the toll at 41 people.'),
        { ...amount(2, '57 people', [57, 57], 'person', SIDE_BY_SIDE), at: SIDE_BY_SIDE.indexOf('57') },
        { ...amount(2, '41', [41, 41], 'person', SIDE_BY_SIDE), at: SIDE_BY_SIDE.lastIndexOf('41') },
      ] },
    { name: 'negative: a figure restated after a change word points at its first report ("2,300 … up from 1,500")', want: [['1,500 people', '2,300 people', 'drift']],
      stated: [
        amount(1, '1,500 people', [1500, 1500], 'person', 'The number evacuated rose to 1,500 people.'),
        { ...amount(2, '2,300 people', [2300, 2300], 'person', UP_FROM), at: 0 },
        { ...amount(2, '1,500', [1500, 1500], 'person', UP_FROM), at: UP_FROM.indexOf('1,500') },
      ] },
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} negation: being in talks, a suspension, and a denial recapped in the past perfect`, () => {
  const cases: ReadonlyArray<{ name: string; said: Said[]; want: Array<readonly string[]> }> = [
    {
      name: 'merger: "in talks to buy" denied by the target ("not in talks with anyone")',
      said: [said('bank', 'people familiar', 1, 'the bank is in early talks to buy the insurer'), said('ins', 'insurer', 2, '"We are not in talks with anyone," a spokesman said')],
      want: [['bank@1', 'ins@2']],
    },
    {
      name: 'outbreak: a radio report of suspended vaccinations denied by the ministry',
      said: [said('radio', 'radio station', 1, 'vaccinations in the district had been suspended'), said('min', 'ministry', 2, '"The campaign has not been suspended anywhere," the spokesman said')],
      want: [['radio@1', 'min@2']],
    },
    {
      name: 'election count: a post saying the recount was stopped, denied by the returning officer',
      said: [said('post', 'forum post', 1, 'the count had been stopped after a dispute'), said('ro', 'returning officer', 2, '"The recount has not been halted," he said')],
      want: [['post@1', 'ro@2']],
    },
    {
      name: 'mine flood: a death reported by a local paper, denied by the operator ("killed" / "has died")',
      said: [said('paper', 'local paper', 1, 'a pump operator had been killed in the flooded shaft'), said('op', 'operator', 2, '"No worker has died in the flooding," a spokesman said')],
      want: [['paper@1', 'op@2']],
    },
    {
      name: 'warehouse fire: arson claimed by a police source, then denied by the fire service ("deliberately" / "on purpose")',
      said: [said('src', 'police source', 1, 'the warehouse fire was started deliberately'), said('fs', 'fire service', 2, '"There is no evidence the fire was set on purpose," its chief said')],
      want: [['src@1', 'fs@2']],
    },
    {
      name: 'truce: a radio report that the front pulled out, denied by its spokeswoman ("pulled out of" / "not walked away from")',
      said: [said('radio', 'radio station', 1, 'the front had pulled out of the truce'), said('front', 'front', 2, '"We have not walked away from the ceasefire, and we will not," she said')],
      want: [['radio@1', 'front@2']],
    },
    negative('troops pulled out of a town and a truce not broken are two topics',
      said('army', 'army', 1, 'the army had pulled out of the town'), said('front', 'front', 2, 'the front has not broken the truce')),
    negative('a toll that rises is no denial of the deaths before it',
      said('a', 'police', 1, 'three people were killed in the crash'), said('b', 'hospital', 2, 'five people have died since the crash')),
    negative('"return to talks" is a call, not a claim of talks',
      said('sen', 'senator', 1, 'both sides should return to talks soon'), said('co', 'company', 2, 'it would not resume talks')),
    negative('a denial recapped in the past perfect is no new denial of the deal announced',
      said('deal', 'companies', 1, 'the bank has agreed to buy the insurer'), said('recap', 'agency', 2, 'the insurer had denied in May that it had agreed to any sale')),
  ];
  for (const c of cases) assert.deepEqual(claimFindings('negation', c.said), c.want, c.name);
});

test(`${P} time: a "not before" bound set by a condition is a plan time, whatever window the time layer gave it`, () => {
  const weeks = step(1, 'expected', 'in the coming weeks', '2026-03-10', '2026-05-05', 'Formal talks on the curfew are expected to open in the coming weeks.');
  // "before the curfew has been lifted for a month": no date, and a window the time layer ends at the report's day
  const bound = step(2, 'expected-not-before', 'before the curfew', null, '2026-04-10', 'The talks will not open before the curfew has been lifted for a month, the mayor said.');
  const dated = step(3, 'dates-announced', 'June 2', '2026-06-02', '2026-06-02', 'The talks will open in Harrow on June 2.');
  const past = step(2, 'expected', 'before the curfew', null, '2026-04-10', 'Talks were held before the curfew.');
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]> }> = [
    { name: '"in the coming weeks" → "not before the curfew has been lifted for a month"', timeline: [weeks, bound], want: [[weeks.id, bound.id]] },
    { name: '"not before …" → "on June 2": the bound is the side, not the older vague time', timeline: [weeks, bound, dated], want: [[bound.id, dated.id]] },
    { name: 'negative: a time before the report\'s day on a step that is no bound gives no plan time', timeline: [weeks, past], want: [] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('time', c.timeline, 'talks'), c.want, c.name);
});

test(`${P} quantities: a rounded restatement of the latest figure is no new version against an older one`, () => {
  const fled = amount(1, '6,200 people', [6200, 6200], 'person', 'The flooding forced 6,200 people from their homes.');
  const risen = amount(2, '9,140', [9140, 9140], 'person', 'The number of people who have left their homes has risen to 9,140.');
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    unchanged('"some 9,000 people" after "9,140" restates it, and "up from 6,200" is history',
      fled, risen,
      amount(3, 'Some 9,000 people', [8100, 9900], 'person', 'Some 9,000 people remain away from their homes, up from 6,200 last week.'),
      amount(3, '6,200', [6200, 6200], 'person', 'Some 9,000 people remain away from their homes, up from 6,200 last week.'),
    ),
    { name: 'a rounded figure far from the latest one is a new version ("about 12,000" after "9,140")', want: [['9,140', 'about 12,000', 'drift']],
      stated: [fled, risen, amount(3, 'about 12,000', [10800, 13200], 'person', 'About 12,000 people have now left their homes.')] },
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} quantities: two vague wordings of one figure are no new version`, () => {
  const bound = amount(1, 'more than 2,400 members', [2401, Infinity], 'member', 'Organisers said more than 2,400 members had joined the cooperative by March.');
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    unchanged('"some 2,400 members" after "more than 2,400 members"',
      bound, amount(2, 'some 2,400 members', [2160, 2640], 'member', 'The cooperative, which has some 2,400 members, met on Friday.')),
    unchanged('"about 2,400 members" after "at least 2,400 members"',
      amount(1, 'at least 2,400 members', [2400, Infinity], 'member', 'At least 2,400 members have joined.'),
      amount(2, 'about 2,400 members', [2160, 2640], 'member', 'About 2,400 members voted on Friday.')),
    { name: 'another figure is a new version ("more than 2,400" → "some 3,000")', want: [['more than 2,400 members', 'some 3,000 members', 'drift']],
      stated: [bound, amount(2, 'some 3,000 members', [2700, 3300], 'member', 'The cooperative now has some 3,000 members.')] },
    { name: 'a rounded figure above the bound is a new version ("more than 2,400" → "some 2,600")', want: [['more than 2,400 members', 'some 2,600 members', 'drift']],
      stated: [bound, amount(2, 'some 2,600 members', [2340, 2860], 'member', 'The cooperative now has some 2,600 members.')] },
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} time: a report that says its plan time again, or more precisely, gives one finding, at the first`, () => {
  const soon = step(1, 'expected', 'in the coming days', '2026-03-10', '2026-03-20', 'The prisoners will be freed in the coming days, the minister said.');
  const friday = step(2, 'dates-announced', 'on Friday', '2026-04-17', '2026-04-17', 'The prisoners will be freed on Friday, the ministry said.');
  const morning = { ...step(2, 'dates-announced', 'on Friday morning', '2026-04-17', '2026-04-17', 'They will be handed over at the border on Friday morning.'), id: 's2-morning' };
  const later = step(2, 'dates-announced', 'on Monday', '2026-04-20', '2026-04-20', 'Two of them will follow on Monday.');
  // another sentence of the report: its own place in the text
  const monday = { ...later, id: 's2-monday', evidence: { ...later.evidence, start: 200, end: 200 + later.evidence.text.length } };
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]> }> = [
    { name: '"in the coming days" → "on Friday" … "on Friday morning": one finding', timeline: [soon, friday, morning], want: [[soon.id, friday.id]] },
    { name: 'negative: another day in the same report is another finding', timeline: [soon, friday, monday], want: [[soon.id, friday.id], [soon.id, monday.id]] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('time', c.timeline, 'release'), c.want, c.name);
});


test(`${P} quantities: a toll restated in a report that gives a new one, the arrested by any name, speeds and temperatures`, () => {
  const rose = 'The death toll from the earthquake rose to 17 on Tuesday, up from nine, the agency said.';
  const revised = 'The death toll from the earthquake was revised to 24 on Wednesday, the agency reported.';
  const had = 'The agency had put the toll at 17 on Tuesday.';
  const now = 'The death toll rose to 26, up from 24 on Wednesday, after two injured people died in hospital.';
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    {
      name: '"rose to 26, up from 24" after a report that gives 24 and restates Tuesday\'s 17: 24 → 26, not 17 → 26',
      stated: [
        amount(1, '17', [17, 17], 'death', rose), { ...amount(1, 'nine', [9, 9], 'death', rose), at: rose.indexOf('nine') },
        amount(2, '24', [24, 24], 'death', revised), amount(2, '17', [17, 17], 'death', had),
        amount(4, '26', [26, 26], 'death', now), { ...amount(4, '24', [24, 24], 'death', now), at: now.indexOf('24') },
      ],
      want: [['24', '26', 'drift']],
    },
    {
      name: 'the people arrested, called men, then suspects ("had arrested three men" → "five suspects were now in custody")',
      stated: [
        amount(1, 'three men', [3, 3], 'man', 'Police said they had arrested three men suspected of helping to plan the abduction.'),
        amount(2, 'five suspects', [5, 5], 'suspect', 'Police said five suspects were now in custody.'),
      ],
      want: [['three men', 'five suspects', 'drift']],
    },
    unchanged('"12 counts" of a man arrested on Monday are charges, not people arrested',
      amount(1, 'two men', [2, 2], 'man', 'Police arrested two men on Monday.'),
      amount(2, '12 counts', [12, 12], 'count', 'Mulenga, who was arrested on Monday, faces 12 counts.')),
    unchanged('a speed and a limit ("38 km/h, below the 40 km/h limit", "slow to 25 km/h")',
      amount(1, '40 km/h', [40, 40], 'km/h', 'The train was travelling below the 40 km/h limit on the bend.'),
      amount(2, '25 km/h', [25, 25], 'km/h', 'Trains now slow to 25 km/h on the bend.')),
    unchanged('temperatures of two days ("40 degrees" forecast, "33 degrees" at the start)',
      amount(1, '40 degrees', [40, 40], 'degree', 'Temperatures were forecast to reach 40 degrees on Sunday.'),
      amount(2, '33 degrees', [33, 33], 'degree', 'It was 33 degrees when the race started.')),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} quantities: a vote's score corrected, one side the same, in words or in digits; another year's vote is none`, () => {
  const ratified = 'Parliament ratified the agreement on Thursday by 142 votes to 61.';
  const corrected = 'The agreement was ratified last week by 142 votes to 60, the agency said.';
  const words = (article: number, sentence: string, f: string, a: string): Stated[] => [
    { ...amount(article, `${f} votes`, [Number(f), Number(f)], 'vote', sentence), at: sentence.indexOf(`${f} votes`) },
    { ...amount(article, a, [Number(a), Number(a)], 'vote', sentence), at: sentence.lastIndexOf(a) },
  ];
  const approved = 'Lawmakers approved it 31-22, the agency reported.';
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    { name: '"by 142 votes to 61" → "by 142 votes to 60"', stated: [...words(1, ratified, '142', '61'), ...words(2, corrected, '142', '60')], want: [['142 votes', '142 votes', 'drift']] },
    {
      name: '"by 31 votes to 20" → "approved it 31-22" (a tally the quantities layer read)',
      stated: [...words(1, 'The assembly approved the bill by 31 votes to 20.', '31', '20'), { ...amount(2, '31-22', [31, 31], 'vote:53', approved), at: approved.indexOf('31-22') }],
      want: [['31 votes', '31-22', 'drift']],
    },
    {
      name: 'negative: a vote of an earlier year ("rejected in 2021 by 31 votes to 24")',
      stated: [...words(1, 'The assembly approved the bill by 31 votes to 20.', '31', '20'), ...words(2, 'A similar bill was rejected in 2021 by 31 votes to 24.', '31', '24')],
      want: [],
    },
    unchanged('both sides moved ("voted 6-1" in February, "voted 5-2" in April: maybe two meetings)',
      { ...amount(1, '6-1', [6, 6], 'vote:7', 'The board voted 6-1 to hold.'), at: 16 },
      { ...amount(5, '5-2', [5, 5], 'vote:7', 'The board voted 5-2 for the cut.'), at: 16 }),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} quantities: "the figure" another source gives counts what the report counted before it; a report's sums are versions only as two named sources'`, () => {
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    {
      name: '"would cancel 96 flights" … "the union said the true figure would be more than 150"',
      stated: [
        amount(1, '96 flights', [96, 96], 'flight', 'The airline said it would cancel 96 flights if the strike went ahead.'),
        amount(1, 'more than 150', [151, Infinity], 'count', 'The union said the true figure would be more than 150.'),
      ],
      want: [['96 flights', 'more than 150', 'contradiction']],
    },
    {
      name: '"65 men were now taking part" … "the ministry put the number at 52"',
      stated: [
        amount(1, '65 men', [65, 65], 'man', 'The support group said 65 men were now taking part in the fast.'),
        amount(1, '52', [52, 52], 'count', 'The ministry put the number at 52.'),
      ],
      want: [['65 men', '52', 'contradiction']],
    },
    unchanged('a bare figure after another noun\'s count, not "the figure" ("cancelled 96 flights … 52 of them")',
      amount(1, '96 flights', [96, 96], 'flight', 'The airline said it would cancel 96 flights if the strike went ahead.'),
      amount(1, '52', [52, 52], 'count', 'Some 52 were to Milan.')),
    unchanged('a package and its parts in one report ("a rescue of 540 million euros" … "a first tranche of 200 million euros")',
      amount(1, '540 million euros', [540e6, 540e6], 'EUR', 'Parliament approved a rescue package of 540 million euros on Wednesday.'),
      amount(1, '200 million euros', [200e6, 200e6], 'EUR', 'A first tranche of 200 million euros is to be paid in May.')),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
  // two named sources' sums in one report are the contradiction
  const two = observations([
    amount(1, '300 million naira', [300e6, 300e6], 'NGN', 'Relatives said the kidnappers had demanded 300 million naira.'),
    amount(1, '150 million naira', [150e6, 150e6], 'NGN', 'The police commissioner said the demand was 150 million naira.'),
  ]).map((o, i) => ({ ...o, source: i === 0 ? 'relatives' : 'police' }));
  const found = findDrift([], { events: [], claims: [], quantities: two }, 1).filter((f) => f.kind === 'quantity');
  assert.equal(found.length, 1, 'two named sources\' sums');
});

/** A case of two amounts the second of which revises the first (drift). */
const drifted = (name: string, first: Stated, second: Stated): { name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> } => ({ name, stated: [first, second], want: [[first.text, second.text, 'drift']] });

test(`${P} quantities: "per" before an article counts no rate; the treated and those in hospital are the injured; a number word of another language stands between`, () => {
  const expected = amount(1, 'about 120 flights', [108, 132], 'flight', 'The airline said it expected to cancel about 120 flights on the day of the strike.');
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    drifted('an Italian report\'s "146 voli per il 29 settembre" is a count of flights, not a rate', expected, amount(2, '146 voli', [146, 146], 'flight', 'La compagnia ha cancellato 146 voli per il 29 settembre.')),
    drifted('"per the schedule" is no rate either', expected, amount(2, '146 flights', [146, 146], 'flight', 'It cancelled 146 flights per the strike schedule.')),
    unchanged('"146 flights per day" is a rate', expected, amount(2, '146 flights', [146, 146], 'flight', 'The airline flies 146 flights per day from the hub.')),
    drifted('train crash: "injuring 40" → "51 people were being treated in hospital"',
      amount(1, '40', [40, 40], 'count', 'The train left the rails on a bend, killing two passengers and injuring 40.'),
      amount(2, '51 people', [51, 51], 'person', 'The health ministry said 51 people were being treated in hospital.')),
    unchanged('the dead and those in hospital are two counts',
      amount(1, 'three people', [3, 3], 'person', 'The crash killed three people on Sunday.'),
      amount(2, 'eight people', [8, 8], 'person', 'Eight people remain in hospital.')),
    drifted('a French report: "est passé à 23, dont trois ont été hospitalisées" counts the sick, not those in hospital',
      amount(1, '19 people', [19, 19], 'person', 'The health agency said 19 people had reported stomach symptoms.'),
      amount(2, '23', [23, 23], 'person', 'Le nombre de personnes malades est passé à 23, dont trois ont été hospitalisées.')),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} quantities: two figures of one count in one sentence contradict only as two sources' ("said …, while … counted"); a condition's threshold is no reading`, () => {
  const both = 'About 98,000 vehicles had crossed the bridge by 6 pm, the ministry said, while the drivers\' union counted some 120,000.';
  const against = 'About 98,000 vehicles had crossed the bridge by 6 pm, against some 120,000 on a normal weekday, the ministry said.';
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    { name: 'two sources\' counts side by side in one sentence contradict', want: [['About 98,000 vehicles', 'some 120,000', 'contradiction']],
      stated: [amount(1, 'About 98,000 vehicles', [88200, 107800], 'vehicle', both), amount(1, 'some 120,000', [108000, 132000], 'count', both)] },
    unchanged('a figure set against a normal day\'s in one source\'s sentence is a comparison ("against some 120,000 on a normal weekday")',
      amount(1, 'About 98,000 vehicles', [88200, 107800], 'vehicle', against), amount(1, 'some 120,000', [108000, 132000], 'count', against)),
    unchanged('an earlier figure beside a new one in a sentence of one source is a part of it ("Ten of 13 economists" after "ten economists")',
      amount(1, 'ten economists', [10, 10], 'economist', 'Seven of ten economists surveyed by the paper now expect a cut.'),
      amount(2, 'Ten', [10, 10], 'economist', 'Ten of 13 economists polled by the agency had forecast a cut.'),
      amount(2, '13 economists', [13, 13], 'economist', 'Ten of 13 economists polled by the agency had forecast a cut.')),
    drifted('a swell reading is compared with the swell reported before',
      amount(1, '6 metres', [6, 6], 'm', 'Swells of 6 metres kept the ferries in port, the company said.'),
      amount(2, '5 metres', [5, 5], 'm', 'The weather service said swells of 5 metres would take a night to subside.')),
    unchanged('a condition\'s threshold is no reading ("if the swell falls below 4 metres")',
      amount(1, '6 metres', [6, 6], 'm', 'Swells of 6 metres kept the ferries in port, the company said.'),
      amount(2, 'below 4 metres', [0, 4], 'm', 'The company expects to resume sailings on Thursday if the swell falls below 4 metres.')),
    unchanged('nor is an offer a strike is called off for ("unless the operator offered at least 250 drivers")',
      amount(1, '180 new drivers', [180, 180], 'driver', 'The operator raised its offer to 180 new drivers, the union said.'),
      amount(2, 'at least 250 drivers', [250, Infinity], 'driver', 'The walkout would go ahead unless the operator offered at least 250 drivers, its spokesman said.')),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} negation: a denial overturned only by the act done, not by a standing rule, another occurrence, a background clause or a recap; agreeing to one act is not another`, () => {
  const noDeal = said('co', 'company', 1, '"There is no agreement, on 4 percent or anything else," a company spokeswoman said');
  const cases: ReadonlyArray<{ name: string; said: Said[]; want: Array<readonly string[]> }> = [
    { name: 'dock strike: "There is no agreement" → the union "signed a pay agreement on Thursday"', want: [['co@1', 'union@2']],
      said: [noDeal, said('union', 'union', 2, 'the handlers signed a pay agreement on Thursday')] },
    negative('the agreement only spoken of ("The agreement gives the handlers a 3.5 percent rise") is no act against the denial',
      noDeal, said('union', 'union', 2, 'the agreement gives the handlers a 3.5 percent rise from September')),
    { name: 'a ransom denied, then reported paid', want: [['co@1', 'paper@2']],
      said: [said('co', 'company', 1, '"No ransom has been paid by us," its spokeswoman said'), said('paper', 'weekly', 2, '1.2 million euros had been paid to the kidnappers')] },
    negative('a standing rule ("We do not pay ransoms") is no denial of one payment',
      said('co', 'charity', 1, '"We do not pay ransoms," its director said'), said('paper', 'weekly', 2, '1.2 million euros had been paid to the kidnappers')),
    negative('"paid nothing" denies the payment: a report repeating the denial confirms nothing',
      said('co', 'company', 1, '"No ransom has been paid by us," its spokeswoman said'), said('co', 'company', 2, 'the company, which has repeated that it paid nothing, will restart work in May')),
    negative('another occurrence ("would not call new strikes") denies none stated before',
      said('air', 'airport', 1, 'the strike had grounded half the flights'), said('union', 'union', 2, 'it would not call new strikes before the vote')),
    negative('a clause of time inside a denied report is background ("… had lost power before sailings were halted")',
      { id: 'co', source: 'operator', article: 1, at: 0, cue: 'denied', text: 'a report that one of its ferries had lost power before sailings were halted' },
      said('radio', 'broadcaster', 2, 'ferries will cross again three days after a storm halted the service')),
    { name: 'a denial of agreeing to an act pairs with the statement of that act ("had agreed to lend" / "has not agreed to lend")', want: [['mag@1', 'min@2']],
      said: [said('mag', 'magazine', 1, 'the ministry had agreed to lend the drum back to the museum for an exhibition'), said('min', 'minister', 2, 'the ministry has not agreed to lend the drum back to the museum')] },
    negative('…not with another agreement ("signed an agreement to return the drum" / "has not agreed to lend it back")',
      said('off', 'officials', 1, 'the two governments signed an agreement to return the drum and 22 other objects'), said('min', 'minister', 2, 'the ministry has not agreed to lend the drum back to the museum')),
    negative('a denial\'s reason told in the past perfect after "had denied" recaps it ("Asked why …, he said: Nothing had been agreed")',
      said('deal', 'companies', 1, 'the group has agreed to buy the chain'),
      { id: 'ceo', source: 'chief executive', article: 2, at: 0, cue: 'said', text: '"Nothing had been agreed, and we had promised our staff," he said', sentence: 'Asked why the company had denied the talks, he said: "Nothing had been agreed, and we had promised our staff," he said' }),
  ];
  for (const c of cases) assert.deepEqual(claimFindings('negation', c.said), c.want, c.name);
});

test(`${P} time: a past start ("since June"), a sentence set in a past year, a time named by the event itself or another occurrence's time is no plan time`, () => {
  const weeks = step(1, 'expected', 'within weeks', '2026-03-10', '2026-04-10', 'The two sides could agree terms within weeks, one of the people said.');
  const cases: ReadonlyArray<{ name: string; timeline: StatusStep[]; want: Array<readonly string[]>; trigger?: string }> = [
    { name: 'a plan time after a vague one is drift ("within weeks" → "by the end of the year")', want: [[weeks.id, 's2-the end of the year']],
      timeline: [weeks, step(2, 'expected', 'the end of the year', '2026-12-01', '2026-12-31', 'The group expected to agree the purchase by the end of the year.')] },
    { name: 'negative: "negotiating since June" gives the talks\' start, no plan time', want: [],
      timeline: [weeks, step(2, 'expected', 'June', '2026-06-01', '2026-06-30', 'The two sides have been negotiating since June and could agree terms soon.')] },
    { name: 'negative: a sentence set in an earlier year ("In 2019, … reopened a month later")', want: [],
      timeline: [weeks, step(2, 'expected', 'a month later', '2026-05-10', '2026-05-10', 'In 2019, a fire forced staff out of the block, which could agree to reopen a month later.')] },
    { name: 'a visit put to next year is drift', want: [['s1-the first half of July', 's2-next year']], trigger: 'visit',
      timeline: [step(1, 'expected', 'the first half of July', '2026-07-01', '2026-07-15', 'The visit could take place in the first half of July.'), step(2, 'expected', 'next year', '2027-01-01', '2027-12-31', 'The visit will now take place next year.')] },
    { name: 'negative: a return visit is another occurrence ("invited the president to make a return visit next year")', want: [], trigger: 'visit',
      timeline: [step(1, 'expected', 'the first half of July', '2026-07-01', '2026-07-15', 'The visit could take place in the first half of July.'), step(2, 'expected', 'next year', '2027-01-01', '2027-12-31', 'Tashkent has also invited the president to make a return visit next year.')] },
    { name: 'negative: a time named by the event itself ("before the election", of the election)', want: [], trigger: 'election',
      timeline: [step(1, 'expected', 'the spring', '2026-03-20', '2026-06-20', 'An early election could be held in the spring.'), step(2, 'expected', 'before the election', null, '2026-06-20', 'Her party would not form a government before the election.')] },
  ];
  for (const c of cases) assert.deepEqual(eventFindings('time', c.timeline, c.trigger ?? 'agree'), c.want, c.name);
});

test(`${P} quantities: a sentence that names the earlier figure it replaces ("instead of the …", "rather than") is compared with that figure`, () => {
  const petrol = amount(1, '214.60 shillings', [214.6, 214.6], 'shilling', 'The price of petrol will rise to 214.60 shillings a litre on October 15, the regulator said.');
  const diesel = amount(1, '198.50 shillings', [198.5, 198.5], 'shilling', 'Diesel will go up to 198.50 shillings a litre, the regulator said.');
  const instead = 'Petrol will cost 199.80 shillings a litre, instead of the 214.60 shillings announced in October, the regulator said.';
  const beside = 'Petrol will cost 199.80 shillings a litre, against 214.60 shillings in Mombasa, the regulator said.';
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    { name: 'fuel prices: "instead of the 214.60 shillings announced" pairs the new price with that one, not with the latest report\'s last price',
      stated: [petrol, diesel, amount(2, '199.80 shillings', [199.8, 199.8], 'shilling', instead), amount(2, '214.60 shillings', [214.6, 214.6], 'shilling', instead)],
      want: [['214.60 shillings', '199.80 shillings', 'drift']] },
    { name: 'crew held: "14 rather than the 12 reported" revises the 12',
      stated: [amount(1, '12 crew members', [12, 12], 'member', 'Pirates are holding 12 crew members, the owner said.'),
        amount(2, '14', [14, 14], 'member', 'Their families put the number of crew members held at 14 rather than the 12 reported so far.'),
        amount(2, '12', [12, 12], 'member', 'Their families put the number of crew members held at 14 rather than the 12 reported so far.')],
      want: [['12 crew members', '14', 'drift']] },
    // (negative) a figure set beside the new one with no word of replacing is a comparison, not the replaced version
    unchanged('an earlier figure beside the new one, set against it ("against 214.60 shillings in Mombasa"), is no replaced version',
      petrol, amount(2, '199.80 shillings', [199.8, 199.8], 'shilling', beside), amount(2, '214.60 shillings', [214.6, 214.6], 'shilling', beside)),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} quantities: a figure set against the earlier one ("more than the 48"); a count is no company metric nor a sum asked; a workforce is its own slot`, () => {
  const named = amount(1, '48 branches', [48, 48], 'branch', 'The bank will close 48 branches, it said.');
  const union = amount(2, '52 branches', [52, 52], 'branch', 'A union said staff at 52 branches had been told of closures.');
  const closing = 'Closing sales began at 61 branches, more than the 48 the bank had named.';
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    { name: 'branch closures: "more than the 48 the bank had named" pairs 61 with the 48, not the latest report\'s 52; "sales" before a count of branches is no metric',
      stated: [named, union, amount(3, '61 branches', [61, 61], 'branch', closing), amount(3, '48', [48, 48], 'count', closing)],
      want: [['48 branches', '61 branches', 'drift']] },
    { name: 'kidnapping: a ransom demanded in Spanish ("exigen un rescate de") and in English are one sum asked',
      stated: [amount(1, '2 millones de dólares', [2e6, 2e6], 'USD', 'Los secuestradores exigen un rescate de 2 millones de dólares, según la policía.'),
        amount(2, '1.5 million dollars', [1.5e6, 1.5e6], 'USD', 'The kidnappers demanded 1.5 million dollars, a negotiator said.')],
      want: [['2 millones de dólares', '1.5 million dollars', 'drift']] },
    // (negatives) a workforce against the people who left; a count against a ransom paid in the same words
    unchanged('a workforce ("employs about 900 people") is no version of those who left ("420 people have now left")',
      amount(1, 'about 900 people', [810, 990], 'person', 'The plant employs about 900 people.'),
      amount(2, '420 people', [420, 420], 'person', 'A total of 420 people have now left the plant, the company said.')),
    unchanged('a workforce in French ("emploie environ 900 salariés") is no version of a count of strikers',
      amount(1, 'environ 900 salariés', [810, 990], 'employee', "L'usine emploie environ 900 salariés."),
      amount(2, '600 employees', [600, 600], 'employee', 'About two thirds of them, 600 employees, stopped work on Monday.')),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} quantities: a figure told as another version of a count ("gave a lower figure of 19 dead") answers the report's figure before it`, () => {
  const ferry = 'The toll from the sinking rose to 23, police said.';
  const lower = 'The district administration gave a lower figure of 19 dead on Monday, saying some bodies had been counted twice.';
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    { name: 'ferry sinking: "rose to 23" and "a lower figure of 19 dead" in one report contradict',
      stated: [amount(1, '23', [23, 23], 'death', ferry), amount(1, '19 dead', [19, 19], 'death', lower)],
      want: [['23', '19 dead', 'contradiction']] },
    { name: 'stand collapse: "a higher figure of 16" answers "risen to 14" of the same report, not an older report\'s figure',
      stated: [amount(1, '12 people', [12, 12], 'death', 'Twelve people were killed when the stand fell.'),
        amount(2, '14', [14, 14], 'death', 'The number of people killed has risen to 14, the ministry said.'),
        amount(2, '16', [16, 16], 'death', 'The hospital gave a higher figure of 16 the same afternoon.')],
      want: [['12 people', '14', 'drift'], ['14', '16', 'contradiction']] },
    { name: 'bus crash: a source that "gave a figure of 24 dead" after "rose to 27" gives its own version of the toll',
      stated: [amount(1, '27', [27, 27], 'death', 'The toll from the bus crash rose to 27, police said.'),
        amount(1, '24 dead', [24, 24], 'death', 'The health directorate gave a figure of 24 dead on Monday.')],
      want: [['27', '24 dead', 'contradiction']] },
    // (negative) a smaller count after a toll, told plainly, stays a part of it
    unchanged('"three died in hospital" after a toll of 23 is a part of the toll',
      amount(1, '23', [23, 23], 'death', ferry), amount(1, 'three', [3, 3], 'death', 'Three of them died in hospital.')),
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});

test(`${P} negation: a claim reported, then denied in the next sentence, pairs by where it stands; never an answer that does not open its sentence, a claim of the outlet's own, or a negated sentence far off`, () => {
  /** A claim put on record at `at` ("X reported that …"): its sentence is the cue, then the content. */
  const reported = (id: string, source: string, at: number, text: string, cue = 'reported'): Said => ({ id, source, article: 1, at, cue, text, sentence: `${source} ${cue} ${text}.` });
  /** A quotation opening its sentence at `at`. */
  const quoted = (id: string, source: string, at: number, text: string): Said => ({ id, source, article: 1, at, cue: 'said', text, sentence: `${text} ${source} said.` });
  const cases: ReadonlyArray<{ name: string; said: Said[]; want: Array<readonly string[]> }> = [
    { name: 'water cuts: "reported that the council would switch off water" / "Industry is not being cut off"', want: [['fm@1', 'mayor@1']],
      said: [reported('fm', 'Khulumani FM', 0, 'that the council would switch off water to the industrial areas'), quoted('mayor', 'mayor', 101, '"Industry is not being cut off,"')] },
    { name: 'a bare denial between them ("The police denied it.") leaves the claim the one answered', want: [['radio@1', 'police@1']],
      said: [reported('radio', 'radio station', 0, 'that a young man had died in custody'),
        { id: 'bare', source: 'police', article: 1, at: 101, cue: 'denied', text: 'it', sentence: 'The police denied it.' },
        quoted('police', 'spokesman', 202, '"No one has died in our custody,"')] },
    { name: 'a denied report two sentences back is what the answer speaks to, not the retelling between', want: [['co@1', 'ceo@1']],
      said: [{ id: 'co', source: 'operator', article: 1, at: 0, cue: 'denied', text: 'a report that one of its ferries had lost power', sentence: 'The operator denied a report that one of its ferries had lost power.' },
        reported('post', 'a post', 101, 'that the ferry drifted for an hour', 'claimed'), quoted('ceo', 'chief executive', 202, '"The ferry did not lose power at any point,"')] },
    { name: 'one sentence: "said it had not paid a ransom, after a radio station reported that it had paid"', want: [['radio@1', 'co@1']],
      said: [{ id: 'co', source: 'company', article: 1, at: 0, cue: 'said', text: 'it had not paid a ransom, after a radio station reported that it had paid $4.5 million', sentence: 'The company said it had not paid a ransom, after a radio station reported that it had paid $4.5 million.' },
        { id: 'radio', source: 'radio station', article: 1, at: 0, cue: 'reported', text: 'that it had paid $4.5 million', sentence: 'The company said it had not paid a ransom, after a radio station reported that it had paid $4.5 million.' }] },
    negative('an answer that does not open its sentence ("The judge granted the delay after lawyers said they had not yet received …")',
      reported('agency', 'agency', 0, 'that the trial was put back to July'),
      { id: 'lawyers', source: 'lawyers', article: 1, at: 101, cue: 'said', text: 'they had not yet received the report', sentence: 'The judge granted the delay after lawyers said they had not yet received the report.' }),
    negative('an outlet\'s own news told before its verb ("…, the agency reported") is no claim on record',
      { id: 'agency', source: 'agency', article: 1, at: 0, cue: 'reported', text: 'The trial was put back to July', sentence: 'The trial was put back to July, the agency reported.' },
      quoted('co', 'company', 101, '"We will not comment on the trial,"')),
    negative('a plain statement said, then an unrelated negated sentence', said('ops', 'truckers', 1, 'the suspension had cost the industry 2 million dollars'), quoted('co', 'company', 101, '"We will not put a ship out in that sea,"')),
    negative('a negated sentence far from the claim', reported('fm', 'Khulumani FM', 0, 'that the council would switch off water'), quoted('mayor', 'mayor', 400, '"Industry is not being cut off,"')),
    negative('the source answering itself', reported('fm', 'Khulumani FM', 0, 'that the council would switch off water'), quoted('fm', 'Khulumani FM', 101, '"Nothing has been decided yet,"')),
  ];
  for (const c of cases) assert.deepEqual(claimFindings('negation', c.said), c.want, c.name);
});

test(`${P} negation: a quotation of several sentences speaks to its first sentence's topic; a standing rule does not block a later denial`, () => {
  const cases: ReadonlyArray<{ name: string; said: Said[]; want: Array<readonly string[]> }> = [
    { name: 'licence: "has not been revoked. It is suspended" denies the revocation, later done', want: [['min@1', 'min2@2']],
      said: [said('min', 'ministry', 1, '"The licence has not been revoked. It is suspended, and a decision will follow," the minister said'), said('min2', 'regulator', 2, 'the ministry has revoked the operating licence')] },
    { name: 'ransom: "We do not pay ransoms" (a rule) leaves a later "Not one euro has been paid" to answer the report', want: [['paper@2', 'ngo2@2']],
      said: [said('ngo', 'charity', 1, '"We do not pay ransoms," its director said'), said('paper', 'weekly', 2, '1.2 million euros had been paid to the kidnappers'),
        { ...said('ngo2', 'director', 2, '"Not one euro has been paid by us or for us," the director said'), at: 300 }] },
  ];
  for (const c of cases) assert.deepEqual(claimFindings('negation', c.said), c.want, c.name);
});

test(`${P} quantities: what a count is of, parts, increments, zones and bounds (count-slots.ts)`, () => {
  const cases: ReadonlyArray<{ name: string; stated: Stated[]; want: Array<[string, string, Finding['severity']]> }> = [
    {
      name: 'mine flood: "the number of miners killed … rose to 14" counts the dead, however far its toll word stands',
      stated: [
        { article: 1, day: '2026-04-02', text: 'nine miners', low: 9, high: 9, unit: 'miner', sentence: 'Floodwater killed nine miners at the Kestrel pit on Wednesday, the company said.' },
        { article: 2, day: '2026-04-04', text: '14', low: 14, high: 14, unit: 'person', sentence: 'The number of miners killed when water flooded the lower galleries of the Kestrel pit on Wednesday rose to 14, the company said.' },
      ],
      want: [['nine miners', '14', 'drift']],
    },
    {
      name: 'ferry sinking: the part that died ("Twenty-two of the 30 people aboard died") is the toll, its whole is not',
      stated: [
        { article: 1, day: '2026-04-02', text: '20 people', low: 20, high: 20, unit: 'person', sentence: 'The sinking killed 20 people, the coastguard said.' },
        { article: 2, day: '2026-04-09', text: 'Twenty-two', low: 22, high: 22, unit: 'person', sentence: 'Twenty-two of the 30 people aboard died, the coastguard said.' },
        { article: 2, day: '2026-04-09', text: '30 people', low: 30, high: 30, unit: 'person', sentence: 'Twenty-two of the 30 people aboard died, the coastguard said.' },
      ],
      want: [['20 people', 'Twenty-two', 'drift']],
    },
    {
      name: 'negative: hunger strike: a part of a group named without a count ("Two of the strikers") is no version of a plain count',
      stated: [
        { article: 1, day: '2026-04-02', text: 'Two', low: 2, high: 2, unit: 'striker', sentence: 'Two of the strikers stopped drinking water on Sunday night.' },
        { article: 2, day: '2026-04-05', text: 'three strikers', low: 3, high: 3, unit: 'striker', sentence: 'The minister met a delegation of three strikers on Friday.' },
      ],
      want: [],
    },
    {
      name: 'grounded jets: two parts of a group named without a count ("on two of them" / "on three of them") are versions of one part',
      stated: [
        { article: 1, day: '2026-04-02', text: 'two', low: 2, high: 2, unit: 'aircraft', sentence: 'Engineers found cracked fuel lines on two of the aircraft, the airline said.' },
        { article: 2, day: '2026-04-05', text: 'three', low: 3, high: 3, unit: 'aircraft', sentence: 'Cracked fuel lines were found on three of the aircraft, the regulator said.' },
      ],
      want: [['two', 'three', 'drift']],
    },
    {
      name: 'negative: salvage: an increment ("a further 6,000 tonnes") is no new figure of the load taken off',
      stated: [
        { article: 1, day: '2026-04-02', text: 'about 4,000 tonnes', low: 3600, high: 4400, unit: 'tonne', sentence: 'The crew will unload about 4,000 tonnes of grain onto a barge.' },
        { article: 2, day: '2026-04-06', text: '6,000 tonnes', low: 6000, high: 6000, unit: 'tonne', sentence: 'Salvors will now unload a further 6,000 tonnes of grain.' },
      ],
      want: [],
    },
    {
      name: 'volcano: a zone\'s radius is compared with radii ("the 6 km zone" → "a 2 km zone"), not with an ash column\'s height',
      stated: [
        { article: 1, day: '2026-04-02', text: '6 km', low: 6, high: 6, unit: 'km', sentence: 'The 6 km zone around the crater stays closed.' },
        { article: 2, day: '2026-04-09', text: 'about 4 km', low: 3.6, high: 4.4, unit: 'km', sentence: 'The eruption threw ash about 4 km into the sky.' },
        { article: 3, day: '2026-05-20', text: '2 km', low: 2, high: 2, unit: 'km', sentence: 'Hikers may again use trails outside a 2 km zone around the crater.' },
      ],
      want: [['6 km', '2 km', 'drift']],
    },
    {
      name: 'negative: storm: "swells of up to 9 metres" and "swells reached 9 metres" are one figure',
      stated: [
        { article: 1, day: '2026-04-02', text: 'up to 9 metres', low: 0, high: 9, unit: 'm', sentence: 'A deep low brought swells of up to 9 metres into the strait.' },
        { article: 2, day: '2026-04-02', text: '9 metres', low: 9, high: 9, unit: 'm', sentence: 'Swells in the strait reached 9 metres on Tuesday evening.' },
      ],
      want: [],
    },
    {
      name: 'protest: "put the turnout at 15,000" counts what the report\'s figure before it counts (the organisers\' count against the police\'s)',
      stated: [
        { article: 1, day: '2026-04-02', text: 'About 9,000 people', low: 8100, high: 9900, unit: 'person', sentence: 'About 9,000 people took part, police said.' },
        { article: 1, day: '2026-04-02', text: '12,000', low: 12000, high: 12000, unit: 'count', sentence: 'The organisers put the turnout at 12,000.' },
      ],
      want: [['About 9,000 people', '12,000', 'contradiction']],
    },
    {
      name: 'clashes: "well below the military count of 38" counts the dead of the figure before it, not its part ("12 of them children")',
      stated: [
        { article: 1, day: '2026-04-02', text: '29 people', low: 29, high: 29, unit: 'person', sentence: 'The rights group said 29 people had died in two weeks of clashes, 12 of them children, well below the military count of 38.' },
        { article: 1, day: '2026-04-02', text: '12', low: 12, high: 12, unit: 'person', sentence: 'The rights group said 29 people had died in two weeks of clashes, 12 of them children, well below the military count of 38.' },
        { article: 1, day: '2026-04-02', text: '38', low: 38, high: 38, unit: 'person', sentence: 'The rights group said 29 people had died in two weeks of clashes, 12 of them children, well below the military count of 38.' },
      ],
      want: [['29 people', '38', 'contradiction']],
    },
    {
      name: 'festival: "raised their estimate … to 71,000 from the 68,000" counts what the 68,000 counted, and answers it, not the report\'s nearer figure',
      stated: [
        { article: 1, day: '2026-04-05', text: 'about 68,000 people', low: 61200, high: 74800, unit: 'person', sentence: 'The gathering drew about 68,000 people on Saturday, its busiest day, the organisers said.' },
        { article: 2, day: '2026-04-07', text: 'nearly 190,000 people', low: 171000, high: 190000, unit: 'person', sentence: 'The organisers say nearly 190,000 people came over the weekend.' },
        { article: 2, day: '2026-04-07', text: '71,000', low: 71000, high: 71000, unit: 'count', sentence: 'The organisers also raised their estimate for Saturday to 71,000 from the 68,000 they gave on Sunday.' },
      ],
      want: [['about 68,000 people', 'nearly 190,000 people', 'drift'], ['about 68,000 people', '71,000', 'drift']],
    },
    {
      name: 'mill: "the number of job losses has fallen again, to 395" counts jobs',
      stated: [
        { article: 1, day: '2026-01-14', text: '410 jobs', low: 410, high: 410, unit: 'job', sentence: 'The company will cut 410 jobs at the mill, it said.' },
        { article: 2, day: '2026-02-20', text: '395', low: 395, high: 395, unit: 'loss', sentence: 'The number of job losses has fallen again, to 395, the broadcaster reported.' },
      ],
      want: [['410 jobs', '395', 'drift']],
    },
  ];
  for (const c of cases) assert.deepEqual(quantityPairs(c.stated), c.want, c.name);
});
