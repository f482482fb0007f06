/**
 * A single-pass tokenizer for news English. It scans character codes once, left to right, and never
 * backtracks more than a few characters, so it runs in linear time.
 *
 * Decisions, in the order they are tried at each position:
 *  URLs and e-mail addresses are one token; numbers keep their internal separators (3.5, 1,000, 2:30)
 *  and unit suffixes (1.2bn); words keep internal hyphens (Kim Jong-un) and name apostrophes (O'Brien)
 *  but split possessives and clitics ("Putin" + "'s", "do" + "n't"); abbreviations keep their period
 *  (U.N., p.m., Gen., Jan.); quotes, dashes and other punctuation are tokens of their own.
 */
import type { Token, TokenKind } from '../../doc/schemas/text.js';
import {
  isAlnum,
  isApostrophe,
  isDigit,
  isHyphen,
  isLetter,
  isLower,
  isSpace,
  isUpper,
} from './chars.js';
import { isAbbreviation } from './abbreviations.js';
import { isQuote } from './quotes.js';

const DOT = 46;
const AT = 64;
const SLASH = 47;
const AMP = 38;
/** Longest run of capitals on either side of an ampersand acronym ("BMS&K"). */
const MAX_ACRONYM_PART = 4;

/** Clitics split off as their own token (PTB convention): we're → we + 're. */
const CLITICS = new Set(['s', 'm', 're', 've', 'll', 'd']);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const end = scanUrl(text, i, to);
    if (end > i) {
      out.push({ start: i, end, kind: 'url' });
      i = end;
      continue;
    }
    if (isAlnum(c)) {
      const emailEnd = scanEmail(text, i, to);
      if (emailEnd > i) {
        out.push({ start: i, end: emailEnd, kind: 'email' });
        i = emailEnd;
        continue;
      }
      i = isDigit(c) ? scanNumber(text, i, to, out) : scanWord(text, i, to, out);
      continue;
    }
    if (isApostrophe(c)) {
      const clitic = scanLeadingClitic(text, i, to);
      if (clitic > i) {
        out.push({ start: i, end: clitic, kind: 'word' });
        i = clitic;
        continue;
      }
    }
    if (isQuote(c)) {
      // `` and '' are ASCII renderings of curly quotes: one token
      const double = (c === 96 || c === 39) && i + 1 < to && text.charCodeAt(i + 1) === c ? 2 : 1;
      out.push({ start: i, end: i + double, kind: 'quote' });
      i += double;
      continue;
    }
    if (c === DOT && i + 2 < to && text.charCodeAt(i + 1) === DOT && text.charCodeAt(i + 2) === DOT) {
      out.push({ start: i, end: i + 3, kind: 'punct' });
      i += 3;
      continue;
    }
    if (c === DOT && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && (i === from || !isAlnum(text.charCodeAt(i - 1)))) {
      i = scanNumber(text, i, to, out); // ".5"
      continue;
    }
    if (c === 45 && i + 1 < to && text.charCodeAt(i + 1) === 45) {
      out.push({ start: i, end: i + 2, kind: 'punct' }); // "--" as a dash
      i += 2;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    out.push({ start: i, end: i + len, kind: classifyOther(c) });
    i += len;
  }
  return out;
}

function classifyOther(c: number): TokenKind {
  // . , ; : ! ? ( ) [ ] { } … and dashes are punctuation; currency, %, &, # and the rest are symbols
  if (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 91 ||
    c === 93 || c === 123 || c === 125 || c === 0x2026 || (c >= 0x2010 && c <= 0x2015) || c === 45 || c === SLASH ||
    c === 0xbf || c === 0xa1
  ) {
    return 'punct';
  }
  return 'symbol';
}

function startsWithCI(text: string, i: number, prefix: string): boolean {
  return text.substr(i, prefix.length).toLowerCase() === prefix;
}

