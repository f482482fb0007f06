/**
 * The event annotator: triggers from the lexicon, modality and status from cues, arguments from
 * mentions and timexes, coreference into document-level events, and claims from attributions.
 * Parsers propose (triggers, cues, arguments); refiners decide in a fixed order (modality priority,
 * governor inheritance, time attachment, status, coreference), each tagged with the rule it used.
 */
import type { Annotator } from '../../doc/annotator.js';
import { layer, type Doc } from '../../doc/doc.js';
import type { Entity, Mention } from '../entities/schema.js';
import type { Timex } from '../time/schema.js';
import { leftSubject, readArguments, sentenceMentions, type ArgContext, type ArgReading } from './arguments.js';
import { joinClaims } from './claims.js';
import { BARRIERS, REPORTING } from './cues.js';
import { clusterEvents, placeKeys } from './coref.js';
import { collectCues, isConditional, readModality, type CueMatch, type ModalityReading } from './modality.js';
import type { Claim, Cue, Event, EventArg, Modality } from './schema.js';
import { sentenceViews, wordAt, type SentenceView } from './sentence-view.js';
import { certainty, decideStatus, nearestTense } from './status.js';
import { relateToDct, type TimeRelation } from './time-relation.js';
import { findTriggers, type TriggerHit } from './triggers.js';

export const EVENTS_VERSION = '1.0.0';

interface Draft {
  readonly view: SentenceView;
  readonly hit: TriggerHit;
  reading: ModalityReading;
  args: ArgReading;
  time?: { arg: EventArg; rel: TimeRelation };
  governor?: Draft;
  invited: boolean;
  id: string;
}

/** Words that may stand between a governing trigger and its complement ("agreed to collaborate"). */
const LINK_WORDS = new Set(['to', 'for', 'a', 'an', 'the', 'his', 'her', 'its', 'their', "'s", "'", 'extend', 'extended', 'extending', 'hold', 'holding', 'pay', 'paying', 'make', 'making', 'resume', 'step', 'up', 'deepen', 'expand', 'an', 'official', 'state', 'new', 'further', 'peace', 'formal', 'regular', 'and']);
const COMPLEMENT_PREPS = new Set(['to', 'for']);

function cueOf(m: CueMatch | undefined): Cue | undefined {
  return m ? { start: m.start, end: m.end, rule: m.spec.rule } : undefined;
}

function findGovernor(drafts: readonly Draft[], k: number, covered: (w: number) => boolean): Draft | undefined {
  const d = drafts[k]!;
  const prev = drafts[k - 1];
  if (!prev || prev.view !== d.view) return undefined;
  const w = d.view.words;
  let content = 0;
  let prep = false;
  for (let j = prev.hit.wi + 1; j < d.hit.wi; j++) {
    if (covered(j)) continue;
    const lw = w[j]!.lower;
    if (!LINK_WORDS.has(lw)) return undefined;
    if (COMPLEMENT_PREPS.has(lw)) prep = true;
    content++;
  }
  if (content > 5) return undefined;
  // "accepted Kim's invitation", "sign a treaty": object nouns; "agreed to collaborate": complement
  if (!prep && !d.hit.entry.noun) return undefined;
  return prev;
}

function attachTimes(drafts: readonly Draft[], view: SentenceView, timexes: readonly Timex[], dct: string | null): void {
  const w = view.words;
  const here = drafts.filter((d) => d.view === view);
  if (!here.length) return;
  const blocked = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (REPORTING.has(w[k]!.lower) || BARRIERS.has(w[k]!.lower)) return true;
    return false;
  };
  for (const t of timexes) {
    if (t.start < view.start || t.end > view.end) continue;
    if (t.type === 'DURATION' || t.type === 'SET') continue;
    const tw = wordAt(w, t.start);
    let best: Draft | undefined;
    for (let k = here.length - 1; k >= 0; k--) {
      const d = here[k]!;
      if (d.hit.wi >= tw || d.time) continue;
      if (tw - d.hit.wi > 12 || blocked(d.hit.wi + 1, tw)) break;
      best = d;
      break;
    }
    if (!best) {
      const after = here.find((d) => d.hit.wi > tw && !d.time);
      const twEnd = wordAt(w, t.end);
      if (after && after.hit.wi - twEnd <= 6 && !blocked(twEnd, after.hit.wi)) best = after;
    }
    if (best) {
      best.time = {
        arg: { start: t.start, end: t.end, timex: t.id, rule: best.hit.wi < tw ? 'time:following' : 'time:preceding' },
        rel: relateToDct(t.value, dct, t.window ?? null),
      };
    }
  }
}

