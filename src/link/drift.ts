/**
 * Drift and contradiction findings, each pointing at two evidence spans. Only pairs that involve the
 * newest report are looked at, so linking stays local to one story.
 *  - time: the time a tracked event is given changes from one report to the next ("soon" → "in the
 *    foreseeable future" → "on 8–9 April"); a contradiction when two specific dates cannot both hold.
 *  - quantity: an amount of the same thing changes (40 → 50 → "more than 60" companies; 13 vs 14
 *    agreements); a contradiction when two reports of the same day give amounts that cannot both hold.
 *    A rising count over days is drift, not a contradiction.
 *  - certainty: one source's claim changes its modal words ("intends" → "willing").
 *  - attribution: the same words credited to two different sources.
 *  - negation: what one source says is denied by another (or by itself later).
 */
import { escapeRegExp } from '../util/regexp.js';
import { daylessTime, daysBetween } from './days.js';
import { DEMAND_BEFORE, DENIAL_VERB, denialVerbPattern, negatedAt } from './negation.js';
import { appendedDenial, isBareDenial, otherLanguageDenialCue, REPORTED_OTHER } from './anaphoric-denial.js';
import { SAME_STATEMENT } from './claims.js';
import { INQUIRY_REPORT, isInquiry } from './families.js';
import { appendAll, minOf } from '../util/arrays.js';
import { intervalsOverlap, STATE_SHARE_UNIT, VOTE_UNIT } from './quantities.js';
import { scoreCorrections, voteScores, type ScoreSighting } from './vote-scores.js';
import { addTerms, cosine } from './terms.js';
import { OTHER_LANGUAGE_POSSIBILITY } from './possibility-words.js';
import { modalPhrases, samePhrase } from './certainty-phrases.js';
import { LIKELY_WORDS, OTHER_LANGUAGE_CAN, OTHER_LANGUAGE_UNLIKELY, otherLanguageWill, PORTUGUESE_POSSIBILITY, wordAlternation } from './certainty-levels.js';
import { amountAt, changedFrom, isConversion, isIncrement, isPartitive, isPartitiveWhole, isRate, isUncountedPart, lengthSlot, metricOf, NUMBER_WORD, numberOfPhrase, roundsTo, sameVagueFigure } from './count-slots.js';
import { otherGroups, otherInstances } from './count-groups.js';
import type { QuantityObservation } from './state.js';
import type { ClaimVersion, Evidence, Finding, FindingKind, StatusStep, StoryClaim, TrackedEvent } from './schema.js';
import { atPlanDay } from './plan-day.js';

/** Statements this alike, credited to different sources, are the same words re-attributed. */
export const SAME_WORDS = 0.6;
/** ...and they share at least this many content words (short claims are alike by accident). */
const SAME_WORDS_MIN_TERMS = 5;
/** Days within which two reported scores of a vote can be one meeting's. */
const VOTE_DAYS = 3;
/** Amounts of one unit further apart than this factor are different things (a trade total and a deal's value). */
const COMPARABLE_RATIO = 3;
/** The same, for two small counts that each name the same counted thing in the same words ("three homes" / "eleven homes"). */
const SAME_NOUN_RATIO = 5;
/** A count up to this is small: a ratio says little about it (three → eleven is eight more). */
const SMALL_COUNT = 10;

/** Words that carry a claim's certainty; versions with different sets drift in certainty. */
const CERTAINTY_WORDS = /\b(?:willing|ready|will|would|may|might|could|intends?|intended|intention|expects?|expected|likely|unlikely|possible|possibly|probably|hopes?|certain|definitely|considering|wants?)\b/gi;

/**
 * Word families a denial and the claim it denies share ("put off" / "no postponement"; "agreed" /
 * "no agreement"). A negated statement and a plain one about the same event that share a family conflict.
 */
