/**
 * Candidate refiners, in the order they run (CANDIDATE_REFINERS): time attachment, then sources the
 * sentence does not give (pronouns first, so that complements inherit the resolved subject), governors
 * and what their complements inherit, pair anaphors, and speech acts that are attribution cues. Each
 * returns new candidates; a refiner that reads earlier candidates reads them as already refined by itself.
 */
import type { EventArg, Modality } from '../../doc/schemas/events.js';
import type { Timex } from '../../doc/schemas/time.js';
import { SpanIndex } from '../../doc/span-index.js';
import type { ArgContext } from './arguments.js';
import type { CandidateRefiner, EventCandidate, EventContext } from './candidate.js';
import { BARRIERS, REPORTING } from './cues.js';
import { anaphoricSubject, mainActor, resolveAntecedent, type ActorMention } from './discourse.js';
import { ATTITUDE_VERBS, complementVerb, type CueMatch } from './modality.js';
import { wordAt, type SentenceView } from '../text/token-view.js';
import { isStatementTimex, relateToDct, type TimeRelation } from './time-relation.js';
import { ANCHORS, EVENT_TIMING, LIKELIHOOD, REALISING, anyWordIn, countedFromEvent, describingInsertion, looksPast, timeNotReaching } from './time-attach.js';

/** Candidate indices grouped by sentence index, each list in candidate order. */
function bySentence(cands: readonly EventCandidate[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  cands.forEach((c, k) => {
    const list = out.get(c.view.index);
    if (list) list.push(k);
    else out.set(c.view.index, [k]);
  });
  return out;
}

function isFutureValue(value: string, dct: string | null): boolean {
  return relateToDct(value, dct).relation === 'future';
}

/** A reporting verb or a clause barrier among words [a, b): no time reaches a trigger across one. */
function barrierBetween(w: SentenceView['words'], a: number, b: number): boolean {
  return anyWordIn(w, a, b, REPORTING) || anyWordIn(w, a, b, BARRIERS);
}

/** A time as an event's argument, under the rule that placed it, with its relation to the report's day. */
function timeArgument(t: Timex, rule: string, rel: TimeRelation): EventCandidate['time'] {
  return { arg: { start: t.start, end: t.end, timex: t.id, rule }, rel };
}

/**
 * Each date or time in a sentence attaches to the nearest trigger before it (within 16 words, with no
 * reporting verb or clause barrier between), else to one shortly after it; a trigger takes one time.
 * (No named closures inside: under tsx, esbuild's keepNames wraps each in a `__name` call every time it is made.)
 */
export const attachTime: CandidateRefiner = (ctx, cands) => {
  const out = cands.slice();
  for (const here of bySentence(cands).values()) {
    const view: SentenceView = cands[here[0]!]!.view;
    const w = view.words;
    const triggerWords = new Set(here.map((c) => out[c]!.hit.wi));
    const timexes = ctx.timexIndex.within(view.start, view.end).filter((t) =>
      t.start >= view.start && t.end <= view.end &&
      // a duration is no time of an event, unless it is a span from now with a window ("in the coming weeks")
      !((t.type === 'DURATION' && !t.window) || t.type === 'SET') &&
      // "said on Monday": when it was said, never when the reported event happens
      !isStatementTimex(ctx.text, view.start, t) &&
      // "talks that began the day after the vote": a day counted from an event whose day the sentence does not give
      !countedFromEvent(ctx.text, t, w));
    // a noun a time premodifies or possesses keeps that time, whichever time comes first: "answered questions on Tuesday
    // over the February 10 blackout" (Tuesday, read first, would otherwise take the blackout after it)
    const owner = new Map(timexes.map((t) => [t, premodified(out, here, w, wordAt(w, t.end), ctx.text, wordAt(w, t.start))] as const));
    const owned = new Set([...owner.values()].filter((k) => k >= 0));
    for (const t of timexes) {
      const tw = wordAt(w, t.start);
      // whether the time lies after the report's day, read once per time and only when asked (several candidates may ask)
      let future: boolean | undefined;
      // a noun two times premodify keeps the first ("premodified" read it before any time was placed)
      const own = owner.get(t)!;
      let best = own >= 0 && !out[own]!.time ? own : -1;
      // the search back stopped at a past form that is no trigger and dates what it does ("reached in early April"):
      // the time is that verb's, and no trigger after it takes it either (events 1.121.0)
      let otherVerb = false;
      // a bare "now" and the word right after the time: what "now" is the present of ("now stands", "now likely")
      const bareNow = isBareNow(ctx.text, t);
      const nextWord = w[wordAt(w, t.end)]?.lower ?? '';
      // "A strike is now likely": a bare "now" before a word of likelihood is when the odds stand, not when the event is
      // (events 1.121.0): it dates no trigger before or after it
      const nowOfOdds = bareNow && LIKELIHOOD.has(nextWord);
      // "has put back the closure of a paper machine …, and with it the loss of 400 jobs, by a month to May 31": the new
      // time of a plan moved is the moving verb's object's, however far, not the nearer trigger's (events 1.88.0)
      if (best < 0 && NEW_TIME.has(w[tw - 1]?.lower ?? '')) best = movedObject(out, here, w, tw);
      for (let k = here.length - 1; k >= 0 && best < 0; k--) {
        const d = out[here[k]!]!;
        // (unless the time is where a plan was moved to: "postponed Tuesday's vote on the bill to July 14")
        if (owned.has(here[k]!) && !movedTo(w, d.hit.wi, tw)) continue;
        // (a happening with no schedule dated in the past is moved nowhere: "which sank in April, was due to open …, but was put
        // back to July 12")
        const moved = movedTo(w, d.hit.wi, tw) && !(UNSCHEDULED_TYPES.has(d.hit.entry.type) && d.time?.rel.relation === 'past');
        if (d.hit.wi >= tw || (d.time && !moved) || attributive(w, d)) continue;
        // "The findings of the inquiry into last month's crush have been put back to the end of May": the plan moved is the
        // head of the phrase, not a noun hung on it as its topic (events 1.121.0)
        if (moved && k > 0 && topicOf(out[here[k - 1]!]!, d, w)) continue;
        // "The death toll from the riots now stands at seven": a bare "now" just before a verb of state or measure is that
        // verb's present, not a time of an event noun before it (events 1.118.0)
        if (d.hit.entry.noun && bareNow && NOW_STATE_VERBS.has(nextWord)) break;
        if (d.hit.entry.noun && nowOfOdds) break;
        // time-attachment rules of events 1.121.0 (time-attach.ts): a trigger inside the insertion after the sentence's
        // subject ("The curfew, ordered on the night of the march, ended at 5 a.m. on Wednesday"), a trigger before a
        // relative clause with a time of its own ("ends the dispute that began in January"), a noun whose scope a verb
        // changes ("widened the recall on Wednesday"), a trigger before an "after/before" phrase whose noun the time dates
        // ("days before its planned start on April 1")
        if (!moved && timeNotReaching(w, d.hit.wi, tw, triggerWords, d.hit.entry.noun)) break;
        // "The trial … was set to open on Monday, June 22, but the court postponed it to August 10": a plan moved takes its
        // new time across a "but" and farther than another time would reach (events 1.90.0)
        // (a phrase set off by commas that describes the trigger's object does not count toward the reach: "will try to
        // refloat the bulk carrier Kestrel Bay, aground on a reef off Suva since June 2, on Saturday, June 13"; events 1.123.0)
        if (tw - d.hit.wi - (moved ? 0 : describingInsertion(w, d.hit.wi, tw)) > (moved ? MOVED_REACH : 16) || (moved ? anyWordIn(w, d.hit.wi + 1, tw, REPORTING) : barrierBetween(w, d.hit.wi + 1, tw))) break;
        if (!moved && datesOtherVerb(w, d.hit.wi, tw, triggerWords)) {
          otherVerb = true;
          break;
        }
        // "remanded the men in custody until May 4", "was bailed until June": a later time after "until" ends the state
        // a past verb began, and dates no happening (a plan moved "until Friday" keeps it: movedTo)
        if (endsState(w, d, tw) && !movedTo(w, d.hit.wi, tw) && (future ??= isFutureValue(t.value, ctx.dct))) break;
        // an invitation or acceptance is not what happens at a future time: the visit it asks for is
        if ((d.hit.entry.lemma === 'invite' || d.hit.entry.lemma === 'accept') && k > 0 && (future ??= isFutureValue(t.value, ctx.dct))) continue;
        best = headOfSubject(out, here, k, w, tw) ?? planAboveTopic(out, here, k, w, tw, (future ??= isFutureValue(t.value, ctx.dct))) ?? here[k]!;
        break;
      }
      // ("now puts the total spilled at 380 tonnes": a bare "now" before a verb of expecting or giving a figure is that
      // verb's, not the event's after it; events 1.92.0)
      if (best < 0 && !otherVerb && !nowOfOdds) {
        const after = here.find((k) => out[k]!.hit.wi > tw && !out[k]!.time && !owned.has(k));
        const twEnd = whenClauseStart(w, wordAt(w, t.end));
        if (after !== undefined && out[after]!.hit.wi - twEnd <= 6 && !barrierBetween(w, twEnd, out[after]!.hit.wi) && !(out[after]!.hit.entry.noun && (anyWordIn(w, twEnd, out[after]!.hit.wi, DIRECTING) || anyWordIn(w, twEnd, out[after]!.hit.wi, MOVING))) && !anyWordIn(w, twEnd, out[after]!.hit.wi, ANCHORS) && !subjectOfState(w, out[after]!) && !(bareNow && anyWordIn(w, twEnd, out[after]!.hit.wi, ATTITUDE_VERBS))) best = after;
      }
      // the time's relation to the report's day, read once, when an event takes the time
      let rel: TimeRelation | undefined;
      if (best >= 0) {
        const d = out[best]!;
        out[best] = { ...d, time: timeArgument(t, d.hit.wi < tw ? 'time:following' : 'time:preceding', (rel ??= relateToDct(t.value, ctx.dct, t.window ?? null))) };
      }
      // "the cuts will take effect by the end of April, when the mill's oldest paper machine is shut down": a ", when" clause
      // right after a time tells what happens at it, so its first verb trigger with no time of its own shares the time
      // the trigger before took (events 1.123.0)
      if (best >= 0 && out[best]!.hit.wi < tw) {
        const open = wordAt(w, t.end);
        if (w[open]?.lower === ',' && w[open + 1]?.lower === 'when') {
          const next = here.find((k) => out[k]!.hit.wi > open + 1 && !out[k]!.time && !owned.has(k) && !out[k]!.hit.entry.noun);
          if (next !== undefined && out[next]!.hit.wi - open <= WHEN_REACH && !barrierBetween(w, open + 2, out[next]!.hit.wi) && !anyWordIn(w, open + 2, out[next]!.hit.wi, PUNCT_COMMA)) {
            const d = out[next]!;
            out[next] = { ...d, time: timeArgument(t, 'time:when-clause', (rel ??= relateToDct(t.value, ctx.dct, t.window ?? null))) };
          }
        }
      }
      // "In 2019, hackers defaced the port's website in an attack …": a time fronted before the clause's comma frames
      // the clause, so its other triggers with no time of their own take it too (not past a speech verb, a barrier or a
      // reported clause: "In March, the ministry announced a visit" and "An hour later, he denied that a deal had been
      // struck" date the announcement and the denial)
      const comma = wordAt(w, t.end);
      if ((tw === 0 || (tw === 1 && FRAME_PREPOSITIONS.has(w[0]!.lower))) && w[comma]?.lower === ',') {
        const from = comma + 1;
        for (const k of here) {
          const d = out[k]!;
          if (d.time || d.hit.wi < from || barrierBetween(w, from, d.hit.wi) || anyWordIn(w, from, d.hit.wi, DIRECTING) || anyWordIn(w, from, d.hit.wi, REPORTED_CLAUSE)) continue;
          out[k] = { ...d, time: timeArgument(t, 'time:fronted', (rel ??= relateToDct(t.value, ctx.dct, t.window ?? null))) };
        }
      }
    }
    giveOccasionTime(out, here);
    replaceBareNow(out, here, timexes, ctx);
  }
  return out;
};

/**
 * "The handover will now take place early next week": a trigger that took a bare "now" takes instead a time after it that
 * no trigger took, when no other trigger stands between them; "now" there is the change's adverb (events 1.89.0).
 */
function replaceBareNow(out: EventCandidate[], here: readonly number[], timexes: readonly Timex[], ctx: EventContext): void {
  const taken = new Set(here.map((k) => out[k]!.time?.arg.timex).filter((x) => x !== undefined));
  for (const k of here) {
    const d = out[k]!;
    if (!d.time || !isBareNow(ctx.text, d.time.arg)) continue;
    const w = d.view.words;
    const next = here.find((j) => out[j]!.hit.wi > d.hit.wi);
    const limit = next === undefined ? Infinity : w[out[next]!.hit.wi]!.start;
    const t = timexes.find((x) => !taken.has(x.id) && !isBareNow(ctx.text, x) && x.start > w[d.hit.wi]!.end && x.start < limit);
    if (!t) continue;
    taken.add(t.id);
    out[k] = { ...d, time: { arg: { start: t.start, end: t.end, timex: t.id, rule: 'time:after-now' }, rel: relateToDct(t.value, ctx.dct, t.window ?? null) } };
  }
}

/** A time that is the bare word "now". */
function isBareNow(text: string, t: { readonly start: number; readonly end: number }): boolean {
  return text.slice(t.start, t.end).toLowerCase() === 'now';
}

/** Words that open the end of a state: "held until May 4". */
const UNTIL = new Set(['until', 'till']);

/** Whether a verb trigger in a past form has "until" between it and the time at word tw. */
function endsState(w: SentenceView['words'], d: EventCandidate, tw: number): boolean {
  return !d.hit.entry.noun && looksPast(w[d.hit.wi]!.lower) && anyWordIn(w, d.hit.wi + 1, tw, UNTIL);
}

/** Verbs of how a thing looked or stood: a time before their subject dates that state ("a month ago the trip looked less certain"). */
const STATE_VERBS: ReadonlySet<string> = new Set(['looked', 'seemed', 'appeared', 'remained', 'looks', 'seems', 'appears', 'remains', 'sounded']);

/** Whether a noun trigger is the subject of a verb of how things stood, right after it. */
function subjectOfState(w: SentenceView['words'], d: EventCandidate): boolean {
  return d.hit.entry.noun && STATE_VERBS.has(w[d.hit.wi + 1]?.lower ?? '');
}

/** Words that open or report a clause whose happenings a fronted time does not date: "denied that a deal …". */
const REPORTED_CLAUSE: ReadonlySet<string> = new Set(['that', 'denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses']);

/** Prepositions a fronted time may open with: "In 2019, …", "On Monday, …". */
const FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);

