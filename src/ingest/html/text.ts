/** Small text helpers shared by the extractor and its metadata readers. */

const WORD_RE = /[\p{L}\p{N}_]+/gu;

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

export function tokenSet(text: string): Set<string> {
  return new Set(words(text.toLowerCase()));
}
