import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DigestClaim, DigestEntity, DigestEvent, DigestTime, ReportDigest } from './digest.js';
import { addTerms } from './terms.js';
import { MemoryLinkState } from './state.js';
import { eventMatch, foldPlaceNames, LINK_PARAMS, linkReport, otherComplementTime, otherProtagonist, pastUntil, placeNameKeys, scoreStory, unlinkReport, type Refusal } from './link-report.js';
import type { StoryState } from './state.js';
import type { StatusStep } from './schema.js';
import type { TrackedEvent } from './schema.js';

const P = 'link/link-report:';

interface R {
  id: number;
  day: string;
  text: string;
  people?: string[];
  places?: string[];
  orgs?: string[];
  event?: Partial<DigestEvent>;
  claim?: Partial<DigestClaim>;
  copyOf?: number;
  outlet?: string;
}

function digest(r: R): ReportDigest {
  const ent = (key: string, type: string): DigestEntity => ({ key, type, name: key.split(':')[1]!, roles: [], affiliation: null, mentions: 2, lead: true });
  const entities = [...(r.people ?? []).map((k) => ent(k, 'PER')), ...(r.places ?? []).map((k) => ent(k, 'GPE')), ...(r.orgs ?? []).map((k) => ent(k, 'ORG'))];
  const evidence = { article: r.id, start: 0, end: r.text.length, text: r.text };
  const events: DigestEvent[] = r.event
    ? [{ cluster: 'e1', type: 'CONSULT', lemma: 'visit', trigger: 'visit', participants: r.people ?? [], actors: (r.people ?? []).slice(0, 1), places: r.places ?? [], time: null, status: null, modality: 'asserted', certainty: 0.8, cues: [], evidence, sentences: [evidence], claims: [], ...r.event }]
    : [];
  const claims: DigestClaim[] = r.claim
    ? [{ id: 'c1', clusters: ['e1'], sourceKey: null, sourceName: 'KCNA', chain: ['KCNA'], cue: 'said', stance: 'neutral', text: r.text, evidence, time: null, dateNotSet: false, negated: false, quantities: [], ...r.claim }]
    : [];
  return {
    article: { id: r.id, title: r.text.slice(0, 40), outlet: r.outlet ?? 'Wire', published: `${r.day}T09:00:00Z`, language: 'en', copyOf: r.copyOf ?? null },
    day: r.day,
    terms: Object.fromEntries(addTerms(new Map(), r.text)),
    entities,
    events,
    claims,
    quantities: [],
  };
}

const VISIT = ['per:yerlan-temirov', 'per:ganbold-tserendorj'];
const PLACES = ['gpe:mng', 'gpe:kaz'];
const t = (text: string, value: string, from: string, to: string): DigestEvent['time'] => ({ text, value, window: { from, to }, notBefore: false });

const reports: R[] = [
  { id: 1, day: '2025-03-02', text: 'Kazakh president Temirov ready to visit Mongolia soon, state agency says', people: VISIT, places: PLACES, event: { status: 'anticipated' } },
  { id: 2, day: '2025-03-03', text: 'Kazakhstan expects Temirov visit to Mongolia in the foreseeable future', people: VISIT, places: PLACES, event: { status: 'anticipated' } },
  { id: 3, day: '2025-03-19', text: 'Temirov to pay state visit to Mongolia on April 8 and 9', people: VISIT, places: PLACES, event: { status: 'scheduled', time: t('April 8 and 9', '2025-04-08', '2025-04-08', '2025-04-09') } },
  { id: 4, day: '2025-03-04', text: 'Central bank of Chile holds interest rate steady at policy meeting', people: ['per:rosa-mena'], places: ['gpe:chl'] },
  { id: 5, day: '2025-04-09', text: 'Temirov arrives in Ulaanbaatar for state visit to Mongolia', people: VISIT, places: PLACES, event: { status: 'in-progress', time: t('Tuesday', '2025-04-08', '2025-04-08', '2025-04-08') } },
  { id: 6, day: '2025-04-09', text: 'Temirov arrives in Ulaanbaatar for state visit to Mongolia', people: VISIT, places: PLACES, copyOf: 5, outlet: 'Other', event: { status: 'in-progress' } },
];

async function linkAll(rs: readonly R[]): Promise<MemoryLinkState> {
  const state = new MemoryLinkState();
  for (const r of rs) await linkReport(state, digest(r));
  return state;
}

test(`${P} reports of one situation form one story; an unrelated one stays apart; a wire copy joins its original`, async () => {
  const state = await linkAll(reports);
  const stories = state.allStories().map((s) => s.story.articles.map((a) => a.id));
  assert.deepEqual(stories, [[1, 2, 3, 5, 6], [4]]);
  const visit = state.allStories()[0]!.story;
  assert.equal(visit.articles.find((a) => a.id === 6)!.copyOf, 5);
  assert.equal(visit.events.length, 1, 'one tracked visit');
  assert.deepEqual(visit.events[0]!.timeline.map((s) => s.status), ['expected', 'expected', 'dates-announced', 'under-way', 'under-way']);
  assert.equal(visit.events[0]!.status, 'under-way');
});

test(`${P} linking is deterministic and idempotent`, async () => {
  const a = await linkAll(reports);
  const b = await linkAll(reports);
  assert.deepEqual(JSON.stringify(a.allStories()), JSON.stringify(b.allStories()));
  const again = await linkReport(a, digest(reports[0]!));
  assert.equal(again.created, false);
  assert.equal(a.allStories()[0]!.story.articles.length, 5);
});

test(`${P} the same two leaders' visit eight months later is another tracked event`, async () => {
  const later: R = { id: 7, day: '2025-12-10', text: 'Temirov arrives in Mongolia for a second state visit', people: VISIT, places: PLACES, event: { status: 'in-progress', time: t('Wednesday', '2025-12-10', '2025-12-10', '2025-12-10') } };
  const state = await linkAll([...reports, later]);
  const events = state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === 7)));
  assert.equal(events.length, 1);
  assert.ok(!events[0]!.members.some((m) => m.article === 5), 'not the April visit');
});

test(`${P} a plan reported after the tracked event is over is another event; before it, the same`, async () => {
  const over: R = { id: 10, day: '2025-04-12', text: 'Temirov ended his state visit to Mongolia on Wednesday', people: VISIT, places: PLACES, event: { status: 'occurred', time: t('Wednesday', '2025-04-09', '2025-04-08', '2025-04-09') } };
  const cases: ReadonlyArray<{ day: string; joins: boolean; why: string }> = [
    { day: '2025-06-20', joins: false, why: 'a plan two months after the visit ended is a new visit' },
    { day: '2025-04-13', joins: true, why: 'negative: within days of its end, a plan may still be read into the same event' },
  ];
  for (const c of cases) {
    const plan: R = { id: 11, day: c.day, text: 'Temirov will visit Mongolia, officials say', people: VISIT, places: PLACES, event: { status: 'anticipated' } };
    const state = await linkAll([...reports, over, plan]);
    const events = state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === 11)));
    assert.equal(events.length, 1, c.why);
    assert.equal(events[0]!.members.some((m) => m.article === 5), c.joins, c.why);
  }
});

test(`${P} a past event named in two reports is one tracked event, apart from the story's own`, async () => {
  const past = (id: number, day: string, from: string, to: string): R => ({ id, day, text: 'Temirov last visited Mongolia years ago', people: VISIT, places: PLACES, event: { cluster: `p${id}`, status: 'occurred', time: t('then', from, from, to) } });
  const cases: ReadonlyArray<{ second: R; together: boolean; why: string }> = [
    { second: past(13, '2025-04-10', '2016-06-01', '2016-06-30'), together: true, why: 'June 2016 again: the same past visit' },
    { second: past(13, '2025-04-10', '2019-05-01', '2019-05-31'), together: false, why: 'negative: another past visit' },
  ];
  for (const c of cases) {
    const state = await linkAll([...reports, past(12, '2025-03-20', '2016-06-01', '2016-06-30'), c.second]);
    const of = (article: number) => state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === article)));
    assert.equal(of(12)[0]!.members.some((m) => m.article === 5), false, 'not the 2025 visit');
    assert.equal(of(12)[0]!.id === of(13)[0]!.id, c.together, c.why);
  }
});

test(`${P} an event under way goes on past its first day: a later dated step joins it, within a month`, async () => {
  const alert = (id: number, day: string, status: 'in-progress' | 'occurred'): R => ({ id, day, text: 'Red alert for Sofala over Cyclone Osvalda', people: ['per:rosa-macamo'], places: ['gpe:moz'], event: { type: 'DISASTER', lemma: 'warning', trigger: 'alert', status, time: t(day, day, day, day) } });
  const cases: ReadonlyArray<{ later: string; joins: boolean; why: string }> = [
    { later: '2025-03-16', joins: true, why: 'issued on the 11th, lifted on the 16th: one warning' },
    { later: '2025-06-16', joins: false, why: 'negative: three months on, another warning' },
  ];
  for (const c of cases) {
    const state = await linkAll([alert(20, '2025-03-11', 'in-progress'), alert(21, c.later, 'occurred')]);
    const events = state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === 21)));
    assert.equal(events[0]!.members.some((m) => m.article === 20), c.joins, c.why);
  }
});

