/**
 * Status of schedulable events and certainty of every event. A cancellation or progress cue in the
 * text wins; then an invitation; then the event's own time against the document date; then tense.
 */
import type { EventStatus, Modality } from '../../doc/schemas/events.js';
import { REPORTING } from './cues.js';
import type { SentenceView } from '../text/token-view.js';
import type { TimeRelation } from './time-relation.js';

export type Tense = 'past' | 'present' | 'future' | 'none';

const PAST = new Set(['was', 'were', 'had', 'did', 'met', 'held', 'took', 'made', 'went', 'came', 'gave', 'drew', 'paid', 'began', 'sent', 'won', 'left', 'saw', 'felt', 'brought', 'spoke', 'wrote', 'got', 'led', 'hosted']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'expected', 'likely', 'plans', 'intends', 'upcoming', 'soon', 'next']);
const PRESENT = new Set(['is', 'are', 'am']);
/** Speech acts tell when something was said, not when the event they report happens. */
const SPEECH = new Set(['described', 'expressed', 'conveyed', 'emphasized', 'emphasised', 'stressed', 'highlighted', 'indicated', 'specified', 'insisted', 'reiterated', 'underlined', 'marking', 'welcomed', 'hailed']);
const NOT_PAST_ED = new Set(['indeed', 'need', 'speed', 'proceed', 'succeed', 'exceed', 'seed', 'feed', 'bed', 'red', 'hundred', 'embed', 'shed', 'united', 'alleged', 'advanced', 'detailed', 'limited', 'armed', 'based', 'related', 'concerned', 'interested', 'planned', 'proposed', 'unprecedented']);

function wordTense(view: SentenceView, k: number): Tense {
  const wd = view.words[k]!;
  const lw = wd.lower;
  if (REPORTING.has(lw) || SPEECH.has(lw)) return 'none';
  if (FUTURE.has(lw)) return 'future';
  if (PAST.has(lw)) return 'past';
  if (PRESENT.has(lw)) return 'present';
  if (lw.length > 4 && lw.endsWith('ed') && !NOT_PAST_ED.has(lw) && /^[a-z]/.test(wd.text)) {
    const prev = view.words[k - 1]?.lower ?? '';
    if (prev === 'to' || prev === 'be' || prev === 'being') return 'none';
    return 'past';
  }
  return 'none';
}

/** "the visit was announced": an auxiliary whose verb is a speech act dates the saying, not the event. */
function auxOfSpeech(view: SentenceView, k: number): boolean {
  const next = view.words[k + 1]?.lower ?? '';
  return (view.words[k]!.lower === 'was' || view.words[k]!.lower === 'were') && (REPORTING.has(next) || SPEECH.has(next) || ANNOUNCED.has(next));
}
const ANNOUNCED = new Set(['announced', 'confirmed', 'unveiled', 'disclosed', 'revealed', 'publicised', 'publicized']);

/** The tense of the nearest finite verb around word i, looking outwards; speech verbs do not count. */
export function nearestTense(view: SentenceView, i: number): Tense {
  const own = wordTense(view, i);
  if (own !== 'none') return own;
  // before, then after, at each distance (no pair array per distance)
  for (let d = 1; d <= 10; d++) {
    for (let k = i - d; k <= i + d; k += 2 * d) {
      if (k < 0 || k >= view.words.length || auxOfSpeech(view, k)) continue;
      const t = wordTense(view, k);
      if (t !== 'none') return t;
    }
  }
  return 'none';
}

export interface StatusInput {
  readonly schedulable: boolean;
  readonly modality: Modality;
  readonly cueStatus?: EventStatus;
  readonly invited: boolean;
  readonly time?: TimeRelation;
  readonly tense: Tense;
  /** How far a visit or meeting has come, by the words around it (readScheduled). */
  readonly scheduled?: ScheduledReading;
  /** The rule of the status cue, when there is one ("sched:set-to"). */
  readonly cueRule?: string;
}

export function decideStatus(s: StatusInput): EventStatus | undefined {
  // "the suspension of crossings entered its second day", "the blockade entered its fifth day": a process whose days are
  // counted is under way, schedulable or not (events 1.123.0)
  if (!s.schedulable) return s.cueRule === 'prog:day' && s.modality === 'asserted' ? s.cueStatus : undefined;
  if (s.modality === 'negated' || s.modality === 'hypothetical' || s.modality === 'questioned') return undefined;
  const planned = s.scheduled ? scheduledStatus(s.scheduled, s.cueStatus, s.cueRule, s.time) : undefined;
  if (planned) return planned;
  if (s.cueStatus) return s.cueStatus;
  if (s.invited) return 'invited';
  const intended = s.modality === 'planned' || s.modality === 'expected';
  if (s.time && s.time.relation !== 'unknown') {
    if (s.time.relation === 'future') return s.time.precision === 'day' || s.time.precision === 'week' ? 'scheduled' : 'anticipated';
    if (s.time.relation === 'past') return intended ? 'anticipated' : 'occurred';
    // the time window includes today: "this week", "this year"
    if (intended) return 'anticipated';
    if (s.tense === 'past') return 'occurred';
    if (s.tense === 'present') return 'in-progress';
  }
  if (intended) return 'anticipated';
  if (s.tense === 'past') return 'occurred';
  if (s.tense === 'future') return 'anticipated';
  return undefined;
}

