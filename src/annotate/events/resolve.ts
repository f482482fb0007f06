/**
 * Resolve: each refined candidate becomes an event record with its status, cues and certainty
 * (resolveStatus); then the event refiners, in order (EVENT_REFINERS): a back-referring general noun drops what it says of its own (inherited.ts), purpose complements share their
 * visit's status, coreferent mentions merge into clusters, and an appositive mention takes its
 * cluster-mate's status.
 */
import type { Cue, Event, EventArg, EventStatus, Modality } from '../../doc/schemas/events.js';
import type { EventCandidate, EventContext, EventRefiner, ResolvedEvent } from './candidate.js';
import { clusterEvents, placeKeys } from './coref.js';
import { ORDINAL_WORDS, ordinalBefore } from '../../util/ordinals.js';
import type { TimeRelation } from './time-relation.js';
import { daysBetween } from '../../util/days.js';
import type { CueMatch } from './modality.js';
import { decidePhase, familyDefaultStatus, type PhaseInput, type PhaseReading } from './phases.js';
import { mentionOnlyReferrers } from './inherited.js';
import { certainty, decideStatus, inquiryTopic, nearestTense, readScheduled, type StatusInput } from './status.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function cueOf(m: CueMatch | undefined): Cue | undefined {
  return m ? { start: m.start, end: m.end, rule: m.spec.rule } : undefined;
}

/** Verbs that contest a court's outcome, and the preposition some take ("appeal against", "challenge"). */
const CONTEST = /^(?:appeal(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|overturn(?:s|ed|ing)?|quash(?:es|ed|ing)?|uph(?:old|olds|eld|olding))$/;
const OUTCOME_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'this']);

/**
 * A court's outcome that someone contests ("will appeal against his conviction", "plans to challenge the ruling"):
 * the outcome has happened, whatever tense the contest is in.
 */
function contestedOutcome(d: EventCandidate): boolean {
  if (d.hit.entry.family !== 'legal' || !d.hit.entry.noun) return false;
  const w = d.view.words;
  const i = d.hit.wi;
  if (!OUTCOME_DETERMINERS.has(w[i - 1]?.lower ?? '')) return false;
  const verb = w[i - 2]?.lower === 'against' ? w[i - 3] : w[i - 2];
  return verb !== undefined && CONTEST.test(verb.lower);
}

/** Verbs that give someone a post by asking them to fill it: "asked X to lead a caretaker cabinet". */
const COMMISSION = /^(?:asked|invited|tapped|chose|picked)$/;
/** How many words before "to lead" the asking verb may be ("asked Finance Minister Eva Marková to lead"). */
const COMMISSION_REACH = 8;

/**
 * A post given by a past asking (events 1.84.0): "Hořejší asked Finance Minister Eva Marková to lead a caretaker cabinet"
 * is the appointment made, not a plan, though its verb is the infinitive the asking governs.
 */
function commissionedPost(d: EventCandidate): boolean {
  const w = d.view.words;
  const i = d.hit.wi;
  if (d.hit.entry.lemma !== 'appoint' || w[i - 1]?.lower !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - COMMISSION_REACH); k--) {
    if (w[k]!.punct) return false;
    if (COMMISSION.test(w[k]!.lower)) return true;
  }
  return false;
}

