import assert from 'node:assert/strict';
import { test } from 'node:test';
import { amountWords, counterLight, governorOf, governorOrNone, inSecondConjunct, lightWithEvent, type GovWord, type WordRole } from './govern.js';

const P = 'quantities/govern:';

/** Words of a sentence split on spaces; a word of punctuation alone is punct. */
function words(sentence: string): GovWord[] {
  const out: GovWord[] = [];
  let at = 0;
  for (const w of sentence.split(' ')) {
    out.push({ lower: w.toLowerCase(), punct: /^[^\p{L}\p{N}]+$/u.test(w), start: at, end: at + w.length });
    at += w.length + 1;
  }
  return out;
}

interface Row {
  readonly sentence: string;
  /** The amounts of the sentence, each as its words. */
  readonly amounts: readonly string[];
  /** Which amount to ask about. */
  readonly ask: number;
  /** Words the caller knows as events. */
  readonly events: readonly string[];
  /** The governing word, or null. */
  readonly want: string | null;
  readonly via?: string;
}

const ROWS: readonly Row[] = [
  { sentence: 'Rescuers pulled more than 200 survivors from the rubble', amounts: ['more than 200 survivors'], ask: 0, events: ['pulled'], want: 'pulled', via: 'object' },
  { sentence: 'At least 64 people were killed when floods swept the valley', amounts: ['At least 64 people'], ask: 0, events: ['killed', 'floods', 'swept'], want: 'killed', via: 'subject' },
  { sentence: 'Shares fell 12% to $41.30 after the results', amounts: ['12%', '$41.30'], ask: 1, events: ['fell'], want: 'fell', via: 'object' },
  { sentence: 'The ferry was carrying 312 passengers and 20 crew', amounts: ['312 passengers', '20 crew'], ask: 1, events: ['carrying'], want: 'carrying', via: 'object' },
  { sentence: 'The court fined the bank 480 million rubles', amounts: ['480 million rubles'], ask: 0, events: ['fined'], want: 'fined', via: 'object' },
  { sentence: 'Police said 17 people had been arrested and 3 officers injured', amounts: ['17 people', '3 officers'], ask: 0, events: ['arrested', 'injured'], want: 'arrested', via: 'subject' },
  { sentence: 'Police said 17 people had been arrested and 3 officers injured', amounts: ['17 people', '3 officers'], ask: 1, events: ['arrested', 'injured'], want: 'injured', via: 'subject' },
  { sentence: 'The deal includes the delivery of 48 tanks', amounts: ['48 tanks'], ask: 0, events: ['deal', 'delivery'], want: 'delivery', via: 'object' },
  // light verbs: the event beside them
  { sentence: 'The storm left 240,000 homes without power', amounts: ['240,000 homes'], ask: 0, events: ['storm'], want: 'storm', via: 'light-subject' },
  { sentence: 'The summit in Rovena drew 19 heads of state', amounts: ['19 heads'], ask: 0, events: ['summit'], want: 'summit', via: 'light-subject' },
  { sentence: 'Nearly a third of the 640 workers at the plant have joined the strike', amounts: ['640 workers'], ask: 0, events: ['strike'], want: 'strike', via: 'light-object' },
  { sentence: 'The leaders signed 22 agreements worth 5 billion euros', amounts: ['22 agreements', '5 billion euros'], ask: 1, events: ['signed', 'agreements'], want: 'signed', via: 'object' },
  { sentence: 'The agreements could be worth 1.2 billion dollars', amounts: ['1.2 billion dollars'], ask: 0, events: ['agreements'], want: 'agreements', via: 'light-subject' },
  // an amount before the event noun it modifies; a phrase hung on a comma; subjects in a list; a counter noun is no light verb
  { sentence: 'The two governments signed a $400 million deal for a rail link', amounts: ['$400 million'], ask: 0, events: ['signed', 'deal'], want: 'deal', via: 'modifier' },
  { sentence: 'The governments signed $400 million of deals', amounts: ['$400 million'], ask: 0, events: ['signed', 'deals'], want: 'signed', via: 'object' },
  { sentence: 'The sale , worth an estimated 650 million euros , closed', amounts: ['an estimated 650 million euros'], ask: 0, events: ['sale', 'closed'], want: 'sale', via: 'light-subject' },
  { sentence: 'Divers recovered 9 bodies on Thursday , bringing the number of victims to 31', amounts: ['9 bodies', '31'], ask: 1, events: ['recovered'], want: 'recovered', via: 'object' },
  { sentence: 'About 150 firefighters and 30 water bombers are fighting the blaze', amounts: ['About 150 firefighters', '30 water bombers'], ask: 0, events: ['fighting', 'blaze'], want: 'fighting', via: 'subject' },
  { sentence: 'Managers offered a 3% pay rise', amounts: ['3%'], ask: 0, events: ['offered', 'rise'], want: 'rise', via: 'modifier' },
  { sentence: 'Officials said 8 of the 12 agreements had been ratified', amounts: ['8', '12 agreements'], ask: 0, events: ['ratified'], want: 'ratified', via: 'subject' },
  { sentence: 'Rebels released 27 of the 40 hostages they seized', amounts: ['27', '40 hostages'], ask: 1, events: ['released', 'seized'], want: 'released', via: 'object' },
  // a ", with …" phrase set off by commas: its subject's verb; a part's whole is no event of the part's; a change measured with "by" is the verb's
  { sentence: 'The plane , with 148 people on board , landed safely', amounts: ['148 people'], ask: 0, events: ['landed'], want: 'landed', via: 'parenthetical' },
  { sentence: 'The jet , with 96 passengers and six crew on board , landed', amounts: ['96 passengers', 'six crew'], ask: 1, events: ['landed'], want: 'landed', via: 'parenthetical' },
  { sentence: 'Three of the injured were airlifted to hospital', amounts: ['Three'], ask: 0, events: ['injured', 'airlifted'], want: 'airlifted', via: 'subject' },
  { sentence: 'The new law raises the minimum wage by 12%', amounts: ['12%'], ask: 0, events: ['raises', 'wage'], want: 'raises', via: 'object' },
  { sentence: 'The union demanded a wage rise of 12%', amounts: ['12%'], ask: 0, events: ['demanded', 'rise'], want: 'rise', via: 'object' },
  // a share after "with" says how the verb came out: the verb's, not its object noun's; other amounts after "with" stay the noun's
  { sentence: 'Ms Okafor won the mayoral race with 48.6% of the vote', amounts: ['48.6%'], ask: 0, events: ['won', 'race', 'vote'], want: 'won', via: 'object' },
  { sentence: 'The motion passed the house with 61 percent of votes cast', amounts: ['61 percent'], ask: 0, events: ['passed', 'house'], want: 'passed', via: 'object' },
  { sentence: 'They won the race with 48.6%', amounts: ['48.6%'], ask: 0, events: ['won', 'race'], want: 'race', via: 'object' },
  { sentence: 'The firm signed a deal with 40 companies', amounts: ['40 companies'], ask: 0, events: ['signed', 'deal'], want: 'deal', via: 'object' },
  { sentence: 'Turnout rose with 48% of voters casting ballots', amounts: ['48%'], ask: 0, events: ['rose', 'casting'], want: 'rose', via: 'object' },
  { sentence: 'Wages rose by 12% in May', amounts: ['12%'], ask: 0, events: ['rose'], want: 'rose', via: 'object' },
  // a verb whose subject is a counter noun: the first event after the counter
  { sentence: 'The number of people killed in the floods has climbed to 87', amounts: ['87'], ask: 0, events: ['killed', 'floods'], want: 'killed', via: 'light-subject' },
  { sentence: 'The death toll from the landslide rose to 110', amounts: ['110'], ask: 0, events: ['landslide'], want: 'landslide', via: 'light-subject' },
  // a subject set off from its light verb by a phrase between commas; an amount subject with no governor counts its own event
  { sentence: 'The deal , the largest of the 14 agreements signed during the visit , is worth $600 million', amounts: ['14 agreements', '$600 million'], ask: 1, events: ['deal', 'agreements', 'signed', 'visit'], want: 'deal', via: 'light-subject' },
  { sentence: 'The ministry said the 13 agreements , signed in Astana , were worth $1.2 billion', amounts: ['13 agreements', '$1.2 billion'], ask: 1, events: ['agreements', 'signed'], want: 'agreements', via: 'object' },
  { sentence: 'The contract , signed on Tuesday , is worth $90 million', amounts: ['$90 million'], ask: 0, events: ['contract', 'signed'], want: 'contract', via: 'light-subject' },
  // a counter far from its verb
  { sentence: "The toll from Sunday 's stampede at the national stadium rose to 31", amounts: ['31'], ask: 0, events: ['stampede'], want: 'stampede', via: 'light-subject' },
  // a new level after "to" is the change verb's; a light "staged"; what a subject measures; a part of "whom"
  { sentence: 'The government doubled the fine for speeding to 500 euros', amounts: ['500 euros'], ask: 0, events: ['doubled', 'speeding'], want: 'doubled', via: 'object' },
  { sentence: 'The army cut water supplies to 80,000 residents', amounts: ['80,000 residents'], ask: 0, events: ['cut'], want: 'cut', via: 'object' },
  // negative: no change verb before the event noun, which keeps the figure
  { sentence: 'The army resumed deliveries of food to 40 villages', amounts: ['40 villages'], ask: 0, events: ['resumed', 'deliveries'], want: 'deliveries', via: 'object' },
  { sentence: 'Thousands of workers staged a one-day strike', amounts: ['Thousands of workers'], ask: 0, events: ['strike'], want: 'strike', via: 'light-object' },
  { sentence: 'The minister said 300 tonnes of humanitarian aid would be flown in', amounts: ['300 tonnes'], ask: 0, events: ['aid', 'flown'], want: 'flown', via: 'subject' },
  { sentence: 'Police detained 62 people , 15 of whom were later charged', amounts: ['62 people', '15'], ask: 1, events: ['detained', 'charged'], want: 'charged', via: 'subject' },
  // a participle right after a subject modifies it; the clause's verb, a past tense, follows its object
  { sentence: 'Around 70 trucks carrying aid crossed into the enclave', amounts: ['Around 70 trucks'], ask: 0, events: ['carrying', 'aid', 'crossed'], want: 'crossed', via: 'subject' },
  { sentence: 'Around 70 trucks carrying aid were seen', amounts: ['Around 70 trucks'], ask: 0, events: ['carrying', 'aid'], want: 'carrying', via: 'subject' },
  // a list joined by "and" shares its verb; a verb group after "and" is a clause of its own
  { sentence: 'The visit would bring 25 agreements and a delegation of some 60 companies', amounts: ['25 agreements', 'some 60 companies'], ask: 1, events: ['visit', 'agreements'], want: 'visit', via: 'light-subject' },
  { sentence: 'The fire consumed 9,000 hectares and is only 15% contained', amounts: ['9,000 hectares', '15%'], ask: 1, events: ['consumed'], want: null },
  // "by" after a change verb and its bare object; "went on strike"
  { sentence: 'The government will cut spending by 4 billion dollars', amounts: ['4 billion dollars'], ask: 0, events: ['cut', 'spending'], want: 'cut', via: 'object' },
  { sentence: 'More than 2,000 workers at the port went on strike', amounts: ['More than 2,000 workers'], ask: 0, events: ['strike'], want: 'strike', via: 'light-object' },
  // negative: "by" with no change verb keeps the noun
  { sentence: 'Officials reported spending by 4 billion dollars', amounts: ['4 billion dollars'], ask: 0, events: ['reported', 'spending'], want: 'spending', via: 'object' },
  // negatives: nothing governs
  { sentence: 'Prices fell , and the company , it said , is worth $3 billion', amounts: ['$3 billion'], ask: 0, events: ['fell'], want: null },
  { sentence: 'The ministry said 13 agreements , signed in May , were worth $1 billion', amounts: ['13 agreements', '$1 billion'], ask: 1, events: ['signed'], want: null },
  { sentence: 'The plane , with 148 people on board , was new', amounts: ['148 people'], ask: 0, events: [], want: null },
  { sentence: 'The bus carried 41 students , with 3 teachers , and stopped', amounts: ['41 students', '3 teachers'], ask: 1, events: ['carried'], want: null },
  { sentence: 'The quake hit , leaving 80 homes empty', amounts: ['80 homes'], ask: 0, events: [], want: null },
  { sentence: 'Nearly 30,000 evacuees were still in shelters on Friday', amounts: ['Nearly 30,000 evacuees'], ask: 0, events: [], want: null },
  { sentence: 'Unemployment stood at 5.1 per cent in June', amounts: ['5.1 per cent'], ask: 0, events: [], want: null },
  { sentence: 'Officials said 300 migrants were aboard , and the boat sank', amounts: ['300 migrants'], ask: 0, events: ['sank'], want: null },
  { sentence: 'The charity said 2.3 million children in the remote coastal northern region went hungry', amounts: ['2.3 million children'], ask: 0, events: ['went'], want: null },
  { sentence: 'The charity said 2.3 million children in the region need aid', amounts: ['2.3 million children'], ask: 0, events: ['aid'], want: 'aid', via: 'light-object' },
  { sentence: 'The quake hit , and 80 homes were empty', amounts: ['80 homes'], ask: 0, events: ['quake', 'hit'], want: null },
];

