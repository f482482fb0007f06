/**
 * The attribution rules. Parsers propose one draft per cue (parser/refiner split, as in chrono):
 *   1. "according to X" / "as reported by X" / "as per X": source after the cue, content on the other side;
 *   2. reporting verbs: a quote before the cue ("“…,” X said" / "“…,” said X"), a quote after it
 *      ("X said: “…”"), a trailing cue ("…, X said."), or indirect speech ("X said (that) …");
 *   3. noun cues: "X's statement that …", "X's intention to …".
 * Refiners then cut contents where a later clause starts, append quote-only sentences that continue a
 * direct quote, and link nested attributions (`via`). Everything works on token indices; offsets are made
 * at the end.
 */
import {
  CUE_MODIFIERS,
  CUE_NOUNS,
  CUE_PARTICLES,
  CUE_TAIL_NOUNS,
  CUE_TIME_TAIL,
  WEAK_OK_BEFORE,
  CUE_VERBS,
  DETERMINERS,
  INTENTION_WORDS,
  PRONOUNS,
  RELATIVES,
  SOURCE_STOP,
} from './lexicon.js';
import type { Stance } from './schema.js';
import { isQuoteMark } from '../text/quotes.js';
import type { TokenView } from '../text/token-view.js';

/** Inclusive token range. */
export interface TokRange {
  s: number;
  e: number;
}

export interface Draft {
  cue: TokRange;
  source: TokRange | null;
  /** For a relative pronoun source ("allies, who criticize"): the noun phrase it stands for. */
  antecedent: TokRange | null;
  content: TokRange[];
  stance: Stance;
  rule: string;
  participle: boolean;
}

/** Longest source we accept, in tokens; longer scans are clauses, not noun phrases. */
const MAX_SOURCE = 14;
/** "according to early results of exit polls conducted by Edison Research for …": these run long. */
const MAX_PREP_SOURCE = 30;
/** How far after a cue a complementizer "that" may sit ("said on Monday that"). */
const THAT_WINDOW = 6;
/** Longest appositive between commas ("Jung Pak, U.S. senior official for North Korea, said"). */
const MAX_APPOSITIVE = 22;

const END_PUNCT = new Set(['.', '!', '?', '...', '\u2026']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013', '--', '-']);
const LEADING_JUNK = new Set(['and', 'but', 'so', 'or', 'then', 'yet', ',', ';', ':', '\u2014', '\u2013', '--']);
const TELL_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'ask', 'urge', 'email', 'write']);
const PASSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s"]);

export function extract(v: TokenView): Draft[] {
  const drafts: Draft[] = [];
  for (let k = 0; k < v.sentences.length; k++) {
    const sent = v.sentences[k]!;
    const last = Math.min(sent.tokenEnd, v.n) - 1;
    // A line break inside a sentence (headers, lists, headlines) is a boundary for these rules.
    for (let ss = sent.tokenStart; ss <= last; ) {
      let se = ss;
      while (se < last && !v.lineBreakBefore[se + 1]) se++;
      clauseUnit(v, ss, se, drafts);
      ss = se + 1;
    }
  }
  appendQuoteContinuations(v, drafts);
  return drafts;
}

function clauseUnit(v: TokenView, ss: number, se: number, drafts: Draft[]): void {
  const inSentence: Draft[] = [];
  // A transcript turn opens inside its quote ("\"WALLACE: Let's start …"), where the loop below does not look.
  const turn = speakerTurn(v, ss, se);
  if (turn) inSentence.push(turn);
  for (let i = turn ? turn.cue.e + 1 : ss; i <= se; i++) {
    if (v.quote[i] !== -1) continue;
    const d = proposeAt(v, i, ss, se, inSentence);
    if (d) {
      inSentence.push(d);
      i = Math.max(i, d.cue.e);
    }
  }
  cutAtLaterClauses(v, inSentence);
  for (const d of inSentence) {
    if (!d.content.length) continue;
    extendOpenQuote(v, d);
    drafts.push(d);
  }
}

function proposeAt(v: TokenView, i: number, ss: number, se: number, earlier: readonly Draft[]): Draft | null {
  const w = v.low[i]!;
  if (w === 'according' && v.low[i + 1] === 'to' && i + 1 <= se) return prepositional(v, i, i + 1, ss, se, 'according-to');
  if (w === 'as' && i + 2 <= se && v.low[i + 2] === 'by' && CUE_VERBS.has(v.low[i + 1]!)) {
    return prepositional(v, i, i + 2, ss, se, 'as-reported-by');
  }
  if (w === 'as' && v.low[i + 1] === 'per' && i + 1 <= se) return prepositional(v, i, i + 1, ss, se, 'as-per');
  if (w === ':') return colonCue(v, i, ss, se);
  if (DASHES.has(w)) return dashAfterQuote(v, i, se);
  if (w === 'in') return pollCue(v, i, ss, se);
  if (HEARSAY_ADVERBS.has(w)) return hearsayCue(v, i, ss, se);
  const entry = CUE_VERBS.get(w);
  if (entry) return verbCue(v, i, ss, se, entry.stance, entry.weak, entry.participle, entry.lemma, earlier);
  const nounStance = CUE_NOUNS.get(w);
  if (nounStance && v.low[i + 1] === 'that' && i + 2 <= se) return nounCue(v, i, ss, se, nounStance, 'noun-that');
  if (NOUN_PREP_CUES.get(w)?.has(v.low[i + 1] ?? '') && i + 2 <= se) return nounPrepCue(v, i, ss, se);
  if (INTENTION_WORDS.has(w) && v.low[i + 1] === 'to' && v.low[i - 1] === "'s") return nounCue(v, i, ss, se, 'hedged', 'noun-intention');
  return null;
}

/* ---------------- "according to X", "as reported by X", "as per X" ---------------- */

function prepositional(v: TokenView, cs: number, ce: number, ss: number, se: number, rule: string): Draft | null {
  const srcStart = ce + 1;
  let srcEnd = srcStart;
  while (srcEnd <= se && !CLAUSE_PUNCT.has(v.low[srcEnd]!) && !END_PUNCT.has(v.low[srcEnd]!) && v.quote[srcEnd] === -1 && v.low[srcEnd] !== 'that') {
    srcEnd++;
  }
  if (srcEnd === srcStart || srcEnd - srcStart > MAX_PREP_SOURCE) return null;
  // "as reported by KCNA on Sunday": the time phrase is not part of the source.
  let srcLast = srcEnd - 1;
  for (let k = srcStart + 1; k < srcEnd; k++) {
    if ((v.low[k] === 'on' || v.low[k] === 'last' || v.low[k] === 'this' || v.low[k] === 'earlier') && TIME_WORDS.has(v.low[k + 1]!)) {
      srcLast = k - 1;
      break;
    }
  }
  const source = { s: srcStart, e: srcLast };
  const content: TokRange[] = [];
  const before = trimRange(v, { s: ss, e: cs - 1 });
  if (before) content.push(before);
  let after: TokRange | null = null;
  if (v.low[srcEnd] === ',' || v.low[srcEnd] === 'that' || !before) after = trimRange(v, { s: srcEnd + (v.low[srcEnd] === ',' ? 1 : 0), e: se });
  if (after) content.push(after);
  if (!content.length) return null;
  return { cue: { s: cs, e: ce }, source, antecedent: null, content, stance: 'neutral', rule, participle: false };
}

