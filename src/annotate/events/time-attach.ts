/**
 * Where a time of a sentence does not reach an event trigger before it (attachTime, refiners.ts): the word tests the
 * English time attachment shares, and the rules of events 1.121.0 that keep a time from a trigger it does not date.
 */
import { REPORTING } from './cues.js';
import { wordAt, type SentenceView } from '../text/token-view.js';

type Words = SentenceView['words'];

/** Whether a word of w[from, to) is one of `words`. */
export function anyWordIn(w: Words, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(w[k]!.lower)) return true;
  return false;
}

/**
 * "returned to service on Monday, two weeks after an engine fire": a trigger after "after", "before", "since" or
 * "until" is the event the time is measured from, not one that happens at it.
 */
export const ANCHORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'following']);

/** Irregular past forms of verbs that are no trigger and date what they do ("cars built in 2023", "a fee paid in May"). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['built', 'made', 'sold', 'paid', 'written', 'sent', 'found', 'seen', 'given', 'brought', 'bought', 'won', 'lost', 'left', 'kept', 'spent', 'known', 'drawn', 'shown', 'grown', 'thrown', 'caught', 'taught', 'dug', 'hung']);

/**
 * Past forms that time the event they go with: its schedule ("planned for May"), its change ("postponed to
 * Friday") or its course ("began on Monday", "held in Oslo in June").
 */
export const EVENT_TIMING: ReadonlySet<string> = new Set([
  'scheduled', 'planned', 'slated', 'expected', 'due', 'set', 'fixed', 'postponed', 'delayed', 'rescheduled', 'moved', 'pushed', 'advanced', 'called',
  'held', 'began', 'begun', 'started', 'ended', 'opened', 'closed', 'concluded', 'resumed', 'finished', 'happened', 'occurred', 'staged', 'launched', 'completed',
  'extinguished', 'contained', 'lifted', 'suspended', 'halted', 'cancelled', 'canceled', 'abandoned', 'scrapped',
]);

/**
 * Past forms that bring about the noun right before them: "a staff-level agreement reached in early April", "a ban imposed
 * in March" date the agreement and the ban (events 1.121.0); after another word they date what they do.
 */
export const REALISING: ReadonlySet<string> = new Set(['reached', 'imposed', 'signed']);

/** A regular or an irregular past form ("mooted", "built"); not "-eed" words ("agreed", "proceed"). */
export function looksPast(lower: string): boolean {
  return /^[a-z]{2,}[^e]ed$/.test(lower) || IRREGULAR_PAST.has(lower);
}

/** Words of likelihood: "A strike is now likely" says when the odds stand, not when the strike is. */
export const LIKELIHOOD: ReadonlySet<string> = new Set(['likely', 'unlikely', 'possible', 'probable', 'inevitable', 'certain', 'doubtful', 'uncertain']);

/** Finite verbs (besides past forms) that may follow a subject and its insertion: "Nightjar, the group behind …, has". */
const FINITE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);

/** How many words the subject before an insertion may have ("The curfew", "Nightjar", "The state oil company"). */
const SUBJECT_WORDS = 5;

/**
 * "The curfew, ordered on the night of the march, ended at 5 a.m. on Wednesday", "Nightjar, the group behind the attack,
 * posted … last week": a trigger inside the insertion between the sentence's subject and its verb is not dated by a time
 * of the main clause after the insertion. The subject is the sentence's first words up to its first comma, with no verb
 * form among them and no dateline or fronted time ("MELBOURNE, April 8", "On Monday,"); the insertion holds no other
 * punctuation; a finite verb follows its closing comma.
 */
function inSubjectInsertion(w: Words, wi: number, tw: number): boolean {
  let open = -1;
  for (let j = 0; j < wi && open < 0; j++) if (w[j]!.lower === ',') open = j;
  if (open < 1 || open > SUBJECT_WORDS) return false;
  for (let j = 0; j < open; j++) {
    const x = w[j]!;
    if (x.punct || looksPast(x.lower) || REPORTING.has(x.lower) || FRAME_WORDS.has(x.lower) || /\d/.test(x.text) || (x.text.length > 1 && x.text === x.text.toUpperCase())) return false;
  }
  let close = -1;
  for (let j = open + 1; j < tw && close < 0; j++) {
    if (w[j]!.lower === ',') close = j;
    else if (w[j]!.punct && !w[j]!.lower.startsWith("'")) return false;
  }
  if (close <= wi) return false;
  const verb = w[close + 1]?.lower ?? '';
  return looksPast(verb) || FINITE.has(verb);
}

/** Words that open a sentence's frame, not its subject ("On Monday,", "In 2019,", "After the vote,"). */
const FRAME_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'as', 'if', 'when', 'while', 'however', 'meanwhile', 'earlier', 'later']);

