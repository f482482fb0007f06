/**
 * Relays: a report passed on from one source to another. "Meridian reported, citing the ministry, that
 * …", "…, Interfax said, quoting a Kremlin source", "according to Xinhua, which cited the ministry, …".
 * The cited party is the source of an attribution of its own, whose content is the relaying report's
 * content and which that report relays (`host`, the relaying candidate's cue: resolve.ts turns it into
 * `via`). Chains of any length follow: "Meridian reported, citing Interfax, which quoted a spokesman,
 * that …" is Meridian → Interfax → the spokesman. The relay phrase itself is cut out of every content.
 *
 * ("Y, as cited by X, said …" needs nothing here: the as-reported-by parser already makes X's content
 * hold Y's cue, so chains.ts links it.)
 */
import type { AttributionCandidate, TokRange } from './candidate.js';
import { RELATIVES } from './lexicon.js';
import { CLAUSE_PUNCT, END_PUNCT, TIME_WORDS, trimRange } from './tokens.js';
import type { TokenView } from '../text/token-view.js';
import { STARTS_UPPER } from '../../util/letter-tests.js';

/** Cue words that hand a report on to the party named after them. */
const RELAY_PARTICIPLES = new Set(['citing', 'quoting']);
const RELAY_VERBS = new Set(['cited', 'quoted', 'citing', 'quoting', 'cites', 'quotes']);
/** What ends the cited party's noun phrase; a preposition ends it only before a time ("citing officials on Monday"). */
const SOURCE_END = new Set(['that', 'as', 'and', 'to', ...RELATIVES]);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier']);

function endsCited(v: TokenView, k: number): boolean {
  const w = v.low[k]!;
  if (SOURCE_END.has(w)) return true;
  if (!TIME_PREPOSITIONS.has(w)) return false;
  const next = v.low[k + 1] ?? '';
  return TIME_WORDS.has(next) || /^\d/.test(next) || MONTH_WORDS.has(next) || w === 'last' || w === 'this' || w === 'earlier';
}

const MONTH_WORDS = new Set('january february march april may june july august september october november december'.split(' '));
/**
 * What a cited party can be: a name, or a phrase with a word for someone who speaks or publishes
 * ("two officials", "a government source", "people familiar with the talks"). "citing security
 * concerns" gives a reason, not a source.
 */
const SPEAKER_WORDS = new Set(
  `official officials source sources spokesman spokeswoman spokesperson ministry ministries agency agencies office
   government authority authorities diplomat diplomats minister ministers report reports statement statements
   newspaper broadcaster channel outlet people person witness witnesses resident residents analyst analysts expert
   experts aide aides adviser advisers advisor advisors insider insiders police military army service officer
   officers lawmaker lawmakers envoy ambassador embassy president leader committee council commission bank
   company union data document documents letter survey poll study sources registrar clerk court judge prosecutor
   prosecutors prosecution lawyer lawyers attorney programme program department directorate regulator secretariat
   chairman chairwoman chief director commander mayor governor administration institute organisation organization
   association federation board management operator hospital doctors observatory navy head heads member members`.split(/\s+/),
);

/** Prepositions that end a cited party's head: "talks between the president and …" is talks, not the president. */
const HEAD_END = new Set('between with in of from at on for about over near inside outside by among against'.split(' '));

function namesSpeaker(v: TokenView, r: TokRange): boolean {
  for (let k = r.s; k <= r.e && !HEAD_END.has(v.low[k]!); k++) {
    if (SPEAKER_WORDS.has(v.low[k]!)) return true;
    if (STARTS_UPPER.test(v.text.slice(v.start[k]!, v.end[k]!))) return true;
  }
  return false;
}

/** The longest cited party read ("a senior official in the presidential administration" fits). */
const MAX_CITED = 10;

