import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameCandidate, NameKey } from '../doc/schemas/names.js';
import { SpanIndex } from '../doc/span-index.js';
import type { Sentence } from '../doc/schemas/text.js';
import type { Timex } from '../doc/schemas/time.js';
import type { Doc } from '../doc/doc.js';
import type { Evidence } from './schema.js';
import { candidateEntities, digestReport, narrativePast, notBeforeAt, pastForm, pastTimesShared, sentenceEvidence, toldAsPast, whenClauseTimes, withinSpan, type DigestEvent } from './digest.js';

test('link/digest: a time is a lower bound after "not before", also through the happening that sets the point', () => {
  const cases: ReadonlyArray<{ text: string; time: string; want: boolean }> = [
    { text: 'The visit will not take place before May.', time: 'May', want: true },
    { text: 'A deal is unlikely before the summer.', time: 'summer', want: true },
    { text: "The agreement would not be signed before Kenya's budget is read in June, she said.", time: 'June', want: true },
    { text: 'Talks will not resume until after the election on 12 April.', time: '12 April', want: true },
    { text: 'No decision is expected earlier than March.', time: 'March', want: true },
    // negatives
    { text: 'The visit will take place before May.', time: 'May', want: false },
    { text: 'He did not say whether the ministers met in June.', time: 'June', want: false },
    { text: 'The minister will visit Nairobi in June.', time: 'June', want: false },
    // a time whose own words begin with the bound ("before the European Union summit"), after a negation
    { text: 'The state visit will not take place before the European Union summit, the ministry said.', time: 'before the European Union summit', want: true },
    { text: 'The state visit will take place before the European Union summit, the ministry said.', time: 'before the European Union summit', want: false },
    { text: 'The talks were not easy, and will end before the summit.', time: 'before the summit', want: false },
    // "at the earliest" after the time bounds it from below
    { text: 'Crossings could resume on Thursday at the earliest, the operator said.', time: 'Thursday', want: true },
    { text: 'The line will reopen next week at the very earliest.', time: 'next week', want: true },
    { text: 'Crossings will resume on Thursday, at the earliest.', time: 'Thursday', want: true },
    // negatives: "earliest" that bounds nothing, a time with no bound after it
    { text: 'Crossings will resume on Thursday and the earliest sailing leaves at six.', time: 'Thursday', want: false },
    { text: 'The earliest crossing is on Thursday.', time: 'Thursday', want: false },
  ];
  for (const c of cases) assert.equal(notBeforeAt(c.text, c.text.indexOf(c.time), c.time), c.want, c.text);
});

test('link/digest: a stored candidate name counts its mentions and whether the lead names it', () => {
  const text = 'Julio Ramírez habló en Pucallpa. Después, Julio Ramírez viajó a Lima.';
  // the stored names layer as names.lang writes it: the link layer reads records, never the annotator
  const julioKeys: NameKey[] = [
    { key: 'per:julio-ramirez', type: 'PER' },
    { key: 'loc:julio-ramirez', type: 'LOC' },
    { key: 'org:julio-ramirez', type: 'ORG' },
  ];
  const at = (name: string, from: number, keys: NameKey[]): NameCandidate => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, keys };
  };
  const names: NameCandidate[] = [
    at('Julio Ramírez', 0, julioKeys),
    at('Pucallpa', 0, [{ key: 'loc:pucallpa', type: 'LOC' }]),
    at('Julio Ramírez', 20, julioKeys),
    at('Lima', 0, [{ key: 'loc:lima', type: 'LOC' }, { key: 'org:lima', type: 'ORG' }]),
  ];
  const found = candidateEntities(names, text, 32);
  const julio = found.find((n) => n.key === 'per:julio-ramirez')!;
  assert.equal(julio.mentions, 2);
  assert.equal(julio.lead, true);
  assert.equal(julio.candidate, true);
  assert.equal(found.find((n) => n.key === 'loc:lima')!.lead, false);
});

