import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributivePossible, findDrift, modalLevel, modalRead, namesAct, negationTopicOf, sameDeadline, sameQuotedWords, topicPolarity, twoSourcesIn, who, type TimedStep } from './drift.js';
import type { QuantityObservation } from './state.js';
import type { ClaimVersion, ReaderStatus, StatusStep, StoryClaim, TrackedEvent } from './schema.js';

const P = 'link/drift:';
const POSTPONE = /\b(?:postpon\w*|put off|delay\w*)\b/i;

test(`${P} a topic is negated by a nearby negation or a governing denial verb, and stated otherwise`, () => {
  const cases: ReadonlyArray<{ text: string; want: boolean | null }> = [
    { text: 'The visit has been postponed because of the outbreak.', want: false },
    { text: 'The visit has not been postponed.', want: true },
    { text: '“There has been no postponement, because no date was ever announced,” she said.', want: true },
    { text: 'The Foreign Ministry on Wednesday denied reports that the planned visit to Mongolia had been postponed.', want: true },
    { text: 'Officials dismissed a website’s claim that the trip had been put off until the autumn.', want: true },
    { text: 'The website reported that the trip had been put off until the autumn.', want: false },
    { text: 'Preparations are continuing according to plan.', want: null },
    // a contrast sets the topic apart: it neither states nor denies it
    { text: 'The ministry changed the venue of the visit rather than postponing it.', want: null },
    { text: 'Officials said the summit was moved to Astana but not postponed.', want: null },
    { text: 'The ministry denied that the visit was moved but not postponed.', want: true },
    // a negation before a subordinate clause is its main clause's
    { text: 'The minister said he would not talk to the union while the visit was postponed.', want: false },
    { text: 'The visit will not be postponed unless the weather turns.', want: true },
  ];
  for (const c of cases) assert.equal(topicPolarity(c.text, POSTPONE), c.want, c.text);
  // leaving an office is a topic like the others: a negated resignation denies it, a past one states it
  const RESIGN = /\b(?:resign\w*|step(?:s|ped)? down)\b/i;
  const resign: ReadonlyArray<{ text: string; want: boolean | null }> = [
    { text: 'The minister has not offered his resignation.', want: true },
    { text: 'The minister resigned on Tuesday.', want: false },
  ];
  for (const c of resign) assert.equal(topicPolarity(c.text, RESIGN), c.want, c.text);
  // a negative pronoun negates its verb: "Nobody has been arrested" denies an arrest reported before
  const ARREST = /\b(?:arrest\w*|detain\w*)\b/i;
  const arrest: ReadonlyArray<{ text: string; want: boolean | null }> = [
    { text: '"Nobody has been arrested in connection with this march," the spokesman said.', want: true },
    { text: 'Nothing suggests that anyone was detained, police said.', want: true },
    { text: 'None of the marchers were arrested.', want: true },
    { text: 'A radio station reported that she had been arrested at her home.', want: false },
    { text: 'Somebody was arrested at the gates, police said.', want: false },
  ];
  for (const c of arrest) assert.equal(topicPolarity(c.text, ARREST), c.want, c.text);
});

test(`${P} negation topics: a structure's failure, damage found, money paid and an attack, each stated or denied`, () => {
  const cases: ReadonlyArray<{ text: string; want: string | null }> = [
    { text: 'A television station reported that a section of the dam wall had given way.', want: 'collapse stated' },
    { text: '"The dam has not breached," the spokesman said.', want: 'collapse denied' },
    { text: "The engineer found cracks in two of the bridge's piers.", want: 'crack stated' },
    { text: 'The ministry said no cracks had been found.', want: 'crack denied' },
    { text: 'A newspaper reported that the company had paid $4.5 million.', want: 'pay stated' },
    { text: 'The company said it had not paid a ransom.', want: 'pay denied' },
    { text: 'The army said rebels had fired mortar rounds at an army post.', want: 'attack stated' },
    { text: 'The front denied that its fighters had attacked the post.', want: 'attack denied' },
    // a negative pronoun after the verb denies it as one before it does
    { text: 'The company, which has repeated that it paid nothing, will restart work in May.', want: 'pay denied' },
    { text: 'Police said they had arrested no one.', want: 'arrest denied' },
    // negatives: other senses of the words are no topic
    { text: 'The president paid tribute to the rescuers.', want: null },
    { text: 'The bill would require companies to report data breaches within 72 hours.', want: null },
    { text: 'The union called the new rota a breach of contract.', want: null },
    { text: 'Police have cracked down on street vendors.', want: null },
    // a licence revoked, a boycott, an evacuation and a detainee's release, each stated or denied (other languages' release too)
    { text: 'The ministry said the licence had already been revoked.', want: 'revoke stated' },
    { text: 'The licence has not been revoked.', want: 'revoke denied' },
    { text: 'Her rival said Cabral would boycott the vote.', want: 'boycott stated' },
    { text: 'There is no boycott.', want: 'boycott denied' },
    { text: 'Residents of the valley would also be evacuated on Thursday.', want: 'evacuate stated' },
    { text: '"There is no plan to evacuate the town," she said.', want: 'evacuate denied' },
    { text: 'The rebels released the hostages on Friday.', want: 'release stated' },
    { text: 'He has not been released.', want: 'release denied' },
    { text: 'Le capitaine avait été remis en liberté sous caution.', want: 'release stated' },
    { text: 'El empresario no ha sido puesto en libertad.', want: 'release denied' },
    // negatives: a thing put out or money freed is no release
    { text: 'The ministry released a statement on Monday.', want: null },
    { text: 'The police released preliminary figures.', want: null },
    { text: 'The dam operator released water overnight.', want: null },
    { text: 'The agency freed up 2 million for repairs.', want: null },
    // talks held, and talks denied outright; talks as a venue or a subject are none
    { text: 'The two governments had held secret talks in Brazzaville.', want: 'talks stated' },
    { text: 'No talks have taken place with Equatorial Guinea.', want: 'talks denied' },
    { text: 'The two sides were negotiating a settlement.', want: 'talks stated' },
    { text: 'There are no negotiations with Volta.', want: 'talks denied' },
    { text: 'The talks are expected to cover tariffs.', want: null },
    { text: 'Both sides will return to talks on Monday.', want: null },
  ];
  for (const c of cases) {
    const t = negationTopicOf(c.text);
    assert.equal(t ? `${t.topic.name} ${t.polarity ? 'denied' : 'stated'}` : null, c.want, c.text);
  }
});

test(`${P} a quantity drifts from where the earlier figure first appeared, not from a later copy of it; same figures make none`, () => {
  const obs = (article: number, low: number, high: number, text: string): QuantityObservation => ({
    article, day: `2025-03-0${article}`, outlet: `Outlet ${article}`, source: null, text, low, high, unit: 'company',
    evidence: { article, start: 0, end: text.length, text },
  });
  const quantities = [obs(1, 40, 40, 'about 40 companies'), obs(2, 40, 40, 'about 40 companies'), obs(3, 50, 50, 'up to 50 companies')];
  const found = findDrift([], { events: [], claims: [], quantities }, 3).filter((f) => f.kind === 'quantity');
  assert.deepEqual(found.map((f) => [f.a.article, f.b.article]), [[1, 3]], 'from report 1, where 40 first appeared');
  // negative: the same figure again is no drift
  const same = findDrift([], { events: [], claims: [], quantities: [obs(1, 40, 40, 'about 40 companies'), obs(2, 40, 40, 'some 40 companies')] }, 2);
  assert.deepEqual(same.filter((f) => f.kind === 'quantity'), []);
});

const quantity = (article: number, at: number, low: number, high: number, text: string, unit = 'company'): QuantityObservation => ({
  article, day: `2025-03-0${article}`, outlet: `Outlet ${article}`, source: null, text, low, high, unit,
  evidence: { article, start: at, end: at + 60, text: `sentence ${article}/${at}: ${text}` },
});

