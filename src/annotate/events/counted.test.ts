import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateEvents } from './pipeline.js';
import { isCountedEvent } from './counted.js';

const P = 'events/counted:';
const PUBLISHED = '2025-04-15';

interface Row {
  readonly text: string;
  /** The amount asked about. */
  readonly amount: string;
  /** The trigger of the event the amount is about, or null. */
  readonly event: string | null;
  /** Whether that event is a counted one (no lexicon trigger there). */
  readonly counted?: boolean;
}

const ROWS: readonly Row[] = [
  { text: 'Rescue teams pulled 35 survivors from the collapsed hotel on Monday.', amount: '35 survivors', event: 'pulled', counted: true },
  { text: 'Exports rose 7.2% in the first quarter, the statistics office said.', amount: '7.2%', event: 'rose', counted: true },
  // people trapped are missing in the lexicon since events 1.82.0, so no counted event is added there
  { text: 'At least 9 miners were trapped underground overnight.', amount: 'At least 9 miners', event: 'trapped', counted: false },
  { text: 'The donors pledged $400 million for the reconstruction of the port.', amount: '$400 million', event: 'pledged', counted: true },
  { text: 'The museum received a donation of 3 million euros from the foundation.', amount: '3 million euros', event: 'donation', counted: true },
  // a lexicon trigger that governs the amount wins over a nearer or earlier one
  { text: 'After the earthquake, soldiers evacuated 1,200 residents from the old town.', amount: '1,200 residents', event: 'evacuated', counted: false },
  // "the death toll rose": the amount counts the deaths of the event named, not a rising
  { text: 'The death toll from the mudslide rose to 52 on Friday.', amount: '52', event: 'mudslide', counted: false },
  // a light verb passes the amount to the event beside it
  { text: 'The typhoon left 80,000 homes without electricity.', amount: '80,000 homes', event: 'typhoon', counted: false },
  // a past tense right before its amount is its verb where the tagger misses it
  { text: 'The strike stranded some 60,000 travellers and delayed 420 trains.', amount: 'some 60,000 travellers', event: 'stranded', counted: true },
  // a verb the lexicon has keeps the amount as its own ("grounded 420 flights": aircraft grounded, events 1.35.0)
  { text: 'The strike grounded 420 flights and stranded some 60,000 travellers.', amount: '420 flights', event: 'grounded', counted: false },
  // a participle opening a clause after a comma or "and", right before its amount; after a noun a participle modifies it
  { text: 'An earthquake struck off Sumatra, killing at least eight people and damaging more than 300 buildings.', amount: 'more than 300 buildings', event: 'damaging', counted: true },
  { text: 'Relief camps housing about 18,000 people were set up near the border.', amount: 'about 18,000 people', event: null },
  // a verb the tagger reads as reporting, with an amount for its object: a recall of goods is the lexicon's own (events 1.27.0)
  { text: 'The carmaker recalled 85,000 cars over faulty brakes.', amount: '85,000 cars', event: 'recalled', counted: false },
  // the noun beside a light verb, read with a lower margin; the head of its phrase, not a modifier
  { text: 'Police estimated that 20,000 people joined the rehearsal.', amount: '20,000 people', event: 'rehearsal', counted: true },
  // the lexicon's own event takes the amount as well (a march is a protest since events 1.20.0)
  { text: 'Police estimated that 20,000 people joined the march.', amount: '20,000 people', event: 'march', counted: false },
  { text: 'The aircraft, with 96 passengers on board, made an emergency landing in Orsk.', amount: '96 passengers', event: 'landing', counted: true },
  // a trigger inside the mention that modifies the counted noun is not its event
  // (a prisoner exchange is in the lexicon since events 1.81.0: the amount attaches to it, no counted event is added)
  { text: 'The rebels freed 19 hostages in exchange for 30 detained fighters.', amount: '30 detained fighters', event: 'exchange', counted: false },
  // a light verb's subject inside a noun phrase
  { text: 'Organisers said the marathon attracted some 40,000 runners.', amount: 'some 40,000 runners', event: 'marathon', counted: true },
  // a fine imposed is a legal penalty the lexicon reads (events 1.62.0); its amount is its size
  { text: 'The regulator imposed a fine of $2 million on the airline.', amount: '$2 million', event: 'fine', counted: false },
  // a gathering or contest an amount takes part in through a light verb, even where the tagger does not read it
  { text: 'More than 60 Kazakh companies will take part in the business forum in Astana.', amount: 'More than 60 Kazakh companies', event: 'forum', counted: true },
  { text: 'Some 3,000 troops will take part in the joint drills near the border.', amount: 'Some 3,000 troops', event: 'drills', counted: true },
  // what a subject amount measures is no event; its verb is
  { text: 'The minister said 300 tonnes of humanitarian aid would be flown to the region.', amount: '300 tonnes', event: 'flown', counted: true },
  // a noun of change measured by the amount after "of", though a determiner stands before it
  { text: 'Grain exports reached 41 million tonnes, an increase of 7 per cent on the year before.', amount: '7 per cent', event: 'increase', counted: true },
  { text: 'The company posted a fall of 2.1% in quarterly sales.', amount: '2.1%', event: 'fall', counted: true },
  // a count of gatherings or contests counts those events
  { text: 'The striker has scored 31 goals in 40 matches this season.', amount: '40 matches', event: 'matches', counted: true },
  { text: 'The band played 12 concerts in Germany last year.', amount: '12 concerts', event: 'concerts', counted: true },
  // "reported" with a count for its object records it; with a reported clause after the amount it reports
  { text: 'The health ministry reported 2,315 new measles cases in the week to Sunday.', amount: '2,315 new measles cases', event: 'reported', counted: true },
  { text: 'Officials reported 40 people were killed in the blast.', amount: '40 people', event: 'killed', counted: false },
  // an outcome that stands for the people counted is their event; "dead" is a state the event left them in
  { text: 'Ferry capsizes off Bali, 11 missing', amount: '11 missing', event: 'missing', counted: true },
  { text: 'The explosion left 14 dead at the refinery.', amount: '14 dead', event: 'explosion' },
  // the verb "cost" with an amount for its object; not the noun, nor a price
  { text: 'The strike cost the carmaker an estimated 90 million euros a day.', amount: 'an estimated 90 million euros a day', event: 'cost', counted: true },
  { text: 'The flood defences, built at a cost of $300 million, failed within hours.', amount: '$300 million', event: 'built' },
  { text: 'Diesel now costs 1.85 euros a litre.', amount: '1.85 euros a litre', event: null },
  // negatives: a reporting verb is no counted event, nor a number in a clause with no event
  { text: 'Officials recalled 4,000 people were in shelters.', amount: '4,000 people', event: null },
  { text: 'Officials said 4,000 people were in shelters.', amount: '4,000 people', event: null },
  { text: 'The bridge, 2.4 kilometres long, is the longest in the region.', amount: '2.4 kilometres', event: null },
  // a light verb with an event of its own: carrying people to care, "take" with a share (events 1.64.0)
  { text: 'Eleven people were taken to hospital after a gas leak at a school.', amount: 'Eleven people', event: 'taken', counted: true },
  { text: 'Ambulances took 23 passengers to three hospitals in the city.', amount: '23 passengers', event: 'took', counted: true },
  { text: 'Sokolova took 57.8% in the first round.', amount: '57.8%', event: 'took', counted: true },
  { text: 'The alliance took 143 of the 300 seats in the lower house.', amount: '143', event: 'took', counted: true },
  // negatives: "take" with a count of people, or to a place that is no hospital, stays light
  { text: 'About 300 workers took part in the walkout at the plant.', amount: 'About 300 workers', event: 'walkout' },
  { text: 'The buses took 40 fans to the stadium.', amount: '40 fans', event: null },
  // votes after "by" or "with" are the votes taken; votes cast for a candidate are not
  { text: 'The resolution was adopted with 120 votes in favour.', amount: '120 votes', event: 'votes', counted: true },
  { text: 'The bill passed by 312 votes to 190.', amount: '312 votes', event: 'votes' },
  { text: 'Lawmakers passed the reform by a margin of 14 votes.', amount: '14 votes', event: 'votes', counted: true },
  { text: 'The coalition won the election by 14 seats.', amount: '14 seats', event: 'won' },
  // people brought to safety; people taken hostage (a kidnapping the lexicon reads since events 1.74.0: no counted event)
  { text: 'The 12 miners trapped in the shaft were brought to the surface on Thursday.', amount: '12 miners', event: 'brought', counted: true },
  { text: 'Gunmen stormed a hotel, killing at least 9 people and taking 30 others hostage.', amount: '30 others', event: 'taking', counted: false },
  // a firm's result measured after "of"; not a measure of a noun that is no result
  { text: 'The company reported a net profit of 640 million dollars for the quarter.', amount: '640 million dollars', event: 'profit', counted: true },
  { text: 'The merger would create a company with annual sales of roughly €18bn.', amount: 'roughly €18bn', event: 'merger' },
  // a word of a time expression is no counted event: the month, not a march (events 1.82.0)
  { text: 'Consumer prices rose 0.4% in March from February, taking the annual rate to 2.9%.', amount: '2.9%', event: 'rose' },
  // a bare infinitive before its amount, read by the tagger below its margin
  { text: 'The city plans to plant 100,000 trees by the end of the decade.', amount: '100,000 trees', event: 'plant', counted: true },
];