/** Words a clause that takes a "that" complement ends with ("said that", "warned that", "so that"): no noun a relative clause hangs on. */
const THAT_TAKERS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'warned', 'warns', 'believe', 'believes', 'believed', 'hope', 'hopes', 'hoped', 'agreed', 'agree', 'agrees', 'announced', 'confirmed', 'denied',
  'insisted', 'ruled', 'decided', 'argued', 'feared', 'fears', 'showed', 'shows', 'means', 'meant', 'claimed', 'claims', 'suggested', 'suggests', 'stated', 'added',
  'noted', 'so', 'such', 'now', 'given', 'clear', 'sure', 'likely', 'possible', 'unlikely', 'fact', 'news', 'ensure', 'ensured', 'expects', 'expected', 'think', 'thinks',
  'know', 'knows', 'knew', 'told', 'tells', 'reported', 'reports', 'acknowledged', 'admitted', 'estimated', 'found', 'concluded', 'than', 'and', 'or', 'but',
]);

/** Verbs that open a relative clause with a tense of its own: "that began in January", "that takes effect in June". */
const RELATIVE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'takes', 'took', 'begins', 'began', 'starts', 'started', 'ends', 'ended', 'comes', 'came',
  'runs', 'ran', 'expires', 'broke', 'sank', 'struck', 'hit', 'killed', 'left',
]);

/**
 * "The deal … ends the dispute that began in January": a time inside a relative clause opened by "that" after another
 * noun than the trigger, with its own verb and no trigger between, dates that clause (and its noun), not the trigger
 * before it. The trigger's own relative clause keeps it ("the strike that began on Monday").
 */
function inRelativeClause(w: Words, wi: number, tw: number, triggers: ReadonlySet<number>): boolean {
  // (the head noun is another than the trigger's: not the noun right after it, "a refuelling outage that began on January 20")
  for (let r = tw - 1; r > wi + 2; r--) {
    if (triggers.has(r)) return false;
    if (w[r]!.lower !== 'that') continue;
    const head = w[r - 1]!;
    if (triggers.has(r - 1) || head.punct || head.text !== head.lower || THAT_TAKERS.has(head.lower) || REPORTING.has(head.lower) || looksPast(head.lower)) return false;
    const verb = w[r + 1]?.lower ?? '';
    return looksPast(verb) || RELATIVE_VERBS.has(verb) || EVENT_TIMING.has(verb);
  }
  return false;
}

/** Verbs that change an event's scope; the event began before ("widened the recall on Wednesday"). */
const SCOPE_VERBS: ReadonlySet<string> = new Set(['widened', 'widens', 'widen', 'expanded', 'expands', 'expand', 'extended', 'extends', 'extend', 'broadened', 'broadens', 'broaden', 'narrowed', 'narrows', 'narrow']);
/** Words that may open a noun phrase before its noun: determiners and possessive pronouns. */
const PHRASE_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Words that may stand between a verb and its object noun: PHRASE_LEAD and a possessive's ending. */
const OBJECT_LEAD: ReadonlySet<string> = new Set([...PHRASE_LEAD, "'s", "'"]);
/** How far before its object noun a scope verb may stand ("widened its nationwide recall": three words). */
const SCOPE_REACH = 4;
/** Words that open a new end or bound: "extended the curfew until Monday" dates the curfew's new end. */
const NEW_END: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'into']);

/**
 * "Kessler widened the recall on Wednesday to its Lindo compact": a time right after the object of a verb that changes
 * an event's scope is the change's day, not the event's (it began before); a new end ("until Monday") is the event's.
 */
function scopeChanged(w: Words, wi: number, tw: number): boolean {
  if (NEW_END.has(w[tw - 1]?.lower ?? '')) return false;
  for (let j = wi - 1; j >= Math.max(0, wi - SCOPE_REACH); j--) {
    const lower = w[j]!.lower;
    if (SCOPE_VERBS.has(lower)) return true;
    if (w[j]!.punct && !lower.startsWith("'")) return false;
    if (!OBJECT_LEAD.has(lower) && (lower !== w[j]!.text || looksPast(lower))) return false;
  }
  return false;
}

/** Nouns of a time of day: "before dawn on Friday" is a time, not a noun it dates. */
const DAY_PARTS: ReadonlySet<string> = new Set(['dawn', 'daybreak', 'noon', 'midday', 'midnight', 'sunrise', 'sunset', 'nightfall', 'dusk', 'lunch', 'lunchtime']);
/** Prepositions that may stand between a noun and its time ("its planned start on April 1"). */
const NOUN_TIME_PREPS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'of']);

/**
 * "suspended the ban days before its planned start on April 1": a time right after the noun phrase of an "after",
 * "before" or "since" phrase (a determiner, at most two modifiers, a noun that is no trigger) dates that noun, not a
 * trigger before the phrase.
 */
function datesAnchoredNoun(w: Words, wi: number, tw: number, triggers: ReadonlySet<number>): boolean {
  let k = tw - 1;
  if (NOUN_TIME_PREPS.has(w[k]?.lower ?? '')) k--;
  const noun = w[k];
  if (!noun || k <= wi || triggers.has(k) || noun.punct || noun.text !== noun.lower || DAY_PARTS.has(noun.lower) || looksPast(noun.lower)) return false;
  let j = k - 1;
  for (let n = 0; n < 2 && j > wi && !PHRASE_LEAD.has(w[j]!.lower) && !ANCHORS.has(w[j]!.lower) && /^[a-z][a-z-]*$/.test(w[j]!.text) && !triggers.has(j); n++) j--;
  if (PHRASE_LEAD.has(w[j]?.lower ?? '')) j--;
  return j > wi && ANCHORS.has(w[j]!.lower) && w[j]!.lower !== 'until';
}

