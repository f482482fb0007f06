/**
 * Which of a report's untyped events (the learned tagger's happenings, and counted events) a story may follow once a report
 * leads with them, which are told only as part of an event of the lexicon's kinds (and so not followed for themselves), and
 * when one no report leads with is followed because a later report tells it again. Read from the event's type, lemma and
 * sentence: no names, no corpus.
 */
import { HAPPENING_TYPE } from '../doc/schemas/events.js';
import { maxOf } from '../util/arrays.js';
import type { ReaderStatus } from './schema.js';

/** TimeML's bare OCCURRENCE: an event there only as what an amount is about ("pulled 200 survivors", "shares sank 12%"). */
export const COUNTED_TYPE = 'OCCURRENCE';

/**
 * Verbs whose event has a life of its own however much it counts: the recovery of stolen pieces, a sale, an evacuation,
 * a grounding, a ratification, a default on bonds go on through time and are reported on again ("recovered 17 of the 23 pieces", "sold 40,000
 * tickets", "relocated 3,000 residents"). Measures of a change ("fell 3%", "rose"), of carrying or holding ("carrying 120
 * passengers") and of harm are not among them: their amount is what is followed, compared as a quantity.
 */
const LIFE_LEMMAS: ReadonlySet<string> = new Set([
  'recover',
  'sell',
  'evacuate',
  'relocate',
  'rescue',
  'ground',
  'buy',
  'acquire',
  'retire',
  'repatriate',
  'ratify',
  'devalue',
  'approve',
  'refloat',
  'eliminate',
  'default',
]);

/**
 * Whether an event is a happening a story follows only once a report leads with it (title or first sentence, with
 * something of its state): the tagger's happenings, and a counted event whose verb names a happening with a life of its
 * own ("Police recovered 17 of the 23 stolen pieces" in a lead). Other counted events are never followed: followed when
 * led with, they added on dev one status in 1,556 for 300 more predicted mentions ("carrying 120 passengers", "shares fell").
 */
export function followedIfLed(e: { readonly type: string; readonly lemma: string }): boolean {
  return e.type === HAPPENING_TYPE || (e.type === COUNTED_TYPE && LIFE_LEMMAS.has(e.lemma));
}

/** What the rules below read of a report's events (a `DigestEvent` has all of it). */
export interface PlacedEvent {
  readonly type: string;
  readonly lemma: string;
  readonly trigger: string;
  /** The sentence of the first mention. */
  readonly evidence: { readonly start: number; readonly text: string };
  /** Where the first mention's trigger starts in `evidence.text`. */
  readonly triggerAt?: number;
}

/** Words that open a clause of its own between two events of a sentence: one of time, or a coordinated clause. */
const OWN_CLAUSE = /\b(?:after|when|since)\b|, and\b/i;

/**
 * Whether a happening's sentence names, before it, an event of the lexicon's kinds that the story tracks on its own
 * (`typed`), with no clause of its own between: the sentence is about that event, and the happening is what it did, came
 * from or was for ("A ransomware attack has knocked out …", "has lifted the water rationing it imposed", "signed an
 * agreement to route freight"). A happening told in a clause of time or a coordinated clause after it ("was closed … after
 * a container feeder rammed the gate", "…, and bulldozers began clearing the route") is told for itself.
 */
export function behindTypedEvent<T extends PlacedEvent>(e: T, report: readonly T[], typed: (x: T) => boolean): boolean {
  const at = e.triggerAt;
  if (at === undefined) return false;
  const before = report.filter((x) => x !== e && sameSentence(x, e) && x.triggerAt! < at && typed(x));
  if (!before.length) return false;
  const last = maxOf(before.map((x) => x.triggerAt!));
  return !OWN_CLAUSE.test(e.evidence.text.slice(last, at));
}

/**
 * Verbs that only carry out the event their object names: "pay a state visit", "issued a red alert", "lodged an appeal",
 * "ordered the evacuation", "imposed a curfew", "stage a 24-hour strike", "handed his resignation".
 */
const SUPPORT_LEMMAS: ReadonlySet<string> = new Set(['pay', 'issue', 'order', 'lodge', 'file', 'hand', 'stage', 'hold', 'impose', 'make', 'take', 'give', 'submit', 'face', 'declare', 'call']);

