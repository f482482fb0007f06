import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../default-pipeline.js';
import { quantitiesByClaim } from '../../doc/views/quantities.js';

const P = 'quantities:';

test(`${P} a quantity is attached to its event, its time, and the attribution and claim that assert it`, () => {
  const text = 'The ministry said on Monday that about 40 companies would join the visit to Astana.';
  const doc = annotate(text, { published: '2025-05-12' });
  const [q, ...rest] = doc.layers.quantities ?? [];
  assert.equal(rest.length, 0);
  assert.equal(text.slice(q!.start, q!.end), 'about 40 companies');
  const event = (doc.layers.events ?? []).find((e) => e.id === q!.event);
  assert.equal(event && text.slice(event.trigger.start, event.trigger.end), 'visit');
  assert.equal(q!.cluster, event!.cluster);
  assert.equal(q!.asOf?.value, '2025-05-12');
  const claim = (doc.layers.claims ?? []).find((c) => c.id === q!.claim);
  assert.ok(claim, 'the claim exists');
  assert.equal(claim!.attribution, q!.attribution);
  assert.deepEqual(quantitiesByClaim(doc).get(claim!.id)?.map((v) => v.text), ['about 40 companies']);
});

test(`${P} revisions link the new figure to the earlier one, and a bare figure takes its unit from the sentence`, () => {
  const text = 'The death toll rose to 110, up from 94, the governor said.';
  const qs = annotate(text, { published: '2025-05-12' }).layers.quantities ?? [];
  assert.deepEqual(qs.map((q) => [text.slice(q.start, q.end), q.unit]), [['110', 'death'], ['94', 'death']]);
  assert.equal(qs[0]!.revisionOf, qs[1]!.id);
  assert.equal(qs[1]!.revisionOf, undefined);
  const fromTo = 'Prices climbed from $280 to $312 a tonne.';
  const ft = annotate(fromTo, { published: '2025-05-12' }).layers.quantities ?? [];
  assert.deepEqual(ft.map((q) => fromTo.slice(q.start, q.end)), ['$280', '$312 a tonne']);
  assert.equal(ft[1]!.revisionOf, ft[0]!.id);
});

test(`${P} an earlier figure is about the event its revision is about`, () => {
  const text = 'Police now say 23 people died in the blast, up from an earlier figure of 18.';
  const qs = annotate(text, { published: '2025-05-12' }).layers.quantities ?? [];
  assert.deepEqual(qs.map((q) => text.slice(q.start, q.end)), ['23 people', '18']);
  assert.equal(qs[0]!.revisionOf, qs[1]!.id);
  assert.ok(qs[0]!.event);
  assert.equal(qs[1]!.event, qs[0]!.event);
  // no revision: each figure keeps its own event
  const apart = 'Police said 23 people died in the blast and 18 were hurt in the crush.';
  const [died, hurt] = annotate(apart, { published: '2025-05-12' }).layers.quantities ?? [];
  assert.notEqual(died!.event, hurt!.event);
});

test(`${P} an earlier figure with its own verb right after it keeps that verb's event`, () => {
  const text = 'Police arrested 45 protesters on Saturday, compared with the 30 detained at the previous march.';
  const doc = annotate(text, { published: '2025-05-12' });
  const trigger = (id: string | null): string | null => {
    const e = (doc.layers.events ?? []).find((x) => x.id === id);
    return e ? text.slice(e.trigger.start, e.trigger.end) : null;
  };
  const qs = doc.layers.quantities ?? [];
  assert.deepEqual(qs.map((q) => [text.slice(q.start, q.end), trigger(q.event), q.unit]), [['45 protesters', 'arrested', 'protester'], ['30', 'detained', 'protester']]);
  assert.equal(qs[0]!.revisionOf, qs[1]!.id);
});