test('link/digest: an undated happening takes the past time of another in its sentence, not a recent one', () => {
  const ev = (cluster: string, sentence: number, over: Partial<DigestEvent>): DigestEvent => {
    const evidence = { article: 1, start: sentence * 100, end: sentence * 100 + 90, text: 'x' };
    return { cluster, type: 'DISASTER', lemma: 'x', trigger: 'x', participants: [], actors: [], places: [], time: null, status: 'occurred', modality: 'asserted', certainty: 0.8, cues: [], evidence, sentences: [evidence], claims: [], ...over };
  };
  const time = (from: string, to: string, notBefore = false): DigestEvent['time'] => ({ text: from, value: from, window: { from, to }, notBefore });
  const said = (text: string): DigestEvent['evidence'] => ({ article: 1, start: 0, end: text.length, text });
  const day = '2025-06-03';
  const cases: ReadonlyArray<{ events: DigestEvent[]; want: (string | null)[]; why: string }> = [
    { events: [ev('died', 0, { time: time('2019-11-01', '2019-11-30') }), ev('caved', 0, {})], want: ['2019-11-01', '2019-11-01'], why: '"died in November 2019 when a shaft caved in"' },
    { events: [ev('died', 0, { time: time('2025-06-02', '2025-06-02') }), ev('caved', 0, {})], want: ['2025-06-02', null], why: 'negative: yesterday is not passed on' },
    { events: [ev('died', 0, { time: time('2019-11-01', '2019-11-30') }), ev('caved', 1, {})], want: ['2019-11-01', null], why: 'negative: another sentence' },
    { events: [ev('died', 0, { time: time('2019-11-01', '2019-11-30') }), ev('trial', 0, { status: 'anticipated' })], want: ['2019-11-01', null], why: 'negative: a plan keeps no past time' },
    { events: [ev('died', 0, { status: null, time: time('2019-11-01', '2019-11-30') }), ev('caved', 0, {})], want: ['2019-11-01', null], why: 'negative: only a happening dates others' },
    // a happening dated in a relative clause after the undated one dates only itself
    {
      events: [ev('inspected', 0, { trigger: 'inspected', time: time('2023-01-01', '2023-12-31'), evidence: said('Prosecutors opened an investigation into the dam, which was last inspected in 2023.') }), ev('investigation', 0, { trigger: 'investigation', evidence: said('Prosecutors opened an investigation into the dam, which was last inspected in 2023.') })],
      want: ['2023-01-01', null],
      why: 'negative: ", which was last inspected in 2023"',
    },
    // the undated event's own mention, where its word occurs twice in the sentence (link/trigger-at.ts)
    {
      events: [ev('flooded', 0, { trigger: 'flooded', triggerAt: 50, time: time('2019-01-01', '2019-12-31'), evidence: said('The storm, which was forecast, and the storm that flooded the valley in 2019 were alike.') }), ev('storm', 0, { trigger: 'storm', triggerAt: 39, evidence: said('The storm, which was forecast, and the storm that flooded the valley in 2019 were alike.') })],
      want: ['2019-01-01', '2019-01-01'],
      why: 'the second storm, "the storm that flooded the valley in 2019", takes the year: the relative clause is the first storm\'s',
    },
    {
      events: [ev('flooded', 0, { trigger: 'flooded', triggerAt: 50, time: time('2019-01-01', '2019-12-31'), evidence: said('The storm, which was forecast, and the storm that flooded the valley in 2019 were alike.') }), ev('storm', 0, { trigger: 'storm', triggerAt: 4, evidence: said('The storm, which was forecast, and the storm that flooded the valley in 2019 were alike.') })],
      want: ['2019-01-01', null],
      why: 'negative: the first storm, with a relative clause before the dated happening, keeps no year',
    },
    {
      events: [ev('held', 0, { trigger: 'held', time: time('2021-01-01', '2021-12-31'), evidence: said('In 2021, Bissau held the crew for seven weeks and released them after a fine was paid.') }), ev('released', 0, { trigger: 'released', evidence: said('In 2021, Bissau held the crew for seven weeks and released them after a fine was paid.') })],
      want: ['2021-01-01', '2021-01-01'],
      why: 'a coordinated happening takes the year',
    },
  ];
  for (const c of cases) assert.deepEqual(pastTimesShared(c.events, day).map((e) => e.time?.window?.from ?? null), c.want, c.why);
  assert.equal(pastTimesShared([ev('caved', 0, {})], null)[0]!.time, null, 'no report day, nothing passed on');
});

test('link/digest: a trigger in a past form of its lemma ("resigned", "sworn"), not its noun or base form', () => {
  const cases: ReadonlyArray<[string, string, boolean]> = [
    ['resigned', 'resign', true],
    ['sworn', 'sworn', true],
    ['appointed', 'appoint', true],
    ['named', 'name', true],
    // negatives
    ['resignation', 'resign', false],
    ['resign', 'resign', false],
    ['appointment', 'appoint', false],
    ['need', 'need', false],
  ];
  for (const [trigger, lemma, want] of cases) assert.equal(pastForm(trigger, lemma), want, trigger);
});

