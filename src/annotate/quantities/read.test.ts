import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockedBy, boundInterval, nameAfterNumber, nounLemma, readQuantities, readSentenceQuantities } from './read.js';

const P = 'quantities/read:';

interface Want {
  readonly text: string;
  readonly value: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly bound?: string;
  readonly unit?: string | null;
  readonly per?: string;
}

const read = (s: string): Want[] =>
  readQuantities(s).map((q) => ({ text: s.slice(q.start, q.end), value: q.value, low: q.low, high: q.high, bound: q.bound, unit: q.unit, ...(q.per ? { per: q.per } : {}) }));

test(`${P} numbers, bounds and units`, () => {
  const cases: ReadonlyArray<{ text: string; want: Want }> = [
    { text: 'at least 64 people were killed', want: { text: 'at least 64 people', value: 64, low: 64, high: null, bound: 'atLeast', unit: 'person' } },
    { text: 'more than 200 injured', want: { text: 'more than 200 injured', value: 200, low: 200, high: null, bound: 'moreThan', unit: 'person' } },
    { text: 'about 40 companies', want: { text: 'about 40 companies', value: 40, low: 36, high: 44, bound: 'about', unit: 'company' } },
    { text: 'nearly 30,000 evacuees', want: { text: 'nearly 30,000 evacuees', value: 30000, low: 27000, high: 30000, bound: 'nearly', unit: 'evacuee' } },
    { text: 'up to 50 firms', want: { text: 'up to 50 firms', value: 50, low: null, high: 50, bound: 'upTo', unit: 'firm' } },
    { text: 'fewer than 10 boats', want: { text: 'fewer than 10 boats', value: 10, low: null, high: 10, bound: 'lessThan', unit: 'boat' } },
    { text: 'a deal worth $1.2 billion', want: { text: '$1.2 billion', value: 1.2e9, bound: 'exact', unit: 'USD' } },
    { text: 'paid €40 million', want: { text: '€40 million', value: 4e7, unit: 'EUR' } },
    { text: 'raised £3m', want: { text: '£3m', value: 3e6, unit: 'GBP' } },
    { text: 'spent 500 million yuan', want: { text: '500 million yuan', value: 5e8, unit: 'CNY' } },
    { text: 'lost 3 million rubles', want: { text: '3 million rubles', value: 3e6, unit: 'RUB' } },
    { text: 'got 2 billion US dollars', want: { text: '2 billion US dollars', value: 2e9, unit: 'USD' } },
    { text: 'a price of $5,200 a tonne', want: { text: '$5,200 a tonne', value: 5200, unit: 'USD', per: 'tonne' } },
    { text: 'a $400-a-tonne premium', want: { text: '$400-a-tonne', value: 400, unit: 'USD', per: 'tonne' } },
    { text: 'about 60% of the crop', want: { text: 'about 60%', value: 60, bound: 'about', unit: 'percent' } },
    { text: 'rose 5 per cent', want: { text: '5 per cent', value: 5, unit: 'percent' } },
    { text: 'a pipeline of 1,200 km', want: { text: '1,200 km', value: 1200, unit: 'km' } },
    { text: 'four miners', want: { text: 'four miners', value: 4, unit: 'miner' } },
    // a plain noun before the counted one, and "more"
    { text: 'a delegation of 35 business leaders', want: { text: '35 business leaders', value: 35, unit: 'leader' } },
    { text: 'signed 17 cooperation agreements', want: { text: '17 cooperation agreements', value: 17, unit: 'agreement' } },
    { text: 'found two more bodies', want: { text: 'two more bodies', value: 2, unit: 'body' } },
    { text: 'twenty-one soldiers', want: { text: 'twenty-one soldiers', value: 21, unit: 'soldier' } },
    { text: 'a dozen journalists', want: { text: 'a dozen journalists', value: 12, unit: 'journalist' } },
    { text: 'two hundred thousand people', want: { text: 'two hundred thousand people', value: 200000, unit: 'person' } },
    { text: 'built 1 200 homes', want: { text: '1 200 homes', value: 1200, unit: 'home' } },
    { text: 'carried 4.2m passengers', want: { text: '4.2m passengers', value: 4.2e6, unit: 'passenger' } },
    { text: 'dozens of protesters', want: { text: 'dozens of protesters', value: null, low: 24, high: 99, unit: 'protester' } },
    { text: 'hundreds of homes', want: { text: 'hundreds of homes', value: null, low: 200, high: 999, unit: 'home' } },
    { text: 'tens of thousands of people', want: { text: 'tens of thousands of people', value: null, low: 20000, high: 99999, unit: 'person' } },
    { text: 'several hundred families', want: { text: 'several hundred families', value: null, low: 300, high: 900, unit: 'family' } },
    { text: 'between 40 and 50 firms', want: { text: 'between 40 and 50 firms', value: null, low: 40, high: 50, unit: 'firm' } },
    { text: '10-15 boats', want: { text: '10-15 boats', value: null, low: 10, high: 15, unit: 'boat' } },
    { text: '64 or more people', want: { text: '64 or more people', value: 64, bound: 'atLeast', unit: 'person' } },
    // a number of dozens, half a scale word, a range of sums, a compound irregular plural
    { text: 'some two dozen fishing boats', want: { text: 'some two dozen fishing boats', value: 24, bound: 'about', unit: 'boat' } },
    { text: 'took 3 dozen eggs', want: { text: '3 dozen eggs', value: 36, unit: 'egg' } },
    { text: 'roughly half a million customers', want: { text: 'roughly half a million customers', value: 500000, bound: 'about', unit: 'customer' } },
    { text: 'half a billion dollars', want: { text: 'half a billion dollars', value: 5e8, unit: 'USD' } },
    { text: 'at between $3 billion and $4 billion', want: { text: 'between $3 billion and $4 billion', value: null, low: 3e9, high: 4e9, unit: 'USD' } },
    { text: 'a bus carrying 43 schoolchildren', want: { text: '43 schoolchildren', value: 43, unit: 'schoolchild' } },
    { text: 'freed 12 fishermen', want: { text: '12 fishermen', value: 12, unit: 'fisherman' } },
  ];
  for (const c of cases) {
    const got = read(c.text);
    assert.equal(got.length, 1, `${c.text}: ${JSON.stringify(got)}`);
    for (const [k, v] of Object.entries(c.want)) assert.deepEqual(got[0]![k as keyof Want], v, `${c.text}: ${k}`);
  }
});