test(`${P} an event under way since a day goes on a month past the last report that saw it going on (a reopening ends it whatever its day: schedule-change.ts)`, async () => {
  const PLACES2 = ['gpe:gab', 'loc:bata'];
  const closure = (id: number, day: string, status: 'in-progress' | 'occurred', from: string, text: string): R => ({ id, day, text, places: PLACES2, event: { type: 'ECONOMY', lemma: 'close', trigger: 'closed', participants: [], actors: [], status, time: t(from, from, from, day) } });
  const cases: ReadonlyArray<{ seen: string; later: string; joins: boolean; why: string }> = [
    { seen: '2026-04-07', later: '2026-05-07', joins: true, why: 'closed since March 12, still closed on April 7 and on May 7: one closure' },
    { seen: '2026-03-13', later: '2026-05-07', joins: false, why: 'negative: last seen closed on March 13, nearly two months before' },
  ];
  for (const c of cases) {
    const state = await linkAll([
      closure(70, c.seen, 'in-progress', '2026-03-12', 'The consulate in Bata, shut since March 12, is still closed'),
      { id: 71, day: '2026-05-12', text: 'The consulate in Bata stayed closed on Thursday', places: PLACES2, event: { type: 'ECONOMY', lemma: 'close', trigger: 'closed', participants: [], actors: [], status: 'in-progress', time: t('Thursday', c.later, c.later, c.later) } },
    ]);
    const holder = state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === 71)));
    assert.equal(holder[0]!.members.some((m) => m.article === 70), c.joins, c.why);
  }
});

test(`${P} the end of a lasting event told months after it began joins it; an end dated before it began does not`, async () => {
  const PLACES4 = ['gpe:mar', 'loc:souss'];
  const emergency = (id: number, day: string, text: string, phase: string | undefined, on: string): R => ({ id, day, text, places: PLACES4, event: { type: 'DISASTER', lemma: 'emergency', trigger: 'emergency', participants: [], actors: [], status: 'occurred', family: 'campaign', ...(phase ? { phase } : {}), time: t(on, on, on, on) } });
  const cases: ReadonlyArray<{ phase: string | undefined; on: string; joins: boolean; why: string }> = [
    { phase: 'ended', on: '2026-12-17', joins: true, why: 'declared in June, lifted in December: one emergency' },
    { phase: 'ended', on: '2026-02-10', joins: false, why: 'negative: an end before this one began is an earlier emergency' },
    { phase: undefined, on: '2026-12-17', joins: false, why: 'negative: a declaration months later is another emergency' },
  ];
  for (const c of cases) {
    const state = await linkAll([
      emergency(90, '2026-06-02', 'Morocco declared a water emergency in Souss-Massa on Monday', undefined, '2026-06-01'),
      emergency(91, '2026-12-18', c.phase ? 'Morocco lifted the water emergency in Souss-Massa' : 'Morocco declared a water emergency in Souss-Massa', c.phase, c.on),
    ]);
    const holder = state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === 91)))[0]!;
    assert.equal(holder.members.some((m) => m.article === 90), c.joins, c.why);
  }
});

test(`${P} a state in force whose change is ahead joins it, and the change's day does not become its dates`, async () => {
  const PLACES3 = ['gpe:zwe', 'loc:bulawayo'];
  const ration = (id: number, day: string, text: string, status: 'in-progress' | 'scheduled', time: DigestEvent['time']): R => ({ id, day, text, places: PLACES3, event: { type: 'ECONOMY', lemma: 'ration', trigger: 'rationing', participants: [], actors: [], status, modality: status === 'scheduled' ? 'planned' : 'asserted', time } });
  const cases: ReadonlyArray<{ text: string; joins: boolean; why: string }> = [
    { text: 'Bulawayo will ease water rationing from December 15', joins: true, why: 'the easing is ahead; the rationing goes on' },
    { text: 'Bulawayo will begin water rationing from December 15', joins: false, why: 'negative: a start months later is another rationing' },
  ];
  for (const c of cases) {
    const state = await linkAll([
      ration(80, '2025-09-15', 'Bulawayo began water rationing on Monday', 'in-progress', t('Monday', '2025-09-15', '2025-09-15', '2025-09-15')),
      ration(81, '2025-12-01', c.text, 'scheduled', t('December 15', '2025-12-15', '2025-12-15', '2025-12-15')),
    ]);
    const holder = state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === 81)))[0]!;
    assert.equal(holder.members.some((m) => m.article === 80), c.joins, c.why);
    if (c.joins) {
      assert.equal(holder.timeline.find((st) => st.article === 81)?.status, 'under-way', c.why);
      assert.deepEqual(holder.when, { from: '2025-09-15', to: '2025-09-15' }, 'the rationing keeps its own dates');
    }
  }
});

test(`${P} a postponement to a later day moves the event's dates: it happens on the new day as the same event`, async () => {
  const launch = (id: number, day: string, status: 'scheduled' | 'cancelled' | 'occurred', on: string, text: string): R => ({
    id, day, text, places: ['gpe:guf'], event: { type: 'ECONOMY', lemma: 'launch', trigger: 'launch', status, time: t(on, on, on, on) },
  });
  const dated = launch(30, '2026-02-10', 'scheduled', '2026-03-12', 'The satellite launch from Kourou is set for March 12');
  const flown = launch(32, '2026-03-19', 'occurred', '2026-03-18', 'The satellite launch lifted off from Kourou on Wednesday');
  const cases: ReadonlyArray<{ middle: R[]; joins: boolean; why: string }> = [
    { middle: [launch(31, '2026-03-13', 'cancelled', '2026-03-18', 'The satellite launch from Kourou has been pushed back to March 18')], joins: true, why: 'pushed back to the day it flew' },
    { middle: [], joins: false, why: 'negative: a week from its only dates, with no postponement, another launch' },
  ];
  for (const c of cases) {
    const state = await linkAll([dated, ...c.middle, flown]);
    const events = state.allStories().flatMap((s) => s.story.events.filter((e) => e.members.some((m) => m.article === 32)));
    assert.equal(events[0]!.members.some((m) => m.article === 30), c.joins, c.why);
  }
});

test(`${P} a report with no date, no entities and no events links or stays alone without error`, async () => {
  const state = await linkAll([...reports, { id: 8, day: '', text: 'Un texte sans date ni entités.' }]);
  assert.ok(state.allStories().some((s) => s.story.articles.some((a) => a.id === 8)));
});

test(`${P} deleting a report rebuilds its story and history; deleting the last drops the story`, async () => {
  const state = await linkAll(reports);
  await unlinkReport(state, 3);
  const visit = state.allStories()[0]!.story;
  assert.deepEqual(visit.articles.map((a) => a.id), [1, 2, 5, 6]);
  assert.ok(!visit.events[0]!.timeline.some((s) => s.status === 'dates-announced'));
  await unlinkReport(state, 4);
  assert.equal(state.allStories().length, 1);
  assert.equal(await state.storyOfArticle(4), null);
});

test(`${P} claim versions across reports, with relay and time drift`, async () => {
  const claimed: R[] = [
    { id: 1, day: '2025-03-02', text: 'Temirov is ready to visit Mongolia soon', people: VISIT, places: PLACES, event: { status: 'anticipated' }, claim: { time: { text: 'soon', value: 'FUTURE_REF', window: null, notBefore: false } } },
    { id: 2, day: '2025-03-03', text: 'Temirov is willing to visit Mongolia at an early date', people: VISIT, places: PLACES, event: { status: 'anticipated' }, claim: { chain: ['KCNA', 'Reuters'], time: { text: 'at an early date', value: 'FUTURE_REF', window: null, notBefore: false } } },
  ];
  const state = await linkAll(claimed);
  const story = state.allStories()[0]!.story;
  const claim = story.claims.find((c) => c.versions.length === 2);
  assert.ok(claim, 'one claim, two versions');
  assert.equal(claim.versions[1]!.relayOf, claim.versions[0]!.id);
  assert.deepEqual(claim.versions[1]!.source.chain, ['KCNA', 'Reuters', 'Wire']);
  const kinds = story.findings.map((f) => f.kind).sort();
  assert.ok(kinds.includes('time'), `time drift found (${kinds.join(', ')})`);
  assert.ok(kinds.includes('certainty'), 'ready → willing');
});

test(`${P} a later version relays an earlier one only when it says the same: other figures or another day are an update`, async () => {
  const q = (text: string, n: number) => ({ text, start: 0, end: text.length, low: n, high: n, unit: 'delegate' });
  const day = (value: string) => ({ text: value, value, window: null, notBefore: false });
  const cases: ReadonlyArray<{ second: Partial<DigestClaim>; text: string; relays: boolean; why: string }> = [
    { second: { quantities: [q('40 delegates', 40)], time: day('2025-03-10') }, text: 'Temirov will visit Mongolia on March 10 with 40 delegates', relays: true, why: 'the same words, figure and day' },
    { second: { quantities: [q('63 delegates', 63)], time: day('2025-03-10') }, text: 'Temirov will visit Mongolia on March 10 with 63 delegates', relays: false, why: 'negative: another figure is an update' },
    { second: { quantities: [q('40 delegates', 40)], time: day('2025-03-12') }, text: 'Temirov will visit Mongolia on March 12 with 40 delegates', relays: false, why: 'negative: another day is an update' },
  ];
  for (const c of cases) {
    const state = await linkAll([
      { id: 1, day: '2025-03-02', text: 'Temirov will visit Mongolia on March 10 with 40 delegates', people: VISIT, places: PLACES, event: { status: 'scheduled' }, claim: { quantities: [q('40 delegates', 40)], time: day('2025-03-10') } },
      { id: 2, day: '2025-03-03', text: c.text, people: VISIT, places: PLACES, event: { status: 'scheduled' }, claim: c.second },
    ]);
    const claim = state.allStories()[0]!.story.claims.find((x) => x.versions.length === 2);
    assert.ok(claim, `${c.why}: one claim, two versions`);
    assert.equal(claim.versions[1]!.relayOf !== null, c.relays, c.why);
  }
});