test(`${P} a bare figure's unit: a toll counts deaths, a crowd people, "voted N to M" votes; a cue's function word does not end the scan`, () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    ["The toll from Sunday's stampede rose to 31.", '31', 'death'],
    ['The death toll rose to 31.', '31', 'death'],
    ['Police estimated the crowd at 15,000.', '15,000', 'person'],
    ['Lawmakers voted 58 to 41 to approve the budget.', '41', 'vote'],
    ['Lawmakers voted 58 to 41 to approve the budget.', '58', 'vote'],
    ['The protesters, numbering about 5,000, marched to the palace.', 'about 5,000', 'protester'],
    ['The minimum wage will rise to 1,200 lari a month.', '1,200 lari a month', 'GEL'],
    // "the number of" with two modifiers before the counted noun; a plural after a preposition is not it
    ['The number of confirmed cholera cases climbed to 1,482.', '1,482', 'case'],
    // negative: a participle after the counted noun is no modifier, and an auxiliary is no counted plural
    ['The number of people evacuated has risen to 1,500.', '1,500', 'person'],
    ['The number of refugees in camps rose to 4,000.', '4,000', 'refugee'],
    ['The number of newly displaced families in the region rose to 640.', '640', 'family'],
    // a noun before "numbered" counts; the bare object of a verb of casualty counts people, or what the sentence counted before
    ['Casualties numbered about 40 after the ambush.', 'about 40', 'casualty'],
    ['Protesters numbering in the tens of thousands marched on Saturday.', 'tens of thousands', 'protester'],
    ['Quake kills 40 in northern Tarsia.', '40', 'person'],
    ['Gunmen opened fire on a wedding party, killing 14 guests and wounding 22.', '22', 'guest'],
    // negatives: "the tally" names no deaths; a figure after "at" with no crowd counts nothing named
    ['The tally rose to 31.', '31', 'count'],
    ['The index stood at 15,000.', '15,000', 'count'],
  ];
  for (const [text, mention, unit] of cases) {
    const q = (annotate(text, { published: '2025-05-12' }).layers.quantities ?? []).find((x) => text.slice(x.start, x.end) === mention);
    assert.equal(q?.unit, unit, `${text} [${mention}]`);
  }
  const text = 'The referendum passed with 54% of the vote.';
  const doc = annotate(text, { published: '2025-05-12' });
  const q = (doc.layers.quantities ?? [])[0]!;
  const e = (doc.layers.events ?? []).find((x) => x.id === q.event);
  assert.equal(e && text.slice(e.trigger.start, e.trigger.end), 'passed');
});

test(`${P} numbers inside dates, times and durations are the time layer's, not amounts`, () => {
  const text = 'On May 20, at 10 a.m., ministers met for three days in 2024.';
  assert.deepEqual(annotate(text, { published: '2025-05-12' }).layers.quantities, []);
});

test(`${P} numbers with no claim have no attribution`, () => {
  const text = 'Floods destroyed 300 homes in the valley.';
  const [q] = annotate(text, { published: '2025-05-12' }).layers.quantities ?? [];
  assert.equal(q!.attribution, null);
  assert.equal(q!.claim, null);
  assert.equal(q!.unit, 'home');
});

test(`${P} the sides of a tally: a bare side is read, counts votes and shares its counted side's event; a revision is no tally`, () => {
  const cases: ReadonlyArray<{ text: string; want: Array<[string, string]>; sameEvent: boolean }> = [
    { text: 'The bill passed by 312 votes to 190 after a long debate.', want: [['312 votes', 'vote'], ['190', 'vote']], sameEvent: true },
    { text: 'The resolution was adopted with 120 votes in favour and 8 against.', want: [['120 votes', 'vote'], ['8', 'vote']], sameEvent: true },
    { text: 'Lawmakers rejected the amendment, with 204 voting against it.', want: [['204', 'vote']], sameEvent: false },
    // negative: "from 94 to 110" is a revision, linked as one, not a tally
    { text: 'The toll from the quake climbed from 94 people to 110.', want: [['94 people', 'person'], ['110', 'person']], sameEvent: true },
  ];
  for (const { text, want, sameEvent } of cases) {
    const qs = annotate(text, { published: '2025-05-12' }).layers.quantities ?? [];
    assert.deepEqual(qs.map((q) => [text.slice(q.start, q.end), q.unit]), want, text);
    if (sameEvent) assert.equal(qs[1]!.event, qs[0]!.event, text);
  }
});

