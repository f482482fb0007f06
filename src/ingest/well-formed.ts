/**
 * Text normalisation applied once to every parsed article, before its content hash and before any
 * annotator computes an offset. A lone UTF-16 surrogate (valid in a JS string and in JSON's \ud800, but
 * not in UTF-8) becomes one U+FFFD. The repair keeps the length, so offsets into the text are the same
 * before and after; left alone, SQLite would store the surrogate as three invalid UTF-8 bytes and read
 * them back as three U+FFFD, shifting every later span by two.
 *
 * NFC is deliberately NOT applied: offsets index the text exactly as the source wrote it (a decomposed
 * "é" stays two code units), and searching folds case and accents in the full-text index instead.
 */

const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with each lone surrogate replaced by U+FFFD (same length); the same string when there is none. */
export function wellFormed(text: string): string {
  // the common case (no surrogate at all, or only astral pairs) costs one scan and no copy
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\ufffd') : text;
}