/** An object phrase between a verb and its head: a determiner or owner, then at most two words ("a full", "his", "the night-time"). */
const OBJECT_GAP = /^\s+(?:(?:a|an|the|its|his|her|their|[\p{L}-]+'s?)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/u;

/** How far, in characters, a support verb's object may end. */
const OBJECT_REACH = 30;

/** Whether a happening is a support verb whose object is an event of the lexicon's kinds the story tracks (`typed`). */
export function performsTypedEvent<T extends PlacedEvent>(e: T, report: readonly T[], typed: (x: T) => boolean): boolean {
  if (!SUPPORT_LEMMAS.has(e.lemma) || e.triggerAt === undefined) return false;
  const end = e.triggerAt + e.trigger.length;
  return report.some((x) => x !== e && sameSentence(x, e) && x.triggerAt! >= end && x.triggerAt! <= end + OBJECT_REACH && OBJECT_GAP.test(e.evidence.text.slice(end, x.triggerAt)) && typed(x));
}

/** Whether `x`'s first mention is in `e`'s sentence (and its place there is known), `x` being another event than `e`. */
function sameSentence(x: PlacedEvent, e: PlacedEvent): boolean {
  return x.type !== COUNTED_TYPE && !followedIfLed(x) && x.evidence.start === e.evidence.start && x.triggerAt !== undefined;
}

/** Whether a happening is told as part of another event the story tracks (`behindTypedEvent`, `performsTypedEvent`). */
export function partOfTypedEvent<T extends PlacedEvent>(e: T, report: readonly T[], typed: (x: T) => boolean): boolean {
  return behindTypedEvent(e, report, typed) || performsTypedEvent(e, report, typed);
}

/** A status step as `toldAgain` reads it. */
interface EarlierStep {
  readonly article: number;
  readonly status?: string;
  readonly evidence: { readonly text: string };
  readonly time?: unknown;
}

/**
 * Whether a happening waiting in the background is told again with a status by a later report in a way that makes it one
 * the story follows, though no report leads with it: an earlier report gave it a status, this report's sentence is not
 * that report's sentence copied (background paragraphs repeated from report to report), it is not in quoted speech, and
 * it is dated (here or in an earlier step): "The flight has been pushed back to Sunday, March 15", "lifted the state of
 * emergency in Lae on Friday". The caller checks that the happening is not part of a typed event (`partOfTypedEvent`).
 */
export function toldAgain(e: AgainEvent, steps: readonly EarlierStep[], article: number, status: ReaderStatus | null = null): boolean {
  const earlier = steps.filter((s) => s.article !== article);
  if (!earlier.length || earlier.some((s) => s.evidence.text === e.evidence.text)) return false;
  if (QUOTE.test(e.evidence.text.slice(0, e.triggerAt ?? 0))) return false;
  return e.time !== null || earlier.some((s) => s.time !== undefined) || carriedOut(e, earlier, status);
}

/** A happening as `toldAgain` reads it. */
interface AgainEvent {
  readonly lemma: string;
  readonly trigger: string;
  readonly evidence: { readonly text: string };
  readonly triggerAt?: number;
  readonly time: unknown;
}

/** Statuses of a plan, and of a plan carried out or begun. */
const PLANNED: ReadonlySet<string> = new Set(['expected', 'dates-announced', 'postponed']);
const CARRIED_OUT: ReadonlySet<string> = new Set(['happened', 'under-way']);

/**
 * Whether every earlier report told the happening as a plan and this one tells it done or begun, naming it by its noun
 * (its trigger is its lemma): "will file an insurance claim once the review ends" → "has filed a claim on its insurance".
 * The plan's life across reports, though undated. A verb's past form is left out: what a participle is said of ("the
 * vehicles affected", "fish caught off the coast") or a plan's words used again ("walked the whole route") is no plan
 * carried out; nor a happening an earlier report told done or denied ("accepted the result").
 */
function carriedOut(e: AgainEvent, earlier: readonly EarlierStep[], status: ReaderStatus | null): boolean {
  const t = e.trigger.toLowerCase();
  if (status === null || !CARRIED_OUT.has(status) || (t !== e.lemma && t !== `${e.lemma}s`)) return false;
  return earlier.every((s) => s.status !== undefined && PLANNED.has(s.status));
}

/** A quotation mark: a trigger after one in its sentence is in quoted speech. */
const QUOTE = /["“”«»„]/;
