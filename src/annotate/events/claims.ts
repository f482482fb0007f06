/**
 * Claims: each attribution joined to the event mentions its content (or its cue) reports. Content
 * that names no event but talks about timing ("no specific date has been confirmed", "willing to do
 * so at an early date") is joined to the most recent schedulable event still to happen, a few
 * sentences back: that is what such a sentence in a news report is about.
 *
 * Two discourse rules of news writing on top (they change claims only, never the attribution layer):
 * - a nominal report source ("the report", "the subsequent English report") is the agency whose
 *   report was last mentioned ("KCNA's … report", "as reported by KCNA", "as per KCNA");
 * - a sentence with no reporting cue of its own that follows a sentence reported by an agency
 *   continues that report: its events get an inherited claim (lower confidence, `inherited: true`).
 */
import type { Attribution } from '../../doc/schemas/attribution.js';
import type { Entity } from '../../doc/schemas/entities.js';
import type { Timex } from '../../doc/schemas/time.js';
import type { Claim, Event, EventArg } from '../../doc/schemas/events.js';
import { SpanIndex, type SpanLike } from '../../doc/span-index.js';
import { appendAll, maxOf, minOf } from '../../util/arrays.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SCHEDULE_WORDS = /\b(date|dates|time|timing|schedule|scheduled|confirmed|postponed|cancel(l)?ed|soon|do so|happen|take place|occur|trip|visit)\b/i;
const DISCOURSE_REACH = 3;
/** "no (specific) date has been set", "a date has not been confirmed", "not yet scheduled". */
const NO_DATE = /\bno (?:specific |fixed |firm |exact |concrete |precise )?(?:dates?|timing|timetable)\b|\bdates?\b[^.]{0,30}\b(?:has|have|had) (?:not|yet to) (?:yet )?be(?:en)? (?:set|confirmed|fixed|agreed|announced|decided)\b|\bnot (?:yet )?(?:been )?scheduled\b/i;
/** Head nouns of a source that is a report rather than a speaker. */
const REPORT_NOUN = /\b(report|reports|dispatch|dispatches|bulletin|broadcast|article|commentary|release)\b/i;
/** Cue lemmas that credit a report to its outlet: "as reported by X", "as per X", "according to X", "X reported". */
const REPORT_LEMMAS = new Set(['as-reported-by', 'report', 'as per', 'as-per', 'according to', 'according-to', 'cite', 'quote']);
const REPORT_BACK = 8;
const INHERIT_BACK = 2;

export const CLAIM_CONFIDENCE = { named: 0.9, timing: 0.7, inherited: 0.6 } as const;

export interface ClaimInput {
  readonly text: string;
  readonly attributions: readonly Attribution[];
  readonly events: readonly Event[];
  readonly timexes: readonly Timex[];
  /** An index of `timexes` the caller has built already (the same index is built here otherwise). */
  readonly timexIndex?: SpanIndex<Timex>;
  /** Sentence index of each event (same order as events). */
  readonly eventSentence: readonly number[];
  /** Sentence index for a character offset. */
  readonly sentenceOf: (offset: number) => number;
  readonly schedulable: (e: Event) => boolean;
  /** Entity types by id, to tell an agency (ORG) from a person. Optional: without it nothing is inherited. */
  readonly entities?: ReadonlyMap<string, Entity>;
  /** Paragraph index and span of each sentence. Optional: without it nothing is inherited. */
  readonly sentences?: readonly { readonly start: number; readonly end: number; readonly paragraph: number }[];
}

function inside(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** An event's trigger as an indexable span, with the event's position in the events array. */
interface TriggerSpan extends SpanLike {
  readonly event: Event;
  readonly k: number;
}

/** Items of `idx` inside any of `spans`, each once, in input order. */
function insideAny<T extends SpanLike>(idx: SpanIndex<T>, spans: readonly SpanLike[]): T[] {
  const found = new Set<T>();
  for (const c of spans) for (const x of idx.within(c.start, c.end)) found.add(x);
  return idx.inInputOrder([...found]);
}

type ClaimSource = NonNullable<Claim['source']>;

/**
 * The source a claim credits. A named source as given; a nominal report ("the report") linked to the
 * outlet of the report last mentioned before it, within a few sentences.
 */
function resolveSource(a: Attribution, input: ClaimInput, before: readonly Attribution[]): ClaimSource | null {
  if (!a.source) return null;
  const s = a.source;
  const base = { start: s.start, end: s.end };
  if (s.entity) return { start: s.start, end: s.end, entity: s.entity };
  const text = input.text.slice(s.start, s.end);
  if (!input.entities || !REPORT_NOUN.test(text)) return base;
  const here = input.sentenceOf(a.cue.start);
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k]!;
    if (here - input.sentenceOf(p.cue.start) > REPORT_BACK) break;
    const ent = p.source?.entity ? input.entities.get(p.source.entity) : undefined;
    if (!ent || ent.type !== 'ORG') continue;
    const ownText = input.text.slice(p.source!.start, p.source!.end);
    if (REPORT_NOUN.test(ownText) || REPORT_LEMMAS.has(p.lemma ?? '') || REPORT_LEMMAS.has(p.rule ?? '')) {
      return { start: s.start, end: s.end, entity: ent.id, rule: 'source:report-anaphor' };
    }
  }
  return base;
}

