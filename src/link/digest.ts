/**
 * What the link layer reads of one stored report: its metadata, term counts, entities with keys, the
 * document-level events (one per coreference cluster) and the claims about them, each with evidence
 * spans and the relay chain inside the report. Built from stored layers only, so a relink never needs
 * an annotator; the digest is plain JSON and is stored beside the article for replays.
 */
import { inFurniture, readFurniture } from './furniture.js';
import type { Doc } from '../doc/doc.js';
import type { Sentence } from '../doc/schemas/text.js';
import type { Timex } from '../doc/schemas/time.js';
import { SpanIndex } from '../doc/span-index.js';
import { eventViews, type EventView, type TimeView } from '../doc/views/events.js';
import { type Claim, type EventFamily } from '../doc/schemas/events.js';
import { addTerms } from './terms.js';
import { addDays, daylessTime, daysBetween } from './days.js';
import { nearbyPreparation } from './preparations.js';
import { triggerOffset } from './trigger-at.js';
import { isPlan } from './status.js';
import type { NameCandidate } from '../doc/schemas/names.js';
import { appendAll, maxOf, minOf } from '../util/arrays.js';
import { POSTPONEMENT } from '../util/plan-change.js';
import { StatedQuantities, type StatedQuantity } from './quantities.js';
import type { DateWindow, Evidence, StoryArticle } from './schema.js';
import { generalReading } from './tense.js';
import { IRREGULAR_PAST_FORMS } from '../util/irregular-verbs.js';
import { isBareDenial, premiseOfReport, reportedBefore, reportedDenialsOther, type ReportedDenial } from './anaphoric-denial.js';
import { followedIfLed } from './happening-follow.js';

export interface DigestEntity {
  readonly key: string;
  readonly type: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly affiliation: string | null;
  readonly mentions: number;
  /** Named in the title or the first sentence: what the report is about. */
  readonly lead: boolean;
  /**
   * A name read without an entity layer (a report in a language the entity annotators have no model for):
   * one of the keys it could have, which counts only where a story already knows the key.
   */
  readonly candidate?: boolean;
  /** Keys of the other names the report gives it ("org:kba" beside "the Federal Motor Transport Authority"). */
  readonly aliasKeys?: readonly string[];
}

export interface DigestTime {
  readonly text: string;
  readonly value: string | null;
  readonly window: DateWindow | null;
  /** "not before X": the window is a lower bound. */
  readonly notBefore: boolean;
  /** The sentence that states the time (absent in digests made before it was kept). */
  readonly evidence?: Evidence;
}

export interface DigestClaim {
  readonly id: string;
  readonly clusters: readonly string[];
  readonly sourceKey: string | null;
  readonly sourceName: string | null;
  /** Names along the relay inside this report, origin first (the outlet is added by the linker). */
  readonly chain: readonly string[];
  readonly cue: string;
  readonly stance: string;
  readonly text: string;
  readonly evidence: Evidence;
  readonly time: DigestTime | null;
  readonly dateNotSet: boolean;
  readonly negated: boolean;
  readonly quantities: readonly StatedQuantity[];
}

