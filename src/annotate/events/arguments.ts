/**
 * Source, target and place of a trigger, read from the mentions in its sentence with shallow
 * syntax: possessors ("Putin's visit"), "between A and B", prepositions per lemma ("visit to X",
 * "meeting with X", "sanctions on X"), direct objects of verbs, and the nearest subject to the left
 * that is not inside a prepositional phrase. Every argument keeps its span and entity id.
 */
import type { Mention } from '../../doc/schemas/entities.js';
import { BARRIERS, REPORTING } from './cues.js';
import type { EventArg } from '../../doc/schemas/events.js';
import { wordAt, type SentenceView } from '../text/token-view.js';
import type { TriggerHit } from './triggers.js';
import { appendAll } from '../../util/arrays.js';

export interface MentionSpan {
  readonly mention: Mention;
  /** Word range of the name itself [ws, we). */
  readonly ws: number;
  readonly we: number;
  /** First word including a role written before the name ("Russian President"). */
  readonly lead: number;
}

export interface ArgReading {
  readonly source: EventArg[];
  readonly target: EventArg[];
  readonly place?: EventArg;
}

const PREPS = new Set(['in', 'at', 'to', 'with', 'from', 'on', 'for', 'against', 'about', 'over', 'into', 'toward', 'towards', 'by', 'than', 'under', 'via', 'between', 'among', 'near', 'across', 'through', 'during', 'after', 'before', 'since', 'like']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const LIGHT = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'first', 'last', 'second', 'official', 'state', 'formal', 'new', 'fresh', 'secret', 'planned', 'upcoming', 'possible', 'two-day', 'three-day', 'surprise', 'brief', 'further', 'previous', 'recent', 'direct', 'bilateral', 'rare', 'historic', 'landmark', 'military', 'full', 'strong', 'continued', 'serious', 'deep', 'high-level', 'peace', 'defence', 'defense', 'trade', 'joint', 'regular', 'long-range', 'ballistic', 'other', 'and', 'more']);

/** Prepositions that introduce the target, by lemma (the rest default to "with"). */
/** The preposition of a target for lemmas without their own (read only, shared). */
const WITH: readonly string[] = ['with'];
const TARGET_PREPS: Record<string, readonly string[]> = {
  visit: ['to'],
  trip: ['to'],
  arrive: ['in', 'at'],
  invite: ['to'],
  thank: ['to'],
  appreciate: ['to'],
  praise: [],
  support: ['for', 'to'],
  sanction: ['on', 'against'],
  criticize: ['of', 'against', 'on'],
  condemn: ['of', 'against'],
  concern: ['about', 'over', 'regarding'],
  violate: [],
  supply: ['to'],
  transfer: ['to'],
  deliver: ['to'],
  ship: ['to'],
  trade: ['to', 'with'],
};
/** Lemmas whose direct object is the target ("met Macron", "criticized China", "visited Kyiv"). */
const TRANSITIVE = new Set(['visit', 'meet', 'invite', 'accept', 'thank', 'appreciate', 'praise', 'support', 'criticize', 'condemn', 'sanction', 'violate']);
const DESTINATION = new Set(['visit', 'trip', 'arrive', 'travel']);
/** Happenings that take a route: the place they go through or across is where they happen. */
const ROUTE_LEMMAS = new Set(['march']);

const ACTOR_TYPES = new Set(['PER', 'ORG', 'GPE']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'ORG']);
/** "off" places a happening beside a town or a coast ("ran aground off Kalehe"); "near" and "outside" say only what it was close to. */
const BESIDE_PREPS = ['off'];
const BESIDE_TYPES = new Set(['GPE', 'LOC']);
/** "on" places a happening only on water or a way (a lake, a river, a road): "on Lake Kivu". */
const ON_PREPS = ['on', 'along'];
const ON_TYPES = new Set(['LOC']);
/** Names of what a happening is on: water and ways ("Lake Kivu", "the Meghna River"), not a region ("the Costa del Sol"). */
const ON_HEADS = new Set(['lake', 'river', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'channel', 'canal', 'lagoon', 'reservoir', 'road', 'highway', 'motorway', 'expressway', 'freeway', 'railway', 'line', 'bridge', 'pass']);