test(`${P} a bare object of a verb coordinated after a counted amount counts the same thing; a part counts its whole`, () => {
  const cases: ReadonlyArray<[string, Array<[string, string]>]> = [
    ['The outbreak has infected 1,340 people and killed 27 since March.', [['1,340 people', 'person'], ['27', 'person']]],
    ['A bomb exploded in Karsh, killing 12 people and wounding 40.', [['12 people', 'person'], ['40', 'person']]],
    ['Three of the injured were airlifted to hospital.', [['Three', 'person']]],
    ['Two of the suspects were released.', [['Two', 'suspect']]],
    // negative: no counted amount before, so a bare number after a verb is no amount
    ['The team finished and scored 27 in the second half.', []],
  ];
  for (const [text, want] of cases) {
    const qs = annotate(text, { published: '2025-05-12' }).layers.quantities ?? [];
    assert.deepEqual(qs.map((q) => [text.slice(q.start, q.end), q.unit]), want, text);
  }
});

test(`${P} a comma-led "up from the N …" revises the sentence's earlier count across its clause, and counts the same thing`, () => {
  const cases: ReadonlyArray<{ text: string; want: Array<[string, string]>; revises: Array<number | null> }> = [
    {
      text: 'The league said more than 20 clubs had applied for a licence to join the new division next season, up from the 12 that applied last year.',
      want: [['more than 20 clubs', 'club'], ['12', 'club']],
      revises: [1, null],
    },
    {
      text: 'Officials counted 75 boats in the harbour on the morning of the regatta, compared with the 60 that came in 2023.',
      want: [['75 boats', 'boat'], ['60', 'boat']],
      revises: [1, null],
    },
    // negative: no comma-led cue, so a far figure is not a revision
    {
      text: 'The league said more than 20 clubs had applied for a licence to join the new division and 12 stadiums were ready.',
      want: [['more than 20 clubs', 'club'], ['12 stadiums', 'stadium']],
      revises: [null, null],
    },
  ];
  for (const c of cases) {
    const qs = annotate(c.text, { published: '2025-05-12' }).layers.quantities ?? [];
    assert.deepEqual(qs.map((q) => [c.text.slice(q.start, q.end), q.unit]), c.want, c.text);
    assert.deepEqual(qs.map((q) => (q.revisionOf ? qs.findIndex((r) => r.id === q.revisionOf) : null)), c.revises, c.text);
  }
});

test(`${P} a quantity whose qualifier lies just before an attribution's content still belongs to it`, () => {
  const cases: ReadonlyArray<{ text: string; mention: string; attributed: boolean }> = [
    // the passive cue's content starts at the number: the qualifier before it does not take the amount out
    { text: 'The minister will open a trade fair on Friday, where more than 40 Turkish firms are expected, before flying home.', mention: 'more than 40 Turkish firms', attributed: true },
    { text: 'Up to 300 delegates are expected at the summit.', mention: 'Up to 300 delegates', attributed: true },
    { text: 'Officials said more than 40 firms would attend the fair.', mention: 'more than 40 firms', attributed: true },
    // negative: the report's own statement has no attribution
    { text: 'More than 40 firms attended the fair on Friday.', mention: 'More than 40 firms', attributed: false },
  ];
  for (const c of cases) {
    const doc = annotate(c.text, { published: '2025-05-12' });
    const qs = doc.layers.quantities ?? [];
    assert.deepEqual(qs.map((q) => c.text.slice(q.start, q.end)), [c.mention], c.text);
    assert.equal(qs[0]!.attribution !== null, c.attributed, c.text);
    assert.equal(qs[0]!.claim !== null, c.attributed, c.text);
  }
});

