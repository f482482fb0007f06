/**
 * A small Penn/CoNLL-style word tokenizer. The tagger was trained on CoNLL-2003 (Reuters) tokens, so
 * unlabelled text used for word clusters, and text tagged without a tokens layer, are split the same
 * way: punctuation apart, clitics ("'s", "n't") apart, abbreviations ("U.S.", "Corp.") and
 * hyphenated or numeric forms ("1996-08-22", "Anti-Atlas", "3.5") kept whole.
 */

export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    String.raw`https?://\S+`,
    String.raw`(?:[A-Za-z]\.){2,}(?![A-Za-z])`, // U.S. U.N. a.m.
    String.raw`(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs)\.`,
    String.raw`[A-Z]\.(?=\s+[A-Z])`, // initials: "E. Smith"
    String.raw`\d+(?:[.,:/-]\d+)*(?:[A-Za-z]+)?`, // 1,200  1996-08-22  3.5  10th
    String.raw`[\p{L}\p{M}]+?(?=n['’]t\b)`, // "does" in "doesn't"
    String.raw`n['’]t\b`,
    String.raw`['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)\b`,
    String.raw`[\p{L}\p{M}\d]+(?:[-&][\p{L}\p{M}\d]+|['’](?!(?:s|S|re|ve|ll|d|m|t)\b)[\p{L}\p{M}\d]+)*`, // words, hyphenated, O'Neill, AT&T
    String.raw`\.\.\.|--|[^\s\p{L}\p{M}\d]`,
  ].join('|'),
  'gu',
);

export function tokenizeWords(text: string, offset = 0): WordToken[] {
  const out: WordToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** Sentence split on the word tokens: a period/?/! followed by a capitalised word or a quote. */
export function splitSentences(tokens: readonly WordToken[], text: string, offset = 0): WordToken[][] {
  const out: WordToken[][] = [];
  let cur: WordToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    cur.push(t);
    const next = tokens[i + 1];
    const isEnd = t.text === '.' || t.text === '?' || t.text === '!';
    const closesQuote = next && /^["”’']$/.test(next.text) && isEnd;
    if (closesQuote && next) {
      cur.push(next);
      i++;
    }
    const after = tokens[i + 1];
    const gap = after ? text.slice(t.end - offset, after.start - offset) : '';
    if ((isEnd && (!after || /^[\p{Lu}"“‘]/u.test(after.text))) || /\n\s*\n/.test(gap)) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
