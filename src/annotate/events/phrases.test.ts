/**
 * Events 1.112.0 (helper hphrase, issues 12/18): multiword event expressions (phrases.ts, domains.ts PHRASE_LEMMAS). A
 * phrase reads as its single-word equivalent's event (lemma, type, family), in any form of its verb and with a short
 * object where English allows one; a light verb's phrase leaves the event to its noun. Sentences written for these
 * tests, each positive beside a negative.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEvents } from './pipeline.js';
import { eventAt } from './testing/event-at.js';

const PUBLISHED = '2026-05-10';

interface PhraseCase {
  readonly text: string;
  /** The verb the phrase's trigger stands on. */
  readonly word: string;
  /** The lemma and type it must read as, or null: no event of the phrase's reading on the word. */
  readonly want: { readonly lemma: string; readonly type: string; readonly family?: string } | null;
}

const COLLAPSE = { lemma: 'collapse', type: 'DISASTER', family: 'incident' } as const;
const DERAIL = { lemma: 'derail', type: 'DISASTER', family: 'incident' } as const;

const CASES: readonly PhraseCase[] = [
  // events 1.113.0: a burial laid to rest, in a report of a death; fears laid to rest are none
  { text: 'The former president died on Monday. He will be laid to rest in his home village on Sunday.', word: 'laid', want: { lemma: 'burial', type: 'POLITICAL' } },
  { text: 'The minister laid to rest fears of a strike on Monday.', word: 'laid', want: null },
  // a structure gives way as it collapses, in every form of the verb; a hillside's is a landslide
  { text: 'The roof of a tunnel 380 metres below the surface gave way on June 3.', word: 'gave', want: COLLAPSE },
  { text: 'A section of the east stand at the stadium gave way during the match.', word: 'gave', want: COLLAPSE },
  { text: 'Engineers feared the dam wall was giving way.', word: 'giving', want: COLLAPSE },
  { text: 'Festival director Maarten Kuipers dismissed reports that a stage had given way.', word: 'given', want: COLLAPSE },
  { text: 'A hillside gave way before dawn above the village.', word: 'gave', want: { lemma: 'landslide', type: 'DISASTER', family: 'incident' } },
  // yielding, and no structure: none
  { text: 'The bridge plan gave way to a cheaper tunnel.', word: 'gave', want: null },
  { text: 'The government gave way on pensions after the strikes.', word: 'gave', want: null },
  // a stage or a tent that comes down or blows over; a plane that comes down crashes; prices that come down do not
  { text: 'A bar tent blew over in a storm on the first night.', word: 'blew', want: COLLAPSE },
  { text: 'The plane was carrying 41 people when it came down on the slopes of the Aberdares.', word: 'came', want: { lemma: 'crash', type: 'DISASTER', family: 'incident' } },
  { text: 'Fuel prices came down in March.', word: 'came', want: null },
  // a train off its rails; talks off the rails are none
  { text: 'In October 2019 a freight train came off the rails at the same pass.', word: 'came', want: DERAIL },
  { text: 'Five of the train\'s eleven carriages left the track at about 2:40 a.m.', word: 'left', want: DERAIL },
  { text: 'The peace talks came off the rails in March.', word: 'came', want: null },
  // voters at the polls vote; where the clause names the election, the noun is its trigger
  { text: 'Voters last went to the polls on a single question in 2012.', word: 'went', want: { lemma: 'elect', type: 'POLITICAL', family: 'election' } },
  { text: 'Voters in Norland go to the polls on Sunday in a presidential election.', word: 'go', want: null },
  // a grid that goes down is an outage; a ship that goes down is not one
  { text: 'A transformer caught fire as the grid went down.', word: 'went', want: { lemma: 'outage', type: 'DISASTER' } },
  { text: 'The ferry went down in the strait.', word: 'went', want: null },
  // an approver signs off (with an object between: "signs them off"); a signatory's "signed off by" and "signed off sick" are none
  { text: 'About $25 million would be disbursed once the board signs off.', word: 'signs', want: { lemma: 'approve', type: 'AGREE', family: 'approval' } },
  { text: 'The regulator signs them off after each inspection.', word: 'signs', want: { lemma: 'approve', type: 'AGREE', family: 'approval' } },
  { text: 'The fire officers signed off on the repairs to the alarm system.', word: 'signed', want: { lemma: 'approve', type: 'AGREE', family: 'approval' } },
  { text: 'The pipeline, signed off by the two governments in November, is now put at some 440 km.', word: 'signed', want: null },
  { text: 'The goalkeeper signed off sick for a week.', word: 'signed', want: null },
  // people moved out (an object between: "move 45 children out") are evacuated; furniture is not
  { text: 'The evacuation has been widened, bringing the number of people moved out to 3,400.', word: 'moved', want: { lemma: 'evacuate', type: 'CASUALTY', family: 'incident' } },
  { text: 'Staff had to move 45 children out of the ward.', word: 'move', want: { lemma: 'evacuate', type: 'CASUALTY', family: 'incident' } },
  { text: 'The company moved its headquarters out of the city.', word: 'moved', want: null },
  { text: 'All 64 passengers and four crew members left the aircraft on the emergency slides.', word: 'left', want: { lemma: 'evacuate', type: 'CASUALTY', family: 'incident' } },
  { text: 'The pilot left the plane at the gate.', word: 'left', want: null },
  // people who left their homes in a report of an evacuation were evacuated; commuters were not
  { text: 'The evacuation was widened on Tuesday. Some 3,000 people left their homes for about a month.', word: 'left', want: { lemma: 'evacuate', type: 'CASUALTY', family: 'incident' } },
  { text: 'Workers left their homes at dawn.', word: 'left', want: null },
  // aircraft kept on the ground are grounded
  { text: 'Those aircraft will stay on the ground until the authority signs them off.', word: 'stay', want: { lemma: 'ground', type: 'ECONOMY' } },
  { text: 'The climbers will stay on the ground floor tonight.', word: 'stay', want: null },
  // a system back online is restored; a plant on stream opens
  { text: 'The imaging archive came back online on Tuesday.', word: 'came', want: { lemma: 'restore', type: 'ECONOMY' } },
  { text: 'The children came back on Tuesday.', word: 'came', want: null },
  { text: 'The extension of the desalination plant will come on stream in October.', word: 'come', want: { lemma: 'open', type: 'ECONOMY' } },
  // firms that join forces merge; the police and the army do not
  { text: 'The two airlines have tried this before: a 2019 plan to join forces was abandoned.', word: 'join', want: { lemma: 'acquire', type: 'ECONOMY' } },
  { text: 'Police and soldiers will join forces to patrol the border.', word: 'join', want: null },
  // someone pushed out of an office is dismissed; people forced out of their homes are not
  { text: 'She returned as chief executive six weeks after she was pushed out.', word: 'pushed', want: { lemma: 'dismiss', type: 'POLITICAL' } },
  { text: 'Thousands were forced out of their homes by the floods.', word: 'forced', want: null },
];