export function sentenceMentions(view: SentenceView, mentions: readonly Mention[]): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (const m of mentions) {
    if (m.start < view.start || m.end > view.end) continue;
    const ws = wordAt(view.words, m.start);
    let we = wordAt(view.words, m.end);
    if (we < view.words.length && view.words[we]!.start < m.end) we++;
    const lead = m.role && m.role.start < m.start ? Math.min(ws, wordAt(view.words, m.role.start)) : ws;
    if (we > ws) out.push({ mention: m, ws, we, lead });
  }
  return out.sort((a, b) => a.ws - b.ws);
}

function arg(ms: MentionSpan, rule: string): EventArg {
  return { start: ms.mention.start, end: ms.mention.end, entity: ms.mention.entity, mention: ms.mention.id, rule };
}

function isPossessive(view: SentenceView, ms: MentionSpan): boolean {
  const nxt = view.words[ms.we]?.lower;
  return nxt === "'s" || nxt === "'" || /'s$/.test(view.words[ms.we - 1]?.lower ?? '');
}

/** The mention that starts at word index w (or whose role starts there). */
function mentionStartingAt(ms: readonly MentionSpan[], w: number): MentionSpan | undefined {
  return ms.find((m) => m.lead === w || m.ws === w);
}

/** A capitalised word at `w`, not the sentence's first, inside no mention ("Mongolian" of "Mongolian President"). */
function isAffiliationWord(view: SentenceView, ms: readonly MentionSpan[], w: number): boolean {
  const word = view.words[w];
  if (!word || w === 0 || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  return !ms.some((m) => w >= m.ws && w < m.we);
}

/** "A and B", "A, B and C": the coordinated mentions ending with `last`. */
function coordinated(view: SentenceView, ms: readonly MentionSpan[], last: MentionSpan): MentionSpan[] {
  const group = [last];
  let cur = last;
  for (;;) {
    // a capitalised word or two before a role that no mention holds is the role's affiliation ("Kazakh President Yerlan
    // Temirov and Mongolian President Ganbold Tserendorj"): the conjunct starts there
    let open = cur.lead;
    while (open > cur.lead - 2 && isAffiliationWord(view, ms, open - 1)) open--;
    // "Vietnam and the Philippines": an article may open the next conjunct
    const det = view.words[open - 1]?.lower === 'the' ? 1 : 0;
    const sep = view.words[open - 1 - det]?.lower;
    if (sep !== 'and' && sep !== ',') break;
    const prev = ms.filter((m) => m.we === open - 1 - det && ACTOR_TYPES.has(m.mention.type)).pop();
    if (!prev) break;
    group.unshift(prev);
    cur = prev;
  }
  return group;
}

/** Mention right after a preposition in `preps`, searched rightwards from `from` up to `limit`. */
function prepObject(view: SentenceView, ms: readonly MentionSpan[], from: number, limit: number, preps: readonly string[], types: ReadonlySet<string>): MentionSpan | undefined {
  for (let k = from; k < limit; k++) {
    if (!preps.includes(view.words[k]!.lower)) continue;
    // the object may follow a determiner or adjectives: "to the Netherlands", "with her Malaysian counterpart"
    for (let j = k + 1; j < Math.min(limit, k + 5); j++) {
      const m = mentionStartingAt(ms, j);
      if (m) {
        if (types.has(m.mention.type)) return m;
        break;
      }
      const lw = view.words[j]!.lower;
      if (PREPS.has(lw) || view.words[j]!.punct) break;
    }
  }
  return undefined;
}

/** Heads of a nominal participant that stands for the states or bodies it names. */
const PARTICIPANT_HEADS = new Set('envoy envoys official officials minister ministers delegation delegations delegates representative representatives leader leaders counterpart counterparts diplomat diplomats negotiator negotiators ambassador ambassadors chief chiefs head heads president presidents secretary secretaries team teams government governments'.split(' '));
const GROUP_TYPES = new Set(['GPE', 'ORG']);

/**
 * "the nuclear envoys of South Korea and Japan", "officials from Qatar": a participant named by its
 * role and the states (or organisations) it represents. One argument per state: the span is the whole
 * nominal, the entity is the state. Empty unless the head, "of/from" and a coordination all read.
 */
export function nominalParticipants(view: SentenceView, ms: readonly MentionSpan[], from: number, rule: string): EventArg[] {
  const w = view.words;
  let j = from;
  if (['the', 'a', 'an', 'their', 'its'].includes(w[j]?.lower ?? '')) j++;
  let mods = 0;
  while (j < w.length && !PARTICIPANT_HEADS.has(w[j]!.lower)) {
    if (++mods > 3 || w[j]!.punct || PREPS.has(w[j]!.lower) || mentionStartingAt(ms, j)) return [];
    j++;
  }
  if (j >= w.length || !['of', 'from'].includes(w[j + 1]?.lower ?? '')) return [];
  // a multi-word head: "foreign ministers", "defence officials" are covered by the modifiers above
  j += 2;
  if (w[j]?.lower === 'the') j++;
  const group: MentionSpan[] = [];
  const seps: string[] = [];
  for (;;) {
    const m = ms.find((x) => x.ws === j || (x.lead === j && x.ws <= j + 1));
    if (!m || !GROUP_TYPES.has(m.mention.type)) break;
    group.push(m);
    const sep = w[m.we]?.lower;
    if (sep === 'and' || sep === ',') {
      let next = m.we + 1;
      if (sep === ',' && w[next]?.lower === 'and') next++;
      if (w[next]?.lower === 'the') next++;
      seps.push(sep === ',' && w[m.we + 1]?.lower === 'and' ? 'and' : sep);
      j = next;
      continue;
    }
    break;
  }
  // "A, B" without "and" is an apposition, not a list: keep the first only
  if (group.length > 1 && seps[group.length - 2] !== 'and') group.length = 1;
  if (!group.length) return [];
  const start = w[from]!.start;
  const end = group[group.length - 1]!.mention.end;
  return group.map((g) => ({ start, end, entity: g.mention.entity, mention: g.mention.id, rule }));
}

export interface ArgContext {
  readonly view: SentenceView;
  readonly mentions: readonly MentionSpan[];
  readonly triggerAt: ReadonlySet<number>;
}

/** How far right arguments of this trigger may be read: up to the next trigger, barrier or speech verb. */
export function rightLimit(ctx: ArgContext, i: number): number {
  const w = ctx.view.words;
  for (let k = i + 1; k < Math.min(w.length, i + 14); k++) {
    if (BARRIERS.has(w[k]!.lower) || REPORTING.has(w[k]!.lower) || w[k]!.lower === ',' || ctx.triggerAt.has(k)) return k;
  }
  return Math.min(w.length, i + 14);
}

export function readArguments(ctx: ArgContext, hit: TriggerHit): ArgReading {
  const { view, mentions } = ctx;
  const w = view.words;
  const i = hit.wi;
  const lemma = hit.entry.lemma;
  const source: EventArg[] = [];
  const target: EventArg[] = [];
  let place: EventArg | undefined;
  const limit = rightLimit(ctx, i);
  const actorBefore = mentions.filter((m) => m.we <= i && ACTOR_TYPES.has(m.mention.type));

  // passive verb ("was invited"): its grammatical subject is the target
  const passive = !hit.entry.noun && /ed$/.test(w[i]!.lower) && ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(w[i - 1]?.lower ?? '');

  // 1. possessor or premodifier before a noun trigger, adjectives allowed between: "Putin's last visit"
  if (hit.entry.noun) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const lw = w[k]!.lower;
      const endsHere = actorBefore.filter((m) => m.we === k + 1).pop();
      if (lw === "'s" || lw === "'") {
        const owner = actorBefore.filter((m) => m.we === k).pop();
        if (owner) source.push(arg(owner, 'arg:possessor'));
        break;
      }
      if (endsHere) {
        // "Putin's" as one word, or a bare premodifier right before the noun ("the NATO summit")
        if (/'s$/.test(lw)) source.push(arg(endsHere, 'arg:possessor'));
        else if (k === i - 1) source.push(arg(endsHere, 'arg:premodifier'));
        break;
      }
      if (POSSESSIVE_PRONOUNS.has(lw)) {
        // "his/her" points to a person, "its" to a state or organisation; "their" to a group
        const fits = (m: MentionSpan): boolean => (lw === 'his' || lw === 'her' ? m.mention.type === 'PER' : lw === 'its' ? m.mention.type !== 'PER' : true);
        const owner = actorBefore.filter((m) => m.we <= k && fits(m)).pop();
        if (owner) {
          const group = lw === 'their' ? coordinated(view, mentions, owner) : [owner];
          for (const g of group) source.push(arg(g, 'arg:possessive-pronoun'));
        }
        break;
      }
      if (!LIGHT.has(lw)) break;
    }
  }

  // 2. "between A and B"
  if (w[i + 1]?.lower === 'between' || w[i + 2]?.lower === 'between') {
    const at = w[i + 1]?.lower === 'between' ? i + 2 : i + 3;
    const a = mentions.find((m) => m.lead >= at && m.lead <= at + 3 && ACTOR_TYPES.has(m.mention.type));
    if (a && w[a.we]?.lower === 'and') {
      const b = mentions.find((m) => m.lead >= a.we + 1 && m.lead <= a.we + 4 && ACTOR_TYPES.has(m.mention.type));
      if (source.length === 0) source.push(arg(a, 'arg:between'));
      if (b) target.push(arg(b, 'arg:between'));
    }
  }

  // 3. "by X" right after (passive or nominal agent); "from X" for arms
  if (w[i + 1]?.lower === 'by' && source.length === 0) {
    const m = mentionStartingAt(mentions, i + 2) ?? mentionStartingAt(mentions, i + 3);
    if (m && ACTOR_TYPES.has(m.mention.type)) source.push(arg(m, 'arg:by'));
  }
  if (hit.entry.type === 'AID' && source.length === 0) {
    const m = prepObject(view, mentions, i + 1, limit, ['from'], ACTOR_TYPES);
    if (m) source.push(arg(m, 'arg:from'));
  }

  // 4. direct object of a transitive verb (or target of a passive)
  let object: MentionSpan | undefined;
  if (!hit.entry.noun && !passive && (TRANSITIVE.has(lemma) || DESTINATION.has(lemma))) {
    for (let j = i + 1; j < Math.min(limit, i + 6); j++) {
      const m = mentionStartingAt(mentions, j);
      if (m) {
        if (ACTOR_TYPES.has(m.mention.type) || m.mention.type === 'LOC') object = m;
        break;
      }
      const lw = w[j]!.lower;
      // titles and demonyms before a name: "met French President Emmanuel Macron"
      if (PREPS.has(lw) || w[j]!.punct || (!LIGHT.has(lw) && !/^[A-Z]/.test(w[j]!.text))) break;
    }
  }
  if (object) target.push(arg(object, 'arg:object'));
  // a nominal object that names its states: "met the envoys of Egypt and Jordan"
  else if (!hit.entry.noun && !passive && TRANSITIVE.has(lemma)) appendAll(target, nominalParticipants(view, mentions, i + 1, 'arg:object-nominal'));

  // 5. prepositional target: a named one, or a nominal group naming its states ("with the envoys of X and Y")
  if (target.length === 0) {
    const preps = TARGET_PREPS[lemma] ?? WITH;
    if (!DESTINATION.has(lemma)) {
      for (let k = i + 1; k < limit && !target.length; k++) {
        if (preps.includes(w[k]!.lower)) appendAll(target, nominalParticipants(view, mentions, k + 1, `arg:prep-${preps.join('/')}-nominal`));
      }
    }
    const m = target.length ? undefined : prepObject(view, mentions, i + 1, limit, preps, DESTINATION.has(lemma) ? PLACE_TYPES : ACTOR_TYPES);
    if (m) target.push(arg(m, `arg:prep-${preps.join('/')}`));
  }

  // 6. subject: nearest actor to the left outside a prepositional phrase, with its coordination
  if (source.length === 0 && !hit.entry.noun) {
    const subj = leftSubject(ctx, i);
    if (subj && !unnamedClauseSubject(view, subj.we, i)) {
      const group = coordinated(view, mentions, subj);
      for (const g of group) (passive ? target : source).push(arg(g, 'arg:subject'));
    }
  }
  // nouns governed by a light verb take its subject: "Modi will hold a summit", "X made his first visit"
  if (source.length === 0 && hit.entry.noun) {
    const verbBefore = w.slice(Math.max(0, i - 4), i).some((x) => LIGHT_VERBS.has(x.lower));
    if (verbBefore) {
      const subj = leftSubject(ctx, i);
      if (subj) for (const g of coordinated(view, mentions, subj)) source.push(arg(g, 'arg:light-verb-subject'));
    }
  }

  // "during a meeting with X", "talks with X": the clause subject is the other party
  if (source.length === 0 && hit.entry.noun && hit.entry.type === 'CONSULT' && target.length && target[0]!.rule?.includes('with')) {
    const subj = leftSubject(ctx, i);
    if (subj) for (const g of coordinated(view, mentions, subj)) source.push(arg(g, 'arg:clause-subject'));
  }

  // 7. place: "in/at X" after the trigger; a visited place is also where the visit happens
  // (a march goes through or across its place: "marched through central Kampala")
  const pm = prepObject(view, mentions, i + 1, Math.min(w.length, limit + 1), ROUTE_LEMMAS.has(lemma) ? ['in', 'at', 'through', 'across'] : ['in', 'at'], PLACE_TYPES);
  if (pm && pm.mention.type !== 'ORG') place = arg(pm, 'arg:in');
  if (!place && DESTINATION.has(lemma)) {
    const dest = target[0];
    const dm = dest && mentions.find((m) => m.mention.start === dest.start);
    if (dm && (dm.mention.type === 'GPE' || dm.mention.type === 'LOC')) place = { ...dest, rule: 'arg:destination' };
  }
  if (!place && pm) place = arg(pm, 'arg:at');
  // a place named by where on or beside it: "capsized on Lake Kivu", "ran aground off Kalehe"
  // ("on" only before a natural place or a landmark: "sanctions on Iran" is a target)
  if (!place) {
    const beside = prepObject(view, mentions, i + 1, Math.min(w.length, limit + 1), BESIDE_PREPS, BESIDE_TYPES);
    const onPlace = prepObject(view, mentions, i + 1, Math.min(w.length, limit + 1), ON_PREPS, ON_TYPES);
    const on = onPlace && w.slice(onPlace.ws, onPlace.we).some((x) => ON_HEADS.has(x.lower)) ? onPlace : undefined;
    // the nearer of the two: "capsized on Lake Kivu off Kalehe" is on the lake
    const nearer = beside && on ? (on.lead < beside.lead ? on : beside) : (beside ?? on);
    if (nearer) place = arg(nearer, 'arg:beside');
  }
  return { source, target, ...(place ? { place } : {}) };
}

