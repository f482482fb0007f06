import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuantityObservation } from './state.js';
import { changedFrom, isIncrement, isPartitiveWhole, isRate, isUncountedPart, lengthSlot, numberOfPhrase, sameVagueFigure } from './count-slots.js';

/** An amount `text` in `sentence` (only the fields count-slots reads), with its interval and unit where a rule reads them. */
const amount = (sentence: string, text: string, extra: Partial<QuantityObservation> = {}): QuantityObservation =>
  ({ text, at: sentence.indexOf(text), evidence: { text: sentence }, ...extra }) as unknown as QuantityObservation;

test('isUncountedPart: a bare figure and a group named without a count, or the rest or first of one', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Two of the strikers were taken to hospital on Sunday night.', 'Two', true],
    ['Hung said 51 people were treated, nine of them in a serious condition.', 'nine', true],
    ['The union said about 17,000 of its members were expected to stop work.', 'about 17,000', true],
    // the quantities layer may take the whole into the amount's text
    ['The coalition holds 98 seats after two of its deputies left last month.', 'two of its deputies', true],
    ['The remaining seven floors will reopen in the coming weeks.', 'seven floors', true],
    ['The rescue was called off after teams found the last two people missing.', 'two people', true],
    // negatives: a whole given in figures, a noun before "of", a plain count, "other" without "the"
    ['Nine of 12 economists polled had expected the hold.', 'Nine', false],
    ['The Civic Alliance had 61 of the 151 seats in parliament.', '61', false],
    ["Five of the train's eleven carriages left the track.", 'Five', false],
    ['An independent monitor recorded three short breaches of the decibel limit.', 'three short breaches', false],
    ['The agency closed trails within 4 km of the summit crater.', '4 km', false],
    ['Five strikers have been treated in hospital so far.', 'Five strikers', false],
    ['Nine other runners were treated in hospital for dehydration.', 'Nine other runners', false],
  ];
  for (const [sentence, text, want] of cases) assert.equal(isUncountedPart(amount(sentence, text)), want, text);
});

test('isPartitiveWhole: the whole a partitive counts the part of', () => {
  const s = 'Thirty-nine of the 41 people aboard died in the crash.';
  assert.equal(isPartitiveWhole(s, s.indexOf('41')), true);
  const t = 'The company plans to close about 40 of its 212 stores.';
  assert.equal(isPartitiveWhole(t, t.indexOf('212')), true);
  // negatives: the part itself, and a plain count after "of"
  assert.equal(isPartitiveWhole(s, 0), false);
  const u = 'The plane was carrying 41 people, police said.';
  assert.equal(isPartitiveWhole(u, u.indexOf('41')), false);
  const v = 'The signatures of 62 deputies were handed in.';
  assert.equal(isPartitiveWhole(v, v.indexOf('62')), false);
});

test('isIncrement: an amount added to a count', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Salvors will now unload a further 6,000 tonnes of clinker to lighten it.', '6,000 tonnes', true],
    ['The agency grounded the type, taking another 29 jets out of service.', '29 jets', true],
    ['Two more deputies added their names to the motion this week.', 'Two more deputies', true],
    ['Two more deputies added their names to the motion this week.', 'Two', true],
    ['The council hired an additional 40 inspectors.', '40 inspectors', true],
    // negatives: a difference ("more than"), a plain count, "other"
    ['The union says more than 300 members joined, three more than last year.', 'more than 300 members', false],
    ['The crew will unload about 4,000 tonnes of clinker onto a barge.', 'about 4,000 tonnes', false],
    ['The minister met three other ministers on Friday.', 'three other ministers', false],
  ];
  for (const [sentence, text, want] of cases) assert.equal(isIncrement(amount(sentence, text)), want, text);
});

test('numberOfPhrase: what a figure is "the number of", however far before it', () => {
  const cases: Array<[string, string, string | null]> = [
    ['The number of people killed when the plane crashed near the town on Saturday rose to 36 on Sunday.', '36', 'people killed when the plane crashed near the town on Saturday'],
    ['The state secretariat later put the number of runners admitted to hospitals at 14.', '14', 'runners admitted to hospitals'],
    ['Two more deputies signed, bringing the number of signatures to 64.', '64', 'signatures'],
    ['The number of injured now stands at 24, the ministry said.', '24', 'injured'],
    ['The number of job losses has fallen again, to 395, the broadcaster reported.', '395', 'job losses'],
    // negatives: no "number of" before the figure, and a figure of another clause
    ['Police said 63 people had been arrested.', '63', null],
    ['The number of people evacuated was not given, but 40 homes were destroyed.', '40', null],
  ];
  for (const [sentence, text, want] of cases) assert.equal(numberOfPhrase(sentence, sentence.indexOf(text)), want, text);
});