/**
 * Determiners: before a participle they make it a noun's modifier ("the cracked dam", "a damaged bridge"); before a time,
 * they make it a noun's premodifier ("the 2020 general election").
 */
const ATTRIBUTIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/** "behind the cracked dam on Friday morning": a participle modifying a noun says what state it is in, at no time of its own. */
function attributive(w: SentenceView['words'], d: EventCandidate): boolean {
  const wi = d.hit.wi;
  return !d.hit.entry.noun && w[wi]!.lower.endsWith('ed') && ATTRIBUTIVE_DETERMINERS.has(w[wi - 1]?.lower ?? '');
}

/**
 * "Repairs to the crack in the dam's wall will begin in June": the trigger nearest the time sits in the complement of
 * an earlier event noun, and the clause's verb stands between it and the time, so the time is the verb's, whose
 * subject is that noun. The earlier noun's candidate index, or null where the nearest trigger keeps the time.
 */
function headOfSubject(out: readonly EventCandidate[], here: readonly number[], k: number, w: SentenceView['words'], tw: number): number | null {
  const near = out[here[k]!]!.hit.wi;
  for (let j = k - 1; j >= 0 && near - out[here[j]!]!.hit.wi <= 8; j--) {
    const c = out[here[j]!]!;
    if (!c.hit.entry.noun || c.time) continue;
    const verb = complementVerb(w, c.hit.wi);
    if (verb > near && verb < tw) return here[j]!;
  }
  return null;
}