test(`${P} a year that bounds a span ("built until December 2025") does not make a figure another, past event's; a year that dates it does`, () => {
  const said = (article: number, day: string, text: string, figure: string, n: number): QuantityObservation => ({
    article, day, outlet: `Outlet ${article}`, source: null, text: figure, low: n, high: n, unit: 'vehicle',
    evidence: { article, start: 0, end: text.length, text },
  });
  const first = said(1, '2026-02-02', 'The carmaker recalled 120,000 vehicles on Monday.', '120,000 vehicles', 120000);
  const cases: ReadonlyArray<{ text: string; want: number; why: string }> = [
    { text: 'The carmaker widened its recall to 340,000 vehicles built until December 2025.', want: 1, why: 'a span\'s bound' },
    { text: 'The carmaker has recalled 340,000 vehicles since 2019.', want: 1, why: 'since a year' },
    { text: 'The carmaker recalled 340,000 vehicles in 2019.', want: 0, why: 'negative: a past year dates the figure' },
  ];
  for (const c of cases) {
    const found = findDrift([], { events: [], claims: [], quantities: [first, said(2, '2026-02-11', c.text, '340,000 vehicles', 340000)] }, 2);
    assert.equal(found.filter((f) => f.kind === 'quantity').length, c.want, c.why);
  }
});

test(`${P} quantity findings follow the versions of one count: restatements start none, the same counted words are preferred`, () => {
  const cases: ReadonlyArray<{ name: string; obs: QuantityObservation[]; article: number; want: Array<[string, string]> }> = [
    {
      name: '"up from the 40 officials cited" restates 40: only 50 → 60',
      obs: [quantity(1, 0, 36, 44, 'about 40 companies'), quantity(2, 0, 0, 50, 'up to 50 companies'), quantity(3, 0, 61, Infinity, 'more than 60 companies'), quantity(3, 90, 40, 40, '40')],
      article: 3,
      want: [['up to 50 companies', 'more than 60 companies']],
    },
    {
      name: 'the same counted words win over a later figure of the unit',
      obs: [quantity(1, 0, 14, 14, '14 non-tariff barriers', 'barrier'), quantity(2, 0, 17, 17, '17', 'barrier'), quantity(3, 0, 21, 21, '21 non-tariff barriers', 'barrier')],
      article: 3,
      want: [['14 non-tariff barriers', '21 non-tariff barriers']],
    },
    {
      name: 'two named sources\' figures of one report on one day: a contradiction inside the report',
      obs: [{ ...quantity(1, 0, 5200, 5200, '$5,200 a tonne', 'USD'), source: 'Ghana' }, { ...quantity(1, 90, 4900, 4900, '$4,900', 'USD'), source: 'Ivory Coast' }],
      article: 1,
      want: [['$5,200 a tonne', '$4,900']],
    },
    {
      name: 'negative: two sums of one report with no two named sources are two slots (a package and its part)',
      obs: [quantity(1, 0, 5200, 5200, '$5,200 a tonne', 'USD'), quantity(1, 90, 4900, 4900, '$4,900', 'USD')],
      article: 1,
      want: [],
    },
    {
      name: 'negative: a figure three times another is another thing',
      obs: [quantity(1, 0, 14, 14, '14 agreements', 'agreement'), quantity(2, 0, 60, 60, '60 agreements', 'agreement')],
      article: 2,
      want: [],
    },
    {
      name: 'negative: the same figure in other words is no drift',
      obs: [quantity(1, 0, 36, 44, 'about 40 companies'), quantity(2, 0, 36, 44, 'roughly 40 firms')],
      article: 2,
      want: [],
    },
  ];
  for (const c of cases) {
    const found = findDrift([], { events: [], claims: [], quantities: c.obs }, c.article).filter((f) => f.kind === 'quantity');
    const text = (e: { article: number; start: number }): string => c.obs.find((o) => o.article === e.article && o.evidence.start === e.start)!.text;
    assert.deepEqual(found.map((f) => [text(f.a), text(f.b)]), c.want, c.name);
  }
  const same = findDrift([], { events: [], claims: [], quantities: [{ ...quantity(1, 0, 5200, 5200, '$5,200 a tonne', 'USD'), source: 'Ghana' }, { ...quantity(1, 90, 4900, 4900, '$4,900', 'USD'), source: 'Ivory Coast' }] }, 1);
  assert.equal(same[0]!.severity, 'contradiction');
});

test(`${P} across reports a new figure revises the same source's earlier figure of the count, else the earlier report's first`, () => {
  const by = (article: number, at: number, n: number, text: string, source: string | null): QuantityObservation => ({ ...quantity(article, at, n, n, text, 'bike'), source });
  const earlier = [by(1, 0, 5000, 'about 5,000 bikes', 'The city'), by(1, 90, 5200, '5,200 bikes', 'Volta Mobility')];
  const cases: ReadonlyArray<{ name: string; source: string | null; want: string }> = [
    { name: 'the same source, in fewer words ("Volta" / "Volta Mobility")', source: 'Volta', want: '5,200 bikes' },
    { name: 'the same source, its words in another case', source: 'volta mobility', want: '5,200 bikes' },
    { name: 'the same source named with "the"', source: 'the city', want: 'about 5,000 bikes' },
    { name: 'negative: no source credited: the earlier report\'s first figure', source: null, want: 'about 5,000 bikes' },
    { name: 'negative: another source whose name only starts alike ("Voltaire")', source: 'Voltaire Group', want: 'about 5,000 bikes' },
    { name: 'negative: a source the earlier report does not cite', source: 'Lime', want: 'about 5,000 bikes' },
  ];
  for (const c of cases) {
    const obs = [...earlier, by(2, 0, 6000, '6,000 bikes', c.source)];
    const found = findDrift([], { events: [], claims: [], quantities: obs }, 2).filter((f) => f.kind === 'quantity');
    const text = (e: { article: number; start: number }): string => obs.find((o) => o.article === e.article && o.evidence.start === e.start)!.text;
    assert.deepEqual(found.map((f) => [text(f.a), text(f.b)]), [[c.want, '6,000 bikes']], c.name);
  }
});