test(`${P} a part named after ", including" shares its whole's event, and a subject reaches its verb past the phrase`, () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<[string, string | null]>]> = [
    ['Around 30 people, including 6 children, were treated for burns.', [['Around 30 people', 'treated'], ['6 children', 'treated']]],
    ['Gunmen killed 12 villagers, including three children, on Sunday.', [['12 villagers', 'killed'], ['three children', 'killed']]],
    // negative: a part that counts events of its own keeps them
    ['The number of confirmed cases rose to 1,204 on Monday, including 37 deaths.', [['1,204', null], ['37 deaths', 'deaths']]],
  ];
  for (const [text, want] of cases) {
    const doc = annotate(text, { published: '2025-05-12' });
    const got = (doc.layers.quantities ?? []).map((q) => {
      const e = (doc.layers.events ?? []).find((x) => x.id === q.event);
      return [text.slice(q.start, q.end), e ? text.slice(e.trigger.start, e.trigger.end) : null];
    });
    assert.deepEqual(got, want, text);
  }
});

test(`${P} a spelled-out number opening a sentence is read, also where the NER took it for a name`, () => {
  const cases: ReadonlyArray<[string, string, string, string]> = [
    ['Fifty-four migrants drowned when their boat capsized.', 'Fifty-four migrants', 'migrant', 'drowned'],
    ['Twenty-three Iraqi policemen were wounded in a bombing.', 'Twenty-three Iraqi policemen', 'policeman', 'wounded'],
    ['Forty-two people were killed when a bus overturned.', 'Forty-two people', 'person', 'killed'],
    ['Twelve soldiers died in an ambush.', 'Twelve soldiers', 'soldier', 'died'],
  ];
  for (const [text, mention, unit, trigger] of cases) {
    const doc = annotate(text, { published: '2025-05-12' });
    const qs = doc.layers.quantities ?? [];
    assert.deepEqual(qs.map((q) => [text.slice(q.start, q.end), q.unit]), [[mention, unit]], text);
    const event = (doc.layers.events ?? []).find((e) => e.id === qs[0]!.event);
    assert.equal(event && text.slice(event.trigger.start, event.trigger.end), trigger, text);
  }
  // negative: a name that a number word opens is no amount
  const dam = 'The Three Gorges Dam was completed in 2006.';
  assert.deepEqual(annotate(dam, { published: '2025-05-12' }).layers.quantities ?? [], []);
});

test(`${P} a bare figure revised by a sum or a measure is one too; a change's base level is not`, () => {
  const cases: ReadonlyArray<{ text: string; want: ReadonlyArray<readonly [string, string, string]> }> = [
    {
      text: 'The company reported a net profit of 640 million dollars for the quarter, up from 512 million a year earlier.',
      want: [['640 million dollars', 'currency', 'USD'], ['512 million', 'currency', 'USD']],
    },
    {
      text: 'Output rose to 1.2 million barrels a day, up from 900,000 in May.',
      want: [['1.2 million barrels a day', 'measure', 'barrel/day'], ['900,000', 'measure', 'barrel/day']],
    },
    // negative: a share is a change, and the figure after "from" its base, no share
    { text: 'The index fell 2% from 5,400.', want: [['2%', 'percent', 'percent'], ['5,400', 'count', 'count']] },
    // negative: no revision between them, so the bare figure keeps its own kind
    { text: 'The firm paid $3 million and hired 40 more staff.', want: [['$3 million', 'currency', 'USD'], ['40 more staff', 'count', 'staff']] },
  ];
  for (const c of cases) {
    const qs = annotate(c.text, { published: '2025-05-12' }).layers.quantities ?? [];
    assert.deepEqual(qs.map((q) => [c.text.slice(q.start, q.end), q.unitKind, q.unit]), c.want, c.text);
  }
});

