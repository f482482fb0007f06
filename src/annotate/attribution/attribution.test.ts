import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers } from '../../doc/doc.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { textAnnotator } from '../text/index.js';
import { attributionAnnotator } from './index.js';
import { entitiesAnnotator } from '../entities/index.js';
import type { Attribution } from '../../doc/schemas/attribution.js';

const pipeline = buildPipeline([textAnnotator, attributionAnnotator]);

interface Flat {
  source: string | null;
  cue: string;
  content: string;
  stance: string;
  kind: string;
  via: string | null;
}

function run(text: string): Flat[] {
  const doc = pipeline.run(createDoc(text));
  const atts = doc.layers.attributions as readonly Attribution[];
  const byId = new Map(atts.map((a) => [a.id, a]));
  const s = (x: { start: number; end: number }): string => text.slice(x.start, x.end);
  return atts.map((a) => ({
    source: a.source ? s(a.source) : null,
    cue: s(a.cue),
    content: a.content.map(s).join(' | '),
    stance: a.stance,
    kind: a.kind,
    via: a.via ? s(byId.get(a.via)!.cue) : null,
  }));
}

interface Case {
  name: string;
  text: string;
  expect: Partial<Flat>[];
}

const positive: Case[] = [
  {
    name: 'indirect speech with that',
    text: 'The minister said that the talks would resume next week.',
    expect: [{ source: 'The minister', cue: 'said', content: 'that the talks would resume next week', kind: 'indirect', stance: 'neutral' }],
  },
  {
    name: 'direct quote, cue after, inverted source',
    text: '“We will not back down,” said Maria Lopez, the union leader.',
    expect: [{ source: 'Maria Lopez, the union leader', cue: 'said', content: '“We will not back down,”', kind: 'direct' }],
  },
  {
    name: 'party tag after the inverted name, stops split off by the tokenizer',
    text: '“We will fight,” said Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights in Burma.',
    expect: [{ source: 'Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights in Burma', cue: 'said', kind: 'direct' }],
  },
  {
    name: 'party tag between commas after the quote',
    text: '“We have the votes,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
    expect: [{ source: 'Senate Majority Leader Mitch McConnell, R-Ky.,', content: '“We have the votes,”', kind: 'direct' }],
  },
  {
    name: 'appositive set off by double hyphens',
    text: 'Kall -- co-editor of a book on the debates -- said the race was close.',
    expect: [{ source: 'Kall -- co-editor of a book on the debates --', cue: 'said', content: 'the race was close' }],
  },
  {
    name: 'a name between commas after a role noun phrase',
    text: 'The family’s lawyer, Justin Bamberg, said the videos were clear.',
    expect: [{ source: 'The family’s lawyer, Justin Bamberg,', cue: 'said', content: 'the videos were clear' }],
  },
  {
    name: 'a long appositive with a determiner closes the sentence after an inverted cue',
    text: '“It is late,” said John Podesta, a chief of staff to President Bill Clinton whom Mr. Obama recruited to lead his climate efforts in his second term.',
    expect: [{ source: 'John Podesta, a chief of staff to President Bill Clinton whom Mr. Obama recruited to lead his climate efforts in his second term', cue: 'said' }],
  },
  {
    name: '(negative) an appositive that does not close the sentence stays out of the inverted source',
    text: '“It is late,” said Dmitry Peskov, the Kremlin spokesman, adding that talks would go on.',
    expect: [{ source: 'Dmitry Peskov, the Kremlin spokesman', cue: 'said' }],
  },
  {
    name: 'a participle with a time phrase inside the subject; the time word is no cue',
    text: 'A New York Times poll released last week found that 40 percent of voters agreed.',
    expect: [{ source: 'A New York Times poll released last week', cue: 'found', content: 'that 40 percent of voters agreed' }],
  },
  {
    name: '(negative) a time phrase between the subject and its cue stays out of the source',
    text: 'The Kentucky Republican on Tuesday dismissed the claims as false.',
    expect: [{ source: 'The Kentucky Republican', cue: 'dismissed' }],
  },
  {
    name: 'split quote',
    text: '“The deal is done,” he said, “and nobody can undo it.”',
    expect: [{ source: 'he', cue: 'said', content: '“The deal is done,” | “and nobody can undo it.”', kind: 'direct' }],
  },
  {
    name: 'multi-sentence quote after a colon cue',
    text: 'The governor told reporters: “We are ready. The roads are clear.”',
    expect: [{ source: 'The governor', content: '“We are ready. The roads are clear.”', kind: 'direct' }],
  },
  {
    name: 'quote continuing in the next paragraph',
    text: '“The vote was fair,” Smith said.\n\n“Nobody has shown otherwise.”',
    expect: [{ source: 'Smith', content: '“The vote was fair,” | “Nobody has shown otherwise.”' }],
  },
  {
    name: 'according to, prefix',
    text: 'According to the ministry, three ships left the port.',
    expect: [{ source: 'the ministry', cue: 'According to', content: 'three ships left the port' }],
  },
  {
    name: 'according to, suffix',
    text: 'Three ships left the port on Friday, according to port officials.',
    expect: [{ source: 'port officials', cue: 'according to', content: 'Three ships left the port on Friday' }],
  },
  {
    name: 'as reported by',
    text: 'The president will travel abroad next month, as reported by the state broadcaster.',
    expect: [{ source: 'the state broadcaster', cue: 'as reported by', content: 'The president will travel abroad next month' }],
  },
  {
    name: 'as per',
    text: 'The factory closed in May, as per the company.',
    expect: [{ source: 'the company', cue: 'as per', content: 'The factory closed in May' }],
  },
  {
    name: 'nested chain: according to X, Y stated that Z expressed',
    text: 'According to the wire service, the agency stated that the mayor also expressed thanks to the council.',
    expect: [
      { source: 'the wire service', cue: 'According to', via: null },
      { source: 'the agency', cue: 'stated', via: 'According to' },
      { source: 'the mayor', cue: 'also expressed', via: 'stated' },
    ],
  },
  {
    name: 'noun cue with possessive',
    text: "The minister's statement that prices would fall surprised traders.",
    expect: [{ source: 'The minister', cue: 'statement', content: 'that prices would fall surprised traders' }],
  },
  {
    // a source keeps its prepositional and participle modifiers and a negation before a quantifier; a participle
    // clause or an adjunct after the speaker's comma is no part of it, an appositive is
    name: 'where a source begins and ends',
    text: [
      'A 2014 study by Harvard researchers found that turnout fell. A poll released in the spring showed that voters were split.',
      'No one said that the count was wrong. Not everyone agrees that it was fair.',
      'Trump, speaking to a veterans group, said he would act. \u201cWe will win,\u201d said Caddell, speaking of the race.',
      '\u201cIt is closed,\u201d said O\'Neill, on his first day in the job. \u201cIt is over,\u201d said Robert Klein, chairman of the institute.',
    ].join(' '),
    expect: [
      { source: 'A 2014 study by Harvard researchers', cue: 'found' },
      { source: 'A poll released in the spring', cue: 'showed' },
      { source: 'No one', cue: 'said' },
      { source: 'Not everyone', cue: 'agrees' },
      { source: 'Trump', cue: 'said' },
      { source: 'Caddell', cue: 'said' },
      { source: "O'Neill", cue: 'said' },
      { source: 'Robert Klein, chairman of the institute', cue: 'said' },
    ],
  },
  {
    name: 'nominal source, assertive stance',
    text: 'The report highlighted that exports fell sharply.',
    expect: [{ source: 'The report', cue: 'highlighted', stance: 'assertive' }],
  },
  {
    name: 'hedged stance from the content head',
    text: 'The prime minister conveyed his readiness to visit the capital soon.',
    expect: [{ source: 'The prime minister', cue: 'conveyed', stance: 'hedged' }],
  },
  {
    name: 'denial stance',
    text: 'The spokesman denied that any agreement had been signed.',
    expect: [{ source: 'The spokesman', cue: 'denied', stance: 'denial' }],
  },
  {
    name: 'relative pronoun source',
    text: 'The plan angered the opposition parties, who criticized the cost of the project.',
    expect: [{ source: 'who', cue: 'criticized', content: 'the cost of the project' }],
  },
  {
    name: 'appositive source',
    text: 'Ana Ruiz, a senior official at the agency, emphasized the need for caution.',
    expect: [{ source: 'Ana Ruiz, a senior official at the agency,', cue: 'emphasized', stance: 'assertive' }],
  },
  {
    name: 'trailing cue after the content',
    text: 'The bridge will reopen in June, officials said.',
    expect: [{ source: 'officials', cue: 'said', content: 'The bridge will reopen in June' }],
  },
  {
    name: 'headline colon',
    text: 'Mayor: Budget cuts will hit libraries first',
    expect: [{ source: 'Mayor', cue: ':', content: 'Budget cuts will hit libraries first' }],
  },
  {
    name: 'agentless passive with that',
    text: 'It was reported that the talks had collapsed.',
    expect: [{ source: null, cue: 'was reported', content: 'that the talks had collapsed' }],
  },
  {
    name: 'transcript turn opening a quote',
    text: 'A partial transcript follows.\n\n"WALLACE: Let\u2019s start with the breaking news on the debate story tonight.\n\n"PENCE: Well, look, the campaign has been clear about it."',
    expect: [
      { source: 'WALLACE', cue: ':', content: 'Let\u2019s start with the breaking news on the debate story tonight.' },
      { source: 'PENCE', cue: ':', content: 'Well, look, the campaign has been clear about it."' },
    ],
  },
  {
    name: 'transcript turn of several sentences',
    text: 'A partial transcript follows.\n\n"WALLACE: Let\u2019s start with the news. Two questions: Why would he do that? And will she be there?\n\n"PENCE: She will not. He was mocking the campaign."',
    expect: [
      { source: 'WALLACE', cue: ':', content: 'Let\u2019s start with the news. Two questions: Why would he do that? And will she be there?' },
      { source: 'PENCE', cue: ':', content: 'She will not. He was mocking the campaign."' },
    ],
  },
  {
    name: 'quote credited by a dash after it',
    text: '\u201cHe represents our greatest shame.\u201d \u2015 Sonya Herridge\n\u201cI cannot believe it.\u201d\u2014 Carla Sanchez.',
    expect: [
      { source: 'Sonya Herridge', cue: '\u2015', content: '\u201cHe represents our greatest shame.\u201d' },
      { source: 'Carla Sanchez', cue: '\u2014', content: '\u201cI cannot believe it.\u201d' },
    ],
  },
  {
    name: 'recall, order and learn report with a clause or a quote',
    text: 'She recalled that the talks had failed. He recalled how the ship sank. The court ordered that the files be released.',
    expect: [
      { source: 'She', cue: 'recalled', content: 'that the talks had failed' },
      { source: 'He', cue: 'recalled', content: 'how the ship sank' },
      { source: 'The court', cue: 'ordered', content: 'that the files be released' },
    ],
  },
  {
    name: '"recall" with a plain object reports a memory',
    text: 'Clinton recalled her days as secretary of state. Cruz spoke slowly, recalling the time he visited her in the hospital.',
    expect: [
      { source: 'Clinton', cue: 'recalled', content: 'her days as secretary of state' },
      { cue: 'recalling', content: 'the time he visited her in the hospital' },
    ],
  },
  {
    name: 'a tag after a clause, a "that" clause and a named speaker inside a report are still reports of their own',
    text:
      'Temirov has expressed his intention to visit Ulaanbaatar soon, the state news agency MTA reported on Sunday. Officials said the report shows that he was awake. KCNA stated that Putin expressed his readiness to visit.',
    expect: [
      { source: 'Temirov', cue: 'has expressed', content: 'his intention to visit Ulaanbaatar soon' },
      { source: 'the state news agency MTA', cue: 'reported', content: 'Temirov has expressed his intention to visit Ulaanbaatar soon' },
      { source: 'the report', cue: 'shows', content: 'that he was awake' },
      // a named speaker's report nested in another stays a link of the chain
      { source: 'Putin', cue: 'expressed', content: 'his readiness to visit' },
    ],
  },
];