test('lengthSlot: a zone radius or a point along a route, not any other length', () => {
  const cases: Array<[string, string, string, string]> = [
    ['The authority has lifted the 500-metre exclusion zone for small boats.', '500-metre', 'm', 'zone'],
    ['Hikers may again use trails outside a 2 km zone around the crater.', '2 km', 'km', 'zone'],
    ['A runner collapsed near the 26-kilometre mark of the course.', '26-kilometre', 'km', 'mark'],
    // negatives: a length of its own, a thing's length, a distance kept, a measure that is no length
    ['Swells reached 9 metres on Tuesday evening.', '9 metres', 'm', ''],
    ['The 410-kilometre line is expected to cost $1.1 billion.', '410-kilometre', 'km', ''],
    ['Boats have been told to keep 500 metres from the ship.', '500 metres', 'm', ''],
    ['The crew will unload 4,000 tonnes zone by zone.', '4,000 tonnes', 'tonne', ''],
  ];
  for (const [sentence, text, unit, want] of cases) assert.equal(lengthSlot(amount(sentence, text, { unit })), want, text);
});

test('sameVagueFigure: a bound that takes its figure in and that figure said exactly are one figure', () => {
  const upTo = amount('Swells of up to 9 metres hit the strait.', 'up to 9 metres', { low: 0, high: 9 });
  const nine = amount('Swells in the strait reached 9 metres.', '9 metres', { low: 9, high: 9 });
  assert.equal(sameVagueFigure(upTo, nine), true);
  assert.equal(sameVagueFigure(nine, upTo), true);
  const asMuch = amount('The package could be worth as much as 700 million euros.', 'as much as 700 million euros', { low: 0, high: 700e6 });
  const exact = amount('He denied a 700 million euro package.', '700 million euro', { low: 700e6, high: 700e6 });
  assert.equal(sameVagueFigure(asMuch, exact), true);
  // negatives: another figure, and a strict bound ("more than 9" excludes 9)
  assert.equal(sameVagueFigure(upTo, amount('Swells reached 5 metres.', '5 metres', { low: 5, high: 5 })), false);
  assert.equal(sameVagueFigure(amount('Swells of more than 9 metres.', 'more than 9 metres', { low: 10, high: Infinity }), nine), false);
});

test('isRate: a period the quantities layer took into the amount, as well as one after it', () => {
  assert.equal(isRate(amount('Exports are worth about 1.1 billion shillings a year, the association said.', 'about 1.1 billion shillings a year')), true);
  assert.equal(isRate(amount('Brazil will keep exports below 2.5 million tonnes a year.', 'below 2.5 million tonnes a year')), true);
  assert.equal(isRate(amount('About 20 ships arrive a day.', 'About 20 ships')), false);
  assert.equal(isRate(amount('About 20 ships arrive, about 20 a day.', 'about 20')), true);
  // negative: a total over a year is no rate
  assert.equal(isRate(amount('The ban had cost them about 1.4 billion shillings in lost sales.', 'about 1.4 billion shillings')), false);
});

test('changedFrom: the figure a sentence says its figure changed from', () => {
  const cases: Array<[string, string, number | null]> = [
    ['The organisers raised their estimate for Saturday to 71,000 from the 68,000 they gave on Sunday.', '71,000', 68000],
    ['The death toll rose to 17 on Tuesday, up from 9, the secretariat said.', '17', 9],
    ['Fines will be raised to 100 euros from about 80 euros.', '100 euros', 80],
    // a figure set against the earlier one the story gave
    ["Closing sales began on Friday at 71 Lindell's stores, more than the 58 the retailer had named last month.", "71 Lindell's stores", 58],
    ['Nightjar said its demand was for 3.5 million dollars in bitcoin, not the 4 million reported earlier this week.', '3.5 million dollars', 4e6],
    ['The toll rose to 14, rather than the 12 first reported.', '14', 12],
    // negatives: no figure it changed from, a place it came from, a rate's percentage
    ['The toll rose to 17 on Tuesday.', '17', null],
    ['About 300 people came from the hills.', 'About 300 people', null],
    ['The rate rose to 5.7 from 5.6% in April.', '5.7', null],
    // a comparison with no figure given before ("the"), a part of the figure
    ['The blast killed 27 people, more than 20 of them children.', '27 people', null],
    ['Turnout was 62 percent, not 60 percent.', '62 percent', null],
  ];
  for (const [sentence, text, want] of cases) assert.equal(changedFrom(amount(sentence, text)), want, text);
});
