/**
 * A denial overturned by a later report's own account of the act: "There is no agreement," a union leader says in one
 * report; the next report opens "The union signed a pay agreement on Thursday". The later side is the report's narration
 * (a status step of the tracked event), not a claim anyone is credited with, so the claim-based negation findings in
 * drift.ts never see it. Any news story tells a denied thing later as done in its own voice, so the rule holds for any
 * report: a denial of a topic in an earlier report, then a sentence of a later report that tells the same event's topic
 * as an act done, not negated.
 */
import { minOf } from '../util/arrays.js';
import type { Evidence, Finding, StatusStep, TrackedEvent } from './schema.js';

/** What the rule needs of a claim version read for a negation topic (drift.ts `PolarVersion`). */
export interface DenialSide {
  readonly id: string;
  readonly article: number;
  readonly published: string | null;
  readonly event: string | null;
  readonly topic: string;
  /** The topic's words ("agree\w*|deal|signed|sign"). */
  readonly pattern: RegExp;
  readonly text: string;
  readonly evidence: Evidence;
  readonly sourceName: string | null;
  readonly outlet: string | null;
}

/** A reader of a sentence's negation topic, and whether the sentence tells the topic as an act (drift.ts). */
export interface TopicReader {
  /** Whether a text negates the topic (true), states it (false), or does not speak to it (null). */
  readonly polarity: (text: string, topic: RegExp) => boolean | null;
  readonly namesAct: (text: string, topic: RegExp) => boolean;
}

/** Statuses a step tells an act with: done or under way (a plan, "expected", tells no act against a denial). */
const DONE = new Set<StatusStep['status']>(['happened', 'under-way', 'postponed', 'cancelled']);

/**
 * A denial that calls the thing pending or a standing rule ("not yet", "close to", "We do not pay ransoms") is not
 * overturned when the thing is later done: the first is progress, the second denies no one act.
 */
const NOT_OVERTURNABLE = /\byet\b|\byet to\b|\bclose to\b|\b(?:is|are|was|were|be|been|very|so)\s+close\b|\b(?:do|does)\s+not\s+\p{Ll}+|\b(?:don|doesn)[’']t\s+\p{Ll}+/iu;

/** A topic told as a plan or a possibility, not an act: "could sign", "is expected to sign", "plans to resign". */
const NOT_DONE_BEFORE = /\b(?:will|would|could|may|might|should|must|can|expected\s+to|plans?\s+to|planning\s+to|hopes?\s+to|set\s+to|due\s+to|aims?\s+to|intends?\s+to|ready\s+to|if|unless|whether)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A denial recapped as told before ("had told reporters that …", "had said"): the report's own news is elsewhere. */
const RECAPPED = /\bhad\s+(?:\p{L}+ly\s+)?(?:told|said|insisted|stated)\b/iu;
/**
 * A denial that the thing exists at all ("There is no agreement", "No deal has been reached"): whichever event the later
 * report links its lead to, a lead telling the thing as done answers it.
 */
const EXISTENCE_DENIED = /^\W*(?:there\s+(?:is|was|are|were|has\s+been|have\s+been)\s+no\b|no\s+(?:[\p{L}-]+\s+){1,2}(?:has|have|had)\s+been\b)/iu;
/** A participle naming who did it, of a thing spoken of ("The motion, signed by 64 deputies"): no act told against a denial. */
const BY_AFTER = /^\s+by\b/i;
/** A sentence that itself denies or reports a denial ("A report … was denied by the ministry"): no account of the act. */
const DENYING = /\b(?:denied|denies|deny|dismissed|rejected|refuted|untrue|false)\b/i;
/** What an agreement a denial names is to or on ("no agreement to arbitration"): the later act must name it too. */
const AGREEMENT_TO = /\bagreement\s+(?:(?:has|have|had)\s+been\s+reached\s+|was\s+reached\s+)?(?:to|on)\s+(?:the\s+)?(\p{L}{4,})/iu;

/** A negation right before a topic word: "… it had agreed, but the other side said no agreement had been reached". */
const NEGATION_BEFORE = /\b(?:no|not|never|nothing|nobody)\s+(?:[\p{L}-]+\s+){0,2}$|n[’']t\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Whether any mention of the topic in a sentence is negated: a lead that sums up a statement and its denial ("Ghana said it
 * had agreed …, but the Ivorian government said no agreement had been reached") tells no act against the denial.
 */
function negatedAnywhere(text: string, topic: RegExp): boolean {
  const all = new RegExp(topic.source, topic.flags.includes('g') ? topic.flags : `${topic.flags}g`);
  return [...text.matchAll(all)].some((m) => NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)));
}

