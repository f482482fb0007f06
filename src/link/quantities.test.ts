import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, withLayers } from '../doc/doc.js';
import type { Quantity } from '../doc/schemas/quantities.js';
import { intervalsOverlap, shareSlot, StatedQuantities, stateShare } from './quantities.js';

const P = 'link/quantities:';

/** A quantities-layer record for `phrase` in `text`, as the annotator would store it. */
function record(text: string, phrase: string, fields: Pick<Quantity, 'value' | 'low' | 'high' | 'bound' | 'unitKind' | 'unit' | 'tally'>): Quantity {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return { id: `q${start}`, start, end: start + phrase.length, head: null, event: null, cluster: null, asOf: null, attribution: null, claim: null, rule: 'test', ...fields };
}

test(`${P} stored quantities become closed intervals; strict bounds exclude their number; rates are left out`, () => {
  const text = 'More than 60 companies, about 40 firms, up to 50 boats, fewer than 10 ships, $1.5 billion and 4.1% inflation.';
  const qs: Quantity[] = [
    record(text, 'More than 60 companies', { value: 60, low: 60, high: null, bound: 'moreThan', unitKind: 'count', unit: 'company' }),
    record(text, 'about 40 firms', { value: 40, low: 36, high: 44, bound: 'about', unitKind: 'count', unit: 'firm' }),
    record(text, 'up to 50 boats', { value: 50, low: null, high: 50, bound: 'upTo', unitKind: 'count', unit: 'boat' }),
    record(text, 'fewer than 10 ships', { value: 10, low: null, high: 10, bound: 'lessThan', unitKind: 'count', unit: 'ship' }),
    record(text, '$1.5 billion', { value: 1.5e9, low: 1.5e9, high: 1.5e9, bound: 'exact', unitKind: 'currency', unit: 'USD' }),
    record(text, '4.1%', { value: 4.1, low: 4.1, high: 4.1, bound: 'exact', unitKind: 'percent', unit: 'percent' }),
  ];
  const doc = withLayers(createDoc(text), { quantities: qs }, { annotator: 'test', version: '0' });
  const got = new StatedQuantities(doc).within().map((q) => [q.text, q.low, q.high, q.unit]);
  assert.deepEqual(got, [
    ['More than 60 companies', 61, Infinity, 'company'],
    ['about 40 firms', 36, 44, 'firm'],
    ['up to 50 boats', 0, 50, 'boat'],
    ['fewer than 10 ships', 0, 9, 'ship'],
    ['$1.5 billion', 1.5e9, 1.5e9, 'USD'],
  ]);
  const firstClause = new StatedQuantities(doc).within(0, text.indexOf(','));
  assert.deepEqual(firstClause.map((q) => q.text), ['More than 60 companies']);
});

test(`${P} a document without the quantities layer states no amounts`, () => {
  assert.deepEqual(new StatedQuantities(createDoc('13 agreements were signed.')).within(), []);
});

test(`${P} interval overlap`, () => {
  assert.equal(intervalsOverlap({ low: 13, high: 13 }, { low: 14, high: 14 }), false);
  assert.equal(intervalsOverlap({ low: 61, high: Infinity }, { low: 36, high: 44 }), false);
  assert.equal(intervalsOverlap({ low: 36, high: 44 }, { low: 40, high: 40 }), true);
});

test(`${P} a stored vote tally is its majority's votes, of a unit naming the votes cast; a count of votes keeps its unit`, () => {
  const cases: ReadonlyArray<[string, string, Quantity['tally'], string]> = [
    ['The committee held the rate in a 5-2 vote on Wednesday.', '5-2', { for: 5, against: 2 }, 'vote:7'],
    ['It voted 6–1 against the cut.', '6–1', { for: 1, against: 6 }, 'vote:7'],
    ['negative: the bill passed by 312 votes.', '312 votes', undefined, 'vote'],
  ];
  for (const [text, phrase, tally, unit] of cases) {
    const value = tally ? Math.max(tally.for, tally.against) : 312;
    const q = record(text, phrase, { value, low: value, high: value, bound: 'exact', unitKind: 'count', unit: 'vote', ...(tally ? { tally } : {}) });
    const doc = withLayers(createDoc(text), { quantities: [q] }, { annotator: 'test', version: '0' });
    assert.deepEqual(new StatedQuantities(doc).within().map((x) => [x.text, x.low, x.high, x.unit]), [[phrase, value, value, unit]], text);
  }
});