test(`${P} numbers that are not amounts are not read`, () => {
  const cases: readonly string[] = [
    'The G7 met in 2019.',
    'an Airbus A320 landed',
    'the COVID-19 rules',
    'Flight 370 vanished',
    'in the 21st century',
    'the 1990s',
    'a man aged 45',
    'a 45-year-old man',
    'call 555-0134 now',
    'the 2025/26 season',
    'Article 5 applies',
    'the two countries agreed',
    'one of the suspects',
    'talks lasted 3 days',
  ];
  for (const text of cases) assert.deepEqual(read(text), [], text);
});

test(`${P} a bare number is read only where the sentence treats it as an amount`, () => {
  assert.deepEqual(read('the toll rose to 110, up from 94').map((q) => q.text), ['110', '94']);
  assert.deepEqual(read('Four were killed').map((q) => q.text), ['Four']);
  assert.deepEqual(read('She read 110 on the gauge'), []);
  // "voted 58 to 41": both sides of the vote, not a range; without "voted", "58 to 61" stays a range
  assert.deepEqual(read('Lawmakers voted 58 to 41 to approve it').map((q) => q.text), ['58', '41']);
  assert.deepEqual(read('Lawmakers voted 41 to 58 against it').map((q) => q.text), ['41', '58']);
  assert.deepEqual(read('Between 58 and 61 people came').map((q) => q.text), ['Between 58 and 61 people']);
  assert.deepEqual(read('They noted 58 to 61 entries').map((q) => q.text), ['58 to 61 entries']);
  // a part of "them" or "whom"; more of a counted thing; the count a sentence needs
  assert.deepEqual(read('The blast injured 56 people, 11 of them critically').map((q) => q.text), ['56 people', '11']);
  assert.deepEqual(read('Police held 62 people, 15 of whom were charged').map((q) => q.text), ['62 people', '15']);
  assert.deepEqual(read('The bank shed 1,800 jobs and will cut another 1,000').map((q) => q.text), ['1,800 jobs', '1,000']);
  assert.deepEqual(read('They have 150,000 signatures, more than the 100,000 needed').map((q) => q.text), ['150,000 signatures', '100,000']);
  assert.deepEqual(read('It expects 35 aircraft, down from a target of 50').map((q) => q.text), ['35 aircraft', '50']);
  assert.deepEqual(read('The coalition holds 88 of 150 seats').map((q) => q.text), ['88', '150 seats']);
  // the size of a crowd or an attendance; negative: a bare number after another noun and "of" is none
  assert.deepEqual(read('The final drew a crowd of 82,000 at the stadium').map((q) => q.text), ['82,000']);
  assert.deepEqual(read('The fair had an attendance of 40,000').map((q) => q.text), ['40,000']);
  assert.deepEqual(read('The cup drew a series of 12,000 at home'), []);
  // a part of its owner's own things counts those things; a part of a whole with a number of its own is no such count
  assert.deepEqual(read('It recalled 120,000 of its Tamo electric sport-utility vehicles').map((q) => [q.text, q.unit]), [['120,000 of its Tamo electric sport-utility vehicles', 'vehicle']]);
  assert.deepEqual(read('The airline cancelled 300 of their flights').map((q) => [q.text, q.unit]), [['300 of their flights', 'flight']]);
  assert.deepEqual(read('It shut 3 of its 4 reactors').map((q) => q.text), ['3', '4 reactors']);
  assert.deepEqual(read('It shut three of its four reactors').map((q) => q.text), ['four reactors']);
  // negatives: no count before "another" or "the … needed"; "11 of the" is not a part of a pronoun
  assert.deepEqual(read('She wants another 1,000'), []);
  assert.deepEqual(read('It is the 100,000 needed'), []);
});

