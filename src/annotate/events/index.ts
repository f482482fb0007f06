/**
 * The event annotator: triggers from the lexicon, modality and status from cues, arguments from
 * mentions and timexes, coreference into document-level events, and claims from attributions.
 * Parsers propose (triggers, cues, arguments); refiners decide in a fixed order (modality priority,
 * governor inheritance, time attachment, status, coreference), each tagged with the rule it used.
 */
import { SpanIndex } from '../../doc/span-index.js';
import type { Annotator } from '../../doc/annotator.js';
import { layer, type Doc } from '../../doc/doc.js';
import type { Attribution } from '../attribution/schema.js';
import type { Entity, Mention } from '../entities/schema.js';
import type { Timex } from '../time/schema.js';
import { leftSubject, readArguments, sentenceMentions, type ArgContext, type ArgReading } from './arguments.js';
import { joinClaims } from './claims.js';
import { BARRIERS, REPORTING } from './cues.js';
import { clusterEvents, placeKeys } from './coref.js';
import { anaphoricSubject, mainActor, resolveAntecedent, type ActorMention } from './discourse.js';
import { collectCues, isConditional, readModality, type CueMatch, type ModalityReading } from './modality.js';
import type { Claim, Cue, Event, EventArg, Modality } from './schema.js';
import { sentenceViews, wordAt, type SentenceView } from '../text/token-view.js';
import { certainty, decideStatus, nearestTense } from './status.js';
import { relateToDct, type TimeRelation } from './time-relation.js';
import { findTriggers, type TriggerHit } from './triggers.js';

/** 1.0.1: no rule changed; actors come from entities 1.2's mentions. */
export const EVENTS_VERSION = '1.0.1';

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
const LINK_WORDS = new Set(['to', 'for', 'on', 'in', 'at', 'a', 'an', 'the', 'his', 'her', 'its', 'their', "'s", "'", 'extend', 'extended', 'extending', 'hold', 'holding', 'pay', 'paying', 'make', 'making', 'resume', 'step', 'up', 'deepen', 'expand', 'an', 'official', 'state', 'new', 'further', 'peace', 'formal', 'regular', 'and']);
const COMPLEMENT_PREPS = new Set(['to', 'for']);
const PAIR_ANAPHOR = /\b(both (nations|countries|sides|governments|leaders|states)|the two (nations|countries|sides|governments|leaders|states|presidents))\b/;

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
  // an invitation reaches its complement across the invitee: "invited the rebels to resume negotiations"
  const inviting = prev.hit.entry.lemma === 'invite';
  for (let j = prev.hit.wi + 1; j < d.hit.wi; j++) {
    if (covered(j) || /^[A-Z]/.test(w[j]!.text)) continue;
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
  return prev;
}

