/**
 * Paragraphs and sentences over the token stream.
 *
 * Paragraphs are blocks separated by blank lines (whitespace-only lines count as blank); a text with
 * no blank line at all but several lines is read as one paragraph per line.
 * Sentences never cross a paragraph. Inside one, a sentence ends at . ! ? … (plus any closing quotes
 * and brackets) unless the next word is lowercase ("Ready?" he asked), and after an abbreviation only
 * when the next word is a typical sentence opener ("U.S. The …" splits, "U.N. Charter" does not). A short line
 * of its own inside a block (a byline or credit above a lead, `shortLineEnds`) ends a sentence too.
 */
import type { Paragraph, Sentence, Token } from '../../doc/schemas/text.js';
import { isLower, isSpace, isUpper } from './chars.js';
import { quoteRole } from './quotes.js';
import { OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

const BLANK_LINE = /\n[ \t\u00a0\u3000\r\f\v]*\n/g;

export function splitParagraphs(text: string): Paragraph[] {
  const blocks: Paragraph[] = [];
  const hasBlank = /\n[ \t\u00a0\u3000\r\f\v]*\n/.test(text);
  const sep = hasBlank ? BLANK_LINE : /\n/g;
  sep.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(text)) !== null) {
    pushTrimmed(text, from, m.index, blocks);
    from = m.index + m[0].length;
    // a run of several blank lines: keep consuming
    if (sep === BLANK_LINE) sep.lastIndex = from - 1;
  }
  pushTrimmed(text, from, text.length, blocks);
  return blocks;
}

function pushTrimmed(text: string, start: number, end: number, out: Paragraph[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

const TERMINALS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
/** A day of the month in digits (German and other languages write it as an ordinal with a stop: "1. April"). */
const ORDINAL_DAY = /^(?:[1-9]|[12]\d|3[01])$/;
/** Month names that follow a day's ordinal stop, in German and the other languages that write one (with abbreviations). */
const MONTH_NAME = /^(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|January|February|March|May|June|July|October|December)\.?$/;

export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  let t = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    while (t < tokens.length && tokens[t]!.start < para.start) t++;
    const first = t;
    let last = t;
    while (last < tokens.length && tokens[last]!.end <= para.end) last++;
    let sentStart = first;
    for (let i = first; i < last; i++) {
      const end = i + 1 < last && shortLineEnds(text, tokens, i, para.start) ? i : sentenceEndAfter(text, tokens, i, last);
      if (end === -1) continue;
      out.push(makeSentence(tokens, sentStart, end + 1, p));
      sentStart = end + 1;
      i = end;
    }
    if (sentStart < last) out.push(makeSentence(tokens, sentStart, last, p));
    t = last;
  }
  return out;
}

/** A line this short with no end punctuation, before a line break, is a line of its own: a byline, a credit, a label. */
const SHORT_LINE = 40;
/** Words a line cannot end on and be complete: articles, prepositions, conjunctions, auxiliaries, saying verbs. */
const LINE_CONTINUES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'that', 'as', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'said', 'told', 'his', 'her', 'their', 'its', 'our',
]);

/**
 * Whether token i ends a short line of its own inside a paragraph: the page furniture and bylines that plain text keeps
 * one per line above a lead ("Meridian Wire staff", "2 Min Read", "photo credit: Meridian Wire", then "DA NANG, Vietnam,
 * Jan 14 (Meridian) - …"). The line is at most SHORT_LINE characters, ends in no punctuation, and the next line opens
 * with a capital or a digit; a line wrapped inside a sentence is longer, or its next line opens in lower case.
 */
function shortLineEnds(text: string, tokens: readonly Token[], i: number, paraStart: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1]!;
  const gap = text.slice(tok.end, next.start);
  if (!gap.includes('\n')) return false;
  const lineStart = Math.max(paraStart, text.lastIndexOf('\n', tok.start) + 1);
  if (tok.end - lineStart > SHORT_LINE) return false;
  const lastChar = text[tok.end - 1]!;
  if (/[.,;:!?…\-–—(]/.test(lastChar)) return false;
  // a line wrapped inside a sentence often ends on a word that needs what follows ("the talks with")
  if (LINE_CONTINUES.has(text.slice(tok.start, tok.end).toLowerCase())) return false;
  const c = text.charCodeAt(next.start);
  return isUpper(c) || (c >= 48 && c <= 57);
}