test(`${P} an earlier figure after a determiner, and a bare figure heading a relative clause after a count, are read`, () => {
  const cases: ReadonlyArray<[string, string[]]> = [
    ['about 90 ships docked, up from the 70 that called in May', ['about 90 ships', '70']],
    ['2,000 tents were set up, down from the 2,400 planned', ['2,000 tents', '2,400']],
    ['exports reached 12 cargoes, compared with 9 a year ago', ['12 cargoes', '9']],
    ['exports reached 12 cargoes, compared to the 15 of last year', ['12 cargoes', '15']],
    ['the army freed 12 hostages, but the 4 who remain are held', ['12 hostages', '4']],
    ['we hired 30 nurses and kept the 25 whom we trained', ['30 nurses', '25']],
    // negatives: a relative clause after "the N" with nothing counted before is a name or a label
    ['the 737 that crashed was new', []],
    ['the 14 which he named', []],
    // negative: a small number word after "the" refers to a group already known
    ['sent 40 troops, and the two who led them', ['40 troops']],
    // negative: "the N" with no relative clause and no cue stays unread
    ['hired 30 nurses in the 24 hours after', ['30 nurses']],
  ];
  for (const [text, want] of cases) assert.deepEqual(read(text).map((q) => q.text), want, text);
});

test(`${P} offsets are document offsets`, () => {
  const text = 'Officials said 13 agreements were signed.';
  const [q] = readQuantities(text.slice(10), 10);
  assert.equal(text.slice(q!.start, q!.end), '13 agreements');
});