/** Verbs that declare a state of their object ("declared the clean-up complete"). */
const DECLARING: ReadonlySet<string> = new Set(['declared', 'declares', 'declare', 'pronounced', 'pronounces', 'deemed', 'deems', 'ruled', 'rules']);
/** Predicates of such a small clause: what the object is declared to be. */
const DECLARED_STATES: ReadonlySet<string> = new Set(['complete', 'completed', 'over', 'finished', 'done', 'ended', 'safe', 'closed', 'open', 'contained', 'resolved', 'illegal', 'unlawful', 'lawful', 'legal', 'valid', 'invalid', 'void']);
/** How far before the trigger its declaring verb may stand ("declared the clean-up of the oil spill off Sfax complete"). */
const DECLARING_REACH = 8;

/**
 * "Tunisia declared the clean-up of the oil spill off Sfax complete on Tuesday": a time right after the predicate of a
 * small clause ("complete", "over", "safe") is the declaring verb's day, not that of a trigger hung on the object's head
 * by "of" (the spill). The head itself keeps it: "declared the outbreak over on Friday" dates the outbreak's end.
 */
function smallClauseTime(w: Words, wi: number, tw: number): boolean {
  let k = tw - 1;
  if (TIME_PREPS_AFTER_STATE.has(w[k]?.lower ?? '')) k--;
  if (k <= wi || !DECLARED_STATES.has(w[k]!.lower)) return false;
  let hung = false;
  for (let j = wi - 1; j >= Math.max(0, wi - DECLARING_REACH); j--) {
    if (DECLARING.has(w[j]!.lower)) return hung;
    if (w[j]!.punct) return false;
    if (w[j]!.lower === 'of') hung = true;
  }
  return false;
}
const TIME_PREPS_AFTER_STATE: ReadonlySet<string> = new Set(['on', 'in', 'at']);

/**
 * Whether a time at word tw does not reach the trigger at word wi before it, by the rules of events 1.121.0: the trigger
 * stands inside the subject's insertion, before a relative clause with a time of its own, as the object of a verb that
 * changes its scope or declares its state, or before an "after/before" phrase whose noun the time dates.
 */
export function timeNotReaching(w: Words, wi: number, tw: number, triggers: ReadonlySet<number>, noun: boolean): boolean {
  return inSubjectInsertion(w, wi, tw) || inRelativeClause(w, wi, tw, triggers) || (noun && scopeChanged(w, wi, tw)) || datesAnchoredNoun(w, wi, tw, triggers) || smallClauseTime(w, wi, tw);
}

/** A time that counts days from an anchor: "the day after", "two weeks before", "a month after". */
const COUNTED_FROM = /^(?:the|a|one|two|three|four|five|six|seven|several|a few)\s+(?:day|days|week|weeks|month|months|night|morning|evening)\s+(?:after|before)$/i;
/** Words that open the noun phrase of an event the count starts from ("the vote", "its launch"). */
const EVENT_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * "following talks that began the day after the vote": a time that counts from the noun phrase right after it counts
 * from an event whose day the sentence does not give; the time layer reads it from the day in focus (here the report's
 * last day named), so it dates no event (events 1.121.0). "the day after Christmas" is a time of its own (no determiner).
 */
export function countedFromEvent(text: string, t: { readonly start: number; readonly end: number }, w: Words): boolean {
  if (!COUNTED_FROM.test(text.slice(t.start, t.end))) return false;
  const next = w[wordAt(w, t.end)];
  return next !== undefined && next.start >= t.end && EVENT_LEAD.has(next.lower);
}

/** Prepositions that open a time after an insertion's closing comma ("…, on Saturday, June 13"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'by', 'in', 'from']);

/**
 * "will try to refloat the bulk carrier Kestrel Bay, aground on a reef off Suva since June 2, on Saturday, June 13": the
 * words of a phrase set off by commas between a trigger's object and a time after it describe the object, so they do
 * not count toward how far the time reaches back (events 1.123.0). The phrase opens with a comma after at least one word
 * of the object, closes with a comma right before the time (or before its preposition), holds no other punctuation,
 * no finite verb and no speech verb. Returns the number of words to discount (0 where there is no such phrase).
 */
export function describingInsertion(w: Words, wi: number, tw: number): number {
  const close = w[tw - 1]?.lower === ',' ? tw - 1 : TIME_PREPOSITIONS.has(w[tw - 1]?.lower ?? '') && w[tw - 2]?.lower === ',' ? tw - 2 : -1;
  if (close < 0) return 0;
  for (let j = close - 1; j > wi + 1; j--) {
    const x = w[j]!;
    if (x.lower === ',') return close - j + 1;
    if ((x.punct && !x.lower.startsWith("'")) || FINITE.has(x.lower) || REPORTING.has(x.lower)) return 0;
  }
  return 0;
}