test(`${P} an amount's governor: the verb or event noun it is object or subject of, or the event beside a light verb`, () => {
  for (const r of ROWS) {
    const ws = words(r.sentence);
    const spans = r.amounts.map((a) => {
      const start = r.sentence.indexOf(a);
      assert.ok(start >= 0, a);
      return { start, end: start + a.length };
    });
    const aw = amountWords(ws, spans);
    // as the quantities layer reads them: a verb that moves a counter noun is light (attach.ts)
    const roleOf = (i: number): WordRole =>
      counterLight(ws, i) ? 'light' : r.events.includes(ws[i]!.lower) || r.events.includes(r.sentence.slice(ws[i]!.start, ws[i]!.end)) ? 'event' : 'plain';
    const g = governorOf(ws, aw, r.ask, roleOf);
    const got = g ? r.sentence.slice(ws[g.wi]!.start, ws[g.wi]!.end) : null;
    assert.equal(got, r.want, `${r.sentence} [${r.amounts[r.ask]}]`);
    if (r.via) assert.equal(g?.via, r.via, `${r.sentence}: via`);
  }
});

test(`${P} a stop or a clause word ends the scan; free words (names, dates) add no content`, () => {
  const s = 'Kovar Telecom bought a large minority stake in Lumen Networks for 1.1 billion francs';
  const ws = words(s);
  const start = s.indexOf('1.1 billion francs');
  const aw = amountWords(ws, [{ start, end: start + '1.1 billion francs'.length }]);
  const names = new Set(['lumen', 'networks']);
  const free = (i: number): WordRole => (ws[i]!.lower === 'bought' ? 'event' : names.has(ws[i]!.lower) ? 'free' : 'plain');
  assert.equal(governorOf(ws, aw, 0, free)?.wi, 2);
  // the same words counted as content: more than three lie between
  const plain = (i: number): WordRole => (ws[i]!.lower === 'bought' ? 'event' : 'plain');
  assert.equal(governorOf(ws, aw, 0, plain), null);
  const stop = (i: number): WordRole => (ws[i]!.lower === 'bought' ? 'event' : ws[i]!.lower === 'stake' ? 'stop' : 'plain');
  assert.equal(governorOf(ws, aw, 0, stop), null);
});