test(`${P} bound intervals and lemmas`, () => {
  assert.deepEqual(boundInterval(40, 'about'), { low: 36, high: 44 });
  assert.deepEqual(boundInterval(50, 'upTo'), { low: null, high: 50 });
  assert.deepEqual(boundInterval(7, 'exact'), { low: 7, high: 7 });
  for (const [w, lemma] of [['companies', 'company'], ['people', 'person'], ['blazes', 'blaze'], ['churches', 'church'], ['bus', 'bus'], ['gunmen', 'gunman'], ['schoolchildren', 'schoolchild'], ['townspeople', 'townsperson'], ['businesswomen', 'businesswoman'],
    // negatives: singulars ending in "men", and stems too short to be compounds
    ['specimen', 'specimen'], ['abdomen', 'abdomen'], ['acumen', 'acumen'], ['stamen', 'stamen'], ['semen', 'semen'], ['yemen', 'yemen']] as const) assert.equal(nounLemma(w), lemma, w);
});

test(`${P} model names with digits sit between a number and its noun; a part of a counted whole is read`, () => {
  assert.deepEqual(read('grounded its 12 Airbus A320 jets').map((q) => [q.text, q.unit]), [['12 Airbus A320 jets', 'jet']]);
  assert.deepEqual(read('won 87 of the 150 seats').map((q) => q.text), ['87', '150 seats']);
  assert.deepEqual(read('won 87 of these'), []);
});

test(`${P} a year-like number is left out as a count, kept with a unit or a qualifier`, () => {
  assert.deepEqual(read('in 2019 talks broke down'), []);
  assert.deepEqual(read('in 2019 oil prices rose'), []);
  // a superlative is no noun ("the world's two largest producers": a group already known)
  assert.deepEqual(read("the world's two largest producers"), []);
  assert.deepEqual(read('a 1900 km pipeline').map((q) => q.text), ['1900 km']);
  assert.deepEqual(read('more than 2000 people').map((q) => q.value), [2000]);
});

test(`${P} a vote's tally is one record with the votes for and against; other dashed pairs are not tallies`, () => {
  const cases: ReadonlyArray<[string, Array<[string, number, { for: number; against: number }]>]> = [
    ['The committee held the rate in a 5-2 vote on Wednesday.', [['5-2', 5, { for: 5, against: 2 }]]],
    ['The board voted 6–1 for the cut.', [['6–1', 6, { for: 6, against: 1 }]]],
    ['The council voted 7-2 against the plan.', [['7-2', 7, { for: 2, against: 7 }]]],
    ['Parliament approved it by a 120-80 majority.', [['120-80', 120, { for: 120, against: 80 }]]],
    ['negative: the 2024-25 season starts in October.', []],
    ['negative: a 9-5 job and a 3-1 win.', []],
    // a space on either side of the dash still makes a tally (the digit-dash-digit pre-check admits it)
    ['The panel backed it in a 4 - 3 vote.', [['4 - 3', 4, { for: 4, against: 3 }]]],
    ['Senators voted 51 –49 against.', [['51 –49', 51, { for: 49, against: 51 }]]],
    ['negative: voted 51 to 49, a 5 to 2 vote.', []],
    // after a verb of a decision and a few words of its object
    ['The measure passed the senate 61-38 late on Tuesday.', [['61-38', 61, { for: 61, against: 38 }]]],
    ['The court upheld the ruling 6-3.', [['6-3', 6, { for: 6, against: 3 }]]],
    ['Lawmakers approved it by 203-190.', [['203-190', 203, { for: 203, against: 190 }]]],
    // negatives: a score after such a verb, a score after "beat", a season
    ['The league confirmed the 3-1 win on appeal.', []],
    ['Dalmar beat Kestrel City 4-2 in the cup final.', []],
    ['The board approved the 2024-25 budget.', []],
  ];
  for (const [text, want] of cases) {
    const got = readQuantities(text).filter((q) => q.rule === 'vote-tally');
    assert.deepEqual(got.map((q) => [text.slice(q.start, q.end), q.value, q.tally]), want, text);
    assert.ok(got.every((q) => q.unit === 'vote'), text);
  }
  // the numbers of a tally are not read again as counts
  assert.deepEqual(readQuantities('It passed in a 5-2 vote.').length, 1);
});

