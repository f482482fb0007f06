import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers, type Doc } from '../../doc/doc.js';
import { textAnnotator } from './index.js';
import { sentenceViews, tokenView, wordAt } from './token-view.js';

const P = 'text/token-view:';

function docOf(text: string): Doc {
  const d = createDoc(text);
  return withLayers(d, textAnnotator.run(d), { annotator: textAnnotator.name, version: textAnnotator.version });
}

/** Each quote region as the text from its first to its last token, with whether the marks are there. */
function regions(text: string): string[] {
  const v = tokenView(docOf(text));
  return v.regions.map((r) => `${text.slice(v.start[r.open]!, v.end[r.close]!)}${r.openMark ? '' : ' (no opener)'}${r.closeMark ? '' : ' (unclosed)'}`);
}

const REGIONS: readonly { name: string; input: string; want: string[] }[] = [
  { name: 'curly pair', input: 'He said “we are ready” today.', want: ['“we are ready”'] },
  { name: 'straight pair', input: 'He said "we are ready" today.', want: ['"we are ready"'] },
  { name: 'guillemets', input: 'Er sagte «ja» heute.', want: ['«ja»'] },
  { name: 'ASCII doubles', input: "He said ``we are ready'' today.", want: ["``we are ready''"] },
  { name: 'two quotes in one sentence', input: '“Yes,” he said, “we will.”', want: ['“Yes,”', '“we will.”'] },
  { name: 'mistyped opener after a comma closes', input: '“We will come,“ he said.', want: ['“We will come,“'] },
  { name: 'unclosed quote runs to the paragraph end', input: '“We will come.\n\nHe said more.', want: ['“We will come. (unclosed)'] },
  { name: 'closer without an opener starts at the paragraph start', input: 'He went on.\n\nWe will come,” he said.', want: ['We will come,” (no opener)'] },
  // negative cases: single quotes and apostrophes are not quotation marks
  { name: 'apostrophes do not quote', input: "Korea's agency and the allies' plan.", want: [] },
  { name: 'single curly quotes do not quote', input: 'a ‘so-called’ deal', want: [] },
  { name: 'no quotes', input: 'Plain text here.', want: [] },
];

for (const c of REGIONS) {
  test(`${P} quote regions: ${c.name}`, () => {
    assert.deepEqual(regions(c.input), c.want);
  });
}

const WORDS: readonly { name: string; input: string; want: string[][]; question?: boolean[] }[] = [
  { name: 'quote marks are dropped', input: 'He was “willing” to go.', want: [['he', 'was', 'willing', 'to', 'go', '.']] },
  { name: 'curly apostrophe reads as straight', input: 'Putin’s visit won’t happen.', want: [["putin", "'s", 'visit', 'wo', "n't", 'happen', '.']] },
  { name: 'one view per sentence', input: 'Will he come? Yes.', want: [['will', 'he', 'come', '?'], ['yes', '.']], question: [true, false] },
  { name: 'a plural possessive apostrophe is a quote token and dropped', input: "the allies' plan", want: [['the', 'allies', 'plan']] },
  { name: 'empty text has no sentences', input: '', want: [] },
];

for (const c of WORDS) {
  test(`${P} sentence views: ${c.name}`, () => {
    const views = sentenceViews(docOf(c.input));
    assert.deepEqual(views.map((s) => s.words.map((w) => w.lower)), c.want);
    if (c.question) assert.deepEqual(views.map((s) => s.question), c.question);
    for (const s of views) for (const w of s.words) assert.equal(w.text, c.input.slice(w.start, w.end));
  });
}

test(`${P} sentence views: punctuation and symbols are marked, words are not`, () => {
  const [s] = sentenceViews(docOf('It cost $5, he said.'));
  assert.deepEqual(s!.words.filter((w) => w.punct).map((w) => w.text), ['$', ',', '.']);
});

test(`${P} the token view knows each token's sentence, paragraph and line breaks`, () => {
  const text = 'One two.\nThree.\n\nFour.';
  const v = tokenView(docOf(text));
  assert.deepEqual([...v.sent], [0, 0, 0, 1, 1, 2, 2]);
  assert.deepEqual([0, 3, 5].map((i) => v.paragraphOf(i)), [0, 0, 1]);
  assert.deepEqual([...v.lineBreakBefore], [0, 0, 0, 1, 0, 1, 0]);
});

test(`${P} the view is built once per tokens layer and reused`, () => {
  const doc = docOf('He said “yes”.');
  const later = withLayers(doc, { timexes: [] }, { annotator: 'test', version: '0' });
  assert.equal(tokenView(later), tokenView(doc));
  // negative: another document with the same text gets its own view
  assert.notEqual(tokenView(docOf('He said “yes”.')), tokenView(doc));
});

const AT: readonly { offset: number; want: number }[] = [
  { offset: 0, want: 0 },
  { offset: 2, want: 0 }, // inside "Kim"
  { offset: 3, want: 1 }, // the space before "met": the next word
  { offset: 4, want: 1 },
  { offset: 100, want: 3 }, // past the end: the word count
];

for (const c of AT) {
  test(`${P} wordAt(${c.offset}) is word ${c.want}`, () => {
    const [s] = sentenceViews(docOf('Kim met Lee'));
    assert.equal(wordAt(s!.words, c.offset), c.want);
  });
}