test(`${P} a bare number counts the noun after it or the story's counted noun before it; a lower bound the earlier figure meets updates nothing`, () => {
  // each report states one amount [text, low, high, unit, its sentence]; the last report is the new one
  type Stated = [string, number, number, string, string, number?];
  const B14: Stated = ['14 barriers', 14, 14, 'barrier', 'Officials had listed 14 barriers.'];
  const NTB14: Stated = ['14 non-tariff barriers', 14, 14, 'barrier', 'They agreed to remove 14 non-tariff barriers.'];
  const cases: ReadonlyArray<[string, Stated[], Array<[string, string]>]> = [
    ['a bare "around a dozen" followed by "agreements" counts agreements; from where 12 first appeared', [
      ['around a dozen', 10.8, 13.2, 'count', 'They would sign "around a dozen" agreements on transit.'],
      ['about a dozen agreements', 10.8, 13.2, 'agreement', 'Officials said they would sign about a dozen agreements.'],
      ['11 agreements', 11, 11, 'agreement', 'She said the 11 agreements could be signed by ministers.'],
    ], [['around a dozen', '11 agreements']]],
    ['a bare "17" after "the list of barriers" counts barriers: from where 14 first appeared',
      [B14, NTB14, ['17', 17, 17, 'count', 'The list of barriers to be removed had grown to 17, she said.']], [['14 barriers', '17']]],
    ['"more than 20" is not a restatement of 21, nor 21 a new figure after it',
      [NTB14, ['more than 20', 21, Infinity, 'count', 'The list of barriers now runs to more than 20.'], ['21 non-tariff barriers', 21, 21, 'barrier', 'They signed it to remove 21 non-tariff barriers.']],
      [['14 non-tariff barriers', '21 non-tariff barriers']]],
    ['negative: "above $5,000" after "$5,200 a tonne" is met by the earlier figure',
      [['$5,200 a tonne', 5200, 5200, 'USD', 'The number is $5,200 a tonne.'], ['above $5,000', 5001, Infinity, 'USD', 'Farmers would accept any floor above $5,000.']], []],
    ['negative: a bare number of nothing the story counts is not compared', [B14, ['17', 17, 17, 'count', 'The meeting lasted until 17, when it closed.']], []],
    ['"17 was" is no count of "wa": the barriers named before it are', [B14, ['17', 17, 17, 'count', 'The number of barriers, 17 was the figure she gave.']], [['14 barriers', '17']]],
    ['a toll is one count in miners, a bare number or bodies', [
      ['at least five miners', 5, Infinity, 'miner', 'The collapse happened early on Tuesday, killing at least five miners.'],
      ['eight', 8, 8, 'death', 'The death toll from the collapse of the mine rose to eight on Wednesday, police said.'],
    ], [['at least five miners', 'eight']]],
    ['two tolls in one sentence of one report: a contradiction between them', [
      ['eight', 8, 8, 'death', 'The death toll rose to eight, police said, while the union said 11 bodies had been found.'],
      ['11 bodies', 11, 11, 'body', 'The death toll rose to eight, police said, while the union said 11 bodies had been found.', 1],
    ], [['eight', '11 bodies']]],
    ['the missing are another count than the dead', [
      ['nine others', 9, 9, 'other', 'The roof fell, killing five miners and trapping nine others.'],
      ['six men', 6, 6, 'man', 'Rescuers recovered three more bodies overnight and six men were still missing.'],
    ], [['nine others', 'six men']]],
    ['negative: a smaller count after the toll in one report is a part of it', [
      ['six', 6, 6, 'person', 'The number of people killed rose to six on Saturday.'],
      ['11', 11, 11, 'death', 'The death toll rose to 11.'],
      ['three people', 3, 3, 'person', 'The death toll rose to 11, after three people died of injuries in hospital.', 2],
    ], [['six', '11']]],
    ['negative: a count in a sentence dated to an earlier year is another event\'s', [
      ['at least five miners', 5, Infinity, 'miner', 'The collapse killed at least five miners.'],
      ['Three miners', 3, 3, 'miner', 'Three miners died there in November 2019 when a shaft caved in.'],
    ], []],
    ['negative: a size only is no figure ("tens of thousands")', [
      ['tens of thousands of people', 20000, 99999, 'person', 'The storm threatens tens of thousands of people.'],
      ['about 40,000 people', 36000, 44000, 'person', 'The evacuation of about 40,000 people is under way.'],
    ], []],
    ['a vote restated with another score ("5-2 vote" → "4-3 vote" the next day); the members counted in its sentence are part of it', [
      ['5-2 vote', 5, 5, 'vote:7', 'The committee held the rate in a 5-2 vote, with two members voting for a cut.'],
      ['two members', 2, 2, 'member', 'The committee held the rate in a 5-2 vote, with two members voting for a cut.', 1],
      ['4-3 vote', 4, 4, 'vote:7', 'The bank held the rate on Wednesday in a 4-3 vote.'],
    ], [['5-2 vote', '4-3 vote']]],
    ['negative: scores of votes weeks apart are two meetings\' votes', [
      ['4-3 vote', 4, 4, 'vote:7', 'The bank held the rate on Wednesday in a 4-3 vote.'],
      ['voted 6-1', 6, 6, 'vote:7', 'The committee voted 6-1 for the cut.', 9],
    ], []],
    ['shares of a state reached drift in their own slot (40% → 70% contained), not against counts', [
      ['40 percent', 40, 40, 'percent:contained', 'The blaze was 40 percent contained on Monday.'],
      ['60 homes', 60, 60, 'home', 'About 60 homes were destroyed.'],
      ['70 percent', 70, 70, 'percent:contained', 'The blaze is now 70 percent contained.'],
    ], [['40 percent', '70 percent']]],
    ['negative: a share of another state is another slot ("40 percent contained" / "70 percent complete")', [
      ['40 percent', 40, 40, 'percent:contained', 'The blaze was 40 percent contained on Monday.'],
      ['70 percent', 70, 70, 'percent:complete', 'The firebreak is 70 percent complete.'],
    ], []],
    ['a figure said to still hold on a later day is where the change is from ("still 40 percent" → 70)', [
      ['40%', 40, 40, 'percent:contained', 'The blaze was 40% contained on Monday.'],
      ['40 percent', 40, 40, 'percent:contained', 'The blaze was still 40 percent contained, he said.'],
      ['70 percent', 70, 70, 'percent:contained', 'The blaze is now 70 percent contained.'],
    ], [['40 percent', '70 percent']]],
    ['negative: a figure restated without "still" drifts from where it first appeared', [
      ['40%', 40, 40, 'percent:contained', 'The blaze was 40% contained on Monday.'],
      ['40 percent', 40, 40, 'percent:contained', 'The blaze was 40 percent contained, he said.'],
      ['70 percent', 70, 70, 'percent:contained', 'The blaze is now 70 percent contained.'],
    ], [['40%', '70 percent']]],
    ['counts of places are compared only where they locate the same thing', [
      ['three villages', 3, 3, 'village', 'Homes were destroyed in three villages.'],
      ['five villages', 5, 5, 'village', 'By Thursday homes had burned in five villages.'],
    ], [['three villages', 'five villages']]],
    ['negative: villages of the evacuated are not villages of the homes destroyed', [
      ['nine villages', 9, 9, 'village', 'The residents of nine villages had been taken by bus to a sports hall.'],
      ['four villages', 4, 4, 'village', 'The 22 homes that were destroyed are in four villages.'],
    ], []],
    ['a scaled amount counts the word after it, plural or not ("40 million pula" → "52 million pula")', [
      ['at least 40 million', 40e6, Infinity, 'count', 'The contract cost the public at least 40 million pula, police said.'],
      ['52 million', 52e6, 52e6, 'count', 'Prosecutors said the loss to the public came to 52 million pula.'],
    ], [['at least 40 million', '52 million']]],
    ['negative: scaled amounts of two units are two counts ("40 million pula" / "52 million yuan")', [
      ['40 million', 40e6, 40e6, 'count', 'The contract cost the public 40 million pula, police said.'],
      ['52 million', 52e6, 52e6, 'count', 'The company raised 52 million yuan.'],
    ], []],
    ['negative: a word that names no unit after a scaled amount leaves it bare ("52 million in damages")', [
      ['40 million', 40e6, 40e6, 'count', 'The contract cost the public 40 million in fees.'],
      ['52 million', 52e6, 52e6, 'count', 'The court awarded 52 million in damages.'],
    ], []],
    ['negative: a rate is no count ("36.40 per dollar")', [
      ['36.40', 36.4, 36.4, 'count', 'The baht weakened to 36.40 per dollar.'],
      ['36.55', 36.55, 36.55, 'count', 'The baht fell to 36.55 per dollar.'],
    ], []],
  ];
  for (const [name, stated, want] of cases) {
    // each amount is its own report's unless it names one
    const obs = stated.map(([text, low, high, unit, said, report], i): QuantityObservation => {
      const article = report ?? i + 1;
      return { article, day: `2025-03-0${article}`, outlet: `Outlet ${article}`, source: null, text, low, high, unit, evidence: { article, start: i, end: i + said.length, text: said } };
    });
    const found = findDrift([], { events: [], claims: [], quantities: obs }, obs[obs.length - 1]!.article).filter((f) => f.kind === 'quantity');
    assert.deepEqual(found.map((f) => [obs[f.a.start]!.text, obs[f.b.start]!.text]), want, name);
  }
});

/** A status step of one report with the time it gives, as its own sentence. */
function timed(article: number, status: ReaderStatus, text: string, from: string | null, to: string | null, sentence = `The visit is set for ${text}.`): StatusStep {
  const evidence = { article, start: 0, end: sentence.length, text: sentence };
  return {
    id: `s${article}-${text}`, date: `2025-0${article + 1}-10`, status, article, outlet: `Outlet ${article}`, evidence, source: { key: null, name: null, chain: [] },
    time: { text, value: null, window: from || to ? { from, to } : null }, certainty: 0.8, conflicts: [],
  };
}