/** Words that hang a noun on another as its topic: "the findings of its inquiry into the cause of the blackout". */
const TOPIC_LINKS: ReadonlySet<string> = new Set(['of', 'into', 'over', 'about', 'on']);

/** Whether noun trigger d hangs on noun trigger `head` as its topic ("the findings of the inquiry", "the inquiry into the crush"), head without a time. */
function topicOf(head: EventCandidate, d: EventCandidate, w: SentenceView['words']): boolean {
  if (!d.hit.entry.noun || !head.hit.entry.noun || head.time) return false;
  let b = d.hit.wi - 1;
  for (let n = 0; n < MODIFIERS_BETWEEN && b > head.hit.wi && (ATTRIBUTIVE_DETERMINERS.has(w[b]!.lower) || (isModifierWord(w[b]) && !TOPIC_LINKS.has(w[b]!.lower))); n++) b--;
  return TOPIC_LINKS.has(w[b]?.lower ?? '') && b - head.hit.wi === 1;
}

/**
 * "will publish the findings of its inquiry into the cause of the blackout on April 14": a day ahead after a noun hung
 * on an earlier one as its topic is the plan's, not the topic's. The nearest earlier trigger read as planned or
 * expected takes it; null where there is none (then the nearest trigger keeps the time, as before).
 */