test(`${P} a percentage of a state reached is a share of that state, read after it or from the state's noun before it; a plain rate is none`, () => {
  const cases: ReadonlyArray<[string, string, string | null]> = [
    ['The blaze was still 40 percent contained, he said.', '40 percent', 'contained'],
    ['The fire is now 90% contained.', '90%', 'contained'],
    ['Containment stood at 70% on Friday.', '70%', 'contained'],
    ["The fire's containment rose to about 60 percent.", '60 percent', 'contained'],
    ['The bridge is 90 percent complete.', '90 percent', 'complete'],
    ['Power was 80 percent restored by noon.', '80 percent', 'restored'],
    // negative: a rate, a participle before the figure, a share of something else
    ['Inflation rose to 4% in May.', '4%', null],
    ['The company completed 40% of the project.', '40%', null],
    ['Sales fell 5% as the store was finished.', '5%', null],
    ['The fire is 40 percent larger than on Monday.', '40 percent', null],
  ];
  for (const [text, phrase, want] of cases) {
    const at = text.indexOf(phrase);
    assert.equal(stateShare(text, at, at + phrase.length), want, text);
  }
  // a share is kept, in its own unit; a rate is still left out
  const text = 'The blaze was 40 percent contained as inflation hit 4.1%.';
  const qs: Quantity[] = [
    record(text, '40 percent', { value: 40, low: 40, high: 40, bound: 'exact', unitKind: 'percent', unit: 'percent' }),
    record(text, '4.1%', { value: 4.1, low: 4.1, high: 4.1, bound: 'exact', unitKind: 'percent', unit: 'percent' }),
  ];
  const doc = withLayers(createDoc(text), { quantities: qs }, { annotator: 'test', version: '0' });
  assert.deepEqual(new StatedQuantities(doc).within().map((q) => [q.text, q.unit]), [['40 percent', 'percent:contained']]);
});

test(`${P} a percentage of a named whole, a pay rise offered or asked for, and a turnout are slots of their own; a rate or a change is none`, () => {
  const cases: ReadonlyArray<[string, string, string | null]> = [
    ['Tariffs on 90 percent of goods will go.', '90 percent', 'of-goods'],
    ['The investors now control about 17 percent of the shares.', '17 percent', 'of-shares'],
    ['The dams were at 14.8 percent of capacity.', '14.8 percent', 'of-capacity'],
    ['Members rejected an offer of a 3 percent rise over two years.', '3 percent', 'pay-rise'],
    ['The company has offered 2 percent.', '2 percent', 'pay-rise'],
    ['Azur Handling a porté son offre à 3 % vendredi soir.', '3 %', 'pay-rise'],
    ['The union wants an 8 percent rise for the handlers.', '8 percent', 'pay-demand'],
    ['It rejected its demand for a 9% pay rise.', '9%', 'pay-demand'],
    ['Le syndicat réclame toujours 8 %.', '8 %', 'pay-demand'],
    ['Final turnout was 59.7%.', '59.7%', 'turnout'],
    // negative: a rate, a change, a share of a pronoun or of a number
    ['Inflation quickened to 5.3 percent in October.', '5.3 percent', null],
    ['Shares fell 7.2 percent in early trading.', '7.2 percent', null],
    ['The central bank devalued the kwacha by 12 percent.', '12 percent', null],
    ['About 40 percent of them were children.', '40 percent', null],
    ['Turnout was 62 percent of about 960,000 voters.', '62 percent', 'turnout'],
  ];
  for (const [text, phrase, want] of cases) {
    const at = text.indexOf(phrase);
    assert.equal(shareSlot(text, at, at + phrase.length), want, text);
  }
});
