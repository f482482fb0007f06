/**
 * Modality and status cues around one trigger. Parser side: every cue in reach is collected with its
 * rule; refiner side: a fixed priority picks the one that decides (questioned > negated > hypothetical
 * > expected > planned > asserted), and status cues are kept apart for status.ts to weigh with time.
 */
import { BARRIERS, CUES, REPORTING, type CueSpec } from './cues.js';
import type { EventStatus, Modality } from '../../doc/schemas/events.js';
import type { SentenceView, Word } from '../text/token-view.js';
import type { TriggerHit } from './triggers.js';

export interface CueMatch {
  readonly spec: CueSpec;
  readonly start: number;
  readonly end: number;
  readonly gap: number;
}

export interface ModalityReading {
  readonly modality: Modality;
  readonly modalityCue?: CueMatch;
  readonly statusCue?: CueMatch;
  readonly status?: EventStatus;
}

/** Verbs of expecting, planning, hoping or giving a figure: a "now" before one is that verb's time ("now expect a cut"). */
export const ATTITUDE_VERBS: ReadonlySet<string> = new Set([
  'expect', 'expects', 'expected', 'forecast', 'forecasts', 'predict', 'predicts', 'plan', 'plans', 'planned', 'hope', 'hopes',
  'want', 'wants', 'intend', 'intends', 'see', 'sees', 'think', 'thinks', 'believe', 'believes', 'estimate', 'estimates', 'aim', 'aims',
  // and verbs of giving a figure: "now puts the total spilled at 380 tonnes"
  'puts', 'put', 'gives', 'counts', 'says', 'said', 'reports', 'reported',
]);

const MODALITY_RANK: Record<Modality, number> = {
  questioned: 6,
  negated: 5,
  hypothetical: 4,
  expected: 3,
  planned: 2,
  asserted: 1,
};
const STATUS_RANK: Partial<Record<EventStatus, number>> = { cancelled: 5, 'in-progress': 4, scheduled: 3, occurred: 2 };
/** A status cue's weight: the end of an event ("ending a trial that opened in September") outweighs its opening. */
function cueRank(spec: CueSpec): number {
  return spec.rule === 'done:ended' ? 4.5 : (STATUS_RANK[spec.status!] ?? 0);
}

/** Indices into CUES by a cue's first word. */
const CUES_BY_FIRST: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  CUES.forEach((spec, id) => {
    const list = m.get(spec.seq[0]!);
    if (list) list.push(id);
    else m.set(spec.seq[0]!, [id]);
  });
  return m;
})();

/** Scratch marks while gathering one trigger's cues (cleared before use of the list). */
const CUE_SEEN = new Uint8Array(CUES.length);

const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'did', 'does']);

/** "Should the talks fail, …": the trigger sits in an inverted condition before the first comma. */
export function inInvertedCondition(view: SentenceView, wi: number): boolean {
  const first = view.words[0]?.lower;
  if (first !== 'should' && first !== 'were' && first !== 'had') return false;
  for (let k = 1; k < wi; k++) if (view.words[k]!.lower === ',') return false;
  return true;
}

/** A condition in the sentence: "if", "unless", or an inverted "Should the talks fail, …". */
export function isConditional(view: SentenceView): boolean {
  const w = view.words;
  if (w[0]?.lower === 'should' || w[0]?.lower === 'were' || w[0]?.lower === 'had') return true;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!.lower;
    if (x !== 'if' && x !== 'unless') continue;
    const prev = w[i - 1]?.lower ?? '';
    if (prev === 'as' || prev === 'asked' || prev === 'ask' || prev === 'asks' || prev === 'wondered' || prev === 'see') continue;
    return true;
  }
  return false;
}

/** Whether the words at `at` are `seq` (lower-cased). */
export function seqAt(view: SentenceView, at: number, seq: readonly string[]): boolean {
  if (at < 0 || at + seq.length > view.words.length) return false;
  for (let k = 0; k < seq.length; k++) if (view.words[at + k]!.lower !== seq[k]) return false;
  return true;
}

