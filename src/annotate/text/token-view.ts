/**
 * The one token view the rule-based annotators read, built once per document from the tokens and
 * sentences layers: lower-cased forms (’ read as '), the sentence and paragraph of each token, line
 * breaks, and quote regions (double quotation marks, curly or straight, paired within a paragraph;
 * an unclosed quote runs to the paragraph's end, the convention for quotes that continue in the next
 * paragraph). Attribution reads it token by token; events read it sentence by sentence, as words
 * with the quote marks dropped (so `was “willing” to` reads as `was willing to`).
 */
import type { Doc } from '../../doc/doc.js';
import { layer } from '../../doc/doc.js';
import type { Sentence, Token } from './schema.js';
import { isQuoteMark, quotationMarks } from './quotes.js';

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
  /** The tokens layer the view was built from. */
  readonly tokens: readonly Token[];
  readonly n: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Lower-cased token text, ’ read as '. */
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

/** A token of a sentence view: every token but the quote marks. */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly punct: boolean;
}

export interface SentenceView {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
  /** The sentence ends in a question mark. */
  readonly question: boolean;
}

const OPEN = quotationMarks('open');
const CLOSE = quotationMarks('close');
/** The closer a mistyped opener stands for ("…,“ said X"). */
const CLOSER = '\u201d';
const STRAIGHT = '"';

/** Lower case, with the typographic apostrophe read as the ASCII one ("putin’s" → "putin's"). */
export function lowerWord(s: string): string {
  const l = s.toLowerCase();
  return l.includes('\u2019') ? l.replace(/\u2019/g, "'") : l;
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
    low[i] = lowerWord(text.slice(t.start, t.end));
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
  return { text, tokens, n, start, end, low, sent, quote, regions, lineBreakBefore, sentences, paragraphOf };
}

/**
 * The view of a document's tokens and sentences layers. Layers are frozen, so the view is built once
 * per tokens layer and shared by every annotator that asks for it.
 */
const views = new WeakMap<readonly Token[], TokenView>();

export function tokenView(doc: Doc): TokenView {
  const tokens = layer(doc, 'tokens');
  const sentences = layer(doc, 'sentences');
  const cached = views.get(tokens);
  if (cached && cached.sentences === sentences && cached.text === doc.text) return cached;
  const v = buildView(doc.text, tokens, sentences);
  views.set(tokens, v);
  return v;
}

/** Sentence views per token view: the events and quantities annotators both read them. */
const sentenceViewsOf = new WeakMap<TokenView, readonly SentenceView[]>();

/** One view per sentence: its words, without the quote marks. Built once per token view (shared: read only). */
export function sentenceViews(doc: Doc): readonly SentenceView[] {
  const v = tokenView(doc);
  let out = sentenceViewsOf.get(v);
  if (!out) {
    out = buildSentenceViews(v);
    sentenceViewsOf.set(v, out);
  }
  return out;
}

function buildSentenceViews(v: TokenView): SentenceView[] {
  const out: SentenceView[] = [];
  v.sentences.forEach((s, index) => {
    const words: Word[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd && t < v.n; t++) {
      const tok = v.tokens[t]!;
      if (tok.kind === 'quote') continue;
      words.push({
        text: v.text.slice(tok.start, tok.end),
        lower: v.low[t]!,
        start: tok.start,
        end: tok.end,
        punct: tok.kind === 'punct' || tok.kind === 'symbol',
      });
    }
    const last = words[words.length - 1];
    out.push({ index, start: s.start, end: s.end, words, question: last?.lower === '?' });
  });
  return out;
}

/** Index of the word that contains (or first follows) a character offset, by binary search. */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
    // '' and `` (two-apostrophe quotes) act as straight double quotes.
    if (w.length === 2 && isQuoteMark(w)) w = STRAIGHT;
    if ((w === "'" || w === '`') && low[i + 1] === w && i + 1 < n) {
      w = STRAIGHT;
      low2[i] = 1;
    }
    if (low2[i - 1] === 1) continue;
    // A curly opener right after clause punctuation, with a quote open, is a mistyped closer (“…,“ said X).
    if (OPEN.has(w) && open >= 0 && i > open + 1 && [',', '.', '?', '!'].includes(low[i - 1]!)) w = CLOSER;
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
