import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { parseTml, writeTml, type EventTag } from './tml.js';

const INPUT = `<?xml version="1.0" ?>
<TimeML>
<DOCID>doc2</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-02" temporalFunction="false" functionInDocument="CREATION_TIME">May 2, 2024</TIMEX3></DCT>
<TEXT>
Officials at Brenner &amp; Co said the fire &lt;spread&gt; on Monday, and rescuers arrived.
</TEXT>
</TimeML>`;

const at = (text: string, s: string): { start: number; end: number } => {
  const start = text.indexOf(s);
  return { start, end: start + s.length };
};

test('time/tml: EVENT tags are read with their class, offsets into the plain text', () => {
  const d = parseTml(INPUT.replace('said', '<EVENT eid="e1" class="REPORTING">said</EVENT>').replace('arrived', '<EVENT eid="e9" class="OCCURRENCE">arrived</EVENT>'));
  assert.deepEqual(d.events.map((e) => [d.text.slice(e.start, e.end), e.eid, e.cls]), [['said', 'e1', 'REPORTING'], ['arrived', 'e9', 'OCCURRENCE']]);
  assert.deepEqual(parseTml(INPUT).events, []);
});

test('time/tml: writeTml writes EVENT and MAKEINSTANCE beside TIMEX3, well-formed, text and offsets exact', () => {
  const d = parseTml(INPUT);
  const ev = (s: string, eid: string, cls: string): EventTag => ({ ...at(d.text, s), eid, cls });
  const events: EventTag[] = [
    ev('said', 'e1', 'REPORTING'),
    ev('spread', 'e2', 'OCCURRENCE'), // sits between decoded entities: offsets must map to the raw file
    ev('Monday', 'e3', 'OCCURRENCE'), // negative: overlaps the timex, which wins
    ev('arrived', 'e4', 'OCCURRENCE'),
    { ...at(d.text, 'arrived'), eid: 'e5', cls: 'STATE' }, // negative: overlaps an event already placed
    { start: 5, end: 5, eid: 'e6', cls: 'STATE' }, // negative: empty span
  ];
  const out = writeTml(d, [{ ...at(d.text, 'Monday'), tid: 't1', type: 'DATE', value: '2024-04-29' }], events);
  assert.equal(XMLValidator.validate(out), true);
  const back = parseTml(out);
  assert.equal(back.text, d.text, 'text untouched');
  assert.deepEqual(back.events.map((e) => [back.text.slice(e.start, e.end), e.eid, e.cls]), [['said', 'e1', 'REPORTING'], ['spread', 'e2', 'OCCURRENCE'], ['arrived', 'e4', 'OCCURRENCE']]);
  assert.deepEqual(back.timexes.map((t) => back.text.slice(t.start, t.end)), ['Monday']);
  assert.match(out, /&lt;<EVENT eid="e2" class="OCCURRENCE">spread<\/EVENT>&gt;/);
  const instances = [...out.matchAll(/<MAKEINSTANCE eventID="(e\d+)" eiid="(ei\d+)"/g)].map((m) => `${m[1]}/${m[2]}`);
  assert.deepEqual(instances, ['e1/ei1', 'e2/ei2', 'e4/ei4']);
  assert.ok(out.indexOf('<MAKEINSTANCE') > out.indexOf('</TEXT>') && out.indexOf('<MAKEINSTANCE') < out.indexOf('</TimeML>'));
  // the tags removed, the input comes back byte for byte
  assert.equal(out.replace(/<\/?(?:EVENT|TIMEX3 tid="t1")[^>]*>|<\/TIMEX3>(?=, and)|\n\n(?:<MAKEINSTANCE[^>]*>\n)+/g, ''), INPUT);
});

test('time/tml: attribute values are escaped; no events means no MAKEINSTANCE', () => {
  const d = parseTml(INPUT);
  const out = writeTml(d, [], [{ ...at(d.text, 'said'), eid: 'e"1', cls: 'A&B<C>' }]);
  assert.equal(XMLValidator.validate(out), true);
  assert.match(out, /<EVENT eid="e&quot;1" class="A&amp;B&lt;C&gt;">said<\/EVENT>/);
  assert.doesNotMatch(writeTml(d, []), /MAKEINSTANCE/);
  assert.equal(writeTml(d, []), INPUT);
});