/** Texts whose only attribution is the outer report: what is nested in its content is no report of its own. */
const nestedOnly: { name: string; text: string; cue: string }[] = [
  { name: 'a plain-object "recall" inside a report', text: 'She said she recalls the colleague being confused.', cue: 'said' },
  { name: 'a learned cue scored just above its threshold inside a report', text: 'He said the program has also exposed his weaknesses.', cue: 'said' },
  { name: 'a weak form with no structure of its own inside a report, which the detector doubts', text: 'He said the senators pledged to cap their emissions.', cue: 'said' },
  { name: 'a negated weak form with a question after it inside a report', text: 'She said the videos do not show whether he had a gun.', cue: 'said' },
];

for (const c of nestedOnly) {
  test(`attribution (nested): ${c.name}`, () => {
    const got = run(c.text);
    assert.deepEqual(got.map((g) => g.cue), [c.cue], JSON.stringify(got));
  });
}

const negative: { name: string; text: string }[] = [
  { name: '"said" inside a quote is not a cue of the narrator', text: 'He shouted: “Nobody said it would be easy, nobody told us anything.”' },
  { name: 'a product recall is no report', text: 'In 2021 the company recalled 45,000 cars of its older model over faulty seat-belt anchors.' },
  { name: 'an order of goods is no report', text: 'It has ordered extra pumps from a second supplier in Hungary.' },
  { name: 'learning of a fault is no report', text: 'The regulator wants to know when the company first learned of the faulty pump.' },
  { name: '"the said document" is an adjective', text: 'The said document was filed in court on Tuesday.' },
  { name: 'a verb of saying with no content', text: 'The minister said.' },
  { name: 'passive cue with nothing reported', text: 'No specific date has been confirmed.' },
  { name: 'no cue at all', text: 'The river flooded three villages overnight.' },
  { name: 'ambiguous noun form without structure', text: 'The report on the floods is long.' },
  { name: 'a dash after a quote that leads into more text', text: 'The slogan \u201cBuild it now\u201d \u2014 and the rally that followed \u2014 drew crowds.' },
  { name: 'a quoted line with a colon but no speaker label', text: 'The sign read:\n\n"Note: the road is closed for repairs until further notice."' },
];