test('events/phrases: a multiword phrase reads as its single-word equivalent, or as none', () => {
  for (const c of CASES) {
    const ev = eventAt(c.text, c.word, PUBLISHED);
    if (c.want === null) {
      assert.ok(!ev || !ev.rule?.startsWith('phrase:'), `${c.word}: ${c.text} read as ${ev?.lemma} (${ev?.rule})`);
      continue;
    }
    assert.ok(ev, `${c.word}: ${c.text} has no event`);
    assert.equal(ev.lemma, c.want.lemma, `${c.word}: ${c.text}`);
    assert.equal(ev.type, c.want.type, `${c.word}: ${c.text}`);
    if (c.want.family) assert.equal(ev.family, c.want.family, `${c.word}: ${c.text}`);
  }
});

/**
 * A treaty, a traffic zone or new prices taking effect are the measure's own step, as a law's is; a drug's is none. The
 * single-word tables read these on their noun (domains.ts in-force, charge).
 */
const IN_FORCE: ReadonlyArray<readonly [string, string, string | null]> = [
  ['A free-trade agreement between Mozambique and Malaysia came into force on Wednesday.', 'force', 'in-force'],
  ['The agreement will take effect once both sides have completed their procedures.', 'effect', 'in-force'],
  ["Cameras began fining older cars as the city's low-emission zone came into force.", 'force', 'ban'],
  ['The rise was confirmed. The higher fuel prices took effect on Sunday.', 'effect', 'price-rise'],
  ['The sedative took effect within minutes.', 'effect', null],
  // charges brought or pressed are the charge, on the noun as the events gold has it (a fee is none)
  ['Prosecutors have until Thursday to decide whether to bring charges.', 'charges', 'charge'],
  ['The bank brought charges down for small savers.', 'charges', null],
  ['The new rules on parking came into force on Monday.', 'force', null],
];