test(`${P} a verb that moves a count is light: a counter noun is its subject or object`, () => {
  // "sentence / the word asked about"
  const light = ['The death toll from the landslide rose to 110 / rose', "The death toll from Tuesday 's bus crash had climbed to 27 / climbed", 'Rescuers found two bodies , raising the death toll to 19 / raising'];
  // negatives: a noun inside the counter's phrase, a verb of no count, a counter across a comma or clause
  const notLight = ['The death toll from the landslide rose to 110 / landslide', 'The number of victims of the outbreak killed 58 / killed', 'The toll was unknown , and prices rose 4% / rose', 'Prices rose 4% on Monday / rose'];
  const rows = [...light.map((r) => ({ r, want: true })), ...notLight.map((r) => ({ r, want: false }))].map(({ r, want }) => {
    const [sentence, word] = r.split(' / ') as [string, string];
    return { sentence, word, want };
  });
  for (const r of rows) {
    const ws = words(r.sentence);
    const i = ws.findIndex((w) => w.lower === r.word);
    assert.equal(counterLight(ws, i), r.want, `${r.sentence}: ${r.word}`);
  }
});

test(`${P} a count a counter noun names, of no event, is read as about none ('none'); other unread amounts are null`, () => {
  const rows: ReadonlyArray<{ sentence: string; amount: string; events: string[]; want: string | null }> = [
    { sentence: 'The number of confirmed cases rose to 1,204 on Monday', amount: '1,204', events: [], want: 'none' },
    { sentence: 'The toll from the stampede rose to 31', amount: '31', events: [], want: 'none' },
    { sentence: 'The number of confirmed cases rose to 1,204 on Monday', amount: '1,204', events: ['confirmed'], want: 'confirmed' },
    // the amount's own verb is no event: a participle right before it, a relative clause's verb, a verb after an auxiliary
    { sentence: 'They set up 35 camps housing about 18,000 people', amount: 'about 18,000 people', events: ['set'], want: 'none' },
    { sentence: 'The airline , which operates 140 aircraft , said the strike would cost it', amount: '140 aircraft', events: ['strike'], want: 'none' },
    { sentence: 'Ten days on , 5,000 people are still living in tents', amount: '5,000 people', events: [], want: 'none' },
    { sentence: 'The strike has cost airlines 200 million euros', amount: '200 million euros', events: ['strike'], want: 'none' },
    { sentence: 'A bridge that carries 40,000 vehicles a day was closed', amount: '40,000 vehicles', events: ['closed'], want: 'none' },
    { sentence: 'The fire has burned 9,000 hectares and is only 15% contained', amount: '15%', events: ['burned'], want: 'none' },
    { sentence: 'The vaccine was 92% effective in a trial', amount: '92%', events: ['trial'], want: 'none' },
    // ... unless the clause names an event after all, or the word is no verb
    { sentence: 'The remaining 40 hostages were freed', amount: '40 hostages', events: ['freed'], want: 'freed' },
    { sentence: 'The firm will soon hire 200 staff', amount: '200 staff', events: ['hire'], want: 'hire' },
    { sentence: 'Up to 70,000 homes were without electricity after the blizzard', amount: 'Up to 70,000 homes', events: ['blizzard'], want: null },
    // negatives: no counter names the count ("the toll rose": nothing between the counter and its verb), or no counter at all
    { sentence: 'The toll rose to 31', amount: '31', events: [], want: null },
    // (a past form right before the amount that is no event is its own verb, about none since 1.29.0)
    { sentence: 'Prices rose to 31 euros', amount: '31 euros', events: [], want: 'none' },
    { sentence: 'Prices of fuel to 31 euros', amount: '31 euros', events: [], want: null },
  ];
  for (const r of rows) {
    const ws = words(r.sentence);
    const start = r.sentence.indexOf(r.amount);
    const aw = amountWords(ws, [{ start, end: start + r.amount.length }]);
    const roleOf = (i: number): WordRole => (counterLight(ws, i) ? 'light' : r.events.includes(ws[i]!.lower) ? 'event' : 'plain');
    const g = governorOrNone(ws, aw, 0, roleOf);
    assert.equal(g === 'none' || g === null ? g : ws[g.wi]!.lower, r.want, r.sentence);
    if (g === 'none') assert.equal(governorOf(ws, aw, 0, roleOf), null, `${r.sentence}: governorOf`);
  }
});

