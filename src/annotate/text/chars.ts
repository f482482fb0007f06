/** Character classes for the tokenizer, with an ASCII fast path: most news text is ASCII. */

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{Nd}/u;
const NON_ASCII_SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/u;

export function isSpace(c: number): boolean {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return true;
  if (c < 128) return false;
  return NON_ASCII_SPACE.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  if (c < 128) return false;
  return NON_ASCII_DIGIT.test(String.fromCharCode(c));
}

export function isLetter(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: handled as symbols
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

export function isAlnum(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

export function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

/** Hyphen-minus and the Unicode hyphens that join compound words (not dashes). */
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Apostrophe forms used inside words and for possessives. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

const QUOTES = new Set([34, 39, 96, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2039, 0x203a, 0x300c, 0x300d]);
export function isQuote(c: number): boolean {
  return QUOTES.has(c);
}

/** Quote characters that can only open a quotation. */
export const OPENING_QUOTES = new Set([0x201c, 0x2018, 0x201e, 0x201a, 0xab, 0x2039, 0x300c]);
/** Quote characters that can only close one (’ is excluded: it is also the apostrophe). */
export const CLOSING_QUOTES = new Set([0x201d, 0xbb, 0x203a, 0x300d]);

const PUNCT = new Set('.,;:!?()[]{}…–—‒―/\\|'.split('').map((s) => s.charCodeAt(0)));
export function isPunct(c: number): boolean {
  return PUNCT.has(c) || (c >= 0x2010 && c <= 0x2015);
}