test(`${P} one blockedBy predicate's callers reuse one reading of a sentence, and only they do`, () => {
  const text = 'In May 20 people died. Flight 370 carried 239 people, and G7 leaders pledged $2 billion.';
  const timexes = [{ start: 3, end: 9 }];
  const mentions = [{ start: 67, end: 69 }];
  const blocked = blockedBy(timexes, mentions);
  assert.equal(blockedBy(timexes, mentions), blocked, 'same arrays: same predicate');
  assert.notEqual(blockedBy(timexes, [...mentions]), blocked, 'other arrays: another predicate');
  assert.equal(blocked(3, 9), true);
  assert.equal(blocked(68, 70), true);
  assert.equal(blocked(10, 12), false);
  const sentences: ReadonlyArray<[number, number]> = [
    [0, 22],
    [23, text.length],
  ];
  for (const [start, end] of sentences) {
    const first = readSentenceQuantities(text, start, end, blocked);
    assert.deepEqual(first, readQuantities(text.slice(start, end), start, blocked), `${start}: as readQuantities reads it`);
    assert.equal(readSentenceQuantities(text, start, end, blocked), first, `${start}: remembered`);
  }
  // "May 20" is a timex: its number is no amount
  assert.deepEqual(readSentenceQuantities(text, 0, 22, blocked).map((q) => text.slice(q.start, q.end)), []);
  // negative: another text at the same offset is read afresh, not taken from the memo
  const other = 'In May 20 boats sank. Nothing else.';
  assert.deepEqual(readSentenceQuantities(other, 0, 21, blocked), readQuantities(other.slice(0, 21), 0, blocked));
  // negative: a predicate not made by blockedBy is never remembered
  const none = (): boolean => false;
  const a = readSentenceQuantities(text, 0, 22, none);
  assert.notEqual(readSentenceQuantities(text, 0, 22, none), a);
  assert.deepEqual(a.map((q) => text.slice(q.start, q.end)), ['20 people']);
});

test(`${P} a currency sign before a range's second number: only when the first has one, and never in a revision`, () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<[string, number | null]>]> = [
    ['between €3 million and €4 million', [['between €3 million and €4 million', null]]],
    ['costs of $30-$40 a barrel', [['$30-$40 a barrel', null]]],
    // negatives: a revision is two figures; a sign on the second alone makes no range
    ['rose from $3 billion to $4 billion', [['$3 billion', 3e9], ['$4 billion', 4e9]]],
    ['between 300 and $4 billion', [['$4 billion', 4e9]]],
  ];
  for (const [text, want] of cases) assert.deepEqual(read(text).map((q) => [q.text, q.value]), want, text);
});

test(`${P} fractions: of one unit an amount, of a whole none; house numbers are no amounts; a noun in -s that is no plural modifies the counted noun`, () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<[string, number | null, string | null]>]> = [
    ['cut the rate by a quarter of a percentage point to 3.75%', [['a quarter of a percentage point', 0.25, 'percentage point'], ['3.75%', 3.75, 'percent']]],
    ['raised rates by half a percentage point', [['half a percentage point', 0.5, 'percentage point']]],
    ['stretched three-quarters of a mile', [['three-quarters of a mile', 0.75, 'mile']]],
    ['reported 2,315 new measles cases', [['2,315 new measles cases', 2315, 'case']]],
    ['seized 40 arms shipments', [['40 arms shipments', 40, 'shipment']]],
    // negatives: a fraction of a group counts nothing; half a million is a number; a plural before a plural is the counted noun
    ['Two-thirds of the 900 staff will be offered redundancy.', [['900 staff', 900, 'staff']]],
    ['One fifth of voters stayed home.', []],
    ['a quarter of the budget', []],
    ['half a million customers', [['half a million customers', 500000, 'customer']]],
    ['the 14 deals officials signed', [['14 deals', 14, 'deal']]],
    // a house number before a street is no amount; a count before a plain noun still is
    ['Police sealed off the building at 42 Marsh Lane.', []],
    ['He lives at 10 Downing Street.', []],
    ['The fire spread to 42 homes on Marsh Lane.', [['42 homes', 42, 'home']]],
  ];
  for (const [text, want] of cases) assert.deepEqual(read(text).map((q) => [q.text, q.value, q.unit ?? null]), want, text);
});

