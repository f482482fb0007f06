/** Quotes around a reporting verb: one closing right before the cue, one opening right after it, the second half of a split quote. */
import { MAX_APPOSITIVE } from '../chunker.js';
import { CUE_VERBS, DETERMINERS, SOURCE_STOP } from '../lexicon.js';
import { CLAUSE_PUNCT, END_PUNCT, isAbbreviationStop, isCapitalized } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';
import { reachesSentenceEnd } from './verb-sources.js';

/** Prepositions an appositive of the speaker may hold ("a senior fellow at the Hoover Institution"). */
const APPOSITIVE_PREPOSITIONS = new Set('in on at from with by to about of for over under through among within across around'.split(' '));

/** Most commas between a quote and its cue: a name and up to two appositives, each closed by its comma. */
const MAX_TAG_COMMAS = 3;

/** Words before a quoted name of a show, book or paper: "on CBS's “Face the Nation,”", "of “Fox News Sunday,”". */
const TITLE_OPENERS = new Set(['on', 'of', 'in', 'at', 'to', "'s", '\u2019s']);

/** Most tokens a quoted title holds. */
const MAX_TITLE = 8;

/** Longest adjunct before an appositive title ("In his 2002 book,"). */
const MAX_TITLE_ADJUNCT = 6;

/**
 * "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested …": the quote follows a comma that closes a
 * short adjunct opening its sentence with "in" or "on", so it names what the adjunct names.
 */
function appositiveTitle(v: TokenView, open: number): boolean {
  const comma = open - 1;
  if (v.low[comma] !== ',') return false;
  let k = comma - 1;
  while (k >= 0 && comma - k <= MAX_TITLE_ADJUNCT && v.quote[k] === -1 && !CLAUSE_PUNCT.has(v.low[k]!) && !END_PUNCT.has(v.low[k]!)) k--;
  const first = k + 1;
  const opensSentence = k < 0 || END_PUNCT.has(v.low[k]!) || v.lineBreakBefore[first] === 1 || v.sent[k] !== v.sent[first];
  return first < comma - 1 && opensSentence && (v.low[first] === 'in' || v.low[first] === 'on');
}

/**
 * The quote is a title inside an adjunct that opens the sentence ("On CBS's “Face the Nation,” Ryan said the …"), not
 * what the tag reports: it follows a preposition or a possessive, is short, and the cue goes on with words of its own.
 */
function isTitleBeforeClause(v: TokenView, region: number, cs: number, ce: number, se: number): boolean {
  const r = v.regions[region]!;
  const before = v.low[r.open - 1];
  const after = v.low[ce + 1];
  // "Bemoaning the “phony system,” Trump accused Holt of …": after a determiner the quote names a thing, when a speaker
  // stands between it and the cue and the clause goes on for two words or more
  const named = before !== undefined && DETERMINERS.has(before) && r.close + 1 < cs && ce + 2 <= se && !CLAUSE_PUNCT.has(v.low[ce + 2]!) && !END_PUNCT.has(v.low[ce + 2]!);
  return (
    before !== undefined &&
    (TITLE_OPENERS.has(before) || named || appositiveTitle(v, r.open)) &&
    r.close - r.open <= MAX_TITLE &&
    ce + 1 <= se &&
    after !== undefined &&
    !CLAUSE_PUNCT.has(after) &&
    !END_PUNCT.has(after) &&
    v.quote[ce + 1] === -1
  );
}

/** Region index of a quote that closes right before the cue (commas inside or outside the quote allowed). */
export function quoteEndingBefore(v: TokenView, cs: number, ce: number, ss: number, se: number): number | null {
  const q = closingQuoteBefore(v, cs, ce, ss, se);
  return q !== null && isTitleBeforeClause(v, q, cs, ce, se) ? null : q;
}

function closingQuoteBefore(v: TokenView, cs: number, ce: number, ss: number, se: number): number | null {
  // The quote may close the previous "sentence" when it ends with a stop inside the marks ("….” Trump said."),
  // but only when the cue's own sentence is no more than the attribution tag, in the quote's paragraph (a heading
  // after a quote, "A Reclamation Plan.", is no tag of it).
  const floor = ss > 0 && v.paragraphOf(ss - 1) === v.paragraphOf(ss) && tagOnly(v, cs, ce, ss, se) ? ss - 1 : ss;
  let j = cs - 1;
  if (j >= ss && v.low[j] === ',') j--;
  if (j >= floor && v.quote[j] !== -1 && v.regions[v.quote[j]!]!.close === j && v.regions[v.quote[j]!]!.closeMark) return v.quote[j]!;
  // "“…,” Peskov said", "“…,” Jeff Weaver, the campaign manager, said": a name between the quote and the cue.
  let k = cs - 1;
  let steps = 0;
  let commas = 0;
  let inParens = false;
  let prep = false;
  while (k >= floor && v.quote[k] === -1 && steps < MAX_APPOSITIVE) {
    const w = v.low[k]!;
    if (w === ')' || w === '(') {
      // "Rep. Jim McDermott (D-Wash.) said": a party tag is part of the name and does not lengthen it.
      inParens = w === ')';
      k--;
      continue;
    }
    if (inParens) {
      k--;
      continue;
    }
    // "“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": two appositives
    if (w === ',' && commas < MAX_TAG_COMMAS) commas++;
    // "“…,” Sen. Marco Rubio, R-Fla., said": the tag's stop is no sentence end. "“…,” Michael McFaul, a senior fellow
    // at the Hoover Institution, said": a preposition inside an appositive a comma closes before the cue is the appositive's.
    else if (!isAbbreviationStop(v, k) && (CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || SOURCE_STOP.has(w))) {
      if (!(commas === 1 && v.low[cs - 1] === ',' && APPOSITIVE_PREPOSITIONS.has(w))) {
        if (!(commas === 0 && APPOSITIVE_PREPOSITIONS.has(w) && k > floor && v.quote[k - 1] === -1)) return null;
        prep = true;
      }
    }
    k--;
    steps++;
  }
  if (commas === 1 || (commas >= 2 && v.low[cs - 1] !== ',')) return null;
  if (commas === 0 && steps > 6) return null;
  if (prep && !nounPhraseTag(v, k + 1, cs - 1)) return null;
  if (k >= floor && k < cs - 1 && v.quote[k] !== -1) {
    const r = v.regions[v.quote[k]!]!;
    if (r.close === k && r.closeMark && endsWithClauseMark(v, r)) return v.quote[k]!;
  }
  return null;
}