/** An under-way step of a state whose end is given as a day. */
const emergencyEnds = (article: number, text: string, day: string): StatusStep => timed(article, 'under-way', text, day, day, `The emergency runs until ${text}.`);

/** The step as a later sentence of its report, with an id of its own. */
function again(s: StatusStep): StatusStep {
  return { ...s, id: `${s.id} again`, evidence: { ...s.evidence, start: 40, end: 40 + s.evidence.text.length } };
}

test(`${P} time findings: each plan time of the new report against the latest earlier report's, from where it was first given`, () => {
  const cases: ReadonlyArray<{ name: string; steps: StatusStep[]; article: number; want: Array<[string, string]> }> = [
    {
      name: 'a date given twice, then a new one: from its first report',
      steps: [timed(1, 'dates-announced', 'March 24', '2025-03-24', '2025-03-24'), timed(2, 'dates-announced', 'March 24', '2025-03-24', '2025-03-24'), timed(3, 'postponed', 'March 24', '2025-03-24', '2025-03-24'), timed(3, 'expected-not-before', 'summer', '2025-06-01', null)],
      article: 3,
      want: [['s1-March 24', 's3-summer']],
    },
    {
      name: 'a month without a year in a plan is its next occurrence ("by September", read in May)',
      steps: [timed(1, 'expected', 'September', null, '2024-09-30', 'Kenya hoped to sign "by September".'), timed(2, 'dates-announced', 'October 14', '2025-10-14', '2025-10-14')],
      article: 2,
      want: [['s1-September', 's2-October 14']],
    },
    {
      name: 'negative: two vague times counted from their reports\' days ("soon", "the foreseeable future")',
      steps: [timed(1, 'expected', 'soon', '2025-02-10', '2025-05-10'), timed(2, 'expected', 'the foreseeable future', '2025-03-10', '2027-03-10')],
      article: 2,
      want: [],
    },
    {
      name: 'a vague time narrowed to a matter of days is drift ("soon" → "in the coming days")',
      steps: [timed(1, 'expected', 'soon', '2025-02-10', '2025-05-10'), { ...timed(2, 'expected', 'in the coming days', '2025-03-25', '2025-04-08'), date: '2025-03-25' }],
      article: 2,
      want: [['s1-soon', 's2-in the coming days']],
    },
    {
      name: 'negative: two vague times of days ("shortly", "in the coming days")',
      steps: [{ ...timed(1, 'expected', 'shortly', '2025-02-25', '2025-03-11'), date: '2025-02-25' }, { ...timed(2, 'expected', 'in the coming days', '2025-03-25', '2025-04-08'), date: '2025-03-25' }],
      article: 2,
      want: [],
    },
    {
      name: 'negative: when the event is to finish is no new time for it ("expected the recount to finish on Thursday")',
      steps: [timed(1, 'dates-announced', 'March 5', '2025-03-05', '2025-03-05'), timed(2, 'expected', 'Thursday', '2025-03-13', '2025-03-13', 'He expected the recount to finish on Thursday.')],
      article: 2,
      want: [],
    },
    {
      name: 'a new start time is drift ("expected the recount to start on Thursday")',
      steps: [timed(1, 'dates-announced', 'March 5', '2025-03-05', '2025-03-05'), timed(2, 'expected', 'Thursday', '2025-03-13', '2025-03-13', 'He expected the recount to start on Thursday.')],
      article: 2,
      want: [['s1-March 5', 's2-Thursday']],
    },
    {
      name: 'negative: two vague times longer than days ("in the coming weeks", "in the coming months")',
      steps: [timed(1, 'expected', 'in the coming weeks', '2025-02-10', '2025-04-07'), timed(2, 'expected', 'in the coming months', '2025-03-10', '2026-03-10')],
      article: 2,
      want: [],
    },
    {
      name: 'negative: a reported postponement\'s new time is no plan ("put off until the autumn", denied)',
      steps: [timed(1, 'expected', 'soon', '2025-02-10', '2025-05-10'), timed(2, 'expected', 'autumn', null, '2024-11-30', 'A website said the trip had been put off until the autumn.')],
      article: 2,
      want: [],
    },
    {
      name: 'negative: a past time of a postponed plan is not moved to next year ("a visit that was set for March")',
      steps: [timed(1, 'expected-not-before', 'summer', '2025-06-01', null), timed(4, 'postponed', 'March', '2025-03-01', '2025-03-31')],
      article: 4,
      want: [],
    },
    {
      name: 'a month made a day ("August" → "August 20") is drift: the plan narrowed to a date',
      steps: [timed(1, 'expected', 'August', '2025-08-01', '2025-08-31'), timed(2, 'dates-announced', 'August 20', '2025-08-20', '2025-08-20')],
      article: 2,
      want: [['s1-August', 's2-August 20']],
    },
    {
      name: 'negative: the same day said more precisely ("on Friday" → "on Friday morning")',
      steps: [timed(1, 'dates-announced', 'Friday', '2025-08-22', '2025-08-22'), timed(2, 'dates-announced', 'Friday morning', '2025-08-22', '2025-08-22')],
      article: 2,
      want: [],
    },
    {
      name: 'a time counted from its report\'s day made a date ("next month" → "on May 15") is drift',
      steps: [timed(1, 'expected', 'next month', '2025-05-01', '2025-05-31'), timed(2, 'dates-announced', 'May 15', '2025-05-15', '2025-05-15')],
      article: 2,
      want: [['s1-next month', 's2-May 15']],
    },
    {
      name: 'negative: a time in a denied calling-off is no plan ("denied that it had called off this week\'s strike")',
      steps: [timed(1, 'expected', 'later this month', '2025-02-03', '2025-02-28'), timed(2, 'dates-announced', 'this week', '2025-03-10', '2025-03-16', 'The union denied a report that it had called off this week\'s strike.')],
      article: 2,
      want: [],
    },
    {
      name: 'a new time the report gives twice is one change ("postponed … to July 14", "It will be voted on July 14")',
      steps: [timed(1, 'dates-announced', 'June 23', '2025-06-23', '2025-06-23'), timed(2, 'postponed', 'July 14', '2025-07-14', '2025-07-14', 'The vote was postponed to July 14.'), again(timed(2, 'dates-announced', 'July 14', '2025-07-14', '2025-07-14', 'It will be voted on July 14.'))],
      article: 2,
      want: [['s1-June 23', 's2-July 14']],
    },
    {
      name: 'negative: two times of one report are not drift',
      steps: [timed(1, 'expected-not-before', 'June', '2025-06-01', '2025-06-30'), timed(1, 'expected', 'September', '2025-09-01', '2025-09-30')],
      article: 1,
      want: [],
    },
    // end days of a state in force are compared with each other only, never with a plan's day or a past day
    { name: 'the end day of a state in force moved ("expires on March 25" → "extended … to April 8")', article: 2, want: [['s1-March 25', 's2-April 8']], steps: [emergencyEnds(1, 'March 25', '2025-03-25'), emergencyEnds(2, 'April 8', '2025-04-08')] },
    { name: 'negative: an end day is not compared with a plan\'s day', article: 2, want: [], steps: [timed(1, 'dates-announced', 'March 20', '2025-03-20', '2025-03-20'), emergencyEnds(2, 'April 8', '2025-04-08')] },
    { name: 'negative: a state under way since a past day has no end day ahead', article: 2, want: [], steps: [emergencyEnds(1, 'March 25', '2025-03-25'), emergencyEnds(2, 'March 1', '2025-03-01')] },
  ];
  for (const c of cases) {
    const event: TrackedEvent = { id: 'e1', story: 1, type: 'CONSULT', lemma: 'visit', label: 'visit', participants: [], actors: [], places: [], when: null, firstSeen: null, members: [], timeline: c.steps, status: null };
    const found = findDrift([], { events: [event], claims: [], quantities: [] }, c.article).filter((f) => f.kind === 'time');
    assert.deepEqual(found.map((f) => f.versions), c.want, c.name);
  }
});