test(`${P} a bare object of a verb of casualty is an amount; a bare number after another verb is not`, () => {
  assert.deepEqual(read('Quake kills 40 in northern Tarsia').map((q) => [q.text, q.value]), [['40', 40]]);
  assert.deepEqual(read('the blast killed 12 and wounded 30').map((q) => q.text), ['12', '30']);
  assert.deepEqual(read('Flood injures 7').map((q) => q.text), ['7']);
  // negatives: a bare number after a verb of no casualty, and a word that only ends like one
  assert.deepEqual(read('The team scored 40 in the half'), []);
  assert.deepEqual(read('She skilled 40 in the class'), []);
  assert.deepEqual(read('The Boeing 737 killed no one'), []);
});

test(`${P} a hyphenated number word read as a name, or taken into a one-word nationality, is left out of the name`, () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<string>]> = [
    ['Fifty-four', []],
    ['Thirty-five Turkish', ['Turkish']],
    ['twenty-three Iraqi', ['Iraqi']],
    // negatives: a name of more words, a number word with no hyphen, a name that a number ends
    ['Twenty-one Pilots Tour', ['Twenty-one Pilots Tour']],
    ['Three Gorges', ['Three Gorges']],
    ['Seven Sisters', ['Seven Sisters']],
    ['Group of Twenty', ['Group of Twenty']],
    ['Turkish', ['Turkish']],
  ];
  for (const [name, want] of cases) {
    const text = `${name} nationals`;
    assert.deepEqual(nameAfterNumber(text, { start: 0, end: name.length }).map((m) => text.slice(m.start, m.end)), want, name);
  }
  // through blockedBy: with the text, the number is free and the rest of the name blocked; without it, all is blocked
  const text = 'Thirty-five Turkish nationals were evacuated.';
  const mentions = [{ start: 0, end: 19 }];
  const withText = blockedBy([], mentions, text);
  assert.deepEqual([withText(0, 11), withText(12, 19)], [false, true]);
  assert.deepEqual(readQuantities(text, 0, withText).map((q) => [text.slice(q.start, q.end), q.value, q.unit]), [['Thirty-five Turkish nationals', 35, 'national']]);
  assert.equal(blockedBy([], [{ start: 0, end: 19 }])(0, 11), true);
});

test(`${P} a name in -s or a collective noun before a plural noun modifies it; alone it is the counted noun`, () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    ['Four Reuters journalists were arrested.', 'Four Reuters journalists', 'journalist'],
    ['He said 30 Philips workers were laid off.', '30 Philips workers', 'worker'],
    // negatives: a proper plural before a verb, or before a word that is no plural
    ['Eleven Syrians drowned off the coast.', 'Eleven Syrians', 'syrian'],
    ['Three Americans were killed.', 'Three Americans', 'american'],
    // a collective noun before a plural modifies it; alone it is the counted noun; "people" keeps its count
    ['Some 8,000 police officers will be deployed.', 'Some 8,000 police officers', 'officer'],
    ['The ship had 30 crew members on board.', '30 crew members', 'member'],
    ['About 8,000 police were deployed.', 'About 8,000 police', 'police'],
    ['Six crew were rescued.', 'Six crew', 'crew'],
  ];
  for (const [text, mention, unit] of cases) {
    assert.deepEqual(read(text).map((q) => [q.text, q.unit]), [[mention, unit]], text);
  }
});