test('link/digest: evidence is the sentence around a span, or every sentence a quotation runs over, with its source', () => {
  const text = '"Our fishermen are not criminals. They were working in waters they know," Kane said. The talks went on.';
  const ends = [text.indexOf('criminals.') + 'criminals.'.length, text.indexOf('said.') + 'said.'.length, text.length];
  const sentence = (start: number, end: number): Sentence => ({ start, end, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
  const sentences = new SpanIndex<Sentence>([sentence(0, ends[0]!), sentence(ends[0]! + 1, ends[1]!), sentence(ends[1]! + 1, ends[2]!)]);
  const quote = { start: 0, end: text.indexOf(' Kane') };
  assert.equal(sentenceEvidence({ text }, sentences, 1, quote).text, text.slice(0, ends[1]));
  // a span inside one sentence: that sentence only
  const talks = text.indexOf('talks');
  assert.equal(sentenceEvidence({ text }, sentences, 1, { start: talks, end: talks + 5 }).text, 'The talks went on.');
});

test('link/digest: an office change or an economic happening with no status of its own, told in a past form on the record, has happened', () => {
  const view = (type: string, lemma: string, trigger: string, modality: 'asserted' | 'planned' = 'asserted', family?: 'rate') => ({ type, lemma, modality, ...(family ? { family } : {}), mentions: [{ modality, trigger }] });
  const cases = [
    { v: view('POLITICAL', 'resign', 'resigned'), want: true, why: '"resigned on Tuesday"' },
    { v: view('ECONOMY', 'ground', 'grounded'), want: true, why: '"grounded all 12 of its turboprops"' },
    { v: view('ECONOMY', 'cancel-services', 'cancelled'), want: true, why: '"460 cancelled flights"' },
    { v: view('ECONOMY', 'ground', 'grounding'), want: false, why: 'negative: the noun says no tense' },
    { v: view('ECONOMY', 'ground', 'grounded', 'planned'), want: false, why: 'negative: not on the record' },
    { v: view('ECONOMY', 'cut', 'cut', 'asserted', 'rate'), want: false, why: 'negative: a family reads its own phase' },
    { v: view('ACCUSE', 'criticize', 'criticized'), want: false, why: 'negative: a speech act is left as the layer reads it' },
  ];
  for (const c of cases) assert.equal(toldAsPast(c.v), c.want, c.why);
});

/** A stored doc of sentences (one paragraph each unless `paragraphs` says) and timexes, as records. */
function storedDoc(text: string, timexes: ReadonlyArray<{ said: string; type: 'DATE' | 'DURATION'; value: string; window?: { from: string; to: string } }>, paragraphs?: readonly number[]): Pick<Doc, 'text' | 'layers'> {
  const sentences: Sentence[] = [];
  const re = /[^.]+\.\s*/g;
  for (let m = re.exec(text), k = 0; m; m = re.exec(text), k++) {
    sentences.push({ start: m.index, end: m.index + m[0].trimEnd().length, paragraph: paragraphs?.[k] ?? 0, tokenStart: 0, tokenEnd: 0 });
  }
  const timexRecords: Timex[] = timexes.map((t, k) => {
    const start = text.indexOf(t.said);
    return { id: `t${k}`, start, end: start + t.said.length, type: t.type, value: t.value, anchor: 'none', ...(t.window ? { window: { ...t.window, confidence: 0.9 } } : {}) };
  });
  return { text, layers: { sentences, timexes: timexRecords } } as unknown as Pick<Doc, 'text' | 'layers'>;
}

/** The stored layers' indexes, as digestReport builds them once per report. */
const sentencesOf = (doc: Pick<Doc, 'layers'>): SpanIndex<Sentence> => new SpanIndex(doc.layers.sentences ?? []);
const timexesOf = (doc: Pick<Doc, 'layers'>): SpanIndex<Timex> => new SpanIndex(doc.layers.timexes ?? []);

/** A digest event whose first mention is `trigger` in `doc`'s text. */
function eventIn(doc: Pick<Doc, 'text'>, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent {
  const at = doc.text.indexOf(trigger);
  const start = doc.text.lastIndexOf('.', at) + 1;
  const endDot = doc.text.indexOf('.', at);
  const sentence = doc.text.slice(start, endDot + 1).replace(/^\s+/, '');
  const from = doc.text.indexOf(sentence);
  return {
    cluster: trigger, type: 'ECONOMY', lemma: trigger, trigger, participants: [], actors: [], places: [], time: null, status: 'occurred', modality: 'asserted', certainty: 0.8, cues: [],
    evidence: { article: 1, start: from, end: from + sentence.length, text: sentence }, triggerAt: at - from, sentences: [{ article: 1, start: from, end: from + sentence.length, text: sentence }], claims: [],
    ...over,
  };
}

test('link/digest: a past happening with no time goes on the past story the sentence before dates, in its paragraph', () => {
  const day = '2025-09-08';
  const text = 'The airline last grounded its fleet in 2019, for nine days. The fleet returned to service after every aircraft had been checked.';
  const y2019 = { text: '2019', value: '2019', window: { from: '2019-01-01', to: '2019-12-31' }, notBefore: false };
  const cases: ReadonlyArray<{ doc: Pick<Doc, 'text' | 'layers'>; before: Partial<DigestEvent>; after?: Partial<DigestEvent>; want: string | null; why: string }> = [
    { doc: storedDoc(text, [{ said: '2019', type: 'DATE', value: '2019' }]), before: { time: y2019 }, want: '2019-01-01', why: 'the next sentence of the 2019 story' },
    // negatives
    { doc: storedDoc(text, [{ said: '2019', type: 'DATE', value: '2019' }], [0, 1]), before: { time: y2019 }, want: null, why: 'another paragraph' },
    { doc: storedDoc(text.replace('after every aircraft had been checked', 'on Tuesday'), [{ said: '2019', type: 'DATE', value: '2019' }, { said: 'Tuesday', type: 'DATE', value: '2025-09-02' }]), before: { time: y2019 }, want: null, why: 'a time of its own in its sentence' },
    { doc: storedDoc(text, [{ said: '2019', type: 'DATE', value: '2025-09-07' }]), before: { time: { ...y2019, window: { from: '2025-09-07', to: '2025-09-07' } } }, want: null, why: 'a recent time is no past story' },
    { doc: storedDoc(text, [{ said: '2019', type: 'DATE', value: '2019' }]), before: { time: y2019 }, after: { sentences: [] }, want: null, why: 'a happening told in more sentences than one' },
  ];
  for (const c of cases) {
    const grounded = eventIn(c.doc, 'grounded', c.before);
    const returned = eventIn(c.doc, 'returned', c.after);
    const out = narrativePast([grounded, { ...returned, sentences: c.after?.sentences ?? returned.sentences }], c.doc, sentencesOf(c.doc), timexesOf(c.doc), day);
    assert.equal(out[1]!.time?.window?.from ?? null, c.want, c.why);
  }
});

test('link/digest: a span after "within" times a plan from the report\'s day', () => {
  const day = '2026-01-15';
  const cases: ReadonlyArray<{ text: string; said: string; value: string; want: { text: string; to: string } | null }> = [
    { text: 'He said its findings were expected within a month.', said: 'a month', value: 'P1M', want: { text: 'within a month', to: '2026-02-14' } },
    { text: 'The aircraft could be back in service within days.', said: 'days', value: 'PXD', want: { text: 'within days', to: '2026-01-22' } },
    { text: 'The regulator will publish a report within the next 30 days.', said: 'the next 30 days', value: 'P30D', want: { text: 'within the next 30 days', to: '2026-02-14' } },
    // negatives: a duration that is no bound from now
    { text: 'The strike lasted three days.', said: 'three days', value: 'P3D', want: null },
    { text: 'The report is due within a fortnight or so.', said: 'a fortnight or so', value: 'P2W_X', want: null },
  ];
  for (const c of cases) {
    const doc = storedDoc(c.text, [{ said: c.said, type: 'DURATION', value: c.value }]);
    const got = withinSpan(doc, timexesOf(doc), { article: 1, start: 0, end: c.text.length, text: c.text }, day);
    assert.deepEqual(got ? { text: got.text, to: got.window!.to } : null, c.want, c.text);
  }
  const noDay = storedDoc('Within a month.', [{ said: 'a month', type: 'DURATION', value: 'P1M' }]);
  assert.equal(withinSpan(noDay, timexesOf(noDay), { article: 1, start: 0, end: 15, text: 'Within a month.' }, null), null, 'no report day');
});

test('link/digest: a happening in the "when" clause of a past time is dated by the time itself', () => {
  const day = '2025-11-20';
  // the evidence of a time is its sentence: here the whole one-sentence text
  const evidenceAt = (text: string) => (): Evidence => ({ article: 1, start: 0, end: text.length, text });
  const since2022 = { text: '2022', value: '2022', window: { from: '2022-01-01', to: '2025-11-20' }, notBefore: false };
  const cases: ReadonlyArray<{ text: string; timex: { said: string; value: string }; trigger: string; over?: Partial<DigestEvent>; want: string | null; why: string }> = [
    { text: 'It is the heaviest penalty since 2022, when the same judge jailed a land board chairman.', timex: { said: '2022', value: '2022' }, trigger: 'jailed', over: { time: since2022 }, want: '2022-01-01..2022-12-31', why: '"since 2022, when": the year, not the span to today' },
    { text: 'The order was the first since 2005, when the same villages were evacuated for 11 days.', timex: { said: '2005', value: '2005' }, trigger: 'evacuated', want: '2005-01-01..2005-12-31', why: 'undated, in the when clause' },
    // negatives
    { text: 'Police said on Tuesday, when the villages were evacuated, that the dam held.', timex: { said: 'Tuesday', value: '2025-11-18' }, trigger: 'evacuated', want: null, why: 'a recent day is no past story' },
    { text: 'The order was the first since 2005, and the villages were evacuated for 11 days.', timex: { said: '2005', value: '2005' }, trigger: 'evacuated', want: null, why: 'no when clause' },
    { text: 'The order was the first since 2005, when the same villages were evacuated for 11 days.', timex: { said: '2005', value: '2005' }, trigger: 'evacuated', over: { status: 'anticipated' }, want: null, why: 'a plan is not dated by a past time' },
  ];
  for (const c of cases) {
    const doc = storedDoc(c.text, [{ said: c.timex.said, type: 'DATE', value: c.timex.value }]);
    const e = eventIn(doc, c.trigger, c.over);
    const out = whenClauseTimes([e], timexesOf(doc), c.text, evidenceAt(c.text), day)[0]!;
    const w = out.time === e.time ? null : out.time?.window;
    assert.equal(w ? `${w.from}..${w.to}` : null, c.want, c.why);
  }
});

test('link/digest: the wire a dateline credits, and the outlet, are no entity of the story wherever the body names them', () => {
  /** A stored report with its entities layer as records: each name's mentions where the text has it. */
  const stored = (text: string, names: ReadonlyArray<{ name: string; type: 'ORG' | 'GPE' }>): Doc => {
    const mentions: Array<{ id: string; start: number; end: number; type: string; entity: string; rule: string }> = [];
    const entities = names.map((n, i) => {
      const ids: string[] = [];
      for (let at = text.indexOf(n.name); at >= 0; at = text.indexOf(n.name, at + 1)) {
        const id = `m${mentions.length + 1}`;
        mentions.push({ id, start: at, end: at + n.name.length, type: n.type, entity: `e${i + 1}`, rule: 'test' });
        ids.push(id);
      }
      return { id: `e${i + 1}`, type: n.type, canonical: n.name, key: `${n.type.toLowerCase()}:${n.name.toLowerCase()}`, mentions: ids, roles: [] };
    });
    return { id: '', text, meta: { published: null }, layers: { mentions, entities }, provenance: {} } as unknown as Doc;
  };
  const wire = 'LIMA, Feb 12 (Meridian) - Peru\'s central bank left its rate unchanged.\n\nMost economists polled by Meridian had expected a hold.';
  const poll = 'Economists polled by Nordwire had expected a hold, the Bank of Jamaica said.';
  const cases: ReadonlyArray<{ text: string; outlet: string; names: ReadonlyArray<{ name: string; type: 'ORG' | 'GPE' }>; want: readonly string[]; why: string }> = [
    { text: wire, outlet: 'Andean Daily', names: [{ name: 'Meridian', type: 'ORG' }, { name: 'Peru', type: 'GPE' }], want: ['Peru'], why: "the dateline's wire, named again in the body" },
    { text: poll, outlet: 'Nordwire', names: [{ name: 'Nordwire', type: 'ORG' }, { name: 'Bank of Jamaica', type: 'ORG' }], want: ['Bank of Jamaica'], why: 'the outlet itself' },
    { text: poll, outlet: 'Island Post', names: [{ name: 'Nordwire', type: 'ORG' }, { name: 'Bank of Jamaica', type: 'ORG' }], want: ['Nordwire', 'Bank of Jamaica'], why: "negative: another outlet's poll is the story's" },
  ];
  for (const c of cases) {
    const d = digestReport({ id: 1, title: null, outlet: c.outlet, published: '2026-02-12T12:00:00Z', language: 'en', nearDupOf: null }, stored(c.text, c.names));
    assert.deepEqual(d.entities.map((e) => e.name), c.want, c.why);
  }
});
