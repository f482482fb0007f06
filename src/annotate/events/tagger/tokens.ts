/**
 * Tokens for event tagging, with character offsets into the text. TimeML marks an event on one token,
 * so words keep their inner hyphens ("buy-out", "cease-fire") and numbers their separators ("2.6",
 * "1,200"); a clitic ("'s", "n't") is a token of its own, as in the TimeBank tokenisation.
 */
export interface EventToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const TOKEN = /n't\b|['’]\p{L}+|\p{L}[\p{L}\p{M}\p{N}]*?(?=n't\b)|\p{L}[\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

/** A character outside ASCII that `\s` matches (no-break and other spaces, the line separators, the BOM). */
const WIDE_SPACE = /\s/;

/** Whether `\s` matches the code unit at `k`: ASCII by its code, the rest by the regex. */
function spaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WIDE_SPACE.test(text[k]!));
}

export function tokenize(text: string): EventToken[] {
  const out: EventToken[] = [];
  // one shared regex read from lastIndex 0 (no call runs inside the loop): a fresh RegExp per text cost a
  // compilation each, and counted.ts tokenises sentence by sentence. `test` builds no match array; a token
  // ends at lastIndex and starts at the first non-space character after the last one (every alternative
  // starts with a non-space character, and the last, \S, matches any: no match starts later)
  const re = TOKEN;
  re.lastIndex = 0;
  let from = 0;
  while (re.test(text)) {
    const end = re.lastIndex;
    let start = from;
    while (spaceAt(text, start)) start++;
    out.push({ start, end, text: text.slice(start, end) });
    from = end;
  }
  return out;
}