export interface DigestEvent {
  readonly cluster: string;
  readonly type: string;
  readonly lemma: string;
  readonly trigger: string;
  /** Every mention's trigger word, distinct, in text order ("sworn", "swearing-in"); absent in digests made before. */
  readonly triggers?: readonly string[];
  /** Everyone taking part (actors and targets), by global key. */
  readonly participants: readonly string[];
  /** Who acts (the visitor, the signatory), by global key. */
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly time: DigestTime | null;
  /** The per-report status and modality, as the events layer reads them. */
  readonly status: string | null;
  /** Incidents, legal processes, strikes, rate decisions, elections: the family and the phase this report gives. */
  readonly family?: EventFamily;
  readonly phase?: string;
  readonly modality: string;
  readonly certainty: number;
  /** Words that set the status or modality ("preparations", "postponed", "unlikely"). */
  readonly cues: readonly string[];
  /** The events-layer rules that set a mention's status ("status:lang-postponed"), in any language. */
  readonly statusRules?: readonly string[];
  /**
   * "findings were expected within a month": a span from the report's day that bounds a plan with no time of its own,
   * as a window from the report's day to the span's end. Only a step's time (for drift), never the event's dates.
   */
  readonly within?: DigestTime;
  /**
   * A happening (HAPPENING_TYPE) the report leads with: a mention in its first sentence or a word of its title. Which
   * happenings a story follows is read from what its reports lead with (link-report.ts). Absent otherwise.
   */
  readonly lead?: boolean;
  /** The sentence of the first mention (whose trigger is `trigger`). */
  readonly evidence: Evidence;
  /** Where the first mention's trigger starts in `evidence.text`; absent in digests made before it was kept. */
  readonly triggerAt?: number;
  /** Every sentence that mentions the event, in text order (status words are read from these). */
  readonly sentences: readonly Evidence[];
  readonly claims: readonly string[];
}

/** An amount the report states anywhere (not only in claims), with the sentence and who states it. */
export interface DigestQuantity extends StatedQuantity {
  readonly evidence: Evidence;
  /** The claim's source when the amount is inside a claim; null when the outlet states it. */
  readonly source: string | null;
}

export interface ReportDigest {
  readonly article: StoryArticle;
  /** The report's publication day (YYYY-MM-DD), or null when unknown. */
  readonly day: string | null;
  /** Term counts of title and body (title twice). */
  readonly terms: Readonly<Record<string, number>>;
  readonly entities: readonly DigestEntity[];
  readonly events: readonly DigestEvent[];
  readonly claims: readonly DigestClaim[];
  readonly quantities: readonly DigestQuantity[];
}

export interface ReportMeta {
  readonly id: number;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly nearDupOf: number | null;
}

/** Past forms that do not end in -ed ("was sworn in", "won", "fled"); "quit" is the one same-form verb that names a change of office, and no noun. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([...IRREGULAR_PAST_FORMS, 'quit']);

/** Whether a trigger is a past form of its lemma: "resigned" of resign, "sworn" of swear (not "resignation"). */
export function pastForm(trigger: string, lemma: string): boolean {
  const t = trigger.toLowerCase();
  if (IRREGULAR_PAST.has(t)) return true;
  if (t === lemma.toLowerCase()) return false;
  return (/ed$/.test(t) && t.startsWith(lemma.toLowerCase().replace(/e$/, '').slice(0, 4)));
}

/**
 * A change of office or an economic happening the events layer gives no status of its own (a resignation, an
 * appointment, a swearing-in; a fleet grounded, flights cancelled, a service restored, pumps replaced: POLITICAL and
 * ECONOMY events outside the families whose phases say where they stand) that the report tells, on the record, in a
 * past form ("resigned on Tuesday", "was sworn in on Friday", "grounded all 12 of its turboprops", "460 cancelled
 * flights"): it has happened, as the layer's "occurred" says of the kinds it knows (an arrest, a collapse). Deals and
 * speech acts ("agreed", "rejected") are left as the layer reads them: they are so often what someone claims.
 */
const TOLD_PAST_TYPES: ReadonlySet<string> = new Set(['POLITICAL', 'ECONOMY']);

export function toldAsPast(v: Pick<EventView, 'type' | 'family' | 'modality' | 'lemma'> & { readonly mentions: readonly Pick<EventView['mentions'][number], 'modality' | 'trigger'>[] }): boolean {
  return TOLD_PAST_TYPES.has(v.type) && !v.family && v.modality === 'asserted' && v.mentions.some((m) => m.modality === 'asserted' && pastForm(m.trigger, v.lemma));
}

export function dayOf(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m ? m[1]! : null;
}

