import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { requireData } from '../data-path.js';
import { detokenize, ECB_SPLITS, listDocuments, parseDocument, parseValidatedSentences, readCorpus, SENTENCES_CSV } from './read.js';

const isEvalData = (e: unknown): boolean => e instanceof WiretraceError && e.code === 'E_EVAL_DATA';

/** A tiny CAT/CROMER document written for this test: "tok sentence" pairs become <token> elements. */
function ecbXml(name: string, sentences: readonly string[], markables: string, relations: string): string {
  let id = 0;
  const tokens = sentences.flatMap((s, si) =>
    s.split(' ').map((w, wi) => `<token t_id="${++id}" sentence="${si}" number="${wi}">${w.replace(/&/g, '&amp;')}</token>`),
  );
  return `<Document doc_name="${name}.xml" doc_id="DOC1">\n${tokens.join('\n')}\n<Markables>\n${markables}\n</Markables>\n<Relations>\n${relations}\n</Relations>\n</Document>\n`;
}

// Sentence 0: "Ferry service to Skerry Island halted" (t1-6)
// Sentence 1: "The council halted the ferry on Monday , officials said ." (t7-17; "said" is t16)
// Sentence 2: "It did not resume service ." (t18-23)
// Sentence 3: "Repairs will start soon ." (t24-28)   <- not validated
const ECB_DOC = ecbXml(
  '99_1ecb',
  ['Ferry service to Skerry Island halted', 'The council halted the ferry on Monday , officials said .', 'It did not resume service .', 'Repairs will start soon .'],
  `<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="9"/></ACTION_OCCURRENCE>
<ACTION_REPORTING m_id="3"><token_anchor t_id="16"/></ACTION_REPORTING>
<NEG_ACTION_OCCURRENCE m_id="4"><token_anchor t_id="20"/><token_anchor t_id="21"/></NEG_ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="5"><token_anchor t_id="26"/></ACTION_OCCURRENCE>
<HUMAN_PART_ORG m_id="6"><token_anchor t_id="8"/></HUMAN_PART_ORG>
<ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t99_halt" instance_id="ACT99001" />
<UNKNOWN_INSTANCE_TAG m_id="21" RELATED_TO="" TAG_DESCRIPTOR="" />`,
  `<CROSS_DOC_COREF r_id="500" note="ACT99001"><source m_id="1" /><source m_id="2" /><target m_id="20" /></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="501"><source m_id="3" /><target m_id="21" /></INTRA_DOC_COREF>`,
);

// An ecbplus text: sentence 0 is the page URL (t1-9); "halted" is t11 in sentence 1 and t17 in sentence 2.
const ECBPLUS_DOC = ecbXml(
  '99_2ecbplus',
  ['http : / / example . org / ferry', 'Ferries halted again after storm', 'The storm halted the " island " ferry .'],
  `<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="11"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="17"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t99b_halt" instance_id="ACT99002" />`,
  `<CROSS_DOC_COREF r_id="600" note="ACT99002"><source m_id="1" /><source m_id="2" /><target m_id="9" /></CROSS_DOC_COREF>`,
);

const CSV = 'Topic,File,Sentence Number\n99,1ecb,0\n99,1ecb,1\n99,1ecb,2 \n99,2ecbplus,1\n99,2ecbplus,2\n';

test('ecbplus read: the sentence list parses, trailing spaces and all; a bad line is E_EVAL_DATA', () => {
  const v = parseValidatedSentences(CSV);
  assert.deepEqual([...v.get('99_1ecb')!].sort(), [0, 1, 2]);
  assert.deepEqual([...v.get('99_2ecbplus')!].sort(), [1, 2]);
  assert.throws(() => parseValidatedSentences('Topic,File,Sentence Number\n99,1ecb\n'), isEvalData);
  assert.throws(() => parseValidatedSentences('99,1xml,3\n'), isEvalData);
});

const DETOK: readonly { tokens: string; text: string }[] = [
  { tokens: 'He said , `` Yes . \'\'', text: "He said, ``Yes.''" },
  { tokens: 'It \'s the mayor \'s ( city ) view', text: "It's the mayor's (city) view" },
  { tokens: 'They do n\'t pay $ 40 , or 5 % .', text: "They don't pay $40, or 5%." },
  { tokens: 'an oil - rich state at 12 : 41 GMT', text: 'an oil-rich state at 12:41 GMT' },
  { tokens: 'Smith - who left - spoke', text: 'Smith-who left-spoke' }, // a spaced dash between words is indistinguishable from a split compound
  { tokens: 'Scores : 3 - 1 ; then " a draw " , he said', text: 'Scores: 3-1; then "a draw", he said' },
  { tokens: 'and / or ...', text: 'and/or...' },
];

for (const c of DETOK) {
  test(`ecbplus detokenize: ${c.text}`, () => {
    const toks = c.tokens.split(' ');
    const d = detokenize(toks);
    assert.equal(d.text, c.text);
    toks.forEach((t, i) => assert.equal(d.text.slice(d.starts[i], d.starts[i]! + t.length), t, `token ${i} "${t}"`));
  });
}