/** Heads of noun phrases that hold claims: "polls show", "records show". */
const EVIDENCE_NOUNS = new Set(
  'poll polls survey surveys statement interview report reports words letter speech op-ed tweet post memo study studies analysis filing remarks book column editorial ad video email data records documents figures estimates results numbers'.split(' '),
);

/* ---------------- reporting verbs ---------------- */

function verbCue(
  v: TokenView,
  i: number,
  ss: number,
  se: number,
  stance: Stance,
  weak: boolean,
  participle: boolean,
  lemma: string,
  earlier: readonly Draft[],
): Draft | null {
  const prev = v.low[i - 1];
  // "the said document", "a reported case": a determiner makes the form an adjective or noun.
  if (i > ss && prev !== undefined && DETERMINERS.has(prev) && prev !== 'that') return null;
  // "won 758 pledged delegates"
  // ("4 in 10 said", "two of 3 say" are proportions of people, who do speak)
  if (prev !== undefined && /^\d/.test(prev) && v.low[i - 2] !== 'in' && v.low[i - 2] !== 'of') return null;
  // "needless to say", "safe to say": idioms, not reports.
  if (lemma === 'say' && prev === 'to' && ['needless', 'suffice', 'so', 'safe', 'fair'].includes(v.low[i - 2] ?? '')) return null;
  // "said they would support Trump": PolNeAR seldom marks an attitude inside a reported clause unless a
  // named holder states it plainly; "X said that Russia anticipates …" stays a chain.
  if ((stance === 'hedged' || ATTITUDE_LEMMAS.has(lemma)) && nestedAttitude(v, i, ss) && earlier.some((d) => d.content.some((c) => c.s <= i && i <= c.e))) return null;
  let cs = i;
  // Auxiliaries, negation and adverbs join the cue; "be" too before a progressive ("is telling").
  while (
    cs - 1 >= ss &&
    v.quote[cs - 1] === -1 &&
    (CUE_MODIFIERS.has(v.low[cs - 1]!) || (isLyAdverb(v.low[cs - 1]!) && !isCapitalized(v, cs - 1)) || (participle && PASSIVE_AUX.has(v.low[cs - 1]!) && cs - 1 > ss))
  ) {
    cs--;
  }
  // "to say", "went on to say": PolNeAR keeps the infinitive marker in the cue (90 of 98 on train).
  // "issued a statement saying", "released a report charging": PolNeAR takes the whole phrase as the cue.
  if (participle && cs === i) cs = issuedPhraseStart(v, i, ss);
  const infinitive = !participle && cs === i && cs - 1 >= ss && v.low[cs - 1] === 'to' && v.quote[cs - 1] === -1;
  if (infinitive) {
    cs--;
    if (cs - 2 >= ss && v.low[cs - 1] === 'on' && /^(went|go|goes|going|gone)$/.test(v.low[cs - 2]!)) cs -= 2;
  }
  // "Police had last month charged": a time phrase between the auxiliary and the verb.
  if (cs - 2 >= ss && TIME_WORDS.has(v.low[cs - 1]!) && (v.low[cs - 2] === 'last' || v.low[cs - 2] === 'this')) {
    let k = cs - 3;
    while (k >= ss && CUE_MODIFIERS.has(v.low[k]!)) k--;
    if (k < cs - 3) cs = k + 1;
  }
  // "Criticizing Sanders, she …", "After thanking his supporters, he …": the subject follows the clause.
  if (participle && (i === ss || (i - 1 === ss && FRONTED.has(v.low[ss]!)))) {
    let comma = i + 1;
    while (comma <= se && v.low[comma] !== ',' && v.quote[comma] === -1) comma++;
    if (comma > se || v.low[comma] !== ',') return null;
    const subject = clauseSubject(v, comma + 1, se + 1);
    const content = trimRange(v, { s: i + 1, e: comma - 1 });
    if (!content) return null;
    return { cue: { s: i, e: i }, source: subject, antecedent: null, content: [content], stance, rule: 'fronted-participle', participle };
  }
  let ce = i;
  // "said in a statement", "wrote in an op-ed"
  if (v.low[ce + 1] === 'in' && ce + 3 <= se && CUE_TAIL_NOUNS.has(v.low[ce + 3]!)) ce += 3;
  else if (v.low[ce + 1] === 'in' && ce + 4 <= se && CUE_TAIL_NOUNS.has(v.low[ce + 4]!) && !isQuoteMark(v.low[ce + 3]!)) ce += 4;
  else if (CUE_PARTICLES.get(lemma)?.has(v.low[ce + 1]!) || (v.low[ce + 1] === 'about' && ce + 1 <= se)) ce += 1;
  if (CUE_TIME_TAIL.has(v.low[ce + 1]!)) ce += 1;
  // "said:" keeps its colon when the content follows it.
  if (v.low[ce + 1] === ':' && ce + 2 <= se + 1) ce += 1;
  const next = v.low[ce + 1];
  // "is telling" is progressive, not passive: only a participle after a form of "be" is passive.
  const passive =
    !participle && (cs < i && PASSIVE_AUX.has(v.low[i - 1]!) ? true : cs - 1 >= ss && PASSIVE_AUX.has(v.low[cs - 1]!));
  // "was reported": the auxiliary belongs to the cue.
  if (passive) while (cs - 1 >= ss && (PASSIVE_AUX.has(v.low[cs - 1]!) || CUE_MODIFIERS.has(v.low[cs - 1]!))) cs--;
  // "…, “…,” adding …" and "… “…” and said": the quote belongs to the earlier verb, not to this one.
  const quoteBefore = participle || COORDINATORS.has(v.low[cs - 1] ?? '') ? null : quoteEndingBefore(v, cs, ce, ss, se);
  let quoteAfter = quoteStartingAfter(v, ce, se);
  // "told reporters: “…”": a short recipient between the cue and the quote.
  if (quoteAfter === null && TELL_VERBS.has(lemma)) {
    for (let k = ce + 1; k <= se && k <= ce + 3; k++) {
      if (v.low[k] === ':' || v.low[k] === ',') {
        quoteAfter = quoteStartingAfter(v, k - 1, se);
        break;
      }
    }
  }
  const strong =
    !weak || next === 'that' || weakOkBefore(v, i) || quoteBefore !== null || quoteAfter !== null || next === ':' || isPronounSubject(v, cs - 1) || EVIDENCE_NOUNS.has(v.low[cs - 1]!);
  if (!strong) return null;
  const base = { antecedent: null as TokRange | null, stance, participle };
  const cue = { s: cs, e: ce };

  // "“…,” Peskov said." / "“…,” said Peskov."
  if (quoteBefore !== null) {
    const region = v.regions[quoteBefore]!;
    let source: TokRange | null = null;
    if (region.close + 1 <= cs - 1) {
      source = { s: region.close + 1, e: cs - 1 };
      if (v.low[source.s] === ',') source.s++;
    }
    else source = npAfter(v, ce + 1, se);
    if (source) source = v.low[source.e] === ',' && source.s < source.e && hasComma(v, source.s, source.e - 1) ? source : trimRange(v, source);
    const content: TokRange[] = [{ s: region.open, e: region.close }];
    const tail = source && source.s > ce ? source.e : ce;
    const split = splitQuoteAfter(v, tail, se);
    if (split !== null) content.push({ s: v.regions[split]!.open, e: v.regions[split]!.close });
    return { ...base, cue, source, content, rule: 'quote-cue' };
  }
  // An infinitive's speaker is the subject of the verb that governs it ("voters are more likely to say").
  const left = infinitive ? infinitiveSource(v, cs, ss, earlier) : sourceBefore(v, cs, ss, earlier, participle);
  // "X said: “…”"
  if (quoteAfter !== null) {
    const region = v.regions[quoteAfter]!;
    return { ...base, cue, ...left, content: [{ s: region.open, e: region.close }], rule: 'cue-quote' };
  }
  // "…, X said." and "…, said X."
  const trailing = trailingCue(v, lemma, cs, ce, ss, se, left.source);
  if (trailing) return { ...base, cue, ...trailing, rule: 'trailing-cue' };
  if (passive && lemma === 'expect' && next === 'to') {
    // "Sanders is expected to win": agentless expectation about the subject.
    const subj = npEndingAt(v, cs - 1, ss);
    const rest = trimRange(v, { s: ce + 1, e: se });
    if (!rest) return null;
    return { ...base, cue, source: null, antecedent: null, content: subj ? [subj, rest] : [rest], rule: 'passive-expected' };
  }
  if (RAISING.has(lemma) && v.low[ce] === 'to' && cs > ss) {
    // "Christie appeared to end his bid": the impression has no named holder; the subject joins the content.
    const subj = npEndingAt(v, cs - 1, ss);
    const rest = trimRange(v, { s: ce + 1, e: se });
    if (rest) return { ...base, cue, source: null, antecedent: null, content: subj ? [subj, rest] : [rest], rule: 'raising' };
  }
  if (passive && lemma === 'ask' && next !== 'by') {
    // "Sanders was asked about …", "was asked whether …": the question is the content; the asker is often unnamed.
    const content = trimRange(v, { s: ce + 1, e: se });
    return content ? { ...base, cue, source: null, antecedent: null, content: [content], rule: 'passive-asked' } : null;
  }
  if (passive && next === 'by') {
    // "O'Malley's move was first reported by MSNBC": the agent is the source, the subject the content.
    const agent = npAfter(v, ce + 2, se);
    const subj = npEndingAt(v, cs - 1, ss);
    if (!agent || !subj) return null;
    return { ...base, cue: { s: cs, e: ce + 1 }, source: agent, antecedent: null, content: [subj], rule: 'passive-by' };
  }
  if (passive) {
    // "it was reported that …": agentless; anything else passive ("has been confirmed") is not a report.
    if (next !== 'that') return null;
    const content = trimRange(v, { s: ce + 1, e: se });
    return content ? { ...base, cue, source: null, antecedent: null, content: [content], rule: 'passive-that' } : null;
  }
  const cStart = contentStart(v, ce, se, lemma);
  const content = trimRange(v, { s: cStart, e: se });
  if (!content) return null;
  return { ...base, cue, ...left, content: [content], rule: participle ? 'participle' : 'indirect' };
}