test(`${P} 1.25: percent ranges, more currencies, particles and ages that are no bounds, heads that stand for people, differences and peaks`, () => {
  const cases: ReadonlyArray<{ text: string; want: readonly Want[] }> = [
    { text: 'The economy will grow between 2.5% and 3% next year.', want: [{ text: 'between 2.5% and 3%', value: null, low: 2.5, high: 3, bound: 'exact', unit: 'percent' }] },
    { text: 'Fares will rise 10%-15%.', want: [{ text: '10%-15%', value: null, low: 10, high: 15, bound: 'exact', unit: 'percent' }] },
    // negative: "from … to" is a revision, two figures
    {
      text: 'Inflation rose from 2.5% to 3%.',
      want: [{ text: '2.5%', value: 2.5, low: 2.5, high: 2.5, bound: 'exact', unit: 'percent' }, { text: '3%', value: 3, low: 3, high: 3, bound: 'exact', unit: 'percent' }],
    },
    { text: 'fined the firm 4.5 million zlotys', want: [{ text: '4.5 million zlotys', value: 4.5e6, low: 4.5e6, high: 4.5e6, bound: 'exact', unit: 'PLN' }] },
    { text: 'a loan of 300 million forints', want: [{ text: '300 million forints', value: 3e8, low: 3e8, high: 3e8, bound: 'exact', unit: 'HUF' }] },
    // "revised up to": the verb's particle, no bound; "cost up to" is one
    { text: 'The rate was revised up to 6.1%.', want: [{ text: '6.1%', value: 6.1, low: 6.1, high: 6.1, bound: 'exact', unit: 'percent' }] },
    { text: 'The repairs could cost up to 5%.', want: [{ text: 'up to 5%', value: 5, low: null, high: 5, bound: 'upTo', unit: 'percent' }] },
    // an age limit after the people it limits is no amount; a bound before a verb's object is
    { text: 'The outbreak infected 486 children, most of them under five.', want: [{ text: '486 children', value: 486, low: 486, high: 486, bound: 'exact', unit: 'child' }] },
    { text: 'The fire killed under 50 people.', want: [{ text: 'under 50 people', value: 50, low: null, high: 50, bound: 'lessThan', unit: 'person' }] },
    // a possessive is a definite determiner before a small number word; a verb is not
    { text: "The plant's two reactors were shut down.", want: [] },
    { text: 'The plant has two reactors.', want: [{ text: 'two reactors', value: 2, low: 2, high: 2, bound: 'exact', unit: 'reactor' }] },
    { text: 'The floods left 4,000 homeless.', want: [{ text: '4,000 homeless', value: 4000, low: 4000, high: 4000, bound: 'exact', unit: 'person' }] },
    // a difference from a count of the sentence; alone, a bare number before "more than" is none
    {
      text: '38,000 runners had registered, 6,000 more than last year.',
      want: [{ text: '38,000 runners', value: 38000, low: 38000, high: 38000, bound: 'exact', unit: 'runner' }, { text: '6,000', value: 6000, low: 6000, high: 6000, bound: 'exact', unit: null }],
    },
    { text: 'It paid 6,000 more than expected.', want: [] },
    {
      text: 'Output fell to 180,000 barrels per day from a peak of 410,000.',
      want: [{ text: '180,000 barrels per day', value: 180000, low: 180000, high: 180000, bound: 'exact', unit: 'barrel/day' }, { text: '410,000', value: 410000, low: 410000, high: 410000, bound: 'exact', unit: null }],
    },
    // a multiplier is no amount, though a qualifier stands before it
    { text: 'for 2.1 billion euros, roughly eight times its earnings', want: [{ text: '2.1 billion euros', value: 2.1e9, low: 2.1e9, high: 2.1e9, bound: 'exact', unit: 'EUR' }] },
    // another estimate of the sentence's count, ending its clause; alone, or going on, none
    {
      text: 'Police said 8,000 people marched, while organisers claimed 30,000.',
      want: [{ text: '8,000 people', value: 8000, low: 8000, high: 8000, bound: 'exact', unit: 'person' }, { text: '30,000', value: 30000, low: 30000, high: 30000, bound: 'exact', unit: null }],
    },
    { text: 'Organisers claimed 30,000.', want: [] },
    { text: 'Police counted 8,000 people, and organisers claimed 30,000 had marched.', want: [{ text: '8,000 people', value: 8000, low: 8000, high: 8000, bound: 'exact', unit: 'person' }] },
  ];
  for (const c of cases) assert.deepEqual(read(c.text), c.want, c.text);
});