function makeSentence(tokens: readonly Token[], from: number, to: number, paragraph: number): Sentence {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end, paragraph, tokenStart: from, tokenEnd: to };
}

/**
 * If token i ends a sentence, returns the index of the sentence's last token (after absorbing closing
 * quotes and brackets); otherwise -1.
 */
function sentenceEndAfter(text: string, tokens: readonly Token[], i: number, last: number): number {
  const tok = tokens[i]!;
  const s = text.slice(tok.start, tok.end);
  let abbreviation = false;
  if (!TERMINALS.has(s)) {
    if (tok.kind !== 'word' || !s.endsWith('.') || s.length < 2) return -1;
    const bare = s.slice(0, -1);
    if (TITLE_ABBREVIATIONS.has(bare) || (bare.length === 1 && isUpper(bare.charCodeAt(0)))) return -1;
    if (!OTHER_ABBREVIATIONS.has(bare) && !bare.includes('.')) return -1;
    abbreviation = true;
  }
  let end = i;
  // absorb further terminals and closing quotes/brackets glued to the end: `future.”` `(sic.)`
  while (end + 1 < last) {
    const nx = tokens[end + 1]!;
    const ns = text.slice(nx.start, nx.end);
    const glued = nx.start === tokens[end]!.end;
    if (TERMINALS.has(ns) && glued) end++;
    else if (nx.kind === 'quote' && glued && isClosingQuote(text, nx)) end++;
    else if ((ns === ')' || ns === ']') && glued) end++;
    else break;
  }
  if (end + 1 >= last) return end;
  const next = tokens[end + 1]!;
  // no space after the stop: a sentence end only where copy lost the space between a word and a capitalised
  // word ("the visit.He said"); "window.location", "ASP.NET", "U.S.Navy" and "Mr.Smith" do not end one
  if (next.start === tokens[end]!.end && next.kind !== 'quote' && next.kind !== 'punct' && !lostSpace(text, tokens, i, next, abbreviation)) return -1;
  const nc = text.charCodeAt(next.start);
  if (abbreviation) {
    const ns = text.slice(next.start, next.end);
    if (SENTENCE_STARTERS.has(ns)) return end;
    if (next.kind === 'quote' && !isClosingQuote(text, next)) return end;
    return -1;
  }
  if (isLower(nc)) return -1; // "Ready?" he asked. / "etc. and"
  // "am 1. April", "le 1. Mai", "den 3. Oktober": a day's ordinal stop before a month name is no sentence end
  if (s === '.' && ORDINAL_DAY.test(text.slice(tokens[i - 1]?.start ?? tok.start, tok.start)) && tokens[i - 1]?.end === tok.start && MONTH_NAME.test(text.slice(next.start, next.end))) return -1;
  if (next.kind === 'punct' && /^[,;:)\]]$/.test(text.slice(next.start, next.end))) return -1;
  // "Mr. ... 3.5 per cent." then a number starts a new sentence; anything else capitalised or quoted does
  return end;
}

/**
 * "Monday.He", "deal.Both": a stop between a word of two or more characters ending in a lowercase letter or a
 * digit, and a word that opens with a capital followed by a lowercase letter.
 */
function lostSpace(text: string, tokens: readonly Token[], stop: number, next: Token, abbreviation: boolean): boolean {
  if (abbreviation || next.kind !== 'word' || !UPPER_LOWER.test(text.slice(next.start, next.start + 2))) return false;
  const prev = tokens[stop - 1];
  if (!prev || prev.kind !== 'word' || prev.end !== tokens[stop]!.start || prev.end - prev.start < 2) return false;
  return /[\p{Ll}\d]/u.test(text[prev.end - 1]!);
}

function isClosingQuote(text: string, tok: Token): boolean {
  const role = quoteRole(text.charCodeAt(tok.start));
  if (role === 'close') return true;
  if (role === 'open') return false;
  // straight quotes and ’: closing when glued to the previous token and followed by space or end
  const after = tok.end < text.length ? text.charCodeAt(tok.end) : 32;
  const before = tok.start > 0 ? text.charCodeAt(tok.start - 1) : 32;
  return !isSpace(before) && (isSpace(after) || after === 44 || after === 46 || after === 41);
}