for (const c of positive) {
  test(`attribution: ${c.name}`, () => {
    const got = run(c.text);
    for (const want of c.expect) {
      const match = got.find((g) => Object.entries(want).every(([k, val]) => g[k as keyof Flat] === val));
      assert.ok(match, `expected ${JSON.stringify(want)}\n got ${JSON.stringify(got, null, 1)}`);
    }
  });
}

test('attribution: the quoted "said" yields only the outer attribution', () => {
  const got = run(negative[0]!.text);
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.equal(got[0]!.cue, 'shouted:');
});

for (const c of negative.slice(1)) {
  test(`attribution (negative): ${c.name}`, () => {
    assert.deepEqual(run(c.text), []);
  });
}

test('attribution: offsets index the text and ids are unique', () => {
  const text = 'According to Reuters, the agency said “it is over,” adding that talks would follow.';
  const doc = pipeline.run(createDoc(text));
  const atts = doc.layers.attributions!;
  assert.ok(atts.length >= 2);
  assert.equal(new Set(atts.map((a) => a.id)).size, atts.length);
  for (const a of atts) {
    for (const s of [a.cue, ...a.content, ...(a.source ? [a.source] : [])]) {
      assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
      assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
    }
  }
});

test('attribution: sources link to the entity layer when it exists (names, pronouns, nominals)', () => {
  const text = 'Maria Lopez said the strike would go on. She added that talks had failed. The report noted that wages fell.';
  const base = pipeline.run(createDoc(text));
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const mentions = [{ id: 'm1', ...at('Maria Lopez'), type: 'PER' as const, entity: 'e1' }];
  const entities = [{ id: 'e1', type: 'PER' as const, canonical: 'Maria Lopez', key: 'per:maria-lopez', mentions: ['m1'], roles: [] }];
  const withNer = withLayers(base, { mentions, entities }, { annotator: 'test', version: '0' });
  const atts = attributionAnnotator.run(withNer).attributions;
  const bySource = new Map(atts.map((a) => [a.source ? text.slice(a.source.start, a.source.end) : '', a.source]));
  assert.equal(bySource.get('Maria Lopez')?.entity, 'e1');
  assert.equal(bySource.get('She')?.entity, 'e1');
  assert.equal(bySource.get('The report')?.nominal, true);
  assert.equal(bySource.get('The report')?.entity, undefined);
});