/** Region index of a quote that closes right before the cue (commas inside or outside the quote allowed). */
function quoteEndingBefore(v: TokenView, cs: number, ce: number, ss: number, se: number): number | null {
  // The quote may close the previous "sentence" when it ends with a stop inside the marks ("….” Trump said."),
  // but only when the cue's own sentence is no more than the attribution tag.
  const floor = ss > 0 && tagOnly(v, cs, ce, ss, se) ? ss - 1 : ss;
  let j = cs - 1;
  if (j >= ss && v.low[j] === ',') j--;
  if (j >= floor && v.quote[j] !== -1 && v.regions[v.quote[j]!]!.close === j && v.regions[v.quote[j]!]!.closeMark) return v.quote[j]!;
  // "“…,” Peskov said", "“…,” Jeff Weaver, the campaign manager, said": a name between the quote and the cue.
  let k = cs - 1;
  let steps = 0;
  let commas = 0;
  while (k >= floor && v.quote[k] === -1 && steps < MAX_APPOSITIVE) {
    const w = v.low[k]!;
    if (w === ',' && commas < 2) commas++;
    else if (w === '(' || w === ')') {
      // "Rep. Jim McDermott (D-Wash.) said"
    } else if (CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || SOURCE_STOP.has(w)) return null;
    k--;
    steps++;
  }
  if (commas === 1 || (commas === 2 && v.low[cs - 1] !== ',')) return null;
  if (commas === 0 && steps > 6) return null;
  if (k >= floor && k < cs - 1 && v.quote[k] !== -1) {
    const r = v.regions[v.quote[k]!]!;
    if (r.close === k && r.closeMark && endsWithClauseMark(v, r)) return v.quote[k]!;
  }
  return null;
}

/** The cue's sentence is only the attribution tag: "Trump said." or "said Jim Clyburn, a congressman." */
function tagOnly(v: TokenView, cs: number, ce: number, ss: number, se: number): boolean {
  if (cs === ss) return se - ce <= MAX_APPOSITIVE && !v.low.slice(ce + 1, se + 1).includes('that');
  for (let k = ce + 1; k <= se; k++) if (!END_PUNCT.has(v.low[k]!)) return false;
  return cs - ss <= MAX_APPOSITIVE;
}

