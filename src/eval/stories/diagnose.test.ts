import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryCorpus } from './corpus.js';
import type { StoryCorpusGold } from './gold.js';
import { diagnoseMentions, diagnoseRefusals, extraMentions, renderDiagnosis, renderExtras, sentenceOf, type DetectedEvent, type MentionFate } from './diagnose.js';
import type { PredictedEventMention } from './score.js';

const R = 'r.txt';
const TEXT = 'The minister arrived on Monday. The visit ended. Talks were held. Nothing else.';
const at = (word: string): { report: string; start: number; end: number } => {
  const start = TEXT.indexOf(word);
  return { report: R, start, end: start + word.length };
};
const corpus = (mentions: string[]): StoryCorpus => ({
  gold: { events: [{ id: 'e1', story: 's', type: 'CONSULT/visit', description: 'the visit' }] } as unknown as StoryCorpusGold,
  texts: new Map([[R, TEXT]]),
  mentions: mentions.map((w, i) => ({ id: `m${i}`, event: 'e1', ...at(w) })),
  statuses: [],
  findings: [],
});

const ROWS: readonly { name: string; mention: string; events: PredictedEventMention[]; detected: DetectedEvent[]; want: MentionFate['kind'] }[] = [
  { name: 'found and tracked', mention: 'visit', events: [{ id: 'p1', tracked: 't1', ...at('visit') }], detected: [], want: 'tracked' },
  { name: 'found, not tracked', mention: 'visit', events: [], detected: [{ ...at('visit'), type: 'CONSULT', lemma: 'visit' }], want: 'untracked' },
  { name: 'another word of the sentence found', mention: 'held', events: [], detected: [{ ...at('Talks'), type: 'CONSULT', lemma: 'talks' }], want: 'elsewhere-in-sentence' },
  // negative: an event in another sentence says nothing about this one
  { name: 'nothing in the sentence', mention: 'else', events: [], detected: [{ ...at('Talks'), type: 'CONSULT', lemma: 'talks' }], want: 'nothing-in-sentence' },
];

for (const r of ROWS) {
  test(`stories diagnose: ${r.name}`, () => {
    const [row] = diagnoseMentions(corpus([r.mention]), r.events, r.detected);
    assert.equal(row!.fate.kind, r.want);
    assert.equal(row!.quote, r.mention);
    assert.match(renderDiagnosis([row!]).join('\n'), /e1 \(CONSULT\/visit\)/);
  });
}

test('stories diagnose: predicted mentions matching no gold mention, by tracked event', () => {
  const events: PredictedEventMention[] = [
    { id: 'p1', tracked: 't1', ...at('visit') },
    { id: 'p2', tracked: 't1', ...at('arrived') },
    { id: 'p3', tracked: 't2', ...at('Talks') },
  ];
  const rows = extraMentions(corpus(['visit']), events, [{ ...at('Talks'), type: 'CONSULT', lemma: 'talks' }]);
  assert.deepEqual(rows.map((r) => [r.tracked, r.quote, r.lemma, r.alignedTo]), [
    ['t1', 'arrived', null, ['e1']],
    ['t2', 'Talks', 'talks', []],
  ]);
  const text = renderExtras(rows).join('\n');
  assert.match(text, /t1 \(gold: e1\)/);
  assert.match(text, /t2 \(no gold mention\)\n.*"Talks" CONSULT talks/);
  // negative: a prediction that matches its gold mention is no extra
  assert.deepEqual(extraMentions(corpus(['visit']), events.slice(0, 1), []), []);
});

test('eval/stories diagnose: a sentence is not cut inside a number ("4.25 percent")', () => {
  const text = 'The bank raised its rate to 4.25 percent on Wednesday. It may do so again.';
  const start = text.indexOf('percent');
  const s = sentenceOf(text, { report: R, start, end: start + 'percent'.length });
  assert.equal(text.slice(s.start, s.end), 'The bank raised its rate to 4.25 percent on Wednesday');
  const next = text.indexOf('again');
  const t = sentenceOf(text, { report: R, start: next, end: next + 5 });
  assert.equal(text.slice(t.start, t.end).trim(), 'It may do so again');
});

test('stories diagnose: a refused join that split a gold event is listed; one that kept two gold events apart is only counted', () => {
  // "arrived" and "visit" are mentions of e1; "Talks" of e2. The report event at "visit" was refused by tracked event t1 (which
  // holds "arrived", the same gold event) and by t2 (which holds "Talks", another one)
  const c: StoryCorpus = { ...corpus(['arrived', 'visit']), mentions: [...corpus(['arrived', 'visit']).mentions, { id: 'm2', event: 'e2', ...at('Talks') }] };
  const events: PredictedEventMention[] = [
    { id: 'p1', tracked: 't1', ...at('arrived') },
    { id: 'p2', tracked: 't9', ...at('visit') },
    { id: 'p3', tracked: 't2', ...at('Talks') },
  ];
  const lines = diagnoseRefusals(c, events, [
    { report: R, spans: [at('visit')], lemma: 'visit', tracked: 't1', reason: 'dates apart' },
    { report: R, spans: [at('visit')], lemma: 'visit', tracked: 't2', reason: 'an earlier event' },
  ]);
  assert.ok(lines.includes('    dates apart: 1 / 0'), lines.join('\n'));
  assert.ok(lines.includes('    an earlier event: 0 / 1'), lines.join('\n'));
  assert.equal(lines.filter((l) => l.includes('refused t1')).length, 1);
  assert.equal(lines.filter((l) => l.includes('refused t2')).length, 0, 'negative: keeping two gold events apart is right');
});