test(`${P} a claim whose source names no one is credited to no one`, async () => {
  const cases: ReadonlyArray<{ sourceName: string; kept: boolean }> = [
    { sourceName: 'No group', kept: false },
    { sourceName: 'Nobody', kept: false },
    { sourceName: 'None of the officials', kept: false },
    // negatives: names that only begin with the letters
    { sourceName: 'Noura Hassan', kept: true },
    { sourceName: 'Norway', kept: true },
  ];
  for (const c of cases) {
    const state = await linkAll([{ id: 1, day: '2025-03-02', text: 'Temirov will visit Mongolia soon', people: VISIT, places: PLACES, event: { status: 'anticipated' }, claim: { sourceName: c.sourceName } }]);
    const claims = state.allStories()[0]!.story.claims;
    assert.equal(claims.some((x) => x.sourceName === c.sourceName), c.kept, c.sourceName);
  }
});

test(`${P} a book-length report links in bounded work: its first maxReportEvents events and maxReportClaims claims take part`, async () => {
  const base = digest({ id: 1, day: '2025-03-02', text: 'Temirov to visit Mongolia', people: VISIT, places: PLACES, event: { status: 'anticipated' }, claim: {} });
  const many = 5000;
  const events: DigestEvent[] = Array.from({ length: many }, (_, i) => ({ ...base.events[0]!, cluster: `e${i}`, lemma: `happening${i}`, type: `T${i}` }));
  const claims: DigestClaim[] = Array.from({ length: many }, (_, i) => ({ ...base.claims[0]!, id: `c${i}`, clusters: [`e${i}`], text: `statement number ${i} about something` }));
  const state = new MemoryLinkState();
  await linkReport(state, { ...base, events, claims });
  const story = [...state.allStories()][0]!.story;
  assert.equal(story.events.length, LINK_PARAMS.maxReportEvents, 'every distinct kind is its own tracked event, up to the cap');
  assert.equal(story.claims.reduce((n, c) => n + c.versions.length, 0), LINK_PARAMS.maxReportClaims, 'claim versions, up to the cap');
  // negative: an ordinary report is not cut
  const small = await linkAll(reports.slice(0, 3));
  assert.equal([...small.allStories()][0]!.story.events.length, 1);
});

test(`${P} a report in another language joins the story whose people and places it names, by name alone`, async () => {
  const state = await linkAll(reports.slice(0, 3));
  const storyOf1 = await state.storyOfArticle(1);
  const foreign = (id: number, text: string, names: string[]): ReportDigest => {
    const d = digest({ id, day: '2025-03-20', text });
    const candidate = (key: string): DigestEntity => ({ key, type: key.startsWith('per:') ? 'PER' : 'LOC', name: key.split(':')[1]!, roles: [], affiliation: null, mentions: 2, lead: true, candidate: true });
    return { ...d, article: { ...d.article, language: 'fr' }, entities: names.map(candidate) };
  };
  // the French report names the visit's people and places, and a word that keys as nothing known
  const fr = await linkReport(state, foreign(10, 'Le président Temirov se rendra en Mongolie les 8 et 9 avril', ['per:yerlan-temirov', 'gpe:mng', 'loc:mongolie', 'org:le-president']));
  assert.equal(fr.story, storyOf1, 'joins the visit story');
  const story = (await state.getStory(storyOf1!))!.story;
  assert.ok(!story.entities.some((e) => e.key === 'org:le-president' || e.key === 'loc:mongolie'), 'candidates the story does not know are not stored');
  // negative: a report in another language naming no one the stories know starts its own story
  const other = await linkReport(state, foreign(11, 'Grève des dockers au Havre', ['loc:havre', 'org:cgt']));
  assert.equal(other.created, true);
  // a report whose names each give several candidate keys still finds the story by a name past its twelfth key: the
  // query counts names, not keys
  // (keys that sort before the ones the story knows, at the same weight)
  const crowded = ['abril', 'agencia', 'alerta', 'andes'].flatMap((w) => [`per:${w}`, `per:${w}-noticias`, `per:${w}-secretaria`, `per:${w}-gestion`]);
  const es = await linkReport(state, foreign(12, 'La visita de Temirov a Mongolia, según la Secretaría de Gestión de Riesgos', [...crowded, 'per:yerlan-temirov', 'gpe:mng']));
  assert.equal(es.story, storyOf1, 'joins the visit story past sixteen candidate keys');
});

test(`${P} organisations' other names (an acronym, a short form) match a report in another language that names them only so`, async () => {
  const ent = (key: string, type: string, aliasKeys?: string[]): DigestEntity => ({ key, type, name: key.split(':')[1]!, roles: [], affiliation: null, mentions: 2, lead: true, ...(aliasKeys ? { aliasKeys } : {}) });
  const english = (aliases: boolean): ReportDigest => ({
    ...digest({ id: 1, day: '2026-02-04', text: 'Federal transport authority opens inquiry into carmaker over pump fault' }),
    entities: [
      ent('org:federal-motor-transport-authority', 'ORG', aliases ? ['org:kba'] : undefined),
      ent('org:kessler-automobilwerke', 'ORG', aliases ? ['org:kessler'] : undefined),
    ],
  });
  const german = (): ReportDigest => {
    const d = digest({ id: 2, day: '2026-02-06', text: 'KBA leitet Untersuchung gegen Kessler ein' });
    const candidate = (key: string): DigestEntity => ({ key, type: 'ORG', name: key.split(':')[1]!, roles: [], affiliation: null, mentions: 2, lead: true, candidate: true });
    return { ...d, article: { ...d.article, language: 'de' }, entities: ['org:kba', 'org:kessler'].map(candidate) };
  };
  const withAlias = new MemoryLinkState();
  const first = await linkReport(withAlias, english(true));
  assert.equal((await linkReport(withAlias, german())).story, first.story, 'the short names the English report gave join them');
  // negative: without the alias the German report shares no key with the story and starts its own
  const without = new MemoryLinkState();
  await linkReport(without, english(false));
  assert.equal((await linkReport(without, german())).created, true);
});

test(`${P} an organisation's short form in one report and its full name in another take part in one tracked event`, async () => {
  // the second report names the buyer only: without the short form's join, two buyers of one kind share nothing
  const buy = (id: number, day: string, parties: string[], text: string): R => ({
    id, day, text, orgs: parties, people: ['per:marta-horakova'], places: ['gpe:pol'],
    event: { type: 'ECONOMY', lemma: 'acquire', trigger: 'purchase', participants: parties, actors: parties.slice(0, 1), places: [] },
  });
  const cases: ReadonlyArray<{ first: string; second: string; together: boolean; why: string }> = [
    { first: 'org:hradec-retail-group', second: 'org:hradec', together: true, why: 'the short form of the full name' },
    { first: 'org:hradec', second: 'org:hradec-retail-group', together: true, why: 'the full name of the short form' },
    { first: 'org:hradec-retail-group', second: 'org:lidl', together: false, why: 'negative: another buyer' },
  ];
  for (const c of cases) {
    const state = await linkAll([
      buy(1, '2025-09-22', [c.first, 'org:koszyk'], 'Hradec agreed to buy the Polish grocery chain Koszyk, spokeswoman Marta Horakova said'),
      buy(2, '2025-10-12', [c.second], 'Hradec will complete its purchase of the Polish grocery chain Koszyk, spokeswoman Marta Horakova said'),
    ]);
    const events = state.allStories().flatMap((s) => s.story.events);
    assert.equal(events.some((e) => e.members.some((m) => m.article === 1) && e.members.some((m) => m.article === 2)), c.together, c.why);
  }
});

