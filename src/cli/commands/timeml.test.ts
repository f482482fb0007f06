import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTml } from '../../eval/timex/tml.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { readInputFile, toTimeml } from './timeml.js';

const INPUT = `<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
The minister said on Thursday that talks would resume next week &amp; last two days.
</TEXT>
</TimeML>
`;

test('cli/timeml: tags the TE3 input text, keeps it byte-identical outside the tags, anchors to t0', () => {
  const out = toTimeml(INPUT, 'x.TE3input');
  assert.equal(out.replace(/<TIMEX3 tid="t[1-9]\d*"[^>]*>|<\/TIMEX3>(?!<\/DCT>)/g, ''), INPUT);
  const d = parseTml(out);
  assert.deepEqual(d.timexes.map((t) => [d.text.slice(t.start, t.end), t.value]), [
    ['Thursday', '2013-03-21'], ['next week', '2013-W13'], ['last two days', 'P2D'],
  ]);
  assert.match(out, /value="2013-03-21" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0"/);
});

test('timeml: a missing path or a directory is a coded error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-timeml-'));
  try {
    const cases = [
      { path: dir, code: 'E_INPUT_FORMAT' },
      { path: join(dir, 'missing.TE3input'), code: 'E_INPUT_NOT_FOUND' },
    ];
    for (const c of cases) {
      assert.throws(() => readInputFile(c.path), (err: unknown) => err instanceof WiretraceError && err.code === c.code, c.path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