test(`${P} 1.28: ranges of abbreviated sums and "range from … to"; a fraction after a qualifier; a coin counted in the singular`, () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<[string, number | null, number | null, number | null, string | null]>]> = [
    ['The council plans to cut between £40m and £55m from its budget.', [['between £40m and £55m', null, 40e6, 55e6, 'GBP']]],
    ['a fee of $30m-$40m', [['$30m-$40m', null, 30e6, 40e6, 'USD']]],
    ['Ticket prices for the final range from £45 to £210.', [['£45 to £210', null, 45, 210, 'GBP']]],
    ['Fares ranging from 40 to 90 euros', [['40 to 90 euros', null, 40, 90, 'EUR']]],
    ['the hackers demanded 75 bitcoin', [['75 bitcoin', 75, 75, 75, 'bitcoin']]],
    ['Roughly two-thirds of the 1,200 staff voted to accept the offer.', [['1,200 staff', 1200, 1200, 1200, 'staff']]],
    // negatives: "from … to" after a verb of change is a revision; one abbreviated sum is no range; a fraction counts nothing
    ['Profit rose from £40m to £55m.', [['£40m', 40e6, 40e6, 40e6, 'GBP'], ['£55m', 55e6, 55e6, 55e6, 'GBP']]],
    ['It raised £40m and spent £55m.', [['£40m', 40e6, 40e6, 40e6, 'GBP'], ['£55m', 55e6, 55e6, 55e6, 'GBP']]],
    ['About three-quarters of voters backed it.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(read(text).map((q) => [q.text, q.value, q.low ?? null, q.high ?? null, q.unit ?? null]), want, text);
});

test(`${P} 1.29: temperatures and measures attached to their digits; ratios and dotted clock times; a difference short of a threshold`, () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<[string, number | null, string | null]>]> = [
    ['Inland it reached 44C by noon.', [['44C', 44, 'degC']]],
    ['The mercury climbed to 39.5°C, against a record of 103 °F.', [['39.5°C', 39.5, 'degC'], ['103 °F', 103, 'degF']]],
    ['It was 12 degrees Celsius at dawn.', [['12 degrees Celsius', 12, 'degC']]],
    ['Some 85mm of rain fell, with 40cm of snow on the passes and drifts 2km long.', [['Some 85mm', 85, 'mm'], ['40cm', 40, 'cm'], ['2km', 2, 'km']]],
    ['The coalition took 171 of 350 seats, 5 short of a majority.', [['171', 171, null], ['350 seats', 350, 'seat'], ['5', 5, null]]],
    // negatives: a letter after a name's number, other letters after digits, ratios, clock times with a dot, a year after "in"
    ['The Airbus 320F and the 5G mast beside 3D printers.', []],
    ['Around one in five children and 1 in every 20 adults are affected.', []],
    ['The vote opens at 07.30 on Sunday and closes at 21.00 local time.', []],
    ['Shares closed at 18.45 on Friday.', [['18.45', 18.45, null]]],
    ['Police killed 12 in two raids.', [['12', 12, null], ['two raids', 2, 'raid']]],
  ];
  for (const [text, want] of cases) assert.deepEqual(read(text).map((q) => [q.text, q.value, q.unit ?? null]), want, text);
});