test('ecbplus read: an ecb document: text, offsets, event mentions of validated sentences, chains', () => {
  const v = parseValidatedSentences(CSV);
  const d = parseDocument(ECB_DOC, '99_1ecb', v.get('99_1ecb')!);
  assert.equal(d.topic, 99);
  assert.equal(d.kind, 'ecb');
  assert.equal(d.subtopic, '99_ecb');
  assert.equal(d.url, null);
  assert.equal(d.text, 'Ferry service to Skerry Island halted\nThe council halted the ferry on Monday, officials said.\nIt did not resume service.\nRepairs will start soon.');
  for (const t of d.tokens) assert.equal(d.text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    d.sentences.map((s) => [s.number, s.validated]),
    [
      [0, true],
      [1, true],
      [2, true],
      [3, false],
    ],
  );
  // Entity markables and the mention in the unvalidated sentence 3 ("start") are left out.
  assert.deepEqual(
    d.mentions.map((m) => ({ id: m.id, tag: m.tag, text: d.text.slice(m.start, m.end), chain: m.chain, kind: m.chainKind })),
    [
      { id: '99_1ecb:1', tag: 'ACTION_OCCURRENCE', text: 'halted', chain: 'ACT99001', kind: 'cross' },
      { id: '99_1ecb:2', tag: 'ACTION_OCCURRENCE', text: 'halted', chain: 'ACT99001', kind: 'cross' },
      { id: '99_1ecb:3', tag: 'ACTION_REPORTING', text: 'said', chain: '99_1ecb:intra:501', kind: 'intra' },
      { id: '99_1ecb:4', tag: 'NEG_ACTION_OCCURRENCE', text: 'not resume', chain: '99_1ecb:singleton:4', kind: 'singleton' },
    ],
  );
  assert.deepEqual(d.mentions[3]!.tokenIds, [20, 21]);
  assert.equal(d.mentions[3]!.words, 'not resume');
});

test('ecbplus read: an ecbplus document keeps its URL line out of the text', () => {
  const v = parseValidatedSentences(CSV);
  const d = parseDocument(ECBPLUS_DOC, '99_2ecbplus', v.get('99_2ecbplus')!);
  assert.equal(d.kind, 'ecbplus');
  assert.equal(d.url, 'http://example.org/ferry');
  assert.equal(d.text, 'Ferries halted again after storm\nThe storm halted the "island" ferry.');
  assert.deepEqual(
    d.mentions.map((m) => [d.text.slice(m.start, m.end), m.chain, m.sentence]),
    [
      ['halted', 'ACT99002', 1],
      ['halted', 'ACT99002', 2],
    ],
  );
});

test('ecbplus read: malformed input is E_EVAL_DATA naming the document', () => {
  assert.throws(() => parseDocument('<Document></Document>', '99_1ecb', new Set()), (e: unknown) => isEvalData(e) && /99_1ecb: no <token>/.test((e as Error).message));
  assert.throws(() => parseDocument(ECB_DOC, 'notes', new Set()), isEvalData);
  const noNote = ECB_DOC.replace(' note="ACT99001"', '');
  assert.throws(() => parseDocument(noNote, '99_1ecb', new Set([1])), (e: unknown) => isEvalData(e) && /CROSS_DOC_COREF 500/.test((e as Error).message));
});

test('ecbplus read: readCorpus streams a directory in order and skips documents without validated sentences', () => {
  const root = mkdtempSync(join(tmpdir(), 'ecbplus-'));
  try {
    mkdirSync(join(root, 'docs', '99'), { recursive: true });
    writeFileSync(join(root, 'docs', '99', '99_2ecbplus.xml'), ECBPLUS_DOC);
    writeFileSync(join(root, 'docs', '99', '99_1ecb.xml'), ECB_DOC);
    writeFileSync(join(root, 'docs', '99', '99_10ecb.xml'), ECB_DOC.replace('99_1ecb', '99_10ecb'));
    writeFileSync(join(root, SENTENCES_CSV), CSV);
    assert.deepEqual(
      listDocuments(root, [99]).map((d) => d.name),
      ['99_1ecb', '99_2ecbplus', '99_10ecb'],
    );
    assert.deepEqual(
      [...readCorpus(root, { topics: [99] })].map((d) => d.name),
      ['99_1ecb', '99_2ecbplus'],
    );
    const all = [...readCorpus(root, { topics: [99], validatedOnly: false })];
    assert.equal(all.length, 3);
    assert.equal(all[2]!.mentions.length, 0);
    assert.throws(() => [...readCorpus(root, { topics: [98] })], isEvalData);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('ecbplus read: the real corpus has the published test statistics and consistent offsets', () => {
  const root = requireData('ecbplus');
  if (!root) return;
  let docs = 0;
  let mentions = 0;
  const chains = new Set<string>();
  for (const d of readCorpus(root, { topics: ECB_SPLITS.test })) {
    docs++;
    mentions += d.mentions.length;
    for (const t of d.tokens) assert.equal(d.text.slice(t.start, t.end), t.text, `${d.name} token ${t.id}`);
    for (const m of d.mentions) {
      chains.add(m.chain);
      assert.ok(d.text.slice(m.start, m.end).startsWith(m.words.split(' ')[0]!), `${m.id}`);
    }
  }
  // 206 documents, 1,780 event mentions and 805 event clusters: the test figures of Cattan et al. 2021.
  assert.deepEqual({ docs, mentions, chains: chains.size }, { docs: 206, mentions: 1780, chains: 805 });
});