const NEGATION_TOPICS: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }> = [
  { name: 'postpone', pattern: /\b(?:postpon\w*|put off|delay\w*|pushed back|rescheduled|scrub(?:bed|s)?)\b/i },
  { name: 'cancel', pattern: /\b(?:cancel\w*|called off|call off|scrapped)\b/i },
  { name: 'suspend', pattern: /\b(?:suspend\w*|halted|paused|stopped)\b/i },
  // talks come before an agreement: "confirming talks that it had denied" speaks to the talks, whatever was agreed since
  // (being in talks with someone, not talks as a venue: "return to talks", "the talks are expected to cover")
  // (talks held, and talks denied outright: "had held secret talks in Brazzaville" / "No talks have taken place")
  { name: 'talks', pattern: /\b(?:in (?:[\p{L}-]+ )?(?:talks|negotiations)|talking to|negotiating (?:with|a|an)|confirm\w* (?:the )?(?:talks|negotiations)|(?:held|holding|opened|opening)\s+(?:(?:secret|direct|indirect|informal|formal|fresh|new)\s+)?(?:talks|negotiations))\b|(?<=\bno\s+)(?:talks|negotiations)\b/iu },
  { name: 'agree', pattern: /\b(?:agree\w*|deal|signed|sign)\b/i },
  { name: 'visit', pattern: /\b(?:visit\w*|trip)\b/i },
  { name: 'strike', pattern: /\b(?:strike\w*|walkout)\b/i },
  // leaving an office: "offered to resign" / "has not offered his resignation" / "resigned on Tuesday"
  { name: 'resign', pattern: /\b(?:resign\w*|step(?:s|ped|ping)? down|stand(?:s|ing)? down|stood down)\b/i },
  { name: 'arrest', pattern: /\b(?:arrest\w*|detain\w*|charged)\b/i },
  // a cause told as an act on purpose: "was started deliberately" / "no evidence that it was set on purpose"
  { name: 'deliberate', pattern: /\b(?:deliberate(?:ly)?|on purpose|intentionally|arson)\b/i },
  // leaving an agreement: "the front had pulled out of the truce" / "We have not walked away from the ceasefire"
  { name: 'withdraw', pattern: /\b(?:pull(?:ed|s|ing)?\s+out\s+of|walk(?:ed|s|ing)?\s+away\s+from|withdr(?:ew|awn|aw|aws|awing)\s+from|quit)\b/i },
  // a structure that failed: "a section of the dam wall had given way" / "The dam has not breached"
  // (not a breach of data, security or a rule: "report data breaches", "a breach of contract")
  { name: 'collapse', pattern: /\b(?:collaps(?:e|ed|es|ing)|(?<!\b(?:data|security|privacy|cyber|contract|rules?|trust)\s)breach(?:ed|es)?(?!\s+of\b)|gave way|given way|caved in)\b/i },
  // damage found: "found cracks in two of the piers" / "no cracks had been found"
  { name: 'crack', pattern: /\bcrack(?:s|ed)?\b(?!\s+down)/i },
  // money handed over: "reported that it had paid $4.5 million" / "it had not paid a ransom" (not "paid tribute")
  { name: 'pay', pattern: /\b(?:paid|pays?|paying|payment)\b(?!\s+(?:tribute|a visit|attention|respects?|homage|off)\b)/i },
  // an attack: "had fired mortar rounds at an army post" / "denied that its fighters had attacked the post"
  { name: 'attack', pattern: /\b(?:attack(?:ed|s|ing)?|fired\s+(?:[\p{L}-]+\s+){0,2}?(?:at|on)|shell(?:ed|ing))\b/iu },
  // a death: "a firefighter had been killed" / "No firefighter has died"
  { name: 'death', pattern: /\b(?:killed|died|dead)\b/i },
  // a fire as a happening: "an engine had caught fire" / "There was no fire"; not gunfire ("opened fire") nor the
  // fire service, whose words are no fire
  { name: 'fire', pattern: /(?<!\bopen(?:ed|s)?\s)\b(?:fire|blaze)\b(?!\s+(?:service|brigade|department|station|crews?|fighters?|engines?|chief|officials?|safety|alarm|risk|hazard))/i },
  // a plan or a state prolonged: "would be extended into April" / "The cuts are not being extended"
  { name: 'extend', pattern: /\b(?:extend(?:ed|s|ing)?|extension|prolong(?:ed|s|ing)?)\b/i },
  // a bill or a measure taken back: "had withdrawn the bill" / "The bill has not been withdrawn"
  { name: 'withdrawn', pattern: /\bwithdr(?:ew|awn)\b(?!\s+from\b)/i },
  // a licence or a permit taken away: "the licence had already been revoked" / "The licence has not been revoked"
  { name: 'revoke', pattern: /\brevok(?:e|ed|es|ing)\b|\brevocation\b/i },
  // a boycott: "Cabral would boycott the vote" / "There is no boycott"
  { name: 'boycott', pattern: /\bboycott\w*/i },
  // people moved out of danger: "would also be evacuated on Thursday" / "There is no plan to evacuate Karuizawa"
  { name: 'evacuate', pattern: /\bevacuat\w*/i },
  // a detainee let go: "had been freed on bail" / "He has not been released" (not a thing put out: "released a statement",
  // "freed up funds")
  { name: 'release', pattern: /\b(?:released|freed|set free)\b(?!\s+up\b|\s+(?:(?:a|an|the|its|their|his|her|new|preliminary|final)\s+)*(?:[\p{L}-]+\s+)?(?:statements?|reports?|figures?|data|results?|videos?|footage|details|lists?|images?|photos?|findings|documents?|plans?|budgets?|schedules?|timetables?|funds?|water|money|records?)\b)|\b(?:remis|mis)\s+en\s+libert[ée]|(?<!\p{L})lib[ée]r[ée]e?s?(?!\p{L})|\bpuest[oa]s?\s+en\s+libertad\b/iu },
];
// "Nobody has been arrested", "Nothing had been agreed": a negative pronoun negates its verb as "no one" does
const NEGATED = /\b(?:not|no|never|nobody|nothing|none|neither|denied|denies|deny|rejected|dismissed|untrue|false)\b|n[’']t\b/i;
/** "without" negates only its own object ("ended without a signed deal"; not "without giving a date for the trip"). */
const WITHOUT = /\bwithout\s+(?:(?:a|an|any|the)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** Words in a row two quotes must share to be the same words ("Trucks should not wait three days …"). */
const QUOTE_RUN = 6;
const QUOTED = /[“"«]([^”"»]{12,})[”"»]/g;

/**
 * Whether a quotation in one text shares a run of QUOTE_RUN words with a quotation in the other. A source's
 * own words are what gets re-credited; two reports paraphrasing one event alike are not.
 */
export function sameQuotedWords(a: string, b: string): boolean {
  const quotedWords = (text: string): string[][] => [...text.matchAll(QUOTED)].map((m) => m[1]!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const runs = new Set<string>();
  for (const words of quotedWords(a)) for (let i = 0; i + QUOTE_RUN <= words.length; i++) runs.add(words.slice(i, i + QUOTE_RUN).join(' '));
  if (!runs.size) return false;
  for (const words of quotedWords(b)) for (let i = 0; i + QUOTE_RUN <= words.length; i++) if (runs.has(words.slice(i, i + QUOTE_RUN).join(' '))) return true;
  return false;
}

/** Whether a text negates a topic (true), states it (false), or does not speak of it (null). */
export function topicPolarity(text: string, topic: RegExp): boolean | null {
  const m = topic.exec(text);
  if (!m) return null;
  // "suited the rail memorandum but not the tariff deal": a contrast leaves the topic out of what is said, and
  // neither states nor denies it
  if (CONTRAST_NOT.test(text.slice(Math.max(0, m.index - 40), m.index)) && !DENIAL_VERB.test(text.slice(0, m.index))) return null;
  // "Retirement age is not part of this agreement": a thing left out of the topic, which is neither stated nor denied
  if (LEFT_OUT_OF.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
  // "would not put more money on the table while a strike was planned": a negation before a subordinate clause is its
  // main clause's, not the topic's (a verb of denying still governs all that follows it)
  const from = lastClauseOpener(text, m.index);
  return negatedAt(text.slice(from), m.index - from, NEGATED) || DENIAL_VERB.test(text.slice(0, m.index)) || WITHOUT.test(text.slice(0, m.index)) || NEGATED_AFTER.test(text.slice(m.index + m[0].length));
}

/** Right after the topic, a negation of it: "postponed or not", "paid nothing", "had arrested no one". */
const NEGATED_AFTER = /^\s*(?:not|no|nothing|nobody|none|no\s+one)\b/i;

/** Where the last verb of denying in `text` ends, or -1 when it has none. */
function lastDenialEnd(text: string): number {
  let end = -1;
  for (const m of text.matchAll(denialVerbPattern('gi'))) end = m.index + m[0].length;
  return end;
}

/** A subordinating word that opens a clause of its own: "while", "because", "unless", "until". */
const CLAUSE_OPENER = /\b(?:while|whilst|because|unless|although|though|whereas|until|till)\b/gi;

/** Where the clause of the word at `at` begins: after the last subordinating word before it (0 when none). */
function lastClauseOpener(text: string, at: number): number {
  let from = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_OPENER)) from = m.index;
  return from;
}

/** "not part of this X", "not included in the X", "not covered by the X": a thing left out of X, X not denied. */
const LEFT_OUT_OF = /\bnot\s+(?:part\s+of|included\s+in|covered\s+by|among)\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "but not (the) X", "and not X", "rather than X": X set apart in a contrast, not denied. */
const CONTRAST_NOT = /(?:\b(?:but|and|or)\s+not|\brather\s+than|\binstead\s+of)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** One word per family, so that a change of wording is no change of certainty ("intention" / "intended"). */
const CERTAINTY_FAMILY: ReadonlyArray<[RegExp, string]> = [
  [/^intend|^intention/, 'intend'],
  [/^expect/, 'expect'],
  [/^hope/, 'hope'],
  [/^want/, 'want'],
  [/^possib/, 'possible'],
  // reported speech puts "will" back into "would" ("There will be no devaluation" → "told parliament there would be no
  // devaluation"): one level said again, not a change of it
  [/^would$/, 'will'],
];

/** A modal in an indirect question states no likelihood: "declined to say when the crew might be freed". */
const INDIRECT_QUESTION = /\b(?:say|said|says|tell|told|know|knew|ask|asked|sure|unclear|clear|decide|decided)\s+(?:when|whether|if|how\s+soon)\b[^,;:.]*$/i;

/** The certainty a version gives: the modal words of its cue and of its own clause (not a second report's "…, while X said …"). */
function certaintyWords(v: ClaimVersion): string {
  const clause = v.text.split(/,\s*(?:while|whereas)\b|;/)[0]!;
  const said = `${v.cue} ${clause}`;
  // "May" is the month ("on Saturday, May 16"), as in modalLevel
  const words = [...said.matchAll(CERTAINTY_WORDS)].filter((m) => m[0] !== 'May' && !INDIRECT_QUESTION.test(said.slice(Math.max(0, m.index - 60), m.index))).map((m) => {
    const w = m[0].toLowerCase();
    return CERTAINTY_FAMILY.find(([re]) => re.test(w))?.[1] ?? w;
  });
  return [...new Set(words)].sort().join(' ');
}

/** A finding's id: its kind and two sentences, and what it is about where one sentence pair holds several (a toll and a case count). */
function keyOf(kind: FindingKind, a: Evidence, b: Evidence, about: string | null): string {
  const [x, y] = [`${a.article}:${a.start}`, `${b.article}:${b.start}`].sort();
  return `${kind}:${x}~${y}${about ? `:${about}` : ''}`;
}

function make(kind: FindingKind, severity: Finding['severity'], summary: string, a: Evidence, b: Evidence, versions: readonly string[], event: string | null, about: string | null = null): Finding {
  return { id: keyOf(kind, a, b, about), kind, severity, summary, a, b, versions: [...versions], event };
}

/** "Camille Dorval, Meridian Wire"; the outlet once when it speaks for itself. */
export const who = (source: string | null, outlet: string | null, article: number): string =>
  `${source ?? outlet ?? 'unattributed'}${source && outlet && source !== outlet ? `, ${outlet}` : ''}${!outlet ? ` #${article}` : ''}`;

export type TimedStep = StatusStep & { time: NonNullable<StatusStep['time']> };

/** A month or season named without a year ("by September", "until the autumn"). */
const YEARLESS_PERIOD = /^(?:(?:by|in|until|till|before|after|from|the|early|late|mid)\s+)*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\.?$/i;
/** A postponement or a calling-off: a time in its sentence is the changed plan's, not the plan's. */
const POSTPONEMENT = /\b(?:postpon\w*|put off|put back|moved back|delay\w*|pushed back|scrub(?:bed|s)?|defer\w*|adjourn\w*|rescheduled|called off|call off|cancel\w*|scrapped)\b/i;

/** A time counted from its report's day: "next month", "this week", "later this month", "in the coming days". */
const COUNTED_FROM_REPORT = /\b(?:next|this|coming|later|within|soon|tomorrow|today|tonight)\b/i;

/** A span from its report's day ("within a month", digest.ts withinSpan). */
const WITHIN = /^within\s/i;

/** A window this short is a day's, or a weekend's ("on Friday", "on July 14 and 15"): said more precisely, the same day. */
const DAY_SPAN = 3;

/**
 * A span from one report's day and a period of another that holds the span's end name one deadline: "within three
 * months" (from February 3) and "by early May". A day before the span's end ("by February 10" after "within a
 * month" from January 15) brings the deadline forward.
 */
export function sameDeadline(x: TimedStep, y: TimedStep): boolean {
  const [span, other] = WITHIN.test(x.time.text) ? [x, y] : [y, x];
  if (!WITHIN.test(span.time.text) || WITHIN.test(other.time.text)) return false;
  const end = span.time.window?.to;
  const w = other.time.window;
  if (end == null || w?.to == null || end > w.to) return false;
  // a vague span from the other report's own day is no deadline ("within days" → "in the coming weeks" puts the plan off)
  if (w.from != null && w.from === other.date && COUNTED_FROM_REPORT.test(other.time.text)) return false;
  // a day named as the deadline days after the span's end moves it later ("within two weeks" → "by September 30")
  if (/^\d{4}-\d{2}-\d{2}$/.test(other.time.value ?? '') && daysBetween(end, w.to) > DAY_SPAN) return false;
  // "by early May" bounds only the end: the span's end falls in its month
  return w.from != null ? w.from <= end : end.slice(0, 7) === w.to.slice(0, 7);
}

/** A vague span from its report's day this short is a matter of days ("in the coming days", "shortly"). */
const DAYS_AHEAD = 14;

/** A verb of finishing just before a time: "expected the recount to finish on Thursday", "the talks will end by Friday". */
const FINISH_BEFORE = /\b(?:finish(?:es|ed)?|end(?:s|ed)?|conclude[sd]?|be\s+(?:completed|finished|over)|wrap(?:s|ped)?\s+up|run\s+until|last\s+until)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Whether a step's time is when the event is to finish, not when it is to take place (no plan time to compare). */
function endTime(s: StatusStep): boolean {
  if (!s.time) return false;
  const said = (s.time.evidence ?? s.evidence).text;
  const at = said.indexOf(s.time.text);
  return at > 0 && FINISH_BEFORE.test(said.slice(Math.max(0, at - 40), at));
}

/** Right before a time, "since": a start in the past ("have been negotiating since June"), no time of a plan. */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;
/** A sentence set in a past year as a whole: "In 2019, a fire … forced staff out of the block, which reopened a month later". */
const PAST_YEAR_FRAME = /^\s*(?:In|Back\s+in)\s+(1[89]\d\d|20\d\d)\b/;

/** Whether a step's time is a past start ("since June") or told in a sentence set in an earlier year than its report. */
function pastTime(s: StatusStep): boolean {
  if (!s.time) return false;
  const said = (s.time.evidence ?? s.evidence).text;
  const at = said.indexOf(s.time.text);
  if (at > 0 && SINCE_BEFORE.test(said.slice(Math.max(0, at - 16), at))) return true;
  const year = PAST_YEAR_FRAME.exec(said)?.[1];
  return year !== undefined && s.date !== null && Number(year) < Number(s.date.slice(0, 4));
}

/** The year of a date-like ISO string, moved by `years`. */
const shiftYear = (d: string | null, years: number): string | null => (d ? `${Number(d.slice(0, 4)) + years}${d.slice(4)}` : null);

/**
 * The time a step gives as a plan, or null. A time that ended by its report's date is a past event's
 * ("his last visit, in 2016"), except a month or season named without a year, which a plan means in its
 * next occurrence ("hoped to sign the agreement by September", read in May, is this September). A time
 * given in a sentence about a postponement the step does not record (a reported or denied one: "put off
 * until the autumn") is not the event's plan.
 */
function planTime(s: StatusStep, inquiry = false): TimedStep | null {
  // an inquiry going on with a day ahead: the day is its findings' ("will publish the findings of its inquiry on April 14")
  const findingsAhead = inquiry && s.status === 'under-way' && s.time?.window?.from != null && s.date != null && s.time.window.from > s.date;
  // a denial's time is the denied plan's or another happening's ("there is no deal … the drivers will stay at the depots on Wednesday")
  if (!s.time || s.status === 'happened' || (s.status === 'under-way' && !findingsAhead) || s.status === 'denied') return null;
  if (s.status !== 'postponed' && s.status !== 'cancelled' && POSTPONEMENT.test((s.time.evidence ?? s.evidence).text)) return null;
  if (endTime(s) || pastTime(s)) return null;
  const w = s.time.window;
  // a clock time alone or "the same afternoon" names no day of the plan (digest.ts daylessTime)
  if (!w && daylessTime(s.time.text)) return null;
  if (!s.date || !w?.to || w.to > s.date) return s as TimedStep;
  // "The trial had been set for Tuesday, September 29": the plan's own day told after it, still the plan's time
  if (planDayRecap(s)) return s as TimedStep;
  // "will not begin before the truce has held for 30 days": a bound on a plan, set by a condition, not a date the time
  // layer can place; its window ends by the report's day, yet it points forward, to the plan
  if (s.status === 'expected-not-before' && w.from === null) return s as TimedStep;
  if (s.status === 'postponed' || !YEARLESS_PERIOD.test(s.time.text.trim())) return null;
  const window = { from: shiftYear(w.from, 1), to: shiftYear(w.to, 1) };
  return window.to! > s.date ? { ...s, time: { ...s.time, window } } : null;
}

/** Whether a step's time stands right after words that give it as a plan's day ("had been set for Tuesday, September 29"). */
function planDayRecap(s: StatusStep): boolean {
  return s.time ? atPlanDay((s.time.evidence ?? s.evidence).text, s.time.text, true) : false;
}

/** Whether a sentence names an outlet as a word of its own ("According to MTA, …"). */
function namesOutlet(sentence: string, outlet: string): boolean {
  const i = sentence.indexOf(outlet);
  return i >= 0 && !/[\p{L}\p{N}]/u.test(sentence[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(sentence[i + outlet.length] ?? ' ');
}

/** The day a plan was set for, in the words that set it: "was due to open on Monday, June 7", "set for Tuesday, September 29". */
const SET_FOR_DAY = /\b(?:set|due|scheduled|planned|slated)\s+(?:to\s+[a-z]+\s+)?(?:(?:in|at)\s+[\p{L}-]+\s+)?(?:for|on)\s+((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,\s+)?)?(?:(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b)?)/u;

/**
 * Time drift along a tracked event's history: each plan time of the new report against the latest plan
 * time of an earlier report, pointing where that time was first given in a run of reports repeating it.
 * Two vague times counted from their own report's day ("soon", "in the foreseeable future") say the same.
 */
function timeFindings(e: TrackedEvent, article: number): Finding[] {
  const inquiry = isInquiry(e.lemma);
  // a time named by the event itself ("would not form a government before the election", of the election) is no time of it
  const triggers = [...new Set(e.members.map((m) => m.trigger.toLowerCase()).filter((t) => t.length > 2))];
  const ownName = (s: TimedStep): boolean => triggers.some((t) => new RegExp(`\\b${escapeRegExp(t)}\\b`, 'iu').test(s.time.text));
  // a sentence about another occurrence of the event ("invited the president to make a return visit next year") gives none
  const another = (s: TimedStep): boolean => triggers.some((t) => new RegExp(`\\b(?:another|other|return)\\s+(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(t)}`, 'iu').test((s.time.evidence ?? s.evidence).text));
  const plans = e.timeline.map((s) => planTime(s, inquiry)).filter((s): s is TimedStep => s !== null && !ownName(s) && !another(s));
  // the end day of a state in force, compared only with other end days ("expires on August 25" → "extended … to September 8")
  const ends = inquiry ? [] : e.timeline.map(endDayAhead).filter((s): s is TimedStep => s !== null);
  return [...timeDrift(e, article, plans), ...timeDrift(e, article, ends)];
}

/**
 * The day a state in force (under way) is to end, told ahead of its report ("The emergency … expires on August 25",
 * "extended the state of emergency … to September 8"), or null.
 */
function endDayAhead(s: StatusStep): TimedStep | null {
  if (s.status !== 'under-way' || !s.time || !s.date || s.time.window?.from == null) return null;
  return s.time.window.from > s.date ? (s as TimedStep) : null;
}

/** Time drift along `timed`, a tracked event's steps of one kind of time (plan days, or end days), for the new report. */
function timeDrift(e: TrackedEvent, article: number, timed: readonly TimedStep[]): Finding[] {
  const out: Finding[] = [];
  const sameTime = (x: TimedStep, y: TimedStep): boolean => {
    const wx = x.time.window;
    const wy = y.time.window;
    return x.time.text.toLowerCase().trim() === y.time.text.toLowerCase().trim() || Boolean(wx && wy && wx.from !== null && wx.from === wy.from && wx.to === wy.to);
  };
  const specific = (w: TimedStep['time']['window']): boolean => Boolean(w?.from && w.to && w.to.slice(0, 7) === w.from.slice(0, 7));
  // two specific windows that share no day (called on specific windows, whose bounds are set)
  const disjoint = (x: TimedStep['time']['window'], y: TimedStep['time']['window']): boolean => x!.to! < y!.from! || y!.to! < x!.from!;
  const vague = (x: TimedStep): boolean => !specific(x.time.window) && x.time.window?.from != null && x.time.window.from === x.date;
  const daysAhead = (x: TimedStep): boolean => {
    const w = x.time.window;
    return Boolean(w?.from && w.to) && daysBetween(w!.from!, w!.to!) <= DAYS_AHEAD;
  };
  // one finding per earlier time and new time: a report that gives the new time twice ("postponed … to July 14", "It will
  // be voted on July 14") changes the plan once
  const given: Array<readonly [string, TimedStep]> = [];
  timed.forEach((b, i) => {
    if (b.article !== article) return;
    // inside one sentence, a plan moved from the day it was set for ("was due to open on Monday, June 7, but was put back
    // to July 12"): the report tells the change itself, both days in one sentence
    if (b.status === 'postponed') {
      const evidence = b.time.evidence ?? b.evidence;
      const day = SET_FOR_DAY.exec(evidence.text)?.[1]?.replace(/,\s*$/, '').trim() ?? '';
      // (where an earlier report gave that day as the plan's, the change is the finding across the two reports, below)
      const toldBefore = timed.some((x) => x.article < article && x.time.text.toLowerCase().trim() === day.toLowerCase());
      if (day && !day.includes(b.time.text) && !b.time.text.includes(day) && !toldBefore) {
        out.push(make('time', 'drift', `${e.label}: “${day}” → “${b.time.text}” (${who(b.source.name, b.outlet, b.article)})`, evidence, evidence, [b.id], e.id, day));
      }
    }
    let k = i - 1;
    while (k >= 0 && timed[k]!.article === article) k--;
    if (k < 0) return;
    // the earlier report's latest plan time of its own, not its recap of a still earlier report's ("According to
    // MTA, …", where MTA published before it)
    const relays = (x: TimedStep): boolean => {
      const said = (x.time.evidence ?? x.evidence).text;
      return timed.some((y) => y.article < x.article && y.outlet !== null && y.outlet !== x.outlet && (x.source.chain.slice(0, -1).includes(y.outlet) || namesOutlet(said, y.outlet)));
    };
    for (let j = k; j >= 0 && timed[j]!.article === timed[k]!.article; j--) {
      if (!relays(timed[j]!)) {
        k = j;
        break;
      }
    }
    const latest = timed[k]!;
    const wl = latest.time.window;
    const wn = b.time.window;
    // the report's own plan time said again, or more precisely ("on Friday" … "on Friday morning"): one finding, at the first
    if (timed.slice(k + 1, i).some((x) => sameTime(x, b) || (specific(x.time.window) && specific(wn) && !disjoint(x.time.window, wn)))) return;
    // a day as a lower bound and the same day as the plan's ("on Thursday at the earliest" → "on Thursday afternoon"):
    // the plan is no longer held open, a change readers follow
    const sameBound = (latest.status === 'expected-not-before') === (b.status === 'expected-not-before');
    // the same day said more precisely ("on Friday" → "on Friday morning") is no change; a month made a day ("in August"
    // → "on August 20") narrows the plan to a date, and a time counted from its report's day made a date ("next month" →
    // "on May 15") is the plan's wording changed: both are news readers follow
    const refined = specific(wl) && specific(wn) && !disjoint(wl, wn) && daysBetween(wl!.from!, wl!.to!) <= DAY_SPAN && sameBound && !(COUNTED_FROM_REPORT.test(latest.time.text) && !COUNTED_FROM_REPORT.test(b.time.text));
    // two vague times counted from their own report's day say the same ("soon" / "the foreseeable future"), unless
    // exactly one of them is a matter of days ("soon" → "in the coming days"), which narrows the plan to near a date
    // (a bound from below is no vague time: "in the foreseeable future" → "not before the summit" holds the plan back)
    const sameVague = sameBound && vague(latest) && vague(b) && daysAhead(latest) === daysAhead(b);
    // the plan said again less precisely ("on November 12" → "in the coming weeks", "in August" → "this year"): a later
    // report's coarser words for the same time, no change of it (a postponement's new time is a change whatever its words)
    const coarsened = Boolean(wl?.from && wl.to && wn?.from && wn.to && !specific(wn) && wn.from <= wl.from && wl.to <= wn.to) && b.status !== 'postponed';
    if ((sameTime(latest, b) && sameBound) || sameVague || refined || coarsened || sameDeadline(latest, b)) return;
    // where the earlier time was first given, across reports repeating it (a report repeats it when any of its plan
    // times is the same: "soon" and "in the foreseeable future" both in a wire copy of the first report)
    let first = k;
    const before = [...new Set(timed.slice(0, k).map((x) => x.article))].filter((x) => x !== article && x !== latest.article).reverse();
    for (const at of before) {
      const j = timed.findIndex((x) => x.article === at && sameTime(x, latest));
      if (j < 0) break;
      first = j;
    }
    if (first === k) first = timed.findIndex((x) => x.article === latest.article && sameTime(x, latest));
    const a = timed[first]!;
    if (given.some(([from, g]) => from === a.id && sameTime(g, b))) return;
    given.push([a.id, b]);
    const wa = a.time.window;
    const wb = b.time.window;
    const clash = specific(wa) && specific(wb) && disjoint(wa, wb);
    out.push(make('time', clash ? 'contradiction' : 'drift', `${e.label}: “${a.time.text}” (${who(a.source.name, a.outlet, a.article)}) → “${b.time.text}” (${who(b.source.name, b.outlet, b.article)})`, a.time.evidence ?? a.evidence, b.time.evidence ?? b.evidence, [a.id, b.id], e.id));
  });
  return out;
}

/**
 * An inquiry's findings and the inquiry are one time track: the day its findings are due is told of either ("the
 * inquiry will report within 60 days", "the panel will hand its findings by May 15"). Where a story has one inquiry and
 * one tracked event of its findings, the findings' track takes the inquiry's plan times, and the inquiry keeps none.
 */
function inquiryTrack(e: TrackedEvent, events: readonly TrackedEvent[]): TrackedEvent {
  const inquiries = events.filter((x) => isInquiry(x.lemma));
  const reports = events.filter((x) => x.lemma === INQUIRY_REPORT);
  if (inquiries.length !== 1 || reports.length !== 1) return e;
  if (isInquiry(e.lemma)) return { ...e, timeline: [] };
  if (e.lemma !== INQUIRY_REPORT) return e;
  // the inquiry's steps that give its findings a time, as plans of the findings ("under way, findings due April 14")
  const lent = inquiries[0]!.timeline.filter((s) => planTime(s, true)).map((s): StatusStep => (planTime(s) ? s : { ...s, status: 'expected' }));
  const timeline = [...e.timeline, ...lent].map((s, i) => [s, i] as const).sort((x, y) => x[0].article - y[0].article || x[1] - y[1]).map(([s]) => s);
  return { ...e, timeline };
}

/** Bound and number words, taken off an amount's text to leave what it counts ("non-tariff barriers", "a tonne"). */
const AMOUNT_WORDS = new RegExp(String.raw`[$€£¥]|\b(?:about|around|roughly|some|nearly|almost|approximately|more|less|fewer|than|over|under|up|to|at|least|most|above|below|the|a|an|dozens?|hundreds?|thousands?|millions?|billions?|bn|m|k)\b|[\d.,]+|\b${NUMBER_WORD}\b`, 'gi');

function countedPhrase(text: string): string {
  return text.toLowerCase().replace(AMOUNT_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** The middle of an amount's interval: "about 40" and "40" are the same figure, "more than 60" is 61. */
function central(x: QuantityObservation): number {
  return Number.isFinite(x.high) ? (x.low + x.high) / 2 : x.low;
}

/** The unit the quantities layer gives a bare number ("17", "around a dozen"), which says nothing about what it counts. */
const BARE_COUNT = 'count';
/** Currencies and measures are upper case or abbreviations; a counted thing's unit is a lower-case lemma. */
const COUNTED_UNIT = /^\p{Ll}[\p{Ll}-]+$/u;

/** Words ending in s that are no plural nouns ("17 was the figure"). */
const NOT_PLURAL = /^(?:is|was|has|does|as|its|this|thus|his|hers|ours|yours|theirs|us|plus|less|unless|across|besides|whereas|always|perhaps)$/i;

/**
 * Counted nouns that name one thing in other words, and the noun they are compared as: "the queue of vessels grew to
 * 63" and "40 ships were waiting" count the same ships. Only words that news uses interchangeably for one kind of thing.
 */
const SAME_THING: ReadonlyMap<string, string> = new Map([
  ['vessel', 'ship'],
  ['plane', 'aircraft'],
  ['airplane', 'aircraft'],
  ['airliner', 'aircraft'],
  ['troop', 'soldier'],
  ['house', 'home'],
  ['automobile', 'car'],
  ['inhabitant', 'resident'],
  ['kid', 'child'],
]);

/** The noun a counted unit is compared as (SAME_THING), the unit itself for any other. */
function sameThing(unit: string): string {
  return SAME_THING.get(unit) ?? unit;
}

/** The naive singular of a plural word, enough to meet a counted noun's lemma ("barriers" → "barrier", "companies" → "company"). */
function singular(word: string): string {
  // "people" is the plural of "person", the lemma the quantities layer gives it
  if (word === 'people') return 'person';
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(word)) return word;
  return word.replace(/s$/, '');
}

interface CountedAs {
  readonly unit: string;
  /** What it counts in its own words ("non-tariff barriers"), "" for a bare number. */
  readonly phrase: string;
}

/**
 * The people a toll counts, by the word nearest the amount ("killing at least five miners and trapping nine
 * others": five dead, nine missing; "the death toll … rose to eight"): tolls of one incident are counted in
 * miners, people, bodies or no noun at all, and compared as one count.
 */
const TOLLS: ReadonlyArray<readonly [string, RegExp]> = [
  // (the same counts in the other languages read: "27 morts", "41 muertos", "12 Tote", "bilan", "balance")
  ['dead', /\b(?:kill(?:ed|ing|s)?|dead|died|dies|deaths?|toll|bodies|body|fatal|fatalit(?:y|ies)|drown(?:ed|ing)?|morts?|mortes|décès|tués?|noyés?|bilan|muert[oa]s|fallecid[oa]s|muertes|balance|tote[nr]?|todesopfer|getötet|ertrunken)\b/giu],
  ['missing', /\b(?:missing|trapped|trapping|unaccounted|disparus?|desaparecid[oa]s|vermisst[en]?)\b/giu],
  // the people who fell ill are an outbreak's cases, however the count is worded ("214 people fell ill" / "178 cases")
  ['case', /\b(?:fell ill|falls? ill|fallen ill|falling ill|sickened|infected)\b/giu],
  // (the people treated or taken to hospital are the injured: "injuring 12" / "19 people remain in hospital")
  ['injured', /\b(?:injur(?:ed|ies|y|ing)|wounded|hurt|blessés?|herid[oa]s|verletzte?[n]?|(?:in|to)\s+hospitals?|hospitali[sz]ed|hospitalis[ée]e?s?|hospitalizad[oa]s|ins\s+Krankenhaus)\b/giu],
  // the people arrested are one count whatever they are called ("had arrested three men" / "five suspects were now in custody")
  ['arrested', /\b(?:arrest(?:ed|ing)|detained|in\s+custody|interpell[ée](?:e|s|es)?|arr[êe]t[ée](?:e|s|es)?|detenid[oa]s?|festgenommen(?:en)?)\b/giu],
];
/** The unit the quantities layer gives a death toll's figure ("the death toll rose to 31"). */
const TOLL_UNIT = 'death';
/** How far around an amount (characters) a toll word is looked for. */
const TOLL_REACH_BEFORE = 64;
const TOLL_REACH_AFTER = 32;

/** A figure in digits or words, standing between an amount and a toll word. */
// (and in the other languages read: "est passé à 23, dont trois ont été hospitalisées")
const ANOTHER_AMOUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|dois|duas|três|zwei|drei|vier|fünf|due|tre|quattro|cinque)\b/iu;

/** Right after a part, the whole it is a part of, in figures: " of the 41", " of its 12", " of the train's eleven". */
const OWN_WHOLE = new RegExp(String.raw`^\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\p{L}'’-]+\s+)?(?:\d[\d,.]*|${NUMBER_WORD}\b)`, 'iu');

function tollOf(sentence: string, at: number, end: number): { unit: string; word: string } | null {
  let best: { unit: string; word: string; gap: number } | null = null;
  for (const [unit, re] of TOLLS) {
    for (const m of sentence.matchAll(re)) {
      // a word inside the amount ("11 bodies") is nearest of all
      const gap = m.index < at ? at - (m.index + m[0].length) : Math.max(0, m.index - end);
      const reach = m.index < at ? TOLL_REACH_BEFORE : TOLL_REACH_AFTER;
      // another amount between them takes the word ("30 cases in a week, and two people have died": "died" is the two's),
      // but not the whole of the amount's own partitive ("Thirty-nine of the 41 people aboard died": the 39 died)
      const between = m.index < at ? sentence.slice(m.index + m[0].length, at) : sentence.slice(end, m.index).replace(OWN_WHOLE, ' ');
      if (gap >= 0 && gap <= reach && !ANOTHER_AMOUNT.test(between) && (!best || gap < best.gap)) best = { unit, word: m[0].toLowerCase(), gap };
    }
  }
  return best && { unit: best.unit, word: best.word };
}

/** "puts it at 29", "put the figure at 29": a count of the thing an earlier clause of the sentence counts. */
const PUTS_IT_AT = /\b(?:puts?|putting|placed|places|estimates?|estimated)\s+(?:it|the\s+(?:figure|number|count|total))\s+at\s+(?:about\s+|some\s+|around\s+|at\s+least\s+)?$/i;

/**
 * The toll of "puts the death toll at 26, while the Red Cross, which also counts people who died of their injuries,
 * puts it at 29": the toll of the figure before it in the sentence, not the toll word nearest it.
 */
function restatedToll(sentence: string, at: number): { unit: string; word: string } | null {
  if (!PUTS_IT_AT.test(sentence.slice(Math.max(0, at - 40), at))) return null;
  const figures = [...sentence.slice(0, at).matchAll(/\d[\d,.]*/g)];
  const prev = figures[figures.length - 1];
  return prev ? tollOf(sentence, prev.index, prev.index + prev[0].length) : null;
}

/** Units of measure and of time: "a tunnel 380 metres underground" near "died" is no toll. */
const MEASURE_UNIT = /^(?:[a-z]{1,2}|%|percent|per ?cent|metres?|meters?|kilometres?|kilometers?|miles?|feet|foot|inch(?:es)?|tonnes?|tons?|litres?|liters?|barrels?|hectares?|acres?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|degrees?)$/i;

/** Whether an amount of this unit can count people: a bare number or a counted noun, not a currency or a measure. */
function countsPeople(unit: string): boolean {
  return unit === BARE_COUNT || (COUNTED_UNIT.test(unit) && !MEASURE_UNIT.test(unit));
}

/**
 * What an amount counts. A toll counts its people whatever the noun (above). A bare number takes the plural
 * noun right after it (`"around a dozen" agreements`), else the story's counted unit named nearest before
 * it in its sentence ("the list of barriers … had grown to 17"): a count is compared only with counts of
 * the same thing.
 */
function countedAs(x: QuantityObservation, units: ReadonlySet<string>): CountedAs {
  const sentence = x.evidence.text;
  const at = amountAt(x);
  const own = countedPhrase(x.text);
  // the noun "counts" itself ("faces 12 counts"): a count of charges, whatever toll word is near ("arrested on Monday")
  if (at >= 0 && /^counts$/i.test(own)) return { unit: COUNTS_NOUN, phrase: own };
  // "The number of people killed when the plane crashed … rose to 36": what the figure is the number of, however far
  const numberOf = at >= 0 && countsPeople(x.unit) ? numberOfPhrase(sentence, at) : null;
  if (numberOf !== null) {
    const toll = TOLLS.find(([, re]) => numberOf.search(re) >= 0);
    if (toll) return { unit: toll[0], phrase: own || numberOf.match(toll[1])![0].toLowerCase() };
    const words = numberOf.toLowerCase().split(/\s+/);
    const n = words.findIndex((w) => w === 'people' || (w.length > 3 && /s$/.test(w) && !NOT_PLURAL.test(w)));
    // "job losses", "job cuts" count jobs
    if (n > 0 && /^(?:losses|cuts)$/.test(words[n]!)) return { unit: words[n - 1]!, phrase: own };
    if (n >= 0) return { unit: singular(words[n]!), phrase: own };
  }
  // the whole of a partitive takes no toll word: "Thirty-nine of the 41 people aboard died" (41 aboard, 39 dead)
  const toll = at >= 0 && countsPeople(x.unit) && !isPartitiveWhole(sentence, at) ? (restatedToll(sentence, at) ?? tollOf(sentence, at, at + x.text.length)) : null;
  if (toll) return { unit: toll.unit, phrase: own || toll.word };
  // the quantities layer's unit of a toll's figure ("the death toll rose to 17 …, up from nine"), where another amount
  // stands between it and the toll word: the dead, as the toll word would say
  if (x.unit === TOLL_UNIT) return { unit: 'dead', phrase: own };
  // a count of places is one of where something is ("residents of nine villages", "22 homes … in four villages"):
  // compared only with counts of places where the same thing is
  if (at >= 0 && PLACE_UNIT.test(x.unit)) return { unit: `${x.unit}@${locatedThing(sentence, at)}`, phrase: own };
  // a share of a state ("40 percent contained") says no more in its words than its unit
  if (x.unit.startsWith(STATE_SHARE_UNIT)) return { unit: x.unit, phrase: '' };
  // a length that is a zone's radius or a point along a route ("a 2 km zone", "the 26-kilometre mark") is compared only
  // with lengths of that slot
  const slotOfLength = lengthSlot(x);
  if (slotOfLength) return { unit: `${x.unit}@${slotOfLength}`, phrase: own };
  // money that is a metric of a company ("sales … 4.6 billion zlotys") is compared only with that metric, and a sum asked
  // for or paid only with such sums; a count of things is neither ("Closing sales began at 71 stores", "sales and
  // administration could cost about 400 jobs", "the union is seeking 8 percent for about 1,200 handlers")
  // a workforce ("employs about 1,100 people", "the biggest employer, with about 1,100 staff") is the size of a company,
  // another slot than the people a story counts (those laid off, those who left): compared only with workforces
  if (x.unit !== BARE_COUNT && !CURRENCY_UNIT.test(x.unit) && !CURRENCY_WORD.test(x.unit)) return { unit: at > 0 && WORKFORCE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) ? `${x.unit}#workforce` : x.unit, phrase: own };
  if (x.unit !== BARE_COUNT) {
    const metric = metricOf(x);
    const slot = at >= 0 ? askedOrPaid(sentence, at, at + x.text.length) : '';
    return { unit: `${metric ? `${x.unit}/${metric}` : x.unit}${slot}`, phrase: own };
  }
  if (at < 0) return { unit: x.unit, phrase: '' };
  const next = /^[\s"“”'’]*(\p{L}[\p{L}-]*s)\b/u.exec(sentence.slice(at + x.text.length));
  if (next && !NOT_PLURAL.test(next[1]!)) return { unit: singular(next[1]!.toLowerCase()), phrase: next[1]!.toLowerCase() };
  // a scaled amount names its unit in the word after it, a plural or not ("40 million pula", "2 billion yuan")
  const named = SCALED.test(x.text) ? /^\s+(\p{Ll}[\p{Ll}-]+)\b/u.exec(sentence.slice(at + x.text.length)) : null;
  if (named && !NOT_A_UNIT.test(named[1]!)) return { unit: named[1]!, phrase: named[1]! };
  let best: { unit: string; at: number } | null = null;
  for (const m of sentence.slice(0, at).toLowerCase().matchAll(/\p{L}[\p{L}-]*/gu)) {
    const unit = sameThing(singular(m[0]));
    if (units.has(unit) && (!best || m.index > best.at)) best = { unit, at: m.index };
  }
  return { unit: best?.unit ?? x.unit, phrase: '' };
}

/** A currency named in words, as the quantities layer may give it ("euro", "shilling", "kwacha"): a sum, not a count of things. */
const CURRENCY_WORD = /^(?:euros?|dollars?|pounds?|yen|yuan|pesos?|reals?|rand|shillings?|naira|kwacha|sols?|soles|francs?|rupees?|rupiah|zlotys?|korun[ay]|forints?|dirhams?|dinars?|riyals?|lira|kron[aeo]r?|pula|cedis?|birr|lei|leu|lev|hryvnias?|rubles?|roubles?|won|baht|ringgit|taka|cents?)$/i;

/** Before an amount, the words that give a workforce: "employs about 1,100 people", "employer, with about 1,100 staff". */
const WORKFORCE_BEFORE = /\b(?:employs|employing|employer,?\s+with|workforce\s+of|staff\s+of|emploie|emplea|emprega|beschäftigt|impiega)\s+(?:(?:about|some|around|nearly|roughly|almost|environ|quelque|unos|unas|cerca\s+de|rund|etwa|circa)\s+)?$/iu;

/** Before an amount, the words of a demand: "demanded 1.5 million euros", "put the demand at", "had sought 8 percent". */
// (and in the reports' other languages: "exige un rescate de 4 millones de dólares", "fordert ein Lösegeld von")
const ASKED_BEFORE = /(?<!\p{L})(?:demand(?:ed|s|ing)?|ask(?:ed|s|ing)\s+for|sought|seek(?:s|ing)?|claim(?:ed|s)?|ransom\s+of|exigen?|exigent|réclament?|piden?|pedem?|fordert|fordern|verlangt|verlangen|chiede|chiedono|eist|eisen|rescate\s+de|rançon\s+de|riscatto\s+di|resgate\s+de|Lösegeld\s+von|losgeld\s+van)(?!\p{L})[^.;]{0,30}$/iu;
/** Around an amount, the words of a payment: "paid 4.5 million", "1.2 million euros had been paid". */
const PAID_BEFORE = /\b(?:paid|pay(?:s|ing)?|payment\s+of)\b[^.;]{0,20}$/i;
const PAID_AFTER = /^[^.;]{0,30}?\b(?:had|has|have|was|were)\s+(?:been\s+)?paid\b/i;

/**
 * Which side of a sum an amount is: asked for ("#asked") or handed over ("#paid"), or "" for any other. A demand and a
 * payment are two slots ("put the demand at 3 million euros" / "1.2 million euros had been paid"), as a union's claim
 * and what it is paid are.
 */
function askedOrPaid(sentence: string, start: number, end: number): string {
  const before = sentence.slice(Math.max(0, start - 50), start);
  if (ASKED_BEFORE.test(before)) return '#asked';
  if (PAID_BEFORE.test(before) || PAID_AFTER.test(sentence.slice(end, end + 40))) return '#paid';
  return '';
}

/** Nouns of places, whose counts say where something is, not how much of it there is. */
const PLACE_UNIT = /^(?:village|town|city|district|province|region|state|country|count(?:y|ie)|municipalit(?:y|ie)|community|commune|neighbou?rhood|island|settlement|parish|suburb|hamlet|locality)$/;
/** How far before a count of places (characters) the thing located there is looked for. */
const LOCATED_REACH = 80;

/**
 * What a count of places locates: the plural noun nearest before it in its sentence ("the residents of nine
 * villages" → resident, "22 homes that were destroyed are in four villages" → home), "" when none is near.
 */
function locatedThing(sentence: string, at: number): string {
  const before = sentence.slice(Math.max(0, at - LOCATED_REACH), at).toLowerCase();
  const plurals = [...before.matchAll(/\p{L}[\p{L}-]*/gu)].map((m) => m[0]).filter((w) => w === 'people' || (w.length > 3 && /s$/.test(w) && !NOT_PLURAL.test(w)));
  const last = plurals[plurals.length - 1];
  return last ? singular(last) : '';
}

/** Right before an amount, words that say it still holds: "still 40 percent", "remained at 1.75%", "stayed at about 300". */
const STILL = /\b(?:still|remain(?:s|ed)?|stay(?:s|ed)?|unchanged)\s+(?:(?:at|on)\s+)?$/i;

/** Whether an amount is said to still hold: a new reading of an old figure, not a copy of it. */
function reaffirmed(x: QuantityObservation): boolean {
  const at = amountAt(x);
  return at > 0 && STILL.test(x.evidence.text.slice(Math.max(0, at - 24), at));
}

/** An amount that ends in a scale word: "40 million", "at least 2.1 billion". */
const SCALED = /\b(?:thousand|million|billion|trillion|bn|mn)$/i;
/** Words after a scaled amount that name no unit: "52 million in damages", "40 million to the utility", "2 million was paid". */
const NOT_A_UNIT = /^(?:of|in|on|at|to|for|from|by|with|and|or|but|than|as|over|under|after|before|since|more|less|a|an|the|is|was|are|were|has|have|had|will|would|could|can|may|might|should|be|been|that|which|who|this|each|per|last|next|so|it)$/i;

/** The unit of "12 counts" (of a charge): the noun, which the quantities layer names like a bare number. */
const COUNTS_NOUN = 'count-noun';

/** A target, not a figure reached: "aims to vaccinate 350,000", "plan to call 40 witnesses". */
const TARGET = /\b(?:aims?|aiming|plans?|planning|intends?|hopes?|wants?|seeks?)\s+to\b|\b(?:target|goal|aim)\s+(?:of|is|was)\b/i;

/** A supply and whom it is for ("vaccine for 350,000 people", "food rations for 2,000 families"): its size, no count reached. */
const PROVISION = /\b(?:doses?|vaccines?|food|rations?|supplies|shelters?|beds|tents|aid|water)\s+(?:[\p{L}-]+\s+){0,2}for\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+)?$/iu;

/**
 * A capacity, not a count ("had a permit for 180 passengers", "licensed to carry 80 people", "licensed for 80
 * passengers", "a capacity of 60,000", "built for 300"): what may be, another slot than what was.
 */
const CAPACITY = /\b(?:permit(?:ted)?|licen[cs]ed?|allowed|authori[sz]ed|certified|approved|cleared|designed|built|rated)\s+(?:to\s+(?:carry|hold|take|seat|accommodate)\s+|for\s+)(?:up\s+to\s+|about\s+|some\s+|only\s+|just\s+)?$|\bcan\s+(?:carry|hold|take|seat|accommodate|sleep)\s+(?:up\s+to\s+|about\s+|some\s+)?$|\bcapacity\s+(?:of|for)\s+(?:up\s+to\s+|about\s+|some\s+)?$/i;

/**
 * A requirement, not a count reached ("well above the 50 needed to force a debate", "needed 101 votes to pass", "must win
 * the backing of at least 101 deputies"): the bar is another slot than the votes or signatures that meet it.
 */
const NEEDED_BEFORE = /\b(?:needed|needs|need|required|requires|require|must\s+(?:win|get|gain|secure|reach|obtain|collect|gather)(?:\s+(?:the\s+)?(?:backing|support|votes?|signatures?)\s+of)?|threshold\s+of|quorum\s+of)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|the\s+)?$/i;
const NEEDED_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:needed|required)\b/iu;
/** The size of a body ("The chamber has 200 deputies", "a 150-seat parliament" is a unit): its members, not a count that moves. */
const BODY_SIZE = /\b(?:chamber|parliament|house|assembly|senate|council|congress|legislature|board|committee)\s+(?:has|had|of)\s+$/i;

/** A condition opening the clause an amount stands in: "if the swell falls below", "unless the operator offered at least". */
const CONDITION_BEFORE = /\b(?:if|unless|provided|as\s+long\s+as)\b[^,;:.]*$/i;

/** The quantities layer's units of a speed or a temperature. */
const READING_UNIT = /^(?:km\/h|mph|knots?|m\/s|degrees?|celsius|fahrenheit|°c|°f)$/i;

/** A size only ("tens of thousands of people", "hundreds"), no figure to drift from or to. */
const MAGNITUDE_ONLY = /^(?:(?:tens|hundreds|scores)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions)\b/i;
/**
 * A year in a sentence: the amount may be another, past event's ("three miners died there in 2019"). Not a year
 * that bounds a span ("since 2019", "cars built until December 2025", "from early 2023"): the amount is of now.
 */
const YEAR = /(?<!\b(?:since|until|till|through|from|between)\s+(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?)\b(1[89]\d\d|20\d\d)\b/g;

/** A side of a score, in digits or in words ("312", "six"). */
const SCORE_SIDE = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** A vote's score in words or digits: "by six votes to four", "by 312 votes to 190". */
const VOTES_SCORE = new RegExp(String.raw`\bby\s+${SCORE_SIDE}\s+votes\s+to\s+${SCORE_SIDE}\b`, 'i');

/**
 * A contest's score: "took 5,696 votes to 5,659", "won 31 seats to 24", "approved by 31 votes to 20". Its two counts are
 * the parts of one result, no versions of a count (a change reads "from 8 to 11", "by 3 to 11": "from" or "by" before
 * the first, unless votes or seats are what "by" counts).
 */
const SCORE = new RegExp(
  String.raw`(?:(?<!\b(?:from|by)\s)\b\d[\d,]*\s+(?:[\p{L}-]+\s+){1,2}to\s+\d[\d,]*|\bby\s+${SCORE_SIDE}\s+(?:votes|seats|ballots)\s+to\s+${SCORE_SIDE})\b(?!\s*(?:%|percent|per\s?cent))`,
  'iu',
);

/** Whether the amount at `at` is a side of a score in its sentence. */
function inScore(sentence: string, at: number, text: string): boolean {
  const m = SCORE.exec(sentence);
  return m !== null && at < m.index + m[0].length && at + text.length > m.index;
}

/** "one" as a pronoun: after every/each/any/no, or before "of them/these/those/us". */
const ONE_AFTER = /\b(?:every|each|any|no)\s+$/i;
const ONE_OF = /^\s+of\s+(?:them|these|those|us|you)\b/i;

function pronounOne(sentence: string, at: number, text: string): boolean {
  if (!/^one$/i.test(text.trim())) return false;
  return ONE_AFTER.test(sentence.slice(Math.max(0, at - 12), at)) || ONE_OF.test(sentence.slice(at + text.length));
}

/** Words that tell a figure as a change of an earlier one: "rose to", "revised", "now", "from 12". */
const CHANGED = /\b(?:rose|risen|rises|rising|climbed|increased|grew|jumped|fell|fallen|dropped|declined|up|down|revised|raised|lowered|now|first reported|further|additional|more|bringing|brought|brings|reached|reaching|reaches)\b|\bfrom\s+(?:about\s+|some\s+|around\s+)?\d/i;

const sentenceKey = (x: QuantityObservation): string => `${x.evidence.article}:${x.evidence.start}`;

/** A sum's unit: an ISO currency code, with the metric or side it may carry ("EUR", "USD/sale", "EUR#paid"). */
const CURRENCY_UNIT = /^[A-Z]{3}(?:$|[/#])/;

/** Before a bare figure, "the figure" it is: "the true figure would be", "put the number at", "the total was", "put the turnout at", "put the number evacuated at". */
const THE_FIGURE = /\b(?:figure|number|count|total|tally)\s+(?:(?:would|will|could|might)\s+be|was|is|stands?\s+at|stood\s+at|at|to|of)\s+$|\b(?:put|puts|putting)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){1,2}at\s+(?:(?:about|some|around|nearly|roughly|more\s+than|at\s+least)\s+)?$/iu;

/** Whether a bare amount is given as "the figure" of something counted before it ("put the number at 52"). */
function namesTheFigure(x: QuantityObservation): boolean {
  const at = amountAt(x);
  return at > 0 && THE_FIGURE.test(x.evidence.text.slice(Math.max(0, at - 40), at));
}

/** Right after a number, the words that make it a difference: "one more than", "two fewer than". */
const DIFFERENCE_AFTER = /^\s+(?:more|fewer|less)\s+than\b/i;

/**
 * Whether an amount is a figure of the story's own counts: not a size only, not a rate ("36.40 per
 * dollar"), and not in a sentence dated to an earlier year than its report.
 */
function isFigure(x: QuantityObservation, voteSentences: ReadonlySet<string>): boolean {
  if (MAGNITUDE_ONLY.test(x.text.trim())) return false;
  const sentence = x.evidence.text;
  // a target is compared with nothing: the number reached is another slot (docs/story-corpus.md, rule 8)
  const at = amountAt(x);
  if (at >= 0 && TARGET.test(sentence.slice(Math.max(0, at - 60), at))) return false;
  if (at >= 0 && PROVISION.test(sentence.slice(Math.max(0, at - 60), at))) return false;
  if (at >= 0 && CAPACITY.test(sentence.slice(Math.max(0, at - 40), at))) return false;
  // a condition's threshold ("if the swell falls below 4 metres", "unless the operator offered at least 250 drivers") is
  // no reading of the count
  if (at >= 0 && CONDITION_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))) return false;
  // a bar to meet ("the 50 needed", "needed 101 votes") and a body's size ("The chamber has 200 deputies") are other slots
  if (at >= 0 && (NEEDED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) || NEEDED_AFTER.test(sentence.slice(at + x.text.length, at + x.text.length + 30)))) return false;
  if (at >= 0 && BODY_SIZE.test(sentence.slice(Math.max(0, at - 30), at))) return false;
  // a side of a contest's score ("took 5,696 votes to 5,659") is a part of one result
  if (at >= 0 && inScore(sentence, at, x.text)) return false;
  // a rate ("about 20 a day", "36.40 per dollar") is no total of the count, nor is a speed ("travelling at 38 km/h") or
  // a temperature ("40 degrees"): readings of conditions that change by the hour, not counts a story revises
  if (isRate(x) || READING_UNIT.test(x.unit)) return false;
  // "every one of the 12 aircraft", "one of them": the pronoun one counts nothing
  if (at >= 0 && pronounOne(sentence, at, x.text)) return false;
  // "three suspects … one more than at the weekend": a difference between two counts is neither of them
  if (at >= 0 && DIFFERENCE_AFTER.test(sentence.slice(at + x.text.length, at + x.text.length + 16))) return false;
  // a conversion ("40 million pula ($2.9 million)") restates the amount before it
  if (isConversion(x)) return false;
  // an increment ("a further 6,000 tonnes", "another 29 jets", "Two more deputies") is the change, not the count
  if (isIncrement(x)) return false;
  // a count in the sentence of a vote's score is a part of the vote ("in a 5-2 vote, with two members voting for a cut")
  if (!x.unit.startsWith(VOTE_UNIT) && voteSentences.has(sentenceKey(x))) return false;
  const year = x.day ? Number(x.day.slice(0, 4)) : null;
  return year === null || ![...sentence.matchAll(YEAR)].some((m) => Number(m[1]) < year);
}