test(`${P} event fit: parties named differently, general nouns and synonyms join; people or cities apart do not`, () => {
  const tracked = (over: Partial<TrackedEvent>): TrackedEvent => ({ id: '1.1', story: 1, type: 'AGREE', lemma: 'agree', label: '', participants: [], actors: [], places: [], when: null, firstSeen: '2025-05-12', members: [], timeline: [], status: null, ...over });
  const ev = (over: Partial<DigestEvent>): DigestEvent => {
    const evidence = { article: 2, start: 0, end: 1, text: 'x' };
    return { cluster: 'e1', type: 'AGREE', lemma: 'agree', trigger: 'agreed', participants: [], actors: [], places: [], time: null, status: null, modality: 'asserted', certainty: 0.8, cues: [], evidence, sentences: [evidence], claims: [], ...over };
  };
  const cases: ReadonlyArray<{ e: DigestEvent; t: TrackedEvent; joins: boolean; why: string }> = [
    { e: ev({ participants: ['gpe:gha'] }), t: tracked({ participants: ['gpe:civ'] }), joins: false, why: 'negative: two countries named as the parties, none in common' },
    { e: ev({ participants: ['per:cote'] }), t: tracked({ participants: ['gpe:civ'] }), joins: true, why: 'a person on one side, a country on the other: nothing of one kind differs' },
    { e: ev({ participants: ['per:a-b'] }), t: tracked({ participants: ['per:c-d'] }), joins: false, why: 'negative: two different people' },
    { e: ev({ type: 'DISASTER', lemma: 'accident' }), t: tracked({ type: 'DISASTER', lemma: 'collapse' }), joins: true, why: '"the accident" is the story\'s collapse' },
    { e: ev({ type: 'DISASTER', lemma: 'flood' }), t: tracked({ type: 'DISASTER', lemma: 'collapse' }), joins: false, why: 'negative: another kind of incident, no one and nowhere in common' },
    { e: ev({ type: 'DISASTER', lemma: 'crash' }), t: tracked({ type: 'DISASTER', lemma: 'derail' }), joins: true, why: '"the crash" is the story\'s derailment' },
    { e: ev({ type: 'ECONOMY', lemma: 'crash' }), t: tracked({ type: 'DISASTER', lemma: 'derail' }), joins: false, why: 'negative: a market crash is no incident' },
    { e: ev({ type: 'CASUALTY', lemma: 'death' }), t: tracked({ type: 'KILL', lemma: 'kill' }), joins: true, why: 'death and killing are one family' },
    { e: ev({ participants: ['per:a-b'], places: ['gpe:gaborone'] }), t: tracked({ participants: ['gpe:bwa'] }), joins: true, why: 'a country and a city: places of two sizes, no conflict' },
    { e: ev({ places: ['gpe:francistown'] }), t: tracked({ places: ['gpe:gaborone'] }), joins: false, why: 'negative: two cities' },
    { e: ev({ participants: ['gpe:zmb'] }), t: tracked({ participants: ['gpe:bwa'] }), joins: false, why: 'negative: two countries' },
    { e: ev({ participants: ['gpe:gib'] }), t: tracked({ places: ['gpe:gib'] }), joins: true, why: '"Gibraltar\'s recount" and "the recount in Gibraltar": one key as a party and as a place' },
    { e: ev({ participants: ['gpe:gib'] }), t: tracked({ places: ['gpe:esp'] }), joins: false, why: 'negative: a party and a place that are two countries' },
  ];
  for (const c of cases) assert.equal('score' in eventMatch(c.e, c.t, new Map(), '2025-05-13'), c.joins, c.why);
});

test(`${P} a past event of a kind stays apart from a later one of that kind, in either order of reporting`, () => {
  const evidence = { article: 1, start: 0, end: 1, text: 'x' };
  const step = (date: string, status: StatusStep['status'], window: { from: string; to: string } | null): StatusStep => ({
    id: `s${date}`, date, status, article: 1, outlet: null, evidence, source: { key: null, name: null, chain: [] }, certainty: 0.8, conflicts: [],
    ...(window ? { time: { text: 'x', value: null, window } } : {}),
  });
  const tracked = (timeline: StatusStep[]): TrackedEvent => ({ id: '1.1', story: 1, type: 'LEGAL', lemma: 'convict', label: '', participants: [], actors: [], places: [], when: null, firstSeen: '2025-05-20', members: [], timeline, status: null });
  const ev = (over: Partial<DigestEvent>): DigestEvent => ({ cluster: 'e1', type: 'LEGAL', lemma: 'convict', trigger: 'convicted', participants: [], actors: [], places: [], time: null, status: 'occurred', modality: 'asserted', certainty: 0.8, cues: [], evidence, sentences: [evidence], claims: [], ...over });
  const y2022 = { from: '2022-01-01', to: '2022-12-31' };
  const past = tracked([step('2025-05-20', 'happened', y2022)]);
  assert.equal(pastUntil(past), '2022-12-31');
  assert.equal(pastUntil(tracked([step('2025-05-20', 'happened', y2022), step('2025-11-21', 'happened', null)])), null, 'negative: a step without a past time');
  assert.equal(pastUntil(tracked([step('2025-05-20', 'happened', { from: '2025-05-19', to: '2025-05-19' })])), null, 'negative: a recent time');
  assert.equal(pastUntil(tracked([])), null, 'negative: no steps');
  const cases: ReadonlyArray<{ e: DigestEvent; t: TrackedEvent; joins: boolean; why: string }> = [
    { e: ev({ time: { text: 'Tuesday', value: '2025-11-18', window: { from: '2025-11-18', to: '2025-11-18' }, notBefore: false } }), t: past, joins: false, why: 'a conviction on Tuesday is not the 2022 one' },
    { e: ev({ trigger: 'conviction' }), t: past, joins: false, why: 'an undated conviction is not the one known only as 2022\'s' },
    { e: ev({ time: { text: 'in 2022', value: '2022', window: y2022, notBefore: false } }), t: past, joins: true, why: 'negative: the 2022 conviction named again' },
    { e: ev({ time: { text: '2022', value: '2022', window: y2022, notBefore: false } }), t: tracked([step('2025-05-20', 'happened', null)]), joins: false, why: 'a past conviction is not the one the story reports (the earlier-event rule)' },
  ];
  for (const c of cases) assert.equal('score' in eventMatch(c.e, c.t, new Map(), '2025-11-21'), c.joins, c.why);
});

test(`${P} an event last put off from its dates is the one that takes place on a later day; one still set for its day is not`, () => {
  const evidence = { article: 1, start: 0, end: 1, text: 'x' };
  const step = (date: string, status: StatusStep['status']): StatusStep => ({
    id: `s${date}`, date, status, article: 1, outlet: null, evidence, source: { key: null, name: null, chain: [] }, certainty: 0.8, conflicts: [],
  });
  const friday = { from: '2025-11-14', to: '2025-11-14' };
  const tracked = (timeline: StatusStep[]): TrackedEvent => ({ id: '1.1', story: 1, type: 'LEGAL', lemma: 'release', label: '', participants: [], actors: [], places: [], when: friday, firstSeen: '2025-10-20', members: [], timeline, status: timeline[timeline.length - 1]?.status ?? null });
  const on = (day: string): DigestEvent => ({ cluster: 'e1', type: 'LEGAL', lemma: 'release', trigger: 'freed', participants: [], actors: [], places: [], time: { text: 'on Tuesday', value: day, window: { from: day, to: day }, notBefore: false }, status: 'occurred', modality: 'asserted', certainty: 0.8, cues: [], evidence, sentences: [evidence], claims: [] });
  const cases: ReadonlyArray<{ e: DigestEvent; t: TrackedEvent; joins: boolean; why: string }> = [
    { e: on('2025-11-18'), t: tracked([step('2025-11-10', 'dates-announced'), step('2025-11-13', 'postponed')]), joins: true, why: 'set for Friday, put off, freed on Tuesday' },
    { e: on('2025-11-18'), t: tracked([step('2025-11-10', 'dates-announced')]), joins: false, why: 'negative: still set for Friday, another day is another event' },
    { e: on('2025-11-07'), t: tracked([step('2025-11-10', 'dates-announced'), step('2025-11-13', 'postponed')]), joins: false, why: 'negative: a day before the dates it was put off from' },
  ];
  // a day the event was set for before it moved is still its day ("no way to hold the vote on Tuesday", in the report
  // that put Tuesday's vote off): the tracked event is now dated Friday, its timeline holds the old Tuesday
  const withDay = (st: StatusStep, from: string): StatusStep => ({ ...st, time: { text: 'x', value: from, window: { from, to: from } } });
  const moved = tracked([withDay(step('2025-11-03', 'dates-announced'), '2025-11-04'), withDay(step('2025-11-03', 'postponed'), '2025-11-14')]);
  assert.equal('score' in eventMatch(on('2025-11-04'), moved, new Map(), '2025-11-03'), true, 'the former day');
  assert.equal('score' in eventMatch(on('2025-10-28'), moved, new Map(), '2025-11-03'), false, 'negative: a day it was never set for');
  for (const c of cases) assert.equal('score' in eventMatch(c.e, c.t, new Map(), '2025-11-19'), c.joins, c.why);
});

test(`${P} a toll beside a disaster is background: kept in the story state, matched across reports, not a tracked event`, async () => {
  const MINE = ['gpe:zmb'];
  const withToll = (id: number, day: string, withDisaster: boolean): ReportDigest => {
    const d = digest({ id, day, text: 'Mine collapse in Zambia kills five miners; the toll rises', places: MINE, event: { type: 'DISASTER', lemma: 'collapse', trigger: 'collapse', status: 'occurred' } });
    const toll: DigestEvent = { ...d.events[0]!, cluster: 'e2', type: 'CASUALTY', lemma: 'toll', trigger: 'toll' };
    return { ...d, events: withDisaster ? [d.events[0]!, toll] : [toll] };
  };
  const state = new MemoryLinkState();
  await linkReport(state, withToll(1, '2025-06-03', true));
  await linkReport(state, withToll(2, '2025-06-04', true));
  const [s] = state.allStories();
  assert.equal(state.allStories().length, 1);
  assert.deepEqual(s!.story.events.map((e) => e.lemma), ['collapse']);
  assert.deepEqual(s!.background?.map((e) => [e.lemma, e.members.map((m) => m.article)]), [['toll', [1, 2]]]);
  // negative: background never takes a tracked event's mention, nor a tracked event a background one
  assert.ok(s!.story.events[0]!.members.every((m) => m.cluster === 'e1'));
});