/** Prepositions that make a noun the topic of the happening before it. */
const TOPIC_PREPS = new Set(['on', 'over', 'about', 'against']);
/** A number after "about": "about 10", "about a dozen" is a count, not a topic (events 1.86.0). */
const APPROX_COUNT = /^(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half)$/;

/** Words that open a verb's object: after one, "opened" or "began" is done to something else. */
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'talks', 'negotiations']);


/** Every cue within reach of the trigger, not read across a clause barrier or another trigger (post side). */
export function collectCues(view: SentenceView, hit: TriggerHit, triggerAt: ReadonlySet<number>, conditional: boolean): CueMatch[] {
  const out: CueMatch[] = [];
  const i = hit.wi;
  const w = view.words;
  const isIng = w[i]!.lower.endsWith('ing');
  if (inInvertedCondition(view, i)) out.push({ spec: { seq: [w[0]!.lower], side: 'pre', maxGap: 99, modality: 'hypothetical', rule: 'hyp:inverted' }, start: w[0]!.start, end: w[0]!.end, gap: i });
  // the left edge: a barrier or reporting verb ends the clause the trigger sits in
  let leftEdge = 0;
  for (let j = i - 1; j >= Math.max(0, i - 14); j--) {
    if (BARRIERS.has(w[j]!.lower)) {
      leftEdge = j + 1;
      break;
    }
    // "denies fishing there and will appeal": a second predicate with its own modal is out of the first one's reach
    if (w[j]!.lower === 'and' && COORD_MODALS.has(w[j + 1]?.lower ?? '') && j + 1 < i) {
      leftEdge = j + 1;
      break;
    }
    // "… was denied by the ministry, and the engineer's report later found …": ", and" before a determiner opens a
    // clause with a subject of its own, out of the first clause's reach
    if (w[j]!.lower === 'and' && w[j - 1]?.lower === ',' && CLAUSE_DETERMINERS.has(w[j + 1]?.lower ?? '') && j + 1 < i) {
      leftEdge = j + 1;
      break;
    }
    // "… would be delayed again, saying the vote would take place on October 11": ", saying" opens what the subject
    // says, out of the reach of the clause before it (events 1.70.0)
    if (SAYING.has(w[j]!.lower) && w[j - 1]?.lower === ',' && j < i) {
      leftEdge = j + 1;
      break;
    }
    if (j === Math.max(0, i - 14)) leftEdge = j;
  }
  // a noun that is the topic of another happening ("will vote on the agreement", "talks about a deal") is not what
  // that happening's "will" plans: the left edge stops at the other trigger
  if (hit.entry.noun) {
    for (let j = i - 2; j >= Math.max(leftEdge, i - 4); j--) {
      // "could produce about 10 agreements" (events 1.86.0): "about" before a number is a count, no topic
      if (w[j + 1]?.lower === 'about' && APPROX_COUNT.test(w[j + 2]?.lower ?? '')) continue;
      if (triggerAt.has(j) && TOPIC_PREPS.has(w[j + 1]?.lower ?? '')) {
        leftEdge = j + 1;
        break;
      }
    }
  }
  // "Repairs to the crack in the dam's wall will begin in June": a head noun's complement, up to its clause's verb, is
  // no part of its clause's reach; its verb's cues read from the complement's end, and a trigger inside it is no edge
  const verbAt = hit.entry.noun ? complementVerb(w, i) : -1;
  let rightEdge = w.length;
  for (let k = i + 1; k < Math.min(w.length, i + 16); k++) {
    const coordVerb = w[k]!.lower === 'and' && AUX.has(w[k + 1]?.lower ?? '');
    if (BARRIERS.has(w[k]!.lower) || (triggerAt.has(k) && k >= verbAt) || REPORTING.has(w[k]!.lower) || coordVerb) {
      rightEdge = k;
      break;
    }
    if (k === Math.min(w.length, i + 16) - 1) rightEdge = k + 1;
  }
  // a noun after "of" or "to" and another event's noun ("the recount of last month's by-election began", "repairs to the
  // crack will begin") is that noun's complement: the verb after it is the head's, so no cue after the noun is its own
  if (hit.entry.noun) {
    // (the head may stand just before the left edge, which a topic preposition after it set)
    for (let j = i - 2; j >= Math.max(leftEdge - 1, i - 6, 0); j--) {
      if (triggerAt.has(j) && HEAD_COMPLEMENT_PREPS.has(w[j + 1]?.lower ?? '') && complementVerb(w, j, true) > i) {
        rightEdge = i + 1;
        break;
      }
    }
  }
  // A cue can only match where its first word stands in the reach [leftEdge, rightEdge): only the
  // cues that start with a word in reach are tried, in the lexicon's order, instead of every cue at every gap.
  const order: number[] = [];
  for (let k = leftEdge; k < rightEdge; k++) {
    const ids = CUES_BY_FIRST.get(w[k]!.lower);
    if (!ids) continue;
    for (let n = 0; n < ids.length; n++) {
      const id = ids[n]!;
      if (CUE_SEEN[id]) continue;
      CUE_SEEN[id] = 1;
      order.push(id);
    }
  }
  for (let n = 0; n < order.length; n++) CUE_SEEN[order[n]!] = 0;
  // insertion sort: a handful of distinct ids (Array.prototype.sort copies its array on every call)
  for (let a = 1; a < order.length; a++) {
    const id = order[a]!;
    let b = a - 1;
    for (; b >= 0 && order[b]! > id; b--) order[b + 1] = order[b]!;
    order[b + 1] = id;
  }
  for (let t = 0; t < order.length; t++) {
    const spec = CUES[order[t]!]!;
    // "the rescue was called off", "suspended the search": a search stopped has ended, no plan cancelled
    if (spec.rule === 'status:cancel' && SEARCH_SUBTYPES.has(hit.entry.subtype)) continue;
    // "three suspects were now in custody": the state an arrest left them in, the arrest itself done (events 1.76.0)
    if (spec.rule === 'prog:currently' && hit.entry.lemma === 'arrest' && w[i]!.lower === 'custody') continue;
    if (spec.nounOnly && !hit.entry.noun) continue;
    if (spec.verbOnly && hit.entry.noun) continue;
    if (spec.conditional === 'only' && !conditional) continue;
    if (spec.conditional === 'not' && conditional) continue;
    if (spec.rule === 'prog:is-ing' && !isIng) continue;
    if (spec.infinitive && w[i - 1]?.lower !== 'to') continue;
    const len = spec.seq.length;
    if (spec.side === 'pre') {
      for (let gap = 0; gap <= spec.maxGap; gap++) {
        const at = i - gap - len;
        if (at < leftEdge) break;
        // the words first: the checks below only ever skip a gap where the cue stands (cheaper, the same cues)
        if (!seqAt(view, at, spec.seq)) continue;
        // "found not guilty", "a not guilty verdict": a verdict (an acquittal) or a plea, not the denial of one
        if (spec.rule === 'neg:not' && VERDICT_AFTER_NOT.has(w[at + len]?.lower ?? '')) continue;
        // "the May 5 ruling", "approved in May": the month, no modal
        if (spec.rule === 'hyp:modal' && isMonthMay(w, at)) continue;
        // "would not stop the handover", "did not prevent the march": the negation is the verb's between, not the event's
        if ((spec.rule === 'neg:not' || spec.rule === 'neg:refuse') && w.slice(at + len, i).some((x) => HINDER.has(x.lower))) continue;
        // "had been suspended for talks", "was put off for the summit": the event after "for" is the change's purpose, not
        // what it changes
        if (spec.rule === 'status:cancel' && w.slice(at + len, i).some((x) => x.lower === 'for')) continue;
        // "was suspended in March after talks", "postponed following the talks" (events 1.86.0): the event after "after" or
        // "following" dates the change, it is not what is changed
        if (spec.rule === 'status:cancel' && w.slice(at + len, i).some((x) => x.lower === 'after' || x.lower === 'following')) continue;
        // "economists now expect a cut on June 30", "now plans to sail": "now" is the attitude's, not the event's going on
        // (events 1.89.0)
        if (spec.rule === 'prog:currently' && w.slice(at + len, i).some((x) => ATTITUDE_VERBS.has(x.lower))) continue;
        // "2,300 people had now left their homes", "police have now arrested 342 people" (events 1.123.0): "now" after a
        // perfect's auxiliary tells how far a count has come, the act itself done, not going on
        if (spec.rule === 'prog:currently' && PERFECT_AUX.has(w[at - 1]?.lower ?? '')) continue;
        // "is not part of this agreement", "was not covered by the deal": a thing left out of the event, not the event denied
        if (spec.rule === 'neg:not' && w.slice(at + len, i).some((x) => LEFT_OUT.has(x.lower))) continue;
        // "would not discuss any demand", "declined to comment on the arrests": what is not talked about is not denied
        // (events 1.76.0)
        if (ABOUT_SCOPED.has(spec.rule) && w.slice(at + len, i).some((x) => NOT_ABOUT.has(x.lower))) continue;
        // "the postponed summit will now be held on May 3", "Colombia's delayed census will begin on Monday": a change of
        // plan named as the noun's attribute, with a new plan told after it, is the event's history, not its status (the
        // link layer reads its sentences alike: link/status.ts attributiveChange)
        if (spec.rule === 'status:cancel' && hit.entry.noun && len === 1 && attributiveChange(w, at, i) && planFollows(w, i, rightEdge)) continue;
        // "a six-month suspended sentence", "a suspended jail term": a kind of penalty, no sentence called off
        if (spec.rule === 'status:cancel' && w[at]!.lower === 'suspended' && PENALTY_NOUNS.has(w[i]!.lower) && w.slice(at + 1, i).every((x) => PENALTY_NOUNS.has(x.lower))) continue;
        // "denies the charges", "denied all charges": a plea, the charge stands (not the denial of a charge reported)
        if (spec.rule === 'neg:deny' && ACCUSATIONS.has(w[i]!.lower) && w.slice(at + len, i).every((x) => PLEA_DETERMINERS.has(x.lower))) continue;
        // "denied all five counts at a brief arraignment", "denied the charges during his trial" (events 1.100.0): the denial's
        // object is the accusation; the sitting where it was made is not denied
        if (spec.rule === 'neg:deny' && deniedAccusationThenSitting(w.slice(at + len, i))) continue;
        // "would stay on hold until it had heard": "until" after a plan's "will" or "would" in the clause
        if (spec.rule === 'exp:until' && !w.slice(Math.max(leftEdge, at - 8), at).some((x) => WAITING.has(x.lower))) continue;
        // "no ransom had been paid": the negative subject's noun, then auxiliaries only
        if (spec.rule === 'neg:no-subject' && !w.slice(at + len + 1, i).every((x) => SUBJECT_AUX.has(x.lower))) continue;
        if (spec.rule === 'plan:sought-for' && !w.slice(Math.max(leftEdge, at - 4), at).some((x) => SEEKING.has(x.lower))) break;
        // "passing a floor plan to the gang that robbed it" (events 1.114.0): a verb reached through "to" and a determiner is
        // its own clause's, not the cue's infinitive (a happening's "-ed" word counts as a verb whatever its noun flag says)
        if (spec.seq[len - 1] === 'to' && (!hit.entry.noun || w[i]!.lower.endsWith('ed')) && toPreposition(w, at + len, i)) continue;
        out.push({ spec, start: w[at]!.start, end: w[at + len - 1]!.end, gap });
        break;
      }
    } else {
      const from = verbAt > i ? verbAt : i + 1;
      for (let gap = 0; gap <= spec.maxGap; gap++) {
        const at = from + gap;
        if (at + len > rightEdge) break;
        if (seqAt(view, at, spec.seq)) {
          // "the preliminary report into last month's crash has been delayed" (events 1.86.0): what an inquiry or a report
          // is "into" is its topic, the change is the report's
          if (spec.rule === 'status:cancel' && w.slice(Math.max(leftEdge, i - 8), i).some((x) => x.lower === 'into')) break;
          if (spec.intransitive && OBJECT_START.has(w[at + len]?.lower ?? '')) break;
          // "no later than", "no longer": a bound or an aspect, not a "no" object
          if (spec.rule === 'neg:no-object' && NO_COMPARATIVE.has(w[at + len]?.lower ?? '')) break;
          out.push({ spec, start: w[at]!.start, end: w[at + len - 1]!.end, gap });
          break;
        }
      }
    }
  }
  const scheduled = hit.entry.noun ? relativeSchedule(view, i) : null;
  if (scheduled) out.push(scheduled);
  const paused = SEARCH_SUBTYPES.has(hit.entry.subtype) ? pausedSearch(view, i) : null;
  if (paused) out.push(paused);
  return out;
}