/** Right before a time: "since" makes it the start of a state ("held in Spain since March 2"), no time a claim gives. */
const SINCE_BEFORE = /\bsince\s+$/i;

/**
 * The time a claim gives: its event's time when that lies in the content, else a free timex of the content that is no
 * state's start ("since March 2").
 */
function claimTime(a: Attribution, joined: readonly Event[], timexIndex: SpanIndex<Timex>, owned: ReadonlySet<string>, text: string): EventArg | undefined {
  for (const e of joined) if (e.time && inside(e.time.start, e.time.end, a.content)) return { ...e.time, rule: 'claim:event-time' };
  const t = insideAny(timexIndex, a.content).find((x) => x.type !== 'DURATION' && x.type !== 'SET' && !owned.has(x.id) && !SINCE_BEFORE.test(text.slice(Math.max(0, x.start - 8), x.start)));
  return t ? { start: t.start, end: t.end, timex: t.id, rule: 'claim:content-time' } : undefined;
}

export function joinClaims(input: ClaimInput): Claim[] {
  const { attributions, events, timexes, text } = input;
  const claims: Claim[] = [];
  const ordered = [...attributions].sort((x, y) => x.cue.start - y.cue.start);
  const sourceOf = new Map<string, ClaimSource | null>();
  ordered.forEach((a, k) => sourceOf.set(a.id, resolveSource(a, input, ordered.slice(Math.max(0, k - 12), k))));
  // Indexes: a long document has thousands of attributions, events and timexes; no all-pairs scans.
  const triggers = new SpanIndex<TriggerSpan>(events.map((e, k) => ({ start: e.trigger.start, end: e.trigger.end, event: e, k })));
  const timexIndex = input.timexIndex ?? new SpanIndex(timexes);
  const owned = new Set(events.flatMap((e) => (e.time?.timex ? [e.time.timex] : [])));
  for (const a of attributions) {
    if (!a.content.length) continue;
    const from = minOf(a.content.map((c) => c.start));
    const to = maxOf(a.content.map((c) => c.end));
    const found = new Set([...insideAny(triggers, a.content), ...triggers.overlapping(a.cue.start, a.cue.end)]);
    const hits = [...found].sort((x, y) => x.k - y.k).map((t) => t.event);
    let joined = hits;
    let confidence: number = CLAIM_CONFIDENCE.named;
    if (!joined.length) {
      const contentText = a.content.map((c) => text.slice(c.start, c.end)).join(' ');
      const hasTime = a.content.some((c) => timexIndex.within(c.start, c.end).length > 0);
      if (hasTime || SCHEDULE_WORDS.test(contentText)) {
        const here = input.sentenceOf(from);
        let best: Event | undefined;
        for (let k = lastEventBefore(triggers, from); k >= 0; k--) {
          const e = events[k]!;
          if (e.trigger.start >= from) continue;
          if (here - input.eventSentence[k]! > DISCOURSE_REACH) break;
          if (!input.schedulable(e) || e.type === 'REQUEST' || e.status === 'occurred' || e.modality === 'negated') continue;
          best = e;
          break;
        }
        if (best) {
          joined = [best];
          confidence = CLAIM_CONFIDENCE.timing;
        }
      }
    }
    const clusters = [...new Set(joined.map((e) => e.cluster))];
    const time = joined.length ? claimTime(a, joined, timexIndex, owned, text) : undefined;
    const contentText = text.slice(from, to);
    const source = sourceOf.get(a.id) ?? null;
    // (optional keys assigned in the order they were spread before: the same JSON without a temporary object each)
    const claim = { id: `c-${a.id}`, attribution: a.id, events: joined.map((e) => e.id), clusters, proposition: { start: from, end: to }, source } as Mutable<Claim>;
    if (a.via) claim.via = `c-${a.via}`;
    claim.stance = a.stance;
    if (time) claim.time = time;
    if (NO_DATE.test(contentText)) claim.dateNotSet = true;
    if (joined.length) claim.confidence = confidence;
    claims.push(claim);
  }
  appendAll(claims, inheritedClaims(input, sourceOf, triggers));
  return claims;
}

