/**
 * The noun-phrase chunker the parsers use to find sources and subjects without a parse: the phrase that
 * ends at a token (scanning back to a clause boundary or a stop word), the phrase after an inverted cue,
 * appositives between commas, and the subject at the start of a clause.
 */
import { CUE_VERBS, DETERMINERS, PRONOUNS, SOURCE_STOP } from './lexicon.js';
import type { TokRange } from './candidate.js';
import { CLAUSE_PUNCT, END_PUNCT, LEADING_JUNK, closingBracket, isCapitalized, isNameModal, isStrongVerb } from './tokens.js';
import type { TokenView } from '../text/token-view.js';
import { STARTS_LETTER } from '../../util/letter-tests.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const LETTERS_ED = /^\p{L}+ed$/u;

/** Longest source we accept, in tokens; longer scans are clauses, not noun phrases. */
const MAX_SOURCE = 14;
/** Longest appositive between commas ("Jung Pak, U.S. senior official for North Korea, said"). */
export const MAX_APPOSITIVE = 22;
/**
 * Longest appositive that closes the sentence after an inverted cue ("said John Podesta, a chief of staff to
 * President Bill Clinton whom Mr. Obama recruited to lead his climate efforts in his second term."): chosen on
 * PolNeAR dev (22: source token F1 0.7378, 30: 0.7422, 40: 0.7415).
 */
const MAX_CLOSING_APPOSITIVE = 30;
/** Openers of a fronted adverbial clause, which the subject follows after a comma. */
export const FRONTED = new Set(
  'after before when while although though despite since because if as in on at during for with speaking addressing asked unlike like following amid given once under over among through throughout without by from to'.split(' '),
);
/** Frequent finite verbs, which end a subject. */
export const COMMON_VERBS = new Set(
  'is was are were has have had began begins did does do will would can could may might must rubbed made makes took takes went goes got gets came comes gave gives held holds met meets ran runs won wins lost left'.split(' '),
);
/** Adverbs set off by commas after a fronted adverbial, before the subject. */
const SENTENCE_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'moreover', 'nonetheless', 'nevertheless', 'indeed', 'still']);
/** Numbers and quantifiers that open a subject. */
const NUMBER_OPENERS = new Set('two three four five six seven eight nine ten dozens hundreds thousands several many some most both few'.split(' '));
/** Units of time after a number: "three months", "eight years ago" are no subject. */
const PERIOD_WORDS = new Set('seconds minutes hours days weeks months years decades times'.split(' '));
/** Longest fronted adverbial we skip to find a subject. */
const MAX_FRONTED = 12;
/** Longest determiner-led subject we take without a parse ("the New Jersey governor"). */
const MAX_SUBJECT = 6;
const PARENTHETICAL_OPENERS = new Set(
  'however meanwhile though too also instead moreover nonetheless nevertheless for in on at during after before like unlike then now in turn indeed'.split(' '),
);
/** Comma-separated appositives we follow back to the name: "Clinton, 35, the daughter of …, said". */
const MAX_APPOSITIVES = 3;
/** "About four in 10 voters", "nearly half": approximators inside a quantity. */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'over', 'under']);
/** "Aides to Clinton", "an adviser to the president": role nouns that take "to". */
const ROLE_NOUNS = new Set('aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson ambassador envoy assistant assistants counselor successor heir close allies ally'.split(' '));
/** Prepositions that open an adjunct, not an appositive, after a name and its comma ("said O'Neill, on his first day"). */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'as']);
/** Words a "no" or "not" before them turns into a negated speaker ("no one", "not everyone"). */
const NEGATED_QUANTIFIERS = new Set(['one', 'everyone', 'everybody', 'all', 'many']);
const NP_PREPOSITIONS = new Set(['at', 'from', 'in', 'with', 'on', 'by', 'to', 'for', 'about', 'through', 'around']);
/** Comparatives before "than" in a quantity ("more than half of voters"). */
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
/** Quantifiers that open a noun phrase after a preposition inside a source, as a determiner does ("in both parties"). */
const PHRASE_QUANTIFIERS = new Set(['all', 'both', 'each', 'every', 'most', 'many', 'several']);

/** Fractions after "a" in a quantity ("less than a third"). */
const FRACTIONS = new Set(['half', 'third', 'quarter', 'fifth', 'dozen', 'majority']);