test(`${P} the event an amount is about, added when the lexicon lacks it, and the quantity attached to it`, () => {
  for (const r of ROWS) {
    const doc = annotateEvents(r.text, { published: PUBLISHED });
    const q = (doc.layers.quantities ?? []).find((x) => r.text.slice(x.start, x.end) === r.amount);
    assert.ok(q, `${r.text}: "${r.amount}" is read`);
    const e = (doc.layers.events ?? []).find((x) => x.id === q.event);
    assert.equal(e ? r.text.slice(e.trigger.start, e.trigger.end) : null, r.event, r.text);
    if (e && r.counted !== undefined) assert.equal(isCountedEvent(e), r.counted, `${r.text}: counted`);
    if (e && isCountedEvent(e)) assert.equal(e.type, 'OCCURRENCE');
  }
});

test(`${P} no counted event on a sentence without amounts, on a reporting verb or on a light verb`, () => {
  const cases = [
    'Exports rose sharply in the first quarter.',
    'The ministry said 300 people attended.',
    'The storm left 9,000 homes without power.',
    // a past participle after a determiner modifies the amount's noun
    'Shares in the listed 40 companies were suspended.',
    // a noun beside a light verb that the tagger does not read as an event, and a modifier before the head
    'About 300 workers joined the union at the plant.',
    'Some 50 companies joined the trade group.',
    // a light verb's bare plural subject, and a modifier before the subject's head
    'Organisers put the crowd at 15,000.',
    'The opposition alliance took 143 of the 300 seats.',
    // a gathering noun that no light verb relates to an amount
    'The forum opened as 40 companies announced results.',
    // a noun of change with no amount after its "of", and one amount away from it
    'The rise in prices hit 40 stores.',
    'The increase of the levy angered 300 farmers.',
  ];
  for (const text of cases) {
    const counted = (annotateEvents(text, { published: PUBLISHED }).layers.events ?? []).filter(isCountedEvent).map((e) => text.slice(e.trigger.start, e.trigger.end));
    assert.ok(!['rose', 'said', 'left', 'listed', 'union', 'trade', 'group', 'Organisers', 'opposition', 'forum', 'rise', 'increase'].some((w) => counted.includes(w)), `${text}: ${counted.join(', ')}`);
  }
});