// Copy with a blank line only after its headline and one line break between paragraphs: a stray closing
// quote must not pair with a mark paragraphs away (lineParagraphView), while hard-wrapped lines stay one paragraph.
const LINE_PARAGRAPHS: ReadonlyArray<{ readonly name: string; readonly text: string; readonly cues: readonly string[] }> = [
  {
    name: 'long lines are paragraphs: a stray closer lines below does not swallow the lines before it',
    text:
      'Lawmakers Rip The Plan\n\n' +
      'The budget plan is an insult to every taxpayer in the district, the lawmakers said on Friday afternoon after the vote.\n' +
      '“This is a disgusting day for the whole state and for everyone who lives here,” said Rep. Anna Berg, head of the caucus.\n' +
      'The vote was held in the old chamber of the capitol, where the heating has failed for the third winter in a row now.”\n',
    cues: ['said', 'said'],
  },
  {
    name: '(negative) hard-wrapped short lines stay one paragraph: the quote runs on across the wrap',
    text: 'Headline\n\n“We will not stop,” she said. “We will go on and on\nuntil the end,” she added.\n',
    cues: ['said', 'added'],
  },
];

for (const c of LINE_PARAGRAPHS) {
  test(`attribution: line paragraphs: ${c.name}`, () => {
    assert.deepEqual(run(c.text).map((a) => a.cue), c.cues);
  });
}

