/**
 * Every prefix of every key: a scan that would try each span opening on a token (a slice and a table
 * look-up per span) first asks whether any key opens with the token at all, and nearly none does.
 */
export function prefixesOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) for (let k = 1; k <= key.length; k++) out.add(key.slice(0, k));
  return out;
}

/**
 * Non-empty and only ASCII letters and digits: a token that case folding, mark stripping and the
 * splitting of words at spaces, hyphens and punctuation leave as it is (but for its case), so that a
 * name opening with it opens with its lowercase once folded.
 */
export function isPlainAsciiWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}