test(`${P} a light verb kept only as a counted occurrence passes the amount to the event beside it`, () => {
  const text = 'The recall covers roughly 85,000 vehicles built between 2021 and 2023.';
  const doc = annotate(text, { published: '2025-05-12' });
  const q = (doc.layers.quantities ?? []).find((x) => text.slice(x.start, x.end) === 'roughly 85,000 vehicles');
  assert.ok(q);
  const event = (doc.layers.events ?? []).find((e) => e.id === q.event);
  // the counted "covers" is no event of the amount's: the recall is, when the events layer reads it, else none
  assert.notEqual(event && text.slice(event.trigger.start, event.trigger.end), 'covers');
});

test(`${P} 1.25: units from a toll's event, a crowd estimated, a subject of change; a peak revised; a figure compared; counts of sources`, () => {
  const eventOf = (doc: ReturnType<typeof annotate>, text: string, mention: string): string | null | undefined => {
    const q = (doc.layers.quantities ?? []).find((x) => text.slice(x.start, x.end) === mention);
    if (!q) return undefined;
    const e = (doc.layers.events ?? []).find((x) => x.id === q.event);
    return e ? text.slice(e.trigger.start, e.trigger.end) : null;
  };
  const units: ReadonlyArray<{ text: string; mention: string; unit: string }> = [
    // before "toll" a word of no casualty names the event whose dead are counted; before "tally" the counted thing
    { text: 'Quake toll climbs to 212 as rescuers search ruins', mention: '212', unit: 'death' },
    { text: 'The injury toll rose to 40.', mention: '40', unit: 'injury' },
    { text: 'The vote tally reached 212.', mention: '212', unit: 'vote' },
    { text: 'A crowd estimated at 15,000 gathered outside parliament.', mention: '15,000', unit: 'person' },
    { text: 'Hospital admissions for flu doubled in a week to 3,140.', mention: '3,140', unit: 'admission' },
    // negative: a subject of prices is measured, not counted
    { text: 'Prices doubled in a year to 3,140.', mention: '3,140', unit: 'count' },
    { text: 'Output has fallen to about 180,000 barrels per day from a peak of 410,000 in 2019.', mention: '410,000', unit: 'barrel/day' },
  ];
  for (const c of units) {
    const q = (annotate(c.text, { published: '2026-12-06' }).layers.quantities ?? []).find((x) => c.text.slice(x.start, x.end) === c.mention);
    assert.equal(q?.unit, c.unit, c.text);
  }
  const peak = 'Output has fallen to about 180,000 barrels per day from a peak of 410,000 in 2019.';
  const pq = annotate(peak, { published: '2026-12-06' }).layers.quantities ?? [];
  assert.equal(pq[0]!.revisionOf, pq[1]!.id);
  const events: ReadonlyArray<{ text: string; mention: string; event: string | null }> = [
    // the second figure of a comparison shares the first's event
    { text: 'Halvorsen won 52.4% of the vote against 44.1% for Ibsen, the commission said.', mention: '44.1%', event: 'won' },
    // a count heading the source of a saying counts the sources; a count further inside one, or with its verb past it, does not
    { text: 'Two senior officials briefed on the talks said the deal could be signed within weeks.', mention: 'Two senior officials', event: null },
    { text: 'Two of the judges dissented, arguing that the law breached the constitution.', mention: 'Two', event: 'dissented' },
    { text: '"That is fair," said Batzorig Enkhbold, chairman of the committee, who steered the bill through three readings.', mention: 'three readings', event: 'steered' },
  ];
  for (const c of events) assert.equal(eventOf(annotate(c.text, { published: '2026-12-06' }), c.text, c.mention), c.event, c.text);
});