const withEntities = buildPipeline([textAnnotator, entitiesAnnotator, attributionAnnotator]);

/** Each attribution's source text → the canonical name of the entity it was linked to ('' when none). */
function linkedSources(text: string): Map<string, string> {
  const doc = withEntities.run(createDoc(text));
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.canonical]));
  const out = new Map<string, string>();
  for (const a of doc.layers.attributions ?? []) {
    if (a.source) out.set(text.slice(a.source.start, a.source.end), a.source.entity ? (names.get(a.source.entity) ?? '') : '');
  }
  return out;
}

const ORG_SOURCES: ReadonlyArray<{ name: string; text: string; want: Record<string, string> }> = [
  {
    name: '"the company said" and "it said" credit the company named before',
    text: 'Velmar Group recalled 40,000 vans on Monday. The company said no one was hurt. It said dealers would fix the vans.',
    want: { 'The company': 'Velmar Group', It: 'Velmar Group' },
  },
  {
    name: 'a place inside a relative clause of the source is not the speaker',
    text: 'Velmar Group recalled 40,000 vans. The carmaker, which employs 14,000 people in the Stuttgart region, said it had set aside money.',
    want: { 'The carmaker, which employs 14,000 people in the Stuttgart region,': 'Velmar Group' },
  },
  {
    name: '(negative) "it said" is never a person, and finds no organisation far back',
    text:
      'Anna Berg met the board on Monday. The weather was cold. The roads were icy. The trains were late. ' +
      'It said the meeting would resume.',
    want: { It: '' },
  },
];

for (const c of ORG_SOURCES) {
  test(`attribution: organisation sources: ${c.name}`, () => {
    const got = linkedSources(c.text);
    for (const [src, want] of Object.entries(c.want)) assert.equal(got.get(src), want, `${src}: ${JSON.stringify([...got])}`);
  });
}