function planAboveTopic(
  out: readonly EventCandidate[],
  here: readonly number[],
  k: number,
  w: SentenceView['words'],
  tw: number,
  future: boolean,
): number | null {
  const near = out[here[k]!]!;
  if (!future || !near.hit.entry.noun || near.reading.modality === 'planned' || near.reading.modality === 'expected') return null;
  // (up to two modifiers may stand before the noun: "against the suspension of its low-emission zone"; events 1.93.0)
  let b = near.hit.wi - 1;
  for (let n = 0; n < MODIFIERS_BETWEEN && isModifierWord(w[b]) && !TOPIC_LINKS.has(w[b]!.lower) && !ATTRIBUTIVE_DETERMINERS.has(w[b]!.lower); n++) b--;
  const before = w[b]?.lower ?? '';
  const linked = TOPIC_LINKS.has(before) || (ATTRIBUTIVE_DETERMINERS.has(before) && TOPIC_LINKS.has(w[b - 1]?.lower ?? ''));
  if (!linked) return null;
  for (let j = k - 1; j >= 0; j--) {
    const c = out[here[j]!]!;
    if (tw - c.hit.wi > 16 || barrierBetween(w, c.hit.wi + 1, tw)) return null;
    if (!c.time && (c.reading.modality === 'planned' || c.reading.modality === 'expected')) return verbAboveObject(out, here, j, w) ?? here[j]!;
  }
  return null;
}

/**
 * "will hear the city's appeal against the suspension of its ban on May 6": a planned noun that is the object of a
 * planned verb trigger just before it (no topic link between) leaves the day to the verb (events 1.76.0).
 */
function verbAboveObject(out: readonly EventCandidate[], here: readonly number[], j: number, w: SentenceView['words']): number | null {
  const c = out[here[j]!]!;
  const v = j > 0 ? out[here[j - 1]!]! : undefined;
  if (!c.hit.entry.noun || !v || v.hit.entry.noun || v.time) return null;
  if (v.reading.modality !== 'planned' && v.reading.modality !== 'expected') return null;
  if (c.hit.wi - v.hit.wi > 5 || barrierBetween(w, v.hit.wi + 1, c.hit.wi) || anyWordIn(w, v.hit.wi + 1, c.hit.wi, TOPIC_LINKS)) return null;
  return here[j - 1]!;
}

/** Verbs of state or measure whose present a bare "now" before them marks: "the toll now stands at seven". */
const NOW_STATE_VERBS: ReadonlySet<string> = new Set(['stands', 'stand', 'is', 'are', 'totals', 'total', 'numbers', 'exceeds', 'tops', 'reaches', 'remains', 'remain', 'looks', 'seems', 'appears', 'has', 'have']);
/** Verbs that move a plan to a new time ("postponed Tuesday's vote to July 14", "put off the vote until Friday"). */
const MOVING = new Set(['postponed', 'postpones', 'postpone', 'delayed', 'delays', 'delay', 'moved', 'moves', 'move', 'rescheduled', 'reschedules', 'deferred', 'defers', 'pushed', 'put']);
/** Happenings with no schedule: disasters, casualties, attacks. */
const UNSCHEDULED_TYPES: ReadonlySet<string> = new Set(['DISASTER', 'CASUALTY', 'ASSAULT']);
/** How far (words) after a dated plan's trigger the new time of its move may stand. */
const MOVED_REACH = 40;
/** Words that open the new time of a plan moved. */
const NEW_TIME = new Set(['to', 'until', 'till']);
/** How far before its event noun a moving verb may stand ("postponed Tuesday's vote": three words). */
const MOVING_REACH = 4;

/**
 * "has postponed Tuesday's vote on the bill to July 14": the time after "to" or "until" is the new time of the plan a
 * moving verb before it (or between it and the time) moves, and replaces the day that named the plan.
 */
function movedTo(w: SentenceView['words'], trigger: number, tw: number): boolean {
  return NEW_TIME.has(w[tw - 1]?.lower ?? '') && anyWordIn(w, Math.max(0, trigger - MOVING_REACH), tw, MOVING);
}

/**
 * The trigger a moving verb before word tw moves: the first trigger with no time within MOVING_REACH words after the last
 * moving verb of the sentence before tw, with no clause barrier or reporting verb between; -1 when none.
 */
