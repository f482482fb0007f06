import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEvents } from './pipeline.js';
import { eventViews } from '../../doc/views/events.js';
import { anaphoricSubject } from './discourse.js';
import type { SentenceView } from '../text/token-view.js';

const P = 'events discourse:';

/** A bare word view of a sentence, for the pure subject finder. */
function viewOf(text: string): SentenceView {
  const words = [...text.matchAll(/\w[\w'-]*|[^\w\s]/g)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length, punct: !/\w/.test(m[0]) }));
  return { index: 0, start: 0, end: text.length, words, question: false };
}

const SUBJECTS: readonly { text: string; trigger: string; noun: boolean; kind: string | null }[] = [
  { text: 'The visit ended when he met the premier', trigger: 'met', noun: false, kind: 'person' },
  { text: 'She had also visited Kyiv', trigger: 'visited', noun: false, kind: 'person' },
  { text: 'They will not sign the deal', trigger: 'sign', noun: false, kind: 'group' },
  { text: 'This was discussed during a meeting with envoys', trigger: 'meeting', noun: true, kind: 'proposition' },
  { text: 'It was raised at talks with Egypt', trigger: 'talks', noun: true, kind: 'proposition' },
  { text: 'He held talks with the king', trigger: 'talks', noun: true, kind: 'person' },
  // negatives: a demonstrative determiner, a complementizer, an object pronoun, a noun with no verb
  { text: 'This meeting with Chile was productive', trigger: 'meeting', noun: true, kind: null },
  { text: 'Officials said that the talks were useful', trigger: 'talks', noun: true, kind: null },
  { text: 'The premier met him in Rome', trigger: 'met', noun: false, kind: null },
  { text: 'The talks he attended were long', trigger: 'talks', noun: true, kind: null },
  { text: 'The summit that was discussed at length', trigger: 'summit', noun: true, kind: null },
];

for (const r of SUBJECTS) {
  test(`${P} anaphoric subject of "${r.trigger}" in: ${r.text}`, () => {
    const v = viewOf(r.text);
    const wi = v.words.findIndex((w) => w.text === r.trigger);
    assert.equal(anaphoricSubject(v, wi, r.noun)?.kind ?? null, r.kind);
  });
}

interface ArgRow {
  readonly text: string;
  readonly trigger: string;
  readonly source?: readonly string[];
  readonly target?: readonly string[];
  /** The rule every source argument must carry. */
  readonly sourceRule?: string;
}

const ARGS: readonly ArgRow[] = [
  // (1a) an anaphoric passive subject takes the previous sentence's main actor
  {
    text: 'Finnish envoy Anna Virtanen stressed the need for a ceasefire. This was discussed during a meeting with the foreign ministers of Chile and Peru in Lima on Monday.',
    trigger: 'meeting',
    source: ['Anna Virtanen'],
    target: ['the foreign ministers of Chile and Peru', 'the foreign ministers of Chile and Peru'],
    sourceRule: 'arg:discourse-antecedent',
  },
  {
    text: 'The European Union urged restraint. It was raised at talks with Egypt in Cairo.',
    trigger: 'talks',
    source: ['European Union'],
    target: ['Egypt'],
    sourceRule: 'arg:discourse-antecedent',
  },
  // no previous sentence: nothing to resolve
  { text: 'This was discussed during a meeting with the envoys of Chile and Peru.', trigger: 'meeting', source: [], target: ['the envoys of Chile and Peru', 'the envoys of Chile and Peru'] },
  // (1b) nominal participants
  { text: 'Officials met with the defence ministers of Poland and Lithuania in Vilnius.', trigger: 'met', target: ['the defence ministers of Poland and Lithuania', 'the defence ministers of Poland and Lithuania'] },
  { text: 'Officials met with the ministers in Vilnius.', trigger: 'met', target: [] },
  // (2) a person pronoun: the possessor of the governing event, or the previous sentence's subject
  {
    text: "French President Emmanuel Macron's first trip to Algeria took place in 2017 when he met with Abdelmadjid Tebboune.",
    trigger: 'met',
    source: ['Emmanuel Macron'],
    target: ['Abdelmadjid Tebboune'],
    sourceRule: 'arg:discourse-pronoun',
  },
  {
    text: 'Indian Prime Minister Narendra Modi arrived in Tokyo on Friday. He met Fumio Kishida on Saturday.',
    trigger: 'met',
    source: ['Narendra Modi'],
    target: ['Fumio Kishida'],
    sourceRule: 'arg:discourse-pronoun',
  },
  // a group pronoun takes a coordinated pair; its complement inherits it
  { text: 'Kenya and Ethiopia signed a border accord. They agreed to meet again in March.', trigger: 'agreed', source: ['Kenya', 'Ethiopia'], sourceRule: 'arg:discourse-pronoun' },
  { text: 'Kenya and Ethiopia signed a border accord. They agreed to meet again in March.', trigger: 'meet', source: ['Kenya', 'Ethiopia'] },
  // negatives: no person before "he"; an object pronoun is not a subject
  { text: 'The ministry issued a statement. He met the delegation.', trigger: 'met', source: [] },
  { text: 'German Chancellor Olaf Scholz spoke on Monday. The premier met him in Rome.', trigger: 'met', source: [] },
];

for (const r of ARGS) {
  test(`${P} ${r.trigger} in: ${r.text}`, () => {
    const doc = annotateEvents(r.text, { published: '2024-03-06' });
    const t = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
    const ev = (doc.layers.events ?? []).find((e) => t(e.trigger) === r.trigger);
    assert.ok(ev, `no event on "${r.trigger}"`);
    if (r.source) assert.deepEqual((ev.source ?? []).map(t), r.source);
    if (r.target) assert.deepEqual((ev.target ?? []).map(t), r.target);
    if (r.sourceRule) for (const a of ev.source ?? []) assert.equal(a.rule, r.sourceRule);
    // a nominal participant keeps one entity per state it names
    const nominal = (ev.target ?? []).filter((a) => a.rule?.endsWith('-nominal'));
    assert.equal(new Set(nominal.map((a) => a.entity)).size, nominal.length);
    for (const a of [...(ev.source ?? []), ...(ev.target ?? [])]) assert.ok(a.entity, `argument "${t(a)}" without entity`);
  });
}

interface ClaimRow {
  readonly text: string;
  readonly trigger: string;
  /** Expected inherited claim: its source's canonical name, or null for none. */
  readonly inheritedFrom: string | null;
}

const XINHUA = 'Chinese Foreign Minister Wang Yi met Brazilian Foreign Minister Mauro Vieira in Beijing, as reported by Xinhua.';
const CLAIMS: readonly ClaimRow[] = [
  // (3) a continuation of an agency report; "the report" is the agency's
  { text: `${XINHUA} The report said both sides voiced concern over tariffs. The two countries agreed to expand cooperation in agriculture.`, trigger: 'agreed', inheritedFrom: 'Xinhua' },
  { text: `${XINHUA} The two countries agreed to expand cooperation in agriculture.`, trigger: 'cooperation', inheritedFrom: 'Xinhua' },
  // negatives: a person's statement does not carry over; nor does an organisation's speech act
  { text: 'Wang Yi met Mauro Vieira in Beijing, Kenyan President William Ruto said. Both countries agreed to expand cooperation in agriculture.', trigger: 'agreed', inheritedFrom: null },
  { text: 'The European Union urged restraint. It was raised at talks with Egypt in Cairo.', trigger: 'talks', inheritedFrom: null },
  // nor across an unreported paragraph, nor into a sentence with its own cue
  { text: `${XINHUA}\n\nThe weather in Beijing was cold.\n\nThe two countries agreed to expand cooperation in agriculture.`, trigger: 'agreed', inheritedFrom: null },
  { text: `${XINHUA} Officials said the two countries agreed to expand cooperation in agriculture.`, trigger: 'agreed', inheritedFrom: null },
];

for (const r of CLAIMS) {
  test(`${P} inherited claim on "${r.trigger}" in: ${r.text.replace(/\n/g, ' ')}`, () => {
    const doc = annotateEvents(r.text, { published: '2024-03-06' });
    const t = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
    const ev = (doc.layers.events ?? []).find((e) => t(e.trigger) === r.trigger);
    assert.ok(ev, `no event on "${r.trigger}"`);
    const inherited = (doc.layers.claims ?? []).filter((c) => c.inherited && c.events.includes(ev.id));
    if (r.inheritedFrom === null) {
      assert.deepEqual(inherited.map((c) => c.id), []);
      return;
    }
    assert.equal(inherited.length, 1);
    const c = inherited[0]!;
    const ent = (doc.layers.entities ?? []).find((e) => e.id === c.source?.entity);
    assert.equal(ent?.canonical, r.inheritedFrom);
    assert.ok((c.confidence ?? 1) < 0.9, 'an inherited claim is less sure than a cued one');
    assert.ok(c.inheritedFrom, 'points at the claim it continues');
  });
}

test(`${P} a nominal report source is linked to the agency; a report with no agency before stays unlinked`, () => {
  const doc = annotateEvents(`${XINHUA} The report said both sides voiced concern over tariffs.`, { published: '2024-03-06' });
  const said = (doc.layers.claims ?? []).find((c) => c.source && doc.text.slice(c.source.start, c.source.end) === 'The report');
  assert.equal(said?.source?.rule, 'source:report-anaphor');
  assert.equal((doc.layers.entities ?? []).find((e) => e.id === said?.source?.entity)?.canonical, 'Xinhua');
  const bare = annotateEvents('Kenyan President William Ruto met the envoy. The report said both sides voiced concern over tariffs.', { published: '2024-03-06' });
  const c = (bare.layers.claims ?? []).find((x) => x.source && bare.text.slice(x.source.start, x.source.end) === 'The report');
  assert.ok(c, 'claim by the report');
  assert.equal(c.source?.entity, undefined);
});

test(`${P} claims on one future visit keep their own times and the no-date claim`, () => {
  const text =
    'Turkish President Recep Tayyip Erdogan will visit Baghdad soon, Anadolu reported on Monday. ' +
    'A government spokesman said the visit would take place next month. ' +
    'However, the spokesman clarified that no date has been set. ' +
    "Erdogan's last visit to Baghdad took place in 2011.";
  const doc = annotateEvents(text, { published: '2024-03-06' });
  const views = eventViews(doc);
  const future = views.find((v) => v.lemma === 'visit' && v.status === 'anticipated');
  assert.ok(future, 'future visit');
  const past = views.find((v) => v.lemma === 'visit' && v.status === 'occurred');
  assert.ok(past && past.id !== future.id, 'the past visit is its own event');
  assert.deepEqual(past.claims.map((c) => c.id), []);
  const times = future.claims.map((c) => c.time?.text).filter(Boolean);
  assert.ok(times.includes('soon'), `times: ${times.join(', ')}`);
  assert.ok(times.includes('next month'), `times: ${times.join(', ')}`);
  assert.ok(future.claims.some((c) => c.dateNotSet && /no date/.test(c.proposition)), 'no date set');
  for (const c of future.claims) assert.ok(c.time === undefined || c.time.value, 'a claim time carries its value');
});
