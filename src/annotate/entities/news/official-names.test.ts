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
  // a well-known agency is an organisation under any of its names, tagged or not
  { text: '[Xinhua]/PER said the talks ended', mentions: ['Xinhua/ORG'] },
  { text: 'Korean Central News Agency said . the minister told [KCNA]/PER that', mentions: ['Korean Central News Agency/ORG', 'KCNA/ORG'] },
  { text: 'according to [Agence France-Presse]/MISC ,', mentions: ['Agence France-Presse/ORG'] },
  // the report uses the name as the outlet of a report
  { text: 'A report by [Polaris]/PER said the border had reopened', mentions: ['Polaris/ORG'] },
  { text: '[Kelvar]/PER reported on Monday that . officials told [Kelvar]/PER that', mentions: ['Kelvar/ORG', 'Kelvar/ORG'] },
  { text: 'The resignation was first reported by [Norvik]/LOC .', mentions: ['Norvik/ORG'] },
  { text: 'In a report on Sunday , [Umbra]/PER said the strike had ended', mentions: ['Umbra/ORG'] },
  // a place or other name in a speaker's slot
  { text: 'According to [Meridian]/LOC , the delegation left', mentions: ['Meridian/ORG'] },
  { text: 'The visit was confirmed by [Estrela]/LOC on Tuesday', mentions: ['Estrela/ORG'] },
  { text: 'according to [Orbis]/MISC , the summit would be held in May', mentions: ['Orbis/ORG'] },
  // negatives: a person who reports (given name, title, full name in the report), a place that governs,
  // a name that modifies a noun, a possessive, a place that is only a place, a person in a speaker's slot
  { text: 'A report by [Anna]/PER said', mentions: ['Anna/PER'] },
  { text: 'a report by Dr. [Halloran]/PER said', mentions: ['Halloran/PER'] },
  { text: '[Tomas Halloran]/PER spoke . a report by [Halloran]/PER said', mentions: ['Tomas Halloran/PER', 'Halloran/PER'] },
  { text: '[John Smith]/PER reported on Monday', mentions: ['John Smith/PER'] },
  { text: 'According to [Texas]/LOC , the law is valid', mentions: ['Texas/LOC'] },
  { text: 'according to [Meridian]/LOC officials , the road closed', mentions: ['Meridian/LOC'] },
  { text: 'according to [Meridian]/LOC \'s mayor , the road closed', mentions: ['Meridian/LOC'] },
  { text: 'The delegation left [Meridian]/LOC on Tuesday', mentions: ['Meridian/LOC'] },
  { text: '[Abidjan]/LOC says the price is close', mentions: ['Abidjan/LOC'] },
  { text: '[Gorlen]/LOC reported 20 new cases', mentions: ['Gorlen/LOC'] },
  { text: 'cases reported by [Texas]/LOC rose', mentions: ['Texas/LOC'] },
  { text: 'According to [Vega]/PER , the delegation left', mentions: ['Vega/PER'] },
  { text: 'The minister told [Kazpress]/PER that the plan was on track', mentions: ['Kazpress/PER'] },
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