function movedObject(out: readonly EventCandidate[], here: readonly number[], w: SentenceView['words'], tw: number): number {
  let m = -1;
  for (let k = tw - 1; k >= 0 && m < 0; k--) if (MOVING.has(w[k]!.lower)) m = k;
  if (m < 0) return -1;
  const k = here.find((c) => out[c]!.hit.wi > m && out[c]!.hit.wi <= m + MOVING_REACH && out[c]!.hit.wi < tw);
  if (k === undefined || out[k]!.time) return -1;
  return anyWordIn(w, m + 1, out[k]!.hit.wi, BARRIERS) || anyWordIn(w, m + 1, out[k]!.hit.wi, REPORTING) ? -1 : k;
}

/** How many words after a time's ", when" its clause's verb may stand ("when the mill's oldest paper machine is shut"). */
const WHEN_REACH = 10;
/** A comma: a clause's verb is read up to its first one. */
const PUNCT_COMMA: ReadonlySet<string> = new Set([',']);

/**
 * "was shaken in March 2011, when a magnitude 5.9 quake … killed two people": a "when" right after a time opens a
 * clause that tells what happened at that time, so its trigger may take the time. The word the search starts from.
 */
function whenClauseStart(w: SentenceView['words'], after: number): number {
  const k = w[after]?.lower === ',' ? after + 1 : after;
  return w[k]?.lower === 'when' ? k + 1 : after;
}


/**
 * Verbs that ask for, order or announce a happening rather than carry it out: "on Thursday ordered a recount",
 * "on Monday announced a visit"; and verbs that change its scope, "on Wednesday widened its recall" (the recall
 * began before). A time before one is the verb's, not the time of the event noun it governs.
 */
const DIRECTING = new Set([
  'ordered', 'orders', 'requested', 'demanded', 'sought', 'proposed', 'announced', 'approved', 'urged', 'called', 'asked', 'promised', 'authorised', 'authorized',
  'widened', 'widens', 'expanded', 'expands', 'extended', 'extends', 'broadened', 'broadens', 'narrowed', 'narrows',
]);

/** Prepositions that open a verb's time ("mooted in January", "built between March 2023 and June 2025"). */
const TIME_PREPS = new Set(['in', 'on', 'at', 'between', 'during', 'from', 'since']);

/**
 * "a trip first mooted in January", "cars built between March 2023 and June 2025": a past form that is no trigger
 * right before the time (and its preposition), after the trigger, is what the time dates, unless it times the event.
 */
function datesOtherVerb(w: SentenceView['words'], from: number, tw: number, triggers: ReadonlySet<number>): boolean {
  if (pastFormAt(w, from, triggers, tw - 1)) return true;
  // the preposition may open a range whose second time this is ("between March 2023 and June 2025")
  for (let j = tw - 1; j > Math.max(from, tw - 6); j--) if (TIME_PREPS.has(w[j]!.lower)) return pastFormAt(w, from, triggers, j - 1) || heldSince(w, from, j, triggers);
  return false;
}

/** Word v, after `from` and no trigger, is a past form that is no timing word (datesOtherVerb's test, a module function: no closure per call). */
function pastFormAt(w: SentenceView['words'], from: number, triggers: ReadonlySet<number>, v: number): boolean {
  if (v <= from || triggers.has(v)) return false;
  const lower = w[v]!.lower;
  if (v === from + 1 && REALISING.has(lower)) return false;
  return looksPast(lower) && !EVENT_TIMING.has(lower);
}

/** How many words before "since" a participle may stand and still be the state it dates ("held in Spain since March 2"). */
const SINCE_REACH = 3;

/**
 * "the developer held in Spain since March 2": "since" dates the state a participle before it names, even one that
 * times an event elsewhere ("held"), not a trigger further back.
 */
function heldSince(w: SentenceView['words'], from: number, prep: number, triggers: ReadonlySet<number>): boolean {
  if (w[prep]!.lower !== 'since') return false;
  for (let v = prep - 1; v > Math.max(from, prep - 1 - SINCE_REACH); v--) {
    if (triggers.has(v)) return false;
    const lower = w[v]!.lower;
    if (looksPast(lower) || lower === 'held') return true;
  }
  return false;
}

/** How many possessive nouns may stand between a possessive time and its event noun ("Thursday's nurses' march"). */
const POSSESSORS_BETWEEN = 2;

/** Word k is a possessive ending ("'s", or the lone apostrophe of a plural's). */
function isPossessiveAt(w: SentenceView['words'], k: number): boolean {
  return w[k]?.lower === "'s" || w[k]?.lower === "'";
}

/**
 * A time that premodifies an event noun right after it, or is its possessor ("the October 9 by-election",
 * "last month's by-election", "Thursday's vote", "Thursday's nurses' march"), is that event's time, not the
 * time of a trigger before it ("the recount of last month's by-election began …", "the ban on Thursday's
 * nurses' march"). The candidate index, or -1.
 */
