import { Type, type Static } from '@sinclair/typebox';
import { Span } from '../span.js';

export const Modality = Type.Union([
  Type.Literal('asserted'),
  Type.Literal('planned'),
  Type.Literal('expected'),
  Type.Literal('hypothetical'),
  Type.Literal('negated'),
  Type.Literal('questioned'),
]);
export type Modality = Static<typeof Modality>;

export const EventStatus = Type.Union([
  Type.Literal('invited'),
  Type.Literal('anticipated'),
  Type.Literal('scheduled'),
  Type.Literal('in-progress'),
  Type.Literal('occurred'),
  Type.Literal('cancelled'),
]);
export type EventStatus = Static<typeof EventStatus>;

/**
 * Event families with a life of their own beyond scheduling, and their phases in the order of that
 * life. The events layer reads a mention's phase (annotate/events/phases.ts); the story layer orders
 * a tracked event's phases by this table. Documented in docs/events.md.
 */
export const FAMILY_PHASES = {
  incident: ['warning-issued', 'struck', 'rescue-under-way', 'recovery', 'search-called-off', 'warning-lifted'],
  legal: ['arrested', 'charged', 'on-trial', 'convicted', 'acquitted', 'sentenced', 'appealed', 'released'],
  strike: ['threatened', 'called', 'under-way', 'held', 'called-off'],
  rate: ['expected', 'decided'],
  election: ['scheduled', 'held', 'results'],
  // a takeover or merger: offered, agreed by both sides, completed; or stopped by a regulator or a party
  deal: ['bid', 'agreed', 'completed', 'blocked', 'abandoned'],
  // a regulator's or a court's approval: sought, under review, granted or refused
  approval: ['sought', 'under-review', 'approved', 'blocked'],
  // a campaign with a start and an end (vaccination, clean-up): planned, under way, ended
  campaign: ['planned', 'under-way', 'ended'],
  // an epidemic: declared, spreading, contained, declared over
  outbreak: ['declared', 'spreading', 'contained', 'declared-over'],
} as const;
export type EventFamily = keyof typeof FAMILY_PHASES;
export type Phase = (typeof FAMILY_PHASES)[EventFamily][number];
export const EVENT_FAMILIES = Object.keys(FAMILY_PHASES) as EventFamily[];

/** How far along its family's life a phase is (its index in the table; acquitted ties with convicted); -1 when not of the family. */
export function phaseRank(family: EventFamily, phase: string): number {
  const rank = (FAMILY_PHASES[family] as readonly string[]).indexOf(phase);
  return family === 'legal' && phase === 'acquitted' ? rank - 1 : rank;
}

/** A span of Doc.text, kept beside every derived field as its justification. */
export const Cue = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  /** Which rule read it, e.g. "modality:future-will". */
  rule: Type.Optional(Type.String()),
});
export type Cue = Static<typeof Cue>;

/** An argument of an event: the span that justifies it, and the entity or timex it refers to. */
export const EventArg = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  entity: Type.Optional(Type.String()),
  mention: Type.Optional(Type.String()),
  timex: Type.Optional(Type.String()),
  rule: Type.Optional(Type.String()),
});
export type EventArg = Static<typeof EventArg>;

/**
 * One event mention. The layer is stand-off like every other: one record per trigger in the text.
 * Mentions of the same real-world event ("the visit" three times) share `cluster`; the document-level
 * view of an event is assembled from its cluster (see aggregate.ts).
 */
/**
 * The type of a happening: a word the learned tagger reads as an occurrence where the events lexicon has no trigger
 * (annotate/events/happenings.ts). The link layer tracks one only where a story's reports lead with it.
 */
export const HAPPENING_TYPE = 'HAPPENING';

export const Event = Type.Object({
  id: Type.String(),
  /** Id shared by every mention of the same event in this document (event coreference). */
  cluster: Type.String(),
  trigger: Span,
  /** The trigger's lemma as the lexicon knows it ("visit", "transfer"). */
  lemma: Type.String(),
  /** PLOVER-style type, e.g. CONSULT (visit, meet), AGREE, ACCUSE, AID … see docs/events.md */
  type: Type.String(),
  subtype: Type.Optional(Type.String()),
  source: Type.Optional(Type.Array(EventArg)),
  target: Type.Optional(Type.Array(EventArg)),
  place: Type.Optional(EventArg),
  time: Type.Optional(EventArg),
  modality: Modality,
  /** The cue that set the modality; absent for the default (asserted). */
  modalityCue: Type.Optional(Cue),
  /** For schedulable events (visits, meetings, summits, talks, signings, invitations) and event families (`family`). */
  status: Type.Optional(EventStatus),
  statusCue: Type.Optional(Cue),
  /**
   * Events with a life of their own beyond scheduling (incidents, legal processes, strikes, rate
   * decisions, elections): the family, and the phase this mention puts the event in ("charged",
   * "rescue-under-way"), with the cue that set it. Phases per family: annotate/events/phases.ts.
   */
  family: Type.Optional(Type.Union(EVENT_FAMILIES.map((f) => Type.Literal(f)))),
  phase: Type.Optional(Type.String()),
  phaseCue: Type.Optional(Cue),
  /** How likely the text makes it that the event happens or happened, 0..1 (see docs/events.md). */
  certainty: Type.Number({ minimum: 0, maximum: 1 }),
  /** The sentence the event was read from. */
  evidence: Span,
  /** Events this one is the content of ("agreed to collaborate": collaborate's governor is agree). */
  governor: Type.Optional(Type.String()),
  rule: Type.Optional(Type.String()),
});
export type Event = Static<typeof Event>;

/** An attribution joined to what it reports: the event mentions in its content, and the proposition span. */
export const Claim = Type.Object({
  id: Type.String(),
  attribution: Type.String(),
  /** Event mention ids inside the content (the claim is about their clusters). */
  events: Type.Array(Type.String()),
  /** Cluster ids of those events, so a store can group claims by event without the events layer. */
  clusters: Type.Array(Type.String()),
  /** The reported content (first content span to last). */
  proposition: Span,
  /**
   * The asserting source as the attribution gives it (entity id when linked). A nominal report source
   * ("the report", "the subsequent English report") is linked to the agency whose report was last
   * mentioned; `rule` then says so ("source:report-anaphor").
   */
  source: Type.Union([
    Type.Object({ start: Type.Integer(), end: Type.Integer(), entity: Type.Optional(Type.String()), rule: Type.Optional(Type.String()) }),
    Type.Null(),
  ]),
  /** The relaying source's claim id ("According to Reuters, KCNA stated …"). */
  via: Type.Optional(Type.String()),
  stance: Type.String(),
  /** The time this claim gives its event ("soon", "at an early date"), a span of the content with its timex. */
  time: Type.Optional(EventArg),
  /** The content says no date is set or confirmed ("no specific date has been confirmed"). */
  dateNotSet: Type.Optional(Type.Boolean()),
  /**
   * How sure the join of attribution and events is: 0.9 when an event is named in the content or cue,
   * 0.7 when timing talk is joined to the event it is about, 0.6 when inherited from a report before.
   */
  confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  /**
   * The claim has no cue of its own: its sentence continues a report by an agency in the sentence(s)
   * before ("The report highlighted …. Both nations agreed …"), whose claim id is `inheritedFrom`.
   */
  inherited: Type.Optional(Type.Boolean()),
  inheritedFrom: Type.Optional(Type.String()),
});
export type Claim = Static<typeof Claim>;
