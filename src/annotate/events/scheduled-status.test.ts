import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../../doc/schemas/events.js';
import { annotateEvents } from './pipeline.js';

interface Case {
  readonly text: string;
  readonly published: string;
  readonly lemma: string;
  readonly status?: Event['status'];
  readonly modality?: Event['modality'];
  /** The text of the event's time, or null for none. */
  readonly time?: string | null;
  readonly maxCertainty?: number;
}

const CASES: readonly Case[] = [
  // a change of plan named as the noun's attribute, with a new plan after it, is history (events 1.101.0)
  { text: 'The postponed summit will now be held on Monday, September 7.', published: '2026-08-20', lemma: 'summit', status: 'scheduled' },
  { text: 'The postponed summit has not been rescheduled.', published: '2026-08-20', lemma: 'summit', status: 'cancelled' },
  // what something makes possible is ahead, not over (events 1.104.0)
  { text: 'The vote paved the way for a summit between the two leaders.', published: '2026-08-20', lemma: 'summit', modality: 'expected' },
  { text: 'The summit was held on their way to the border.', published: '2026-08-20', lemma: 'summit', status: 'occurred' },
  // a noun's work begun goes on (events 1.102.0)
  { text: 'The ministry launched its vaccination campaign on Monday.', published: '2026-08-20', lemma: 'campaign', status: 'in-progress' },
  // a noun's work said done in the present (events 1.102.0)
  { text: 'The summit is over, officials said on Friday.', published: '2026-08-20', lemma: 'summit', status: 'occurred' },
  { text: 'The restoration of the museum is complete.', published: '2026-08-20', lemma: 'restore', status: 'occurred' },
  { text: 'The talks are over the border dispute.', published: '2026-08-20', lemma: 'talks', status: undefined },
  // an aspectual verb read as a counted event is the noun's predicate, not an edge of its cues (events 1.101.0)
  { text: 'The strike will begin on Monday in 14 towns.', published: '2026-08-20', lemma: 'strike', modality: 'planned' },
  // preparations: anticipated, never under way
  { text: 'Preparations are under way for the visit of President Ilse Marrow to Lisbon.', published: '2026-03-04', lemma: 'visit', status: 'anticipated' },
  { text: 'The ground is being prepared for a visit by Premier Owen Tallis to Riga.', published: '2026-03-04', lemma: 'visit', status: 'anticipated' },
  { text: 'Premier Owen Tallis is prepared to visit Riga if invited.', published: '2026-03-04', lemma: 'visit', status: undefined, modality: 'hypothetical' },
  // arrival for a visit, presence on a visit: under way
  { text: 'President Ilse Marrow arrived in Lisbon on Tuesday for a three-day state visit.', published: '2026-03-04', lemma: 'visit', status: 'in-progress' },
  { text: 'Premier Owen Tallis, on a two-day visit to Riga, met the speaker.', published: '2026-03-04', lemma: 'visit', status: 'in-progress' },
  { text: 'Premier Owen Tallis will arrive in Riga on Monday for a state visit.', published: '2026-03-04', lemma: 'visit', status: 'anticipated' },
  // set to: scheduled needs a day
  { text: 'President Ilse Marrow is set to visit Lisbon soon.', published: '2026-03-04', lemma: 'visit', status: 'anticipated' },
  { text: 'President Ilse Marrow is set to visit Lisbon on March 18.', published: '2026-03-04', lemma: 'visit', status: 'scheduled' },
  { text: 'A date for the visit has been set.', published: '2026-03-04', lemma: 'visit', status: 'scheduled' },
  // denial, doubt and bounds
  { text: 'There are no such plans for Premier Owen Tallis to visit Riga.', published: '2026-03-04', lemma: 'visit', modality: 'negated', status: undefined },
  { text: 'A visit by Premier Owen Tallis to Riga is not planned yet, officials said.', published: '2026-03-04', lemma: 'visit', modality: 'negated' },
  { text: 'A visit by Premier Owen Tallis to Riga now looks doubtful.', published: '2026-03-04', lemma: 'visit', status: 'anticipated', maxCertainty: 0.3 },
  { text: 'The visit by Premier Owen Tallis will not take place before June 26.', published: '2026-03-04', lemma: 'visit', modality: 'expected', status: 'anticipated' },
  { text: 'There is no doubt that Premier Owen Tallis will visit Riga in May.', published: '2026-03-04', lemma: 'visit', status: 'anticipated', modality: 'planned' },
  // organising a visit is preparing it; having organised one is not
  { text: 'The foreign office has begun organising the visit of Premier Owen Tallis to Riga.', published: '2026-03-04', lemma: 'visit', status: 'anticipated' },
  { text: 'Officials are arranging a visit by Premier Owen Tallis to Riga.', published: '2026-03-04', lemma: 'visit', status: 'anticipated' },
  // "travel to X" is a visit; set to travel without a date is anticipated
  { text: 'Premier Owen Tallis is set to travel to Riga soon, officials said.', published: '2026-03-04', lemma: 'travel', status: 'anticipated' },
  { text: 'Premier Owen Tallis travelled to Riga on Monday.', published: '2026-03-04', lemma: 'travel', status: 'occurred' },
  // the statement's time is not the event's
  { text: 'The spokesman said on Monday that the visit would take place in May.', published: '2026-03-04', lemma: 'visit', time: 'May' },
  { text: 'The minister told reporters on Tuesday that the talks had gone well.', published: '2026-03-04', lemma: 'talks', time: null },
  { text: 'Premier Owen Tallis visited Riga on Monday, the ministry said.', published: '2026-03-04', lemma: 'visit', time: 'Monday', status: 'occurred' },
  // "the visit was announced" dates the announcement
  { text: 'Premier Owen Tallis will visit Riga on May 14; the visit was announced by Meridian News.', published: '2026-03-04', lemma: 'visit', status: 'scheduled' },
  // what an inquiry or a report is about has happened; the plan is the inquiry's (events 1.29.2)
  { text: 'The authority expects to publish a preliminary report on the fire within 30 days.', published: '2026-03-04', lemma: 'fire', status: 'occurred' },
  { text: 'Police will open an investigation into the explosion at the depot.', published: '2026-03-04', lemma: 'explosion', status: 'occurred' },
  { text: 'The board will publish its review of the March 3 blast next week.', published: '2026-03-04', lemma: 'explosion', status: 'occurred' },
  // negatives: a plan or an allegation stays unsettled; a report that a thing will happen is no report on it
  { text: 'The regulator will open an inquiry into the planned strike.', published: '2026-03-04', lemma: 'strike', status: 'anticipated' },
  { text: 'The union will strike on Monday, a report said.', published: '2026-03-04', lemma: 'strike', status: 'scheduled' },
];