/** A search stopped for a while: it goes on after the pause (link/status.ts reads the rule as postponed). */
const PAUSED: CueSpec = { seq: ['for', 'the', 'night'], side: 'post', maxGap: 12, status: 'in-progress', rule: 'status:pause-postponed' };
const STOPS = new Set(['called', 'halted', 'suspended', 'stopped', 'paused']);
/** What a pause lasts: "for the night", "overnight", "until dawn", "until first light". */
const PAUSE_SPANS: readonly (readonly string[])[] = [['for', 'the', 'night'], ['overnight'], ['until', 'dawn'], ['until', 'first', 'light'], ['until', 'daylight'], ['until', 'morning'], ['until', 'the', 'morning']];
/** How far (words) the stopping verb and the pause's span may stand from the search. */
const PAUSE_REACH = 12;

/**
 * "Rescue teams called off the search for survivors … for the night", "the search was halted overnight" (events 1.84.0):
 * a search stopped for a night is paused, not ended; the span must follow the stopping verb in the same clause, and a
 * pause already over ("after the search was halted overnight") is left to the words that say what came next.
 */
export function pausedSearch(view: SentenceView, i: number): CueMatch | null {
  const w = view.words;
  if (w.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'after')) return null;
  let stop = -1;
  for (let k = Math.max(0, i - 4); k <= Math.min(w.length - 1, i + 3); k++) if (k !== i && STOPS.has(w[k]!.lower)) stop = k;
  if (stop < 0) return null;
  for (let k = stop + 1; k < Math.min(w.length, Math.max(stop, i) + PAUSE_REACH); k++) {
    if (BARRIERS.has(w[k]!.lower) || REPORTING.has(w[k]!.lower)) return null;
    const span = PAUSE_SPANS.find((sp) => seqAt(view, k, sp));
    if (span) return { spec: PAUSED, start: w[k]!.start, end: w[k + span.length - 1]!.end, gap: k - i };
  }
  return null;
}