test(`${P} an amount in a second verb phrase after "and" is its own verb's, not the first phrase's (inSecondConjunct, listed)`, () => {
  const rows: ReadonlyArray<{ sentence: string; amounts: string[]; ask: number; events: string[]; names?: string[]; second: boolean; want: string | null }> = [
    // the verb after "and" has the amount for object: neither conjunct's event is the amount's
    { sentence: 'The quake damaged more than 1,000 buildings and cut water supplies to 80,000 residents', amounts: ['more than 1,000 buildings', '80,000 residents'], ask: 1, events: ['damaged'], second: true, want: null },
    { sentence: 'Gunmen stormed a hotel , killing at least 9 people and taking 30 others hostage', amounts: ['at least 9 people', '30 others'], ask: 1, events: ['stormed', 'killing'], second: true, want: null },
    { sentence: 'The firm will invest 700 million euros and create 1,200 jobs', amounts: ['700 million euros', '1,200 jobs'], ask: 1, events: ['invest'], second: true, want: null },
    // negatives: a list of amounts or a determiner after "and" keeps the verb they both hang on; an event verb is found first; a name is no verb
    { sentence: 'The ferry was carrying 312 passengers and 20 crew', amounts: ['312 passengers', '20 crew'], ask: 1, events: ['carrying'], second: false, want: 'carrying' },
    { sentence: 'They signed 25 agreements and a delegation of some 60 companies', amounts: ['25 agreements', 'some 60 companies'], ask: 1, events: ['signed'], second: false, want: 'signed' },
    { sentence: 'The virus infected 1,340 people and killed 27', amounts: ['1,340 people', '27'], ask: 1, events: ['infected', 'killed'], second: true, want: 'killed' },
    { sentence: 'Talks between Norland and Tarvo produced 12 accords', amounts: ['12 accords'], ask: 0, events: ['talks'], names: ['tarvo'], second: false, want: null },
    { sentence: 'The storm killed 12 people and left many homes without power', amounts: ['12 people'], ask: 0, events: ['storm', 'killed'], second: false, want: 'killed' },
  ];
  for (const r of rows) {
    const ws = words(r.sentence);
    const aw = amountWords(ws, r.amounts.map((a) => ({ start: r.sentence.indexOf(a), end: r.sentence.indexOf(a) + a.length })));
    const roleOf = (i: number): WordRole => (r.events.includes(ws[i]!.lower) ? 'event' : 'plain');
    const g = governorOf(ws, aw, r.ask, roleOf);
    assert.equal(g ? ws[g.wi]!.lower : null, r.want, r.sentence);
    assert.equal(inSecondConjunct(ws, aw, r.ask, (i) => (r.names ?? []).includes(ws[i]!.lower)), r.second, `${r.sentence}: second conjunct`);
  }
});

