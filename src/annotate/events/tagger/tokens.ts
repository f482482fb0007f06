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

export function tokenize(text: string): EventToken[] {
  const out: EventToken[] = [];
  // one shared regex read with exec from lastIndex 0 (no call runs inside the loop): a fresh RegExp per
  // text cost a compilation each, and counted.ts tokenises sentence by sentence
  const re = TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