/** "travel" as a noun (an industry, a rule, a warning) is never a visit. */
const NOT_TRAVEL: readonly string[] = [
  'The ministry lifted its travel ban on Riga.',
  'Business travel to Riga fell sharply last year.',
  'The embassy advised against travel to Riga.',
  'A travel advisory for Riga remains in force.',
  'Restrictions on travel to Riga were eased.',
];

for (const text of NOT_TRAVEL) {
  test(`events/scheduled: no travel event in: ${text}`, () => {
    const doc = annotateEvents(text, { published: '2026-03-04' });
    assert.deepEqual((doc.layers.events ?? []).filter((e) => e.lemma === 'travel').map((e) => e.lemma), []);
  });
}

for (const c of CASES) {
  test(`events/scheduled: ${c.text}`, () => {
    const doc = annotateEvents(c.text, { published: c.published });
    const events = (doc.layers.events ?? []).filter((e) => e.lemma === c.lemma);
    assert.ok(events.length, `no ${c.lemma} event`);
    const e = events[0]!;
    if ('status' in c) assert.equal(e.status, c.status);
    if (c.modality) assert.equal(e.modality, c.modality);
    if (c.time !== undefined) assert.equal(e.time ? c.text.slice(e.time.start, e.time.end) : null, c.time);
    if (c.maxCertainty !== undefined) assert.ok(e.certainty <= c.maxCertainty, `certainty ${e.certainty}`);
    // every mention of one visit in one report is one cluster
    if (c.text.includes('the visit was announced')) assert.equal(new Set(events.map((x) => x.cluster)).size, 1);
  });
}
