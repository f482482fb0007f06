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
const SPEECH = new Set(['expressed', 'conveyed', 'emphasized', 'emphasised', 'stressed', 'highlighted', 'indicated', 'specified', 'insisted', 'reiterated', 'underlined', 'marking', 'welcomed', 'hailed']);
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

/** The tense of the nearest finite verb around word i, looking outwards; speech verbs do not count. */
export function nearestTense(view: SentenceView, i: number): Tense {
  const own = wordTense(view, i);
  if (own !== 'none') return own;
  for (let d = 1; d <= 10; d++) {
    for (const k of [i - d, i + d]) {
      if (k < 0 || k >= view.words.length) continue;
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
}

export function decideStatus(s: StatusInput): EventStatus | undefined {
  if (!s.schedulable) return undefined;
  if (s.modality === 'negated' || s.modality === 'hypothetical' || s.modality === 'questioned') return undefined;
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

const BASE: Record<Modality, number> = { asserted: 0.9, planned: 0.7, expected: 0.6, hypothetical: 0.3, questioned: 0.3, negated: 0.05 };

/** Words that hedge the whole sentence: the event is less certain than its modality alone says. */
const HEDGES = new Set(['reportedly', 'allegedly', 'possibly', 'perhaps', 'apparently', 'willing', 'readiness', 'hopes', 'hope', 'hoped', 'intention', 'may', 'might', 'could', 'unconfirmed', 'rumoured', 'rumored', 'purportedly']);

export function certainty(modality: Modality, status: EventStatus | undefined, time: TimeRelation | undefined, view: SentenceView): number {
  let c = BASE[modality];
  if (status === 'scheduled') c = Math.max(c, 0.8);
  if (status === 'cancelled') c = 0.05;
  if (status === 'invited') c = Math.min(c, 0.4);
  if (status === 'in-progress') c = Math.max(c, 0.9);
  if (time && time.precision === 'vague' && time.relation === 'future') c *= 0.9;
  if (view.words.some((w) => HEDGES.has(w.lower))) c *= 0.85;
  return Math.round(c * 100) / 100;
}
