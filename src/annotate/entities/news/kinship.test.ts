import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../doc/schemas/entities.js';
import { type MentionCandidate, type Sentenced, type WordTok } from './candidate.js';
import { retypeKin } from './kinship.js';

/** One sentence of space-separated tokens; "[A B]/ORG" marks a draft of that type. */
function parse(marked: string): { s: Sentenced; drafts: MentionCandidate[] } {
  const toks: WordTok[] = [];
  const drafts: MentionCandidate[] = [];
  let pos = 0;
  let open = -1;
  for (const raw of marked.split(' ')) {
    let w = raw;
    if (w.startsWith('[')) {
      open = toks.length;
      w = w.slice(1);
    }
    const close = /^(.*)\](?:\/(\w+))$/.exec(w);
    if (close) w = close[1]!;
    toks.push({ text: w, start: pos, end: pos + w.length, sentence: 0 });
    pos += w.length + 1;
    if (close) {
      drafts.push({ tokStart: open, tokEnd: toks.length, type: close[2] as EntityType, rule: 'tagger' });
      open = -1;
    }
  }
  const n = toks.length;
  return { s: { toks, sentStart: new Int32Array(n), sentEnd: new Int32Array(n).fill(n) }, drafts };
}

test('kinship: names tied to someone by a kinship noun become persons; other names stay', () => {
  const table: { text: string; types: string[] }[] = [
    { text: 'he met [Kim Jong Il]/ORG , the father of [Kim Jong Un]/ORG .', types: ['PER', 'PER'] },
    { text: '[Acme Corp]/ORG , the parent of [Widget Ltd]/ORG .', types: ['ORG', 'ORG'] },
    { text: 'the widow of [Ross Perot]/MISC spoke', types: ['PER'] },
    { text: "[Smith]/ORG 's daughter , Jane , said", types: ['PER'] },
    { text: "[Smith]/ORG 's daughter company said", types: ['ORG'] },
    { text: "[Acme]/ORG 's sister company said", types: ['ORG'] },
    { text: '[Acme]/ORG , the sister company of [Widget]/ORG , said', types: ['ORG', 'ORG'] },
    { text: 'the Mother of [Parliaments]/MISC met', types: ['MISC'] },
    { text: '[Fidel Castro]/ORG , his late brother , said', types: ['PER'] },
    { text: 'the son of [Paris]/LOC left', types: ['LOC'] },
    { text: '[Reuters]/ORG , the news agency , said', types: ['ORG'] },
  ];
  for (const { text, types } of table) {
    const { s, drafts } = parse(text);
    retypeKin(s, drafts);
    assert.deepEqual(
      drafts.map((d) => d.type),
      types,
      text,
    );
  }
});