/** A source's words, to compare: "Volta" and "Volta Mobility", "police" and "Police" name one source. */
const sourceWords = (x: QuantityObservation): string[] => (x.source ?? '').toLowerCase().match(/\p{L}+/gu)?.filter((w) => w !== 'the') ?? [];

/** Whether two figures credit one source: the words of one (past "the") begin the other's ("Volta" / "Volta Mobility"). */
function sameSource(a: QuantityObservation, b: QuantityObservation): boolean {
  const [x, y] = [sourceWords(a), sourceWords(b)].sort((u, v) => u.length - v.length) as [string[], string[]];
  return x.length > 0 && x.every((w, k) => y[k] === w);
}

/**
 * Among an earlier report's figures of one count, the one a later figure revises: the first (the lead's) of the same
 * source's, when the earlier report credits one ("5,200 bikes", Volta Mobility → "6,000 bikes", Volta; not the city's
 * "about 5,000 bikes" before it); else the report's first. `candidates` holds indices into `obs`.
 */
function earlierSide(obs: readonly QuantityObservation[], candidates: readonly number[], q: QuantityObservation): number {
  const same = candidates.filter((j) => sameSource(obs[j]!, q));
  return minOf(same.length ? same : candidates);
}

/**
 * Right before a figure, words that give it as another version of a count already given: "gave a higher figure of 38
 * dead", "a lower figure of 19", "gave a figure of 24 dead" (a source giving its own figure), "put its own count at". The sentence says it is the same count, told otherwise.
 */
