import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from './testing/marked.js';
import { readTitles } from './titles.js';

const P = 'entities/titles:';

/** The drafts left after readTitles, as "words/TYPE", in token order. */
function read(marked: string): string[] {
  const { s, drafts } = parse(marked);
  readTitles(s, drafts);
  return drafts
    .filter((d) => !d.dropped)
    .sort((a, b) => a.tokStart - b.tokStart)
    .map((d) => `${s.toks.slice(d.tokStart, d.tokEnd).map((t) => t.text).join(' ')}/${d.type}`);
}

const CASES: readonly { name: string; marked: string; want: string[] }[] = [
  { name: 'a bare title joins the name after it', marked: '[Mr.]/ORG [Trump]/PER said so', want: ['Mr. Trump/PER'] },
  { name: 'a bare title before an untagged name makes a person', marked: 'then [Mr.]/ORG Trump said so', want: ['Mr. Trump/PER'] },
  { name: 'the name after a title stops at the first lowercase word', marked: '[Sen.]/MISC Ted Cruz of Texas', want: ['Sen. Ted Cruz/PER'] },
  { name: 'stacked titles', marked: '[Lt. Gen.]/ORG Lee Min-ho arrived', want: ['Lt. Gen. Lee Min-ho/PER'] },
  { name: 'a mention that starts with a title is a person', marked: '[Mrs. Clinton]/ORG said', want: ['Mrs. Clinton/PER'] },
  { name: 'a bare title joins an organisation-typed name as a person', marked: '[Mrs.]/LOC [Clinton]/ORG said', want: ['Mrs. Clinton/PER'] },
  // negative cases
  { name: 'a bare title with no name after it is dropped', marked: '[Mr.]/ORG and [Mrs.]/LOC [Smith]/PER came', want: ['Mrs. Smith/PER'] },
  { name: 'a title at the end of the sentence is dropped', marked: 'he thanked [Dr.]/ORG', want: [] },
  { name: 'a place prefix is no title', marked: '[St. Louis]/LOC is big', want: ['St. Louis/LOC'] },
  { name: 'a title word spelled out is left to the role rules', marked: '[President Biden]/PER spoke', want: ['President Biden/PER'] },
  { name: 'without its period it is not read as a title', marked: '[Gen Z]/MISC voters', want: ['Gen Z/MISC'] },
  { name: 'other names are untouched', marked: '[Acme Corp.]/ORG hired [Jane Doe]/PER', want: ['Acme Corp./ORG', 'Jane Doe/PER'] },
];

for (const c of CASES) {
  test(`${P} ${c.name}`, () => {
    assert.deepEqual(read(c.marked), c.want);
  });
}