/** A quoted clause closes with a comma, ! or ? inside the marks ("…,” he said); a scare quote does not. */
function endsWithClauseMark(v: TokenView, r: { open: number; close: number }): boolean {
  const last = v.low[r.close - 1];
  return last === ',' || last === '!' || last === '?' || last === '.' || r.close - r.open > 6;
}

/** Region index of a quote that opens right after the cue ("said: “…”", "said, “…”"). */
function quoteStartingAfter(v: TokenView, ce: number, se: number): number | null {
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
function splitQuoteAfter(v: TokenView, tail: number, se: number): number | null {
  let j = tail + 1;
  if (v.low[j] === ',' || v.low[j] === ':') j++;
  if (j <= se + 1 && j < v.n && v.quote[j] !== -1 && v.regions[v.quote[j]!]!.open === j) return v.quote[j]!;
  return null;
}

function isPronounSubject(v: TokenView, j: number): boolean {
  while (j >= 0 && CUE_MODIFIERS.has(v.low[j]!)) j--;
  const w = v.low[j];
  return w !== undefined && (PRONOUNS.has(w) || w === 'people' || w === 'officials' || w === 'critics' || w === 'experts' || w === 'analysts');
}

/** A noun phrase after an inverted cue ("said Peskov, the Kremlin spokesman"). */
function npAfter(v: TokenView, from: number, se: number): TokRange | null {
  let j = from;
  while (j <= se && v.quote[j] === -1 && !END_PUNCT.has(v.low[j]!) && v.low[j] !== ';' && v.low[j] !== 'that' && j - from < MAX_SOURCE) {
    if (v.low[j] === ',' && !isCapitalized(v, j + 1) && !DETERMINERS.has(v.low[j + 1] ?? '')) {
      // "said Robert Klein, chairman of the institute.": PolNeAR keeps an appositive that runs to the stop.
      const end = j > from ? appositiveToEnd(v, j, se) : -1;
      if (end !== -1) return { s: from, e: end };
      break;
    }
    j++;
  }
  return j > from ? { s: from, e: j - 1 } : null;
}

/** The last token of an appositive that starts after `comma` and closes the sentence, or -1. */
function appositiveToEnd(v: TokenView, comma: number, se: number): number {
  // "Mona Lamberson, 59, of North Philadelphia": ages and hometowns stay out of the source.
  if (/^\d/.test(v.low[comma + 1] ?? '')) return -1;
  for (let k = comma + 1; k <= se + 1 && k - comma <= MAX_APPOSITIVE; k++) {
    if (k > se || END_PUNCT.has(v.low[k]!)) return k - 1 > comma ? k - 1 : -1;
    if (v.quote[k] !== -1 || v.low[k] === 'that' || v.low[k] === ';' || v.low[k] === ':' || isStrongVerb(v.low[k]!)) return -1;
  }
  return -1;
}

/** Source before the cue: a pronoun, a relative pronoun with its antecedent, an appositive, or a noun phrase. */
function sourceBefore(
  v: TokenView,
  cs: number,
  ss: number,
  earlier: readonly Draft[],
  participle: boolean,
): { source: TokRange | null; antecedent: TokRange | null } {
  let j = cs - 1;
  // "the Kentucky Republican on Tuesday dismissed": a time phrase between subject and cue is skipped.
  if (j > ss && TIME_WORDS.has(v.low[j]!)) {
    j--;
    if (j > ss && (v.low[j] === 'on' || v.low[j] === 'last' || v.low[j] === 'this' || v.low[j] === 'earlier')) j--;
  }
  if (j < ss) return { source: null, antecedent: null };
  const w = v.low[j]!;
  if (participle && (w === ',' || w === '\u2014' || PARTICIPLE_HOSTS.has(w))) {
    // "…, adding that", "began by saying": the subject of the main clause speaks.
    const main = earlier[earlier.length - 1];
    if (main?.source) return { source: main.source, antecedent: main.antecedent };
    return { source: clauseSubject(v, ss, cs), antecedent: null };
  }
  if (COORDINATORS.has(w)) {
    // "He congratulated her and praised …": the coordinated verb shares the clause's subject.
    const main = earlier[earlier.length - 1];
    if (main?.source) return { source: main.source, antecedent: main.antecedent };
    return { source: clauseSubject(v, ss, cs), antecedent: null };
  }
  if (RELATIVES.has(w) && w !== 'that') {
    let a = j - 1;
    if (a >= ss && v.low[a] === ',') a--;
    const ante = a >= ss ? npEndingAt(v, a, ss) : null;
    return { source: { s: j, e: j }, antecedent: ante };
  }
  if (PRONOUNS.has(w)) return { source: { s: j, e: j }, antecedent: null };
  if (w === ',' || w === '\u2014') {
    const appos = appositive(v, j, ss);
    if (appos) return { source: appos, antecedent: null };
    // "He suggested …, called her …": a verb in a list shares the speaker of the cue before it.
    const main = earlier[earlier.length - 1];
    if (main?.source && w === ',') return { source: main.source, antecedent: main.antecedent };
    return { source: null, antecedent: null };
  }
  if (participle) {
    // "Clinton spent the run-up to the caucuses portraying …": the noun phrase before a participle is
    // usually the main verb's object; the main clause's subject speaks.
    const main = earlier[earlier.length - 1];
    if (main?.source) return { source: main.source, antecedent: main.antecedent };
    const subj = clauseSubject(v, ss, cs);
    if (subj) return { source: subj, antecedent: null };
  }
  return { source: npEndingAt(v, j, ss), antecedent: null };
}

/** Stance verbs that behave like attitudes (hedged) when nested: "said he would support …". */
const ATTITUDE_LEMMAS = new Set(['support', 'oppose', 'back']);

/** An attitude with a modal or auxiliary, or whose holder is a pronoun or a common noun ("he would support", "voters want"). */
function nestedAttitude(v: TokenView, i: number, ss: number): boolean {
  let k = i - 1;
  while (k >= ss && (CUE_MODIFIERS.has(v.low[k]!) || isLyAdverb(v.low[k]!))) {
    if (!NON_MODAL.has(v.low[k]!)) return true;
    k--;
  }
  return k >= ss && (PRONOUNS.has(v.low[k]!) || !isCapitalized(v, k));
}
/** Modifiers that leave an attitude plain ("also", "still"). */
const NON_MODAL = new Set('also later previously repeatedly publicly privately reportedly again once recently still just even already long first then only now yet'.split(' '));

const ISSUE_VERBS = new Set('issued issues issue released releases release put sent sends published publishes posted posts'.split(' '));
const ISSUED_NOUNS = new Set('statement statements report letter memo release tweet tweets post video ad email e-mail message'.split(' '));

/** Start of "issued a (brief) statement" right before a participle at i, or i when there is none. */
function issuedPhraseStart(v: TokenView, i: number, ss: number): number {
  const noun = i - 1;
  if (noun < ss + 2 || !ISSUED_NOUNS.has(v.low[noun]!)) return i;
  for (let k = noun - 1; k >= ss && k >= noun - 3; k--) {
    const w = v.low[k]!;
    if (ISSUE_VERBS.has(w)) return w === 'put' ? i : k;
    if (w === 'out' && v.low[k - 1] === 'put') return k - 1;
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w)) return i;
  }
  return i;
}

