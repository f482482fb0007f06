import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTml } from '../annotate/time/tml.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../errors.js';
import { readTimemlInput, toTimeml, writeTimemlFile } from './timeml.js';

const INPUT = `<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
The minister said on Thursday that talks would resume next week &amp; last two days.
</TEXT>
</TimeML>
`;

test('timeml: tags the TE3 input text, keeps it byte-identical outside the tags, anchors to t0', () => {
  const out = toTimeml(INPUT, 'x.TE3input');
  assert.equal(out.replace(/<TIMEX3 tid="t[1-9]\d*"[^>]*>|<\/TIMEX3>(?!<\/DCT>)|<\/?EVENT[^>]*>|\n\n(?:<MAKEINSTANCE[^>]*>\n)+/g, ''), INPUT);
  const d = parseTml(out);
  assert.deepEqual(d.timexes.map((t) => [d.text.slice(t.start, t.end), t.value]), [
    ['Thursday', '2013-03-21'], ['next week', '2013-W13'], ['last two days', 'P2D'],
  ]);
  assert.match(out, /value="2013-03-21" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0"/);
});

test('timeml: writes EVENT tags with eid and class, one MAKEINSTANCE each; tags already in a .tml are replaced', () => {
  const out = toTimeml(INPUT, 'x.TE3input');
  const d = parseTml(out);
  const events = d.events.map((e) => [d.text.slice(e.start, e.end), e.cls]);
  assert.deepEqual(events.find(([w]) => w === 'said'), ['said', 'REPORTING']);
  assert.ok(events.some(([w]) => w === 'resume'), JSON.stringify(events));
  assert.ok(!events.some(([w]) => w === 'minister' || w === 'Thursday'), JSON.stringify(events)); // not events
  assert.deepEqual(d.events.map((e) => e.eid), d.events.map((_, i) => `e${i + 1}`));
  assert.equal([...out.matchAll(/<MAKEINSTANCE /g)].length, d.events.length);
  // a gold .tml: its EVENT tags, instances and links give way to ours
  const gold = INPUT.replace('talks', '<EVENT eid="e40" class="OCCURRENCE">talks</EVENT>').replace('</TEXT>\n', '</TEXT>\n<MAKEINSTANCE eventID="e40" eiid="ei40" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>\n<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei40" relatedToTime="t0"/>\n');
  const again = toTimeml(gold, 'x.tml');
  assert.doesNotMatch(again, /e40|TLINK/);
  assert.equal(again, out);
});

test('timeml: a missing path or a directory is a coded error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-timeml-'));
  try {
    const cases = [
      { path: dir, code: 'E_INPUT_FORMAT' },
      { path: join(dir, 'missing.TE3input'), code: 'E_INPUT_NOT_FOUND' },
    ];
    for (const c of cases) {
      assert.throws(() => readTimemlInput(c.path), (err: unknown) => err instanceof WiretraceError && err.code === c.code, c.path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('timeml: writes <name>.tml into the output directory, creating it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-timeml-'));
  try {
    const input = join(dir, 'doc1.TE3input');
    writeFileSync(input, INPUT);
    const cases = [
      { file: input, out: join(dir, 'out', 'nested'), want: join(dir, 'out', 'nested', 'doc1.tml') },
      { file: input, out: dir, want: join(dir, 'doc1.tml') },
    ];
    for (const c of cases) {
      assert.equal(writeTimemlFile(c.file, c.out), c.want);
      assert.equal(readFileSync(c.want, 'utf8'), toTimeml(INPUT, input));
    }
    assert.throws(() => writeTimemlFile(join(dir, 'missing.TE3input'), dir), (err: unknown) => err instanceof WiretraceError && err.code === 'E_INPUT_NOT_FOUND');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
