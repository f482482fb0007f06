/** Character classes for the tokenizer, with an ASCII fast path: most news text is ASCII. */

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{Nd}/u;
const NON_ASCII_SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/u;

/** [A-Za-z] by code unit: for scans that read ASCII words only, as a `[A-Za-z]+` regex would. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** [0-9] by code unit. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

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