/** Verbs whose subject is raised out of the reported clause: "X appeared to …", "X seems to …". */
const RAISING = new Set(['appear', 'seem']);

/** The speaker of "to say": the source of a cue just before it in the clause, else the clause's subject. */
function infinitiveSource(v: TokenView, cs: number, ss: number, earlier: readonly Draft[]): { source: TokRange | null; antecedent: TokRange | null } {
  const main = earlier[earlier.length - 1];
  if (main?.source) return { source: main.source, antecedent: main.antecedent };
  return { source: clauseSubject(v, ss, cs), antecedent: null };
}

const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year night morning'.split(' '));

/** Words after which a participle cue takes the main clause's subject: "began by saying", "in blasting". */
const PARTICIPLE_HOSTS = new Set(['by', 'in', 'after', 'before', 'while', 'when', 'to', 'of']);
const COORDINATORS = new Set(['and', 'but', 'then', 'or']);
/** Openers of a fronted adverbial clause, which the subject follows after a comma. */
const FRONTED = new Set(
  'after before when while although though despite since because if as in on at during for with speaking addressing asked unlike like following amid given once under over among through throughout without by from to'.split(' '),
);
const COMMON_VERBS = new Set(
  'is was are were has have had began begins did does do will would can could may might must rubbed made makes took takes went goes got gets came comes gave gives held holds met meets ran runs won wins lost left'.split(' '),
);
/** Longest fronted adverbial we skip to find a subject. */
const MAX_FRONTED = 12;
/** Longest determiner-led subject we take without a parse ("the New Jersey governor"). */
const MAX_SUBJECT = 6;

/** The subject at the start of the clause holding position `before`: a pronoun, a name, or a short noun phrase. */
function clauseSubject(v: TokenView, ss: number, before: number): TokRange | null {
  let p = ss;
  while (p < before && LEADING_JUNK.has(v.low[p]!)) p++;
  // Skip a fronted adverbial ("After the debate,", "Hours later,", "Instead,") up to its comma.
  let c = p;
  while (c < before && c - p <= MAX_FRONTED && v.low[c] !== ',') c++;
  const fronted = FRONTED.has(v.low[p]!) || (p < before && v.low[p]!.endsWith('ing'));
  if (c < before && v.low[c] === ',' && (fronted || c - p <= 3)) p = c + 1;
  else if (fronted) return null;
  if (p >= before) return null;
  const w = v.low[p]!;
  if (PRONOUNS.has(w)) return { s: p, e: p };
  let e = p;
  if (isCapitalized(v, p) || DETERMINERS.has(w)) {
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

const PARENTHETICAL_OPENERS = new Set(
  'however meanwhile though too also instead moreover nonetheless nevertheless for in on at during after before like unlike then now in turn indeed'.split(' '),
);

/** Comma-separated appositives we follow back to the name: "Clinton, 35, the daughter of …, said". */
const MAX_APPOSITIVES = 3;

/**
 * "Name, appositive[, appositive], said": returns the name and its appositives, with the closing comma
 * (PolNeAR keeps it in the source span).
 */
function appositive(v: TokenView, comma: number, ss: number): TokRange | null {
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
    if (head && (isCapitalized(v, head.s) || PRONOUNS.has(v.low[head.s]!) || /^\d/.test(v.low[head.s]!) || DETERMINERS.has(v.low[head.s]!))) {
      if (isCapitalized(v, p - 1) || PRONOUNS.has(v.low[p - 1]!) || isCapitalized(v, head.s) || seg === MAX_APPOSITIVES - 1) return { s: head.s, e: comma };
    }
    // "The head of the Super PAC backing Bush, Mike Murphy, praised": the name between the commas.
    if (seg === 0 && isCapitalized(v, p + 1) && isCapitalized(v, comma - 1) && !head) return { s: p + 1, e: comma };
    right = p;
  }
  return null;
}

/** "About four in 10 voters", "nearly half": approximators inside a quantity. */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'under']);
/** "Aides to Clinton", "an adviser to the president": role nouns that take "to". */
const ROLE_NOUNS = new Set('aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson ambassador envoy assistant assistants counselor successor heir close allies ally'.split(' '));

const NP_PREPOSITIONS = new Set(['at', 'from', 'in', 'with', 'on']);

/** A token that can end a noun phrase: a capitalized word or a lower-case word that is not a function word. */
function isNounish(v: TokenView, k: number): boolean {
  const w = v.low[k];
  if (w === undefined || SOURCE_STOP.has(w) || DETERMINERS.has(w) || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w)) return false;
  return /^\p{L}/u.test(w) && !/(ed|ing|ly)$/.test(w);
}

/** The noun phrase that ends at token j, scanning backwards until a clause boundary or a stop word. */
function npEndingAt(v: TokenView, j: number, ss: number): TokRange | null {
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
      // "a professor at Harvard", "an official from the ministry", "a report in the Times"
      (NP_PREPOSITIONS.has(w) && k > ss && k < j && (isCapitalized(v, k + 1) || DETERMINERS.has(nextTok)) && isNounish(v, k - 1));
    if (SOURCE_STOP.has(w) && !insideNp) break;
    if ((w === 'and' || w === '&') && !(isCapitalized(v, k - 1) || v.low[k + 1] === 'its' || v.low[k + 1] === 'their' || v.low[k + 1] === 'other' || v.low[k + 1] === 'some')) break;
    if (CUE_VERBS.has(w) && !CUE_VERBS.get(w)!.weak) break;
    s = k;
    if (PRONOUNS.has(w) && k === j) break;
  }
  if (s > j) return null;
  // A scan that runs into the sentence start over lower-case words is usually a clause; keep its tail.
  return { s, e: j };
}

function weakOkBefore(v: TokenView, i: number): boolean {
  const ok = WEAK_OK_BEFORE.get(v.low[i]!);
  if (!ok || i + 1 >= v.n) return false;
  return ok.has(v.low[i + 1]!) || (ok.has('CAP') && isCapitalized(v, i + 1));
}