interface Relay {
  /** The relay phrase: from "citing" (or "which") to the end of the cited party, with its closing comma. */
  readonly phrase: TokRange;
  readonly cue: TokRange;
  readonly source: TokRange;
  /** A relative relay ("which cited Z") hangs on the party just before it. */
  readonly relative: boolean;
}

/** The relay whose cue is at i, or null. */
function relayAt(v: TokenView, i: number, last: number): Relay | null {
  const w = v.low[i]!;
  if (!RELAY_VERBS.has(w) || v.quote[i] !== -1) return null;
  const prev = v.low[i - 1];
  const relative = prev !== undefined && RELATIVES.has(prev) && prev !== 'that';
  if (!relative && !RELAY_PARTICIPLES.has(w)) return quotedAsSaying(v, i, last);
  // a participle relay follows a comma or a clause ("reported citing", "said, quoting")
  let e = i + 1;
  while (e <= last && e - i <= MAX_CITED && !CLAUSE_PUNCT.has(v.low[e]!) && !END_PUNCT.has(v.low[e]!) && !endsCited(v, e) && v.quote[e] === -1) e++;
  if (e === i + 1) return null;
  const source = { s: i + 1, e: e - 1 };
  if (!namesSpeaker(v, source)) return null;
  // "quoting a source as saying that": the "as saying" belongs to the relay phrase
  if (v.low[e] === 'as' && /^(?:saying|telling|stating)$/.test(v.low[e + 1] ?? '')) e += 2;
  const phraseEnd = v.low[e] === ',' ? e : e - 1;
  return { phrase: { s: relative ? i - 1 : i, e: phraseEnd }, cue: { s: i, e: i }, source, relative };
}

/** "Interfax quoted a source as saying …": the source is relayed by the quoting report, cue "as saying". */
function quotedAsSaying(v: TokenView, i: number, last: number): Relay | null {
  let e = i + 1;
  while (e <= last && e - i <= MAX_CITED && v.low[e] !== 'as' && !CLAUSE_PUNCT.has(v.low[e]!) && !END_PUNCT.has(v.low[e]!) && v.quote[e] === -1) e++;
  if (e === i + 1 || v.low[e] !== 'as' || !/^(?:saying|telling|stating)$/.test(v.low[e + 1] ?? '')) return null;
  if (!namesSpeaker(v, { s: i + 1, e: e - 1 })) return null;
  return { phrase: { s: i + 1, e: v.low[e + 2] === ',' ? e + 2 : e + 1 }, cue: { s: e, e: e + 1 }, source: { s: i + 1, e: e - 1 }, relative: false };
}

/** A source that swallowed a relay phrase at its end ("The Times, citing two officials,") ends before it. */
function cutSource(v: TokenView, r: TokRange | null, p: TokRange): TokRange | null {
  if (!r || p.s <= r.s || p.s > r.e + 1 || p.e < r.e) return r;
  return trimRange(v, { s: r.s, e: p.s - 1 }) ?? r;
}

/** The phrase of an "as cited by X" candidate, with the comma that closes it. */
function asCitedPhrase(v: TokenView, c: AttributionCandidate): TokRange | null {
  if (c.rule !== 'as-reported-by' || !c.source) return null;
  return { s: c.cue.s, e: v.low[c.source.e + 1] === ',' ? c.source.e + 1 : c.source.e };
}

/** A content range with a relay phrase cut out where the phrase opens or closes it. */
function cutPhrase(v: TokenView, r: TokRange, p: TokRange): TokRange | null {
  if (p.e < r.s || p.s > r.e) return r;
  if (p.s <= r.s) return p.e >= r.e ? null : trimRange(v, { s: p.e + 1, e: r.e });
  // the phrase opens after the range's start: the range ends before it (a comma before "citing" goes too)
  return trimRange(v, { s: r.s, e: p.s - 1 });
}