test(`${P} a measure after "of" in a phrase after a preposition measures its noun: about none, unless the noun is an event`, () => {
  const rows: ReadonlyArray<{ sentence: string; amount: string; unitKind: string; events: string[]; want: string | null }> = [
    { sentence: 'The referendum passed with 54% of the vote on a turnout of 48%', amount: '48%', unitKind: 'percent', events: ['passed', 'vote'], want: 'none' },
    { sentence: 'The river crested at 9.4 metres , just below the 1997 record of 9.6 metres', amount: '9.6 metres', unitKind: 'measure', events: ['crested'], want: 'none' },
    // negatives: a count; a noun that is an event; the phrase a verb's object; "at" or "with" after a verb; a counter noun
    { sentence: 'The visit went ahead on a delegation of 40 companies', amount: '40 companies', unitKind: 'count', events: ['visit'], want: 'visit' },
    { sentence: 'Staff walked out over a pay rise of 3%', amount: '3%', unitKind: 'percent', events: ['walked', 'rise'], want: 'rise' },
    { sentence: 'Inflation hit a high of 9% in October', amount: '9%', unitKind: 'percent', events: ['hit'], want: 'hit' },
    { sentence: 'The defences , built at a cost of $300 million , failed', amount: '$300 million', unitKind: 'currency', events: ['built', 'failed'], want: 'built' },
    { sentence: 'Donors pledged on Monday a total of $5 billion', amount: '$5 billion', unitKind: 'currency', events: ['pledged'], want: 'pledged' },
    { sentence: 'The two countries had settled on a floor price of $5,200 a tonne', amount: '$5,200 a tonne', unitKind: 'currency', events: ['settled'], want: 'settled' },
    { sentence: 'Both sides settled on a floor price of $5,200 a tonne', amount: '$5,200 a tonne', unitKind: 'currency', events: [], want: null },
  ];
  for (const r of rows) {
    const ws = words(r.sentence);
    const start = r.sentence.indexOf(r.amount);
    const aw = amountWords(ws, [{ start, end: start + r.amount.length, unitKind: r.unitKind }]);
    const roleOf = (i: number): WordRole => (r.events.includes(ws[i]!.lower) ? 'event' : 'plain');
    const g = governorOrNone(ws, aw, 0, roleOf);
    assert.equal(g === 'none' || g === null ? g : ws[g.wi]!.lower, r.want, r.sentence);
  }
  // without a unit kind the amount is read as a count: no measure
  const s = 'The referendum passed on a turnout of 48%';
  const ws = words(s);
  const aw = amountWords(ws, [{ start: s.indexOf('48%'), end: s.length }]);
  assert.notEqual(governorOrNone(ws, aw, 0, (i) => (ws[i]!.lower === 'passed' ? 'event' : 'plain')), 'none');
});