const OTHER_VERSION_BEFORE = /(?:\b(?:a|an|its|their|his|her)\s+(?:own\s+)?(?:higher|lower|different|separate|conflicting|smaller|larger|bigger|own)|\b(?:gave|gives|giving|cited|cites)\s+(?:a|an|its|their)(?:\s+own)?)\s+(?:figure|count|toll|tally|estimate)\s+(?:of|at)\s+(?:(?:about|some|around|at\s+least)\s+)?$/i;

/** Whether a figure is told as another version of a count already given ("gave a lower figure of 19 dead"). */
function otherVersionAt(x: QuantityObservation): boolean {
  return wordsBeforeAmount(x, 60, OTHER_VERSION_BEFORE);
}

/** Right before a figure, words that set it aside as the one replaced: "instead of the", "rather than", "not the", "et non". */
const REPLACED_BEFORE = /\b(?:instead\s+of|rather\s+than|not|et\s+non|au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de|anstatt|statt)\s+(?:(?:the|les?|la|las|los|die|der|den)\s+)?(?:(?:about|some|around|roughly|environ|unos|unas|rund|etwa)\s+)?$/iu;

/** Whether a figure stands as the one a sentence's new figure replaces ("instead of the 214.60 shillings announced"). */
function replacedAt(x: QuantityObservation): boolean {
  return wordsBeforeAmount(x, 40, REPLACED_BEFORE);
}