/** The schedule a relative clause gives its noun: "an early election, which he set for April 17 and 18". */
const RELATIVE_SCHEDULE: CueSpec = { seq: ['set', 'for'], side: 'post', maxGap: 6, modality: 'planned', status: 'scheduled', rule: 'sched:set-for' };
const RELATIVE_OPENERS = new Set(['which', 'that']);
const SCHEDULING = new Set(['set', 'scheduled', 'fixed', 'slated']);
/** Words a relative clause's subject may have before its verb ("which he set", "which the speaker has set", "which was set"). */
const RELATIVE_SUBJECT_WORDS = 4;

/**
 * A noun's relative clause that dates it (events 1.84.0): "until an early election, which he set for April 17 and 18",
 * "the vote, which has been scheduled for Tuesday": the clause barrier "which" ends the cue reach, so the relative clause
 * is read apart; its verb must be a scheduling one and "for" must follow it.
 */
export function relativeSchedule(view: SentenceView, i: number): CueMatch | null {
  const w = view.words;
  let k = i + 1;
  if (w[k]?.lower === ',') k++;
  if (!RELATIVE_OPENERS.has(w[k]?.lower ?? '')) return null;
  for (let j = k + 1; j <= Math.min(w.length - 2, k + RELATIVE_SUBJECT_WORDS + 1); j++) {
    const lw = w[j]!.lower;
    if (w[j]!.punct || BARRIERS.has(lw)) return null;
    if (SCHEDULING.has(lw) && w[j + 1]!.lower === 'for') return { spec: RELATIVE_SCHEDULE, start: w[j]!.start, end: w[j + 1]!.end, gap: j - i - 1 };
  }
  return null;
}