test(`${P} the same quoted words: a run of six words inside quotes in both texts, never a paraphrase`, () => {
  const cases: ReadonlyArray<{ a: string; b: string; want: boolean }> = [
    { a: '"Trucks should not wait three days to cross a line on a map," Langat said.', b: '"Trucks should not wait three days to cross a line on a map," Mwakyusa told members.', want: true },
    { a: '“Mongolia is our neighbour without a common border. Our peoples are close,” he said.', b: '“Mongolia is our neighbour without a common border,” Ganbold said.', want: true },
    { a: 'Ghana said on Tuesday it had agreed with Ivory Coast on a joint minimum export price.', b: 'Ghana said on Tuesday it had agreed with Côte d’Ivoire on a joint minimum export price.', want: false },
    { a: '"We want the border open," she said.', b: '"We want the border open," he said.', want: false },
  ];
  for (const c of cases) assert.equal(sameQuotedWords(c.a, c.b), c.want, c.a);
});

/** One claim with one version: source, report, position, cue and content. */
function claimOf(id: string, source: string, article: number, at: number, cue: string, text: string, relayOf: string | null = null): StoryClaim {
  const version: ClaimVersion = {
    id: `${id}@${article}`, article, outlet: `Outlet ${article}`, published: `2025-03-0${article}T10:00:00Z`, text,
    evidence: { article, start: at, end: at + text.length, text: `${source} ${cue} ${text}` }, cue, stance: 'neutral',
    source: { key: source, name: source, chain: [source] }, quantities: [], negated: false, dateNotSet: false, relayOf,
  };
  return { id, event: 'e1', source, sourceName: source, slot: 'statement', versions: [version] };
}

test(`${P} negation findings pair a denial with the statement before it, once; a later statement overturns the denial`, () => {
  const claim = claimOf('c1', 'website', 1, 0, 'reported', 'the trip had been put off until the autumn');
  const denial = claimOf('c2', 'ministry', 2, 0, 'said', 'there has been no postponement');
  const lead = claimOf('c3', 'ministry', 2, 0, 'denied', 'reports that the visit had been postponed');
  const repeat = claimOf('c4', 'ministry', 3, 0, 'dismissed', 'a report that the visit had been postponed');
  const confirmed = claimOf('c5', 'offices', 4, 0, 'said', 'the visit has been postponed because of the outbreak');
  const unrelated = claimOf('c6', 'ministry', 2, 40, 'said', 'the ministers would meet next week');
  let findings = findDrift([], { events: [], claims: [claim], quantities: [] }, 1);
  assert.deepEqual(findings, [], 'a statement alone');
  findings = findDrift(findings, { events: [], claims: [claim, denial, unrelated], quantities: [] }, 2);
  assert.deepEqual(findings.map((f) => [f.kind, f.versions]), [['negation', ['c1@1', 'c2@2']]], 'the denial answers the earlier statement');
  // the summary names each side without a verb that would have to agree with the source
  assert.match(findings[0]!.summary, /^[^:]+: stated by .+; denied by .+$/);
  // "denied reports that …": the cue denies the content, so it is a denial too, but the statement is answered already
  findings = findDrift([], { events: [], claims: [claim, lead], quantities: [] }, 2);
  assert.deepEqual(findings.map((f) => f.versions), [['c1@1', 'c3@2']], 'a denial cue turns the content round');
  const afterDenial = findDrift([], { events: [], claims: [claim, denial], quantities: [] }, 2);
  const repeated = findDrift(afterDenial, { events: [], claims: [claim, denial, repeat], quantities: [] }, 3);
  assert.equal(repeated.length, 1, 'a later report repeating the denial adds nothing');
  const overturned = findDrift(repeated, { events: [], claims: [claim, denial, repeat, confirmed], quantities: [] }, 4);
  assert.deepEqual(overturned.slice(1).map((f) => f.versions), [['c4@3', 'c5@4']], 'the confirmation answers the latest denial');
  // negative: a wire copy of the denial (relayOf set) is not a new denial
  const copy = claimOf('c7', 'ministry', 3, 0, 'said', 'there has been no postponement', 'c2@2');
  assert.equal(findDrift(afterDenial, { events: [], claims: [claim, denial, copy], quantities: [] }, 3).length, 1);
});

/** A claim version in the shape negation reads: [id, source, report, position, cue, content, event, sentence]. */
type Said = [string, string, number, number, string, string, (string | null)?, string?];

function claimsOf(said: readonly Said[]): StoryClaim[] {
  return said.map(([id, source, article, at, cue, text, event = 'e1', sentence]) => {
    const c = claimOf(id, source, article, at, cue, text);
    const v = { ...c.versions[0]!, evidence: { ...c.versions[0]!.evidence, text: sentence ?? c.versions[0]!.evidence.text } };
    return { ...c, event, versions: [v] };
  });
}

test(`${P} negation pairs: the most alike first, one per source and report, never a denial's own content, a hope, or another event across reports`, () => {
  const cases: ReadonlyArray<[string, Said[], number, string[][]]> = [
    ['"denied reports that X" holds X as its content, which is no statement: the website\'s report is', [
      ['lead', 'ministry', 1, 0, 'denied', 'reports that the visit had been postponed'],
      ['nested', 'reports', 1, 0, 'reports', 'that the visit had been postponed'],
      ['site', 'website', 1, 100, 'reported', 'that the trip had been put off until the autumn'],
      ['deny', 'spokeswoman', 1, 200, 'told', 'there has been no postponement, because no date was ever set'],
    ], 1, [['site@1', 'deny@1']]],
    ['the most alike statement is the one denied; a second sentence of the same denier adds nothing', [
      ['quote', 'minister', 1, 100, 'told', 'we have an agreement on the floor price', null],
      ['denied', 'spokesman', 1, 200, 'denied', 'that a deal had been struck'],
      ['no', 'spokesman', 1, 300, 'said', 'there is no agreement on the floor price'],
    ], 1, [['quote@1', 'no@1']]],
    ['a content that names no topic is read in its sentence', [
      ['lead', 'official', 1, 0, 'told', 'The Herald on Tuesday', 'e1', 'The visit has been postponed because of the outbreak, an official told The Herald on Tuesday.'],
      ['deny', 'ministry', 1, 100, 'said', 'the visit has not been postponed'],
    ], 1, [['lead@1', 'deny@1']]],
    ['a source that denied in an earlier report repeats its denial ("who last week denied …"): only the confirmation pairs', [
      ['no', 'spokesman', 1, 0, 'said', 'there is no agreement'],
      ['signed', 'ministers', 2, 0, 'said', 'they signed an agreement on Tuesday'],
      ['again', 'spokesman', 2, 100, 'said', 'last week he denied that any agreement existed'],
    ], 2, [['no@1', 'signed@2']]],
    ['the source that denied a calling-off says it called it off, though the reports\' events were not linked: a confirmation', [
      ['deny', 'union head', 1, 0, 'told', 'the strike has not been called off', 'e1'],
      ['done', 'union head', 2, 0, 'said', 'we have called off the strike because there is an offer', 'e2'],
    ], 2, [['deny@1', 'done@2']]],
    ['negative: another source\'s statement about another event confirms nothing', [
      ['deny', 'union head', 1, 0, 'told', 'the strike has not been called off', 'e1'],
      ['other', 'operator', 2, 0, 'said', 'the talks were called off on Monday', 'e2'],
    ], 2, []],
    ['negative: a hope of an agreement is no statement of one', [
      ['hope', 'minister', 1, 0, 'said', 'he expected an agreement before the end of the week'],
      ['no', 'spokesman', 2, 0, 'said', 'there is no agreement'],
    ], 2, []],
    ['negative: a claim tied to no event pairs only inside its own report', [
      ['quote', 'minister', 1, 0, 'told', 'we have an agreement on the floor price', null],
      ['no', 'spokesman', 2, 0, 'said', 'there is no agreement on the floor price'],
    ], 2, []],
    ['negative: versions of two events in two reports are two slots', [
      ['said', 'minister', 1, 0, 'said', 'we have an agreement on the floor price', 'e1'],
      ['no', 'spokesman', 2, 0, 'said', 'there is no agreement on the floor price', 'e2'],
    ], 2, []],
  ];
  for (const [name, said, article, want] of cases) {
    const found = findDrift([], { events: [], claims: claimsOf(said), quantities: [] }, article).filter((f) => f.kind === 'negation');
    assert.deepEqual(found.map((f) => f.versions), want, name);
  }
});

