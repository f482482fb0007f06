/**
 * A cheap rule-based tense detector. Past or future decides which Sunday "on Sunday" means, so we read
 * the verbs near the expression in its sentence: the closest tense cue wins ("said on Sunday" → past,
 * "will meet on Sunday" → future). A present-simple schedule ("takes up the post on Monday") reads as the
 * future; other present tense and no cue both give "unknown".
 */

import { MONTHS, WEEKDAYS } from './lexicon.js';
import { isAsciiLetter } from '../text/chars.js';
import { SAYING_WORDS } from './statement.js';

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', "won't", 'wont', 'upcoming', 'tomorrow', 'next', 'planned', 'plans', 'plan',
  'scheduled', 'expected', 'expects', 'expect', 'intends', 'intend', 'hopes', 'hope', 'aims', 'due', 'forthcoming',
  'later', 'would', 'going', 'planning', 'must', 'set', 'likely', 'unlikely', 'should',
]);

const PAST_IRREGULAR = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'took', 'made', 'gave', 'held', 'led', 'left',
  'saw', 'won', 'lost', 'sent', 'spoke', 'began', 'became', 'brought', 'thought', 'found', 'fell', 'rose', 'struck',
  'kept', 'paid', 'sold', 'bought', 'wrote', 'ran', 'got', 'knew', 'grew', 'broke', 'chose', 'drove', 'flew',
  'fought', 'heard', 'meant', 'stood', 'taught', 'understood', 'wore', 'woke', 'ate', 'felt', 'built', 'spent',
  'ago', 'yesterday', 'last', 'earlier', 'previously', 'former', 'arrived', 'announced', 'been', 'died',
  "didn't", "wasn't", "weren't", "hadn't", 'quit', 'shot', 'sought', 'swore', 'withdrew', 'overtook', 'slid',
  'laid', 'swept', 'sank', 'drew', 'threw', 'hung', 'sat', 'stuck', 'tore', 'dealt', 'shook', 'froze', 'hid', 'dug',
  'fled', 'knelt', 'lent', 'overcame', 'overran', 'overthrew', 'rang', 'shone', 'shrank', 'sprang', 'strode',
  'swung', 'undertook', 'upheld', 'withheld', 'lit', 'rode', 'bore', 'clung', 'crept', 'forbade', 'mistook',
  'blew', 'stole', 'slept', 'sang', 'drank', 'forgot', 'spun', 'wept', 'bled', 'sped', 'oversaw', 'misled', 'rebuilt',
]);

/** Future cues that are also nouns ("the plan", "their hopes"). */
const PLAN_NOUNS = new Set(['plan', 'plans', 'hope', 'hopes', 'aims']);

/** Modals of possibility: what they make possible lies ahead. */
const POSSIBILITY = new Set(['could', 'may', 'might']);
/** Words after a modal of possibility that make it look back ("could have left") or deny an ability ("could not"). */
const POSSIBILITY_NOT_AHEAD = new Set(['have', 'not', "n't", 'never', 'well', 'be']);

/** Past forms that are also the base form ("hit", "cut"): past only when no modal or "to" comes before. */
const AMBIGUOUS_PAST = new Set(['hit', 'cut', 'put', 'spread', 'shut', 'split', 'cast', 'burst', 'cost', 'hurt', 'beat']);
const BASE_FORM_BEFORE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'ll", 'not', "n't", 'did', 'does', 'do', "didn't", "doesn't", "don't", 'cannot']);

/** -ed words that are not past-tense verbs. */
const NOT_PAST_ED = new Set([
  'need', 'speed', 'indeed', 'seed', 'feed', 'breed', 'bed', 'red', 'hundred', 'united', 'limited', 'based',
  'related', 'interested', 'concerned', 'supposed', 'used', 'proposed', 'planned', 'scheduled', 'expected',
  'intended', 'anticipated', 'detailed', 'advanced', 'armed', 'sacred', 'wicked', 'naked', 'shed', 'wed', 'fled',
]);

const UNIT_PLURALS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

const ADVERBS = new Set(['not', "n't", 'also', 'still', 'now', 'widely', 'already', 'originally', 'initially', 'tentatively']);

/** Words before an -ed form that make it an adjective ("the stranded villages", "its delayed report"), not a past tense. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'some', 'many', 'several', 'all', 'newly', 'recently']);

/**
 * Present-simple schedules ("takes up the post on Monday", "Tallis visits Riga on Friday"): news prose
 * uses the present simple of a dated act for an arrangement still ahead. Read only where the -s form is
 * plainly a verb: after a subject word (a name or a noun, not a determiner, preposition or possessive)
 * and before an object or particle, so plural nouns ("peace talks on Monday", "rescue teams reach") stay out.
 */