/** A figure opens at k: a number, a number word or a fraction ("4 in 10", "half of", "a third"), not a clause ("than the office had predicted"). */
function quantityAt(v: TokenView, k: number): boolean {
  const w = v.low[k] ?? '';
  return /^\d/.test(w) || NUMBER_OPENERS.has(w) || FRACTIONS.has(w) || (w === 'a' && FRACTIONS.has(v.low[k + 1] ?? ''));
}

/** A token that can end a noun phrase: a capitalized word or a lower-case word that is not a function word. */
function isNounish(v: TokenView, k: number): boolean {
  const w = v.low[k];
  if (w === undefined || SOURCE_STOP.has(w) || DETERMINERS.has(w) || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w)) return false;
  return STARTS_LETTER.test(w) && !/(ed|ing|ly)$/.test(w);
}

/** "a poll released in …", "research conducted by …": a participle after a noun, before a preposition. */
function reducedRelative(v: TokenView, k: number, ss: number): boolean {
  return k - 1 >= ss && !isCapitalized(v, k) && LETTERS_ED.test(v.low[k]!) && !CUE_VERBS.has(v.low[k]!) && isNounish(v, k - 1);
}

/** The noun phrase that ends at token j, scanning backwards until a clause boundary or a stop word. */
export function npEndingAt(v: TokenView, j: number, ss: number): TokRange | null {
  let s = j + 1;
  for (let k = j; k >= ss && j - k < MAX_SOURCE; k--) {
    const w = v.low[k]!;
    if (w === ')') {
      // "Sen. Lindsey Graham (R-SC)": a parenthesis inside the name.
      let o = k - 1;
      while (o >= ss && k - o <= 6 && v.low[o] !== '(') o--;
      if (o >= ss && v.low[o] === '(' && o > ss) {
        s = o;
        k = o;
        continue;
      }
      break;
    }
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w)) break;
    // "Six in 10", "4 in 10": a proportion, not a preposition.
    const nextTok = v.low[k + 1] ?? '';
    const insideNp =
      ((w === 'in' || APPROXIMATORS.has(w)) && /^\d|^(one|two|three|four|five|six|seven|eight|nine|half)$/.test(nextTok)) ||
      (w === 'to' && ROLE_NOUNS.has(v.low[k - 1] ?? '')) ||
      (w === 'like' && v.low[k - 1] !== undefined && /s$/.test(v.low[k - 1]!)) ||
      // "more than 4 in 10", "Fewer than 15 percent of Republicans": a comparative quantity is one phrase
      (w === 'than' && COMPARATIVES.has(v.low[k - 1] ?? '') && quantityAt(v, k + 1)) ||
      // "critics in both parties", "majorities in all five", "Governors in more than two dozen states"
      (NP_PREPOSITIONS.has(w) && k > ss && k < j && (PHRASE_QUANTIFIERS.has(nextTok) || COMPARATIVES.has(nextTok)) && isNounish(v, k - 1)) ||
      // "a professor at Harvard", "an official from the ministry", "a report in the Times"
      (NP_PREPOSITIONS.has(w) && k > ss && k < j && (isCapitalized(v, k + 1) || DETERMINERS.has(nextTok)) && (isNounish(v, k - 1) || reducedRelative(v, k - 1, ss)));
    if (SOURCE_STOP.has(w) && !insideNp && !isNameModal(v, k, ss)) break;
    if ((w === 'and' || w === '&') && !(isCapitalized(v, k - 1) || v.low[k + 1] === 'its' || v.low[k + 1] === 'their' || v.low[k + 1] === 'other' || v.low[k + 1] === 'some')) break;
    if (CUE_VERBS.has(w) && !CUE_VERBS.get(w)!.weak) break;
    s = k;
    if (PRONOUNS.has(w) && k === j) break;
  }
  if (s > j) return null;
  // A scan that runs into the sentence start over lower-case words is usually a clause; keep its tail.
  return withNegation(v, { s, e: j }, ss);
}

/** Longest lower-case owner before a possessive, its determiner included ("the Indiana national committeeman"). */
const MAX_OWNER = 5;