function hasComma(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k <= e; k++) if (v.low[k] === ',') return true;
  return false;
}

function isStrongVerb(w: string): boolean {
  const e = CUE_VERBS.get(w);
  return e !== undefined && !e.weak;
}

/** "-ly" adverbs next to a cue are part of it ("similarly warned", "falsely suggesting"). */
function isLyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !['only', 'family', 'italy', 'rally', 'ally', 'july', 'early', 'daily', 'weekly', 'monthly', 'reilly', 'kelly', 'bully'].includes(w);
}

function isCapitalized(v: TokenView, k: number): boolean {
  if (k < 0 || k >= v.n) return false;
  const c = v.text.charCodeAt(v.start[k]!);
  return c >= 65 && c <= 90;
}

/** "…, X said." / "…, said X." where the cue closes the sentence. */
/** Verbs that news style puts before their subject: "…, said Peskov", "…, added the spokesman". */
const INVERTING = new Set(['say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'reply', 'respond', 'declare', 'insist', 'tell', 'warn', 'argue', 'conclude', 'announce']);

function trailingCue(
  v: TokenView,
  lemma: string,
  cs: number,
  ce: number,
  ss: number,
  se: number,
  leftSource: TokRange | null,
): { source: TokRange | null; antecedent: TokRange | null; content: TokRange[] } | null {
  // Inverted: ", said X." (only verbs that invert, and only when no appositive subject precedes)
  if (cs - 1 > ss && v.low[cs - 1] === ',' && INVERTING.has(lemma) && !leftSource) {
    const after = npAfter(v, ce + 1, se);
    if (after && reachesSentenceEnd(v, after.e, se)) {
      const content = trimRange(v, { s: ss, e: cs - 2 });
      if (content) return { source: after, antecedent: null, content: [content] };
    }
  }
  if (!leftSource) return null;
  const before = leftSource.s - 1;
  if (before <= ss || v.low[before] !== ',') return null;
  if (!reachesSentenceEnd(v, ce, se)) return null;
  const content = trimRange(v, { s: ss, e: before - 1 });
  if (!content) return null;
  return { source: leftSource, antecedent: null, content: [content] };
}

/** True when only punctuation or a short time/place tail ("on Monday", "in Seoul") follows position j. */
function reachesSentenceEnd(v: TokenView, j: number, se: number): boolean {
  const k = j + 1;
  if (k > se) return true;
  if (END_PUNCT.has(v.low[k]!) || isQuoteMark(v.low[k]!)) return true;
  if (v.low[k] === ',') return true;
  if (v.low[k] === 'on' || v.low[k] === 'in' || v.low[k] === 'at' || v.low[k] === 'last' || v.low[k] === 'this' || v.low[k] === 'earlier') {
    for (let m = k; m <= se && m - k < 6; m++) {
      if (END_PUNCT.has(v.low[m]!) || m === se) return true;
      if (v.low[m] === 'that' || v.quote[m] !== -1) return false;
    }
  }
  return false;
}

/** Where indirect content begins: at a nearby "that", after a recipient ("told reporters that"), or right after the cue. */
function contentStart(v: TokenView, ce: number, se: number, lemma: string): number {
  let k = ce + 1;
  if (v.low[k] === ',' || v.low[k] === ':') k++;
  for (let m = ce + 1; m <= se && m - ce <= THAT_WINDOW; m++) {
    const w = v.low[m]!;
    if (w === 'that' && m > ce + 1) {
      const first = v.low[ce + 1]!;
      const tell = TELL_VERBS.has(lemma);
      if (tell || ['on', 'in', 'at', 'with', 'last', 'this', 'earlier', 'during', 'to', 'repeatedly', 'publicly', 'privately', 'recently', 'again', 'before', 'after'].includes(first)) return m;
      break;
    }
    if (CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || v.quote[m] !== -1) break;
  }
  return k;
}

/* ---------------- "In a CBS News poll, …", "… leads in the polls" ---------------- */

/** Heads after "in" that make it a cue: PolNeAR marks "in" with the poll (or "X's words") as source. */
const POLL_NOUNS = new Set('poll polls survey surveys words'.split(' '));
const POLL_PHRASE_STOP = new Set('that where who which were was is are when while before after'.split(' '));
/** "slid in the polls", "far behind him in the polls": standing, not a claim the poll makes. */
const POLL_MOVES = new Set('slid slipped dropped drop fell rose rise surged surge climbed gains gained behind ahead mired'.split(' '));
/** Longest "in" phrase we scan for a poll noun. */
const MAX_POLL_PHRASE = 14;

function pollCue(v: TokenView, i: number, ss: number, se: number): Draft | null {
  let head = -1;
  let k = i + 1;
  for (; k <= se && k - i <= MAX_POLL_PHRASE; k++) {
    const w = v.low[k]!;
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || POLL_PHRASE_STOP.has(w)) break;
    if (POLL_NOUNS.has(w)) head = k;
  }
  // "In other words" is a connective; "exit polls were conducted" a clause, not a source.
  if (head === -1 || (v.low[i + 1] === 'other' && v.low[i + 2] === 'words')) return null;
  let first = ss;
  while (first < i && LEADING_JUNK.has(v.low[first]!)) first++;
  const base = { cue: { s: i, e: i }, antecedent: null, stance: 'neutral' as Stance, rule: 'in-poll', participle: false };
  if (first === i && v.low[k] === ',') {
    // Fronted: "In an NBC News poll released Monday, 50 percent …": the whole phrase is the source.
    const content = trimRange(v, { s: k + 1, e: se });
    return content ? { ...base, source: { s: i + 1, e: k - 1 }, content: [content] } : null;
  }
  // Trailing: "Trump has a decisive lead in the polls": the claim before "in" is the content.
  if (i - first < 3 || head !== k - 1 || !(END_PUNCT.has(v.low[k] ?? '.') || v.low[k] === ',' || k > se)) return null;
  if (POLL_MOVES.has(v.low[i - 1]!)) return null;
  const content = trimRange(v, { s: first, e: i - 1 });
  return content ? { ...base, source: { s: i + 1, e: head }, content: [content] } : null;
}

/* ---------------- "Bloomberg is reportedly considering a run" ---------------- */

/** Adverbs that mark a claim as hearsay without naming its source; PolNeAR marks them alone as the cue. */
// "allegedly" is marked in under a fifth of its uses on train.
const HEARSAY_ADVERBS = new Set(['reportedly', 'purportedly', 'supposedly']);

function hearsayCue(v: TokenView, i: number, ss: number, se: number): Draft | null {
  // "reportedly said": the adverb joins the verb's own cue.
  let k = i + 1;
  while (k <= se && (CUE_MODIFIERS.has(v.low[k]!) || PASSIVE_AUX.has(v.low[k]!))) k++;
  if (CUE_VERBS.has(v.low[k] ?? '')) return null;
  let first = i - 1;
  while (first >= ss && !CLAUSE_PUNCT.has(v.low[first]!) && v.quote[first] === -1) first--;
  const before = trimRange(v, { s: first + 1, e: i - 1 });
  const after = trimRange(v, { s: i + 1, e: se });
  if (!after) return null;
  const content = before ? [before, after] : [after];
  return { cue: { s: i, e: i }, source: null, antecedent: null, content, stance: 'hedged', rule: 'hearsay', participle: false };
}

/* ---------------- headline colon: "Graham: Trump's rhetoric destroying GOP's chance" ---------------- */

/** Rubrics that precede a colon without being a speaker: "The Latest:", "Editor's Note:", "Update:". */
const COLON_LABELS = new Set(
  'latest note update question answer editor exclusive watch video photos photo breaking live analysis opinion review transcript warning correction related read more day week date time source sources credit'.split(' '),
);

/** Longest name before a colon cue. */
const MAX_COLON_SOURCE = 6;

/** Tokens ss..i-1 name a speaker: every word capitalized ("Graham", "NY Post"), not a rubric ("The Latest"). */
function speakerName(v: TokenView, ss: number, i: number, quoted: boolean): boolean {
  const len = i - ss;
  if (len < 1 || len > MAX_COLON_SOURCE || !isCapitalized(v, ss)) return false;
  for (let k = ss; k < i; k++) {
    const w = v.low[k]!;
    if (/^\p{L}/u.test(w) && !isCapitalized(v, k) && w !== "'s") return false;
    if (COLON_LABELS.has(w)) return false;
    if (SOURCE_STOP.has(w) || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || (!quoted && v.quote[k] !== -1) || isStrongVerb(w)) return false;
  }
  return true;
}

function colonCue(v: TokenView, i: number, ss: number, se: number): Draft | null {
  if (!speakerName(v, ss, i, false)) return null;
  let content: TokRange | null;
  const q = v.quote[i + 1];
  if (q !== undefined && q !== -1 && v.regions[q]!.open === i + 1) content = { s: i + 1, e: v.regions[q]!.close };
  else content = trimRange(v, { s: i + 1, e: se });
  if (!content || content.e - content.s < 2) return null;
  return { cue: { s: i, e: i }, source: { s: ss, e: i - 1 }, antecedent: null, content: [content], stance: 'neutral', rule: 'colon', participle: false };
}

/**
 * A transcript turn: a line that opens a quote with a speaker label, '"PENCE: Well, look, …'. The
 * speaker is the label and the turn is the content, up to the quote's end or the line's.
 */
function speakerTurn(v: TokenView, ss: number, se: number): Draft | null {
  const q = v.quote[ss];
  if (q === undefined || q === -1 || v.regions[q]!.open !== ss || !isQuoteMark(v.low[ss]!)) return null;
  let colon = -1;
  for (let k = ss + 2; k <= Math.min(se, ss + 1 + MAX_COLON_SOURCE); k++) {
    if (v.low[k] === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || !speakerName(v, ss + 1, colon, true)) return null;
  const content = trimRange(v, { s: colon + 1, e: Math.min(se, v.regions[q]!.close) });
  if (!content || content.e - content.s < 2) return null;
  return { cue: { s: colon, e: colon }, source: { s: ss + 1, e: colon - 1 }, antecedent: null, content: [content], stance: 'neutral', rule: 'speaker-turn', participle: false };
}

/** Dashes that credit a quote to a name after it. */
const DASHES = new Set(['\u2015', '\u2014', '\u2013', '--']);
/** Longest name after a crediting dash ("― Sonya Herridge"). */
const MAX_DASH_SOURCE = 5;

/**
 * A quote credited by a dash after it: '“He represents our greatest shame.” ― Sonya Herridge'. The
 * dash must follow the closing quote mark, and a capitalised name of a few words must end the line
 * (a final period or comma aside).
 */
function dashAfterQuote(v: TokenView, i: number, se: number): Draft | null {
  const q = v.quote[i - 1];
  if (q === undefined || q === -1 || v.regions[q]!.close !== i - 1 || !v.regions[q]!.closeMark) return null;
  let end = se;
  while (end > i && (v.low[end] === '.' || v.low[end] === ',')) end--;
  if (end <= i || end - i > MAX_DASH_SOURCE) return null;
  for (let k = i + 1; k <= end; k++) {
    const w = v.low[k]!;
    if (!/^\p{L}/u.test(w) || !isCapitalized(v, k) || SOURCE_STOP.has(w) || COLON_LABELS.has(w)) return null;
  }
  const region = v.regions[q]!;
  const content = { s: region.open, e: region.close };
  if (content.e - content.s < 3) return null;
  return { cue: { s: i, e: i }, source: { s: i + 1, e: end }, antecedent: null, content: [content], stance: 'neutral', rule: 'dash-after-quote', participle: false };
}

/* ---------------- noun cues ---------------- */

function nounCue(v: TokenView, i: number, ss: number, se: number, stance: Stance, rule: string): Draft | null {
  let source: TokRange | null = null;
  let cs = i;
  // Adjectives between the possessive and the noun belong to the cue: "Peskov's previous statements".
  let k = i - 1;
  while (k >= ss && k > i - 4 && v.low[k] !== "'s" && !DETERMINERS.has(v.low[k]!) && !CLAUSE_PUNCT.has(v.low[k]!) && !isCapitalized(v, k)) k--;
  if (k >= ss && v.low[k] === "'s") {
    const owner = npEndingAt(v, k - 1, ss);
    if (owner) source = owner;
    cs = k + 1;
  } else if (k >= ss && ['his', 'her', 'their', 'its'].includes(v.low[k]!)) {
    source = { s: k, e: k };
    cs = k + 1;
  }
  // Without an owner ("the claim that …") a noun cue is too often not an attribution (38% on PolNeAR train).
  if (!source) return null;
  const content = trimRange(v, { s: i + 1, e: se });
  if (!content) return null;
  return { cue: { s: cs, e: i }, source, antecedent: null, content: [content], stance, rule, participle: false };
}

/** Stance nouns with the preposition that introduces their target: "support for Trump", "attacks on Clinton". */
const NOUN_PREP_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    support: ['for'],
    criticism: ['of'],
    criticisms: ['of'],
    attacks: ['on'],
    attack: ['on'],
    questions: ['about'],
    opposition: ['to'],
    concerns: ['about', 'over'],
    concern: ['about', 'over'],
    complaints: ['about'],
    praise: ['for'],
  }).map(([k, v]): [string, ReadonlySet<string>] => [k, new Set(v)]),
);
/** Longest target noun phrase after a noun-preposition cue. */
const MAX_TARGET = 12;