const OBJECT_START = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'up', 'off', 'over', 'out', 'office', 'power', 'charge', 'part', 'place']);
const NOT_SUBJECT_END = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'of', 'in', 'on', 'at', 'for',
  'to', 'from', 'by', 'with', 'and', 'or', 'as', 'than', 'about', 'into', 'some', 'many', 'several', 'all', 'no', 'any', 'two', 'three',
  'it', 'what', 'which', 'when', 'where', 'if', 'is', 'are', 'was', 'were', 'be', 'not',
  'already', 'currently', 'still', 'now', 'one', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'amid', 'over', 'after', 'before', 'under', 'among', 'against', 'despite', 'during', 'through', 'without', 'within', 'between',
]);
/** -s forms that report rather than schedule, or are rarely verbs before an object. */
const NOT_SCHEDULE_S = new Set([
  'reports', 'adds', 'writes', 'notes', 'claims', 'states', 'news', 'means', 'has', 'does', 'goes', 'always', 'perhaps', 'whereas',
  'towards', 'afterwards', 'sometimes', 'besides', 'thus', 'plus', 'hours', 'days', 'weeks', 'months', 'years', 'estimates', 'believes',
  'thinks', 'shares', 'points', 'times', 'cents', 'dollars', 'units',
]);

/** A capitalised word that is itself a date ("shares Thursday", "aides Wednesday"): no evidence that the -s word before it is a verb. */
const isDateWord = (w: string): boolean => w in WEEKDAYS || w in MONTHS || w === 'today' || w === 'tomorrow' || w === 'yesterday';

/**
 * Verbs of a timetable (opening, starting, travelling, meeting): in the present they schedule even before
 * a preposition ("begins in Lusaka on Monday", "heads to Riga on Friday", "reopens on Friday"), where
 * another -s word could be a plural noun ("peace talks on Monday"). Third-person and plural forms.
 */
const TIMETABLE_S = new Set([
  'begins', 'opens', 'reopens', 'starts', 'resumes', 'closes', 'ends', 'heads', 'travels', 'flies', 'leaves', 'departs', 'arrives',
  'returns', 'meets', 'convenes', 'reconvenes', 'goes', 'sails', 'lands', 'kicks', 'gets', 'sits', 'holds', 'hosts', 'takes',
]);
const TIMETABLE_BASE = new Set([
  'begin', 'open', 'reopen', 'start', 'resume', 'close', 'head', 'travel', 'fly', 'leave', 'depart', 'arrive', 'return', 'meet',
  'convene', 'reconvene', 'go', 'sail', 'land', 'gather', 'hold', 'host',
]);
const TIMETABLE_NEXT = new Set(['to', 'in', 'on', 'at', 'for', 'from', 'off', 'under']);

export interface Word {
  readonly w: string;
  readonly raw: string;
  readonly pos: number;
  /** Punctuation (a comma, a dash) between this word and the one before it. */
  readonly afterPunct: boolean;
}

/**
 * An -ing form that is a verb, not a noun subject: one opening a participle clause (", tearing roofs off
 * houses") or after anything but a determiner. "The meeting takes place" keeps its subject.
 */
function isParticiple(prevWord: Word, prev2: Word | undefined): boolean {
  return prevWord.w.length > 4 && prevWord.w.endsWith('ing') && (prevWord.afterPunct || !prev2 || !DETERMINERS.has(prev2.w));
}

function isScheduledPresent(w: string, raw: string, prevWord: Word | undefined, next: Word | undefined, prev2?: Word): boolean {
  // "the new charges, Canadian officials said": a verb and its object are not split by punctuation
  if (raw[0] !== w[0] || !prevWord || !next || next.afterPunct) return false;
  // a relative pronoun is a timetable verb's subject ("the museum, which reopens Saturday")
  const relative = (prevWord.w === 'which' || prevWord.w === 'who') && TIMETABLE_S.has(w);
  if ((NOT_SUBJECT_END.has(prevWord.w) && !relative) || prevWord.w.endsWith("'s") || /^\d/.test(prevWord.w)) return false;
  // "tearing roofs off houses", "bringing homes down": the -s word is the participle's object
  if (isParticiple(prevWord, prev2)) return false;
  // "the leaders meet in Riga on Monday", "voters go to the polls": a plural subject right before
  if (TIMETABLE_BASE.has(w)) return prevWord.w.endsWith('s') && !prevWord.w.endsWith('ss') && (TIMETABLE_NEXT.has(next.w) || OBJECT_START.has(next.w));
  if (w.length < 4 || !w.endsWith('s') || /(?:ss|us|is|ics)$/.test(w)) return false;
  if (NOT_SCHEDULE_S.has(w) || SAYING_WORDS.has(w)) return false;
  // "the museum, which reopens Saturday": a timetable verb right before its day
  if (TIMETABLE_S.has(w) && (TIMETABLE_NEXT.has(next.w) || (isDateWord(next.w) && next.raw[0] !== next.w[0]))) return true;
  return OBJECT_START.has(next.w) || (next.raw[0] !== next.w[0] && next.w !== 'i' && !isDateWord(next.w));
}