/** http(s)://… or www.…, up to whitespace, without trailing sentence punctuation. */
function scanUrl(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c !== 104 && c !== 72 && c !== 119 && c !== 87) return i; // h / w
  let j: number;
  if (startsWithCI(text, i, 'https://')) j = i + 8;
  else if (startsWithCI(text, i, 'http://')) j = i + 7;
  else if (startsWithCI(text, i, 'www.') && i + 4 < to && isAlnum(text.charCodeAt(i + 4))) j = i + 4;
  else return i;
  if (i > 0 && isAlnum(text.charCodeAt(i - 1))) return i;
  let parens = 0;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (isSpace(d) || d === 34 || d === 60 || d === 62 || d === 0x201c || d === 0x201d) break;
    if (d === 40) parens++;
    if (d === 41) {
      if (parens === 0) break;
      parens--;
    }
    j++;
  }
  // trailing punctuation belongs to the sentence, not the URL
  while (j > i) {
    const d = text.charCodeAt(j - 1);
    if (d === 46 || d === 44 || d === 59 || d === 58 || d === 33 || d === 63 || d === 39 || d === 0x2019) j--;
    else break;
  }
  return j;
}

function isEmailLocal(c: number): boolean {
  return isAlnum(c) || c === DOT || c === 95 || c === 37 || c === 43 || c === 45;
}

/** local@domain.tld; returns i when there is no address here. */
function scanEmail(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && j - i < 64 && isEmailLocal(text.charCodeAt(j))) j++;
  if (j >= to || text.charCodeAt(j) !== AT || j === i) return i;
  let k = j + 1;
  let lastDot = -1;
  while (k < to) {
    const d = text.charCodeAt(k);
    if (isAlnum(d) || d === 45) k++;
    else if (d === DOT && k + 1 < to && isAlnum(text.charCodeAt(k + 1))) {
      lastDot = k;
      k++;
    } else break;
  }
  if (lastDot < 0 || k - lastDot < 3) return i;
  return k;
}

/**
 * Digits with internal separators followed by digits (3.5, 1,000, 2:30, 10/12/2024), an optional
 * unit suffix (bn, m, th, s, km), and hyphenated continuations (20-year-old).
 */