function isFutureValue(value: string, dct: string | null): boolean {
  return relateToDct(value, dct).relation === 'future';
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
      if (tw - d.hit.wi > 16 || blocked(d.hit.wi + 1, tw)) break;
      // an invitation or acceptance is not what happens at a future time: the visit it asks for is
      if ((d.hit.entry.lemma === 'invite' || d.hit.entry.lemma === 'accept') && k > 0 && isFutureValue(t.value, dct)) continue;
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

interface DiscourseInput {
  readonly attributions: readonly Attribution[];
  /** the document's mentions, indexed once by runEvents */
  readonly mentionIndex: SpanIndex<Mention>;
  readonly entities: ReadonlyMap<string, Entity>;
}

const PP_BEFORE = new Set(['in', 'at', 'to', 'with', 'from', 'of', 'for', 'by', 'on', 'against', 'about', 'during', 'between', 'among']);

/**
 * Sources the sentence does not give: a subject pronoun or an anaphoric "This was discussed …" takes
 * its antecedent from the same sentence (earlier event sources, subjects) or the previous one (its
 * main actor). A passive person pronoun ("he was invited") fills the target instead.
 */
function resolveDiscourseSources(drafts: Draft[], views: readonly SentenceView[], ctxOf: ReadonlyMap<SentenceView, ArgContext>, input: DiscourseInput): void {
  const byView = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = byView.get(d.view.index);
    if (list) list.push(d);
    else byView.set(d.view.index, [d]);
  }
  const typeOf = (a: EventArg): string => (a.entity ? (input.entities.get(a.entity)?.type ?? '') : '');
  // mainActor reads one sentence's mentions and attributions: slice them, in input order, by index
  const { mentionIndex } = input;
  const cueIndex = new SpanIndex(input.attributions.map((a) => ({ start: a.cue.start, end: a.cue.end, a })));
  const inView = <T extends { start: number; end: number }>(idx: SpanIndex<T>, view: SentenceView): T[] =>
    idx.inInputOrder(idx.within(view.start, view.end));
  const mainCache = new Map<number, { args: EventArg[]; type?: string }>();
  const mainOf = (view: SentenceView): { args: EventArg[]; type?: string } => {
    const hit = mainCache.get(view.index);
    if (hit) return hit;
    const subj = (byView.get(view.index) ?? []).find((d) => d.args.source.some((a) => a.rule === 'arg:subject'));
    const found = mainActor(
      view,
      inView(cueIndex, view).map((x) => x.a),
      inView(mentionIndex, view),
      input.entities,
      subj ? subj.args.source : [],
    );
    mainCache.set(view.index, found);
    return found;
  };
  for (const d of drafts) {
    if (d.args.source.length) continue;
    const ana = anaphoricSubject(d.view, d.hit.wi, d.hit.entry.noun);
    if (!ana) continue;
    const w = d.view.words;
    const offset = w[ana.wi]!.start;
    const earlier = (byView.get(d.view.index) ?? []).filter((o) => o !== d && o.hit.wi < ana.wi && o.args.source.length);
    const ctx = ctxOf.get(d.view)!;
    const subjects: ActorMention[] = ctx.mentions
      .filter((m) => m.we <= ana.wi && !PP_BEFORE.has(w[m.lead - 1]?.lower ?? ''))
      .map((m) => ({ mention: m.mention, type: m.mention.type }));
    const prevView = views[d.view.index - 1];
    const previous = prevView ? mainOf(prevView) : undefined;
    const args = resolveAntecedent({
      kind: ana.kind,
      offset,
      sameSentence: earlier.map((o) => ({ args: o.args.source, types: o.args.source.map(typeOf) })),
      sameSentenceSubjects: subjects,
      previous,
    });
    if (!args.length) continue;
    const passive = !d.hit.entry.noun && /ed$/.test(w[d.hit.wi]!.lower) && ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(w[d.hit.wi - 1]?.lower ?? '');
    if (passive && ana.kind !== 'proposition') {
      if (!d.args.target.length) d.args = { ...d.args, target: args };
    } else d.args = { ...d.args, source: args };
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
  // Per-sentence slices by binary search: scanning every mention and timex per sentence is quadratic.
  const mentionIndex = new SpanIndex(mentions);
  const timexIndex = new SpanIndex(timexes);
  /** timexes overlapping each sentence: those that can cover one of its words */
  const timexesOf = new Map<SentenceView, Timex[]>();

  const drafts: Draft[] = [];
  const ctxOf = new Map<SentenceView, ArgContext>();
  let n = 0;
  for (const view of views) {
    const hits = findTriggers(view);
    if (!hits.length) continue;
    const triggerAt = new Set(hits.map((h) => h.wi));
    const ctx: ArgContext = { view, mentions: sentenceMentions(view, mentionIndex.within(view.start, view.end)), triggerAt };
    ctxOf.set(view, ctx);
    timexesOf.set(view, timexIndex.overlapping(view.start, view.end));
    const first = drafts.length;
    const conditional = isConditional(view);
    for (const hit of hits) {
      const reading = readModality(view, collectCues(view, hit, triggerAt, conditional));
      drafts.push({ view, hit, reading, args: readArguments(ctx, hit), invited: false, id: `ev${n++}` });
    }
    attachTimes(drafts.slice(first), view, timexIndex.within(view.start, view.end), dct);
  }

  // pronoun and anaphoric subjects first, so that complements inherit the resolved subject
  resolveDiscourseSources(drafts, views, ctxOf, { attributions, mentionIndex, entities });
  // governors and what complements inherit from them
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const ctx = ctxOf.get(d.view)!;
    const viewTimexes = timexesOf.get(d.view)!;
    const covered = (wi: number): boolean => {
      const wd = d.view.words[wi]!;
      return ctx.mentions.some((m) => wi >= m.lead && wi < m.we) || viewTimexes.some((t) => wd.start >= t.start && wd.end <= t.end);
    };
    const g = findGovernor(drafts, k, covered);
    if (!g) continue;
    d.governor = g;
    const gl = g.hit.entry;
    if (gl.lemma === 'invite' && d.hit.entry.type === 'CONSULT') {
      d.invited = true;
      const iw = g.view.words[g.hit.wi]!;
      const inviteCue: CueMatch = { spec: { seq: [iw.lower], side: 'pre', maxGap: 8, modality: 'planned', rule: 'plan:invited' }, start: iw.start, end: iw.end, gap: d.hit.wi - g.hit.wi - 1 };
      if (d.reading.modality === 'asserted') d.reading = { ...d.reading, modality: 'planned', modalityCue: inviteCue };
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
    const gw = g.view.words[g.hit.wi]!;
    const govCue = (modality: Modality): CueMatch => ({ spec: { seq: [gw.lower], side: 'pre', maxGap: 8, modality, rule: 'mod:governor' }, start: gw.start, end: gw.end, gap: d.hit.wi - g.hit.wi - 1 });
    if (d.reading.modality === 'asserted' && !d.hit.entry.noun && d.view.words[d.hit.wi - 1]?.lower === 'to') {
      const m: Modality = g.reading.modality === 'asserted' ? 'planned' : g.reading.modality;
      d.reading = { ...d.reading, modality: m, modalityCue: g.reading.modalityCue ?? govCue(m) };
    } else if (d.reading.modality === 'asserted' && g.reading.modality !== 'asserted' && g.reading.modality !== 'negated' && d.hit.entry.noun && gl.type === 'AGREE') {
      d.reading = { ...d.reading, modality: g.reading.modality, modalityCue: g.reading.modalityCue ?? govCue(g.reading.modality) };
    }
  }
  // a noun subject for verbs with no source found: "The Russian president accepted …" handled by mentions;
  // for events whose source is still empty, the subject of a light verb was tried in readArguments
  void leftSubject;

  // "Both nations agreed": the pair named just before ("Moscow and Pyongyang expressed …")
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.args.source.length) continue;
    const before = d.view.words.slice(Math.max(0, d.hit.wi - 5), d.hit.wi).map((x) => x.lower).join(' ');
    if (!PAIR_ANAPHOR.test(before)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = drafts[j]!;
      if (d.view.index - p.view.index > 2) break;
      if (p.args.source.length >= 2) {
        d.args = { ...d.args, source: p.args.source.map((a) => ({ ...a, rule: 'arg:pair-anaphor' })) };
        break;
      }
    }
  }
  // a speech act that is itself the attribution cue ("who criticize …") takes the attribution's source
  const cueIndex = new SpanIndex(attributions.filter((x) => x.source?.entity).map((x) => ({ start: x.cue.start, end: x.cue.end, att: x })));
  for (const d of drafts) {
    if (d.args.source.length) continue;
    const w = d.view.words[d.hit.wi]!;
    const a = cueIndex.firstInInput(cueIndex.containing(w.start, w.end))?.att;
    if (a?.source) d.args = { ...d.args, source: [{ start: a.source.start, end: a.source.end, entity: a.source.entity, rule: 'arg:attribution-source' }] };
  }

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

  // "will visit Moscow next week for talks": the talks share the visit's modality and status
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const g = d.governor;
    if (!g || g.hit.entry.type !== 'CONSULT' || d.hit.entry.type !== 'CONSULT' || !d.hit.entry.noun) continue;
    if (d.view.words[d.hit.wi - 1]?.lower !== 'for') continue;
    const ge = events[drafts.indexOf(g)]!;
    const e = events[k]!;
    const { status: _s, statusCue: _c, ...rest } = e;
    events[k] = { ...rest, modality: ge.modality, ...(ge.status ? { status: ge.status, statusCue: { start: ge.trigger.start, end: ge.trigger.end, rule: 'status:purpose-of' } } : {}), certainty: ge.certainty };
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
  // an appositive mention ("is visiting X, his first state visit") takes its cluster-mate's status
  for (let k = 0; k < clustered.length; k++) {
    const e = clustered[k]!;
    if (e.status || e.modality !== 'asserted' || !drafts[k]!.hit.entry.schedulable) continue;
    const mate = clustered.find((o, j) => j !== k && o.cluster === e.cluster && o.status && eventSentence[j] === eventSentence[k]);
    if (mate?.status) clustered[k] = { ...e, status: mate.status, statusCue: { start: mate.trigger.start, end: mate.trigger.end, rule: 'status:coreferent' } };
  }

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
    entities,
    sentences: layer(doc, 'sentences'),
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