function premodified(out: readonly EventCandidate[], here: readonly number[], w: SentenceView['words'], after: number, text: string, first: number): number {
  const possessive = isPossessiveAt(w, after);
  let at = possessive ? after + 1 : after;
  // other possessors before the noun: "Thursday's nurses' march" (the tokens drop a plural's apostrophe), "the union's"
  for (let n = 0; possessive && n < POSSESSORS_BETWEEN && w[at + 1]; n++) {
    if (isPossessiveAt(w, at + 1) && w[at + 2]) at += 2;
    else if (/['\u2019]/.test(text[w[at]!.end] ?? '') && w[at]!.lower.endsWith('s')) at += 1;
    else break;
  }
  let k = here.find((c) => out[c]!.hit.wi === at);
  // (events 1.87.0) "the 2020 general election", "the 2011 warehouse fire": after a determiner, up to two modifier words may stand
  // between the time and the event noun (lower-case content words, never a verb-like function word)
  // (events 1.121.0: after a possessive time too, "last month's deadly crush")
  const determined = possessive || ATTRIBUTIVE_DETERMINERS.has(w[first - 1]?.lower ?? '');
  for (let n = 0; k === undefined && determined && n < MODIFIERS_BETWEEN && isModifierWord(w[at + n]); n++) {
    const c = here.find((j) => out[j]!.hit.wi === at + n + 1);
    // (a word after a possessive is a noun whatever the lexicon's form: "last month's deadly crush")
    if (c !== undefined && (possessive || out[c]!.hit.entry.noun)) k = c;
  }
  return k !== undefined && !out[k]!.time ? k : -1;
}

/** How many modifier words may stand between a premodifying time, or a topic link, and its noun. */
const MODIFIERS_BETWEEN = 2;
/** Words that end a noun phrase or open a clause: never a modifier between a time and its noun. */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has',
  'have', 'did', 'does', 'will', 'would', 'could', 'should', 'may', 'might', 'that', 'which', 'who', 'when', 'where', 'one', 'ones', 'not',
]);
function isModifierWord(x: SentenceView['words'][number] | undefined): boolean {
  return !!x && !x.punct && /^[a-z][a-z-]*$/.test(x.lower) && x.lower === x.text && !NOT_MODIFIERS.has(x.lower);
}

/** Meetings and summits: what is decided "at its next meeting on August 20" happens on the meeting's day. */
const OCCASIONS = new Set(['meet', 'summit']);
const OCCASION_GAP = 4;

/**
 * "will cut its rate at its next meeting on August 20": the date attaches to the meeting, the nearest
 * trigger, but it is also when the undated event before "at" happens. Only an undated event, only
 * "at" plus at most three words (its, next, June, …) before the meeting noun, and no clause barrier.
 */
function giveOccasionTime(out: EventCandidate[], here: readonly number[]): void {
  for (let j = 1; j < here.length; j++) {
    const occ = out[here[j]!]!;
    if (!occ.time || !occ.hit.entry.noun || !OCCASIONS.has(occ.hit.entry.lemma)) continue;
    const w = occ.view.words;
    let at = -1;
    for (let k = occ.hit.wi - 1; k >= Math.max(0, occ.hit.wi - OCCASION_GAP); k--) {
      if (w[k]!.lower === 'at') {
        at = k;
        break;
      }
    }
    if (at < 0) continue;
    const prev = out[here[j - 1]!]!;
    if (prev.time || prev.hit.wi >= at || at - prev.hit.wi > 8) continue;
    let barred = false;
    for (let k = prev.hit.wi + 1; k < at && !barred; k++) barred = REPORTING.has(w[k]!.lower) || BARRIERS.has(w[k]!.lower) || w[k]!.punct;
    if (!barred) out[here[j - 1]!] = { ...prev, time: { arg: { ...occ.time.arg, rule: 'time:occasion' }, rel: occ.time.rel } };
  }
}

const PP_BEFORE = new Set(['in', 'at', 'to', 'with', 'from', 'of', 'for', 'by', 'on', 'against', 'about', 'during', 'between', 'among']);

/** The type of the entity an argument names, '' where it names none. */
function entityTypeOf(ctx: EventContext, a: EventArg): string {
  return a.entity ? (ctx.entities.get(a.entity)?.type ?? '') : '';
}

/** A span index's items inside a sentence, in input order. */
function inView<T extends { start: number; end: number }>(idx: SpanIndex<T>, view: SentenceView): T[] {
  return idx.inInputOrder(idx.within(view.start, view.end));
}

/**
 * Sources the sentence does not give: a subject pronoun or an anaphoric "This was discussed …" takes
 * its antecedent from the same sentence (earlier event sources, subjects) or the previous one (its
 * main actor). A passive person pronoun ("he was invited") fills the target instead.
 */
export const resolvePronounSubjects: CandidateRefiner = (ctx, cands) => {
  const out = cands.slice();
  const byView = bySentence(cands);
  // mainActor reads one sentence's mentions and attributions: slice them, in input order, by index
  const { mentionIndex } = ctx;
  // built on the first sentence whose main actor is asked (most reports have few pronoun subjects)
  let cueIndex: SpanIndex<{ start: number; end: number; a: (typeof ctx.attributions)[number] }> | undefined;
  const mainCache = new Map<number, { args: EventArg[]; type?: string }>();
  const mainOf = (view: SentenceView): { args: EventArg[]; type?: string } => {
    const hit = mainCache.get(view.index);
    if (hit) return hit;
    const subj = (byView.get(view.index) ?? []).map((k) => out[k]!).find((d) => d.args.source.some((a) => a.rule === 'arg:subject'));
    const found = mainActor(
      view,
      inView((cueIndex ??= new SpanIndex(ctx.attributions.map((a) => ({ start: a.cue.start, end: a.cue.end, a })))), view).map((x) => x.a),
      inView(mentionIndex, view),
      ctx.entities,
      subj ? subj.args.source : [],
    );
    mainCache.set(view.index, found);
    return found;
  };
  for (let k = 0; k < out.length; k++) {
    const d = out[k]!;
    if (d.args.source.length) continue;
    const ana = anaphoricSubject(d.view, d.hit.wi, d.hit.entry.noun);
    if (!ana) continue;
    const w = d.view.words;
    const offset = w[ana.wi]!.start;
    const earlier = (byView.get(d.view.index) ?? []).filter((j) => j !== k && out[j]!.hit.wi < ana.wi && out[j]!.args.source.length).map((j) => out[j]!);
    const subjects: ActorMention[] = ctx.argContext
      .get(d.view)!
      .mentions.filter((m) => m.we <= ana.wi && !PP_BEFORE.has(w[m.lead - 1]?.lower ?? ''))
      .map((m) => ({ mention: m.mention, type: m.mention.type }));
    const prevView = ctx.views[d.view.index - 1];
    const previous = prevView ? mainOf(prevView) : undefined;
    const args = resolveAntecedent({
      kind: ana.kind,
      offset,
      sameSentence: earlier.map((o) => ({ args: o.args.source, types: o.args.source.map((a) => entityTypeOf(ctx, a)) })),
      sameSentenceSubjects: subjects,
      previous,
    });
    if (!args.length) continue;
    const passive = !d.hit.entry.noun && /ed$/.test(w[d.hit.wi]!.lower) && ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(w[d.hit.wi - 1]?.lower ?? '');
    if (passive && ana.kind !== 'proposition') {
      if (!d.args.target.length) out[k] = { ...d, args: { ...d.args, target: args } };
    } else out[k] = { ...d, args: { ...d.args, source: args } };
  }
  return out;
};

