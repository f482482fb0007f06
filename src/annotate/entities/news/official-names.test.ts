import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeAgencies } from './official-names.js';
import { candidateText } from './candidate.js';
import { parse } from './testing/marked.js';

/** Each case: a report written with its tagger drafts marked; `mentions` lists "text/TYPE" after the repair, in text order. */
const CASES: readonly { text: string; mentions: string[] }[] = [
  // a descriptor or an agency tail makes an organisation
  { text: 'the news agency [Vega]/PER said', mentions: ['Vega/ORG'] },
  { text: '[Tellus]/MISC news agency said', mentions: ['Tellus/ORG'] },
  // an appositive says what the name is
  { text: '[Corvina]/PER , the private news agency , said . officials confirmed what [Corvina]/PER had reported', mentions: ['Corvina/ORG', 'Corvina/ORG'] },
  { text: '[Corvina]/PER , the private secretary , said', mentions: ['Corvina/PER'] },
  // the tagger missed the name after a descriptor
  { text: 'The state broadcaster Tellus reported', mentions: ['Tellus/ORG'] },
  // a bare mention elsewhere in the report is that agency, tagged or not
  { text: 'the news agency [Vega]/ORG reported . The minister told [Vega]/PER that', mentions: ['Vega/ORG', 'Vega/ORG'] },
  { text: '[Lumen]/ORG news agency said . Lumen said the summit', mentions: ['Lumen/ORG', 'Lumen/ORG'] },
  { text: 'The minister told [Vega]/PER that . the news agency [Vega]/ORG reported', mentions: ['Vega/ORG', 'Vega/ORG'] },
  // negatives: no agency named, a person bearing the name, a capitalised name ending in "Agency" word, a date after a descriptor
  { text: 'The minister told [Vega]/PER that', mentions: ['Vega/PER'] },
  { text: 'the news agency [Vega]/ORG reported . [Rafael Vega]/PER said . [Vega]/PER added', mentions: ['Vega/ORG', 'Rafael Vega/PER', 'Vega/PER'] },
  { text: '[Polar Broadcaster]/ORG Tellus said', mentions: ['Polar Broadcaster/ORG'] },
  { text: 'the agency On Monday said', mentions: [] },
  { text: 'the news agency [Vega]/ORG reported . [Orbis]/PER said', mentions: ['Vega/ORG', 'Orbis/PER'] },
];

test('typeAgencies: agencies named as such, and their bare names in the same report, are organisations', () => {
  for (const c of CASES) {
    const { s, drafts } = parse(c.text);
    const text = s.toks.map((t) => t.text).join(' ');
    typeAgencies(text, s, drafts);
    const got = drafts
      .filter((d) => !d.dropped)
      .sort((a, b) => a.tokStart - b.tokStart)
      .map((d) => `${candidateText(text, s.toks, d)}/${d.type}`);
    assert.deepEqual(got, c.mentions, c.text);
  }
});