test(`${P} 1.25: a passive of hearsay before "to" is part of the verb group; a threshold and a count in an apposition are about none`, () => {
  const rows: ReadonlyArray<{ sentence: string; amount: string; events: string[]; want: string | null; unitKind?: string }> = [
    { sentence: 'Between 300 and 400 migrants are feared to have drowned when the boat sank', amount: 'Between 300 and 400 migrants', events: ['drowned', 'sank'], want: 'drowned' },
    { sentence: 'About 40 people were believed to have been killed', amount: 'About 40 people', events: ['killed'], want: 'killed' },
    // negatives: no "to" after the participle, or no form of "be" before it
    { sentence: 'About 40 people were feared dead', amount: 'About 40 people', events: [], want: 'none' },
    { sentence: 'About 40 companies were expected to attend the forum', amount: 'About 40 companies', events: ['attend'], want: 'attend' },
    { sentence: 'About 40 companies expected to attend the forum', amount: 'About 40 companies', events: ['attend'], want: null },
    // a count needed, after "the": a threshold; a share needed is the share of the sentence's event
    { sentence: 'The party won 188 seats , short of the 176 needed for a majority', amount: '176', events: ['won'], want: 'none' },
    { sentence: 'Turnout was 48 percent , below the 50 percent needed in the referendum', amount: '50 percent', events: ['referendum'], want: 'referendum', unitKind: 'percent' },
    { sentence: 'Grevena , a town of 9,000 people , was evacuated', amount: '9,000 people', events: ['evacuated'], want: 'none' },
    // a measure of a dimension describes its noun; a measure of a change does not
    { sentence: 'The bridge , 1.8 kilometres long , was closed', amount: '1.8 kilometres', events: ['closed'], want: 'none', unitKind: 'measure' },
    { sentence: 'The river rose 1.8 metres overnight', amount: '1.8 metres', events: ['rose'], want: 'rose', unitKind: 'measure' },
    // negatives: no comma before the noun, or the noun is an event
    { sentence: 'Police detained a group of 40 people', amount: '40 people', events: ['detained'], want: 'detained' },
    { sentence: 'They planned , a march of 9,000 people', amount: '9,000 people', events: ['march'], want: 'march' },
  ];
  for (const r of rows) {
    const ws = words(r.sentence);
    const start = r.sentence.indexOf(r.amount);
    const aw = amountWords(ws, [{ start, end: start + r.amount.length, unitKind: r.unitKind ?? 'count' }]);
    const roleOf = (i: number): WordRole => (counterLight(ws, i) ? 'light' : r.events.includes(ws[i]!.lower) ? 'event' : 'plain');
    const g = governorOrNone(ws, aw, 0, roleOf);
    assert.equal(g === 'none' || g === null ? g : ws[g.wi]!.lower, r.want, r.sentence);
  }
});