const INTENT_NOUNS = new Set(['intention', 'intentions', 'readiness', 'willingness', 'plan', 'plans', 'decision', 'offer', 'desire', 'wish', 'hope', 'hopes', 'bid', 'refusal', 'promise', 'pledge', 'commitment', 'proposal']);

const LIGHT_VERBS = new Set(['hold', 'holds', 'held', 'holding', 'make', 'makes', 'made', 'making', 'pay', 'pays', 'paid', 'paying', 'host', 'hosts', 'hosted', 'hosting', 'attend', 'attends', 'attended', 'attending', 'conduct', 'conducted', 'express', 'expressed', 'expresses', 'voiced', 'voice', 'impose', 'imposed', 'imposes', 'announced', 'announce', 'extend', 'extended', 'extending', 'convey', 'conveyed', 'step', 'deepen', 'expand', 'resume', 'restore', 'reached', 'reach', 'sign', 'signed', 'accepted', 'accept', 'received', 'receive', 'drew', 'draw', 'offered', 'offer']);

/** Speech verbs whose object is the person spoken to. */
const TOLD = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'informed', 'informs', 'reminded', 'reminds', 'promised', 'promises', 'briefed', 'briefs']);
/** Words that open the reported clause after "told Y": its own subject follows. */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i']);
/** Words of a title or description between such a verb and a name: "told Foreign Minister X", "assured his counterpart X". */
const TITLE_WORDS = new Set(['the', 'his', 'her', 'their', 'its', 'counterpart', 'minister', 'president', 'prime', 'foreign', 'envoy', 'ambassador', 'secretary', 'leader', 'officials', 'chancellor', 'premier']);

