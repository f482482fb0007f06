import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { textAnnotator } from '../text/index.js';
import { attributionAnnotator } from './index.js';

const pipeline = buildPipeline([textAnnotator, attributionAnnotator]);

/** Each attribution as "source / cue / content". */
function run(text: string): string[] {
  const atts = pipeline.run(createDoc(text)).layers.attributions ?? [];
  const s = (x: { start: number; end: number }): string => text.slice(x.start, x.end);
  return atts.map((a) => `${a.source ? s(a.source) : '-'} / ${s(a.cue)} / ${a.content.map(s).join(' | ')}`);
}

const cases: { name: string; text: string; want: string[] }[] = [
  {
    name: 'dated, credited dateline',
    text: 'ASTANA, March 3 (Meridian) -- The president will visit in June, his spokesman said.',
    want: ['his spokesman / said / The president will visit in June'],
  },
  { name: 'capitals and a dash', text: 'OSLO - The talks ended, the mediator said.', want: ['the mediator / said / The talks ended'] },
  { name: 'a known place and a colon', text: 'Ankara: The minister said the talks would resume.', want: ['The minister / said / the talks would resume'] },
  { name: 'negative: a headline speaker stays a source', text: 'Mayor: Budget cuts will hit libraries first', want: ['Mayor / : / Budget cuts will hit libraries first'] },
  { name: 'negative: a person before a colon is no dateline', text: 'Anna Berg: We will not back down', want: ['Anna Berg / : / We will not back down'] },
  { name: 'furniture: written by', text: 'Written: Maria Holm\n\nThe minister said the talks would resume.', want: ['The minister / said / the talks would resume'] },
  { name: 'furniture: posting time', text: 'Posted 12:30 GMT. The port reopened, officials said.', want: ['officials / said / The port reopened'] },
  { name: 'furniture: reporting credits', text: 'Reporting by Lena Dahl; editing by Tomas Holm', want: [] },
  { name: 'negative: a reporting verb in a sentence is kept', text: 'The agency reported on Monday that exports fell.', want: ['The agency / reported / that exports fell'] },
];

for (const c of cases) {
  test(`noise: ${c.name}`, () => {
    assert.deepEqual(run(c.text), c.want);
  });
}