export function relayCandidates(v: TokenView, cands: readonly AttributionCandidate[]): AttributionCandidate[] {
  if (!cands.length) return cands.slice();
  const sentence = v.sentences[v.sent[cands[0]!.cue.s]!]!;
  const last = Math.min(sentence.tokenEnd, v.n) - 1;
  const relays: Relay[] = [];
  for (let i = sentence.tokenStart + 1; i <= last; i++) {
    const r = relayAt(v, i, last);
    if (r) {
      relays.push(r);
      i = r.phrase.e;
    }
  }
  const phrases = relays.map((r) => r.phrase);
  for (const c of cands) {
    const p = asCitedPhrase(v, c);
    if (p) phrases.push(p);
  }
  if (!phrases.length) return cands.slice();
  const isRelayCue = (c: AttributionCandidate): boolean => relays.some((r) => c.cue.s >= r.cue.s && c.cue.s <= r.cue.e);
  const cutContent = (c: AttributionCandidate): TokRange[] => {
    let content: TokRange[] = c.content.slice();
    for (const r of relays) content = content.flatMap((x) => cutPhrase(v, x, r.phrase) ?? []);
    return content;
  };
  // The parsers' own reading of a relay word ("citing" as a participle of the main clause) gives way, but
  // what it read after the cited party is the report's content when the report's own content stopped at
  // the relay ("reported on Tuesday, citing an official, that …").
  const after = new Map<number, TokRange[]>();
  for (const c of cands) if (isRelayCue(c)) after.set(c.cue.s, cutContent(c));
  let out = cands
    .filter((c) => !isRelayCue(c))
    .map((c) => {
      let content = cutContent(c);
      let source = c.source;
      for (const p of phrases) source = cutSource(v, source, p);
      if (!content.length) content = trailingContent(v, c, sentence.tokenStart);
      return content.length ? { ...c, source, content } : { ...c, source };
    });
  const made: AttributionCandidate[] = [];
  for (const r of relays) {
    let host = r.relative ? partyBefore(r, made, out) : hostOf(r, out);
    if (!host) continue;
    const rest = after.get(r.cue.s);
    if (rest?.length && host.cue.e < r.phrase.s && host.content.every((x) => x.e < r.phrase.s) && v.low[rest[0]!.s] === 'that') {
      const old: AttributionCandidate = host;
      host = { ...host, content: rest };
      out = out.map((c) => (c === old ? host! : c));
    }
    const relay: AttributionCandidate = {
      cue: r.cue,
      source: r.source,
      antecedent: null,
      content: host.content,
      stance: 'neutral',
      rule: 'relay',
      participle: !r.relative,
      host: host.cue,
    };
    made.push(relay);
  }
  out = out.concat(made);
  return out;
}

/**
 * A report whose content was only its relay phrase ("…, the Courier reported citing the port") reports
 * what comes before its source.
 */
function trailingContent(v: TokenView, c: AttributionCandidate, first: number): TokRange[] {
  if (!c.source || c.source.s < first + 2 || v.low[c.source.s - 1] !== ',') return [];
  const r = trimRange(v, { s: first, e: c.source.s - 2 });
  return r ? [r] : [];
}

/** The relaying report: the nearest attribution in the unit before the relay, else the first after it. */
function hostOf(r: Relay, cands: readonly AttributionCandidate[]): AttributionCandidate | undefined {
  let best: AttributionCandidate | undefined;
  for (const c of cands) if (c.cue.e < r.cue.s && (!best || c.cue.s > best.cue.s)) best = c;
  return best ?? cands.filter((c) => c.cue.s > r.phrase.e).sort((a, b) => a.cue.s - b.cue.s)[0];
}

/** For "…, which cited Z": the attribution (a relay made so far first) whose source ends just before "which". */
function partyBefore(r: Relay, made: readonly AttributionCandidate[], cands: readonly AttributionCandidate[]): AttributionCandidate | undefined {
  const at = r.phrase.s - 1;
  const ends = (c: AttributionCandidate): boolean => !!c.source && (c.source.e === at || c.source.e === at - 1);
  return made.find(ends) ?? cands.find(ends);
}