/**
 * The owner ending at token e, right before a possessive "'s": a name's capitalised words with their determiner
 * ("checked Donald Trump's claim", "the NRA's opposition"), else the phrase from its determiner ("to address the
 * judge's concern"). The subject scan alone runs back over the verb that governs the phrase ("cheered Clinton's").
 */
export function possessorEndingAt(v: TokenView, e: number, ss: number): TokRange | null {
  const np = npEndingAt(v, e, ss);
  if (!np) return null;
  let s = e;
  if (isCapitalized(v, s)) {
    while (s - 1 >= np.s && isCapitalized(v, s - 1)) s--;
    if (s - 1 >= np.s && DETERMINERS.has(v.low[s - 1]!)) s--;
    return { s, e };
  }
  for (let k = e - 1; k >= np.s && e - k < MAX_OWNER; k--) if (DETERMINERS.has(v.low[k]!)) return { s: k, e };
  return np;
}

/** "no one", "not everyone": a negation before a quantifier is part of who speaks. */
export function withNegation(v: TokenView, r: TokRange, ss: number): TokRange {
  return r.s - 1 >= ss && (v.low[r.s - 1] === 'no' || v.low[r.s - 1] === 'not') && NEGATED_QUANTIFIERS.has(v.low[r.s]!) ? { s: r.s - 1, e: r.e } : r;
}

/** A noun phrase after an inverted cue ("said Peskov, the Kremlin spokesman"). */
export function npAfter(v: TokenView, from: number, se: number): TokRange | null {
  let j = from;
  // Tokens of a bracketed tag, which do not count toward the length.
  let tag = 0;
  while (j <= se && v.quote[j] === -1 && !END_PUNCT.has(v.low[j]!) && v.low[j] !== ';' && v.low[j] !== 'that' && j - from - tag < MAX_SOURCE) {
    if (v.low[j] === '(' && j > from) {
      // "said Sen. Marco Rubio (R-Fla.), …": a party tag belongs to the name, stops and all.
      const close = closingBracket(v, j, se);
      if (close === -1) break;
      tag += close + 1 - j;
      j = close + 1;
      continue;
    }
    if (v.low[j] === ',' && !isCapitalized(v, j + 1)) {
      // "said Robert Klein, chairman of the institute.", "said John Podesta, a chief of staff to …": PolNeAR
      // keeps an appositive that runs to the stop.
      // "said Caddell, speaking of her health.": a participle clause is no appositive.
      const end = j > from && !participleClause(v, j + 1) && !ADJUNCT_PREPOSITIONS.has(v.low[j + 1] ?? '') ? appositiveToEnd(v, j, se) : -1;
      if (end !== -1) return { s: from, e: end };
      if (!DETERMINERS.has(v.low[j + 1] ?? '')) break;
    }
    j++;
  }
  return j > from ? { s: from, e: j - 1 } : null;
}

/** The last token of an appositive that starts after `comma` and closes the sentence, or -1. */
function appositiveToEnd(v: TokenView, comma: number, se: number): number {
  // "Mona Lamberson, 59, of North Philadelphia": ages and hometowns stay out of the source.
  if (/^\d/.test(v.low[comma + 1] ?? '')) return -1;
  for (let k = comma + 1; k <= se + 1 && k - comma <= MAX_CLOSING_APPOSITIVE; k++) {
    if (k > se || END_PUNCT.has(v.low[k]!)) return k - 1 > comma ? k - 1 : -1;
    // "a senior official with the board that oversees them": a relative clause inside a determiner's appositive is its own
    const relative = v.low[k] === 'that' && DETERMINERS.has(v.low[comma + 1] ?? '') && k > comma + 2;
    if (v.quote[k] !== -1 || (v.low[k] === 'that' && !relative) || v.low[k] === ';' || v.low[k] === ':' || isStrongVerb(v.low[k]!)) return -1;
  }
  return -1;
}

/** Prepositions that look like participles and name members of the phrase before them ("unions, including the AFT,"). */
const MEMBER_PREPOSITIONS = new Set(['including', 'excluding', 'notably']);

/** A clause opening with a present participle ("speaking to …", "dedicating the museum …"). */
function participleClause(v: TokenView, k: number): boolean {
  const w = v.low[k]!;
  return !isCapitalized(v, k) && w.length > 5 && w.endsWith('ing') && !MEMBER_PREPOSITIONS.has(w);
}