/** Index of the last event whose trigger starts before `pos`; out of text order, the last of all (the loop skips later ones). */
function lastEventBefore(triggers: SpanIndex<TriggerSpan>, pos: number): number {
  return triggers.inputSorted ? triggers.lowerBound(pos) - 1 : triggers.size - 1;
}

/** A report credited to an outlet: "as per X", "according to X", "X reported", "X's report", "the report". */
function creditedToAgency(a: Attribution, sourceOf: ReadonlyMap<string, ClaimSource | null>, entities: ReadonlyMap<string, Entity>, text: string): boolean {
  const src = sourceOf.get(a.id);
  if (!src?.entity || entities.get(src.entity)?.type !== 'ORG') return false;
  return src.rule === 'source:report-anaphor' || REPORT_LEMMAS.has(a.lemma ?? '') || REPORT_LEMMAS.has(a.rule ?? '') || REPORT_NOUN.test(text.slice(src.start, src.end));
}

/**
 * Inherited claims. An event that no reporting attribution covers (none has it in its content or
 * cue, leaving aside attributions whose cue is itself an event: "Both nations agreed …") gets a claim
 * by the agency that reported the sentence before (or the one before that, within the same or the
 * previous paragraph), when that sentence is itself reported by an agency and no other source came
 * between. One claim per sentence and source.
 */
function inheritedClaims(
  input: ClaimInput,
  sourceOf: ReadonlyMap<string, ClaimSource | null>,
  triggers: SpanIndex<TriggerSpan>,
): Claim[] {
  const { attributions, events, entities, sentences } = input;
  if (!entities || !sentences || !events.length) return [];
  // (no named closures here: under tsx, esbuild's keepNames wraps each in a `__name` call every time it is made)
  const reporting = attributions.filter((a) => a.content.length && !triggers.overlapping(a.cue.start, a.cue.end).length);
  const reportedContent = new SpanIndex(reporting.flatMap((a) => a.content.map((c) => ({ start: c.start, end: c.end }))));
  const reportingCues = new SpanIndex(reporting.map((a) => ({ start: a.cue.start, end: a.cue.end })));
  const reportingIn = new Map<number, Attribution[]>();
  for (const a of reporting) {
    const s = input.sentenceOf(a.cue.start);
    const list = reportingIn.get(s);
    if (list) list.push(a);
    else reportingIn.set(s, [a]);
  }
  const bySentence = new Map<number, Event[]>();
  events.forEach((e, k) => {
    // an event inside reported content or at a reporting cue has its claim already
    if (reportedContent.containing(e.trigger.start, e.trigger.end).length > 0 || reportingCues.overlapping(e.trigger.start, e.trigger.end).length > 0) return;
    const s = input.eventSentence[k]!;
    const list = bySentence.get(s);
    if (list) list.push(e);
    else bySentence.set(s, [e]);
  });
  const out: Claim[] = [];
  for (const [s, evs] of bySentence) {
    const para = sentences[s]?.paragraph;
    // a sentence with a reporting cue of its own is not a continuation
    if (para === undefined || reportingIn.get(s)?.length) continue;
    let from: Attribution | undefined;
    for (let back = 1; back <= INHERIT_BACK && s - back >= 0; back++) {
      const prev = sentences[s - back]!;
      if (prev.paragraph < para - 1) break;
      const rep = reportingIn.get(s - back);
      if (!rep?.length) continue;
      // the outermost agency report of that sentence; another kind of source there ends the carry-over
      from = rep.filter((a) => creditedToAgency(a, sourceOf, entities, input.text)).sort((x, y) => Number(Boolean(x.via)) - Number(Boolean(y.via)) || x.cue.start - y.cue.start)[0];
      break;
    }
    if (!from) continue;
    const sent = sentences[s]!;
    out.push({
      id: `c-${from.id}-s${s}`,
      attribution: from.id,
      events: evs.map((e) => e.id),
      clusters: [...new Set(evs.map((e) => e.cluster))],
      proposition: { start: sent.start, end: sent.end },
      source: sourceOf.get(from.id) ?? null,
      ...(from.via ? { via: `c-${from.via}` } : {}),
      stance: 'neutral',
      confidence: CLAIM_CONFIDENCE.inherited,
      inherited: true,
      inheritedFrom: `c-${from.id}`,
    });
  }
  return out;
}