/** Words that may stand between a governing trigger and its complement ("agreed to collaborate"). */
const LINK_WORDS = new Set(['to', 'for', 'on', 'in', 'at', 'a', 'an', 'the', 'his', 'her', 'its', 'their', "'s", "'", 'extend', 'extended', 'extending', 'hold', 'holding', 'pay', 'paying', 'make', 'making', 'resume', 'step', 'up', 'deepen', 'expand', 'an', 'official', 'state', 'new', 'further', 'peace', 'formal', 'regular', 'and']);
const COMPLEMENT_PREPS = new Set(['to', 'for']);

/** Word wi lies inside a name or a time expression of its sentence (governorOf's test, a module function: no closure per call). */
function coveredAt(view: SentenceView, mentions: ArgContext['mentions'], viewTimexes: readonly Timex[], wi: number): boolean {
  const wd = view.words[wi]!;
  return mentions.some((m) => wi >= m.lead && wi < m.we) || viewTimexes.some((t) => wd.start >= t.start && wd.end <= t.end);
}

/** The candidate before `k` when `k` is its complement or object ("agreed to collaborate", "sign a treaty"). */
function governorOf(ctx: EventContext, cands: readonly EventCandidate[], k: number): number | undefined {
  const d = cands[k]!;
  const prev = cands[k - 1];
  if (!prev || prev.view !== d.view) return undefined;
  const mentions = ctx.argContext.get(d.view)!.mentions;
  const viewTimexes: readonly Timex[] = ctx.timexesOf.get(d.view)!;
  // a word inside a name or a time expression neither links nor blocks (coveredAt)
  const w = d.view.words;
  let content = 0;
  let prep = false;
  // an invitation reaches its complement across the invitee: "invited the rebels to resume negotiations"
  const inviting = prev.hit.entry.lemma === 'invite';
  for (let j = prev.hit.wi + 1; j < d.hit.wi; j++) {
    if (coveredAt(d.view, mentions, viewTimexes, j) || /^[A-Z]/.test(w[j]!.text)) continue;
    const lw = w[j]!.lower;
    if (inviting && !BARRIERS.has(lw) && !REPORTING.has(lw) && !w[j]!.punct && d.hit.wi - prev.hit.wi <= 8) {
      if (COMPLEMENT_PREPS.has(lw)) prep = true;
      continue;
    }
    if (!LINK_WORDS.has(lw)) return undefined;
    if (COMPLEMENT_PREPS.has(lw)) prep = true;
    content++;
  }
  if (inviting && !prep) return undefined;
  if (content > 5) return undefined;
  // "accepted Kim's invitation", "sign a treaty": object nouns; "agreed to collaborate": complement
  if (!prep && !d.hit.entry.noun) return undefined;
  return k - 1;
}

/** Each complement or object trigger points at the trigger that governs it. */
export const linkGovernors: CandidateRefiner = (ctx, cands) =>
  cands.map((d, k) => {
    const governor = governorOf(ctx, cands, k);
    return governor === undefined ? d : { ...d, governor };
  });

/** The governor's arguments tagged with the rule that passed them on. */
function passOn(args: readonly EventArg[], rule: string): EventArg[] {
  return args.map((a) => ({ ...a, rule }));
}

/** Refines every governed candidate with its governor as refined so far (a governor comes before its complement). */
function refineGoverned(cands: readonly EventCandidate[], refine: (d: EventCandidate, g: EventCandidate) => EventCandidate): EventCandidate[] {
  const out = cands.slice();
  for (let k = 0; k < out.length; k++) {
    const d = out[k]!;
    if (d.governor !== undefined) out[k] = refine(d, out[d.governor]!);
  }
  return out;
}

/** A modality cue at the governor's trigger word, for a complement whose modality the governor set. */
function governorCue(d: EventCandidate, g: EventCandidate, modality: Modality, rule: string): CueMatch {
  const gw = g.view.words[g.hit.wi]!;
  return { spec: { seq: [gw.lower], side: 'pre', maxGap: 8, modality, rule }, start: gw.start, end: gw.end, gap: d.hit.wi - g.hit.wi - 1 };
}

/**
 * What a complement takes from its governor: an invitation's invitee becomes the invited event's source
 * (and the event is planned and invited); "thanked X for …" gives X as the source; otherwise a verb (or an
 * agreement or cooperation noun) without a source takes the governor's subject.
 */
