/**
 * What the event parsers propose (one candidate per trigger) and what the refiners read besides it.
 * Candidates are readonly: refiners return new ones. They never drop or reorder candidates (every trigger
 * is one event mention), so a candidate's index is stable from parse to record and `governor` can name one.
 */
import type { Attribution } from '../../doc/schemas/attribution.js';
import type { Entity, Mention } from '../../doc/schemas/entities.js';
import type { Event, EventArg } from '../../doc/schemas/events.js';
import type { Timex } from '../../doc/schemas/time.js';
import type { SpanIndex } from '../../doc/span-index.js';
import type { ArgContext, ArgReading } from './arguments.js';
import type { ModalityReading } from './modality.js';
import type { SentenceView } from '../text/token-view.js';
import type { TimeRelation } from './time-relation.js';
import type { TriggerHit } from './triggers.js';

export interface EventCandidate {
  /** `ev0`, `ev1`, … in trigger order. */
  readonly id: string;
  readonly view: SentenceView;
  readonly hit: TriggerHit;
  readonly reading: ModalityReading;
  readonly args: ArgReading;
  readonly time?: { readonly arg: EventArg; readonly rel: TimeRelation };
  /** Index of the candidate this one is the complement of ("agreed to collaborate"): always the one before it. */
  readonly governor?: number;
  /** The complement of an invitation ("invited … to resume talks"). */
  readonly invited: boolean;
}

/** The document as the event refiners read it, indexed once. */
export interface EventContext {
  readonly text: string;
  readonly views: readonly SentenceView[];
  /** The publication date (YYYY-MM-DD), or null. */
  readonly dct: string | null;
  readonly attributions: readonly Attribution[];
  readonly timexes: readonly Timex[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly mentionIndex: SpanIndex<Mention>;
  readonly timexIndex: SpanIndex<Timex>;
  /** The mentions of each sentence that has a trigger, as the argument rules read them. */
  readonly argContext: ReadonlyMap<SentenceView, ArgContext>;
  /** The timexes overlapping each sentence that has a trigger: those that can cover one of its words. */
  readonly timexesOf: ReadonlyMap<SentenceView, readonly Timex[]>;
}

/** A candidate and the event record made from it (from resolveStatus on). */
export interface ResolvedEvent {
  readonly candidate: EventCandidate;
  readonly event: Event;
}

export type CandidateRefiner = (ctx: EventContext, cands: readonly EventCandidate[]) => EventCandidate[];
export type EventRefiner = (ctx: EventContext, items: readonly ResolvedEvent[]) => ResolvedEvent[];
