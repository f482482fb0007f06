/**
 * The one table of quote characters. Every annotator that asks "is this a quote, does it open or
 * close, is it a quotation mark around speech" asks here: the tokenizer (a quote is a token of its
 * own), the sentence splitter (a closing quote stays with its sentence), the token view (quote
 * regions), events (quotes are not words), entities (typographic quotes read as CoNLL's ASCII ones)
 * and time (an opening quote before a capital is a sentence start).
 */

/** Whether a mark can only open a quotation, only close one, or either (straight quotes, ’). */
export type QuoteRole = 'open' | 'close' | 'either';

export interface QuoteMark {
  readonly char: string;
  readonly role: QuoteRole;
  /**
   * A double quotation mark: what English news puts around speech. Single marks are quotes inside
   * quotes, and ' and ’ are also apostrophes, so only double marks delimit attributed quotations.
   */
  readonly double: boolean;
}

export const QUOTE_MARKS: readonly QuoteMark[] = [
  { char: '"', role: 'either', double: true },
  { char: '\u201c', role: 'open', double: true }, // “
  { char: '\u201d', role: 'close', double: true }, // ”
  { char: '\u201e', role: 'open', double: true }, // „ (German, Polish)
  { char: '\u201f', role: 'open', double: true }, // ‟
  { char: '\u00ab', role: 'open', double: true }, // «
  { char: '\u00bb', role: 'close', double: true }, // »
  { char: "'", role: 'either', double: false }, // also the apostrophe
  { char: '`', role: 'either', double: false }, // `` is the ASCII rendering of “
  { char: '\u2018', role: 'open', double: false }, // ‘
  { char: '\u2019', role: 'either', double: false }, // ’ closes, and is also the apostrophe
  { char: '\u201a', role: 'open', double: false }, // ‚
  { char: '\u201b', role: 'either', double: false }, // ‛
  { char: '\u2039', role: 'open', double: false }, // ‹
  { char: '\u203a', role: 'close', double: false }, // ›
  { char: '\u300c', role: 'open', double: false }, // 「
  { char: '\u300d', role: 'close', double: false }, // 」
];

const BY_CODE = new Map<number, QuoteMark>(QUOTE_MARKS.map((q) => [q.char.charCodeAt(0), q]));

/** Is this character code a quote of any kind? */
export function isQuote(c: number): boolean {
  return BY_CODE.has(c);
}

/** The role of a quote character, or undefined for any other character. */
export function quoteRole(c: number): QuoteRole | undefined {
  return BY_CODE.get(c)?.role;
}

/** The two-character ASCII renderings of double quotes that the tokenizer keeps as one token. */
const ASCII_DOUBLES = new Set(["''", '``']);

/**
 * Is a token a double quotation mark (the kind that delimits speech)? Takes the token's text, so the
 * ASCII pairs '' and `` count as one mark.
 */
export function isQuoteMark(s: string): boolean {
  if (s.length === 2) return ASCII_DOUBLES.has(s);
  const q = s.length === 1 ? BY_CODE.get(s.charCodeAt(0)) : undefined;
  return !!q && q.double;
}

/** Double quotation marks of one role: the marks that open ('open') or close ('close') a quotation. */
export function quotationMarks(role: 'open' | 'close'): ReadonlySet<string> {
  return new Set(QUOTE_MARKS.filter((q) => q.double && q.role === role).map((q) => q.char));
}

/** A regex character-class body (no brackets) matching exactly these marks. */
export function quoteCharClass(marks: readonly QuoteMark[]): string {
  return marks.map((q) => (q.char === '"' ? '"' : `\\u${q.char.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('');
}

/**
 * A regex character-class body (no brackets) of the double quotation marks that can open (or close)
 * a quotation, straight ones included: for rules that look at raw text around a match.
 */
export function quotationClass(side: 'open' | 'close'): string {
  const other = side === 'open' ? 'close' : 'open';
  return quoteCharClass(QUOTE_MARKS.filter((q) => q.double && q.role !== other));
}

/** Typographic quotes as their ASCII forms (“ → ", ’ → '), other characters unchanged. */
export function asciiQuote(ch: string): string {
  const q = ch.length === 1 ? BY_CODE.get(ch.charCodeAt(0)) : undefined;
  return q ? (q.double ? '"' : "'") : ch;
}