export const inheritGovernorArguments: CandidateRefiner = (_ctx, cands) =>
  refineGoverned(cands, (d, g) => {
    const gl = g.hit.entry;
    if (gl.lemma === 'invite' && d.hit.entry.type === 'CONSULT') {
      d = { ...d, invited: true };
      if (d.reading.modality === 'asserted') d = { ...d, reading: { ...d.reading, modality: 'planned', modalityCue: governorCue(d, g, 'planned', 'plan:invited') } };
      if (g.args.target.length) d = { ...d, args: { ...d.args, source: passOn(g.args.target, 'arg:invitee') } };
    } else if (gl.subtype === 'thank') {
      if (g.args.target.length) d = { ...d, args: { ...d.args, source: passOn(g.args.target, 'arg:thanked-for') } };
      if (gl.lemma !== d.hit.entry.lemma && d.hit.entry.lemma === 'invite' && !d.args.target.length && g.args.source.length) {
        d = { ...d, args: { ...d.args, target: passOn(g.args.source, 'arg:thanker-invited') } };
      }
    } else if (!d.args.source.length && g.args.source.length && (!d.hit.entry.noun || gl.type === 'AGREE' || gl.type === 'COOPERATE')) {
      d = { ...d, args: { ...d.args, source: passOn(g.args.source, 'arg:governor-subject') } };
    }
    return d;
  });

/** Governors that put what follows them under negotiation. */
const NEGOTIATION: ReadonlySet<string> = new Set(['talks', 'talk', 'negotiate', 'negotiation', 'discuss', 'discussion']);

/**
 * A complement of an intention inherits it: "agreed to collaborate" (planned), "ready to sign a treaty";
 * an agreement noun takes its governor's modality ("expected to reach an agreement").
 */
export const inheritGovernorModality: CandidateRefiner = (_ctx, cands) =>
  refineGoverned(cands, (d, g) => {
    const inherit = (modality: Modality): EventCandidate => ({ ...d, reading: { ...d.reading, modality, modalityCue: g.reading.modalityCue ?? governorCue(d, g, modality, 'mod:governor') } });
    if (d.reading.modality !== 'asserted') return d;
    // "in talks to buy the chain", "negotiating to acquire": what is under negotiation is a prospect, not a plan
    if (!d.hit.entry.noun && d.view.words[d.hit.wi - 1]?.lower === 'to' && NEGOTIATION.has(g.hit.entry.lemma)) return inherit('hypothetical');
    if (!d.hit.entry.noun && d.view.words[d.hit.wi - 1]?.lower === 'to') return inherit(g.reading.modality === 'asserted' ? 'planned' : g.reading.modality);
    if (g.reading.modality !== 'asserted' && g.reading.modality !== 'negated' && d.hit.entry.noun && g.hit.entry.type === 'AGREE') return inherit(g.reading.modality);
    return d;
  });

const PAIR_ANAPHOR = /\b(both (nations|countries|sides|governments|leaders|states)|the two (nations|countries|sides|governments|leaders|states|presidents))\b/;

/** Whether one of the five words before `wi` has "both" or "two" in it (PAIR_ANAPHOR needs one). */
function pairWordBefore(words: readonly { readonly lower: string }[], wi: number): boolean {
  for (let k = Math.max(0, wi - 5); k < wi; k++) if (words[k]!.lower.includes('both') || words[k]!.lower.includes('two')) return true;
  return false;
}

/** "Both nations agreed": the pair named just before ("Moscow and Pyongyang expressed …"), up to two sentences back. */
export const resolvePairAnaphors: CandidateRefiner = (_ctx, cands) => {
  const out = cands.slice();
  for (let k = 0; k < out.length; k++) {
    const d = out[k]!;
    if (d.args.source.length) continue;
    // the pattern's "both" or "two" lies inside one word of the joined string: without either, no string is built
    if (!pairWordBefore(d.view.words, d.hit.wi)) continue;
    const before = d.view.words.slice(Math.max(0, d.hit.wi - 5), d.hit.wi).map((x) => x.lower).join(' ');
    if (!PAIR_ANAPHOR.test(before)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = out[j]!;
      if (d.view.index - p.view.index > 2) break;
      if (p.args.source.length >= 2) {
        out[k] = { ...d, args: { ...d.args, source: passOn(p.args.source, 'arg:pair-anaphor') } };
        break;
      }
    }
  }
  return out;
};

/** A speech act that is itself an attribution cue ("who criticize …") takes the attribution's linked source. */
export const takeAttributionSources: CandidateRefiner = (ctx, cands) => {
  // built on the first candidate without a source (often none is)
  let cueIndex: SpanIndex<{ start: number; end: number; att: (typeof ctx.attributions)[number] }> | undefined;
  return cands.map((d) => {
    if (d.args.source.length) return d;
    cueIndex ??= new SpanIndex(ctx.attributions.filter((x) => x.source?.entity).map((x) => ({ start: x.cue.start, end: x.cue.end, att: x })));
    const w = d.view.words[d.hit.wi]!;
    const a = cueIndex.firstInInput(cueIndex.containing(w.start, w.end))?.att;
    return a?.source ? { ...d, args: { ...d.args, source: [{ start: a.source.start, end: a.source.end, entity: a.source.entity, rule: 'arg:attribution-source' }] } } : d;
  });
};

/** The candidate refiners, in the order they run. */
export const CANDIDATE_REFINERS: readonly CandidateRefiner[] = [
  attachTime,
  resolvePronounSubjects,
  linkGovernors,
  inheritGovernorArguments,
  inheritGovernorModality,
  resolvePairAnaphors,
  takeAttributionSources,
];