function nounPrepCue(v: TokenView, i: number, ss: number, se: number): Draft | null {
  let e = i + 2;
  while (e <= se && e - i - 2 < MAX_TARGET && v.quote[e] === -1 && !CLAUSE_PUNCT.has(v.low[e]!) && !END_PUNCT.has(v.low[e]!) && !(SOURCE_STOP.has(v.low[e]!) && e > i + 2)) e++;
  if (e === i + 2) return null;
  let source: TokRange | null = null;
  let k = i - 1;
  while (k >= ss && k > i - 3 && v.low[k] !== "'s" && /^\p{Ll}/u.test(v.text[v.start[k]!]!) && !DETERMINERS.has(v.low[k]!) && !SOURCE_STOP.has(v.low[k]!)) k--;
  if (k >= ss && v.low[k] === "'s") source = npEndingAt(v, k - 1, ss);
  else if (k >= ss && ['his', 'her', 'their', 'its', 'my', 'our'].includes(v.low[k]!)) source = { s: k, e: k };
  // Without an owner ("criticism of X") the noun matched a gold cue in under 40% of cases on train.
  if (!source) return null;
  return { cue: { s: i, e: i + 1 }, source, antecedent: null, content: [{ s: i + 2, e: e - 1 }], stance: 'neutral', rule: 'noun-prep', participle: false };
}