function scanNumber(text: string, i: number, to: number, out: Token[]): number {
  let j = i;
  if (text.charCodeAt(j) === DOT) j++;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (isDigit(d)) j++;
    else if (isNumberSeparator(d) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  while (j < to && isLetter(text.charCodeAt(j))) j++;
  j = scanHyphenTail(text, j, to);
  out.push({ start: i, end: j, kind: isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === DOT ? 'number' : 'word' });
  return j;
}

/**
 * Continues a token through hyphens that join alphanumerics: Jong-un, well-known, 20-year-old, and
 * number ranges with their separators (2,000-3,000, 6.0-7.5), which CoNLL keeps whole too.
 */
function scanHyphenTail(text: string, j: number, to: number): number {
  while (j + 1 < to && isHyphen(text.charCodeAt(j)) && isAlnum(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (isAlnum(c)) j++;
      else if (isNumberSeparator(c) && isDigit(text.charCodeAt(j - 1)) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j += 2;
      else if (isApostrophe(c) && j + 1 < to && isLetter(text.charCodeAt(j + 1)) && !isCliticAt(text, j, to)) j++;
      else break;
    }
  }
  return j;
}

/** . , : / between digits keep a number whole (3.5, 1,000, 2:30, 10/12/2024). */
function isNumberSeparator(c: number): boolean {
  return c === DOT || c === 44 || c === 58 || c === SLASH;
}

/**
 * Capitals joined by an ampersand (AT&T, S&P, R&D, Q&A) are one name, as CoNLL writes them; so are the
 * same in lower case ("at&t"), as name lists write them. Returns the end of the acronym that starts at
 * i, or j (the end of its first run of letters) when there is none.
 */
function scanAmpersandAcronym(text: string, i: number, j: number, to: number): number {
  if (j >= to || text.charCodeAt(j) !== AMP || j - i > MAX_ACRONYM_PART) return j;
  const sameCase = allOfCase(text, i, j, isUpper) ? isUpper : allOfCase(text, i, j, isLower) ? isLower : undefined;
  if (!sameCase) return j;
  let k = j + 1;
  while (k < to && sameCase(text.charCodeAt(k))) k++;
  if (k === j + 1 || k - j - 1 > MAX_ACRONYM_PART || (k < to && isAlnum(text.charCodeAt(k)))) return j;
  return k;
}

function allOfCase(text: string, i: number, j: number, ofCase: (c: number) => boolean): boolean {
  for (let k = i; k < j; k++) if (!ofCase(text.charCodeAt(k))) return false;
  return true;
}

/** True when the apostrophe at j starts a clitic or possessive ('s, 're, n't handled by the caller). */
function isCliticAt(text: string, j: number, to: number): boolean {
  let k = j + 1;
  while (k < to && isLetter(text.charCodeAt(k))) k++;
  const suffix = text.slice(j + 1, k).toLowerCase();
  return CLITICS.has(suffix) || suffix === 't';
}

function scanWord(text: string, i: number, to: number, out: Token[]): number {
  const dotted = scanDottedAbbreviation(text, i, to);
  if (dotted > i) {
    out.push({ start: i, end: dotted, kind: 'word' });
    return dotted;
  }
  let j = i;
  while (j < to && (isAlnum(text.charCodeAt(j)) || isMark(text.charCodeAt(j)))) j++;
  j = scanAmpersandAcronym(text, i, j, to);
  while (true) {
    const before = j;
    j = scanHyphenTail(text, j, to);
    // apostrophes: O'Brien continues the word; 's, 're, n't are split off
    if (j + 1 < to && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < to && isLetter(text.charCodeAt(k))) k++;
      const suffix = text.slice(j + 1, k).toLowerCase();
      if (suffix === 't' && j - 1 > i && (text.charCodeAt(j - 1) === 110 || text.charCodeAt(j - 1) === 78)) {
        // don't → do + n't ; can't → ca + n't (PTB convention)
        out.push({ start: i, end: j - 1, kind: 'word' });
        out.push({ start: j - 1, end: k, kind: 'word' });
        return k;
      }
      if (CLITICS.has(suffix)) break;
      j = k;
    }
    if (j === before) break;
  }
  // a known abbreviation keeps its period: Gen. Jan. Corp.
  if (j < to && text.charCodeAt(j) === DOT) {
    const word = text.slice(i, j);
    if (isAbbreviation(word) || isInitial(text, i, j)) j++;
  }
  out.push({ start: i, end: j, kind: 'word' });
  return j;
}

/** A single capital letter followed by a period is an initial (J. K. Rowling), not a sentence end. */
function isInitial(text: string, i: number, j: number): boolean {
  return j - i === 1 && isUpper(text.charCodeAt(i));
}

function isMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** U.N., U.S., p.m., e.g.: one or two letters then a period, at least twice. */
function scanDottedAbbreviation(text: string, i: number, to: number): number {
  let j = i;
  let groups = 0;
  while (j < to) {
    let k = j;
    while (k < to && k - j < 2 && isLetter(text.charCodeAt(k))) k++;
    if (k === j || k >= to || text.charCodeAt(k) !== DOT) break;
    if (k < to && k - j === 2 && isLetter(text.charCodeAt(k))) break;
    groups++;
    j = k + 1;
    if (j < to && !isLetter(text.charCodeAt(j))) break;
  }
  if (groups < 2) return i;
  // the groups must not run into further letters (that would be a domain or a word)
  if (j < to && isLetter(text.charCodeAt(j))) return i;
  // "e.g." and "U.S." qualify; "a.b.c" without final period was rejected above
  return j;
}

/** 's / 're / 've etc. at a token start, after a word that was split off. */
function scanLeadingClitic(text: string, i: number, to: number): number {
  if (i === 0 || !isAlnum(text.charCodeAt(i - 1))) return i;
  let k = i + 1;
  while (k < to && isLetter(text.charCodeAt(k))) k++;
  const suffix = text.slice(i + 1, k).toLowerCase();
  if (CLITICS.has(suffix) && (k >= to || !isAlnum(text.charCodeAt(k)))) return k;
  return i;
}

