import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyCounts, metrics, scoreDoc, type ScoredTimex } from './score.js';
import { parseTml, writeTml } from '../../annotate/time/tml.js';

const T = (text: string, s: string, type: string, value: string, from = 0): ScoredTimex => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, type, value };
};

test('timex/score: strict needs the same tokens, relaxed one shared token; attributes over relaxed matches', () => {
  const text = 'He left on Friday morning and returned last week, after two days.';
  const gold = [T(text, 'Friday morning', 'TIME', '2024-01-19TMO'), T(text, 'last week', 'DATE', '2024-W03'), T(text, 'two days', 'DURATION', 'P2D')];
  const sys = [T(text, 'Friday', 'DATE', '2024-01-19'), T(text, 'last week', 'DATE', '2024-W03'), T(text, 'returned', 'DATE', 'X')];
  const c = emptyCounts();
  scoreDoc(text, gold, sys, c);
  assert.deepEqual(c, { gold: 3, system: 3, strictRecall: 1, relaxedRecall: 2, strictPrecision: 1, relaxedPrecision: 2, typeMatch: 1, valueMatch: 1 });
  const m = metrics(c);
  assert.ok(Math.abs(m.relaxed.f1 - 2 / 3) < 1e-9);
  assert.ok(Math.abs(m.strict.f1 - 1 / 3) < 1e-9);
  assert.ok(Math.abs(m.value.f1 - 0.5 * (2 / 3)) < 1e-9); // accuracy 1/2 over relaxed matches × relaxed F1
});

test('timex/score: empty system scores zero, not NaN', () => {
  const c = emptyCounts();
  scoreDoc('Nothing here.', [], [], c);
  assert.deepEqual(metrics(c).relaxed, { p: 0, r: 0, f1: 0 });
});

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Shares fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> in <EVENT eid="e1">trading</EVENT>.
</TEXT>
</TimeML>`;

test('timex/tml: reads DOCID, DCT and TIMEX3 offsets inside TEXT only, entities decoded', () => {
  const d = parseTml(TML);
  assert.equal(d.docId, 'doc1');
  assert.equal(d.dct, '2013-03-22');
  assert.equal(d.timexes.length, 1);
  assert.equal(d.text.slice(d.timexes[0]!.start, d.timexes[0]!.end), 'Thursday');
  assert.ok(d.text.includes('fell & rose'));
});

test('timex/tml: writeTml inserts tags without touching the text and skips spans crossing other elements', () => {
  const input = TML.replace(/<TIMEX3 tid="t1"[^>]*>Thursday<\/TIMEX3>/, 'Thursday');
  const d = parseTml(input);
  const at = d.text.indexOf('Thursday');
  const crossing = d.text.indexOf('in trading');
  const out = writeTml(d, [
    { start: at, end: at + 8, tid: 't1', type: 'DATE', value: '2013-03-21', anchorTimeID: 't0' },
    { start: crossing, end: crossing + 10, tid: 't2', type: 'DATE', value: 'X' },
  ]);
  assert.match(out, /<TIMEX3 tid="t1" type="DATE" value="2013-03-21" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Thursday<\/TIMEX3>/);
  assert.doesNotMatch(out, /tid="t2"/);
  assert.equal(out.replace(/<TIMEX3 tid="t1"[^>]*>|<\/TIMEX3>(?= in)/g, ''), input);
  assert.equal(parseTml(out).timexes.length, 1);
});