/** Whether the mention is the object of a speech verb ("told Foreign Minister Ana Ruiz"): the one spoken to. */
function addressee(view: SentenceView, m: MentionSpan): boolean {
  const w = view.words;
  for (let k = m.lead - 1; k >= Math.max(0, m.lead - 5); k--) {
    const lw = w[k]!.lower;
    if (TOLD.has(lw)) return true;
    if (!TITLE_WORDS.has(lw) && !/^[A-Z]/.test(w[k]!.text)) return false;
  }
  return false;
}

/** Words that are prepositions or open a clause of their own ("since he resigned", "after the minister left"). */
const CLAUSE_PREPS = new Set(['since', 'after', 'before', 'until', 'till', 'as']);
/** Words that may stand between a subject and its verb: auxiliaries and a few adverbs. */
const VERB_GROUP = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'also', 'then', 'first', 'finally', 'reportedly', 'eventually', 'briefly', 'last']);

/** How many words a relative clause set off by commas may run before the verb it interrupts. */
const RELATIVE_REACH = 40;

/**
 * "Manuel Tavares Delgado, who steered Cape Verde through its first decade …, died on Sunday": the subject of a verb
 * right after a relative clause set off by commas is the name before the clause, not a name inside it; so is the
 * subject of the clause's own first verb ("Tavares Delgado, who died on October 4, …").
 */