/** What "due" takes when it schedules: "due on Monday", "due to arrive", "due in Riga", "due back". */
const DUE_NEXT = new Set(['on', 'to', 'in', 'at', 'for', 'back']);

/** Words after "was"/"were" that make it a plan rather than a past act ("were planning to"). */
const PLAN_AFTER_BE = new Set(['planning', 'going', 'due', 'scheduled', 'set', 'about', 'supposed', 'preparing', 'expected']);

const PRONOUN_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that']);
const AGENT_START = new Set(['the', 'his', 'her', 'its', 'their', 'our']);

/**
 * An -ed form right after a noun and before "by the …" is a passive participle, not a past tense: "new
 * markets untouched by the crisis", "villages cut off by the floods". After a pronoun ("they camped by the
 * river") it stays a verb, and an amount after "by" ("sales increased by 5%") is no agent.
 */
function reducedPassive(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const by = words[i + 1];
  const agent = words[i + 2];
  if (!prev || !by || !agent || by.w !== 'by' || by.afterPunct || words[i]!.afterPunct) return false;
  return AGENT_START.has(agent.w) && prev.raw === prev.w && !PRONOUN_SUBJECTS.has(prev.w) && !BE_AUX.has(prev.w);
}

/** Words that open the object of "planned"/"expected" ("planned a rally", "expected its ruling"). */
const PLAN_OBJECT_START = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'another', 'more', 'new']);

const BE_AUX = new Set(['is', 'are', 'am', 'be', 'being', "'s", "'re", 'will', 'to', 'get', 'gets', 'become']);
/** Forms of "be"/"get" other than BE_AUX after which a form like "beat" or "hit" is a participle. */
const PARTICIPLE_AUX = new Set(['getting', 'got', 'gotten', 'been', 'was', 'were']);

export interface Cue {
  readonly pos: number;
  /** Where the cue word ends: a cue before an expression is as far from it as its last letter. */
  readonly end: number;
  readonly tense: 'past' | 'future';
  /** A verb of saying: it dates the statement, so it only decides for the statement's own time. */
  readonly saying?: boolean;
  /** A past plan ("planned to leave"): future for what follows it, past for a date before it. */
  readonly pastBefore?: boolean;
  /** A plan overtaken ("had been set for Friday"): its day is the nearest one, either side of the report. */
  readonly nearest?: boolean;
}

/** A code unit of a word here: an ASCII letter or an apostrophe. */
function isWordUnit(c: number): boolean {
  return isAsciiLetter(c) || c === 39;
}

const SPACE_RE = /\s/;

/** Whether text[from, to) holds a code unit other than whitespace (as JavaScript's `\s` reads it). */
function anyNonSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE_RE.test(text[k]!)) return true;
  }
  return false;
}

/**
 * The words of text[start, end) for the cue scan: runs of [A-Za-z'] that start before `end` (a run may go
 * on past it), each with whether anything but whitespace stands between it and the word before (or
 * `start`). Read without a regex match or a slice of the gap per word.
 */
export function sentenceWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let prevEnd = start;
  for (let p = start; p < end; ) {
    if (!isWordUnit(text.charCodeAt(p))) {
      p++;
      continue;
    }
    const a = p;
    while (p < text.length && isWordUnit(text.charCodeAt(p))) p++;
    const raw = text.slice(a, p);
    words.push({ w: raw.toLowerCase(), raw, pos: a, afterPunct: anyNonSpace(text, prevEnd, a) });
    prevEnd = p;
  }
  return words;
}