function windowOf(t: TimeView): DateWindow | null {
  const w = t.window;
  if (w) {
    const from = w.from && /^\d{4}-\d{2}-\d{2}/.test(w.from) ? w.from.slice(0, 10) : null;
    const to = w.to && /^\d{4}-\d{2}-\d{2}/.test(w.to) ? w.to.slice(0, 10) : null;
    if (from || to) return { from, to };
  }
  const v = t.value ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { from: v, to: v };
  if (/^\d{4}-\d{2}$/.test(v)) return { from: `${v}-01`, to: `${v}-${String(daysInMonth(v)).padStart(2, '0')}` };
  if (/^\d{4}$/.test(v)) return { from: `${v}-01-01`, to: `${v}-12-31` };
  return null;
}

function daysInMonth(ym: string): number {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Words before a time that make it a lower bound: "not before", "no earlier than", "not … until", "unlikely
 * before", also through the happening that sets the point: "not before Kenya's budget is read in June".
 */
const NOT_BEFORE = /\b(?:(?:not|no|unlikely)\b[^.;]{0,30}?\b(?:before|until|earlier than)|no sooner than)(?:\s*(?:the\s+)?|(?:\s+[\w'’-]+){1,6}?\s+(?:in|on|at|by)\s+(?:the\s+)?)$/i;

/** A negation before a time whose own words begin with "before" or "until" ("will not take place | before the summit"). */
const NEGATED = /\b(?:not|no|unlikely)\b[^.;,]{0,30}?$/i;
const BOUND_START = /^(?:before|until|till|earlier than)\b/i;

/**
 * Whether the time starting at `start` is a lower bound by the words before it, or by its own first word after a
 * negation (the time layer may take "before the European Union summit" as the time itself).
 */
export function notBeforeAt(text: string, start: number, time = ''): boolean {
  const before = text.slice(Math.max(0, start - 96), start);
  return NOT_BEFORE.test(before) || (BOUND_START.test(time) && NEGATED.test(before)) || AT_THE_EARLIEST.test(text.slice(start + time.length, start + time.length + 32));
}

/** Words right after a time that make it a lower bound: "on Thursday at the earliest", "next week at the very earliest". */
const AT_THE_EARLIEST = /^\s*,?\s*at\s+the\s+(?:very\s+)?earliest\b/i;

function digestTime(t: TimeView | null | undefined, text: string, evidence: (at: { start: number; end: number }) => Evidence): DigestTime | null {
  if (!t) return null;
  const window = daylessTime(t.text) ? null : windowOf(t);
  return { text: t.text, value: t.value ?? null, window, notBefore: notBeforeAt(text, t.start, t.text), evidence: evidence(t) };
}

/** "within" (and "the next" or "the coming") right before a duration: "within a month", "within the next 30 days". */
const WITHIN_BEFORE = /\bwithin\s+(?:the\s+(?:next|coming)\s+)?$/i;
/** Days of one unit of a TimeML duration, and of a vague count of them ("within days" is about a week). */
const UNIT_DAYS: Readonly<Record<string, { one: number; some: number }>> = { D: { one: 1, some: 7 }, W: { one: 7, some: 21 }, M: { one: 30, some: 90 }, Y: { one: 365, some: 730 } };

/**
 * The first duration after "within" in a sentence ("findings were expected within a month", "back in service within
 * days"), as a time from the report's day to the span's end; null without a report day or such a span.
 */
export function withinSpan(doc: Pick<Doc, 'text'>, timexes: SpanIndex<Timex>, sentence: Evidence, day: string | null): DigestTime | null {
  if (!day) return null;
  for (const t of timexes.within(sentence.start, sentence.end)) {
    if (t.type !== 'DURATION' || !WITHIN_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 24), t.start))) continue;
    const m = /^P(\d+|X)([DWMY])$/.exec(t.value ?? '');
    if (!m) continue;
    const unit = UNIT_DAYS[m[2]!]!;
    const days = m[1] === 'X' ? unit.some : Number(m[1]) * unit.one;
    return { text: `within ${doc.text.slice(t.start, t.end)}`, value: null, window: { from: day, to: addDays(day, days) }, notBefore: false, evidence: sentence };
  }
  return null;
}

/** The sentence around a span, as evidence (found by binary search: digests stay linear in the document). */
export function sentenceEvidence(doc: Pick<Doc, 'text'>, sentences: SpanIndex<Sentence>, article: number, at: { start: number; end: number }): Evidence {
  // a quotation of two sentences ("Our fishermen are not criminals. They were …," Kane said) is evidence whole, with
  // the words that name its source
  const over = sentences.overlapping(at.start, at.end);
  const s = sentences.containing(at.start, at.end)[0] ?? (over.length ? { start: minOf(over.map((x) => x.start)), end: maxOf(over.map((x) => x.end)) } : { start: at.start, end: at.end });
  return { article, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

const NEGATION = /\b(?:not|no|never|denied|denies|deny|unlikely|ruled out|rules out|dismissed|rejected|rejects)\b/i;

/** The stored `names` layer as candidate entities: one per key, with its mention count and whether the lead names it. */
export function candidateEntities(names: readonly NameCandidate[], text: string, leadEnd: number): DigestEntity[] {
  const byKey = new Map<string, { key: string; type: string; name: string; roles: string[]; affiliation: null; mentions: number; lead: boolean; candidate: true }>();
  for (const n of names) {
    for (const k of n.keys) {
      const seen = byKey.get(k.key);
      if (seen) {
        seen.mentions++;
        seen.lead ||= n.start < leadEnd;
      } else byKey.set(k.key, { key: k.key, type: k.type, name: text.slice(n.start, n.end), roles: [], affiliation: null, mentions: 1, lead: n.start < leadEnd, candidate: true });
    }
  }
  return [...byKey.values()];
}

/** A past time dates the other happenings of its sentence only when it ended this many days before the report. */
const SHARED_PAST_DAYS = 90;

/** Whether a day lies more than SHARED_PAST_DAYS before the report's day: a past story's, not the report's news. */
function wellBefore(to: string, day: string): boolean {
  return daysBetween(to, day) > SHARED_PAST_DAYS;
}

/**
 * An event that is over and has no time of its own takes the past time of another event over in its sentence:
 * "Three miners died there in November 2019 when a ventilation shaft caved in" dates the caving in, so that a
 * report's recap of an earlier incident is not read as the one it reports. Only a time well before the report
 * is shared ("on Friday" is not: a sentence may tell today's step beside yesterday's).
 */
export function pastTimesShared(events: readonly DigestEvent[], day: string | null): DigestEvent[] {
  if (!day) return [...events];
  const past = new Map<number, DigestEvent>();
  for (const e of events) {
    const to = e.time?.window?.to;
    if (e.status === 'occurred' && to && !e.time!.notBefore && wellBefore(to, day) && !past.has(e.evidence.start)) past.set(e.evidence.start, e);
  }
  return events.map((e) => {
    const dated = e.time === null && e.status === 'occurred' ? past.get(e.evidence.start) : undefined;
    return dated && !inRelativeAfter(e, dated) ? { ...e, time: dated.time } : e;
  });
}

/**
 * "Borneo Skyways last grounded its fleet in 2019, for nine days. The fleet returned to service after every aircraft
 * had been checked.": a happening told once, in a past form, in a sentence with no time of its own goes on the past
 * story the sentence before it dates, in the same paragraph. Only a time well before the report carries over, and
 * only to a sentence that names no time (the narrative moves on when a new time is given).
 */
export function narrativePast(events: readonly DigestEvent[], doc: Pick<Doc, 'layers'>, sentences: SpanIndex<Sentence>, timexes: SpanIndex<Timex>, day: string | null): DigestEvent[] {
  const list = doc.layers.sentences ?? [];
  if (!day || list.length < 2) return [...events];
  const orderOf = (at: number): number => minOf(sentences.containing(at, at + 1).map((x) => sentences.order(x)), -1);
  const past = new Map<number, DigestEvent>();
  for (const e of events) {
    const to = e.time?.window?.to;
    if (e.status === 'occurred' && to && !e.time!.notBefore && wellBefore(to, day)) {
      const i = orderOf(e.evidence.start);
      if (i >= 0 && !past.has(i)) past.set(i, e);
    }
  }
  if (!past.size) return [...events];
  return events.map((e) => {
    if (e.time !== null || e.status !== 'occurred' || e.modality !== 'asserted' || e.sentences.length !== 1 || !simplePast(e.trigger)) return e;
    const i = orderOf(e.evidence.start);
    const before = past.get(i - 1);
    if (i < 1 || !before) return e;
    const own = list[i]!;
    // a time that starts in the sentence: the narrative moves on
    const timed = timexes.lowerBound(own.start) < timexes.lowerBound(own.end);
    if (timed || own.paragraph !== list[i - 1]!.paragraph) return e;
    return { ...e, time: before.time };
  });
}

/** From a time's end to a trigger inside the "when" clause that the time opens: ", when the same judge ". */
const WHEN_CLAUSE_BETWEEN = /^,?\s+when\s+[^.;:!?]*$/i;

/**
 * "the heaviest penalty since 2022, when the same judge jailed a land board chairman", "The same hills burned in August
 * 2016, when a fire destroyed 9,000 hectares": a happening told in the "when" clause of a past time is dated by the time
 * itself (its value, not the span "since 2022" opens to the report's day). Only a time well before the report
 * (SHARED_PAST_DAYS), only a happening over and undated or dated by that same time.
 */
export function whenClauseTimes(events: readonly DigestEvent[], timexes: SpanIndex<Timex>, text: string, evidence: (at: { start: number; end: number }) => Evidence, day: string | null): DigestEvent[] {
  if (!day || !timexes.size) return [...events];
  return events.map((e) => {
    if (e.status !== 'occurred' || e.modality !== 'asserted') return e;
    const at = e.evidence.start + triggerOffset(e);
    if (at < e.evidence.start) return e;
    for (const t of timexes.within(e.evidence.start, at)) {
      if (t.type !== 'DATE' || !t.value || !WHEN_CLAUSE_BETWEEN.test(text.slice(t.end, at))) continue;
      const said = text.slice(t.start, t.end);
      // the event's own time, when it has one, is this time read as a span ("since 2022" runs to the report's day):
      // the "when" clause tells what happened at the time itself
      if (e.time !== null && e.time.text !== said) return e;
      const time = digestTime({ text: said, start: t.start, end: t.end, value: t.value }, text, evidence);
      const to = time?.window?.to;
      if (time && to && wellBefore(to, day)) return { ...e, time };
    }
    return e;
  });
}

/** A past form of any verb: "returned", "sworn" (whatever lemma the events layer gives the event). */
function simplePast(trigger: string): boolean {
  const t = trigger.toLowerCase();
  return IRREGULAR_PAST.has(t) || /[a-z]{2}ed$/.test(t);
}

/** A relative clause's opener after a comma: ", which was last inspected in 2023", ", who was jailed in 2018". */
const RELATIVE_OPENER = /,\s*(?:which|who|whose|where)\b/i;

/**
 * "have opened an investigation into the maintenance of the dam, which was last inspected in 2023": the dated
 * happening is told in a relative clause after the undated one, about something the undated one names, and dates
 * only itself.
 */
function inRelativeAfter(undated: DigestEvent, dated: DigestEvent): boolean {
  const sentence = undated.evidence.text;
  const u = triggerOffset(undated);
  const d = triggerOffset(dated);
  return u >= 0 && d > u && RELATIVE_OPENER.test(sentence.slice(u, d));
}

/** An event the layer reads as called off whose cue only puts it off (util/plan-change.ts): a plan still, at a later time. */
function putOff(v: EventView): boolean {
  return v.status === 'cancelled' && v.mentions.some((m) => m.statusCue !== undefined && m.statusCue !== null && POSTPONEMENT.test(m.statusCue));
}

export function digestReport(meta: ReportMeta, doc: Doc): ReportDigest {
  const text = doc.text;
  const sentences = new SpanIndex(doc.layers.sentences ?? []);
  const timexes = new SpanIndex(doc.layers.timexes ?? []);
  const article: StoryArticle = { id: meta.id, title: meta.title, outlet: meta.outlet, published: meta.published, language: meta.language, copyOf: meta.nearDupOf };
  const terms = addTerms(new Map(), text);
  if (meta.title) addTerms(terms, meta.title, 2);

  const mentions = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]));
  const firstSentenceEnd = doc.layers.sentences?.[0]?.end ?? 0;
  const titleLower = (meta.title ?? '').toLowerCase();
  // a name met only in page furniture (a dateline's agency, the reporters' credit) is no entity of the story
  const { spans: furniture, credits } = readFurniture(text);
  // … and so is the wire or the outlet itself, named in the body ("economists polled by Meridian"): one wire files
  // many unrelated stories
  if (meta.outlet) credits.add(meta.outlet.toLowerCase());
  const entities: DigestEntity[] = (doc.layers.entities ?? []).flatMap((e) => {
    if (e.type === 'ORG' && credits.has(e.canonical.toLowerCase())) return [];
    const all = e.mentions.map((id) => mentions.get(id)).filter((m) => m !== undefined);
    const ms = furniture.length ? all.filter((m) => !inFurniture(furniture, m)) : all;
    if (all.length && !ms.length) return [];
    const lead = ms.some((m) => m.start < firstSentenceEnd) || (titleLower !== '' && titleLower.includes(e.canonical.toLowerCase()));
    const out: DigestEntity = { key: e.key, type: e.type, name: e.canonical, roles: e.roles, affiliation: e.affiliation ?? null, mentions: ms.length, lead };
    return [e.aliases?.length ? { ...out, aliasKeys: e.aliases } : out];
  });
  // a report the entity annotators did not read (another language): its names, as candidate keys
  if (!doc.layers.entities) appendAll(entities, candidateEntities(doc.layers.names ?? [], text, firstSentenceEnd));
  const keyOfEntity = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.key]));

  const claimsById = new Map<string, Claim>((doc.layers.claims ?? []).map((c) => [c.id, c]));
  const attributions = new Map((doc.layers.attributions ?? []).map((a) => [a.id, a]));
  const entityName = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.canonical]));
  const sourceName = (c: Claim): string | null => {
    if (!c.source) return null;
    return (c.source.entity ? entityName.get(c.source.entity) : undefined) ?? text.slice(c.source.start, c.source.end);
  };

  const views: EventView[] = eventViews(doc);
  const claimTimes = new Map<string, TimeView>();
  for (const v of views) for (const c of v.claims) if (c.time && !claimTimes.has(c.id)) claimTimes.set(c.id, c.time);

  const stated = new StatedQuantities(doc);
  const evidenceAt = (at: { start: number; end: number }): Evidence => sentenceEvidence(doc, sentences, meta.id, at);
  const claims: DigestClaim[] = [];
  for (const c of doc.layers.claims ?? []) {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let cur: Claim | undefined = c; cur && !seen.has(cur.id); cur = cur.via ? claimsById.get(cur.via) : undefined) {
      seen.add(cur.id);
      const name = sourceName(cur);
      if (name && chain[chain.length - 1] !== name) chain.push(name);
    }
    const a = attributions.get(c.attribution);
    const body = text.slice(c.proposition.start, c.proposition.end);
    claims.push({
      id: c.id,
      clusters: c.clusters,
      sourceKey: c.source?.entity ? (keyOfEntity.get(c.source.entity) ?? null) : null,
      sourceName: sourceName(c),
      chain,
      cue: a ? text.slice(a.cue.start, a.cue.end) : '',
      stance: c.stance,
      text: body,
      evidence: sentenceEvidence(doc, sentences, meta.id, c.proposition),
      time: digestTime(claimTimes.get(c.id), text, evidenceAt),
      dateNotSet: c.dateNotSet ?? false,
      negated: c.stance === 'denial' || NEGATION.test(body),
      quantities: stated.within(c.proposition.start, c.proposition.end),
    });
  }

  // a report the claims annotator did not read (another language): a claim put on record and the denial right after it
  // ("Die Zeitung hatte berichtet, … Die Polizei wies das zurück. „Der Kapitän wurde nicht festgenommen""), for negation findings
  if (!doc.layers.claims?.length) {
    for (const [i, r] of reportedDenialsOther(text, doc.layers.sentences ?? []).entries()) {
      const claimOf = (id: string, x: ReportedDenial['claim'], stance: string): DigestClaim => ({
        id, clusters: [], sourceKey: null, sourceName: x.source, chain: x.source ? [x.source] : [], cue: x.cue, stance,
        text: text.slice(x.start, x.end).trim(), evidence: evidenceAt(x), time: null, dateNotSet: false, negated: stance === 'denial', quantities: [],
      });
      claims.push(claimOf(`rd${i}-claim`, r.claim, 'neutral'), claimOf(`rd${i}-denial`, r.denial, 'denial'));
    }
  }

  let sentenceTexts: string[] | undefined;
  const sentenceAt = (pos: number): number => minOf(sentences.containing(pos, pos + 1).map((x) => sentences.order(x)), -1);
  const preparationNear = (v: EventView): string | null => {
    sentenceTexts ??= (doc.layers.sentences ?? []).map((x) => text.slice(x.start, x.end));
    const at = [...new Set(v.mentions.map((m) => sentenceAt(m.start)).filter((i) => i >= 0))];
    const stems = [v.lemma, ...v.mentions.map((m) => m.trigger)].filter((w) => w.length >= 4).map((w) => w.toLowerCase().slice(0, 4));
    return nearbyPreparation(sentenceTexts, at, (word) => stems.some((st) => word.toLowerCase().startsWith(st)));
  };
  // "… reported that a driver had died. Kessler denied it.": the next sentence denies what this one reports, and
  // speaks of its event (anaphoric-denial.ts), so it is one of the event's sentences
  // (not a happening the report names as the premise of what it reports: "had resigned over the disaster")
  const denialAfter = (m: { start: number; end: number }): Evidence[] => {
    const at = sentenceEvidence(doc, sentences, meta.id, m);
    const next = (doc.layers.sentences ?? [])[sentenceAt(m.start) + 1];
    if (!next || !reportedBefore(at.text, m.start - at.start) || premiseOfReport(at.text, m.start - at.start) || !isBareDenial(text.slice(next.start, next.end))) return [];
    return [sentenceEvidence(doc, sentences, meta.id, next)];
  };
  const events: DigestEvent[] = views.map((v) => {
    const keys = (args: readonly { key?: string }[]): string[] => [...new Set(args.map((a) => a.key).filter((k): k is string => Boolean(k)))];
    const people = keys([...v.source, ...v.target]);
    const first = v.mentions[0]!;
    const cues = v.mentions.flatMap((m) => [m.statusCue, m.modalityCue]).filter((c): c is string => Boolean(c)).map((c) => c.toLowerCase());
    // a plan with preparations stated in a sentence beside it ("Preparations are continuing. He intends to make this visit.")
    // (a plan put off is a plan still: "the trip had been put off", denied, with "Preparations are continuing")
    const prepared = isPlan(v) || putOff(v) ? preparationNear(v) : null;
    if (prepared) cues.push(prepared);
    const time = digestTime(v.time, text, evidenceAt);
    const evidence = sentenceEvidence(doc, sentences, meta.id, { start: first.start, end: first.end });
    const within = time === null ? withinSpan(doc, timexes, evidence, dayOf(meta.published)) : null;
    const status = v.status ?? (toldAsPast(v) ? 'occurred' : generalReading(v, v.mentions.map((m) => {
      const at = sentenceEvidence(doc, sentences, meta.id, m);
      return { sentence: at.text, trigger: m.trigger, at: m.start - at.start, modality: m.modality };
    }), time?.window?.to ?? null, dayOf(meta.published), time?.window?.from ?? null));
    // what the report leads with: its first sentence, or a word of its title (the second sentence gave on dev two more statuses
    // in 1,556 for 280 more predicted mentions)
    const lead = followedIfLed(v) && v.mentions.some((m) => m.start < firstSentenceEnd || (titleLower !== '' && titleLower.includes(m.trigger.toLowerCase())));
    return {
      cluster: v.id,
      type: v.type,
      lemma: v.lemma,
      trigger: first.trigger,
      triggers: [...new Set(v.mentions.map((m) => m.trigger))],
      participants: people,
      actors: keys(v.source),
      places: keys(v.place),
      time,
      status,
      ...(v.family ? { family: v.family } : {}),
      ...(v.phase ? { phase: v.phase } : {}),
      // a past event a plan's clause lent its modality ("will replace Condor-2, launched in 2019") is asserted
      modality: status === 'occurred' && !v.status && (v.modality === 'planned' || v.modality === 'expected') ? 'asserted' : v.modality,
      certainty: v.certainty,
      cues: [...new Set(cues)],
      statusRules: [...new Set(v.mentions.map((m) => m.statusRule).filter((r): r is string => Boolean(r)))],
      ...(within ? { within } : {}),
      ...(lead ? { lead } : {}),
      evidence,
      triggerAt: first.start - evidence.start,
      sentences: [...new Map([...v.mentions.map((m) => sentenceEvidence(doc, sentences, meta.id, m)), ...v.mentions.flatMap(denialAfter)].sort((a, b) => a.start - b.start).map((e) => [e.start, e])).values()],
      claims: v.claims.map((c) => c.id),
    };
  });
  const day = dayOf(meta.published);
  const dated = narrativePast(whenClauseTimes(pastTimesShared(events, day), timexes, text, evidenceAt, day), doc, sentences, timexes, day);
  const quantities: DigestQuantity[] = [];
  // an amount inside several (nested) claims belongs to the first, in claim order
  const claimOfQuantity = new Map<number, DigestClaim>();
  for (const c of claims) for (const q of c.quantities) if (!claimOfQuantity.has(q.start)) claimOfQuantity.set(q.start, c);
  for (const sentence of doc.layers.sentences ?? []) {
    const evidence: Evidence = { article: meta.id, start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) };
    const amounts = stated.within(sentence.start, sentence.end);
    for (const q of amounts) {
      const claim = claimOfQuantity.get(q.start);
      quantities.push({ ...q, evidence, source: claim?.sourceName ?? null });
    }
  }
  return { article, day: dayOf(meta.published), terms: Object.fromEntries(terms), entities, events: dated, claims, quantities };
}

/**
 * A digest made before its report had an id (on an annotation worker, with id 0 and no copy link),
 * given the stored article's id and the report it copies. A walk over the digest, not the text: the
 * title, outlet, date and language must be the ones the digest was made with.
 */
export function withArticleId(digest: ReportDigest, id: number, copyOf: number | null): ReportDigest {
  const at = (e: Evidence): Evidence => ({ ...e, article: id });
  const timeAt = (t: DigestTime | null): DigestTime | null => (t?.evidence ? { ...t, evidence: at(t.evidence) } : t);
  return {
    ...digest,
    article: { ...digest.article, id, copyOf },
    claims: digest.claims.map((c) => ({ ...c, evidence: at(c.evidence), time: timeAt(c.time) })),
    events: digest.events.map((e) => ({ ...e, evidence: at(e.evidence), sentences: e.sentences.map(at), time: timeAt(e.time) })),
    quantities: digest.quantities.map((q) => ({ ...q, evidence: at(q.evidence) })),
  };
}
