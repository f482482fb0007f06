/**
 * What a person types into search, split into terms the same way for every engine. User text is never
 * query syntax: a term is a run of non-space characters or a "quoted phrase"; a bare term ending in `*`
 * after a letter or digit is a prefix search. Operators (AND, OR, NOT, NEAR, -, ^, column:) are words
 * or punctuation like any other. Every term must match.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PART = /"([^"]*)"?|(\S+)/g;

export interface SearchTerm {
  /** The term's words, in order (a phrase when more than one). */
  readonly words: readonly string[];
  /** The term as typed, without its prefix star (engines whose tokenizer reads "U.N." whole use it). */
  readonly text: string;
  readonly prefix: boolean;
  readonly quoted: boolean;
}

/** The query's terms; none when it has no searchable word. */
export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const m of input.normalize('NFC').matchAll(PART)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      const words = phrase.match(WORD);
      if (words) terms.push({ words, text: phrase, prefix: false, quoted: true });
      continue;
    }
    const bare = m[2] ?? '';
    const words = bare.match(WORD);
    if (!words) continue;
    // "Jong-un" or "U.N." are one term to the reader: engines keep their pieces together as a phrase.
    const prefix = bare.endsWith('*') && /[\p{L}\p{N}\p{M}]\*+$/u.test(bare);
    terms.push({ words, text: prefix ? bare.replace(/\*+$/, '') : bare, prefix, quoted: false });
  }
  return terms;
}