/**
 * Negation findings between a denial in an earlier report and the new report's own account of the act (a status step of
 * the denial's tracked event whose sentence tells the denial's topic as done). `done` holds the findings so far: a denial
 * already overturned (the first side of a negation finding) or a sentence already paired is left alone. One finding per
 * denial, by the new report's first such sentence.
 */
export function denialsOverturnedByNarration(denials: readonly DenialSide[], events: readonly TrackedEvent[], article: number, published: string | null, done: readonly Finding[], read: TopicReader): Finding[] {
  const out: Finding[] = [];
  const overturned = new Set(done.filter((f) => f.kind === 'negation').map((f) => f.versions[0]));
  const used = new Set(done.filter((f) => f.kind === 'negation' && f.b.article === article).map((f) => `${f.b.start}`));
  const byEvent = new Map(events.map((e) => [e.id, e]));
  // the latest denial of each event and topic: an earlier one is answered by it already
  const latest = new Map<string, DenialSide>();
  for (const d of [...denials].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.article - y.article || x.evidence.start - y.evidence.start)) {
    if (d.article === article || d.event === null || (published !== null && d.published !== null && d.published > published)) continue;
    latest.set(`${d.event} ${d.topic}`, d);
  }
  const lead = minOf(events.flatMap((x) => x.timeline.filter((s) => s.article === article).map((s) => s.evidence.start)));
  for (const d of latest.values()) {
    if (overturned.has(d.id) || NOT_OVERTURNABLE.test(d.text) || NOT_OVERTURNABLE.test(d.evidence.text) || RECAPPED.test(d.evidence.text)) continue;
    const e = byEvent.get(d.event!);
    if (!e) continue;
    const earlier = new Set(e.timeline.filter((s) => s.article !== article).map((s) => s.evidence.text));
    // the event's own steps in the new report, or the new report's lead (its first sentence), which tells the story's news
    // whatever event it was linked to
    const steps = [...e.timeline, ...(EXISTENCE_DENIED.test(d.text) ? events.filter((x) => x !== e).flatMap((x) => x.timeline.filter((s) => s.evidence.start === lead)) : [])]
      .filter((s) => s.article === article && DONE.has(s.status) && !earlier.has(s.evidence.text))
      .sort((x, y) => x.evidence.start - y.evidence.start);
    const object = AGREEMENT_TO.exec(d.text)?.[1];
    const s = steps.find((x) => {
      const text = x.evidence.text;
      if (used.has(`${x.evidence.start}`) || DENYING.test(text) || read.polarity(text, d.pattern) !== false || negatedAnywhere(text, d.pattern)) return false;
      if (object && !new RegExp(`\\b${object.slice(0, Math.max(4, object.length - 3))}`, 'iu').test(text)) return false;
      const m = d.pattern.exec(text)!;
      return !NOT_DONE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !BY_AFTER.test(text.slice(m.index + m[0].length)) && read.namesAct(text, d.pattern);
    });
    if (!s) continue;
    used.add(`${s.evidence.start}`);
    const side = `${d.sourceName ?? 'an unnamed source'} (${d.outlet ?? `report ${d.article}`})`;
    const id = `negation:${d.evidence.article}:${d.evidence.start}:${s.evidence.article}:${s.evidence.start}:${d.topic}`;
    out.push({ id, kind: 'negation', severity: 'contradiction', summary: `${d.topic}: denied by ${side}; told as done by ${s.outlet ?? `report ${s.article}`}`, a: d.evidence, b: s.evidence, versions: [d.id, s.id], event: d.event });
  }
  return out;
}