test(`${P} certainty drifts when one source's modal words change, not their wording, nor between versions about other things`, () => {
  const claimWith = (texts: Array<[number, string, string]>): StoryClaim => {
    const versions = texts.map(([article, cue, text]) => claimOf('c', 'president', article, 0, cue, text).versions[0]!);
    return { ...claimOf('c', 'president', 1, 0, '', ''), slot: 'time', versions };
  };
  const cases: ReadonlyArray<[string, Array<[number, string, string]>, number]> = [
    ['"intention" → "willing" is drift', [[1, 'has expressed', 'his intention to visit Ulaanbaatar soon'], [2, 'said', 'he was willing to visit Ulaanbaatar at an early date']], 1],
    ['negative: "intention" → "intended" (the cue) is the same certainty', [[1, 'has expressed', 'his intention to visit Ulaanbaatar soon'], [2, 'intended', 'to visit Ulaanbaatar "soon"']], 0],
    ['negative: a second report\'s words after ", while" are not this version\'s', [[1, 'has expressed', 'his intention to visit Ulaanbaatar soon'], [2, 'intended', 'to visit Ulaanbaatar "soon", while the other version said he was willing to do so']], 0],
    ['negative: versions about other things (a delegation, the deals\' worth)', [[1, 'added', 'a business delegation of about 40 companies would accompany the leader'], [2, 'said', 'the agreements could be worth more than $1.2 billion over five years']], 0],
    ['"may" → "will" across reports is drift', [[1, 'said', 'the crew may be freed within days'], [2, 'said', 'the crew will be freed within days']], 1],
    ['negative: "may" in an indirect question states no likelihood', [[1, 'declined to say', 'when the crew may be freed'], [2, 'said', 'the crew will be freed within days']], 0],
    ['negative: "will" told again in reported speech as "would" is the same certainty', [[1, 'said', 'there will be no devaluation of the kwacha'], [2, 'told parliament', 'there would be no devaluation of the kwacha']], 0],
    ['"would" → "could" is drift', [[1, 'said', 'there would be no devaluation of the kwacha'], [2, 'said', 'there could be no devaluation of the kwacha']], 1],
    ['negative: the month May is no modal ("will open on Saturday, May 16")', [[1, 'said', 'the new bridge over the river will open to traffic in the coming weeks'], [2, 'said', 'the new bridge over the river will open to traffic on Saturday, May 16']], 0],
    ['"may" the modal is still one', [[1, 'said', 'the new bridge over the river will open to traffic in the coming weeks'], [2, 'said', 'the new bridge over the river may open to traffic in the coming weeks']], 1],
  ];
  for (const [name, texts, want] of cases) {
    const found = findDrift([], { events: [], claims: [claimWith(texts)], quantities: [] }, 2).filter((f) => f.kind === 'certainty');
    assert.equal(found.length, want, name);
  }
  // a wire copy repeats the first wording: the change is from the original, not from the copy
  const copied = claimWith([
    [1, 'said', 'it was reviewing the fault and may open a formal investigation'],
    [2, 'said', 'it was reviewing the fault and may open a formal investigation'],
    [3, 'said', 'it will open a formal investigation into the fault'],
  ]);
  const fromCopy = findDrift([], { events: [], claims: [copied], quantities: [] }, 3).filter((f) => f.kind === 'certainty');
  assert.deepEqual(fromCopy.map((f) => f.versions), [[copied.versions[0]!.id, copied.versions[2]!.id]]);
});

test(`${P} two clauses of one sentence, or two sentences of one report, are statements made at once, never a certainty drift between them`, () => {
  const sentence = 'A spokesman said the case would follow the law and declined to say when the crew might be freed.';
  const version = (id: string, cue: string, text: string): ClaimVersion => ({
    id, article: 1, outlet: 'Outlet 1', published: '2025-03-01T10:00:00Z', text, cue, stance: 'neutral',
    evidence: { article: 1, start: 0, end: sentence.length, text: sentence },
    source: { key: 'spokesman', name: 'spokesman', chain: ['spokesman'] }, quantities: [], negated: false, dateNotSet: false, relayOf: null,
  });
  const claim: StoryClaim = { id: 'c', event: 'e1', source: 'spokesman', sourceName: 'spokesman', slot: 'statement', versions: [version('v1', 'said', 'the case would follow the law and the crew might be freed'), version('v2', 'said', 'the case might follow the law and the crew might be freed')] };
  assert.deepEqual(findDrift([], { events: [], claims: [claim], quantities: [] }, 1).filter((f) => f.kind === 'certainty'), []);
  // nor two sentences of one report: one source's quotes in a report are made at once
  const apart: StoryClaim = { ...claim, versions: [claim.versions[0]!, { ...claim.versions[1]!, evidence: { ...claim.versions[1]!.evidence, start: sentence.length + 1, end: 2 * sentence.length + 1 } }] };
  assert.deepEqual(findDrift([], { events: [], claims: [apart], quantities: [] }, 1).filter((f) => f.kind === 'certainty'), [], 'two sentences of one report');
  // the same two versions in two reports do drift
  const said2 = 'A spokesman said the case might follow the law and the crew might be freed.';
  const later: StoryClaim = { ...claim, versions: [claim.versions[0]!, { ...claim.versions[1]!, article: 2, evidence: { article: 2, start: 0, end: said2.length, text: said2 } }] };
  assert.equal(findDrift([], { events: [], claims: [later], quantities: [] }, 2).filter((f) => f.kind === 'certainty').length, 1);
  // but not where the second report's sentence is the first one's word for word (a wire copy), whichever clause each version is
  const copied: StoryClaim = { ...claim, versions: [claim.versions[0]!, { ...claim.versions[1]!, article: 2, evidence: { ...claim.versions[1]!.evidence, article: 2 } }] };
  assert.deepEqual(findDrift([], { events: [], claims: [copied], quantities: [] }, 2).filter((f) => f.kind === 'certainty'), [], 'one sentence copied word for word');
});

