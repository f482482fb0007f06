/**
 * Records of the story layer: what the reports, together, say over time. The link layer reads stored
 * per-report layers and writes these; the API and CLI serve them as they are. One source of truth: the
 * TypeScript types are derived from these TypeBox schemas.
 */
import { Type, type Static } from '@sinclair/typebox';

/** The statuses a news reader uses for a tracked event, in the usual order of a story's life. */
export const READER_STATUSES = [
  'invited',
  'expected',
  'expected-not-before',
  'preparing',
  'dates-announced',
  'under-way',
  'happened',
  'postponed',
  'cancelled',
  'denied',
] as const;
export const ReaderStatus = Type.Union(READER_STATUSES.map((s) => Type.Literal(s)));
export type ReaderStatus = (typeof READER_STATUSES)[number];

/** A span of one stored report, with its text, so a reader never needs the report to see the evidence. */
export const Evidence = Type.Object({
  article: Type.Integer(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
});
export type Evidence = Static<typeof Evidence>;

/** A window of calendar time (ISO dates, inclusive); null ends are open. */
export const DateWindow = Type.Object({
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
});
export type DateWindow = Static<typeof DateWindow>;

/** Who asserted something, and through whom it reached the report: origin first, the report's outlet last. */
export const SourceChain = Type.Object({
  /** Global entity key of the asserting source, when known ("per:dmitry-peskov", "org:kcna"). */
  key: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  /** Names along the relay, origin first: ["KCNA", "Reuters", "CTV News"]. */
  chain: Type.Array(Type.String()),
});
export type SourceChain = Static<typeof SourceChain>;

export const StatusStep = Type.Object({
  id: Type.String(),
  /** The day the status was asserted: the statement's date when the text gives it, else the report's. */
  date: Type.Union([Type.String(), Type.Null()]),
  status: ReaderStatus,
  article: Type.Integer(),
  outlet: Type.Union([Type.String(), Type.Null()]),
  evidence: Evidence,
  source: SourceChain,
  /** When the event is said to happen, as written and as a window ("soon" → by about April 2024). */
  /** The time the report gives the event, as written, with the sentence that gives it when that is another than the step's. */
  time: Type.Optional(Type.Object({ text: Type.String(), value: Type.Union([Type.String(), Type.Null()]), window: Type.Union([DateWindow, Type.Null()]), evidence: Type.Optional(Evidence) })),
  certainty: Type.Number({ minimum: 0, maximum: 1 }),
  /** For incidents, legal processes, strikes, rate decisions, elections: the phase this report gives ("charged"). */
  phase: Type.Optional(Type.String()),
  /** Ids of steps this one conflicts with (same day, incompatible; or a move backwards). */
  conflicts: Type.Array(Type.String()),
});
export type StatusStep = Static<typeof StatusStep>;

/** One report's mention of a tracked event (a per-report event cluster). */
export const EventMember = Type.Object({
  article: Type.Integer(),
  cluster: Type.String(),
  trigger: Type.String(),
});
export type EventMember = Static<typeof EventMember>;

export const TrackedEvent = Type.Object({
  id: Type.String(),
  story: Type.Integer(),
  /** PLOVER-style type and the trigger lemma most reports use. */
  type: Type.String(),
  lemma: Type.String(),
  /** A readable label: "Yerlan Temirov visit — Ulaanbaatar". */
  label: Type.String(),
  participants: Type.Array(Type.String({ description: 'global entity key' })),
  /** Who acts: the visitor, the signatory (global keys). */
  actors: Type.Array(Type.String()),
  places: Type.Array(Type.String({ description: 'global entity key' })),
  /** When the event is (or was) said to happen: the narrowest window the reports agree on. */
  when: Type.Union([DateWindow, Type.Null()]),
  /** The day of the first report that mentioned it. */
  firstSeen: Type.Union([Type.String(), Type.Null()]),
  members: Type.Array(EventMember),
  timeline: Type.Array(StatusStep),
  /** The latest non-conflicting step's status. */
  status: Type.Union([ReaderStatus, Type.Null()]),
  /** An event family's (docs/events.md) furthest phase so far: "arrested", then "charged", then "convicted". */
  family: Type.Optional(Type.String()),
  phase: Type.Optional(Type.String()),
  /** Its number in a series of its kind, where a report numbers it ("the first strike", "a second 24-hour strike"). */
  ordinal: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type TrackedEvent = Static<typeof TrackedEvent>;

export const ClaimVersion = Type.Object({
  id: Type.String(),
  article: Type.Integer(),
  outlet: Type.Union([Type.String(), Type.Null()]),
  published: Type.Union([Type.String(), Type.Null()]),
  /** The reported content as this report words it. */
  text: Type.String(),
  evidence: Evidence,
  cue: Type.String(),
  stance: Type.String(),
  source: SourceChain,
  /** The time the claim gives its event, as written. */
  time: Type.Optional(Type.Object({ text: Type.String(), value: Type.Union([Type.String(), Type.Null()]), window: Type.Union([DateWindow, Type.Null()]) })),
  /** Numbers the claim states, normalised to intervals. */
  quantities: Type.Array(Type.Object({ text: Type.String(), low: Type.Number(), high: Type.Number(), unit: Type.String() })),
  negated: Type.Boolean(),
  dateNotSet: Type.Boolean(),
  /** The earlier version (in another report) this one relays or copies, when there is one. */
  relayOf: Type.Union([Type.String(), Type.Null()]),
});
export type ClaimVersion = Static<typeof ClaimVersion>;

/** One claim across reports: one asserting source, about one tracked event, on one slot. */
export const StoryClaim = Type.Object({
  id: Type.String(),
  event: Type.Union([Type.String(), Type.Null()]),
  source: Type.Union([Type.String(), Type.Null()]),
  sourceName: Type.Union([Type.String(), Type.Null()]),
  slot: Type.String({ description: 'time | status | quantity | statement' }),
  /** Versions in publication order: the first is the claim's origin in this store. */
  versions: Type.Array(ClaimVersion),
});
export type StoryClaim = Static<typeof StoryClaim>;

export const FINDING_KINDS = ['time', 'certainty', 'quantity', 'attribution', 'negation'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const Finding = Type.Object({
  id: Type.String(),
  kind: Type.Union(FINDING_KINDS.map((k) => Type.Literal(k))),
  /** drift: the reports differ; contradiction: both cannot hold at once. */
  severity: Type.Union([Type.Literal('drift'), Type.Literal('contradiction')]),
  summary: Type.String(),
  a: Evidence,
  b: Evidence,
  /** The claim versions compared (a's first). */
  versions: Type.Array(Type.String()),
  event: Type.Union([Type.String(), Type.Null()]),
});
export type Finding = Static<typeof Finding>;

export const StoryArticle = Type.Object({
  id: Type.Integer(),
  title: Type.Union([Type.String(), Type.Null()]),
  outlet: Type.Union([Type.String(), Type.Null()]),
  published: Type.Union([Type.String(), Type.Null()]),
  language: Type.Union([Type.String(), Type.Null()]),
  /** The story report this one is a wire copy of (same text, small edits). */
  copyOf: Type.Union([Type.Integer(), Type.Null()]),
});
export type StoryArticle = Static<typeof StoryArticle>;

export const StoryEntity = Type.Object({
  key: Type.String(),
  type: Type.String(),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  roles: Type.Array(Type.Object({ role: Type.String(), date: Type.Union([Type.String(), Type.Null()]), article: Type.Integer() })),
  reports: Type.Integer(),
});
export type StoryEntity = Static<typeof StoryEntity>;

export const Story = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  firstDate: Type.Union([Type.String(), Type.Null()]),
  lastDate: Type.Union([Type.String(), Type.Null()]),
  articles: Type.Array(StoryArticle),
  entities: Type.Array(StoryEntity),
  events: Type.Array(TrackedEvent),
  claims: Type.Array(StoryClaim),
  findings: Type.Array(Finding),
});
export type Story = Static<typeof Story>;