/** The event record of a candidate: status from cues, invitation, time and tense; the cue that decided it; certainty. */
export function resolveStatus(_ctx: EventContext, cands: readonly EventCandidate[]): ResolvedEvent[] {
  return cands.map((d) => {
    // a contested outcome is asserted: the plan or the doubt is the contest's ("plans to appeal the sentence")
    const contested = contestedOutcome(d);
    const commissioned = commissionedPost(d);
    const modality: Modality = contested || commissioned ? 'asserted' : d.reading.modality;
    const family = d.hit.entry.family;
    const scheduled = d.hit.entry.schedulable ? readScheduled(d.view, d.hit.wi) : undefined;
    // the event an inquiry or a report is about has happened, whatever the inquiry's own plan ("will report on the fire")
    const topic = modality === 'asserted' && inquiryTopic(d.view, d.hit.wi);
    // (records are built by assignment in the order their keys were spread before: the same JSON, without a
    // temporary object per optional key)
    let decided: EventStatus | undefined;
    if (topic || commissioned) decided = 'occurred';
    else {
      // a family event (strike, trial, election …) gets a status as a scheduled one does
      const input: Mutable<StatusInput> = { schedulable: d.hit.entry.schedulable || family !== undefined, modality, invited: d.invited, tense: contested ? 'past' : nearestTense(d.view, d.hit.wi) };
      if (d.reading.status) input.cueStatus = d.reading.status;
      if (d.time) input.time = d.time.rel;
      if (scheduled) input.scheduled = scheduled;
      if (d.reading.statusCue) input.cueRule = d.reading.statusCue.spec.rule;
      decided = decideStatus(input);
    }
    const status = decided ?? (family ? familyDefaultStatus(family, modality) : undefined);
    const word = d.view.words[d.hit.wi]!;
    const statusCue = status && d.reading.statusCue && d.reading.status === status ? cueOf(d.reading.statusCue) : status && d.time ? { start: d.time.arg.start, end: d.time.arg.end, rule: 'status:time' } : undefined;
    const modalityCue = contested || commissioned ? undefined : cueOf(d.reading.modalityCue);
    let phase: PhaseReading | undefined;
    if (family) {
      const input: Mutable<PhaseInput> = { family, subtype: d.hit.entry.subtype, modality, view: d.view, wi: d.hit.wi };
      if (status) input.status = status;
      phase = decidePhase(input);
    }
    // (modality, certainty and evidence, required, are set below in their places)
    const event = {
      id: d.id,
      cluster: d.id,
      trigger: { start: word.start, end: word.end },
      lemma: d.hit.entry.lemma,
      type: d.hit.entry.type,
      subtype: d.hit.entry.subtype,
    } as Mutable<Event>;
    if (d.args.source.length) event.source = d.args.source;
    if (d.args.target.length) event.target = d.args.target;
    if (d.args.place) event.place = d.args.place;
    if (d.time) event.time = d.time.arg;
    event.modality = modality;
    if (modalityCue) event.modalityCue = modalityCue;
    if (status) event.status = status;
    if (statusCue) event.statusCue = statusCue;
    if (family) event.family = family;
    if (phase) event.phase = phase.phase;
    if (phase?.cue) event.phaseCue = { ...phase.cue, rule: `phase:${family}` };
    event.certainty = certainty(modality, status, d.time?.rel, d.view, scheduled?.doubted ?? false);
    event.evidence = { start: d.view.start, end: d.view.end };
    if (d.governor !== undefined) event.governor = cands[d.governor]!.id;
    event.rule = d.hit.rule;
    return { candidate: d, event };
  });
}

/** "will visit Moscow next week for talks": the talks share the visit's modality, status and certainty. */
export const sharePurposeStatus: EventRefiner = (_ctx, items) => {
  const out = items.slice();
  for (let k = 0; k < out.length; k++) {
    const d = out[k]!.candidate;
    if (d.governor === undefined) continue;
    const g = out[d.governor]!;
    if (g.candidate.hit.entry.type !== 'CONSULT' || d.hit.entry.type !== 'CONSULT' || !d.hit.entry.noun) continue;
    if (d.view.words[d.hit.wi - 1]?.lower !== 'for') continue;
    const ge = g.event;
    const { status: _s, statusCue: _c, ...rest } = out[k]!.event;
    const event: Event = {
      ...rest,
      modality: ge.modality,
      ...(ge.status ? { status: ge.status, statusCue: { start: ge.trigger.start, end: ge.trigger.end, rule: 'status:purpose-of' } } : {}),
      certainty: ge.certainty,
    };
    out[k] = { candidate: d, event };
  }
  return out;
};

const DEFINITE = new Set(['the', 'this', 'that', "'s", 'his', 'her', 'their', 'its']);
/** A word right before an event noun that names another instance of its kind: "the previous recount", "another strike". */
const CONTRASTIVE = /^(?:previous|earlier|prior|former|another)$/;
/** A year right before a trigger does the same: "the 2019 truce", "the 2015 recount". */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** "his second visit", "the planned state visit": a determiner before up to two lowercase modifiers. */
function definiteOverModifiers(view: EventCandidate['view'], wi: number): boolean {
  for (let k = wi - 1; k >= Math.max(0, wi - 3); k--) {
    const w = view.words[k]!;
    if (DEFINITE.has(w.lower)) return k < wi - 1;
    if (!/^[a-z][a-z-]*$/.test(w.text)) return false;
  }
  return false;
}

/** The ordinal among the modifiers before a trigger ("a second 24-hour strike", "sa deuxième journée de grève"). */
function ordinalOf(view: EventCandidate['view'], wi: number): number | undefined {
  // ordinalBefore answers only where one of the last four words is an ordinal: most triggers have none, and skip
  // building the string (an empty word or one with a space inside, which the split would merge or part, goes the long way)
  let any = false;
  for (let k = Math.max(0, wi - 4); k < wi && !any; k++) {
    const t = view.words[k]!.text;
    // (the lower case reads "’" as "'", which no ordinal has)
    any = t === '' || ORDINAL_WORDS.has(view.words[k]!.lower) || /\s/.test(t);
  }
  if (!any) return undefined;
  return ordinalBefore(`${view.words.slice(Math.max(0, wi - 5), wi).map((w) => w.text).join(' ')} `);
}