test(`${P} the modal level a sentence gives its event: the modal word nearest a trigger, in its clause`, () => {
  // [sentence, the event's triggers, the level wanted]
  const cases: ReadonlyArray<readonly [string, readonly string[], string | null]> = [
    ['The committee said a reduction could come at its next meeting on August 20.', ['meeting'], 'possible'],
    ['The central bank will cut its policy rate at its next meeting on August 20.', ['cut'], 'will'],
    ['Inflation has made a cut at the August 20 meeting unlikely.', ['meeting'], 'unlikely'],
    ['The president has expressed his intention to visit Ulaanbaatar soon.', ['visit'], 'intend'],
    ['He said he was willing to visit Ulaanbaatar at an early date.', ['visit'], 'willing'],
    ['The bank cut its rate on Wednesday, surprising economists, who had expected it to hold.', ['cut'], null],
    ['The minister spoke in parliament in May about the visit.', ['visit'], null],
    ['The visit will not take place this year.', ['visit'], null],
    ['The bank cut its rate on Wednesday.', ['cut'], null],
    // an indirect question: no likelihood stated, also when the words before the content are given apart
    ['The spokesman declined to say when the crew might be freed.', ['freed'], null],
    ['Officials did not say whether the summit could go ahead.', ['summit'], null],
    ['The spokesman said the crew might be freed within days.', ['freed'], 'possible'],
    // the reports' other languages: a Spanish future in the trigger itself, a possibility; an accentless ending is none
    ['El plenario votará el proyecto el martes 23 de junio.', ['votará'], 'will'],
    ['La votación podría celebrarse en julio.', ['votación'], 'possible'],
    ['Die Abstimmung wird am Dienstag stattfinden.', ['Abstimmung'], 'will'],
    ['The camera crew filmed the vote on Tuesday.', ['vote'], null],
    // French and Italian futures; a noun with such an ending is none
    ["L'épreuve sera reprise samedi.", ['épreuve'], 'will'],
    ['I piloti incroceranno le braccia una seconda volta.', ['braccia'], 'will'],
    ["Le syndicat a filmé l'opéra de la grève.", ['grève'], null],
    // a Portuguese, Italian or Spanish word with such an ending is no future ("primeira volta", "la primera vuelta")
    ['A primeira volta decorreu em março.', ['volta'], null],
    ['La primera vuelta fue en marzo.', ['vuelta'], null],
    ['La bandiera della regione è stata issata.', ['regione'], null],
    ['Le marché fermera lundi.', ['marché'], 'will'],
  ];
  for (const [text, triggers, want] of cases) assert.equal(modalLevel(text, triggers), want, text);
  assert.equal(modalLevel('the crew might be freed', ['freed'], 'He declined to say when '), null);
  // words that give no level of the event: "possible" of another noun, a relative clause's modal, a description, a plan
  // told in the past; each beside the reading that does give one
  const own: ReadonlyArray<readonly [string, readonly string[], string | null]> = [
    ["The monitor said it had begun contacting possible buyers and that creditors would be asked to vote.", ['vote'], null],
    ['The union said a possible strike next week would close the port.', ['strike'], 'possible'],
    ['A vote is possible in April, the speaker said.', ['vote'], 'possible'],
    ['The two sides agreed to a ceasefire that will take effect at midnight.', ['agreed'], null],
    ['The ceasefire will take effect at midnight.', ['ceasefire'], 'will'],
    ['It will be the first referendum on the island since 2012.', ['referendum'], null],
    ['The referendum will be held on September 13.', ['referendum'], 'will'],
    ['A court suspended the ban a week before it was due to take effect.', ['ban'], null],
    ['The ban is due to take effect on April 1.', ['ban'], 'will'],
    ['About 17,000 of its members were expected to stop work.', ['work'], null],
    ['The judge said the police could set conditions but could not refuse the march outright.', ['march'], null],
    ['The judge said the police could stop the march outright.', ['march'], 'possible'],
  ];
  for (const [text, triggers, want] of own) assert.equal(modalLevel(text, triggers), want, text);
  assert.equal(attributivePossible(' buyers and that', ['vote']), true);
  assert.equal(attributivePossible(' strike next week', ['strike']), false);
  assert.equal(attributivePossible(' in April', ['vote']), false);
  assert.equal(attributivePossible('.', ['vote']), false);
  assert.equal(modalLevel('the crew might be freed', ['freed'], 'He said '), 'possible');
});

/** A status step of one report: its sentence, and the event named in it by `trigger`. */
function modal(article: number, status: ReaderStatus, sentence: string): StatusStep {
  return {
    id: `s${article}`, date: `2025-0${article + 1}-10`, status, article, outlet: `Outlet ${article}`, evidence: { article, start: 0, end: sentence.length, text: sentence },
    source: { key: null, name: null, chain: [] }, certainty: 0.8, conflicts: [],
  };
}

test(`${P} certainty findings along an event's timeline: one per change of modal level, earliest first`, () => {
  const could = modal(1, 'expected', 'The bank said a cut could come in August.');
  const will = modal(2, 'dates-announced', 'The bank will cut its rate on August 20.');
  const unlikely = modal(3, 'expected', 'Inflation has made a cut in August unlikely.');
  const cases: ReadonlyArray<{ name: string; steps: StatusStep[]; article: number; want: Array<[string, string]> }> = [
    { name: 'possible → will', steps: [could, will], article: 2, want: [['s1', 's2']] },
    { name: 'will → unlikely, from the latest report only', steps: [could, will, unlikely], article: 3, want: [['s2', 's3']] },
    { name: 'a level repeated, then changed: from where it was first given', steps: [could, modal(2, 'expected', 'A cut may come in August.'), unlikely], article: 3, want: [['s1', 's3']] },
    { name: 'intention → willing', steps: [modal(1, 'expected', 'He intends to visit soon.'), modal(2, 'expected', 'He is willing to visit at an early date.')], article: 2, want: [['s1', 's2']] },
    { name: 'negative: the same level in other words', steps: [could, modal(2, 'expected', 'A cut is possible in August.')], article: 2, want: [] },
    { name: 'negative: a plain past report', steps: [could, modal(2, 'happened', 'The bank could not wait and cut its rate on August 20.')], article: 2, want: [] },
    { name: 'negative: a willingness, then a date, is a plan scheduled (a time finding)', steps: [modal(1, 'expected', 'He is ready to visit soon.'), modal(2, 'dates-announced', 'He will visit on March 24.')], article: 2, want: [] },
    { name: 'negative: a wire copy of the same sentence', steps: [could, { ...could, id: 's2', article: 2 }], article: 2, want: [] },
  ];
  for (const c of cases) {
    const members = c.steps.map((s) => ({ article: s.article, cluster: 'ev0', trigger: /visit/.test(s.evidence.text) ? 'visit' : 'cut' }));
    const event: TrackedEvent = { id: 'e1', story: 1, type: 'ECONOMY', lemma: 'cut', label: 'cut', participants: [], actors: [], places: [], when: null, firstSeen: null, members, timeline: c.steps, status: null };
    const found = findDrift([], { events: [event], claims: [], quantities: [] }, c.article).filter((f) => f.kind === 'certainty');
    assert.deepEqual(found.map((f) => f.versions), c.want, c.name);
  }
});

test(`${P} a report's certainty is read from a sentence whose modal governs the event's trigger, before the shortest`, () => {
  const reads: ReadonlyArray<readonly [string, readonly string[], { level: string; governs: boolean } | null]> = [
    ['The government will shorten the night curfew.', ['curfew'], { level: 'will', governs: true }],
    ['From Thursday the curfew will run from 10 pm.', ['curfew'], { level: 'will', governs: false }],
    ['The first sailings will carry passengers.', ['sailings'], { level: 'will', governs: false }],
    ['Ferries could start sailing on Thursday.', ['sailing'], { level: 'possible', governs: true }],
    ['The curfew ended on Monday.', ['curfew'], null],
  ];
  for (const [text, triggers, want] of reads) assert.deepEqual(modalRead(text, triggers), want, text);
  const step = (article: number, id: string, start: number, sentence: string): StatusStep => ({ ...modal(article, 'expected', sentence), id, evidence: { article, start, end: start + sentence.length, text: sentence } });
  const may = step(1, 'may', 0, 'The curfew may be eased once calm returns.');
  const cases: ReadonlyArray<{ name: string; steps: StatusStep[]; want: Array<[string, string]> }> = [
    {
      name: 'the longer sentence whose "will" governs the trigger, not the shorter one where the curfew is a subject',
      steps: [may, step(2, 'shorten', 0, 'The council said on Monday that it will shorten the night curfew from Thursday.'), step(2, 'run', 200, 'The curfew will run from 10 pm.')],
      want: [['may', 'shorten']],
    },
    {
      name: 'the governing sentence also when it comes later in the report',
      steps: [may, step(2, 'run', 0, 'The curfew will run from 10 pm.'), step(2, 'shorten', 200, 'The council said on Monday that it will shorten the night curfew from Thursday.')],
      want: [['may', 'shorten']],
    },
    {
      name: 'negative: neither governs, the shortest is read',
      steps: [may, step(2, 'long', 0, 'From Thursday, August 20, the curfew will run from 10 pm to 5 am, police said.'), step(2, 'short', 200, 'The curfew will run from 10 pm.')],
      want: [['may', 'short']],
    },
  ];
  for (const c of cases) {
    const members = c.steps.map((s) => ({ article: s.article, cluster: 'ev0', trigger: 'curfew' }));
    const event: TrackedEvent = { id: 'e1', story: 1, type: 'POLITICS', lemma: 'curfew', label: 'curfew', participants: [], actors: [], places: [], when: null, firstSeen: null, members, timeline: c.steps, status: null };
    const found = findDrift([], { events: [event], claims: [], quantities: [] }, 2).filter((f) => f.kind === 'certainty');
    assert.deepEqual(found.map((f) => f.versions), c.want, c.name);
  }
});