/** A perfect's auxiliaries: "now" right after one ("had now left") is no progress (events 1.123.0). */
const PERFECT_AUX = new Set(['has', 'have', 'had']);
/** Prepositions that open a head noun's complement ("the recount of the votes", "repairs to the crack", "talks on a truce"). */
const HEAD_COMPLEMENT_PREPS = new Set(['of', 'to', 'on']);
/** Auxiliaries and modals that open a clause's verb group after a noun's complement ("… will begin", "… could take"). */
const CLAUSE_VERB_START = new Set([...AUX, 'shall', 'could', 'may', 'might', 'must']);
/**
 * Phase verbs that are a clause's verb alone ("the recount of last month's by-election began"): read where the
 * complement is another event's noun, whose head the verb is; the head's own cues still read them.
 */
const PHASE_VERBS = new Set(['began', 'begins', 'started', 'starts', 'opened', 'opens', 'resumed', 'resumes', 'ended', 'ends', 'continued', 'continues', 'concluded', 'finished']);
/** A verb that counts a process's days after its complement: "negotiations on job cuts at the site entered their fifth week". */
const COUNTED_ON = new Set(['entered', 'enters']);
/** Words that end a complement before any verb: punctuation and clause openers. */
const COMPLEMENT_END = new Set([',', ';', ':', '(', ')', 'and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'as']);

/**
 * Where the clause's verb group starts after a head noun's complement: "Repairs [to the crack in the dam's wall] will
 * begin" gives the index of "will". -1 when the noun has no "of"/"to" complement, or the complement meets no
 * auxiliary within eight words before a comma or a clause opener.
 */
export function complementVerb(w: SentenceView['words'], i: number, phaseVerbs = false): number {
  if (!HEAD_COMPLEMENT_PREPS.has(w[i + 1]?.lower ?? '')) return -1;
  for (let k = i + 2; k < Math.min(w.length, i + 10); k++) {
    const lw = w[k]!.lower;
    if (CLAUSE_VERB_START.has(lw) || COUNTED_ON.has(lw) || (phaseVerbs && PHASE_VERBS.has(lw))) return k;
    if (COMPLEMENT_END.has(lw) || BARRIERS.has(lw) || REPORTING.has(lw)) return -1;
  }
  return -1;
}

/** Words after "no" that make it a comparison or an aspect ("no later than", "no longer"), not an object's "no". */
const NO_COMPARATIVE = new Set(['later', 'longer', 'sooner', 'earlier', 'more', 'less', 'fewer', 'matter', 'doubt']);
/** Verbs of seeking: what they are "for" is wanted, not reported ("negotiating with Bissau for the release of"). */
// "were drafting eight agreements for signing during the visit" (events 1.84.0): what is drafted or readied for a
// happening makes it a plan, as what is sought for it does
const SEEKING = new Set(['drafting', 'readying', 'negotiating', 'negotiate', 'negotiates', 'negotiated', 'calling', 'call', 'calls', 'called', 'pressing', 'press', 'presses', 'pressed', 'pushing', 'push', 'pushes', 'pushed', 'appealing', 'appealed', 'appeals', 'lobbying', 'lobbied', 'campaigning', 'campaigned', 'working', 'asking', 'asked']);
/** Determiners that open a new subject after ", and" ("…, and the report found"). */
const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
/** Modals that open a second predicate after "and" ("… and will appeal"). */
const COORD_MODALS = new Set(['will', 'would', 'shall', "'ll"]);
/** Participles of saying after a comma: what follows is what the subject says (", saying the vote would go ahead"). */
const SAYING = new Set(['saying', 'adding', 'insisting', 'stressing', 'noting', 'arguing', 'explaining']);
/** A penalty named with its kind: "suspended" before these is the kind, not a suspension. */
const PENALTY_NOUNS = new Set(['sentence', 'sentences', 'term', 'terms', 'jail', 'prison']);

/** Words before an attribute that make it one: a determiner or an owner ("the delayed", "Colombia's postponed"). */
const ATTRIBUTE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
/** Whether the word at `at` stands as an attribute of the noun at i: after a determiner or an owner, with at most one word between. */
function attributiveChange(w: readonly Word[], at: number, i: number): boolean {
  const before = w[at - 1]?.lower ?? '';
  return i - at <= 2 && (ATTRIBUTE_DETERMINERS.has(before) || before.endsWith("'s")) && !w.slice(at + 1, i).some((x) => x.punct);
}
/** Words that tell a plan after its noun: "will", "would", or a copula with "set", "due", "scheduled" … ("is now set for"). */
const PLAN_AFTER = new Set(['will', 'would', 'shall']);
const PLAN_PARTICIPLES = new Set(['set', 'due', 'scheduled', 'expected', 'planned', 'rescheduled', 'now', 'slated']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Whether a plan is told of the noun at i within its next four words, before its clause ends. */
function planFollows(w: readonly Word[], i: number, rightEdge: number): boolean {
  for (let k = i + 1; k < Math.min(rightEdge, i + 5); k++) {
    const x = w[k]!.lower;
    if (PLAN_AFTER.has(x)) return true;
    if (COPULAS.has(x) && PLAN_PARTICIPLES.has(w[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** What an accused denies when pleading: "denies the charges" is a plea, not a denial that charges were brought. */
const ACCUSATIONS = new Set(['charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations']);
const PLEA_DETERMINERS = new Set(['the', 'all', 'any', 'both', 'these', 'those', 'every', 'each', 'of']);
/** Words that open a noun phrase: after an infinitive cue's "to" they make "to" a preposition ("a plan to the gang"). */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'my', 'your']);
/**
 * Whether a cue ending in "to" (`from`: the word after it) reaches a verb trigger at `i` only as a preposition: a
 * determiner follows "to", so the verb belongs to a clause of that noun phrase, not to the cue's infinitive ("a floor
 * plan to the gang that robbed it"; "agreed to the strike" keeps its noun, the caller asks only for verbs).
 */
export function toPreposition(w: readonly { readonly lower: string }[], from: number, i: number): boolean {
  return from < i && NOUN_PHRASE_OPENERS.has(w[from]!.lower);
}
/** The counts of an indictment, denied as the charges are (events 1.100.0). */
const DENIED_COUNTS = new Set([...ACCUSATIONS, 'count', 'counts']);
/** What places a denied accusation at a sitting: "denied the counts at his arraignment". */
const AT_SITTING = new Set(['at', 'during', 'before']);
/** Words between a denial and an event: an accusation, then "at" / "during" / "before" the event (events 1.100.0). */
function deniedAccusationThenSitting(between: readonly { readonly lower: string }[]): boolean {
  const k = between.findIndex((x) => DENIED_COUNTS.has(x.lower));
  return k >= 0 && between.slice(k + 1).some((x) => AT_SITTING.has(x.lower));
}
/** A search or rescue: "called off" or "suspended" ends it (phases.ts: search-called-off), it cancels no plan. */
const SEARCH_SUBTYPES = new Set(['search', 'rescued']);

/** Auxiliaries between a negative subject and its verb ("no ransom had been paid", "not one euro has been paid"). */
const SUBJECT_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'yet', 'ever']);

/** Words that "not" right before makes a verdict, not a negation ("not guilty"). */
const VERDICT_AFTER_NOT = new Set(['guilty']);

/** Verbs of hindering: under a negation they say an event was not stopped, not that it did not happen. */
const HINDER = new Set(['stop', 'stops', 'stopped', 'prevent', 'prevents', 'prevented', 'block', 'blocks', 'blocked', 'halt', 'halts', 'halted', 'delay', 'delays', 'delayed', 'hinder', 'hinders', 'hindered']);

/** Words of membership: under a negation they leave a thing out of an event ("not part of the deal"), no denial of it. */
const LEFT_OUT = new Set(['part', 'included', 'covered', 'among']);

/** Modals of a plan that waits for an event after "until": "would stay on hold until it had heard the appeal". */
const WAITING = new Set(['will', 'would', "'ll", 'shall']);
/** Cues a verb of talking about a thing takes for itself: "would not discuss any demand" plans and denies no demand. */
const ABOUT_SCOPED = new Set(['neg:not', 'neg:refuse', 'plan:would', 'plan:will', 'hyp:modal', 'hyp:would']);
/** Verbs of talking about a thing: under a negation they say nothing of whether it happened. */
const NOT_ABOUT = new Set(['discuss', 'discussing', 'comment', 'commenting', 'disclose', 'disclosing', 'elaborate', 'negotiate', 'negotiating']);

/** Whether "May" at word `at` is the month: capitalised inside the sentence, or before a day's number. */
function isMonthMay(w: SentenceView['words'], at: number): boolean {
  const word = w[at]!;
  return word.text === 'May' && (at > 0 || /^\d/.test(w[at + 1]?.text ?? ''));
}

/** Plain negations that a following "before"/"until" turns into a lower bound; "no plans" stays a denial. */
const BOUNDABLE_NEGATIONS = new Set(['neg:not', 'neg:not-planned']);
const BOUND_WORDS = new Set(['before', 'until', 'till']);

/** A "before" or "until" after the negation, in the same clause. */
function boundFollows(view: SentenceView, from: number): boolean {
  for (const w of view.words) {
    if (w.start < from) continue;
    if (BARRIERS.has(w.lower) || REPORTING.has(w.lower)) return false;
    if (BOUND_WORDS.has(w.lower)) return true;
  }
  return false;
}

/** Picks the deciding modality and status cue. A question mark ends the sentence: the whole sentence asks. */
export function readModality(view: SentenceView, cues: readonly CueMatch[]): ModalityReading {
  let modalityCue: CueMatch | undefined;
  let statusCue: CueMatch | undefined;
  for (const m of cues) {
    const mod = m.spec.modality;
    if (mod) {
      const cur = modalityCue?.spec.modality;
      if (!cur || MODALITY_RANK[mod] > MODALITY_RANK[cur] || (MODALITY_RANK[mod] === MODALITY_RANK[cur] && m.gap < modalityCue!.gap)) {
        modalityCue = m;
      }
    }
    if (m.spec.status && (!statusCue || cueRank(m.spec) > cueRank(statusCue.spec))) statusCue = m;
  }
  let modality: Modality = modalityCue?.spec.modality ?? 'asserted';
  if (view.question) {
    const q = view.words[view.words.length - 1]!;
    return { modality: 'questioned', modalityCue: { spec: { seq: ['?'], side: 'post', maxGap: 99, rule: 'question:mark' }, start: q.start, end: q.end, gap: 0 } };
  }
  // a called-off event is asserted as called off, whatever it was planned as
  if (statusCue?.spec.status === 'cancelled' && modality !== 'negated' && modality !== 'questioned') {
    modality = 'asserted';
    modalityCue = undefined;
  }
  if (statusCue?.spec.status === 'occurred' && (modality === 'planned' || modality === 'expected')) statusCue = undefined;
  // "will not take place before June 26": a denied earlier date is a bound on the event, not a denial of it
  if (modality === 'negated' && modalityCue && BOUNDABLE_NEGATIONS.has(modalityCue.spec.rule) && boundFollows(view, modalityCue.end)) {
    modality = 'expected';
    modalityCue = { ...modalityCue, spec: { ...modalityCue.spec, modality: 'expected', rule: 'exp:not-before' } };
  }
  // "he will resign if the government loses" (events 1.84.0): a promise on a condition after it is expected, where "could
  // step down if the motion passed" stays a possibility
  const promise = modality === 'hypothetical' && modalityCue?.spec.rule === 'hyp:if-post' ? cues.find((m) => m.spec.rule === 'plan:will') : undefined;
  if (promise) {
    modality = 'expected';
    modalityCue = { ...promise, spec: { ...promise.spec, modality: 'expected', rule: 'exp:will-if' } };
  }
  return {
    modality,
    ...(modalityCue && modality !== 'asserted' ? { modalityCue } : {}),
    ...(statusCue ? { statusCue, status: statusCue.spec.status } : {}),
  };
}
