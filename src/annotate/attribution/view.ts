/**
 * A flat, typed-array view of the tokens the rules read: lower-cased forms, sentence and paragraph of each
 * token, and quote regions (curly or straight, paired within a paragraph; an unclosed quote runs to the
 * paragraph's end, the convention for quotes that continue in the next paragraph).
 */
import type { Sentence, Token } from '../text/schema.js';

export interface QuoteRegion {
  /** Token index of the opening mark (or of the paragraph's first token when the opener is missing). */
  readonly open: number;
  /** Token index of the closing mark (or of the paragraph's last token when unclosed). */
  readonly close: number;
  readonly openMark: boolean;
  readonly closeMark: boolean;
}

export interface TokenView {
  readonly text: string;
  readonly n: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly low: readonly string[];
  /** Sentence index of each token. */
  readonly sent: Int32Array;
  /** Quote region index of each token, -1 outside quotes. The marks themselves belong to the region. */
  readonly quote: Int32Array;
  readonly regions: readonly QuoteRegion[];
  /** 1 where a line break separates a token from the one before it. */
  readonly lineBreakBefore: Uint8Array;
  readonly sentences: readonly Sentence[];
  readonly paragraphOf: (tok: number) => number;
}

const OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE = new Set(['\u201d', '\u00bb']);
const STRAIGHT = '"';

export function isQuoteMark(s: string): boolean {
  return s === STRAIGHT || OPEN.has(s) || CLOSE.has(s) || s === '\u201f' || s === "''" || s === '``';
}

export function buildView(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): TokenView {
  const n = tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const low: string[] = new Array<string>(n);
  const sent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    start[i] = t.start;
    end[i] = t.end;
    low[i] = text.slice(t.start, t.end).toLowerCase().replace(/\u2019/g, "'");
  }
  const lineBreakBefore = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    for (let c = end[i - 1]!; c < start[i]!; c++) {
      if (text.charCodeAt(c) === 10) {
        lineBreakBefore[i] = 1;
        break;
      }
    }
  }
  const paraOfSent = new Int32Array(sentences.length);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    paraOfSent[k] = s.paragraph;
    for (let i = s.tokenStart; i < s.tokenEnd && i < n; i++) sent[i] = k;
  }
  // Tokens outside every sentence (should not happen) take their predecessor's sentence.
  for (let i = 0; i < n; i++) if (sent[i] === -1) sent[i] = i > 0 ? sent[i - 1]! : 0;
  const paragraphOf = (tok: number): number => (sentences.length ? paraOfSent[sent[tok]!]! : 0);
  const { quote, regions } = findQuotes(low, n, paragraphOf);
  return { text, n, start, end, low, sent, quote, regions, lineBreakBefore, sentences, paragraphOf };
}

function findQuotes(
  low: readonly string[],
  n: number,
  paragraphOf: (tok: number) => number,
): { quote: Int32Array; regions: QuoteRegion[] } {
  const quote = new Int32Array(n).fill(-1);
  const regions: QuoteRegion[] = [];
  let open = -1;
  let paraStart = 0;
  const low2 = new Uint8Array(n + 1);
  const push = (o: number, c: number, om: boolean, cm: boolean): void => {
    if (c < o) return;
    const idx = regions.length;
    regions.push({ open: o, close: c, openMark: om, closeMark: cm });
    for (let k = o; k <= c; k++) quote[k] = idx;
  };
  for (let i = 0; i < n; i++) {
    if (i > 0 && paragraphOf(i) !== paragraphOf(i - 1)) {
      if (open >= 0) push(open, i - 1, true, false);
      open = -1;
      paraStart = i;
    }
    let w = low[i]!;
    if (w === "''" || w === '``') w = STRAIGHT;
    // '' and `` (two-apostrophe quotes) act as straight double quotes.
    if ((w === "'" || w === '`') && low[i + 1] === w && i + 1 < n) {
      w = STRAIGHT;
      low2[i] = 1;
    }
    if (low2[i - 1] === 1) continue;
    // A curly opener right after clause punctuation, with a quote open, is a mistyped closer (“…,“ said X).
    if (OPEN.has(w) && open >= 0 && i > open + 1 && [',', '.', '?', '!'].includes(low[i - 1]!)) w = '\u201d';
    if (OPEN.has(w)) {
      if (open < 0) open = i;
    } else if (CLOSE.has(w)) {
      if (open >= 0) push(open, i, true, true);
      // A closer with no opener in this paragraph: the quote began in an earlier paragraph.
      else if (i > paraStart) push(paraStart, i, false, true);
      open = -1;
    } else if (w === STRAIGHT) {
      if (open < 0) open = i;
      else {
        push(open, i, true, true);
        open = -1;
      }
    }
  }
  if (open >= 0) push(open, n - 1, true, false);
  return { quote, regions };
}