test(`${P} a postponement joins the scheduled event whatever day it gives; not an event told over, nor a plain mention on another day`, async () => {
  const scheduled: R = { id: 20, day: '2025-03-01', text: 'Temirov will pay a state visit to Mongolia on March 24 and 25', people: VISIT, places: PLACES, event: { status: 'scheduled', time: t('March 24 and 25', '2025-03-24', '2025-03-24', '2025-03-25') } };
  const happened: R = { id: 20, day: '2025-03-27', text: 'Temirov ended his state visit to Mongolia on March 25', people: VISIT, places: PLACES, event: { status: 'occurred', time: t('March 25', '2025-03-25', '2025-03-24', '2025-03-25') } };
  const later = (text: string): R => ({ id: 21, day: '2025-03-12', text, people: VISIT, places: PLACES, event: { status: 'occurred', time: t('Monday', '2025-03-10', '2025-03-10', '2025-03-10') } });
  const cases: ReadonlyArray<{ first: R; second: R; joins: boolean; why: string }> = [
    { first: scheduled, second: later('The state visit of Temirov to Mongolia was postponed on Monday'), joins: true, why: 'the day of the postponement is not the visit’s' },
    { first: scheduled, second: later('Temirov made a state visit to Mongolia on Monday'), joins: false, why: 'negative: a visit told on another day is another visit' },
    { first: happened, second: { ...later('The state visit of Temirov to Mongolia was postponed to May 5'), day: '2025-04-01', event: { status: 'cancelled', time: t('May 5', '2025-05-05', '2025-05-05', '2025-05-05') } }, joins: false, why: 'negative: a visit told over is not the one postponed later' },
    { first: scheduled, second: { ...later('The state visit of Temirov to Mongolia planned for April 14 was called off'), event: { status: 'cancelled', time: t('April 14', '2025-04-14', '2025-04-14', '2025-04-14') } }, joins: false, why: 'negative: a calling-off of a visit planned for another day is another visit' },
    { first: scheduled, second: { ...later('The state visit of Temirov to Mongolia planned for March 24 was called off'), event: { status: 'cancelled', time: t('March 24', '2025-03-24', '2025-03-24', '2025-03-24') } }, joins: true, why: 'the calling-off of the visit planned for its own day' },
  ];
  for (const c of cases) {
    const state = await linkAll([c.first, c.second]);
    const events = state.allStories().flatMap((s) => s.story.events);
    const of = (article: number) => events.find((e) => e.members.some((m) => m.article === article))!.id;
    assert.equal(of(20) === of(21), c.joins, c.why);
  }
});

test(`${P} a past reading with no time of its own does not end a scheduled event for later plans`, async () => {
  const scheduled: R = { id: 30, day: '2025-03-01', text: 'Temirov will pay a state visit to Mongolia on March 24 and 25', people: VISIT, places: PLACES, event: { status: 'scheduled', time: t('March 24 and 25', '2025-03-24', '2025-03-24', '2025-03-25') } };
  const plan: R = { id: 32, day: '2025-06-20', text: 'Temirov will visit Mongolia when the situation allows, officials say', people: VISIT, places: PLACES, event: { status: 'anticipated' } };
  const cases: ReadonlyArray<{ past: R; joins: boolean; why: string }> = [
    { past: { id: 31, day: '2025-03-13', text: 'Agreements prepared for the state visit of Temirov to Mongolia', people: VISIT, places: PLACES, event: { status: 'occurred' } }, joins: true, why: 'an undated past reading is no end' },
    { past: { id: 31, day: '2025-03-26', text: 'Temirov ended his state visit to Mongolia on Tuesday', people: VISIT, places: PLACES, event: { status: 'occurred', time: t('Tuesday', '2025-03-25', '2025-03-25', '2025-03-25') } }, joins: false, why: 'negative: told over on its day, a plan months later is another visit' },
  ];
  for (const c of cases) {
    const state = await linkAll([scheduled, c.past, plan]);
    const events = state.allStories().flatMap((s) => s.story.events);
    const of = (article: number) => events.find((e) => e.members.some((m) => m.article === article))!.id;
    assert.equal(of(30), of(31));
    assert.equal(of(30) === of(32), c.joins, c.why);
  }
});

test(`${P} a bare mention with no sibling in its report joins the story's one event of its family, without its claims`, async () => {
  const STRIKE = ['org:vgb'];
  const deal = (id: number, day: string): R => ({ id, day, text: 'The drivers union reached a pay deal with the transport company BVG', people: STRIKE, event: { cluster: `d${id}`, type: 'AGREE', lemma: 'deal', trigger: 'deal', status: 'occurred', participants: STRIKE, actors: STRIKE, time: t('Tuesday', day, day, day) } });
  const bare = (id: number): ReportDigest => {
    const d = digest({ id, day: '2025-02-13', text: 'Buses ran again after the pay deal ended the strike of the drivers union', people: STRIKE, event: { cluster: 'b1', type: 'AGREE', lemma: 'deal', trigger: 'deal', participants: [], actors: [], places: [] }, claim: { clusters: ['b1'] } });
    return d;
  };
  const cases: ReadonlyArray<{ before: R[]; joins: boolean; why: string }> = [
    { before: [deal(40, '2025-02-11')], joins: true, why: 'the story has one deal' },
    { before: [deal(40, '2025-02-11'), deal(41, '2025-02-25')], joins: false, why: 'negative: two deals (two weeks apart) the mention could be' },
  ];
  for (const c of cases) {
    const state = await linkAll(c.before);
    await linkReport(state, bare(42));
    const [s] = state.allStories();
    const holder = s!.story.events.filter((e) => e.members.some((m) => m.article === 42));
    assert.equal(holder.length, c.joins ? 1 : 0, c.why);
    if (c.joins) assert.equal(holder[0]!.members[0]!.article, 40);
    // the claim about the bare mention stays with no event
    assert.ok(s!.story.claims.filter((x) => x.versions.some((v) => v.article === 42)).every((x) => x.event === null));
  }
});

test(`${P} a bare mention that states a change outright gives the event it joins this report's step; one that states none gives none`, async () => {
  const STRIKE = ['org:vgb'];
  const deal: R = { id: 50, day: '2025-02-11', text: 'The drivers union and BVG will sign a pay deal on Friday', people: STRIKE, event: { cluster: 'd50', type: 'AGREE', lemma: 'deal', trigger: 'deal', status: 'scheduled', participants: STRIKE, actors: STRIKE, time: t('Friday', '2025-02-14', '2025-02-14', '2025-02-14') } };
  const cases: ReadonlyArray<{ text: string; want: string | null; why: string }> = [
    { text: 'The deal has been put off until the drivers vote on it, the union said', want: 'postponed', why: 'put off, said of the bare mention' },
    { text: 'The deal remains on hold until the drivers vote on it, the union said', want: 'postponed', why: 'on hold' },
    { text: 'The deal was the talk of the depots on Wednesday, drivers said', want: null, why: 'negative: no change stated' },
  ];
  for (const c of cases) {
    const state = await linkAll([deal]);
    const evidence = { article: 51, start: 0, end: c.text.length, text: c.text };
    const d = digest({ id: 51, day: '2025-02-12', text: c.text, people: STRIKE, event: { cluster: 'b1', type: 'AGREE', lemma: 'deal', trigger: 'deal', participants: [], actors: [], places: [], evidence, sentences: [evidence] } });
    await linkReport(state, d);
    const [s] = state.allStories();
    const steps = s!.story.events.flatMap((e) => e.timeline.filter((x) => x.article === 51));
    assert.deepEqual(steps.map((x) => x.status), c.want ? [c.want] : [], c.why);
  }
});

test(`${P} a mention that states a change outright is tracked on its own: with two events of its kind it joins the most reported; one that states none joins neither`, async () => {
  const STRIKE = ['org:vgb'];
  const deal = (id: number, day: string, cluster: string): R => ({ id, day, text: 'The drivers union and BVG will sign a pay deal', people: STRIKE, event: { cluster, type: 'AGREE', lemma: 'deal', trigger: 'deal', status: 'scheduled', participants: STRIKE, actors: STRIKE, time: t(day, day, day, day) } });
  // the deal of February 14 is reported twice, a later one of February 28 once
  const before = [deal(60, '2025-02-14', 'a'), deal(61, '2025-02-14', 'a'), deal(62, '2025-02-28', 'b')];
  const cases: ReadonlyArray<{ text: string; want: string[]; why: string }> = [
    { text: 'The deal has been put off until the drivers vote on it, the union said', want: ['postponed'], why: 'put off: its own status, on the most reported deal' },
    { text: 'The deal remains on hold until the drivers vote on it, the union said', want: ['postponed'], why: 'on hold' },
    { text: 'The deal was the talk of the depots on Wednesday, drivers said', want: [], why: 'negative: no change stated, and two deals it could be' },
  ];
  for (const c of cases) {
    const state = await linkAll(before);
    const evidence = { article: 63, start: 0, end: c.text.length, text: c.text };
    await linkReport(state, digest({ id: 63, day: '2025-02-12', text: c.text, people: STRIKE, event: { cluster: 'x', type: 'AGREE', lemma: 'deal', trigger: 'deal', participants: [], actors: [], places: [], evidence, sentences: [evidence] } }));
    const [s] = state.allStories();
    const holders = s!.story.events.filter((e) => e.members.some((m) => m.article === 63));
    assert.deepEqual(holders.flatMap((e) => e.timeline.filter((x) => x.article === 63).map((x) => x.status)), c.want, c.why);
    if (c.want.length) assert.deepEqual(holders.map((e) => e.members[0]!.article), [60], c.why);
    else assert.equal(holders.length, 0, c.why);
  }
});