test(`${P} 1.28: a difference and a rival's share share their figure's event; a level after ", rising to" takes the sum's unit; an event noun modifying a plain noun is not the amount's`, () => {
  const at = (text: string, mention: string): { event: string | null; unit: string } | undefined => {
    const doc = annotate(text, { published: '2026-12-06' });
    const q = (doc.layers.quantities ?? []).find((x) => text.slice(x.start, x.end) === mention);
    if (!q) return undefined;
    const e = (doc.layers.events ?? []).find((x) => x.id === q.event);
    return { event: e ? text.slice(e.trigger.start, e.trigger.end) : null, unit: q.unit };
  };
  const cases: ReadonlyArray<{ text: string; mention: string; event?: string | null; unit?: string }> = [
    { text: 'Rasmussen was re-elected with 61,402 votes, about 4,000 more than her nearest rival.', mention: 'about 4,000', event: 'votes', unit: 'vote' },
    { text: 'Marek Halvorsen took 41.2% of the vote in the first round, ahead of Ida Strand with 33.5%.', mention: '33.5%', event: 'took' },
    { text: 'Dynamo Kasel signed the winger for a fee of 35 million euros, rising to 42 million with add-ons.', mention: '42 million', event: 'rising', unit: 'EUR' },
    { text: 'Turnout in the strike ballot was 71 percent.', mention: '71 percent', event: null },
    { text: 'Consumer prices rose 0.4% in March from February, taking the annual rate to 2.9%.', mention: '2.9%', event: 'rose' },
    // negatives: a difference with no figure before it is none of its; a bare figure after "to" with no comma keeps no sum's unit;
    // an event noun right before the amount's verb is still the amount's
    { text: 'Prices rose 3% in May, ahead of forecasts.', mention: '3%', event: 'rose' },
    { text: 'The strike grounded 420 flights.', mention: '420 flights', event: 'grounded' },
    { text: 'Turnout in the strike reached 71 percent.', mention: '71 percent', event: 'strike' },
  ];
  for (const c of cases) {
    const got = at(c.text, c.mention);
    assert.ok(got, `${c.text}: no quantity "${c.mention}"`);
    if (c.event !== undefined) assert.equal(got.event, c.event, c.text);
    if (c.unit !== undefined) assert.equal(got.unit, c.unit, c.text);
  }
});

test(`${P} 1.29: a linking verb's state, a clause past a cause phrase, a past verb after an "of" complement, a difference short of a threshold`, () => {
  const at = (text: string, mention: string): { event: string | null; unit: string } | undefined => {
    const doc = annotate(text, { published: '2026-12-08' });
    const q = (doc.layers.quantities ?? []).find((x) => text.slice(x.start, x.end) === mention);
    if (!q) return undefined;
    const e = (doc.layers.events ?? []).find((x) => x.id === q.event);
    return { event: e ? text.slice(e.trigger.start, e.trigger.end) : null, unit: q.unit };
  };
  const cases: ReadonlyArray<{ text: string; mention: string; event?: string | null; unit?: string }> = [
    { text: 'Ports in 6 provinces will remain shut on Monday because of the typhoon, affecting some 9,000 travellers.', mention: '6 provinces', event: 'shut' },
    { text: 'Ports in 6 provinces will remain shut on Monday because of the typhoon, affecting some 9,000 travellers.', mention: 'some 9,000 travellers', event: 'shut' },
    { text: 'Nearly 70% of registered voters voted in the referendum.', mention: 'Nearly 70%', event: 'voted' },
    { text: 'The ruling bloc won 201 of the 450 seats, 25 short of a majority.', mention: '25', event: 'won', unit: 'seat' },
    // negatives: a comma phrase with no cause before it hangs on the event before the comma; a linking verb alone is still read
    { text: 'The storm flooded the coast, affecting some 9,000 travellers.', mention: 'some 9,000 travellers', event: 'flooded' },
  ];
  for (const c of cases) {
    const got = at(c.text, c.mention);
    assert.ok(got, `${c.text}: no quantity "${c.mention}"`);
    if (c.event !== undefined) assert.equal(got.event, c.event, `${c.text} [${c.mention}]`);
    if (c.unit !== undefined) assert.equal(got.unit, c.unit, c.text);
  }
});