/** Tense cues of one sentence, as positions (character offsets) so the closest one to an expression can win. */
export function tenseCues(text: string, start: number, end: number): Cue[] {
  const cues: Cue[] = [];
  // one scan over the sentence's words; each word sees the one before and the one after it
  const words = sentenceWords(text, start, end);
  for (let i = 0; i < words.length; i++) {
    const { w, raw, pos } = words[i]!;
    // "is not expected", "is still planned": an adverb between the auxiliary and the participle
    const skip = ADVERBS.has(words[i - 1]?.w ?? '') ? 1 : 0;
    const prev = words[i - 1 - skip]?.w ?? '';
    const prev2 = words[i - 2 - skip]?.w ?? '';
    const next = words[i + 1]?.w;
    // "as planned", "as scheduled", "as expected": the plan, not a past tense ("would start as planned on Wednesday")
    if (words[i - 1]?.w === 'as' && w.endsWith('ed')) continue;
    if (RESCHEDULED.has(w) && movedAhead(words, i)) {
      // "postponed the hearing to Thursday", "put off until next week": the new time lies ahead (a date before the
      // verb dates the act: "On Friday the court adjourned the trial to Monday")
      cues.push({ pos, end: pos + raw.length, tense: 'future', pastBefore: true });
    } else if ((w === 'planned' || w === 'scheduled' || w === 'slated') && next === 'for') {
      // "a march planned for Thursday": the time of the plan, ahead
      cues.push(planFor(pos, pos + raw.length, prev, prev2));
    } else if (FUTURATE_ING.has(w) && PROGRESSIVE_BE.has(prev)) {
      // "is visiting Tokyo on Monday": a present progressive of an arrangement is its coming day (news reports
      // what goes on now in other words: "are searching", "is investigating")
      cues.push({ pos, end: pos + raw.length, tense: 'future' });
    } else if (POSSIBILITY.has(w) && raw === w && next !== undefined && !POSSIBILITY_NOT_AHEAD.has(next)) {
      // "could take effect as early as January", "may resume on Monday": a possibility lies ahead ("could have left",
      // "could not attend" look back); a time before the modal dates something else ("on Tuesday said the US may")
      cues.push({ pos, end: pos + raw.length, tense: 'future', pastBefore: true });
    } else if (w === 'to' && (prev === 'is' || prev === 'are')) {
      // "is to meet", "are to sign": an arrangement, so the future
      cues.push({ pos, end: pos + raw.length, tense: 'future' });
    } else if (FUTURE_WORDS.has(w)) {
      if (w === 'going' && next !== 'to') continue;
      // "due Tuesday", "due next week" schedule too
      if (w === 'due' && !DUE_NEXT.has(next ?? '') && !isDateWord(next ?? '') && next !== 'next' && next !== 'this') continue;
      if (w === 'hope' && next !== 'to') continue;
      // "rejected the plan on Tuesday", "Cyprus's plans": a noun after a determiner or a possessive is no plan of
      // the clause's verb ("the plan to hold a vote on Sunday" still looks ahead)
      if (PLAN_NOUNS.has(w) && (DETERMINERS.has(prev) || prev.endsWith("'s")) && next !== 'to' && next !== 'for') continue;
      if (w === 'should' && next === 'have') continue;
      // "we would have gone home on Monday", "must have left on Friday": a past that did not happen, or inferred, is past
      if ((w === 'would' || w === 'must') && next === 'have') {
        cues.push({ pos, end: pos + raw.length, tense: 'past' });
        continue;
      }
      if (w === 'planning' && next !== 'to') continue;
      if (w === 'set' && next !== 'to') {
        // "set Friday as the deadline", "when she set aside her plans": a past act, unless "set" is a
        // participle ("is set for", "the vote, set for March 10": a schedule; "a deadline set by the bank") or a
        // base form ("will set", "to set")
        if (next === 'for') cues.push(planFor(pos, pos + raw.length, prev, prev2));
        else if (next !== 'by' && !BE_AUX.has(prev) && prev !== 'been' && prev !== 'has' && prev !== 'have' && !BASE_FORM_BEFORE.has(prev) && !DETERMINERS.has(prev)) {
          cues.push({ pos, end: pos + raw.length, tense: 'past' });
        }
        continue;
      }
      // "three days later" counts on from a date already told, so it says nothing of the clause's tense
      if (w === 'later' && UNIT_PLURALS.has(prev)) continue;
      // "had been due to expire", "had been scheduled": a plan that lay ahead of a past time
      const pastPlan = pastPerfect(prev, prev2);
      // "planned a rally on Saturday", "expected a ruling Friday": the plan is past, what it plans lies ahead
      const plansObject = (w === 'planned' || w === 'expected') && PLAN_OBJECT_START.has(next ?? '');
      if (pastPlan || ((w === 'planned' || w === 'expected') && !BE_AUX.has(prev) && next !== 'to' && !plansObject)) {
        cues.push({ pos, end: pos + raw.length, tense: 'past' });
      } else if ((w === 'planned' || w === 'expected') && !BE_AUX.has(prev)) {
        // "planned to leave on Thursday" looks ahead; "On Friday, the government planned to ..." dates the plan
        cues.push({ pos, end: pos + raw.length, tense: 'future', pastBefore: true });
      } else if (w !== 'last' && w !== 'next') cues.push({ pos, end: pos + raw.length, tense: 'future' });
    } else if (AMBIGUOUS_PAST.has(w)) {
      // "getting beat up", "been hit", "being cut": a participle after "be"/"get", no past tense
      if (!BASE_FORM_BEFORE.has(prev) && !BE_AUX.has(prev) && !PARTICIPLE_AUX.has(prev)) cues.push({ pos, end: pos + raw.length, tense: 'past' });
    } else if (PAST_IRREGULAR.has(w)) {
      // "were planning to drive", "was due to arrive", "was about to leave": a plan, whose word decides
      if ((w === 'was' || w === 'were') && PLAN_AFTER_BE.has(next ?? '')) continue;
      // "will be held", "is being held": a participle after "be", not a past tense
      const passive = w !== 'been' && (BE_AUX.has(prev) || prev === 'been');
      if (w !== 'last' && !passive && !(w === 'been' && (prev === 'will' || prev2 === 'will'))) cues.push({ pos, end: pos + raw.length, tense: 'past', saying: SAYING_WORDS.has(w) });
    } else if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && raw[0] === w[0]) {
      // a participle after a form of "be" ("is expected", "to be held") or a determiner ("the stranded
      // villages") is not a past tense, nor is one after a determiner and an adverb ("a still unspecified date")
      if (!BE_AUX.has(prev) && !(prev === 'be' || prev2 === 'will') && !DETERMINERS.has(words[i - 1]?.w ?? '') && !(skip && DETERMINERS.has(prev)) && !reducedPassive(words, i)) {
        cues.push({ pos, end: pos + raw.length, tense: 'past', saying: SAYING_WORDS.has(w) });
      }
    } else if (isScheduledPresent(w, raw, words[i - 1], words[i + 1], words[i - 2])) {
      cues.push({ pos, end: pos + raw.length, tense: 'future' });
    }
  }
  return cues;
}