test('events/phrases: what comes into force or takes effect is the measure it names; charges brought are a charge', () => {
  for (const [text, word, lemma] of IN_FORCE) {
    const ev = eventAt(text, word, PUBLISHED);
    if (lemma === null) assert.equal(ev, undefined, `${word}: ${text} read as ${ev?.lemma}`);
    else assert.equal(ev?.lemma, lemma, `${word}: ${text}`);
  }
});

/** A phrase's event reads its modality, status and phase as its single-word equivalent's ("gave way" as "collapsed"). */
const READINGS: ReadonlyArray<readonly [string, string, { modality: string; status?: string; phase?: string }]> = [
  ['The roof of the mine gave way on May 3.', 'gave', { modality: 'asserted', status: 'occurred', phase: 'struck' }],
  ['The roof of the mine collapsed on May 3.', 'collapsed', { modality: 'asserted', status: 'occurred', phase: 'struck' }],
  ['Engineers warned that the roof of the mine could give way at any time.', 'give', { modality: 'hypothetical' }],
  ['The free-trade agreement will come into force on July 1.', 'force', { modality: 'planned' }],
];

test('events/phrases: a phrase event reads as its single-word equivalent does', () => {
  for (const [text, word, want] of READINGS) {
    const ev = eventAt(text, word, PUBLISHED);
    assert.ok(ev, `${word}: ${text} has no event`);
    assert.equal(ev.modality, want.modality, `${word}: ${text}`);
    assert.equal(ev.status, want.status, `${word}: ${text}`);
    assert.equal(ev.phase, want.phase, `${word}: ${text}`);
  }
});

/** A light verb's phrase is no event of its own (no happening either): the event is the noun's. */
const LIGHT: ReadonlyArray<readonly [string, string, string]> = [
  ['A warehouse caught fire on Sunday.', 'caught', 'fire'],
  ['Gunmen opened fire on a bus on Monday.', 'opened', 'fire'],
  ['Fighting broke out in the capital.', 'broke', 'Fighting'],
  ['The strike went ahead on Monday.', 'went', 'strike'],
  ['The court handed down a 10-year sentence.', 'handed', 'sentence'],
];

test('events/phrases: a light verb leaves the event to its noun', () => {
  for (const [text, verb, noun] of LIGHT) {
    const events = annotateEvents(text, { published: PUBLISHED }).layers.events ?? [];
    const at = (w: string): number => new RegExp(`\\b${w}\\b`).exec(text)!.index;
    assert.ok(!events.some((e) => e.trigger.start === at(verb)), `${verb}: ${text} has an event at the verb`);
    assert.ok(events.some((e) => e.trigger.start === at(noun)), `${noun}: ${text} has no event at the noun`);
  }
  // not a phrase: the verb keeps its own reading ("caught the robbers" is no light "caught fire")
  const robbers = annotateEvents('Police caught the robbers on Monday.', { published: PUBLISHED }).layers.events ?? [];
  assert.ok(robbers.some((e) => e.trigger.start === 'Police '.length), 'caught: the verb of "caught the robbers" is no light phrase');
});
