/**
 * Discourse rules for event sources that the sentence alone does not give: a subject pronoun
 * ("when he met …", "they signed …") or an anaphoric passive subject ("This was discussed during a
 * meeting with …") takes its antecedent from the same or the previous sentence. Every argument read
 * here carries the rule "arg:discourse-antecedent" (pronouns: "arg:discourse-pronoun").
 */
import type { Attribution } from '../../doc/schemas/attribution.js';
import type { Entity, Mention } from '../../doc/schemas/entities.js';
import { BARRIERS } from './cues.js';
import type { EventArg } from '../../doc/schemas/events.js';
import { wordAt, type SentenceView, type Word } from '../text/token-view.js';

/** Which antecedents a pronoun accepts. */
export type PronounKind = 'person' | 'group' | 'proposition';

export interface AnaphoricSubject {
  readonly kind: PronounKind;
  /** Word index of the pronoun in the sentence. */
  readonly wi: number;
}

const PERSON = new Set(['he', 'she']);
const GROUP = new Set(['they']);
const PROPOSITION = new Set(['this', 'it', 'that']);
/** Words that may stand between a subject pronoun and its verb: "he had also met", "they will not sign". */
const AUX_ADV = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'be', 'been', 'being', 'also', 'then', 'later', 'subsequently', 'reportedly', 'previously', 'again', 'first', 'briefly', 'recently', 'once', 'finally', 'eventually', 'already', 'still', 'not', "n't", 'never', 'personally', 'even', 'only', 'just', 'formally', 'officially']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'has', 'had', 'have']);
/** Between a noun trigger and its clause subject: "he held talks", "This was discussed during a meeting". */
const NOUN_PATH = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'first', 'second', 'last', 'new', 'official', 'state', 'formal', 'brief', 'bilateral', 'separate', 'joint', 'further', 'another', 'high-level', 'trilateral', 'closed-door', 'during', 'at', 'in', 'after', 'before', 'on', 'following', 'to']);
const LIGHT_VERB = /^(held|hold|holds|holding|paid|pay|pays|paying|made|make|makes|making|attended|attend|attends|attending|hosted|host|hosts|hosting|joined|join|joins|took|take|takes|signed|sign|signs|extended|extend|extends)$/;
/** Passive participles of a proposition subject: "This was discussed / raised / agreed …". */
const PROPOSITION_VERB = /^(discussed|raised|agreed|addressed|mentioned|reviewed|announced|decided|stressed|reiterated|emphasized|emphasised|highlighted|conveyed|expressed|noted|underlined|echoed|repeated|confirmed|presented|proposed|outlined|agreed upon|taken up|brought up)$/;

function isSubjectPosition(w: readonly Word[], p: number): boolean {
  const before = w[p - 1];
  // sentence start, or the start of a clause: "when he met", ", and they signed"
  return !before || before.punct || BARRIERS.has(before.lower) || ['and', 'but', 'so', 'after', 'before', 'as', 'since', 'until', 'once', 'then', 'that', 'if', 'however'].includes(before.lower);
}

/**
 * The anaphoric subject of the trigger at word `wi`, if its clause has one: a subject pronoun right
 * before a verb trigger (auxiliaries and adverbs between), or, for a noun trigger, a pronoun subject
 * of the light verb or passive that governs the noun's phrase.
 */
