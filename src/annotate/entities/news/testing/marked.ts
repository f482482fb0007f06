/** Test input for the news layer: a sentence written with its tagger drafts marked. */
import type { EntityType } from '../../../../doc/schemas/entities.js';
import type { MentionCandidate, Sentenced, WordTok } from '../candidate.js';

/** One sentence of space-separated tokens; "[A B]/ORG" marks a draft of that type. */
export function parse(marked: string): { s: Sentenced; drafts: MentionCandidate[] } {
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
