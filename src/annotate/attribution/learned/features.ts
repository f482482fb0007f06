/**
 * Features of the learned cue detector: whether a word the lexicon does not hold ("railed", "pleaded",
 * "know all about") opens a report here. The word, its suffix and its neighbours, and the shape of the
 * clause around it (a "that" or "to" after it, a person or pronoun before it, a quote nearby).
 */
import { CUE_MODIFIERS, CUE_VERBS, DETERMINERS, PRONOUNS, SOURCE_STOP } from '../lexicon.js';
import { CLAUSE_PUNCT, END_PUNCT, isCapitalized, isLyAdverb } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const LOWER_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;

/** Function words that never head a cue on their own; they join a cue only next to a content word. */
const FUNCTION_WORDS = new Set(
  `the a an and or but of to in on at for with by from as is was are were be been being has have had do does did
   will would can could should may might must not n't that this these those it its he she they we i you his her
   their our my your who which what when where why how there here than then so if also just about into over
   after before up out more most very some any all no one two new 's said says against under toward towards behind
   among within without despite nothing something everything`.split(/\s+/),
);

/**
 * Whether the token at i is a word the detector is asked about: a lower-case word outside quotes that the
 * lexicon does not hold, or holds only as a weak form ("plans", "support") that needs context to report.
 */
export function isDetectorCandidate(v: TokenView, i: number): boolean {
  const w = v.low[i]!;
  if (v.quote[i] !== -1 || w.length < 3 || (FUNCTION_WORDS.has(w) && !CUE_VERBS.has(w)) || SOURCE_STOP.has(w)) return false;
  // Adverbs and auxiliaries join a cue next to its verb ("has long argued", "increasingly signaled"); they head none.
  if (CUE_MODIFIERS.has(w) || isLyAdverb(w)) return false;
  if (!LOWER_WORD.test(w)) return false;
  // A capitalised word mid-sentence is a name; at the sentence start it is an ordinary word.
  return !isCapitalized(v, i) || v.sentences[v.sent[i]!]!.tokenStart === i;
}

function shape(v: TokenView, k: number): string {
  if (k < 0 || k >= v.n) return '<none>';
  const w = v.low[k]!;
  if (v.quote[k] !== -1 && (w === '"' || w === '\u201c' || w === '\u201d')) return 'Q';
  if (END_PUNCT.has(w)) return '.';
  if (CLAUSE_PUNCT.has(w)) return ',';
  if (PRONOUNS.has(w)) return 'PRON';
  if (DETERMINERS.has(w)) return 'DET';
  if (isCapitalized(v, k)) return 'CAP';
  if (CUE_VERBS.has(w)) return 'CUEV';
  if (/^\d/.test(w)) return 'NUM';
  return 'w';
}

function strongCueOutsideQuote(v: TokenView, k: number): boolean {
  const e = CUE_VERBS.get(v.low[k]!);
  return e !== undefined && !e.weak && v.quote[k] === -1;
}

interface SentenceFacts {
  /** Per sentence: tokens inside quotes, and strong lexicon cue forms outside them. */
  readonly quotes: Int32Array;
  readonly cues: Int32Array;
}

const FACTS = new WeakMap<TokenView, SentenceFacts>();

/** Counted once per document, so a token's features do not rescan its sentence. */
function sentenceFacts(v: TokenView): SentenceFacts {
  let f = FACTS.get(v);
  if (f) return f;
  const quotes = new Int32Array(v.sentences.length);
  const cues = new Int32Array(v.sentences.length);
  for (let k = 0; k < v.n; k++) {
    if (v.quote[k] !== -1) quotes[v.sent[k]!]!++;
    if (strongCueOutsideQuote(v, k)) cues[v.sent[k]!]!++;
  }
  f = { quotes, cues };
  FACTS.set(v, f);
  return f;
}

/** A crude stem that joins a verb's inflections ("rail", "rails", "railed", "railing"). */
function stemOf(w: string): string {
  return w.replace(/(ing|ed|es|s)$/, '');
}

/**
 * Receives one feature: its family ("w", "p1", "w+n1", …) and its one to three parts, which the feature's
 * string joins with spaces ("w+n1=said that"); `bias` has none.
 */
export type FeatureVisitor = (family: string, a?: string, b?: string, c?: string) => void;

/**
 * The features of the token at i (the caller checked isDetectorCandidate), family and parts apart, in a
 * fixed order: the scorer looks each up without building the joined string, and sums in this order.
 */
export function visitCueFeatures(v: TokenView, i: number, visit: FeatureVisitor): void {
  const w = v.low[i]!;
  const p1 = v.low[i - 1] ?? '<s>';
  const p2 = v.low[i - 2] ?? '<s>';
  const n1 = v.low[i + 1] ?? '</s>';
  const n2 = v.low[i + 2] ?? '</s>';
  const sp1 = shape(v, i - 1);
  const sn1 = shape(v, i + 1);
  const s3 = w.slice(-3);
  const stem = stemOf(w);
  const sent = v.sentences[v.sent[i]!]!;
  const facts = sentenceFacts(v);
  const quoteInSentence = String(facts.quotes[v.sent[i]!]! > 0);
  const cueInSentence = String(facts.cues[v.sent[i]!]! - (strongCueOutsideQuote(v, i) ? 1 : 0) > 0);
  visit('bias');
  visit('w', w);
  visit('s3', s3);
  visit('s2', w.slice(-2));
  visit('p1', p1);
  visit('n1', n1);
  visit('p2', p2);
  visit('n2', n2);
  visit('w+n1', w, n1);
  visit('p1+w', p1, w);
  visit('sp1', sp1);
  visit('sn1', sn1);
  visit('sp1+sn1', sp1, sn1);
  visit('s3+sn1', s3, sn1);
  visit('s3+n1', s3, n1);
  visit('first', String(i === sent.tokenStart));
  visit('q', quoteInSentence);
  visit('cue', cueInSentence);
  visit('w+cue', w, cueInSentence);
  visit('stem', stem);
  visit('stem+n1', stem, n1);
  visit('stem+sp1', stem, sp1);
  visit('p1+w+n1', p1, w, n1);
}

/** The string of one feature, as the trainer and the model file spell it ("bias", "w=said", "w+n1=said that"). */
export function featureString(family: string, a?: string, b?: string, c?: string): string {
  if (a === undefined) return family;
  if (b === undefined) return `${family}=${a}`;
  return c === undefined ? `${family}=${a} ${b}` : `${family}=${a} ${b} ${c}`;
}

/** The feature strings of the token at i ("family=value", or "bias"), as the trainer and the model file spell them. */
export function cueFeatures(v: TokenView, i: number): string[] {
  const out: string[] = [];
  visitCueFeatures(v, i, (family, a, b, c) => out.push(featureString(family, a, b, c)));
  return out;
}
