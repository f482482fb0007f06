/** Small text helpers shared by the extractor and its metadata readers. */

const WORD_RE = /[\p{L}\p{N}_]+/gu;

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

export function tokenSet(text: string): Set<string> {
  return new Set(words(text.toLowerCase()));
}

const SOFT_HYPHEN = /\u00ad/g;

/**
 * Output text form: soft hyphens (invisible break hints that split words for search and
 * tokenisation) removed, and NFC so the same word is one string whichever form the page used.
 */
export function normalizeOutput(text: string): string {
  return text.replace(SOFT_HYPHEN, '').normalize('NFC');
}