test(`${P} a report led by a person the story does not know, and not by the story's own person, is about someone else`, () => {
  const person = (key: string, mentions: number, lead: boolean): DigestEntity => ({ key, type: 'PER', name: key.slice(4), roles: [], affiliation: null, mentions, lead });
  const story = { story: { id: 1 }, centroid: {}, entityWeights: { 'per:vincent-jackson': 6, 'per:brad-baehr': 1, 'org:chargers': 3 }, lastDay: null, quantities: [] } as unknown as StoryState;
  const cases: ReadonlyArray<{ entities: DigestEntity[]; alias?: Map<string, string>; want: boolean; why: string }> = [
    { entities: [person('per:jamal-williams', 7, true), person('per:vincent-jackson', 2, false)], want: true, why: 'another player arrested leads the report; the story’s player only further down' },
    { entities: [person('per:jamal-williams', 7, true), person('per:vincent-jackson', 2, true)], want: false, why: 'negative: the report leads with the story’s person too' },
    { entities: [person('per:vincent-jackson', 5, true), person('per:jamal-williams', 2, true)], want: false, why: 'negative: the report’s own person is the story’s' },
    { entities: [person('per:jamal-williams', 2, true)], want: false, why: 'negative: named twice only: not yet what the report is about' },
    { entities: [person('per:jamal-williams', 7, false)], want: false, why: 'negative: not in the title or first sentence' },
    { entities: [person('per:v-jackson', 7, true)], alias: new Map([['per:v-jackson', 'per:vincent-jackson']]), want: false, why: 'negative: the story’s person under another form of the name' },
    { entities: [], want: false, why: 'negative: a report that names no one' },
  ];
  for (const c of cases) {
    const d = { ...digest({ id: 9, day: '2025-01-01', text: 'Player arrested' }), entities: c.entities };
    assert.equal(otherProtagonist(d, story, c.alias ?? new Map()), c.want, c.why);
  }
  const noPeople = { ...story, entityWeights: { 'org:chargers': 3 } } as StoryState;
  assert.equal(otherProtagonist({ ...digest({ id: 9, day: '2025-01-01', text: 'x' }), entities: [person('per:jamal-williams', 7, true)] }, noPeople, new Map()), false, 'negative: a story that names no one has no person of its own');
});

test(`${P} a place or organisation's one name is one dimension of the entity vector, whichever of those types a report gave it`, () => {
  const cases: ReadonlyArray<{ v: Record<string, number>; want: Record<string, number>; why: string }> = [
    { v: { 'org:milan': 4, 'loc:milan': 2 }, want: { 'name:milan': 6 }, why: 'the city council and the city: one name' },
    { v: { 'gpe:ken': 1, 'org:epra': 2 }, want: { 'name:ken': 1, 'name:epra': 2 }, why: 'each name keeps its own weight' },
    { v: { 'per:milan-kundera': 3, 'loc:milan': 1 }, want: { 'per:milan-kundera': 3, 'name:milan': 1 }, why: 'negative: a person is never folded' },
    { v: { 'misc:euro-5': 1, 'org:euro-5': 1 }, want: { 'misc:euro-5': 1, 'name:euro-5': 1 }, why: 'negative: a MISC name (a standard, a nationality) stays its own' },
    { v: { 'org:council-of-state': 1, 'org:council-of-state-italy': 1 }, want: { 'name:council-of-state': 1, 'name:council-of-state-italy': 1 }, why: 'negative: two names stay two' },
  ];
  for (const c of cases) assert.deepEqual(Object.fromEntries(foldPlaceNames(new Map(Object.entries(c.v)))), c.want, c.why);
});

test(`${P} candidate stories are looked up under each type a place or organisation's name may have`, () => {
  const cases: ReadonlyArray<{ key: string; want: string[]; why: string }> = [
    { key: 'loc:nkulumane', want: ['org:nkulumane', 'loc:nkulumane', 'gpe:nkulumane'], why: 'a suburb one report tagged a place, another an organisation' },
    { key: 'org:high-court', want: ['org:high-court', 'loc:high-court', 'gpe:high-court'], why: 'an organisation may be tagged a place' },
    { key: 'per:themba-moyo', want: ['per:themba-moyo'], why: 'negative: a person only under its own key' },
    { key: 'misc:kenyan', want: ['misc:kenyan'], why: 'negative: a MISC key only under its own key' },
  ];
  for (const c of cases) assert.deepEqual(placeNameKeys(c.key), c.want, c.why);
});

test(`${P} a report whose names a story knows under another place or organisation type joins that story`, async () => {
  const state = new MemoryLinkState();
  const text = 'The city council extended water cuts in Nkulumane and Pumula as dam levels fell to a record low.';
  const first = await linkReport(state, digest({ id: 1, day: '2025-10-01', text, orgs: ['org:nkulumane', 'org:pumula', 'org:bulawayo'] }));
  const second = await linkReport(state, digest({ id: 2, day: '2025-10-06', text: `${text} Residents queued at boreholes.`, places: ['loc:nkulumane', 'loc:pumula', 'loc:bulawayo'] }));
  assert.equal(second.story, first.story, 'the same names tagged places join the story that knows them as organisations');
  const other = await linkReport(state, digest({ id: 3, day: '2025-10-06', text: 'Lagos traffic police impounded 400 buses on Monday.', places: ['loc:lagos'] }));
  assert.notEqual(other.story, first.story, 'negative: a report that shares no name stays apart');
});

test(`${P} a later one of a series is not the first one's new day, nor one on a day that misses the first one's; the event dated on the report's day wins`, () => {
  const step = (date: string, status: StatusStep['status']): StatusStep => ({
    id: `s${date}`, date, status, article: 1, outlet: null, evidence: { article: 1, start: 0, end: 1, text: 'x' }, source: { key: null, name: null, chain: [] }, certainty: 0.8, conflicts: [],
  });
  const sept29 = { from: '2026-09-29', to: '2026-09-29' };
  const tracked = (when: { from: string; to: string }, timeline: StatusStep[]): TrackedEvent => ({ id: '1.1', story: 1, type: 'PROTEST', lemma: 'strike', label: '', participants: [], actors: [], places: [], when, firstSeen: '2026-09-15', members: [], timeline, status: timeline[timeline.length - 1]?.status ?? null });
  const strike = (sentence: string, trigger: string, time: { text: string; value: string; from: string; to: string }): DigestEvent => {
    const evidence = { article: 2, start: 0, end: sentence.length, text: sentence };
    return { cluster: 'e1', type: 'PROTEST', lemma: 'strike', trigger, participants: [], actors: [], places: [], time: { text: time.text, value: time.value, window: { from: time.from, to: time.to }, notBefore: false }, status: 'scheduled', modality: 'planned', certainty: 0.8, cues: [], evidence, triggerAt: sentence.indexOf(trigger), sentences: [evidence], claims: [] };
  };
  const oct13 = { text: 'October 13', value: '2026-10-13', from: '2026-10-13', to: '2026-10-13' };
  const october = { text: 'October', value: '2026-10', from: '2026-10-01', to: '2026-10-31' };
  const putOff = tracked(sept29, [step('2026-09-15', 'dates-announced'), step('2026-09-28', 'postponed')]);
  const set = tracked(sept29, [step('2026-09-15', 'dates-announced')]);
  const cases: ReadonlyArray<{ e: DigestEvent; t: TrackedEvent; joins: boolean; why: string }> = [
    { e: strike('The union said the second strike, set for October 13, remained in place.', 'strike', oct13), t: putOff, joins: false, why: 'the second strike is not the suspended first one on a new day' },
    { e: strike('The union said the strike, now set for October 13, would go ahead.', 'strike', oct13), t: putOff, joins: true, why: 'negative: no ordinal: the put-off strike on its new day' },
    { e: strike('The walkout could be followed by a second stoppage in October.', 'stoppage', october), t: set, joins: false, why: 'a second stoppage in October misses the first one’s September 29' },
    { e: strike('The strike in late September could spread.', 'strike', { text: 'late September', value: '2026-09', from: '2026-09-20', to: '2026-09-30' }), t: set, joins: true, why: 'negative: no ordinal, a window that holds the day' },
    { e: strike('The strike will now be held on October 13.', 'strike', oct13), t: set, joins: true, why: 'a strike only planned, set by a later report for a later day still ahead, is moved' },
    { e: strike('The strike will now be held on October 13.', 'strike', oct13), t: tracked(sept29, [step('2026-09-15', 'dates-announced'), step('2026-09-29', 'happened')]), joins: false, why: 'negative: a strike that took place is not moved' },
  ];
  for (const c of cases) assert.equal('score' in eventMatch(c.e, c.t, new Map(), '2026-09-28'), c.joins, c.why);
  // numbers in a series: two numbers are two events; a later one at a time that only holds the first one's day is another
  const numbered = (n: number): TrackedEvent => ({ ...tracked(sept29, [step('2026-09-15', 'dates-announced')]), ordinal: n });
  const weekOn = { text: 'a week later', value: 'P1W', from: '2026-09-25', to: '2026-10-02' };
  const numberedCases: ReadonlyArray<{ e: DigestEvent; t: TrackedEvent; joins: boolean; why: string }> = [
    { e: strike('The first strike, on September 29, led to 64 cancellations.', 'strike', { text: 'September 29', value: '2026-09-29', from: '2026-09-29', to: '2026-09-29' }), t: numbered(2), joins: false, why: 'the first strike is not the series’ second' },
    { e: strike('The first strike, on September 29, led to 64 cancellations.', 'strike', { text: 'September 29', value: '2026-09-29', from: '2026-09-29', to: '2026-09-29' }), t: numbered(1), joins: true, why: 'negative: the same number, the same day' },
    { e: strike('A second strike could follow a week later.', 'strike', weekOn), t: set, joins: false, why: 'a week that holds the first one’s day is no day of the second' },
    { e: strike('The strike could last a week.', 'strike', weekOn), t: set, joins: true, why: 'negative: no number, a window that holds the day' },
  ];
  for (const c of numberedCases) assert.equal('score' in eventMatch(c.e, c.t, new Map(), '2026-09-28'), c.joins, c.why);
  // a plan read as silently moved gives way to a tracked event whose time holds the new day
  const octoberPlan = tracked({ from: '2026-10-01', to: '2026-10-31' }, [step('2026-09-15', 'expected')]);
  const moved = strike('The pilots will walk out again on October 13.', 'walk', oct13);
  const fit = (t: TrackedEvent): number => { const m = eventMatch(moved, t, new Map(), '2026-09-24'); return 'score' in m ? m.score : -1; };
  assert.ok(fit(set) >= 0, 'a plan still ahead may be moved');
  assert.ok(fit(octoberPlan) > fit(set), 'but the one expected in October holds October 13');
  // calling off is no step of a strike told over weeks before
  const over = tracked(sept29, [step('2026-09-15', 'dates-announced'), { ...step('2026-09-30', 'happened'), time: { text: 'September 29', value: '2026-09-29', window: sept29 } }]);
  const calledOff = { ...strike('The union has called off its rolling strike.', 'strike', oct13), time: null, status: 'cancelled' as const };
  assert.deepEqual(eventMatch(calledOff, { ...over, status: 'happened' }, new Map(), '2026-10-24'), { reject: 'a plan after the event was over' });
  assert.ok('score' in eventMatch(calledOff, set, new Map(), '2026-10-24'), 'negative: a strike still planned may be called off');
  // a put-off told at a time before the event was over is a step of its history, not a plan after it
  const delayedEarlier = { ...strike('The strike had been delayed once, in September.', 'strike', { text: 'September', value: '2026-09', from: '2026-09-01', to: '2026-09-30' }), status: 'cancelled' as const };
  assert.ok('score' in eventMatch(delayedEarlier, { ...over, status: 'happened' }, new Map(), '2026-10-24'), 'a put-off dated before the event joins it');
  const delayedLater = { ...delayedEarlier, time: { text: 'October', value: '2026-10', window: { from: '2026-10-01', to: '2026-10-31' }, notBefore: false } };
  assert.deepEqual(eventMatch(delayedLater, { ...over, status: 'happened' }, new Map(), '2026-10-24'), { reject: 'a plan after the event was over' }, 'negative: a plan dated after the event was over');
  const second = tracked({ from: '2026-10-13', to: '2026-10-13' }, [step('2026-09-24', 'dates-announced')]);
  const mention = strike('The union said the October 13 strike was still on.', 'strike', oct13);
  const scoreOf = (t: TrackedEvent): number => { const m = eventMatch(mention, t, new Map(), '2026-10-08'); return 'score' in m ? m.score : -1; };
  assert.ok(scoreOf(second) > scoreOf(putOff), 'the strike dated October 13 fits better than the one put off from September 29');
});