/** Whether the `reach` characters right before an amount (not at its sentence's start) match `before`. */
function wordsBeforeAmount(x: QuantityObservation, reach: number, before: RegExp): boolean {
  const at = amountAt(x);
  return at > 0 && before.test(x.evidence.text.slice(Math.max(0, at - reach), at));
}

/**
 * Quantity drift along the versions of one count. An amount already stated earlier in the story (the
 * same unit and figure; "more than 20" is not 21) is a restatement ("up from the 40 that officials
 * cited"): it starts no finding. A new figure is compared with the latest earlier amount of the same
 * unit, preferring one that counts the same thing in the same words ("14 non-tariff barriers" → "21
 * non-tariff barriers"). Across reports the finding points where that earlier figure first appeared (in
 * those words, when the words decided); inside one report, two figures of one day, at the one nearest
 * before. A lower bound that the earlier figure meets ("above $5,000" after "$5,200") updates nothing.
 */
function quantityFindings(obs: readonly QuantityObservation[], article: number): Finding[] {
  const out: Finding[] = [];
  const units = new Set(obs.map((x) => x.unit).filter((u) => u !== BARE_COUNT && COUNTED_UNIT.test(u)).map(sameThing));
  const counted = obs.map((x) => countedAs(x, units)).map((c) => ({ ...c, unit: sameThing(c.unit) }));
  // "The union said the true figure would be more than 150", "put the number at 52", "put the turnout at 15,000", "the
  // army's count of 41": a figure of "the figure" that names no counted thing in its own words counts what the report's
  // figure before it counts (another source's count of the same thing)
  obs.forEach((x, k) => {
    if ((counted[k]!.unit !== BARE_COUNT && counted[k]!.phrase !== '') || !namesTheFigure(x)) return;
    for (let j = k - 1; j >= 0 && obs[j]!.article === x.article; j--) {
      // (nor a part of it: "57 people had been killed …, 23 of them civilians, well above the army's count of 41")
      if (counted[j]!.unit === BARE_COUNT || isUncountedPart(obs[j]!) || isIncrement(obs[j]!)) continue;
      counted[k] = { unit: counted[j]!.unit, phrase: '' };
      return;
    }
  });
  // "raised their estimate for Saturday … to 71,000 from the 68,000 they gave": a bare figure counts what the figure it
  // changed from counts, where the story gave that figure in another sentence before
  obs.forEach((x, k) => {
    const from = counted[k]!.unit === BARE_COUNT ? changedFrom(x) : null;
    if (from === null) return;
    for (let j = k - 1; j >= 0; j--) {
      if (counted[j]!.unit === BARE_COUNT || obs[j]!.evidence.text === x.evidence.text || central(obs[j]!) !== from) continue;
      counted[k] = { unit: counted[j]!.unit, phrase: '' };
      return;
    }
  });
  // the sentences that state a vote's tally (the quantities layer reads tallies)
  // (and those that state it in words: "was taken by six votes to four")
  const voteSentences = new Set(obs.filter((x) => x.unit.startsWith(VOTE_UNIT) || VOTES_SCORE.test(x.evidence.text)).map(sentenceKey));
  const figures = obs.map((x) => isFigure(x, voteSentences));
  const partitive = obs.map(isPartitive);
  const uncountedPart = obs.map(isUncountedPart);
  const figure = (k: number): string => {
    const x = obs[k]!;
    return `${counted[k]!.unit}\u0000${Number.isFinite(x.high) ? central(x) : `>${x.low}`}`;
  };
  const phraseKey = (k: number): string => `${figure(k)}\u0000${counted[k]!.phrase}`;
  // first appearance of each figure, and of each figure in each wording (one pass: linear in the story)
  const firstFigure = new Map<string, number>();
  const firstPhrase = new Map<string, number>();
  obs.forEach((_, k) => {
    if (!figures[k]) return;
    if (!firstFigure.has(figure(k))) firstFigure.set(figure(k), k);
    if (!firstPhrase.has(phraseKey(k))) firstPhrase.set(phraseKey(k), k);
  });
  obs.forEach((q, i) => {
    // a bare number whose counted thing is not named anywhere near counts nothing to compare ("5 of them")
    if (q.article !== article || !figures[i] || firstFigure.get(figure(i))! < i || counted[i]!.unit === BARE_COUNT) return;
    const { unit, phrase } = counted[i]!;
    // a smaller count after a toll in the same report is a part of it ("two more bodies", "three died in hospital")
    // (not one told as another version of the count: "gave a lower figure of 19 dead")
    if (!otherVersionAt(q) && TOLLS.some(([u]) => u === unit) && obs.some((p, j) => j < i && p.article === q.article && counted[j]!.unit === unit && central(p) > central(q))) return;
    const comparable: number[] = [];
    let latestOther = true;
    for (let j = i - 1; j >= 0; j--) {
      const p = obs[j]!;
      if (!figures[j] || counted[j]!.unit !== unit || central(p) === central(q)) continue;
      // counts of two named groups ("seven Kyrgyz citizens" / "eleven Tajik citizens") or of two ranked instances ("The
      // first strike … 64 flights" / "135 flights in all") are two counts (count-groups.ts); groups only of counted nouns
      // (German capitalises every noun: "160 Millionen Euro")
      if ((COUNTED_UNIT.test(unit) && otherGroups(p, q)) || otherInstances(p, q)) continue;
      // inside one report, two sums of money are two versions only as two named sources' ("relatives put the ransom at 300
      // million naira; Garba said 150 million"): a report's other sums are a package and its parts, a loss and a rescue,
      // and the later sum is then another slot than the story's earlier ones too
      if (p.article === q.article && p.evidence.text !== q.evidence.text && CURRENCY_UNIT.test(unit) && !(p.source && q.source && p.source !== q.source)) return;
      // "five suspects … and that two of them", "Nine of 12 economists": a part and its whole in one sentence are no versions
      if (p.article === q.article && p.evidence.text === q.evidence.text && (partitive[j] || partitive[i])) continue;
      // a part of a group named without a count ("Two of the strikers", "nine of them") is a subset of its own: compared only
      // with such a part ("on two of them" / "on three of them"), or as a toll ("killing at least 32 of them" / "36")
      if (uncountedPart[j] !== uncountedPart[i] && !TOLLS.some(([u]) => u === unit)) continue;
      // a vote is one meeting's: scores reported days apart are two meetings' ("5-2" in June, "6-1" in August)
      if (unit.startsWith(VOTE_UNIT) && !(p.day && q.day && Math.abs(Date.parse(p.day) - Date.parse(q.day)) <= VOTE_DAYS * 86_400_000)) continue;
      const ratio = Math.max(central(p), central(q)) / Math.max(1, Math.min(central(p), central(q)));
      // small counts that each name the thing counted in the same words may grow further ("three homes" → "eleven homes")
      const small = Math.min(central(p), central(q)) <= SMALL_COUNT;
      const sameNoun = small && phrase !== '' && singular(counted[j]!.phrase.toLowerCase()) === singular(phrase.toLowerCase());
      // (the missing of a disaster, named so in both, fall as they are found: "Twelve people were still missing" → "One person")
      const found = sameNoun && unit === 'missing';
      if (!found && ratio > (sameNoun ? SAME_NOUN_RATIO : COMPARABLE_RATIO)) continue;
      // "some 18,000" after "18,350": the latest comparable figure of the count, rounded, is restated, and starts no
      // finding against an older one
      // "some 3,100" after "more than 3,100": one figure said vaguely twice
      if (latestOther && (roundsTo(p, q) || sameVagueFigure(p, q))) return;
      latestOther = false;
      // a rounded figure and the precise one it rounds are one figure ("nearly 300 stores" / "296 stores")
      if (roundsTo(p, q)) continue;
      // the same sentence in two reports is a wire copy, not drift; in one sentence, a figure restated there is no side
      // (two sources' tolls set side by side; two measures or sums in one sentence are two slots: "a depth of 18
      // kilometres, about 25 kilometres southwest", "5 cedis for cars and 20 cedis for lorries")
      if (p.evidence.text !== q.evidence.text || (p.article === q.article && firstFigure.get(figure(j)) === j && countsPeople(q.unit) && twoSourcesIn(q.evidence.text))) comparable.push(j);
    }
    if (!comparable.length) return;
    // (not an earlier report's figure restated in a report that gives a new one: "The secretariat had put the toll at 17 on
    // Tuesday", after "the death toll … was revised to 24")
    const restated = (j: number): boolean => obs[firstFigure.get(figure(j))!]!.article !== obs[j]!.article;
    const superseded = (j: number): boolean => restated(j) && comparable.some((k) => obs[k]!.article === obs[j]!.article && !restated(k));
    const sameWords = phrase ? (comparable.find((j) => counted[j]!.phrase === phrase && !superseded(j)) ?? null) : null;
    // inside the report, the figure nearest before; else the latest report that has one: its same source's first figure, else its first
    const nearest = comparable[0]!;
    const headline = obs[nearest]!.article === q.article ? nearest : earlierSide(obs, comparable.filter((j) => obs[j]!.article === obs[nearest]!.article), q);
    // two new figures of one day in one report are two sources' counts: the nearest is the other side, whatever
    // its words (one restating an earlier report's figure leaves the comparison with that report)
    const sameReportDay = obs[nearest]!.article === q.article && obs[nearest]!.day !== null && obs[nearest]!.day === q.day && firstFigure.get(figure(nearest)) === nearest;
    // words decide only where they say more than the unit ("non-tariff barriers", not "barriers"): "more than 40
    // patients" updates the latest report's "31" patients, not an older "23 patients" for sharing the bare noun
    const byWords = sameWords !== null && singular(phrase) !== unit;
    // the new figure's own sentence names the earlier figure it replaces ("199.80 shillings …, instead of the 214.60
    // shillings announced in October", "14 rather than the 12 reported"): that earlier figure is the other side
    const replaced = comparable.find((k) => obs.some((r, j) => j > i && r.article === q.article && r.evidence.text === q.evidence.text && counted[j]!.unit === unit && central(r) === central(obs[k]!) && replacedAt(r)));
    // a figure told as another version of a count ("gave a higher figure of 38 dead") answers the report's figure before it
    const answered = otherVersionAt(q) && obs[nearest]!.article === q.article ? nearest : undefined;
    // the new figure's sentence names the figure it changed from ("to 71,000 from the 68,000 they gave on Sunday"): that
    // earlier figure is the other side, where the story gave it before
    const from = changedFrom(q);
    const changedFromFigure = from === null ? undefined : comparable.find((k) => central(obs[k]!) === from);
    const chosen = replaced ?? changedFromFigure ?? answered ?? (sameReportDay ? nearest : byWords ? sameWords : headline);
    const p = obs[chosen]!;
    if (!Number.isFinite(q.high) && Number.isFinite(p.high) && q.low <= p.low) return;
    // a report that restates the earlier figure unchanged, in another sentence before this one, holds both: this is
    // another slot ("inspections of all 12 aircraft" … "will fly 11 aircraft"), unless its words mark a change
    if (p.article === q.article && obs[firstFigure.get(figure(chosen))!]!.article !== q.article && p.evidence.start < q.evidence.start && !CHANGED.test(q.evidence.text)) return;
    // a figure said to hold still on a later day ("was still 40 percent contained") is that day's reading: the change is from it
    const first = reaffirmed(p) ? chosen : byWords || (sameReportDay && sameWords !== null) ? firstPhrase.get(phraseKey(chosen))! : firstFigure.get(figure(chosen))!;
    // a figure first given earlier in this same report is pointed at where the contradiction stands
    // two sources' counts side by side in one sentence ("puts the toll at 26, while the Red Cross … puts it at 29"; "57
    // people had been killed …, well above the army's count of 41"): the contradiction stands there, whoever gave the
    // first figure before, whichever side the sentence names first (one after it only where no change word makes it the
    // earlier figure restated: "2,300 … up from 1,500")
    const beside = !countsPeople(q.unit) ? -1 : obs.findIndex((r, j) => (j < i || (j > i && !CHANGED.test(q.evidence.text))) && r.article === q.article && r.evidence.text === q.evidence.text && counted[j]!.unit === unit && central(r) === central(p));
    // the earlier figure beside the new one in a sentence that credits no second source is a part, a whole or a
    // comparison ("Ten of 13 economists", "three of the four blocks"): the report holds both, no new version
    if (beside >= 0 && replaced === undefined && !twoSourcesIn(q.evidence.text)) return;
    const originAt = beside >= 0 && replaced === undefined ? beside : obs[first]!.article === q.article ? chosen : Math.min(first, chosen);
    const origin = obs[originAt]!;
    const sameDay = origin.day !== null && origin.day === q.day;
    const severity = sameDay && !intervalsOverlap(origin, q) ? 'contradiction' : 'drift';
    out.push(make('quantity', severity, `“${origin.text}” (${who(origin.source, origin.outlet, origin.article)}) → “${q.text}” (${who(q.source, q.outlet, q.article)})`, origin.evidence, q.evidence, [], null, unit));
  });
  return out;
}

/** A word that credits a figure to a source: "police said", "puts it at", "put the number at", "the company's figure of". */
const CREDITS = /\b(?:said|says|say|told|tells|puts?|putting|counted|counts|estimated|estimates|reported|according\s+to|(?:figure|count|estimate|tally)\s+of)\b/gi;

/**
 * Whether a sentence credits figures to two sources ("… rose to six, the agency said, while the Red Cross said its
 * volunteers had counted nine"; "puts the toll at 26, while the Red Cross … puts it at 29"). Two figures of one count
 * in one sentence are two versions only so; else they are a part and its whole, a figure and a comparison, or two
 * counts ("Two aircraft, one from Bishkek", "three of the four blocks", "98,000 vehicles, against some 120,000 on a
 * normal weekday").
 */
export function twoSourcesIn(sentence: string): boolean {
  return [...sentence.matchAll(CREDITS)].length >= 2;
}

