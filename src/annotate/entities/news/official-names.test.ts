import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeAgencies } from './official-names.js';
import { type MentionCandidate, type Sentenced, candidateText } from './candidate.js';
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

/** Runs the repair and lists the surviving mentions as "text/TYPE" in text order. */
function repaired(s: Sentenced, drafts: MentionCandidate[]): string[] {
  const text = s.toks.map((t) => t.text).join(' ');
  typeAgencies(text, s, drafts);
  return drafts
    .filter((d) => !d.dropped)
    .sort((a, b) => a.tokStart - b.tokStart)
    .map((d) => `${candidateText(text, s.toks, d)}/${d.type}`);
}

test('typeAgencies: agencies named as such, and their bare names in the same report, are organisations', () => {
  for (const c of CASES) {
    const { s, drafts } = parse(c.text);
    assert.deepEqual(repaired(s, drafts), c.mentions, c.text);
  }
});

/**
 * Each case: marked drafts plus the tagger's scores for some tokens (O, one-word PER and ORG, weight
 * units; unlisted tokens are confidently O). A one-word person or an untagged word the tagger was unsure
 * of, in a speaker's slot, is read as an outlet; a confident person, a known name, or another slot is not.
 */
const SCORED: readonly { text: string; scores: Record<string, { o: number; per: number; org: number }>; mentions: string[] }[] = [
  { text: 'The visit was confirmed by [Tellus]/PER on Tuesday', scores: { Tellus: { o: -480, per: -353, org: -366 } }, mentions: ['Tellus/ORG'] },
  { text: 'According to [Arktis]/PER , the delegation left', scores: { Arktis: { o: -391, per: -270, org: -286 } }, mentions: ['Arktis/ORG'] },
  { text: '[Kelvar]/PER said the border had reopened', scores: { Kelvar: { o: -205, per: -148, org: -157 } }, mentions: ['Kelvar/ORG'] },
  { text: 'Diplomats told [Andorin]/PER that the talks had moved', scores: { Andorin: { o: -259, per: -197, org: -219 } }, mentions: ['Andorin/ORG'] },
  { text: 'Lumen said the summit would be held in May', scores: { Lumen: { o: -259, per: -266, org: -282 } }, mentions: ['Lumen/ORG'] },
  // the retyped name is the same organisation elsewhere in the report
  { text: '[Kelvar]/PER said . officials met [Kelvar]/PER', scores: { Kelvar: { o: -205, per: -148, org: -157 } }, mentions: ['Kelvar/ORG', 'Kelvar/ORG'] },
  // negatives: a confident person in each slot
  { text: '[Lavrov]/PER said the summit would be held in May', scores: { Lavrov: { o: -252, per: -152, org: -267 } }, mentions: ['Lavrov/PER'] },
  { text: 'according to [Erdogan]/PER , the delegation left', scores: { Erdogan: { o: -447, per: -289, org: -372 } }, mentions: ['Erdogan/PER'] },
  { text: 'The minister told [Lavrov]/PER that the plan was on track', scores: { Lavrov: { o: -332, per: -205, org: -300 } }, mentions: ['Lavrov/PER'] },
  // negatives: unsure, but a given name or listed surname, a title before it, or no speaker's slot
  { text: '[Anna]/PER said the talks had moved', scores: { Anna: { o: -200, per: -150, org: -155 } }, mentions: ['Anna/PER'] },
  { text: '[Kowalski]/PER said the talks had moved', scores: { Kowalski: { o: -200, per: -150, org: -155 } }, mentions: ['Kowalski/PER'] },
  { text: 'Dr. [Tellus]/PER said the talks had moved', scores: { Tellus: { o: -200, per: -150, org: -155 } }, mentions: ['Tellus/PER'] },
  { text: '[Tellus]/PER met the minister on Monday', scores: { Tellus: { o: -200, per: -150, org: -155 } }, mentions: ['Tellus/PER'] },
  { text: 'according to [Tellus]/PER officials , the road closed', scores: { Tellus: { o: -200, per: -150, org: -155 } }, mentions: ['Tellus/PER'] },
  { text: 'The minister told [Tellus]/PER about the plan', scores: { Tellus: { o: -200, per: -150, org: -155 } }, mentions: ['Tellus/PER'] },
  { text: '[Rafael Tellus]/PER arrived . [Tellus]/PER said', scores: { Tellus: { o: -200, per: -150, org: -155 } }, mentions: ['Rafael Tellus/PER', 'Tellus/PER'] },
  // negatives: a common word the tagger is sure is no name, an untagged word outside a slot
  { text: 'Police said the border had reopened', scores: { Police: { o: -80, per: -273, org: -257 } }, mentions: [] },
  { text: 'Lumen met the minister', scores: { Lumen: { o: -259, per: -266, org: -282 } }, mentions: [] },
];

test('typeAgencies: a bare name the tagger barely read as a person, or barely left untagged, in a speaker slot is an outlet', () => {
  for (const c of SCORED) {
    const { s: bare, drafts } = parse(c.text);
    const scores = new Float64Array(bare.toks.length * 17);
    bare.toks.forEach((t, i) => {
      const sc = c.scores[t.text] ?? { o: 200, per: -300, org: -300 };
      scores[i * 17] = sc.o;
      scores[i * 17 + 4] = sc.per;
      scores[i * 17 + 8] = sc.org;
    });
    assert.deepEqual(repaired({ ...bare, scores }, drafts), c.mentions, c.text);
  }
});