export function runEvents(doc: Doc): { events: Event[]; claims: Claim[] } {
  const views = sentenceViews(doc);
  const mentions: readonly Mention[] = doc.layers.mentions ?? [];
  const entityList: readonly Entity[] = doc.layers.entities ?? [];
  const timexes: readonly Timex[] = doc.layers.timexes ?? [];
  const attributions = doc.layers.attributions ?? [];
  const dct = doc.meta.published ? String(doc.meta.published).slice(0, 10) : null;
  const entities = new Map(entityList.map((e) => [e.id, e]));

  const drafts: Draft[] = [];
  const ctxOf = new Map<SentenceView, ArgContext>();
  let n = 0;
  for (const view of views) {
    const hits = findTriggers(view);
    if (!hits.length) continue;
    const triggerAt = new Set(hits.map((h) => h.wi));
    const ctx: ArgContext = { view, mentions: sentenceMentions(view, mentions), triggerAt };
    ctxOf.set(view, ctx);
    const conditional = isConditional(view);
    for (const hit of hits) {
      const reading = readModality(view, collectCues(view, hit, triggerAt, conditional));
      drafts.push({ view, hit, reading, args: readArguments(ctx, hit), invited: false, id: `ev${n++}` });
    }
    attachTimes(drafts, view, timexes, dct);
  }

  // governors and what complements inherit from them
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const ctx = ctxOf.get(d.view)!;
    const covered = (wi: number): boolean => ctx.mentions.some((m) => wi >= m.lead && wi < m.we);
    const g = findGovernor(drafts, k, covered);
    if (!g) continue;
    d.governor = g;
    const gl = g.hit.entry;
    if (gl.lemma === 'invite' && d.hit.entry.type === 'CONSULT') {
      d.invited = true;
      if (d.reading.modality === 'asserted') d.reading = { ...d.reading, modality: 'planned' };
      if (g.args.target.length) d.args = { ...d.args, source: g.args.target.map((a) => ({ ...a, rule: 'arg:invitee' })) };
    } else if (gl.subtype === 'thank') {
      if (g.args.target.length) d.args = { ...d.args, source: g.args.target.map((a) => ({ ...a, rule: 'arg:thanked-for' })) };
      if (gl.lemma !== d.hit.entry.lemma && d.hit.entry.lemma === 'invite' && !d.args.target.length && g.args.source.length) {
        d.args = { ...d.args, target: g.args.source.map((a) => ({ ...a, rule: 'arg:thanker-invited' })) };
      }
    } else if (!d.args.source.length && g.args.source.length && !d.hit.entry.noun) {
      d.args = { ...d.args, source: g.args.source.map((a) => ({ ...a, rule: 'arg:governor-subject' })) };
    } else if (!d.args.source.length && g.args.source.length && d.hit.entry.noun && (gl.type === 'AGREE' || gl.type === 'COOPERATE')) {
      d.args = { ...d.args, source: g.args.source.map((a) => ({ ...a, rule: 'arg:governor-subject' })) };
    }
    // a complement of an intention inherits it: "agreed to collaborate", "ready to sign a treaty"
    if (d.reading.modality === 'asserted' && !d.hit.entry.noun && COMPLEMENT_PREPS.has(d.view.words[d.hit.wi - 1]?.lower ?? '')) {
      d.reading = { ...d.reading, modality: g.reading.modality === 'asserted' ? 'planned' : g.reading.modality };
    } else if (d.reading.modality === 'asserted' && g.reading.modality !== 'asserted' && g.reading.modality !== 'negated' && d.hit.entry.noun && gl.type === 'AGREE') {
      d.reading = { ...d.reading, modality: g.reading.modality };
    }
  }
  // a noun subject for verbs with no source found: "The Russian president accepted …" handled by mentions;
  // for events whose source is still empty, the subject of a light verb was tried in readArguments
  void leftSubject;

  const events: Event[] = [];
  const eventSentence: number[] = [];
  for (const d of drafts) {
    const modality: Modality = d.reading.modality;
    const status = decideStatus({
      schedulable: d.hit.entry.schedulable,
      modality,
      ...(d.reading.status ? { cueStatus: d.reading.status } : {}),
      invited: d.invited,
      ...(d.time ? { time: d.time.rel } : {}),
      tense: nearestTense(d.view, d.hit.wi),
    });
    const word = d.view.words[d.hit.wi]!;
    const statusCue = status && d.reading.statusCue && d.reading.status === status ? cueOf(d.reading.statusCue) : status && d.time ? { start: d.time.arg.start, end: d.time.arg.end, rule: 'status:time' } : undefined;
    const modalityCue = cueOf(d.reading.modalityCue);
    events.push({
      id: d.id,
      cluster: d.id,
      trigger: { start: word.start, end: word.end },
      lemma: d.hit.entry.lemma,
      type: d.hit.entry.type,
      subtype: d.hit.entry.subtype,
      ...(d.args.source.length ? { source: d.args.source } : {}),
      ...(d.args.target.length ? { target: d.args.target } : {}),
      ...(d.args.place ? { place: d.args.place } : {}),
      ...(d.time ? { time: d.time.arg } : {}),
      modality,
      ...(modalityCue ? { modalityCue } : {}),
      ...(status ? { status } : {}),
      ...(statusCue ? { statusCue } : {}),
      certainty: certainty(modality, status, d.time?.rel, d.view),
      evidence: { start: d.view.start, end: d.view.end },
      ...(d.governor ? { governor: d.governor.id } : {}),
      rule: d.hit.rule,
    });
    eventSentence.push(d.view.index);
  }

  const keys = (id: string): readonly string[] => placeKeys(entities, id);
  const ids = (args: readonly EventArg[] | undefined): string[] => (args ?? []).map((a) => a.entity).filter((x): x is string => Boolean(x));
  const clusterIds = clusterEvents(
    events.map((e, k) => {
      const d = drafts[k]!;
      const prev = d.view.words[d.hit.wi - 1]?.lower ?? '';
      return {
        id: e.id,
        type: e.type,
        subtype: e.subtype ?? '',
        sentence: eventSentence[k]!,
        definite: d.hit.entry.noun && ['the', 'this', 'that', "'s", 'his', 'her', 'their', 'its'].includes(prev),
        sources: ids(e.source),
        targets: ids(e.target),
        places: e.place?.entity ? [e.place.entity] : [],
        ...(e.status ? { status: e.status } : {}),
        ...(d.time ? { time: d.time.rel } : {}),
      };
    }),
    keys,
  );
  const clustered = events.map((e, k) => ({ ...e, cluster: clusterIds[k]! }));

  const sentStarts = views.map((v) => v.start);
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = sentStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const claims = joinClaims({
    text: doc.text,
    attributions,
    events: clustered,
    timexes,
    eventSentence,
    sentenceOf,
    schedulable: (e) => drafts.find((d) => d.id === e.id)?.hit.entry.schedulable ?? false,
  });
  return { events: clustered, claims };
}

export const eventsAnnotator: Annotator<'events' | 'claims'> = {
  name: 'events',
  version: EVENTS_VERSION,
  requires: ['tokens', 'sentences', 'mentions', 'entities', 'timexes', 'attributions'],
  produces: ['events', 'claims'],
  run(doc: Doc) {
    layer(doc, 'tokens');
    layer(doc, 'sentences');
    return runEvents(doc);
  },
};