/** A past perfect before a plan word: "had set", "had been scheduled", "had been due". */
function pastPerfect(prev: string, prev2: string): boolean {
  return prev === 'had' || (prev === 'been' && prev2 === 'had');
}

/**
 * The cue of a plan for a time ("planned for Thursday", "is set for Friday"): ahead. A plan in the past perfect
 * ("had been set for Friday", "the strike they had planned for Friday") was overtaken by what the report tells, so
 * its day may be either side of the report: the nearest one (time 1.24).
 */
function planFor(pos: number, end: number, prev: string, prev2: string): Cue {
  return pastPerfect(prev, prev2) ? { pos, end, tense: 'past', nearest: true } : { pos, end, tense: 'future' };
}

/** Verbs that move a plan: the time after their "to"/"until"/"for" is the new one, ahead. */
const RESCHEDULED = new Set(['postponed', 'delayed', 'deferred', 'adjourned', 'rescheduled', 'pushed', 'put']);
/** Words a rescheduling verb's new time follows ("to Thursday", "until next week"); "for" only after "rescheduled" ("delayed for two hours" is a length). */
const NEW_TIME_SIGNAL = new Set(['to', 'until', 'till']);
/** How many words after the verb its new time's signal may stand ("postponed the second round of talks to"). */
const MOVED_REACH = 6;

/** Whether a rescheduling verb has its new time after it, in its clause ("pushed back to", "put off until"). */
function movedAhead(words: readonly Word[], i: number): boolean {
  const w = words[i]!.w;
  const particle = words[i + 1]?.w;
  // "pushed"/"put" move a plan only with their particle: "pushed back", "put off", "put back"
  if ((w === 'pushed' || w === 'put') && particle !== 'back' && particle !== 'off') return false;
  for (let k = i + 1; k <= i + MOVED_REACH && k < words.length; k++) {
    if (words[k]!.afterPunct) return false;
    if (NEW_TIME_SIGNAL.has(words[k]!.w) || (w === 'rescheduled' && words[k]!.w === 'for')) return true;
  }
  return false;
}