test(`${P} 1.27: a light verb with an event of its own: carrying people to care, "take" with a share right after it`, () => {
  // [sentence, amounts with their unit and whether a counted noun heads them, the light verb asked about, want]
  const cases: readonly [string, readonly (readonly [string, string | null, boolean])[], string, boolean][] = [
    ['Eleven people were taken to hospital after the leak', [['Eleven people', 'person', true]], 'taken', true],
    ['Ambulances took 23 injured passengers to three hospitals', [['23 injured passengers', 'passenger', true], ['three hospitals', 'hospital', true]], 'took', true],
    ['41 were rushed to a local clinic', [['41', null, false]], 'rushed', true],
    ['The 12 miners were brought to the surface', [['12 miners', 'miner', true]], 'brought', true],
    ['Gunmen took 30 guests hostage', [['30 guests', 'guest', true]], 'took', true],
    ['Sokolova took 57.8% in the first round', [['57.8%', 'percent', false]], 'took', true],
    ['The alliance took 143 of the 300 seats', [['143', 'seat', false], ['300 seats', 'seat', true]], 'took', true],
    // negatives: to a place of no care, a count of people taken, "took part", a share not right after the verb
    ['The buses took 40 fans to the stadium', [['40 fans', 'fan', true]], 'took', false],
    ['About 300 workers took part in the walkout', [['About 300 workers', 'worker', true]], 'took', false],
    ['The war took 20,000 lives', [['20,000 lives', 'life', true]], 'took', false],
    ['It took the party 12 years to win 40%', [['12 years', 'year', true], ['40%', 'percent', false]], 'took', false],
    ['The storm brought 30 cm of snow , and hospitals closed', [['30 cm', 'cm', false]], 'brought', false],
  ];
  for (const [sentence, amounts, verb, want] of cases) {
    const ws = words(sentence);
    const spans = amounts.map(([a, unit, head]) => {
      const start = sentence.indexOf(a);
      assert.ok(start >= 0, a);
      return { start, end: start + a.length, unit, unitKind: 'count', head: head ? {} : null };
    });
    const i = ws.findIndex((w) => w.lower === verb);
    assert.equal(lightWithEvent(ws, amountWords(ws, spans), spans, i), want, sentence);
  }
});

