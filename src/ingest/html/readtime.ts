/**
 * Reading time as an ISO 8601 duration. A publisher's JSON-LD timeRequired wins; otherwise words
 * at an adult silent-reading pace, with CJK text counted by characters (it has no spaces).
 */

/** Words per minute for silent reading of non-fiction (Brysbaert 2019 meta-analysis: 238). */
const WORDS_PER_MINUTE = 238;
/** Characters per minute for Chinese/Japanese/Korean text (same study's character rates, rounded). */
const CJK_CHARS_PER_MINUTE = 500;

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD_RE = /[\p{L}\p{N}]+/gu;

export function readTime(body: string, declared: string | null): string | null {
  if (declared && /^P(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)$/.test(declared.trim())) return declared.trim();
  if (!body.trim()) return null;
  const cjk = (body.match(CJK_RE) ?? []).length;
  const words = (body.replace(CJK_RE, ' ').match(WORD_RE) ?? []).length;
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
  return `PT${minutes}M`;
}