// --- The scheduled family (visits, meetings, summits, talks): how far along a planned event is. ---

export interface ScheduledReading {
  /** "Preparations are under way for the visit": being prepared, not yet under way. */
  readonly preparing: boolean;
  /** "The visit is unlikely before the summer": doubted, so not under way and not certain. */
  readonly doubted: boolean;
  /** "arrived in Lisbon on Monday for a state visit", "is in Lisbon on a two-day visit": under way, not over. */
  readonly arrivedFor: boolean;
}

/** Being there: an arrival, or a present "is in X" / "is on a visit". */
const ARRIVAL = new Set(['arrived', 'arrives', 'arriving', 'landed', 'lands', 'landing', 'reached', 'is', 'are']);
const VISIT_LEAD = new Set(['for', 'on']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/** Where a visit is under way: "at the start of a four-day visit", "on the last day of her visit". */
const VISIT_PHASES = new Set(['start', 'beginning', 'day', 'outset']);

/**
 * "arrived … for a three-day state visit", "is on a visit", ", on a two-day visit to Lisbon,", "at the
 * start of a visit": the trigger is the purpose of an arrival, or a presence, that is now.
 */
function arrivalFor(view: SentenceView, wi: number): boolean {
  const w = view.words;
  // back over the visit's modifiers ("a three-day state") to "for", "on" or "of"
  let k = wi - 1;
  while (k >= 0 && wi - k <= 5 && !VISIT_LEAD.has(w[k]!.lower) && w[k]!.lower !== 'of') k--;
  if (k < 0 || !DETERMINERS.has(w[k + 1]?.lower ?? '')) return false;
  const lead = w[k]!.lower;
  if (lead === 'of') return VISIT_PHASES.has(w[k - 1]?.lower ?? '');
  // an appositive or fronted "on a visit": ", on a two-day visit to Lisbon, met …"
  if (lead === 'on' && (k === 0 || w[k - 1]!.lower === ',')) return true;
  if (!VISIT_LEAD.has(lead)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const lw = w[j]!.lower;
    if (BARRIERS_LOCAL.has(lw)) return false;
    if (!ARRIVAL.has(lw)) continue;
    // "is" / "are" only as presence: "is in Lisbon for a visit", "is on a visit"
    if (lw === 'is' || lw === 'are') return j + 1 === k ? w[k]!.lower === 'on' : w[j + 1]?.lower === 'in';
    return true;
  }
  return false;
}
const BARRIERS_LOCAL = new Set([';', ':', 'but', 'will', 'would', 'to', 'after', 'before']);

/**
 * Preparation words. "organising" / "arranging" only in the progressive: "has begun organising the visit"
 * is work on a visit still ahead, while "organised a visit" may report one already made.
 */
const PREPARING = new Set([
  'preparation', 'preparations', 'preparing', 'prepares', 'prepare', 'groundwork', 'preparatory', 'readying', 'readies',
  'organising', 'organizing', 'arranging',
]);
/** "getting everything ready for the visit", "making the rooms ready": readiness made, not offered. */
const MAKING_READY = new Set(['getting', 'get', 'gets', 'got', 'making', 'make', 'made', 'being']);
const DOUBT = new Set(['unlikely', 'doubtful', 'improbable', 'uncertain', 'doubt', 'doubts']);

/**
 * Reads the preparation words near a visit (up to 12 words before the trigger or 10 after) and the doubt
 * words of its sentence. "prepared to visit" is willingness (a plan), not preparation.
 */
export function readScheduled(view: SentenceView, wi: number): ScheduledReading {
  const w = view.words;
  let preparing = false;
  let doubted = false;
  const from = Math.max(0, wi - 12);
  const to = Math.min(w.length, wi + 11);
  for (let k = from; k < to; k++) {
    if (k === wi) continue;
    const lw = w[k]!.lower;
    if (PREPARING.has(lw) && !(lw === 'preparing' && w[k + 1]?.lower === 'to' && k + 2 === wi)) preparing = true;
    if (lw === 'ready' && w[k + 1]?.lower === 'for' && w.slice(Math.max(0, k - 4), k).some((x) => MAKING_READY.has(x.lower))) preparing = true;
    // "is being prepared", "has been prepared" (but "is prepared to visit" is willingness)
    if (lw === 'prepared' && (w[k - 1]?.lower === 'being' || w[k - 1]?.lower === 'been')) preparing = true;
  }
  // doubt speaks for the whole sentence ("a visit … in May now looks doubtful"), unless denied ("no doubt")
  for (let k = 0; k < w.length; k++) if (DOUBT.has(w[k]!.lower) && !(w[k]!.lower === 'doubt' && w[k - 1]?.lower === 'no')) doubted = true;
  return { preparing, doubted, arrivedFor: arrivalFor(view, wi) };
}

/**
 * The status words decide for a scheduled event before its time does: preparations or a doubt keep it
 * anticipated whatever tense or "under way" says, an arrival for a visit puts the visit under way, and
 * "set to visit … soon" is anticipated, not scheduled: scheduled needs a day or a week.
 */
function scheduledStatus(r: ScheduledReading, cue: EventStatus | undefined, cueRule: string | undefined, time: TimeRelation | undefined): EventStatus | undefined {
  if (cue === 'cancelled') return undefined;
  if (r.preparing || r.doubted) return 'anticipated';
  if (r.arrivedFor) return 'in-progress';
  const dated = time !== undefined && (time.precision === 'day' || time.precision === 'week');
  // "is set to visit" promises a visit, not a date ("a date has been set" does: its rule is sched:set-for)
  if (cue === 'scheduled' && cueRule === 'sched:set-to' && !dated) return 'anticipated';
  return undefined;
}

/** A doubted event is at most doubtful, whatever else its sentence says. */
const DOUBTED_CEILING = 0.3;

const BASE: Record<Modality, number> = { asserted: 0.9, planned: 0.7, expected: 0.6, hypothetical: 0.3, questioned: 0.3, negated: 0.05 };

/** Words that hedge the whole sentence: the event is less certain than its modality alone says. */
/** Per sentence's words (views are built once per document and shared): whether a hedge is among them. */
const hedgedWords = new WeakMap<readonly { readonly lower: string }[], boolean>();

/** Whether a hedge stands anywhere in the sentence, read once per sentence rather than once per event in it. */
function hedged(words: readonly { readonly lower: string }[]): boolean {
  let h = hedgedWords.get(words);
  if (h === undefined) hedgedWords.set(words, (h = words.some((w) => HEDGES.has(w.lower))));
  return h;
}

const HEDGES = new Set(['reportedly', 'allegedly', 'possibly', 'perhaps', 'apparently', 'willing', 'readiness', 'hopes', 'hope', 'hoped', 'intention', 'may', 'might', 'could', 'unconfirmed', 'rumoured', 'rumored', 'purportedly']);

export function certainty(modality: Modality, status: EventStatus | undefined, time: TimeRelation | undefined, view: SentenceView, doubted = false): number {
  let c = BASE[modality];
  if (status === 'scheduled') c = Math.max(c, 0.8);
  if (status === 'cancelled') c = 0.05;
  if (status === 'invited') c = Math.min(c, 0.4);
  if (status === 'in-progress') c = Math.max(c, 0.9);
  if (time && time.precision === 'vague' && time.relation === 'future') c *= 0.9;
  if (hedged(view.words)) c *= 0.85;
  if (doubted) c = Math.min(c, DOUBTED_CEILING);
  return Math.round(c * 100) / 100;
}

/** Nouns of finding out or telling about something: what they are about ("a report on the fire") has happened. */
const INQUIRY_NOUNS = new Set(['report', 'reports', 'investigation', 'investigations', 'inquiry', 'inquiries', 'enquiry', 'probe', 'review', 'findings', 'audit']);
const TOPIC_PREPS = new Set(['on', 'into', 'of', 'about']);
/** A plain modifier word: letters, digits and hyphens ("engine", "August", "3", "two-day"). */
const MODIFIER_WORD = /^[\p{L}\d-]+$/u;
/** Verbs of finding out about something: what they take as object ("investigating the collapse") has happened. */
const INVESTIGATING = new Set(['investigating', 'investigate', 'investigates', 'investigated', 'probing', 'probe', 'probes', 'probed']);
/** Modifiers that leave the event unsettled: "an inquiry into the planned merger", "the alleged fraud". */
const UNSETTLED = new Set(['planned', 'proposed', 'possible', 'potential', 'alleged', 'suspected', 'future', 'expected', 'reported']);

/**
 * "expected to publish a preliminary report on the fire", "will open an investigation into the explosion": a definite
 * event noun that an inquiry or a report is about is one that has happened; the plan and its time are the inquiry's.
 */
export function inquiryTopic(view: SentenceView, wi: number): boolean {
  const w = view.words;
  let k = wi - 1;
  // back over up to two modifiers ("the engine fire", "the August 3 blast") to "the"
  while (k >= 0 && wi - k <= 3 && w[k]!.lower !== 'the') {
    if (UNSETTLED.has(w[k]!.lower) || !MODIFIER_WORD.test(w[k]!.text)) return false;
    k--;
  }
  if (k < 1 || w[k]!.lower !== 'the') return false;
  // "the panel investigating the collapse of a stand will hand its findings by May 15" (events 1.85.0)
  if (INVESTIGATING.has(w[k - 1]!.lower)) return true;
  if (!TOPIC_PREPS.has(w[k - 1]!.lower)) return false;
  return INQUIRY_NOUNS.has(w[k - 2]?.lower ?? '');
}