test(`${P} 1.29: a verb of its own that is no event, a limit's level, a source phrase, a dimension: about none; a past verb ends an "of" complement`, () => {
  const rows: ReadonlyArray<{ sentence: string; amount: string; events: string[]; want: string | null; unitKind?: string }> = [
    // the amount's own verb, no event: a past form first of the scan's content words, a gerund with an object after a preposition
    { sentence: 'The utility defaulted on $300 million of bonds and later sold its plants', amount: '$300 million', events: ['sold'], want: 'none' },
    { sentence: 'Suppliers owed a combined 2 billion rupees have sued', amount: '2 billion rupees', events: ['sued'], want: 'none' },
    { sentence: 'The firm was fined for selling faulty heaters to 9,000 homes', amount: '9,000 homes', events: ['fined'], want: 'none' },
    // a limit's level after "to" or "at", not the event noun in its object
    { sentence: 'The bank capped daily withdrawals at 300 dollars', amount: '300 dollars', events: ['withdrawals'], want: 'none' },
    { sentence: 'The bank capped daily withdrawals at 300 dollars', amount: '300 dollars', events: ['capped', 'withdrawals'], want: 'capped' },
    { sentence: 'Rules limiting transfers to 1,000 euros', amount: '1,000 euros', events: ['transfers'], want: 'none' },
    // a source phrase, a dimension after "at"
    { sentence: 'Most backed the plan , according to a poll of 2,000 voters', amount: '2,000 voters', events: ['backed', 'poll'], want: 'poll' },
    { sentence: 'Most backed the plan , according to a study of 2,000 voters', amount: '2,000 voters', events: ['backed'], want: 'none' },
    { sentence: 'The wreck was found at a depth of 3,800 metres', amount: '3,800 metres', events: ['found'], want: 'none', unitKind: 'measure' },
    // a past form that is an event ends the "of" complement of a subject amount; a linking verb passes to its event
    { sentence: 'About 40 centimetres of snow fell on the passes', amount: 'About 40 centimetres', events: ['fell'], want: 'fell' },
    { sentence: 'More than half of the 80 clinics stayed closed', amount: '80 clinics', events: ['stayed', 'closed'], want: 'closed' },
    // negatives: a change's new level after a gerund noun ("the fine for speeding to"), a participle after a determiner, a
    // gerund with no object, a past form after the first content word, a measure found at "at" with no dimension noun
    { sentence: 'The government doubled the fine for speeding to 500 euros', amount: '500 euros', events: ['doubled', 'speeding'], want: 'doubled' },
    { sentence: 'Officials gave an estimated 40,000 people shelter', amount: '40,000 people', events: [], want: null },
    { sentence: 'The plant was built at a cost of $300 million', amount: '$300 million', events: ['built'], want: 'built', unitKind: 'currency' },
    { sentence: 'Grain exports reached 2 million tonnes of wheat', amount: '2 million tonnes', events: ['exports'], want: 'exports' },
  ];
  for (const r of rows) {
    const ws = words(r.sentence);
    const start = r.sentence.indexOf(r.amount);
    const aw = amountWords(ws, [{ start, end: start + r.amount.length, ...(r.unitKind ? { unitKind: r.unitKind } : {}) }]);
    const roleOf = (i: number): WordRole => (counterLight(ws, i) ? 'light' : r.events.includes(ws[i]!.lower) ? 'event' : 'plain');
    const g = governorOrNone(ws, aw, 0, roleOf);
    assert.equal(g === 'none' || g === null ? g : ws[g.wi]!.lower, r.want, r.sentence);
  }
});