/** Days before the report's date beyond which a dated happening is history, not the report's news. */
const LONG_PAST_DAYS = 365;

function isLongPast(rel: TimeRelation, dct: string | null): boolean {
  if (rel.relation !== 'past' || !rel.to || !dct) return false;
  return daysBetween(rel.to, dct) > LONG_PAST_DAYS;
}

/** The entities that arguments name. */
function entityIds(args: readonly EventArg[] | undefined): string[] {
  return (args ?? []).map((a) => a.entity).filter((x): x is string => Boolean(x));
}

/** Mentions of the same real-world event share a cluster id (coref.ts decides which). */
export const mergeCoreferent: EventRefiner = (ctx, items) => {
  // (no named closures here: under tsx, esbuild's keepNames wraps each in a `__name` call every time it is made)
  // each hit's event, for the general nouns that refer back to an earlier hit (inherited.ts)
  const eventOfHit = new Map(items.map((x) => [x.candidate.hit, x.event.id] as const));
  const clusterIds = clusterEvents(
    items.map(({ candidate: d, event: e }) => {
      const refersTo = d.hit.source ? eventOfHit.get(d.hit.source) : undefined;
      const prev = d.view.words[d.hit.wi - 1]?.lower ?? '';
      return {
        id: e.id,
        type: e.type,
        subtype: e.subtype ?? '',
        sentence: d.view.index,
        definite: d.hit.entry.noun && (DEFINITE.has(prev) || definiteOverModifiers(d.view, d.hit.wi)),
        contrastive: YEAR.test(prev) || (d.hit.entry.noun && CONTRASTIVE.test(prev)),
        sources: entityIds(e.source),
        targets: entityIds(e.target),
        places: e.place?.entity ? [e.place.entity] : [],
        // (an absent status, time or ordinal is left undefined, which coref.ts reads as absent: no spread per key)
        status: e.status || undefined,
        time: d.time?.rel,
        modality: e.modality,
        longPast: d.time ? isLongPast(d.time.rel, ctx.dct) : false,
        // (a word read as a verb too takes one: "a second 24-hour strike" is the noun)
        ordinal: ordinalOf(d.view, d.hit.wi),
        ...(refersTo ? { refersTo } : {}),
      };
    }),
    (id) => placeKeys(ctx.entities, id),
  );
  // a mention that opens its cluster keeps its own id (resolveStatus set it so): no copy of its record
  return items.map((x, k) => (x.event.cluster === clusterIds[k] ? x : { candidate: x.candidate, event: { ...x.event, cluster: clusterIds[k]! } }));
};

/** An appositive mention ("is visiting X, his first state visit") takes the status of a cluster-mate in its sentence. */
export const shareCoreferentStatus: EventRefiner = (_ctx, items) => {
  const out = items.slice();
  // the events of each cluster in each sentence, in input order: the mate is looked up there, not in every event
  // of the document (the loop changes statuses, never clusters or sentences, so the groups hold throughout)
  const groups = new Map<string, Map<number, number[]>>();
  out.forEach(({ candidate, event }, j) => {
    let bySentence = groups.get(event.cluster);
    if (!bySentence) groups.set(event.cluster, (bySentence = new Map()));
    const group = bySentence.get(candidate.view.index);
    if (group) group.push(j);
    else bySentence.set(candidate.view.index, [j]);
  });
  for (let k = 0; k < out.length; k++) {
    const { candidate: d, event: e } = out[k]!;
    if (e.status || e.modality !== 'asserted' || !d.hit.entry.schedulable) continue;
    const j = groups.get(e.cluster)!.get(d.view.index)!.find((m) => m !== k && out[m]!.event.status);
    const mate = j === undefined ? undefined : out[j]!.event;
    if (mate?.status) out[k] = { candidate: d, event: { ...e, status: mate.status, statusCue: { start: mate.trigger.start, end: mate.trigger.end, rule: 'status:coreferent' } } };
  }
  return out;
};

/** The event refiners, in the order they run. */
export const EVENT_REFINERS: readonly EventRefiner[] = [mentionOnlyReferrers, sharePurposeStatus, mergeCoreferent, shareCoreferentStatus];