/**
 * "Name, appositive[, appositive], said": returns the name and its appositives, with the closing comma
 * (PolNeAR keeps it in the source span).
 */
export function appositive(v: TokenView, comma: number, ss: number): TokRange | null {
  let right = comma;
  for (let seg = 0; seg < MAX_APPOSITIVES; seg++) {
    let p = right - 1;
    const mark = v.low[comma]!;
    while (p >= ss && v.low[p] !== mark && right - p <= MAX_APPOSITIVE) {
      if (v.quote[p] !== -1 || END_PUNCT.has(v.low[p]!) || v.low[p] === ';') return null;
      p--;
    }
    if (p < ss || v.low[p] !== mark || p === right - 1) return null;
    let head = npEndingAt(v, p - 1, ss);
    if (head && v.low[head.s]!.endsWith('ing')) head = null;
    // "The government, for instance, refused": a parenthetical, not an appositive; the source is the head.
    if (seg === 0 && head && PARENTHETICAL_OPENERS.has(v.low[p + 1]!)) return { s: head.s, e: p - 1 };
    // "Trump, speaking to a veterans group, said": a participle clause between the commas describes the speaker
    // and is no part of the name; an appositive before it stays ("X, a lawyer, speaking …, said").
    if (seg === 0 && head && participleClause(v, p + 1)) return appositive(v, p, ss) ?? { s: head.s, e: p - 1 };
    if (head && (isCapitalized(v, head.s) || PRONOUNS.has(v.low[head.s]!) || /^\d/.test(v.low[head.s]!) || DETERMINERS.has(v.low[head.s]!))) {
      if (isCapitalized(v, p - 1) || PRONOUNS.has(v.low[p - 1]!) || isCapitalized(v, head.s) || seg === MAX_APPOSITIVES - 1) return { s: head.s, e: comma };
    }
    // "The head of the Super PAC backing Bush, Mike Murphy, praised": the name between the commas; after a
    // common noun phrase that names the role ("one of the family's attorneys, Justin Bamberg, said"), both.
    if (seg === 0 && isCapitalized(v, p + 1) && isCapitalized(v, comma - 1)) return { s: head && DETERMINERS.has(v.low[head.s]!) ? head.s : p + 1, e: comma };
    right = p;
  }
  return null;
}

/** The subject at the start of the clause holding position `before`: a pronoun, a name, or a short noun phrase. */
export function clauseSubject(v: TokenView, ss: number, before: number): TokRange | null {
  let p = ss;
  while (p < before && LEADING_JUNK.has(v.low[p]!)) p++;
  // Skip a fronted adverbial ("After the debate,", "Hours later,", "Instead,") up to its comma, and a sentence adverb
  // set off after it ("On Thursday, however, Trump spoke …").
  for (let pieces = 0; pieces < 2; pieces++) {
    let c = p;
    while (c < before && c - p <= MAX_FRONTED && v.low[c] !== ',') c++;
    const fronted = FRONTED.has(v.low[p]!) || (p < before && v.low[p]!.endsWith('ing'));
    if (c < before && v.low[c] === ',' && (fronted || c - p <= 3)) p = c + 1;
    else if (fronted) return null;
    else break;
    if (!SENTENCE_ADVERBS.has(v.low[p] ?? '') || v.low[p + 1] !== ',') break;
  }
  if (p >= before) return null;
  const w = v.low[p]!;
  if (PRONOUNS.has(w)) return { s: p, e: p };
  let e = p;
  // "two Democratic speechwriters", "Several judges": a number or a quantifier opens a subject too
  if (isCapitalized(v, p) || DETERMINERS.has(w) || (NUMBER_OPENERS.has(w) && !PERIOD_WORDS.has(v.low[p + 1] ?? ''))) {
    for (let k = p + 1; k < before && k - p < MAX_SUBJECT; k++) {
      const t = v.low[k]!;
      if (SOURCE_STOP.has(t) || COMMON_VERBS.has(t) || CLAUSE_PUNCT.has(t) || END_PUNCT.has(t) || v.quote[k] !== -1) break;
      if (CUE_VERBS.has(t) || (!isCapitalized(v, k) && /ed$/.test(t))) break;
      e = k;
    }
    return { s: p, e };
  }
  return null;
}