/**
 * A vote's score corrected (`vote-scores.ts`): "by 142 votes to 61" → "by 142 votes to 60", "voted 11 to 2" → "had voted
 * 11-3", one side the same. A score in a sentence dated to an earlier year than its report is another vote's ("rejected
 * in 2021 by 30 votes to 24").
 */
function scoreFindings(obs: readonly QuantityObservation[], article: number): Finding[] {
  if (!obs.some((x) => x.article === article)) return [];
  const sightings: Array<ScoreSighting<QuantityObservation>> = [];
  // where the quantities layer read a tally, by sentence (one pass, not one per sentence)
  const tallies = new Map<string, number[]>();
  for (const y of obs) {
    if (!y.unit.startsWith(VOTE_UNIT)) continue;
    const key = sentenceKey(y);
    const list = tallies.get(key);
    if (list) list.push(amountAt(y));
    else tallies.set(key, [amountAt(y)]);
  }
  const read = new Set<string>();
  for (const x of obs) {
    const key = sentenceKey(x);
    if (read.has(key)) continue;
    read.add(key);
    const year = x.day ? Number(x.day.slice(0, 4)) : null;
    if (year !== null && [...x.evidence.text.matchAll(YEAR)].some((m) => Number(m[1]) < year)) continue;
    for (const score of voteScores(x.evidence.text, tallies.get(key) ?? [])) sightings.push({ score, article: x.article, sentence: key, evidence: x });
  }
  return scoreCorrections(sightings, article).map(({ origin, score }) => {
    const [o, n] = [origin.evidence, score.evidence];
    const severity = o.day !== null && o.day === n.day ? 'contradiction' : 'drift';
    return make('quantity', severity, `“${origin.score.text}” (${who(o.source, o.outlet, o.article)}) → “${score.score.text}” (${who(n.source, n.outlet, n.article)})`, o.evidence, n.evidence, [], null, 'vote-score');
  });
}

/** Certainty drift within one claim (one source, one event): its modal words changed. */
function certaintyFindings(c: StoryClaim, article: number): Finding[] {
  const out: Finding[] = [];
  c.versions.forEach((v, i) => {
    if (v.article !== article || i === 0) return;
    const cw = certaintyWords(v);
    const vWords = addTerms(new Map(), v.text);
    for (let j = i - 1; j >= 0; j--) {
      const u = c.versions[j]!;
      const uw = certaintyWords(u);
      if (uw === cw || !uw || !cw || u.negated !== v.negated) continue;
      // two clauses of one sentence ("said the case would follow the law and declined to say when … might"), or two
      // quotes of one report ("The sea did not do what the forecast said it would" … "We will not put a ship out"),
      // are statements made at once, not a claim that changed over time
      if (u.article === v.article) continue;
      // one sentence word for word in two reports (a wire copy) says nothing new, whichever of its clauses each version is
      if (u.evidence.text === v.evidence.text) continue;
      // one source's versions of one slot may still be about different things (a delegation's size, the deals' worth)
      if (cosine(addTerms(new Map(), u.text), vWords) < SAME_STATEMENT) continue;
      // the wording's first report, not its latest copy: the change is from where it began
      let k = j;
      while (k > 0 && certaintyWords(c.versions[k - 1]!) === uw && c.versions[k - 1]!.negated === u.negated) k--;
      const from = c.versions[k]!;
      out.push(make('certainty', 'drift', `${c.sourceName ?? 'a source'}: “${uw}” (${from.outlet ?? from.article}) → “${cw}” (${v.outlet ?? v.article})`, from.evidence, v.evidence, [from.id, v.id], c.event));
      break;
    }
  });
  return out;
}

/**
 * The stated likelihood of a planned event, in levels a change between reports is read in: a possibility
 * ("could", "may"), an intention ("intends"), a willingness ("willing", "ready to"), a firm plan ("will",
 * "expected to"), and a doubt ("unlikely"). Words of one level are one level ("could" / "possible").
 */