export function anaphoricSubject(view: SentenceView, wi: number, noun: boolean): AnaphoricSubject | undefined {
  const w = view.words;
  let k = wi - 1;
  let sawVerb = false;
  let sawPassive = false;
  for (let steps = 0; k >= 0 && steps < 10; k--, steps++) {
    const lw = w[k]!.lower;
    if (PERSON.has(lw) || GROUP.has(lw)) {
      if (!isSubjectPosition(w, k)) return undefined;
      if (noun && !sawVerb) return undefined;
      return { kind: PERSON.has(lw) ? 'person' : 'group', wi: k };
    }
    if (PROPOSITION.has(lw)) {
      // only a sentence-initial "This/It/That was discussed …": elsewhere "that" is a complementizer
      const initial = k === 0 || (k === 1 && w[0]!.punct) || (w[k - 1]?.lower === ',' && k <= 3);
      return initial && sawPassive && BE.has(w[k + 1]?.lower ?? '') ? { kind: 'proposition', wi: k } : undefined;
    }
    if (AUX_ADV.has(lw)) continue;
    if (noun && !sawVerb && NOUN_PATH.has(lw)) continue;
    if (noun && !sawVerb && LIGHT_VERB.test(lw)) {
      sawVerb = true;
      continue;
    }
    if (!sawVerb && PROPOSITION_VERB.test(lw) && BE.has(w[k - 1]?.lower ?? '')) {
      sawVerb = true;
      sawPassive = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A mention with the entity type the antecedent search needs. */
export interface ActorMention {
  readonly mention: Mention;
  readonly type: string;
}

const ACTOR = new Set(['PER', 'ORG', 'GPE']);

/**
 * The main actor of a sentence: the source of an attribution whose cue is in it (named, PER/ORG
 * preferred, the outermost first), else the first subject read for one of its events, else the first
 * PER/ORG mention that is not inside a prepositional phrase.
 */
export function mainActor(
  view: SentenceView,
  attributions: readonly Attribution[],
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  eventSubjects: readonly EventArg[],
): { args: EventArg[]; type?: string } {
  const here = mentions.filter((m) => m.start >= view.start && m.end <= view.end && ACTOR.has(m.type));
  const typeOf = (id: string | undefined): string => (id ? (entities.get(id)?.type ?? '') : '');
  const rank = (t: string): number => (t === 'PER' || t === 'ORG' ? 0 : 1);
  const srcs = attributions
    .filter((a) => a.cue.start >= view.start && a.cue.end <= view.end && a.source?.entity && ACTOR.has(typeOf(a.source.entity)))
    .sort((a, b) => rank(typeOf(a.source!.entity)) - rank(typeOf(b.source!.entity)) || Number(Boolean(a.via)) - Number(Boolean(b.via)) || a.cue.start - b.cue.start);
  const best = srcs[0];
  if (best?.source) {
    const s = best.source;
    // the named head of the source phrase and what is coordinated with it ("Moscow and Pyongyang")
    const inside = here.filter((m) => m.start >= s.start && m.end <= s.end);
    const head = inside.find((m) => m.entity === s.entity);
    if (head) {
      const group = coordination(view, inside.filter((m) => ACTOR.has(m.type)), head);
      return { args: group.map((m) => ({ start: m.start, end: m.end, entity: m.entity, mention: m.id, rule: 'arg:discourse-antecedent' })), type: head.type };
    }
  }
  if (eventSubjects.length) {
    const e = eventSubjects[0]!;
    return { args: eventSubjects.map((a) => ({ ...a, rule: 'arg:discourse-antecedent' })), type: typeOf(e.entity) };
  }
  const w = view.words;
  const free = here.filter((m) => {
    const k = wordAt(w, m.start);
    const before = w[k - 1]?.lower ?? '';
    return !['in', 'at', 'to', 'with', 'from', 'of', 'for', 'by', 'on', 'against', 'about', 'during'].includes(before);
  });
  const first = free.find((m) => m.type !== 'GPE') ?? free[0];
  return first ? { args: [{ start: first.start, end: first.end, entity: first.entity, mention: first.id, rule: 'arg:discourse-antecedent' }], type: first.type } : { args: [] };
}

/**
 * The coordination around `head` among `ms` (sorted): "A and B", "A, B and C". A chain whose last
 * link is a bare comma is an apposition ("Jung Pak, U.S. envoy"), so only the head is kept.
 */
function coordination(view: SentenceView, ms: readonly Mention[], head: Mention): Mention[] {
  const w = view.words;
  const sep = (x: Mention, y: Mention): string | undefined => {
    const between = w.slice(wordAt(w, x.end), wordAt(w, y.start)).map((q) => q.lower);
    if (between.length === 1 && (between[0] === 'and' || between[0] === ',')) return between[0];
    if (between.length === 2 && between[0] === ',' && between[1] === 'and') return 'and';
    return undefined;
  };
  const sorted = [...ms].sort((a, b) => a.start - b.start);
  let lo = sorted.indexOf(head);
  let hi = lo;
  if (lo < 0) return [head];
  while (lo > 0 && sep(sorted[lo - 1]!, sorted[lo]!)) lo--;
  while (hi < sorted.length - 1 && sep(sorted[hi]!, sorted[hi + 1]!)) hi++;
  if (hi === lo || sep(sorted[hi - 1]!, sorted[hi]!) !== 'and') return [head];
  return sorted.slice(lo, hi + 1);
}

export interface AntecedentInput {
  readonly kind: PronounKind;
  /** Character offset of the pronoun. */
  readonly offset: number;
  /** Sources of earlier events in the same sentence (before the pronoun), nearest last. */
  readonly sameSentence: readonly { readonly args: readonly EventArg[]; readonly types: readonly string[] }[];
  /** Subject-like mentions in the same sentence before the pronoun, nearest last. */
  readonly sameSentenceSubjects: readonly ActorMention[];
  /** The previous sentence's main actor. */
  readonly previous: { readonly args: readonly EventArg[]; readonly type?: string } | undefined;
}

/**
 * Resolves a pronoun subject: "he/she" to the most recent PER source or subject in the same sentence,
 * else the previous sentence's main actor when that is a person; "they" to the most recent group of
 * two or more sources, else the previous main actor; "This/It was discussed" to the previous main actor.
 */
export function resolveAntecedent(input: AntecedentInput): EventArg[] {
  const tag = (args: readonly EventArg[]): EventArg[] => args.map((a) => ({ ...a, rule: input.kind === 'proposition' ? 'arg:discourse-antecedent' : 'arg:discourse-pronoun' }));
  if (input.kind === 'person') {
    for (let k = input.sameSentence.length - 1; k >= 0; k--) {
      const s = input.sameSentence[k]!;
      const j = s.types.lastIndexOf('PER');
      if (j >= 0 && s.types.filter((t) => t === 'PER').length === 1) return tag([s.args[j]!]);
    }
    const subj = input.sameSentenceSubjects.filter((m) => m.type === 'PER').pop();
    if (subj) return tag([{ start: subj.mention.start, end: subj.mention.end, entity: subj.mention.entity, mention: subj.mention.id }]);
    if (input.previous?.type === 'PER' && input.previous.args.length === 1) return tag(input.previous.args);
    return [];
  }
  if (input.kind === 'group') {
    for (let k = input.sameSentence.length - 1; k >= 0; k--) {
      const s = input.sameSentence[k]!;
      if (s.args.length >= 2) return tag(s.args);
    }
    if (input.previous && (input.previous.args.length >= 2 || input.previous.type === 'ORG' || input.previous.type === 'GPE')) return tag(input.previous.args);
    return [];
  }
  return input.previous ? tag(input.previous.args) : [];
}
