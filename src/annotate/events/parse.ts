/**
 * The event parsers: per sentence, triggers from the lexicon, the modality cues around each, and its
 * arguments from the mentions; one candidate per trigger. Everything that relates candidates to each
 * other or to the rest of the document is a refiner's business (refiners.ts).
 */
import type { Doc } from '../../doc/doc.js';
import type { Entity, Mention } from '../../doc/schemas/entities.js';
import type { Timex } from '../../doc/schemas/time.js';
import { SpanIndex } from '../../doc/span-index.js';
import { readArguments, sentenceMentions, type ArgContext } from './arguments.js';
import type { EventCandidate, EventContext } from './candidate.js';
import { collectCues, isConditional, readModality } from './modality.js';
import { sentenceViews, type SentenceView } from '../text/token-view.js';
import { elsewhereOf, findTriggers } from './triggers.js';
import { countedTriggers } from './counted.js';
import { blockedBy } from '../quantities/read.js';
import { inheritedTriggers } from './inherited.js';
import { happeningTriggers, sameNounHappenings } from './happenings.js';
import type { TriggerHit } from './triggers.js';
import { LazySentenceTagging } from './tagger/sentence.js';

/** Verbs that say where another event stands ("will begin", "ended", "took place"), not events of their own. */
const ASPECTUAL_VERBS: ReadonlySet<string> = new Set(['begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'end', 'ends', 'ended', 'continue', 'continues', 'continued', 'resume', 'resumes', 'resumed', 'last', 'lasts', 'lasted', 'take', 'takes', 'took', 'taken', 'finish', 'finishes', 'finished']);

/**
 * `candidates` are the lexicon's and the counted events', in trigger order; `happenings` the tagger's happenings
 * (happenings.ts), refined on their own so that the lexicon's events read as they did without them.
 */
export function parseEvents(doc: Doc): { readonly ctx: EventContext; readonly candidates: EventCandidate[]; readonly happenings: EventCandidate[] } {
  const views = sentenceViews(doc);
  const mentions: readonly Mention[] = doc.layers.mentions ?? [];
  const entityList: readonly Entity[] = doc.layers.entities ?? [];
  const timexes: readonly Timex[] = doc.layers.timexes ?? [];
  // Per-sentence slices by binary search: scanning every mention and timex per sentence is quadratic.
  const mentionIndex = new SpanIndex(mentions);
  const timexIndex = new SpanIndex(timexes);
  const argContext = new Map<SentenceView, ArgContext>();
  const timexesOf = new Map<SentenceView, readonly Timex[]>();
  const candidates: EventCandidate[] = [];
  const happeningCandidates: Omit<EventCandidate, 'id'>[] = [];
  // numbers inside a time expression or a name are no amounts (as in the quantities layer); their words add no content
  // (the same predicate as the quantities layer's, so that its reading of each sentence is shared)
  const inTimexOrName = blockedBy(timexes, mentions, doc.text);
  const inTimex = (start: number, end: number): boolean => timexIndex.overlaps(start, end);
  const elsewhere = elsewhereOf(views);
  const found = views.map((v, k) => findTriggers(v, elsewhere[k]));
  const inherited = inheritedTriggers(views, found);
  const hitsOf: TriggerHit[][] = [];
  const triggerAtOf: ReadonlySet<number>[] = [];
  const happeningsOf: TriggerHit[][] = [];
  for (const [k, view] of views.entries()) {
    const lexical = inherited[k]!.length ? found[k]!.concat(inherited[k]!).sort((a, b) => a.wi - b.wi) : found[k]!;
    // one tagging of the sentence for its counted events and its happenings: a word both ask about is decided once
    const tags = new LazySentenceTagging(view, doc.text);
    const lexicalAt = new Set(lexical.map((h) => h.wi));
    const counted = countedTriggers(view, doc.text, lexicalAt, inTimexOrName, inTimexOrName, inTimex, tags);
    const hits = counted.length ? lexical.concat(counted).sort((a, b) => a.wi - b.wi) : lexical;
    hitsOf.push(hits);
    // (every reader of these sets only reads them)
    triggerAtOf.push(counted.length ? new Set(hits.map((h) => h.wi)) : lexicalAt);
    // what the lexicon and the counted events leave, the tagger may read as a happening
    happeningsOf.push(happeningTriggers(view, doc.text, triggerAtOf[k]!, inTimexOrName, inTimex, tags));
  }
  // a noun happening once is one wherever the report names it again (happenings.ts sameNounHappenings)
  const forms = new Map<string, string>();
  for (const [k, list] of happeningsOf.entries()) for (const h of list) if (h.entry.noun) forms.set(views[k]!.words[h.wi]!.lower, h.entry.lemma);
  for (const [k, view] of views.entries()) {
    const hits = hitsOf[k]!;
    const triggerAt = triggerAtOf[k]!;
    let happenings = happeningsOf[k]!;
    if (forms.size) {
      const taken = new Set([...triggerAt, ...happenings.map((h) => h.wi)]);
      const more = sameNounHappenings(view, taken, inTimexOrName, forms);
      if (more.length) happenings = happenings.concat(more).sort((a, b) => a.wi - b.wi);
    }
    if (!hits.length && !happenings.length) continue;
    const mentionsHere = sentenceMentions(view, mentionIndex.within(view.start, view.end));
    const ctx: ArgContext = { view, mentions: mentionsHere, triggerAt };
    argContext.set(view, ctx);
    timexesOf.set(view, timexIndex.overlapping(view.start, view.end));
    const conditional = isConditional(view);
    // an aspectual verb read as a counted event ("cuts will begin on Monday in 14 towns") is its subject's predicate: it
    // bounds no other event's cues
    const aspectual = hits.filter((h) => h.entry.domain === 'counted' && ASPECTUAL_VERBS.has(view.words[h.wi]!.lower));
    const cueAt = aspectual.length ? new Set([...triggerAt].filter((wi) => !aspectual.some((h) => h.wi === wi))) : triggerAt;
    for (const hit of hits) {
      const reading = readModality(view, collectCues(view, hit, hit.entry.domain === 'counted' ? triggerAt : cueAt, conditional));
      candidates.push({ id: `ev${candidates.length}`, view, hit, reading, args: readArguments(ctx, hit), invited: false });
    }
    // a happening reads its cues and arguments with every trigger of the sentence around it; the lexicon's events
    // read theirs as before, without the happenings
    if (happenings.length) {
      const all = new Set([...triggerAt, ...happenings.map((h) => h.wi)]);
      const actx: ArgContext = { view, mentions: mentionsHere, triggerAt: all };
      for (const hit of happenings) {
        const reading = readModality(view, collectCues(view, hit, all, conditional));
        happeningCandidates.push({ view, hit, reading, args: readArguments(actx, hit), invited: false });
      }
    }
  }
  // numbered after the lexicon's candidates: their ids and clusters stay what they were
  const happening = happeningCandidates.map((c, k) => ({ id: `ev${candidates.length + k}`, ...c }));
  return {
    ctx: {
      text: doc.text,
      views,
      dct: doc.meta.published ? String(doc.meta.published).slice(0, 10) : null,
      attributions: doc.layers.attributions ?? [],
      timexes,
      entities: new Map(entityList.map((e) => [e.id, e])),
      mentionIndex,
      timexIndex,
      argContext,
      timexesOf,
    },
    candidates,
    happenings: happening,
  };
}