/** "a narrator in the Clinton ad": a tag holding a preposition is a noun phrase, opened by a determiner or a name, with no verb or participle in it. */
function nounPhraseTag(v: TokenView, s: number, e: number): boolean {
  if (!(DETERMINERS.has(v.low[s]!) || isCapitalized(v, s))) return false;
  for (let k = s; k <= e; k++) {
    const w = v.low[k]!;
    if (CUE_VERBS.has(w) || CLAUSE_PUNCT.has(w) || (/(ed|ing)$/.test(w) && !isCapitalized(v, k))) return false;
  }
  return true;
}

/** The cue's sentence is only the attribution tag: "Trump said." or "said Jim Clyburn, a congressman." */
function tagOnly(v: TokenView, cs: number, ce: number, ss: number, se: number): boolean {
  if (cs === ss) return se - ce <= MAX_APPOSITIVE && !v.low.slice(ce + 1, se + 1).includes('that');
  // "Trump said, looking out on the crowd." / "Hollande said Friday as he entered the talks.": a participle clause or
  // a short time or place tail after the cue leaves the sentence a tag.
  if (!reachesSentenceEnd(v, ce, se) && !(v.low[ce + 1] === ',' && /ing$/.test(v.low[ce + 2] ?? ''))) return false;
  return cs - ss <= MAX_APPOSITIVE;
}

/** A quoted clause closes with a comma, ! or ? inside the marks ("…,” he said); a scare quote does not. */
function endsWithClauseMark(v: TokenView, r: { open: number; close: number }): boolean {
  const last = v.low[r.close - 1];
  return last === ',' || last === '!' || last === '?' || last === '.' || r.close - r.open > 6;
}

/** Region index of a quote that opens right after the cue ("said: “…”", "said, “…”"). */
export function quoteStartingAfter(v: TokenView, ce: number, se: number): number | null {
  let j = ce + 1;
  if (j <= se && (v.low[j] === ',' || v.low[j] === ':')) j++;
  if (j <= v.n - 1 && v.quote[j] !== -1 && v.regions[v.quote[j]!]!.open === j) {
    const r = v.regions[v.quote[j]!]!;
    // A scare-quoted word ("said “willing” to") is not the whole content.
    if (r.close - r.open >= 4 || r.close >= se - 1) return v.quote[j]!;
  }
  return null;
}

/** `“…,” he said, “…”`: the second half of a split quote, in the same sentence or the next. */
export function splitQuoteAfter(v: TokenView, tail: number, se: number): number | null {
  let j = tail + 1;
  // "“…,” he said of Trump and Ryan, “because …”": a short phrase after the tag, up to its comma, when it holds no
  // other report of its own ("he said, adding, “…”" gives the rest to "adding").
  if (v.low[j] !== ',' && v.low[j] !== ':') {
    let k = j;
    // a place's comma goes on the phrase ("said during a rally in Kenansville, N.C., “but …”")
    const placeComma = (m: number): boolean => v.low[m] === ',' && m > j && isCapitalized(v, m - 1) && isCapitalized(v, m + 1) && v.quote[m + 1] === -1;
    while (k <= se && k - j < MAX_TAG_TAIL && v.quote[k] === -1 && (v.low[k] !== ',' || placeComma(k)) && (!END_PUNCT.has(v.low[k]!) || isAbbreviationStop(v, k)) && !CUE_VERBS.has(v.low[k]!)) k++;
    if (k > j && v.low[k] === ',' && v.quote[k + 1] !== undefined && v.quote[k + 1] !== -1) j = k;
    // "wrote in an email to Rich Eisen, and “full of s---.”": the quote goes on after a coordinator
    else if (k > j && v.low[k] === ',' && RESUMING_COORDINATORS.has(v.low[k + 1] ?? '') && v.quote[k + 1] === -1 && v.quote[k + 2] !== undefined && v.quote[k + 2] !== -1) j = k + 1;
  }
  if (v.low[j] === ',' || v.low[j] === ':' || (RESUMING_COORDINATORS.has(v.low[j] ?? '') && v.quote[j] === -1 && v.low[j - 1] === ',')) j++;
  if (j <= se + 1 && j < v.n && v.quote[j] !== -1 && v.regions[v.quote[j]!]!.open === j) return v.quote[j]!;
  return null;
}

/** Coordinators after which a split quote goes on ("he said, and “…”"). */
const RESUMING_COORDINATORS = new Set(['and', 'but']);

/** Longest phrase between a quote's tag and the second half of the quote ("said of Trump and Ryan,"). */
const MAX_TAG_TAIL = 8;