test(`${P} a conversion in parentheses, a supply's size and a bare noun in common with an older figure do not pick the versions`, () => {
  const said = (article: number, text: string, low: number, high: number, unit: string, sentence: string): QuantityObservation => {
    const start = article * 1000 + sentence.indexOf(text);
    return { article, day: `2025-03-0${article}`, outlet: `Outlet ${article}`, source: null, text, low, high, unit, evidence: { article, start, end: start + sentence.length, text: sentence } };
  };
  const L1 = 'The contract cost the public 40 million pula ($2.9 million), police said.';
  const L2 = 'The loss to the public came to 61 million pula ($4.4 million), prosecutors said.';
  const cases: ReadonlyArray<{ name: string; obs: QuantityObservation[]; want: Array<[string, string]> }> = [
    {
      name: 'a currency conversion restates the amount before it: only the pula figures drift',
      obs: [said(1, '40 million pula', 4e7, 4e7, 'BWP', L1), said(1, '$2.9 million', 2.9e6, 2.9e6, 'USD', L1), said(2, '61 million pula', 6.1e7, 6.1e7, 'BWP', L2), said(2, '$4.4 million', 4.4e6, 4.4e6, 'USD', L2)],
      want: [['40 million pula', '61 million pula']],
    },
    {
      name: 'negative: doses for 350,000 people are a supply, not the people a campaign reached',
      obs: [said(1, '350,000 people', 350000, 350000, 'person', 'Oral cholera vaccine for 350,000 people arrived on Friday.'), said(2, '331,000 people', 331000, 331000, 'person', 'The campaign reached 331,000 people.')],
      want: [],
    },
    {
      name: 'the bare noun "patients" decides nothing: "more than 40 patients" updates the latest "31", not the older "23 patients"',
      obs: [said(1, '23 patients', 23, 23, 'patient', 'After 23 patients fell seriously ill, the opposition spoke.'), said(2, '31', 31, 31, 'patient', 'The number of patients harmed has risen to 31, she said.'), said(3, 'More than 40 patients', 41, Infinity, 'patient', 'More than 40 patients have now been harmed.')],
      want: [['31', 'More than 40 patients']],
    },
  ];
  for (const c of cases) {
    const last = c.obs[c.obs.length - 1]!.article;
    const found = findDrift([], { events: [], claims: [], quantities: c.obs }, last).filter((f) => f.kind === 'quantity');
    const text = (e: { article: number; start: number }): string => c.obs.find((o) => o.article === e.article && o.evidence.start === e.start)!.text;
    assert.deepEqual(found.map((f) => [text(f.a), text(f.b)]), c.want, c.name);
  }
});

test(`${P} a finding names a source with its outlet, and an outlet speaking for itself once`, () => {
  assert.equal(who('Camille Dorval', 'Meridian Wire', 3), 'Camille Dorval, Meridian Wire');
  assert.equal(who('Meridian Wire', 'Meridian Wire', 3), 'Meridian Wire');
  assert.equal(who(null, 'Meridian Wire', 3), 'Meridian Wire');
  assert.equal(who('Camille Dorval', null, 3), 'Camille Dorval #3');
  assert.equal(who(null, null, 3), 'unattributed #3');
});

test('link/drift: a span from a report\'s day and a period that holds its end are one deadline', () => {
  const at = (text: string, from: string | null, to: string): TimedStep =>
    ({ id: text, date: '2025-02-03', status: 'expected', article: 1, outlet: null, evidence: { article: 1, start: 0, end: 1, text }, source: { key: null, name: null, chain: [] }, time: { text, value: null, window: { from, to } }, certainty: 0.8, conflicts: [] }) as TimedStep;
  const cases: ReadonlyArray<{ a: TimedStep; b: TimedStep; want: boolean; why: string }> = [
    { a: at('within three months', '2025-02-03', '2025-05-04'), b: at('early May', null, '2025-05-31'), want: true, why: 'the span ends in the month that bounds the other' },
    { a: at('within a month', '2026-01-15', '2026-02-14'), b: at('the week of February 9', '2026-02-09', '2026-02-15'), want: true, why: 'the span ends inside the other period' },
    { a: at('within a month', '2026-01-15', '2026-02-14'), b: { ...at('February 15', null, '2026-02-15'), time: { text: 'February 15', value: '2026-02-15', window: { from: null, to: '2026-02-15' } } }, want: true, why: 'the day the span ends on, give or take a day' },
    // negatives
    { a: at('within a month', '2026-01-15', '2026-02-14'), b: at('February 10', null, '2026-02-10'), want: false, why: 'a day before the span ends brings it forward' },
    { a: at('within days', '2025-09-08', '2025-09-15'), b: at('within weeks', '2025-09-10', '2025-10-01'), want: false, why: 'two spans' },
    { a: at('in June', '2025-06-01', '2025-06-30'), b: at('early May', null, '2025-05-31'), want: false, why: 'no span from a report day' },
    { a: at('within two weeks', '2025-02-03', '2025-02-17'), b: { ...at('February 28', null, '2025-02-28'), time: { text: 'February 28', value: '2025-02-28', window: { from: null, to: '2025-02-28' } } }, want: false, why: 'a day named as the deadline days after the span ends moves it later' },
    { a: at('within two weeks', '2025-02-03', '2025-02-17'), b: { ...at('in the coming weeks', '2025-02-03', '2025-03-31'), date: '2025-02-03' }, want: false, why: 'a vague span from the other report\'s day is no deadline' },
  ];
  for (const c of cases) {
    assert.equal(sameDeadline(c.a, c.b), c.want, c.why);
    assert.equal(sameDeadline(c.b, c.a), c.want, `${c.why} (either order)`);
  }
});

test(`${P} a topic named as an act done, not a thing spoken of; two sources credited in one sentence`, () => {
  const AGREE = /\b(?:agree\w*|deal|signed|sign)\b/i;
  const acts: ReadonlyArray<{ text: string; want: boolean }> = [
    { text: 'The handlers signed a pay agreement on Thursday.', want: true },
    { text: 'The two sides reached a deal late on Friday.', want: true },
    { text: 'The union has agreed to the offer.', want: true },
    { text: 'The agreement gives the handlers a 3.5 percent rise.', want: false },
    { text: 'Officials were drafting eight agreements for the visit.', want: false },
    { text: 'The minister said the agreement was fair to teachers.', want: false },
  ];
  for (const c of acts) assert.equal(namesAct(c.text, AGREE), c.want, c.text);
  const sentences: ReadonlyArray<{ text: string; want: boolean }> = [
    { text: 'The toll rose to six, the agency said, while the Red Cross said it had counted nine dead.', want: true },
    { text: 'The agency puts the death toll at 26, while the Red Cross puts it at 29.', want: true },
    { text: 'Police said they arrested 41 people; a rights group put the number at 63.', want: true },
    { text: 'Two aircraft, one from Bishkek and one from Dushanbe, are expected to land after 9 a.m.', want: false },
    { text: 'About 98,000 vehicles had crossed by 6 pm, against some 120,000 on a normal weekday, the ministry said.', want: false },
    { text: 'Ten of 13 economists polled had forecast a cut.', want: false },
  ];
  for (const c of sentences) assert.equal(twoSourcesIn(c.text), c.want, c.text);
});