function subjectBeforeRelative(ctx: ArgContext, i: number): MentionSpan | undefined {
  const w = ctx.view.words;
  let k = i - 1;
  while (k >= 0 && VERB_GROUP.has(w[k]!.lower)) k--;
  // "Tavares Delgado, who died on October 4": the verb of the clause itself
  if (k >= 2 && w[k]!.lower === 'who' && w[k - 1]!.text === ',') return ctx.mentions.find((m) => m.we === k - 1 && ACTOR_TYPES.has(m.mention.type));
  if (k < 1 || w[k]!.text !== ',') return undefined;
  for (let j = k - 1; j > 0 && k - j <= RELATIVE_REACH; j--) {
    if (w[j]!.text !== ',') continue;
    const opener = w[j + 1]?.lower;
    if (opener !== 'who' && opener !== 'whose') return undefined;
    return ctx.mentions.find((m) => m.we === j && ACTOR_TYPES.has(m.mention.type));
  }
  return undefined;
}

/** Nearest actor mention left of word i that is not the object of a preposition, within the clause. */
/** Determiners that open a noun phrase. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/**
 * Whether a clause opened between words `from` and the trigger verb at `i` has a subject of its own that names no one:
 * "Whyte told JNA, two days after the bank held its rate" (the bank holds it, not JNA). A clause-opening word, a
 * determiner, then one to three lowercase words (the noun and its auxiliaries) right before the verb.
 */