/* ---------------- refiners ---------------- */

/** Trims leading conjunctions/commas and the sentence-final stop (kept when it sits inside a quote). */
export function trimRange(v: TokenView, r: TokRange): TokRange | null {
  let { s, e } = r;
  while (s <= e && LEADING_JUNK.has(v.low[s]!) && v.quote[s] === -1) s++;
  // A final "?" or "!" belongs to the reported question or exclamation; a period or comma does not.
  while (e >= s && (v.low[e] === '.' || v.low[e] === '...' || v.low[e] === '\u2026' || v.low[e] === ',' || v.low[e] === ';' || v.low[e] === ':') && v.quote[e] === -1) e--;
  if (e < s) return null;
  // An unbalanced trailing closing quote belongs with its opener; keep as is.
  return { s, e };
}

/**
 * Within a sentence, a content that runs into a later clause with its own cue is cut before it when
 * that clause is a sibling ("Despite A's report indicating X, B specified Y"; "X said Y, adding Z";
 * "Y, according to Z"), and kept whole when the later cue is nested in it ("KCNA stated that Putin expressed").
 */
function cutAtLaterClauses(v: TokenView, drafts: Draft[]): void {
  for (const a of drafts) {
    for (const b of drafts) {
      if (a === b || b.cue.s <= a.cue.e) continue;
      const last = a.content[a.content.length - 1]!;
      if (!(last.s < b.cue.s && b.cue.s <= last.e)) continue;
      const bStart = Math.min(b.cue.s, b.source && b.source.s > a.cue.e ? b.source.s : b.cue.s);
      const boundary = bStart - 1;
      const sibling =
        boundary > last.s &&
        (v.low[boundary] === ',' || v.low[boundary] === '\u2014' || v.low[boundary] === ';') &&
        (b.rule !== 'indirect' || b.participle || isCapitalized(v, bStart) || PRONOUNS.has(v.low[bStart]!) || DETERMINERS.has(v.low[bStart]!));
      if (!sibling) continue;
      const cut = trimRange(v, { s: last.s, e: boundary - 1 });
      if (cut) a.content[a.content.length - 1] = cut;
    }
  }
}

/** A content that ends inside a quote it opened runs on to the quote's end, across sentences. */
function extendOpenQuote(v: TokenView, d: Draft): void {
  const last = d.content[d.content.length - 1]!;
  const q = v.quote[last.e]!;
  if (q === -1) return;
  const r = v.regions[q]!;
  if (r.open >= last.s && r.close > last.e) last.e = r.close;
}

/**
 * A sentence made only of a quote, with no cue of its own, continues the attribution just before it
 * (the same or the previous paragraph): PolNeAR and news style both attribute it to the same speaker.
 */
function appendQuoteContinuations(v: TokenView, drafts: Draft[]): void {
  if (!drafts.length) return;
  const used = new Set<number>();
  for (const d of drafts) {
    for (const c of d.content) if (v.quote[c.s] !== -1 && v.regions[v.quote[c.s]!]!.open === c.s) used.add(v.quote[c.s]!);
    // a quote with its own cue inside (a transcript turn, '"PENCE: …') is nobody's continuation
    if (v.quote[d.cue.s] !== -1) used.add(v.quote[d.cue.s]!);
  }
  drafts.sort((a, b) => a.cue.s - b.cue.s);
  let di = 0;
  let lastDirect: Draft | null = null;
  let lastEnd = -1;
  for (let r = 0; r < v.regions.length; r++) {
    const reg = v.regions[r]!;
    while (di < drafts.length && drafts[di]!.cue.s < reg.open) {
      const d = drafts[di]!;
      const end = Math.max(d.cue.e, ...d.content.map((c) => c.e));
      if (end >= lastEnd) {
        lastEnd = end;
        // Any attribution with a speaker can be continued by an uncued quote that follows it.
        lastDirect = d.source ? d : null;
      }
      di++;
    }
    if (used.has(r) || !lastDirect || reg.open <= lastEnd) continue;
    if (!wholeSentences(v, reg)) continue;
    if (v.paragraphOf(reg.open) - v.paragraphOf(lastEnd) > 1) continue;
    // Nothing but punctuation between the previous content and this quote's sentences.
    lastDirect.content.push({ s: reg.open, e: reg.close });
    lastEnd = reg.close;
    used.add(r);
  }
}

function wholeSentences(v: TokenView, reg: { open: number; close: number }): boolean {
  const first = v.sentences[v.sent[reg.open]!]!;
  const last = v.sentences[v.sent[reg.close]!]!;
  for (let k = first.tokenStart; k < reg.open; k++) if (!CLAUSE_PUNCT.has(v.low[k]!)) return false;
  for (let k = reg.close + 1; k < last.tokenEnd; k++) if (!END_PUNCT.has(v.low[k]!) && !CLAUSE_PUNCT.has(v.low[k]!)) return false;
  return reg.close - reg.open >= 3;
}
