/**
 * The gold format of the project's own story corpus (corpus/stories/gold.json), described for corpus authors
 * in docs/story-corpus.md. These TypeBox schemas are its one source of truth: the loader validates against
 * them and the scorer's types derive from them.
 */
import { Type, type Static } from '@sinclair/typebox';
import { FINDING_KINDS, READER_STATUSES, type ReaderStatus } from '../../link/schema.js';

/** The status a report gives a tracked event: the story layer's vocabulary (src/link/schema.ts), one list. */
export const STORY_STATUSES = READER_STATUSES;
export type StoryStatus = ReaderStatus;

/** A status, or `none`: the report speaks of the event but says nothing about its state. */
export const GoldStatus = Type.Union([...STORY_STATUSES.map((s) => Type.Literal(s)), Type.Literal('none')]);
export type GoldStatus = Static<typeof GoldStatus>;

/** Drift kinds: the story layer's finding kinds. */
export const DRIFT_KINDS = FINDING_KINDS;
export const DriftKind = Type.Union(DRIFT_KINDS.map((k) => Type.Literal(k)));
export type DriftKind = Static<typeof DriftKind>;

const Id = Type.String({ minLength: 1, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });

/**
 * An exact substring of one report's text. When the same words occur more than once in that report,
 * `occurrence` (0-based, in text order) says which one; without it an ambiguous quote is an error.
 */
export const Quote = Type.Object(
  {
    report: Type.String({ minLength: 1 }),
    quote: Type.String({ minLength: 1 }),
    occurrence: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type Quote = Static<typeof Quote>;

export const GoldStory = Type.Object(
  {
    id: Id,
    title: Type.String({ minLength: 1 }),
    /** dev: rules and thresholds may be tuned on it; test: held out. */
    split: Type.Union([Type.Literal('dev'), Type.Literal('test')]),
  },
  { additionalProperties: false },
);
export type GoldStory = Static<typeof GoldStory>;

export const GoldReport = Type.Object(
  {
    /** Path of the report's UTF-8 text, relative to the corpus directory; also the report's id. */
    file: Type.String({ minLength: 1, pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*\\.txt$' }),
    outlet: Type.String({ minLength: 1 }),
    /** Publication date, YYYY-MM-DD (or a full ISO 8601 timestamp). */
    published: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$' }),
    story: Id,
    /** ISO 639-1 code, e.g. "en". */
    language: Type.String({ pattern: '^[a-z]{2}$' }),
  },
  { additionalProperties: false },
);
export type GoldReport = Static<typeof GoldReport>;

export const GoldTrackedEvent = Type.Object(
  {
    id: Id,
    story: Id,
    /** The event type of docs/events.md (e.g. "CONSULT"); a subtype may follow a slash ("CONSULT/visit"). */
    type: Type.String({ minLength: 1 }),
    description: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
export type GoldTrackedEvent = Static<typeof GoldTrackedEvent>;

/** One mention of a tracked event in a report: the quote is its trigger (a word or a short phrase). */
export const GoldEventMention = Type.Composite(
  [Type.Object({ event: Id }), Quote],
  { additionalProperties: false },
);
export type GoldEventMention = Static<typeof GoldEventMention>;

/** The status of one tracked event as one report states it (scored per listed pair). */
export const GoldStatusEntry = Type.Object(
  {
    event: Id,
    report: Type.String({ minLength: 1 }),
    status: GoldStatus,
    /** The words that state it, when there are any: documentation for reviewers, not scored. */
    evidence: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);
export type GoldStatusEntry = Static<typeof GoldStatusEntry>;

/** Two versions of one claim that differ: `a` and `b` are the evidence in each report (order does not matter). */
export const GoldFinding = Type.Object(
  {
    kind: DriftKind,
    a: Quote,
    b: Quote,
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type GoldFinding = Static<typeof GoldFinding>;

export const STORY_GOLD_SCHEMA_ID = 'wiretrace-story-gold/1';

export const StoryCorpusGold = Type.Object(
  {
    schema: Type.Literal(STORY_GOLD_SCHEMA_ID),
    stories: Type.Array(GoldStory),
    reports: Type.Array(GoldReport),
    events: Type.Array(GoldTrackedEvent),
    mentions: Type.Array(GoldEventMention),
    statuses: Type.Array(GoldStatusEntry),
    findings: Type.Array(GoldFinding),
  },
  { additionalProperties: false },
);
export type StoryCorpusGold = Static<typeof StoryCorpusGold>;