function unnamedClauseSubject(view: SentenceView, from: number, i: number): boolean {
  const w = view.words;
  for (let k = from; k < i - 2; k++) {
    if (!CLAUSE_PREPS.has(w[k]!.lower) || !DETERMINERS.has(w[k + 1]!.lower)) continue;
    const phrase = w.slice(k + 2, i);
    if (phrase.length >= 1 && phrase.length <= 3 && phrase.every((x) => !x.punct && x.text === x.lower && !PREPS.has(x.lower))) return true;
  }
  return false;
}

export function leftSubject(ctx: ArgContext, i: number): MentionSpan | undefined {
  const { view, mentions } = ctx;
  const w = view.words;
  const relative = subjectBeforeRelative(ctx, i);
  if (relative) return relative;
  const cands = mentions.filter((m) => m.we <= i && ACTOR_TYPES.has(m.mention.type));
  for (let c = cands.length - 1; c >= 0; c--) {
    const m = cands[c]!;
    // a speech verb or clause barrier between the mention and the trigger: another clause
    let blocked = false;
    for (let k = m.we; k < i; k++) {
      const lw = w[k]!.lower;
      if (BARRIERS.has(lw) || REPORTING.has(lw)) {
        blocked = true;
        break;
      }
    }
    if (blocked) return undefined;
    if (i - m.we > 15) return undefined;
    const before = w[m.lead - 1]?.lower ?? '';
    // "since Transport Minister Gamini Senanayake resigned": after a word that also opens a clause, a name right
    // before the trigger verb (an auxiliary or adverb between) is its subject, not a preposition's object
    const opensClause = CLAUSE_PREPS.has(before) && w.slice(m.we, i).every((x) => VERB_GROUP.has(x.lower));
    const inPP = !opensClause && (PREPS.has(before) || (before === 'the' && PREPS.has(w[m.lead - 2]?.lower ?? '')));
    const objectOfTrigger = ctx.triggerAt.has(m.lead - 1) || ctx.triggerAt.has(m.lead - 2);
    // "Putin's intention to visit": the possessor of an intention is the subject of what it intends
    const intent = isPossessive(view, m) && INTENT_NOUNS.has(w[m.we + (w[m.we]?.lower === "'s" ? 1 : 0)]?.lower ?? '');
    if (!intent && (inPP || objectOfTrigger || isPossessive(view, m))) continue;
    // "X told Y (that) he was willing to visit": Y is spoken to, and the speaker, across the speech verb, is out of
    // reach; but in "told Y to visit" Y is the one asked to act
    if (addressee(view, m) && w.slice(m.we, i).some((x) => CLAUSE_OPENERS.has(x.lower))) return undefined;
    return m;
  }
  return undefined;
}