const MODAL_LEVELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['unlikely', /\b(?:unlikely|doubtful|improbable|in doubt)\b/gi],
  ['unlikely', wordAlternation(OTHER_LANGUAGE_UNLIKELY)],
  ['possible', /\b(?:could|may|might|possibl[ey]|perhaps|considering)\b/gi],
  ['intend', /\b(?:intends?|intended|intention|aims? to)\b/gi],
  ['willing', /\b(?:willing|ready to|prepared to)\b/gi],
  ['will', /\b(?:will|shall|expected to|is set to|are set to|due to)\b/gi],
  // the reports' other languages: a possibility ("podría", "pourrait", "könnte") and a future ("votará", "wird"); a
  // Spanish future's accented ending is no English word's
  ['possible', new RegExp(`(?<!\\p{L})(?:${OTHER_LANGUAGE_POSSIBILITY.join('|')})(?!\\p{L})`, 'giu')],
  ['possible', wordAlternation(PORTUGUESE_POSSIBILITY)],
  ['possible', wordAlternation(OTHER_LANGUAGE_CAN)],
  ['will', otherLanguageWill()],
  // a likelihood, between a possibility and a plan (certainty-levels.ts)
  ['likely', wordAlternation(LIKELY_WORDS)],
  ['will', /(?<!\p{L})\p{L}{2,}(?:ará|erá|irá|arán|erán|irán)(?!\p{L})|\b(?:wird|werden)\b/giu],
  // French and Italian futures ("sera reprise", "fermera", "reprendra"; "scatterà", "incroceranno")
  // (not a Portuguese or Italian noun in -eira, -iera, nor a Spanish word in -era: "primeira volta", "la primera vuelta",
  // "bandiera", "carretera")
  ['will', /(?<!\p{L})(?:sera|seront|(?!\p{L}*(?:eira|iera)(?!\p{L}))(?!(?:primer|tercer|postrer|carr|frontera|maner|bander|cualquier|siquier|carreter|mader|escaler|riber|primav|cabecer|trincher|hoguer|lader)a(?!\p{L}))\p{L}{4,}(?:era|eront|ira|iront|dra|dront))(?!\p{L})|(?<!\p{L})\p{L}{2,}(?:erà|irà|arà|eranno|iranno|aranno)(?!\p{L})/giu],
];
/** How far (characters) from the event's trigger a modal word is read as the event's. */
const MODAL_REACH = 80;
/** A modal word under a negation ("will not", "not expected") is a denial's, which negation findings read. */
const MODAL_NEGATED = /\b(?:not|no|never)\s+$|^\s*(?:not|n[’']t)\b|n[’']t\s+$/i;

/**
 * The modal level a sentence gives its event: the modal word nearest a trigger of the event, in the same
 * clause (no comma, semicolon or colon between: "…, who had expected it to hold" is another's), or null.
 */
export function modalLevel(sentence: string, triggers: readonly string[], before = ''): string | null {
  return modalRead(sentence, triggers, before)?.level ?? null;
}

/** A modal level read from a sentence, and whether its modal governs the event's trigger after it ("will shorten the curfew"). */
export interface ModalRead {
  readonly level: string;
  /** the modal stands before the trigger: the event is the modal's verb, not the subject of another ("the curfew will run from 10 pm") */
  readonly governs: boolean;
}

/** As modalLevel, with where the modal stands against the trigger it was read for. */
export function modalRead(sentence: string, triggers: readonly string[], before = ''): ModalRead | null {
  const lower = sentence.toLowerCase();
  const at: number[] = [];
  for (const t of new Set(triggers.map((x) => x.toLowerCase()).filter(Boolean))) {
    for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) at.push(i, i + t.length);
  }
  let best: { level: string; gap: number; governs: boolean } | null = null;
  for (const [level, re] of MODAL_LEVELS) {
    for (const m of sentence.matchAll(re)) {
      const end = m.index + m[0].length;
      // "May" is the month ("in parliament in May")
      if (m[0] === 'May') continue;
      if (/^possible$/i.test(m[0]) && attributivePossible(sentence.slice(end), triggers)) continue;
      // "It will be the first referendum since 2012" describes the event; it says nothing of how likely it is
      if (DESCRIBES_AFTER.test(sentence.slice(end, end + 40))) continue;
      // a plan told in the past ("a week before it was due to take effect", "were expected to stop work") recaps what was
      // planned then, not a level this report gives
      if (level === 'will' && PAST_PLAN_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (MODAL_NEGATED.test(sentence.slice(Math.max(0, m.index - 8), m.index)) || MODAL_NEGATED.test(sentence.slice(end, end + 6))) continue;
      if (INDIRECT_QUESTION.test(`${before}${sentence.slice(0, m.index)}`.slice(-60))) continue;
      for (const p of at) {
        const gap = p < m.index ? m.index - p : p - end;
        if (gap < 0 || gap > MODAL_REACH || /[,;:]/.test(sentence.slice(Math.min(p, end), Math.max(p, m.index)))) continue;
        // a modal opening a relative clause after the trigger is the clause's ("agreed to a ceasefire that will take effect at
        // midnight", "the text that will apply")
        if (p < m.index && RELATIVE_BEFORE.test(sentence.slice(p, m.index))) continue;
        // another modal between a modal and the trigger after it governs the trigger ("could set conditions but could not
        // refuse the march": the march's modal is the negated one, which gives no level)
        if (p > end && ANY_MODAL.test(sentence.slice(end, p))) continue;
        if (!best || gap < best.gap) best = { level, gap, governs: p > end };
      }
    }
  }
  return best ? { level: best.level, governs: best.governs } : null;
}

/** Words after "possible" that leave it a predicate or an adverb's ("possible that", "possible in April", "as soon as possible"). */
const AFTER_PREDICATE = /^(?:that|to|as|in|by|if|once|before|after|for|from|at|on|with|within|but|and|or|when|until|unless|this|next|soon|later|now|again|yet|though|although|because|so|then|is|was|are|were|will|would)$/i;

/**
 * Whether "possible" stands before a noun other than the event ("contacting possible buyers", "a possible
 * successor"): it says what the noun may be, not how likely the event is. Before a trigger ("a possible strike") it
 * is the event's. `after` is the sentence after the word.
 */
export function attributivePossible(after: string, triggers: readonly string[]): boolean {
  const next = /^\s+(\p{L}[\p{L}-]*)/u.exec(after)?.[1]?.toLowerCase();
  if (!next || AFTER_PREDICATE.test(next)) return false;
  return !triggers.some((t) => t && next.startsWith(t.toLowerCase().split(/\s+/)[0]!));
}

/** After "will", words that describe the event rather than plan it: "will be the first", "will be its largest". */
const DESCRIBES_AFTER = /^\s+be\s+(?:the|its|their|his|her)\s+(?:first|second|third|last|largest|biggest|longest|latest|only)\b/i;
/** Before "due to", "expected to" or "set to", a past tense: the plan as it stood, told after ("was due to start"). */
const PAST_PLAN_BEFORE = /\b(?:was|were|had\s+been)\s+$/i;
/** Any English modal verb, negated or not. */
const ANY_MODAL = /\b(?:could|can(?:not)?|may|might|will|would|shall|should|must)\b/i;
/** Right before a modal, a relative pronoun opening a clause of its own: "a ceasefire that will …", "the text which would …". */
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+$/i;

/** Levels on one scale are compared: a source's stance (intends → willing), or the event's likelihood (could → will → unlikely). */
const MODAL_SCALE: Readonly<Record<string, string>> = { intend: 'stance', willing: 'stance', possible: 'likelihood', likely: 'likelihood', will: 'likelihood', unlikely: 'likelihood' };

interface Modal {
  readonly article: number;
  readonly level: string;
  readonly governs: boolean;
  readonly evidence: Evidence;
  readonly id: string;
  readonly who: string;
}

/**
 * Certainty drift along a tracked event's history: the modal level each report gives the planned event,
 * against the latest earlier report's on the same scale, pointing where that level was first given in a
 * run of reports repeating it ("could" → "will" → "unlikely"). A report's level is read from its status
 * steps and from its sources' claims about the event, the shortest sentence that states one (a source's
 * "An August cut now looks unlikely" over a lead that sums it up). A step that reads the event as happened
 * or under way is a report of the past, with no level; so is a sentence with no modal word by the event.
 * From a willingness to a date ("ready to visit soon" → "will visit on March 24") is a plan scheduled,
 * which the time findings report, not a change of certainty. One finding per change, none when the
 * level stays.
 */
function certaintyTimelineFindings(e: TrackedEvent, claims: readonly StoryClaim[], article: number): Finding[] {
  const triggers = [...new Set(e.members.map((m) => m.trigger))];
  const found: Modal[] = [];
  for (const s of e.timeline) {
    if (s.status === 'happened' || s.status === 'under-way') continue;
    const read = modalRead(s.evidence.text, triggers);
    if (read) found.push({ article: s.article, ...read, evidence: s.evidence, id: s.id, who: who(s.source.name, s.outlet, s.article) });
  }
  const outlets = new Set(claims.flatMap((c) => c.versions.map((v) => v.outlet)));
  for (const c of claims) {
    if (c.event !== e.id) continue;
    for (const v of c.versions) {
      // a relay of another outlet's report restates an earlier version ("According to Meridian Wire, MTA said on March 2 that …")
      if (v.relayOf !== null || v.source.chain.some((x) => x !== v.outlet && outlets.has(x))) continue;
      // a source's own quoted words may name the event in other words ("An August cut now looks unlikely" of the
      // meeting): their first clause is read whole; reported content without a trigger may be about another thing
      // the words before the content in its sentence may make it an indirect question ("declined to say when …")
      const before = v.evidence.text.slice(0, Math.max(0, v.evidence.text.indexOf(v.text)));
      const read = modalRead(v.text, triggers, before) ?? (/^\s*[“"«]/.test(v.text) ? modalRead(v.text, [v.text.split(/[.,;:]/)[0]!]) : null);
      if (read) found.push({ article: v.article, ...read, evidence: v.evidence, id: v.id, who: who(c.sourceName, v.outlet, v.article) });
    }
  }
  const order = [...new Set(e.timeline.map((s) => s.article))];
  for (const m of found) if (!order.includes(m.article)) order.push(m.article);
  const out: Finding[] = [];
  for (const scale of new Set(Object.values(MODAL_SCALE))) {
    // one level per report: of its sentences that state one on this scale, one whose modal governs the event's trigger
    // ("will shorten the night curfew") over one where the event is the subject of another verb ("the curfew will run
    // from 10 pm", "the first sailings will carry passengers"), then the shortest
    const perReport: Modal[] = [];
    for (const a of order) {
      const own = found
        .filter((m) => m.article === a && MODAL_SCALE[m.level] === scale)
        .sort((x, y) => Number(y.governs) - Number(x.governs) || x.evidence.text.length - y.evidence.text.length || x.evidence.start - y.evidence.start);
      if (own[0]) perReport.push(own[0]);
    }
    const i = perReport.findIndex((m) => m.article === article);
    if (i <= 0) continue;
    const b = perReport[i]!;
    const latest = perReport[i - 1]!;
    // a wire copy repeats its original's sentence: no change of certainty
    if (latest.level === b.level || latest.evidence.text === b.evidence.text) continue;
    let first = i - 1;
    while (first > 0 && perReport[first - 1]!.level === latest.level) first--;
    const a = perReport[first]!;
    out.push(make('certainty', 'drift', `${e.label}: “${a.level}” (${a.who}) → “${b.level}” (${b.who})`, a.evidence, b.evidence, [a.id, b.id], e.id));
  }
  return out;
}

/**
 * Certainty drift across tracked events (certainty-phrases.ts): a sentence of the new report and one of the latest
 * earlier report that say the same verb of the same subject, with a modal level changed ("could be held" → "will be
 * held"). None where a certainty finding already joins the two reports: the tracked event's own timeline read them.
 */
function certaintyPhraseFindings(events: readonly TrackedEvent[], article: number, have: readonly Finding[]): Finding[] {
  const steps = new Map<string, StatusStep & { label: string }>();
  for (const e of events) {
    for (const s of e.timeline) {
      if (s.status === 'happened' || s.status === 'under-way') continue;
      const k = `${s.article}:${s.evidence.start}`;
      if (!steps.has(k)) steps.set(k, { ...s, label: e.label });
    }
  }
  const joined = new Set(have.filter((f) => f.kind === 'certainty').map((f) => [f.a.article, f.b.article].sort().join('~')));
  const all = [...steps.values()];
  const order = [...new Set(all.map((s) => s.article))];
  // each step's modal phrases, read once (every phrase of the new report is compared with every earlier step)
  const phrases = new Map(all.map((s) => [s, modalPhrases(s.evidence.text)] as const));
  const out: Finding[] = [];
  // the new report's sentences in reading order: one finding per pair of reports, from its earliest sentence (a lead
  // sums up what a later sentence repeats: "will start charging on March 1" … "the toll will start as planned")
  for (const b of all.filter((s) => s.article === article).sort((x, y) => x.evidence.start - y.evidence.start)) {
    for (const pb of phrases.get(b)!) {
      // the latest earlier report that says the same thing of the same subject
      let best: { s: StatusStep & { label: string }; level: string } | null = null;
      for (const a of all) {
        if (a.article === article || order.indexOf(a.article) > order.indexOf(article)) continue;
        if (a.evidence.text === b.evidence.text) continue;
        const pa = phrases.get(a)!.find((x) => samePhrase(x, pb));
        if (pa && (!best || order.indexOf(a.article) > order.indexOf(best.s.article))) best = { s: a, level: pa.level };
      }
      const pair = [best?.s.article, article].sort().join('~');
      if (!best || best.level === pb.level || joined.has(pair)) continue;
      joined.add(pair);
      out.push(make('certainty', 'drift', `${b.label}: “${best.level}” (${who(best.s.source.name, best.s.outlet, best.s.article)}) → “${pb.level}” (${who(b.source.name, b.outlet, b.article)})`, best.s.evidence, b.evidence, [best.s.id, b.id], null));
    }
  }
  return out;
}

/** A claim version with the term counts of its text (built once per report, for both cross-claim passes). */
interface WordedVersion {
  readonly c: StoryClaim;
  readonly v: ClaimVersion;
  readonly words: Map<string, number>;
}

function wordedVersions(claims: readonly StoryClaim[]): WordedVersion[] {
  const all: WordedVersion[] = [];
  for (const c of claims) for (const v of c.versions) all.push({ c, v, words: addTerms(new Map(), v.text) });
  return all;
}

/**
 * Attribution findings for versions from the newest report: the same words credited to another source.
 * Each pair of claims is a finding once: a wire copy repeating both sides (versions of the same two claims)
 * adds none.
 */
function attributionFindings(all: readonly WordedVersion[], article: number, prev: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const claimOf = new Map(all.map((x) => [x.v.id, x.c.id]));
  const pairKey = (a: string, b: string): string => [a, b].sort().join('|');
  const seenPairs = new Set<string>();
  for (const f of prev) {
    if (f.kind !== 'attribution') continue;
    const [a, b] = f.versions.map((v) => claimOf.get(v));
    if (a && b) seenPairs.add(pairKey(a, b));
  }
  for (const n of all) {
    if (n.v.article !== article) continue;
    for (const o of all) {
      if (o === n || (o.v.article === n.v.article && o.v.evidence.start === n.v.evidence.start)) continue;
      if (o.v.article === article && o.v.evidence.start > n.v.evidence.start) continue; // each pair once
      const differentSource = o.c.source !== n.c.source && o.c.source !== null && n.c.source !== null;
      if (!differentSource || n.v.evidence.text === o.v.evidence.text) continue;
      // a quotation both contents carry is re-credited words however short the rest ("We will not trade lives for copper")
      const quoted = sameQuotedWords(o.v.text, n.v.text);
      const shared = [...n.words.keys()].filter((k) => o.words.has(k)).length;
      // the newer sentence still names the earlier source: a relay through another ("According to Meridian Wire, Kouassi denied …")
      const earlierName = o.c.sourceName?.trim().split(/\s+/).pop();
      if (earlierName && earlierName.length > 2 && new RegExp(`\\b${escapeRegExp(earlierName)}\\b`, 'u').test(n.v.evidence.text)) continue;
      if (!quoted && (shared < SAME_WORDS_MIN_TERMS || cosine(n.words, o.words) < SAME_WORDS || !sameQuotedWords(o.v.evidence.text, n.v.evidence.text))) continue;
      const k = pairKey(o.c.id, n.c.id);
      if (seenPairs.has(k)) continue;
      seenPairs.add(k);
      out.push(make('attribution', 'drift', `the same words credited to ${o.c.sourceName ?? 'no one'} (${o.v.outlet ?? o.v.article}) and to ${n.c.sourceName ?? 'no one'} (${n.v.outlet ?? n.v.article})`, o.v.evidence, n.v.evidence, [o.v.id, n.v.id], n.c.event));
    }
  }
  return out;
}

interface PolarVersion extends WordedVersion {
  /** The negation topic the version speaks to ("postpone"). */
  readonly topic: string;
  /** true: the version denies the topic; false: it states it. */
  readonly denies: boolean;
  /** Whether it names the topic as an act done ("signed a pay agreement", "has been put off"), not a thing spoken of ("The agreement gives …"). */
  readonly act: boolean;
}

const storyOrder = (a: PolarVersion, b: PolarVersion): number =>
  (a.v.published ?? '').localeCompare(b.v.published ?? '') || a.v.article - b.v.article || a.v.evidence.start - b.v.evidence.start;

/**
 * A denial that calls the thing pending ("we are close … but close is not the same as agreed", "not yet")
 * is progress when it later happens, not a claim overturned.
 */
const PENDING = /\bnot yet\b|\byet to\b|\bclose to\b|\b(?:is|are|was|were|be|been|very|so)\s+close\b/i;

/**
 * A denial told as a standing rule, in the simple present ("We do not pay ransoms", "The company doesn't negotiate"):
 * it denies no one act, so a later report of the act does not overturn it.
 */
const POLICY = /\b(?:do|does)\s+not\s+\p{Ll}+|\b(?:don|doesn)[’']t\s+\p{Ll}+/u;

/** Right before the topic, a word that makes it another occurrence than any stated: "would not call new strikes". */
const ANOTHER_BEFORE = /\b(?:new|further|another|fresh|more)\s+$/i;
/** A clause of time inside a denial's scope: "denied a report that a ferry had lost power before sailings were halted". */
const BACKGROUND_CLAUSE = /\b(?:before|after|when|as\s+soon\s+as)\b/i;

/** "agreed to lend", "agree to hold": the act an agreement is to. */
const AGREED_TO = /\bagree(?:d|s|ing)?\s+to\s+(\p{Ll}{3,})/u;

/**
 * Whether a denial of agreeing to an act ("Cameroon has not agreed to lend the drum back") speaks to the statement: only
 * one that names the same act ("had agreed to lend it"), not another agreement ("signed an agreement to return the drum").
 */
export function sameAgreedAct(statement: string, denial: string): boolean {
  const act = AGREED_TO.exec(denial)?.[1];
  return !act || new RegExp(`\\b${escapeRegExp(act.slice(0, Math.max(3, act.length - 2)))}`, 'iu').test(statement);
}

/** An "if" or "unless" opening the clause the topic stands in: "If the text is not signed by February 2, …". */
const IF_BEFORE = /(?:^|[,;:"“]\s*)(?:if|unless)\s+[^,;.]*$/i;

/** A denial told as one made before the report's time: "had denied", "had earlier rejected". */
const PAST_DENIAL = /\bhad\s+(?:(?:already|earlier|previously|repeatedly)\s+)?(?:denied|rejected|dismissed|refuted)\b/i;

/** Words that make the topic after them a hope or a plan, not a statement of it ("expected an agreement", "hope to sign", "close to agreeing"). */
const EXPECTATION = /\b(?:expects?|expected|expecting|hopes?|hoped|hoping|wants?|wanted|intends?|intended|aims?|aimed|seeks?|sought|close to|would like)\b[^.,;]{0,20}$/i;

/**
 * The negation topic a text speaks to and whether it negates it (`polarity` true), or null when it speaks to none. A
 * text speaks to its most specific topic only: "denied that the visit had been postponed" is about the postponement.
 */
export function negationTopicOf(text: string): { readonly topic: (typeof NEGATION_TOPICS)[number]; readonly polarity: boolean } | null {
  // a quotation of several sentences speaks to the topic of its first sentence that names one, negated or not by that
  // sentence's own words: "The licence has not been revoked. It is suspended, …" denies the revocation, and its "not" does not
  // reach the suspension
  for (const sentence of text.split(SENTENCE_BREAK)) {
    for (const topic of NEGATION_TOPICS) {
      const polarity = topicPolarity(sentence, topic.pattern);
      if (polarity !== null) return { topic, polarity };
    }
  }
  return null;
}

/** Where one sentence of a quotation ends and the next begins: a full stop, then a capital ("…revoked. It is suspended"). */
const SENTENCE_BREAK = /(?<=[a-z\p{Ll}][.!?])\s+(?=[“"«]?\p{Lu})/u;

/**
 * The topic a version speaks to and whether it denies it, or null. Its content is read, or its sentence
 * when the content names no topic (a content read wrong: "…has been postponed, an official told The Steppe
 * Herald" gives the addressee as content). A hope or plan of the topic states nothing.
 */
function polarOf(x: WordedVersion): PolarVersion | null {
  const content = negationTopicOf(x.v.text);
  const found = content ?? negationTopicOf(x.v.evidence.text);
  if (!found) return null;
  const text = content ? x.v.text : x.v.evidence.text;
  const at = found.topic.pattern.exec(text)!.index;
  if (!found.polarity && EXPECTATION.test(text.slice(Math.max(0, at - 40), at))) return null;
  // a demand for it ("demanded his resignation", "rejected calls for his resignation") neither states nor denies it
  if (DEMAND_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return null;
  // a condition ("If the text is not signed by February 2, we will be back") neither states nor denies it
  if (IF_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return null;
  // another occurrence ("would not call new strikes") neither states nor denies the one stated before
  if (ANOTHER_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return null;
  // what a denied report tells as background, in a clause of time, is not what is denied ("… had lost power before
  // sailings were halted" denies the power loss, not the halt)
  const denialEnd = content && DENIAL_VERB.test(x.v.cue) ? 0 : lastDenialEnd(text.slice(0, at));
  if (denialEnd >= 0 && BACKGROUND_CLAUSE.test(text.slice(denialEnd, at))) return null;
  // "denied reports that the visit had been postponed": the cue denies what the content states
  const denies = content && DENIAL_VERB.test(x.v.cue) ? !found.polarity : found.polarity;
  // a denial told in the past perfect recaps one made before ("X had denied in August that …"): no new denial
  if (denies && PAST_DENIAL.test(`${x.v.cue} ${text.slice(0, at)}`)) return null;
  // …or a denial's reason told after it ("Asked why the company had denied them, he said: "Nothing had been agreed""): the
  // sentence recaps the earlier denial and the content is told in the past perfect too
  if (denies && content && PAST_DENIAL.test(x.v.evidence.text.slice(0, Math.max(0, x.v.evidence.text.indexOf(x.v.text)))) && /\bhad\b/i.test(text.slice(0, at))) return null;
  return { ...x, topic: found.topic.name, denies, act: namesAct(text, found.topic.pattern) };
}

/** A topic word that is a noun only: the thing made or done, not the doing of it ("agreement", "deal", "payment"). */
const TOPIC_NOUN = /^(?:agreements?|deals?|payments?|postponements?|cancell?ations?|suspensions?|extensions?|resignations?)$/i;
/** Before such a noun, a verb that tells it was made or done: "signed a pay agreement", "reached a deal", "confirmed the postponement". */
const MADE_BEFORE = /\b(?:sign(?:ed|s|ing)?|reach(?:ed|es|ing)?|struck|strike|seal(?:ed|s)?|conclud(?:ed|es|ing)|clinch(?:ed)?|agreed|announc(?:ed|es|ing)|confirm(?:ed|s|ing)|approv(?:ed|es)|ratif(?:ied|ies)|made|make|paid|pays?|accept(?:ed|s)|tender(?:ed|s)|offer(?:ed|s)|submitt?(?:ed|s)|hand(?:ed|s)|gave|given|ordered|declared)\b[^.;:]{0,30}$/i;

/**
 * Whether a text names its topic as an act done: a verb ("agreed", "put off"), or a noun after a verb that made it
 * ("signed a pay agreement"). A noun the sentence only speaks of ("The agreement gives pilots a 6% rise", "drafting
 * eight agreements") tells of the thing, not that it was done against a denial.
 */
export function namesAct(text: string, topic: RegExp): boolean {
  const m = topic.exec(text);
  if (!m || !TOPIC_NOUN.test(m[0].trim())) return true;
  return MADE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
}

/**
 * Whether two versions speak to one slot: the same tracked event; inside one report, a version tied to no
 * event speaks to any ("We have an agreement on the floor price" / "There is no agreement"), two such versions too
 * ("the search had been called off" / "The search has not been called off").
 */
const sameSlot = (a: PolarVersion, b: PolarVersion): boolean => a.c.event === b.c.event ? a.c.event !== null || a.v.article === b.v.article : a.v.article === b.v.article && (a.c.event === null || b.c.event === null);

/**
 * Negation findings along the versions of one slot (a tracked event and a topic such as "postpone"): a
 * denial pairs with the statement it denies, and a later statement pairs with the denial it overturns.
 * A denial answers a statement made before it (in an earlier report, or earlier in the same one, not in its
 * own sentence: a lead that sums up a claim and its denial, or the content of "denied reports that …"),
 * and the new report's denials and those statements pair by the most alike words first. Each statement is
 * denied once and each denial answered once, so a wire copy or a later report repeating the same denial
 * adds nothing.
 */
function negationFindings(all: readonly WordedVersion[], article: number, prev: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const denied = new Set<string>(); // statements already paired with a denial
  const answered = new Set<string>(); // denials already paired with the statement they deny
  const overturned = new Set<string>(); // denials already paired with a later statement
  const polar = new Map<string, PolarVersion>();
  for (const x of all) {
    const p = polarOf(x);
    if (p) polar.set(x.v.id, p);
  }
  for (const f of prev) {
    if (f.kind !== 'negation' || f.versions.length !== 2) continue;
    const [a, b] = f.versions.map((id) => polar.get(id));
    if (!a || !b) continue;
    if (b.denies) {
      denied.add(a.v.id);
      answered.add(b.v.id);
    } else overturned.add(a.v.id);
  }
  for (const topic of NEGATION_TOPICS) {
    const list = [...polar.values()].filter((x) => x.topic === topic.name).sort(storyOrder);
    // the content of a denial in the new report ("denied reports that the visit had been postponed") is no statement of its own
    const nested = (o: PolarVersion): boolean => list.some((d) => d.denies && d.v.article === o.v.article && d !== o && d.v.text.includes(o.v.text));
    const candidates: Array<{ o: PolarVersion; n: PolarVersion; sim: number; order: number }> = [];
    // a denial and the new report's statements that confirm what it denied: [denial, ...statements]
    const overturns = new Map<string, PolarVersion[]>();
    for (const [i, n] of list.entries()) {
      // a wire copy or relay of an earlier version repeats it: it is not a new statement or denial
      // (a version of one claim that turns it round, "has not been called off" → "We have called off", is no repetition)
      const relayed = n.v.relayOf === null ? undefined : polar.get(n.v.relayOf);
      const repeats = n.v.relayOf !== null && !(relayed && relayed.topic === n.topic && relayed.denies !== n.denies);
      if (n.v.article !== article || repeats || list.slice(0, i).some((o) => o.v.article !== n.v.article && o.v.evidence.text === n.v.evidence.text)) continue;
      const before = list.slice(0, i).filter((o) => sameSlot(o, n));
      // the slot's latest version in another report already denies it: this denial repeats that one
      // (a standing rule, "We do not pay ransoms", denies no one act: a later denial of the act is one of its own)
      const lastElsewhere = [...before].reverse().find((o) => o.v.article !== n.v.article && !(o.denies && POLICY.test(o.v.text)));
      // …or its source denied the topic in an earlier report ("who last week denied that any agreement existed")
      const deniedBefore = n.c.source !== null && list.slice(0, i).some((o) => o.denies && o.v.article !== n.v.article && o.c.source === n.c.source && !POLICY.test(o.v.text));
      if (n.denies && !answered.has(n.v.id) && !lastElsewhere?.denies && !deniedBefore) {
        for (const [k, o] of before.entries()) {
          if (o.denies || denied.has(o.v.id) || o.v.evidence.text === n.v.evidence.text || nested(o) || !sameAgreedAct(o.v.text, n.v.text)) continue;
          candidates.push({ o, n, sim: cosine(o.words, n.words), order: k });
        }
      } else if (!n.denies && !nested(n) && n.act) {
        // a statement after a denial in an earlier report: the denied thing is confirmed (also when the source
        // that denied it says so, though the two reports' events were not linked: "We have called off the strike")
        const own = list.slice(0, i).filter((o) => sameSlot(o, n) || (o.v.article !== n.v.article && o.c.source !== null && o.c.source === n.c.source));
        const o = [...own].reverse().find((x) => x.denies && x.v.article !== n.v.article && !overturned.has(x.v.id) && !PENDING.test(x.v.text) && !POLICY.test(x.v.text));
        if (o && !own.slice(own.indexOf(o) + 1).some((x) => !x.denies && x.v.article !== n.v.article)) {
          overturns.set(o.v.id, [...(overturns.get(o.v.id) ?? [o]), n]);
        }
      }
    }
    // the denying source's own word confirms it ("We have called off the strike" after its "has not been called off"), else the first statement
    for (const [o, ...ns] of overturns.values()) {
      overturned.add(o!.v.id);
      out.push(negation(topic.name, o!, ns.find((n) => n.c.source !== null && n.c.source === o!.c.source) ?? ns[0]!));
    }
    // most alike first; of equally alike statements, the latest
    candidates.sort((x, y) => y.sim - x.sim || y.order - x.order);
    // one source saying a thing, or denying it, in several sentences of one report makes one version of it
    const alike = (x: PolarVersion): PolarVersion[] => list.filter((y) => y.denies === x.denies && y.v.article === x.v.article && y.c.source === x.c.source);
    for (const { o, n } of candidates) {
      if (denied.has(o.v.id) || answered.has(n.v.id)) continue;
      for (const y of alike(o)) denied.add(y.v.id);
      for (const y of alike(n)) answered.add(y.v.id);
      out.push(negation(topic.name, o, n));
    }
  }
  appendAll(out, reportedThenDenied(all, article, denied, answered, prev));
  return out;
}

/** A verb that puts a claim on record without vouching for it: "reported that", "claimed", "wrote". */
const REPORT_CUE = /^(?:has\s+|have\s+|had\s+)?(?:reported|claimed|alleged|wrote|repeated\s+(?:its|their|his|her)\s+claim)\b/i;
/** A report called false: "The claim is false", "the report was wrong", "That is untrue". */
const REPORT_FALSE = /(?:(?:the|this|that)\s+(?:claim|report|story|allegation|rumou?r)s?|it|this|that)\s+(?:is|was|are|were)\s+(?:false|untrue|wrong|inaccurate|baseless|not\s+true)\b/iu;
/**
 * A sentence that opens by denying: "There is no agreement.", "No talks have taken place", "The mill is not closing.",
 * "Nobody has signed anything", "The claim is false". Its first clause is negated, so it contradicts what it answers.
 */
const DENIAL_OPENING = new RegExp(
  String.raw`^\W*(?:(?:there|it)\s+(?:is|was|are|were|has\s+been|have\s+been|will\s+be)\s+(?:no|nothing|not)\b|(?:not|never)\b|(?:no|nobody|nothing|none)(?:\s+[\p{L}\p{N}'’-]+){0,4}?\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b|(?:[\p{L}\p{N}'’+-]+\s+){1,5}(?:is|are|was|were|has|have|had|did|does|do|will|would)(?:\s+(?:not|never)\b|n[’']t\b|\s+\p{L}+ed\s+no\b|\s+(?:taken|made|given|seen|heard|received|found)\s+no\b)|${REPORT_FALSE.source})`,
  'iu',
);
/** Characters between two sentences that follow each other: a space or a paragraph break. */
const NEXT_SENTENCE_GAP = 4;
/** Characters of a sentence short enough to be a bare denial with no claim of its own ("The police denied it."). */
const SHORT_DENIAL = 48;

/**
 * A claim put on record and denied in the very next sentence, in one report: "Khulumani FM reported that the council would
 * switch off water to the industrial areas. "Industry is not being cut off," Dube said." / "X denied a report that it had
 * reached a deal. "There is no agreement," its spokesman said." The denial answers the claim by where it stands, whatever
 * words it uses, so no topic is needed: a report tells a claim and its answer in a row. The claim is one reported (not
 * vouched for: "reported", "claimed") or one told in a sentence that denies it, and not itself negated; the answer comes
 * from another source (a source does not contradict itself in the next breath) and opens with a negation.
 */
function reportedThenDenied(all: readonly WordedVersion[], article: number, denied: Set<string>, answered: Set<string>, prev: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const done = new Set(prev.filter((f) => f.kind === 'negation').flatMap((f) => f.versions));
  // in the order of the report, so that an answer of two sentences is paired by its first
  const own = all.filter((x) => x.v.article === article && x.v.relayOf === null).sort((x, y) => x.v.evidence.start - y.v.evidence.start);
  // the sentence right before a version's: the one ending at most NEXT_SENTENCE_GAP characters before it starts
  const before = (x: WordedVersion): WordedVersion[] => own.filter((y) => x.v.evidence.start - y.v.evidence.end >= 0 && x.v.evidence.start - y.v.evidence.end <= NEXT_SENTENCE_GAP);
  // "said it had not paid a ransom, after a local radio station reported that it had paid $4.5 million": a negated statement
  // and the report that prompted it, in one sentence
  for (const n of own) {
    const after = PROMPTED_BY.exec(n.v.text);
    if (!after || answered.has(n.v.id) || done.has(n.v.id) || !NEGATED.test(n.v.text.slice(0, after.index))) continue;
    const o = own.find((x) => x !== n && x.v.evidence.start === n.v.evidence.start && n.v.text.indexOf(x.v.text) > after.index && REPORT_CUE.test(x.v.cue) && recordedClaim(x) && x.c.source !== n.c.source && !denied.has(x.v.id) && !done.has(x.v.id));
    if (!o) continue;
    denied.add(o.v.id);
    answered.add(n.v.id);
    out.push(reportDenial(o, n));
  }
  for (const n of own) {
    // the answer opens its sentence (its own words, or a quotation): "…, after lawyers said they had not yet received it" answers nothing
    const opens = n.v.evidence.text.indexOf(n.v.text);
    // (or it follows a verb of denying and a colon, in any language: "The police denied it: \"No one was arrested\"", "Le
    // parquet a démenti : « Il n'a pas été libéré »"; another language's answer is read from its verb of denying)
    const lead = n.v.evidence.text.slice(0, Math.max(0, opens));
    const afterDenial = /:\s*$/.test(lead) && (DENIAL_VERB.test(lead) || otherLanguageDenialCue(lead));
    if (answered.has(n.v.id) || done.has(n.v.id) || opens < 0 || (opens > 2 && !afterDenial) || !(DENIAL_OPENING.test(n.v.text) || otherLanguageDenialCue(n.v.cue))) continue;
    // "The ministry denied it." between the claim and the answer names the claim only by a pronoun: the claim is the sentence before it
    const prior = before(n);
    // the second sentence of an answer already paired ("There is no agreement. Nobody has signed anything") is the same answer
    if (prior.some((x) => answered.has(x.v.id))) continue;
    const bare = prior.filter((x) => isBareDenial(x.v.evidence.text) || REPORT_FALSE.test(x.v.text.slice(0, 40)));
    const free = (x: WordedVersion): boolean => !denied.has(x.v.id) && !done.has(x.v.id);
    const open = (x: WordedVersion): boolean => x.c.source !== n.c.source && free(x);
    // a denial of a report told a little before ("StraitLink denied a report that a ferry had lost power …") is what the answer's
    // words are: the sentences between retell the report ("A post … claimed that the Aotea Star drifted")
    // (one or two sentences before the answer, as the answer's own words: not a denial recapped, "had to deny a report")
    const named = [...prior, ...prior.flatMap(before)]
      .filter((x) => deniedReport(x) && free(x) && !PAST_DENIAL.test(x.v.evidence.text.slice(0, Math.max(0, x.v.evidence.text.indexOf(x.v.text)))) && !/\bhad\s+to\b/i.test(x.v.evidence.text))
      .sort((x, y) => y.v.evidence.start - x.v.evidence.start)[0];
    // (a short sentence with no claim of its own between them is such a denial too: "The police denied it.")
    const near = own.filter((y) => n.v.evidence.start - y.v.evidence.end > NEXT_SENTENCE_GAP && n.v.evidence.start - y.v.evidence.end <= SHORT_DENIAL);
    const o =
      named ??
      prior.find((x) => !bare.includes(x) && recordedClaim(x) && open(x)) ??
      bare.flatMap(before).find((x) => !bare.includes(x) && claimBeforeDenial(x) && open(x)) ??
      near.find((x) => recordedClaim(x) && open(x));
    if (!o) continue;
    for (const x of own) if (x.v.evidence.start === o.v.evidence.start) denied.add(x.v.id);
    answered.add(n.v.id);
    out.push(reportDenial(o, n));
  }
  return out;
}

function reportDenial(o: WordedVersion, n: WordedVersion): Finding {
  const side = (x: WordedVersion): string => `${x.c.sourceName ?? 'an unnamed source'} (${x.v.outlet ?? `report ${x.v.article}`})`;
  return make('negation', 'contradiction', `reported, then denied: stated by ${side(o)}; denied by ${side(n)}`, o.v.evidence, n.v.evidence, [o.v.id, n.v.id], o.c.event ?? n.c.event);
}

/** A denial's object that names a report, not the thing itself: "denied a newspaper report that …", "rejected claims that …". */
const REPORT_OBJECT = /^(?:(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,4}?)?(?:reports?|claims?|allegations?|rumou?rs?|stor(?:y|ies)|accounts?)\b/iu;

/**
 * Whether a version puts a claim on record that a denial can answer: a claim told as reported ("X reported that P", not
 * vouched for, the verb before its content: "…, BNA reported." is the outlet's own news), a report a denial names ("denied a
 * report that P"), or a claim told inside a sentence that denies it ("denied that he had resigned, after officials said P");
 * not a negated claim itself.
 */
function recordedClaim(x: WordedVersion): boolean {
  if (NEGATED.test(x.v.text) || DENIAL_OPENING.test(x.v.text)) return false;
  const at = x.v.evidence.text.indexOf(x.v.text);
  if (at <= 0) return false;
  const lead = x.v.evidence.text.slice(0, at);
  // ("X reported that P": the content a clause of its own, not "the figure reported by a newspaper")
  if (REPORT_CUE.test(x.v.cue) || REPORTED_OTHER.test(x.v.cue)) return lead.includes(x.v.cue) && !PREPOSITION_FIRST.test(x.v.text);
  // "…had been switched off for months, an allegation the hospital has rejected"
  if (appendedDenial(x.v.evidence.text, at)) return true;
  if (DENIAL_VERB.test(x.v.cue)) return deniedReport(x);
  // a claim told after the denial, as what prompted it: "denied that he had resigned, after two officials said he had …"
  const denialEnd = lastDenialEnd(lead);
  return denialEnd >= 0 && PROMPTED_BY.test(lead.slice(denialEnd));
}

/** Content opening with a preposition is no clause: "the figure reported by a Zagreb newspaper". */
const PREPOSITION_FIRST = /^(?:by|in|on|at|to|for|from|with|as|of)\b/i;

/**
 * Whether a version is a claim a bare denial right after it answers ("A radio station reported … that a young man had died in
 * custody. The police denied it."): any claim told with its verb before it, not negated; the denial says it is a claim.
 */
function claimBeforeDenial(x: WordedVersion): boolean {
  if (NEGATED.test(x.v.text) || DENIAL_OPENING.test(x.v.text) || DENIAL_VERB.test(x.v.cue)) return false;
  const at = x.v.evidence.text.indexOf(x.v.text);
  return at > 0 && x.v.evidence.text.slice(0, at).includes(x.v.cue) && !PREPOSITION_FIRST.test(x.v.text);
}

/** Between a denial and a claim in its sentence, a word that makes the claim what prompted it: "…, after officials said …". */
const PROMPTED_BY = /\b(?:after|following)\b/i;

/** Whether a version is a denial of a report, with the report's claim as its content: "denied a newspaper report that …". */
function deniedReport(x: WordedVersion): boolean {
  // (not a bare "rejected the claim": the report's claim is told in the sentence before)
  return DENIAL_VERB.test(x.v.cue) && REPORT_OBJECT.test(x.v.text) && /\bthat\b/i.test(x.v.text) && !NEGATED.test(x.v.text);
}

function negation(topic: string, first: PolarVersion, second: PolarVersion): Finding {
  // "stated by" / "denied by": no verb to agree with a plural source ("radio stations")
  const side = (x: PolarVersion): string => `${x.denies ? 'denied' : 'stated'} by ${x.c.sourceName ?? 'an unnamed source'} (${x.v.outlet ?? `report ${x.v.article}`})`;
  return make('negation', 'contradiction', `${topic}: ${side(first)}; ${side(second)}`, first.v.evidence, second.v.evidence, [first.v.id, second.v.id], first.c.event ?? second.c.event);
}

export interface DriftInput {
  readonly events: readonly TrackedEvent[];
  readonly claims: readonly StoryClaim[];
  readonly quantities: readonly QuantityObservation[];
}

/** The story's findings after a report is added: the old ones plus those involving the new report. */
export function findDrift(prev: readonly Finding[], story: DriftInput, article: number): Finding[] {
  const out = [...prev];
  const seen = new Set(prev.map((f) => f.id));
  const add = (fs: readonly Finding[]): void => {
    for (const f of fs) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push(f);
    }
  };
  for (const e of story.events) add(timeFindings(inquiryTrack(e, story.events), article));
  add(quantityFindings(story.quantities, article));
  add(scoreFindings(story.quantities, article));
  for (const e of story.events) add(certaintyTimelineFindings(e, story.claims, article));
  for (const c of story.claims) add(certaintyFindings(c, article));
  add(certaintyPhraseFindings(story.events, article, out));
  const worded = wordedVersions(story.claims);
  add(attributionFindings(worded, article, prev));
  add(negationFindings(worded, article, prev));
  return out;
}