// A happening (the tagger's HAPPENING) is followed once a report leads with it; an amount's counted OCCURRENCE never is.
const MUSEUM = ['org:valdecasas-museum'];
const happening = (lemma: string, lead: boolean, status: string | null, type = 'HAPPENING'): Partial<DigestEvent> => ({ type, lemma, trigger: lemma, participants: MUSEUM, actors: MUSEUM, places: ['gpe:esp'], status, ...(lead ? { lead } : {}) });

test(`${P} a happening waits in the background until a report leads with it, then is followed with its earlier steps`, async () => {
  const state = await linkAll([
    { id: 1, day: '2026-01-10', text: 'Madrid museum shut for works; it could reopen in spring', orgs: MUSEUM, places: ['gpe:esp'], event: happening('reopen', false, 'anticipated') },
    { id: 2, day: '2026-03-02', text: 'Madrid museum sets its reopening for April 18', orgs: MUSEUM, places: ['gpe:esp'], event: happening('reopen', true, 'scheduled') },
  ]);
  const [story] = state.allStories().map((s) => s.story);
  assert.deepEqual(story!.articles.map((a) => a.id), [1, 2]);
  assert.equal(story!.events.length, 1, 'the reopening is followed');
  assert.deepEqual(story!.events[0]!.timeline.map((s) => s.article), [1, 2], 'with the first report step');
});

test(`${P} a background event numbered after one that was followed never takes a number already given`, async () => {
  const at = (lemma: string, lead: boolean, status: string | null): Partial<DigestEvent> => ({ ...happening(lemma, lead, status), trigger: lemma });
  const state = await linkAll([
    { id: 1, day: '2026-01-10', text: 'Madrid museum shut for works; it could reopen in spring', orgs: MUSEUM, places: ['gpe:esp'], event: at('reopen', false, 'anticipated') },
    { id: 2, day: '2026-01-12', text: 'Madrid museum inspection due in March', orgs: MUSEUM, places: ['gpe:esp'], event: at('inspect', false, 'anticipated') },
    { id: 3, day: '2026-03-02', text: 'Madrid museum sets its reopening for April 18', orgs: MUSEUM, places: ['gpe:esp'], event: at('reopen', true, 'scheduled') },
    { id: 4, day: '2026-03-04', text: 'Madrid museum audit expected in May', orgs: MUSEUM, places: ['gpe:esp'], event: at('audit', false, 'anticipated') },
  ]);
  const [s] = state.allStories();
  const ids = [...s!.story.events, ...(s!.background ?? [])].map((e) => e.id);
  assert.deepEqual(s!.story.events.map((e) => e.lemma), ['reopen'], 'the reopening is followed once led with');
  assert.equal((s!.background ?? []).length, 2, 'the inspection and the audit wait in the background');
  assert.equal(new Set(ids).size, ids.length, `every id once: ${ids.join(', ')}`);
});

test(`${P} a counted event whose verb has a life of its own is followed once led with, like a happening`, async () => {
  const state = await linkAll([
    { id: 1, day: '2026-01-10', text: 'Madrid museum sets its reopening for April 18', orgs: MUSEUM, places: ['gpe:esp'], event: happening('reopen', true, 'scheduled') },
    { id: 2, day: '2026-01-14', text: 'Madrid museum recovered 17 of the 23 stolen pieces', orgs: MUSEUM, places: ['gpe:esp'], event: happening('recover', true, 'occurred', 'OCCURRENCE') },
  ]);
  const [story] = state.allStories().map((s) => s.story);
  assert.deepEqual(story!.events.map((e) => e.lemma), ['reopen', 'recover'], 'the recovery a report leads with is followed');
});

test(`${P} a happening no report leads with is not followed; one of another word is another event`, async () => {
  const state = await linkAll([
    { id: 1, day: '2026-01-10', text: 'Madrid museum sets its reopening for April 18', orgs: MUSEUM, places: ['gpe:esp'], event: happening('reopen', true, 'scheduled') },
    { id: 2, day: '2026-01-12', text: 'Madrid museum reopening set; the inspection is due in March', orgs: MUSEUM, places: ['gpe:esp'], event: happening('inspect', false, 'anticipated') },
    { id: 3, day: '2026-01-14', text: 'Madrid museum cut ticket prices by 10 percent', orgs: MUSEUM, places: ['gpe:esp'], event: happening('cut', true, 'occurred', 'OCCURRENCE') },
  ]);
  const [story] = state.allStories().map((s) => s.story);
  assert.deepEqual(story!.events.map((e) => e.lemma), ['reopen'], 'the inspection waits; a counted event is not followed, led with or not');
  const reopen = { ...story!.events[0]! };
  const inspect = { cluster: 'e9', ...happening('inspect', true, null) } as DigestEvent;
  assert.deepEqual(eventMatch(inspect, reopen, new Map(), '2026-01-15'), { reject: 'kind' });
});

test(`${P} a happening a lead names without saying anything of its state is not followed`, async () => {
  const state = await linkAll([
    { id: 1, day: '2026-01-10', text: 'Madrid museum staff in a dispute over rotas', orgs: MUSEUM, places: ['gpe:esp'], event: happening('dispute', true, null) },
    { id: 2, day: '2026-01-12', text: 'Madrid museum staff dispute drags on over rotas', orgs: MUSEUM, places: ['gpe:esp'], event: happening('dispute', true, null) },
  ]);
  const [story] = state.allStories().map((s) => s.story);
  assert.deepEqual(story!.events, []);
});

test(`${P} a report's happening that names one of the story's followed events counts for the story; one that names none counts against nothing`, async () => {
  const CENSUS = ['org:dane', 'gpe:col'];
  const state = await linkAll([{ id: 1, day: '2026-09-01', text: 'Colombia postpones its national census to September', orgs: CENSUS, event: { ...happening('census', true, 'postponed'), participants: CENSUS, actors: CENSUS, places: [] } }]);
  const [s] = state.allStories();
  assert.deepEqual(s!.story.events.map((e) => e.lemma), ['census'], 'the census is followed');
  const next = (event?: Partial<DigestEvent>): ReportDigest => digest({ id: 2, day: '2026-09-20', text: 'The delayed count will begin on Monday', orgs: CENSUS, ...(event ? { event: { ...event, participants: CENSUS, actors: CENSUS, places: [] } } : {}) });
  const none = scoreStory(next(), new Map(), s!);
  const same = scoreStory(next(happening('census', false, 'scheduled')), new Map(), s!);
  const other = scoreStory(next(happening('marathon', true, 'scheduled')), new Map(), s!);
  const lexical = scoreStory(next({ type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'scheduled' }), new Map(), s!);
  assert.ok(same > none, `the census named again scores up (${same} > ${none})`);
  assert.equal(other, none, 'negative: a happening of another word is no evidence either way');
  assert.ok(lexical <= none, 'negative: a tracked kind the story does not know still counts against it');
});