/** Arrangement verbs whose present progressive news uses for a coming day ("is visiting Tokyo on Monday"). */
const FUTURATE_ING = new Set([
  'visiting', 'meeting', 'travelling', 'traveling', 'flying', 'leaving', 'arriving', 'returning', 'hosting',
  'holding', 'attending', 'signing', 'launching', 'opening', 'heading', 'coming', 'going',
]);
const PROGRESSIVE_BE = new Set(['is', 'are', 'am', "'s", "'re"]);

const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;
/** Characters a clause break adds to a cue's distance: about two words. */
const CLAUSE_PENALTY = 12;
/** A subordinate clause opened between the cue and the time: its verb is another event's. */
const SUBORDINATOR = /\b(?:unless|if|because|although|though|whereas|while|when|after|before|until)\b/i;
/** A coordinator between a time and a verb after it: the verb heads the next conjunct. */
const COORDINATOR = /\b(?:and|but)\b/i;
/** Characters a subordinate clause adds to a cue's distance: about six words. */
const SUBORDINATE_PENALTY = 36;

/**
 * The tense of the clause around [start,end): the closest cue, future winning a tie. Verbs of saying
 * are skipped: "will visit on Tuesday, the ministry said" is a future Tuesday (a statement's own date
 * is found by isStatementTime instead).
 */
export function tenseAt(cues: readonly Cue[], start: number, end: number, text?: string): Tense {
  // "the warning it lifted on Thursday would not be reissued": the verb right before the day governs it
  const governor = text === undefined ? null : governingCue(cues, start, text);
  if (governor) return governor.tense;
  let best: Cue | null = null;
  let bestDist = Infinity;
  for (const c of cues) {
    if (c.saying || (c.pos >= start && c.pos < end)) continue;
    const gap = c.pos < start ? start - c.end : c.pos - end;
    // a verb in another clause ("who was elected on Wednesday, will be installed") counts for less
    const between = text === undefined ? '' : c.pos < start ? text.slice(c.end, start) : text.slice(end, c.pos);
    // "voted on Tuesday night and will meet again Friday": a verb after "and"/"but" is the next conjunct's
    const conjunct = c.pos >= end && COORDINATOR.test(between) ? CLAUSE_PENALTY : 0;
    const d = gap + (CLAUSE_BREAK.test(between) ? CLAUSE_PENALTY : 0) + (SUBORDINATOR.test(between) ? SUBORDINATE_PENALTY : 0) + conjunct;
    if (d < bestDist || (d === bestDist && c.tense === 'future')) {
      best = c;
      bestDist = d;
    }
  }
  if (best?.pastBefore && best.pos >= end) return 'past';
  if (best?.nearest) return 'unknown';
  return best ? best.tense : 'unknown';
}

/** What may stand between a verb and the day it governs: "lifted on Thursday", "left late on Friday", "struck Monday". */
const GOVERNED_GAP = /^\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** Plan words, whose tense cue speaks of the plan, not of the day ("a ruling expected on Thursday"). */
const PLAN_CUE = new Set(['expected', 'planned', 'scheduled', 'slated', 'set', 'due']);
/** Words before a participle that make it a condition or a time ahead, not a past act ("if approved on Friday"). */
const CONDITION_BEFORE = new Set(['if', 'once', 'unless', 'when', 'until', 'whether']);

/**
 * The verb that governs the time at `start`: a tense cue right before it, with only "on" (and "late"/"early")
 * between ("the red warning it lifted on Thursday would not be reissued", "which had been set for Friday" through
 * its own cue). It decides over a modal or future verb of another clause after the time, which the nearest-cue rule
 * would take (time 1.24). A verb of saying is no governor (a statement's date is found elsewhere), nor a plan word,
 * nor a participle after "if"/"once"/"when".
 */
function governingCue(cues: readonly Cue[], start: number, text: string): Cue | null {
  const c = cues.findLast((q) => q.end <= start);
  if (!c || c.saying || !GOVERNED_GAP.test(text.slice(c.end, start))) return null;
  const word = text.slice(c.pos, c.end).toLowerCase();
  if (PLAN_CUE.has(word)) return null;
  const before = /([A-Za-z']+)\s*$/.exec(text.slice(Math.max(0, c.pos - 12), c.pos));
  if (before && CONDITION_BEFORE.has(before[1]!.toLowerCase())) return null;
  return c;
}