test(`${P} an organisation a report names only as its claims' source (a news agency) weighs less in the join than one it is about`, async () => {
  const MUSEUM_STORY = ['org:rydel-museum', 'gpe:krakow'];
  const state = await linkAll([{ id: 1, day: '2027-01-12', text: 'Masked men broke into the Rydel Museum in Krakow', orgs: MUSEUM_STORY }]);
  const [s] = state.allStories();
  const claim = (id: string, sourceKey: string): DigestClaim => ({ ...digest({ id: 2, day: '2027-01-19', text: 'x', claim: {} }).claims[0]!, id, sourceKey });
  const report = (extra: string, sourced: boolean): ReportDigest => {
    const d = digest({ id: 2, day: '2027-01-19', text: 'Police arrested two men over the museum break-in, the agency reported', orgs: [...MUSEUM_STORY, extra] });
    return { ...d, claims: sourced ? [claim('c1', extra), claim('c2', extra)] : [] };
  };
  const viaAgency = scoreStory(report('org:pap', true), new Map(), s!);
  const aboutOther = scoreStory(report('org:pap', false), new Map(), s!);
  assert.ok(viaAgency > aboutOther, `the agency it relays dilutes the report's names less (${viaAgency} > ${aboutOther})`);
  // negative: a person named only as a source keeps the full weight
  const person = (sourced: boolean): ReportDigest => {
    const d = digest({ id: 2, day: '2027-01-19', text: 'Police arrested two men over the museum break-in, a spokesman said', orgs: MUSEUM_STORY, people: ['per:tomasz-grabski'] });
    return { ...d, claims: sourced ? [claim('c1', 'per:tomasz-grabski'), claim('c2', 'per:tomasz-grabski')] : [] };
  };
  assert.equal(scoreStory(person(true), new Map(), s!), scoreStory(person(false), new Map(), s!));
});

test(`${P} an observer hears which tracked event a report's event was refused by, and why; linking is the same without one`, async () => {
  const visit = (id: number, day: string, when: string): R => ({ id, day, text: `Temirov will pay a state visit to Mongolia on ${when}`, people: VISIT, places: PLACES, event: { status: 'scheduled', time: t(when, day, day, day) } });
  const refused: Refusal[] = [];
  const state = new MemoryLinkState();
  await linkReport(state, digest(visit(40, '2025-03-24', 'March 24')));
  // a state visit told as happening on another day, months later, with nothing moved: another visit
  const second = { ...visit(41, '2025-09-10', 'September 10'), event: { status: 'occurred' as const, time: t('September 10', '2025-09-10', '2025-09-10', '2025-09-10') } };
  await linkReport(state, digest(second), { refused: (r) => refused.push(r) });
  assert.ok(refused.some((r) => r.article === 41 && r.lemma === 'visit' && r.reason.length > 0), JSON.stringify(refused));
  const plain = new MemoryLinkState();
  await linkReport(plain, digest(visit(40, '2025-03-24', 'March 24')));
  await linkReport(plain, digest(second));
  const events = (x: MemoryLinkState): string[] => x.allStories().flatMap((s) => s.story.events.map((e) => e.id));
  assert.deepEqual(events(plain), events(state));
});

test(`${P} a mention in other words that would move its event's status joins it with no step; one that repeats the status gives the report's step`, async () => {
  const MIN = ['per:amal-perera'];
  const day = t('Monday', '2026-02-02', '2026-02-02', '2026-02-02');
  const quit = (status: string, modality: string): Partial<DigestEvent> => ({ type: 'HAPPENING', lemma: 'quit', trigger: 'quit', participants: MIN, actors: MIN, places: ['gpe:lka'], status, modality, time: day });
  const first: R = { id: 1, day: '2026-02-02', text: 'Sri Lanka health minister Perera resigned on Monday over antibiotics', people: MIN, places: ['gpe:lka'], event: { type: 'POLITICAL', lemma: 'resign', trigger: 'resigned', participants: MIN, actors: MIN, places: ['gpe:lka'], status: 'occurred', time: day } };
  const cases: ReadonlyArray<{ event: Partial<DigestEvent>; want: number[]; why: string }> = [
    { event: quit('occurred', 'asserted'), want: [1, 2], why: 'happened, as the resignation stands: the report\'s step' },
    { event: quit('anticipated', 'planned'), want: [1], why: 'negative: a plan would move a resignation told as done; a mention only' },
  ];
  for (const c of cases) {
    const state = await linkAll([first, { id: 2, day: '2026-02-03', text: 'Perera quit on Monday, the presidency said of the health minister', people: MIN, places: ['gpe:lka'], event: c.event }]);
    const ev = state.allStories()[0]!.story.events.find((e) => e.lemma === 'resign')!;
    assert.deepEqual(ev.members.map((m) => m.article), [1, 2], c.why);
    assert.deepEqual(ev.timeline.map((x) => x.article), c.want, c.why);
  }
});

test(`${P} a happening that names a tracked event in other words joins it; another person's, another day's or another word's does not`, async () => {
  const MIN = ['per:amal-perera'];
  const resign = (status: string, time: DigestEvent['time'] = null): Partial<DigestEvent> => ({ type: 'POLITICAL', lemma: 'resign', trigger: 'resigned', participants: MIN, actors: MIN, places: ['gpe:lka'], status, time });
  const other = (lemma: string, who: string[], time: DigestEvent['time'] = null): Partial<DigestEvent> => ({ type: 'HAPPENING', lemma, trigger: lemma, participants: who, actors: who, places: ['gpe:lka'], status: 'occurred', time });
  const day = t('Monday', '2026-02-02', '2026-02-02', '2026-02-02');
  const state = await linkAll([
    { id: 1, day: '2026-02-02', text: 'Sri Lanka health minister Perera resigned on Monday over antibiotics', people: MIN, places: ['gpe:lka'], event: resign('occurred', day) },
    // "quit" is another word for the resignation: it joins it as a mention
    { id: 2, day: '2026-02-03', text: 'Perera quit on Monday, the presidency said of the health minister', people: MIN, places: ['gpe:lka'], event: other('quit', MIN, day) },
    // the same word for another person, another day: another event, left waiting
    { id: 3, day: '2026-02-04', text: 'Perera health minister aide Silva quit in 2019 over antibiotics', people: [...MIN, 'per:nimal-silva'], places: ['gpe:lka'], event: { ...other('quit', ['per:nimal-silva'], t('2019', '2019', '2019-01-01', '2019-12-31')) } },
    // a word that is no other word for a resignation ("attack" is not a union's strike, "leak" no resignation)
    { id: 4, day: '2026-02-05', text: 'Perera health minister antibiotics leak found at the store on Monday', people: MIN, places: ['gpe:lka'], event: other('leak', MIN, day) },
  ]);
  const [s] = state.allStories();
  assert.deepEqual(s!.story.articles.map((a) => a.id), [1, 2, 3, 4]);
  assert.deepEqual(s!.story.events.map((e) => e.lemma), ['resign']);
  const ev = s!.story.events[0]!;
  assert.deepEqual(ev.members.map((m) => m.article), [1, 2], 'the quitting joins the resignation; the aide\'s and the leak do not');
  assert.deepEqual(ev.timeline.map((x) => x.article), [1, 2], 'a mention in other words that tells the standing status (happened) confirms it: the report\'s step');
  assert.deepEqual((s!.background ?? []).map((e) => e.lemma).sort(), ['leak', 'quit']);
});

test('link/link-report: a claim\'s time stated in the other complement of its speech verb is not the event\'s (hwrong2)', () => {
  const ev = (text: string, trigger: string): DigestEvent => ({
    cluster: 'c1', type: 'INSPECT', lemma: 'inspect', trigger, participants: [], actors: [], places: [], time: null, sentences: [],
    status: null, modality: 'planned', certainty: 0.8, cues: [], evidence: { article: 1, start: 0, end: text.length, text }, claims: [],
  });
  const t = (text: string): DigestTime => ({ text, value: null, window: null, notBefore: false });
  const cases: ReadonlyArray<{ text: string; trigger: string; time: string; want: boolean; why: string }> = [
    { text: 'A spokesman said the scaffolding would come down in February and that the fire brigade still had to inspect the galleries.', trigger: 'inspect', time: 'in February', want: true, why: 'the time is the first complement\'s verb group\'s' },
    { text: 'A spokesman said the fire brigade still had to inspect the galleries and that the scaffolding would come down in February.', trigger: 'inspect', time: 'in February', want: true, why: 'the time in the second complement, after the event' },
    { text: 'The minister told APS on Tuesday that a deal had been reached and that the crew would be freed within days.', trigger: 'freed', time: 'on Tuesday', want: false, why: 'negative: the speech verb\'s own day, no complement verb before it' },
    { text: 'A spokesman said the fire brigade would inspect the galleries in February.', trigger: 'inspect', time: 'in February', want: false, why: 'negative: one complement' },
  ];
  for (const c of cases) assert.equal(otherComplementTime(t(c.time), ev(c.text, c.trigger)), c.want, c.why);
});
