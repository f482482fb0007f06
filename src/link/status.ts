/**
 * Status history of a tracked event. Each report's reading of the event (its per-report status,
 * modality, time and cue words) becomes a step in the reader's vocabulary; steps are appended in
 * date order, never rewritten. "Status as of D" is the latest non-conflicting step dated on or before D.
 */
import { EVENT_FAMILIES, phaseRank, type EventFamily } from '../doc/schemas/events.js';
import { appendedDenial, isBareDenial } from './anaphoric-denial.js';
import { daysBetween } from './days.js';
import type { DigestEvent } from './digest.js';
import { DEMAND_BEFORE, DENIAL_VERB_GROUP, denialVerbPattern, negatedAt } from './negation.js';
import { INQUIRY_REPORT, isInquiry } from './families.js';
import { phaseStatus } from './phases.js';
import { madeSubject, presupposedStatus } from './presupposed.js';
import { objectFrameStatus } from './object-frames.js';
import { PREPARATION_CUE } from './preparations.js';
import { firstMention, prohibited, prohibitedAt } from './prohibition.js';
import { generalKind, pastProgressiveAt, triggerTense } from './tense.js';
import { textAfterTrigger, textBeforeTrigger, triggerOffset } from './trigger-at.js';
import type { ReaderStatus, StatusStep } from './schema.js';
import { changeWords, POSTPONEMENT, wordsGroup } from '../util/plan-change.js';
import { OTHER_LANGUAGE_POSSIBILITY } from './possibility-words.js';
import { IRREGULAR_PAST_FORMS } from '../util/irregular-verbs.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * How far along the story a status is. A later step with a lower rank moves the story backwards
 * (e.g. "happened" then "expected"), which is flagged unless the lower status is one that legitimately
 * follows anything (postponed, cancelled, denied).
 */
export const STATUS_RANK: Readonly<Record<ReaderStatus, number>> = {
  invited: 1,
  expected: 2,
  'expected-not-before': 3,
  preparing: 4,
  'dates-announced': 5,
  'under-way': 6,
  happened: 7,
  postponed: 2,
  cancelled: 8,
  denied: 2,
};

/** A link to another happening's time: what follows it is not what the status word before it describes. */
const TEMPORAL_LINK = /\b(?:after|before|following|since|ahead\s+of|in\s+the\s+wake\s+of)\b/i;

/** The nouns of an accord reached ("a pay deal", "the agreement"). */
const ACCORD = /^(?:deal|agreement|accord|pact|settlement)s?$/i;

/** The events layer's lemma for services cancelled ("cancelled 300 flights"): a happening, no plan called off. */
const SERVICES_CANCELLED = 'cancel-services';

/** Statuses that may follow any other without a conflict: plans change. */
const REVERSALS = new Set<ReaderStatus>(['postponed', 'cancelled', 'denied']);

/** A state agreed or imposed to last: a ceasefire, a truce, a curfew, an embargo (its lemma). */
const LASTING_STATE = /^(?:ceasefire|truce|armistice|curfew|lockdown|embargo|blockade|moratorium)/i;
/** Words that put a lasting state in force: "came into force", "took effect", "is in effect", "has held", "was holding". */
const IN_FORCE = /\b(?:came|comes|coming)\s+into\s+(?:force|effect)\b|\b(?:took|takes|taking)\s+effect\b|\b(?:is|was|are|were|remains|remained|stays|stayed)\s+(?:still\s+)?in\s+(?:force|effect|place)\b|\b(?:has|have|had)\s+(?:largely\s+|so\s+far\s+)?held\b|\b(?:is|was|are|were)\s+(?:still\s+|largely\s+)?holding\b|\bheld\s+through\b/i;
/**
 * The same in the reports' other languages: "reste en vigueur", "est entrée en vigueur"; "sigue vigente", "entró en
 * vigor"; "bleibt in Kraft", "ist in Kraft getreten"; "resta in vigore", "è entrato in vigore".
 */
const KEPT_IN_FORCE_OTHER = /(?<!\p{L})(?:(?:reste|restent|demeure|demeurent|est|sont)\s+(?:toujours\s+)?en\s+vigueur|(?:est|sont)\s+entr[ée]e?s?\s+en\s+vigueur|(?:sigue|siguen|permanece|permanecen|está|están)\s+(?:vigentes?|en\s+vigor)|entr(?:ó|aron)\s+en\s+vigor|(?:bleibt|bleiben|ist|sind)\s+(?:weiter\s+|noch\s+)?in\s+Kraft|in\s+Kraft\s+getreten|(?:resta|restano|rimane|rimangono|è|sono)\s+in\s+vigore|entrat[oaie]\s+in\s+vigore)(?!\p{L})/iu;
/** IN_FORCE told as done: "came into force", "has taken effect", "is now in force" (not "once it takes effect"). */
const KEPT_IN_FORCE_EN = /\b(?:came|has\s+come|have\s+come)\s+into\s+(?:force|effect)\b|\b(?:took|has\s+taken|have\s+taken)\s+effect\b|\b(?:is|was|are|were|remains|remained)\s+(?:still\s+|now\s+)?in\s+(?:force|effect)\b/i;
const KEPT_IN_FORCE = new RegExp(`${KEPT_IN_FORCE_EN.source}|${KEPT_IN_FORCE_OTHER.source}`, 'iu');
/** Words that end a lasting state: it collapsed, broke down, expired, was lifted. */
const STATE_OVER = /\b(?:collapsed|collapses|broke\s+down|broken\s+down|expired|expires|ended|ends|lifted|was\s+over|came\s+to\s+an\s+end)\b/i;

/**
 * An authority's ban ("police barred the march", "the police ban"): once imposed it is in force, under way, until a
 * report says it was lifted, struck down or overturned (or its time is long past).
 */
const BAN = /^(?:ban|prohibition)$/i;
/** Words that undo an order: a court struck it down, overturned or quashed it. */
const ORDER_UNDONE = /\b(?:struck\s+down|strikes\s+down|overturned|overturns|quashed|quashes|revoked|revokes|set\s+aside)\b/i;

/** Whether a ban is told as imposed and not as lifted or undone in the report's sentences of it. */
function banImposed(e: DigestEvent): boolean {
  return BAN.test(e.lemma) && !e.sentences.some((s) => STATE_OVER.test(s.text) || ORDER_UNDONE.test(s.text));
}

/** A place closed (link: lemma "close"; annotate/events/domains.ts FACILITIES and public works) and the word that reopens it. */
const CLOSURE = /^close$/i;
/** A reopening told as done ("reopened", "has reopened"), not one ahead ("will reopen", "is to be reopened"). */
const REOPENED = /(?<!\bbe\s)\breopened\b/i;

/** Whether a report's sentences of a closure tell the place reopened. */
function closureEnded(e: Pick<DigestEvent, 'lemma' | 'trigger' | 'sentences'>): boolean {
  return CLOSURE.test(e.lemma) && (REOPENED.test(e.trigger) || e.sentences.some((s) => REOPENED.test(s.text)));
}

/** A service stopped until it starts again: "sailings were suspended", "the shutdown" (a grounding order is told as done once made; it keeps its own reading). */
const STOPPAGE = /^(?:suspend|suspension)$/i;
/** Its restart told as done ("resumed", "returned to service"), not one ahead ("could be resumed", "will resume"). */
const RESTARTED = /(?<!\bbe\s)\b(?:resumed|restarted|reopened|lifted|returned\s+to\s+service|back\s+in\s+service|(?:flying|sailing|running)\s+again)\b/i;

/** A fleet grounded: a stop of its own, in force only where the report says it lasts ("pending safety checks"). */
const GROUNDING = /^(?:ground|grounding)$/i;
/** Words that a grounding holds on: "pending safety checks", "until the authority signs them off", "remain grounded". */
const HOLDS_PENDING = /\b(?:pending|until|till|remains?\s+grounded|remained\s+grounded|stay(?:s|ed)?\s+(?:grounded|on\s+the\s+ground))\b/i;

/** Whether a stopped service is still stopped in the report: none of its sentences tells it started again. */
function stoppageInForce(e: DigestEvent): boolean {
  const stopped = STOPPAGE.test(e.lemma) || (GROUNDING.test(e.lemma) && e.sentences.some((s) => HOLDS_PENDING.test(s.text)));
  return stopped && e.modality === 'asserted' && !e.sentences.some((s) => RESTARTED.test(s.text) || STATE_OVER.test(s.text));
}

/** Whether a closure is told as made and not as ended by a reopening in the report's sentences of it. */
function closureInForce(e: DigestEvent): boolean {
  return CLOSURE.test(e.lemma) && !closureEnded(e) && !e.sentences.some((s) => STATE_OVER.test(s.text));
}

/** The outcome of an inquiry named before it: "the findings of its inquiry", "los resultados de la investigación". */
const OUTCOME_OF = /\b(?:findings|results|conclusions|report|outcome|resultados|conclusiones|informe|résultats|rapport|Ergebnisse|Bericht)\s+(?:of|from|de|del|des|du|der)\s+(?:(?:the|its|their|his|her|this|la|el|su|sus|l'|sa|son|leur|ihrer|seiner|des)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** The outcome ahead after it: "until the inquiry has reported", "no tendrá conclusiones antes de", "rendra ses conclusions". */
const OUTCOME_AHEAD = /^(?:\s+[\p{L}'’-]+){0,8}?\s+(?:(?:has|have)\s+(?:reported|concluded|finished)|reports|(?:will|would|is\s+due\s+to|is\s+expected\s+to)\s+(?:report|publish|deliver|present)|(?:no\s+)?tendrá\s+(?:conclusiones|resultados)|rendra\s+ses\s+conclusions)\b/iu;
/** Words that start an inquiry still to come ("will open an inquiry"): its outcome ahead says nothing of it going on. */
const INQUIRY_OPENED_AHEAD = /\b(?:will|would|to|plans?\s+to|intends?\s+to|called\s+for|demanded|calls?\s+for)\s+(?:\w+\s+){0,2}?(?:open|launch|set\s+up|establish|order|begin|start|an?)\b/i;

/** An inquiry's finding told after it: "An inquiry found that …", "the investigation concluded". */
const INQUIRY_FOUND = /^(?:\s+[\p{L}'’-]+){0,6}?\s+(?:found|concluded|determined|established|blamed|cleared)\b/iu;
/** A condition or a time clause opening just before the inquiry: "once an inquiry had established the cause". */
const INQUIRY_CONDITION = /\b(?:once|until|unless|if|when|before|after)\s+(?:the|an?|its|their)?\s*(?:[\p{L}-]+\s+)?$/iu;

/** Filings a court hears: once it is to hear one, the filing is made. */
const LODGED: ReadonlySet<string> = new Set(['appeal', 'challenge', 'petition', 'lawsuit']);
/** Right before the filing, a court's verb of hearing it: "will hear the city's appeal", "to rule on its challenge". */
const HEARD_BEFORE = /\b(?:hear|hears|heard|hearing|rule\s+on|rules\s+on|ruling\s+on|consider|considers|examine|examines|decide\s+on)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** Whether the event's first mention is the object of a court's hearing ("will hear Milan's appeal"). */
function heardAppeal(e: DigestEvent): boolean {
  const at = triggerOffset(e);
  return at >= 0 && HEARD_BEFORE.test(e.evidence.text.slice(Math.max(0, at - 40), at));
}

/**
 * Right before a mention, a request or an objection that names it as its object: "will ask shareholders to remove",
 * "will ask for them to be released", "would oppose any transfer", "pedirá … la suspensión".
 */
const REQUESTED_BEFORE = /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to|for)\s+(?:[\p{L}'’-]+\s+){0,4}?$|\boppos(?:e|es|ed|ing)\s+any\s+(?:[\p{L}-]+\s+)?$|(?<!\p{L})(?:pedirá|pedirán|pide|piden|pidió|pidieron|solicitará|solicita|solicitó|demandera|demande|demandé|réclame|réclamera)\s+(?:[\p{L}'’-]+\s+){0,10}?(?:la|el|los|las|le|les|une?|un)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Whether the event's first mention is named as what is demanded ("a note demanding the traders' release"), or requested. */
function demandedObject(e: DigestEvent): boolean {
  const at = triggerOffset(e);
  const before = e.evidence.text.slice(Math.max(0, at - 40), at);
  if (DEMAND_BEFORE.test(before)) return true;
  // (a request whose object the sentence goes on to plan is a plan: "to order a recount, which could take place in the coming weeks")
  const requester = textBeforeTrigger(e, 120);
  return requester !== null && REQUESTED_BEFORE.test(requester) && !PLANNED_IN_RELATIVE.test(textAfterTrigger(e)!);
}

/** Right after a mention, a relative clause that plans it: ", which could take place in the coming weeks". */
const PLANNED_IN_RELATIVE = /^\s*,?\s*(?:which|that)\s+(?:could|would|will|may|might|is\s+(?:expected|due|set)\s+to)\b/i;

/** Right after a happening's noun (past an "of" complement), a future verb of its ending: "would be finished by nightfall". */
// ("is not expected to finish before the end of October", "will not be completed until May": an end put off is still ahead,
// so what is to end has begun all the same)
const FUTURE_ENDS = /^\s+(?:(?:of|on|in|at|along|across)\s+[^;.]{0,60}?\s+)?(?:will|would|should|could|may|might|is\s+to|are\s+to|(?:is|are)\s+(?:not\s+)?expected\s+to|is\s+due\s+to)\s+(?:not\s+)?(?:(?:be\s+)?(?:finished|completed|complete|over|done)\b|(?:end|conclude|finish|wind\s+down)\b(?!\s+(?:in|with|up)\b))/i;

/** Whether the event's first mention is the subject of a future verb of its ending. */
function endAhead(e: DigestEvent): boolean {
  const after = textAfterTrigger(e);
  return after !== null && FUTURE_ENDS.test(after);
}

/**
 * Right before a lasting state's noun, a future verb that changes it: "will ease water rationing from December 15",
 * "plans to lift the curfew on Monday", "is set to extend the closure". The state is in force until then.
 */
const CHANGE_AHEAD_BEFORE = /\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|planned\s+to|(?:is|are)\s+(?:set|due|expected|going)\s+to|decided\s+to|agreed\s+to)\s+(?:further\s+|gradually\s+|partly\s+|partially\s+|also\s+)?(?:ease|relax|loosen|tighten|extend|lift|end|shorten|scale\s+back|phase\s+out)\s+(?:(?:the|its|their|his|her|a|all|some)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Right after it, the same change in the passive: "the restrictions will be eased on the 15th". */
const CHANGE_AHEAD_AFTER = /^\s+(?:will|would|shall|could|may|might|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|expected)\s+to)\s+(?:now\s+|then\s+|only\s+|also\s+)?be\s+(?:further\s+|gradually\s+|partly\s+|partially\s+)?(?:eased|relaxed|loosened|tightened|extended|lifted|ended|scaled\s+back|phased\s+out)\b/i;
/** What is offered or given, not a state in force: "will extend an invitation", "will lift aid". */
const NOT_A_STATE: ReadonlySet<string> = new Set(['REQUEST', 'SUPPORT', 'AID']);

/** Whether the event's first mention is a lasting state that a future verb will ease, lift, extend or end. */
function changeAhead(e: DigestEvent): boolean {
  if (NOT_A_STATE.has(e.type)) return false;
  const at = triggerOffset(e);
  if (at < 0) return false;
  const text = e.evidence.text;
  return CHANGE_AHEAD_BEFORE.test(text.slice(Math.max(0, at - 80), at)) || CHANGE_AHEAD_AFTER.test(text.slice(at + e.trigger.length));
}

/**
 * A state told as running to an end still ahead: after its noun, "expires on August 25", "is due to expire", "runs until";
 * before it, a prolonging verb ("extended the state of emergency in Lae by 14 days, to September 8"). The day is the
 * state's end, not a start.
 */
const RUNS_UNTIL_AFTER = /^[^;]{0,60}?\b(?:expires|expire|expiring|lapses|(?:is|are)\s+due\s+to\s+(?:expire|end|lapse|run\s+out)|runs\s+until|run\s+until|lasts\s+until|remains?\s+in\s+(?:force|place)\s+until)\b/i;
const PROLONGED_BEFORE = /\b(?:extended|prolonged|renewed)\s+(?:(?:the|its|their|a)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** Whether the event's first mention is a state running to an end ahead of the report's day (or with no day of its own). */
function runsUntilAhead(e: DigestEvent, day: string | null): boolean {
  const at = triggerOffset(e);
  if (at < 0) return false;
  const text = e.evidence.text;
  if (e.time !== null && !datedAhead(e, day)) return false;
  return RUNS_UNTIL_AFTER.test(text.slice(at + e.trigger.length)) || PROLONGED_BEFORE.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * What an inquiry's finding tells of it: done ("An inquiry found that a cargo ship's anchor had dragged …"), or nothing
 * when the finding is a condition ("could face a fine once an inquiry had established the cause"); null when its
 * sentences tell no finding. The events layer reads an inquiry asserted as going on, which its findings end.
 */
function inquiryFinding(e: DigestEvent): 'happened' | 'none' | null {
  // an inquiry's report that found something has been made too ("the engineer's report later found only surface marks")
  if (!isInquiry(e.lemma) && e.lemma !== INQUIRY_REPORT) return null;
  const text = e.evidence.text;
  const at = triggerOffset(e);
  if (at < 0 || !INQUIRY_FOUND.test(text.slice(at + e.trigger.length))) return null;
  return INQUIRY_CONDITION.test(text.slice(Math.max(0, at - 30), at)) ? 'none' : 'happened';
}

/**
 * An inquiry whose outcome a sentence tells as still ahead ("will publish the findings of its inquiry on April 14",
 * "once the inquiry into the rupture has reported", "La investigación … no tendrá conclusiones antes de fines de
 * marzo") is going on: the future is the findings', not the inquiry's; unless the inquiry itself is still to be opened.
 */
function inquiryGoingOn(e: DigestEvent): boolean {
  if (!isInquiry(e.lemma)) return false;
  return e.sentences.some((s) => {
    const at = firstMention(s.text, e.trigger);
    if (at < 0 || INQUIRY_OPENED_AHEAD.test(s.text.slice(Math.max(0, at - 40), at))) return false;
    return OUTCOME_OF.test(s.text.slice(Math.max(0, at - 60), at)) || OUTCOME_AHEAD.test(s.text.slice(at + e.trigger.length));
  });
}

/** A ceasefire, a curfew, an embargo: in force until it ends. */
function isLastingState(e: DigestEvent): boolean {
  return LASTING_STATE.test(e.lemma);
}

/** A lasting state not told as a plan, a calling-off or over: one words of force or imposing put in force. */
function lastingStateOpen(e: DigestEvent): boolean {
  return isLastingState(e) && e.status !== 'anticipated' && e.status !== 'scheduled' && e.status !== 'cancelled' && !e.sentences.some((s) => STATE_OVER.test(s.text));
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A day: "October 20", "20 October", "12 and 13 February", "March 24-25", "Wednesday". */
const DAY = `(?:${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}(?:\\s*(?:and|-|–)\\s*\\d{1,2})?\\s+${MONTH}|${WEEKDAY}\\b)`;
/**
 * After a mention, in its sentence, its entry into force ahead, with what follows up to a comma: "will take effect on
 * April 1", "entrará en vigor el 1 de abril", "entrera en vigueur le 1er juillet", "wird am 1. Juli in Kraft treten".
 */
const FUTURE_IN_FORCE = /^(?:(?!\band\b|\bbut\b|\by\b|\bet\b|\bund\b)[^.;,]){0,120}?(?:\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|expected)\s+to)\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force)|(?<!\p{L})(?:entrará|entrarán|entrera|entreront|entrerà|entreranno|entrarão)\s+(?:en|em|in)\s+(?:vigor|vigueur|vigore)|(?<!\p{L})(?:wird|werden)\s+[^.;]{0,40}?in\s+Kraft\s+treten)(?!\p{L})[^,.;]{0,40}/iu;
/** A day in what follows an entry into force: "on April 1", "el 1 de abril", "le 1er juillet", "am 1. Juli". */
const DAY_AFTER = new RegExp(`${DAY}|\\b\\d{1,2}(?:er|\\.)?\\s+(?:de\\s+)?\\p{L}{3,}`, 'iu');

/**
 * A future or scheduling verb followed, in its clause, by "on" or "for" a day. Not a past plan ("was to have
 * opened on", "had been due to begin on"): those start with "have" or "had", which the pattern never takes.
 */
const FUTURE_DATED = new RegExp(
  `\\b(?:will|shall|would(?!\\s+have)|(?:is|are|has\\s+been|have\\s+been)\\s+(?:due|set|scheduled|slated|fixed|planned))\\b(?!\\s+(?:not|never)\\b)(?:[ap]\\.m\\.|\\d\\.\\d|[^.;:]){0,60}?\\b(?:on|for)\\s+(?:${WEEKDAY},?\\s+)?${DAY}`,
  'i',
);

/**
 * The words of calling off a plan: util/plan-change.ts's, every form, with the link layer's two differences. Not
 * "suspended": a suspension for a span puts a plan off (SUSPENDED_FOR), and one denied ("has not been suspended") says
 * the thing goes on, while the events layer's passive cue reads "was suspended" as called off. And "abandoned", the
 * link layer's own ("the plan was abandoned"), which the events layer does not read as a change of plan.
 */
const NOT_CALLING_OFF_HERE: ReadonlySet<string> = new Set(['suspended']);
const CALLING_OFF = [...changeWords('cancelled').filter((w) => !NOT_CALLING_OFF_HERE.has(w)), 'abandoned'];
/** Forms of "cancel", which alone may call off services, not a plan ("cancelled 300 flights"). */
const CANCEL_FORMS = CALLING_OFF.filter((w) => w.startsWith('cancel'));
/**
 * A plan called off, in any form; not a form of "cancel" whose object is services ("cancelled 300 flights", "the grounding
 * had led to 460 cancelled flights"): those are the happening itself, or another happening, and call off no plan.
 */
const SERVICES = String.raw`(?:flights?|trains?|services|sailings|departures|crossings)`;
const CALLED_OFF = new RegExp(
  String.raw`\b(?<!\b${SERVICES}\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been|being)\s+)(?:${wordsGroup(CANCEL_FORMS)}(?!\s+(?:[\w,]+\s+){0,2}?${SERVICES}\b)|${wordsGroup(CALLING_OFF.filter((w) => !CANCEL_FORMS.includes(w)))})\b`,
  'i',
);

/**
 * A suspension for a span, until a point or to resume ("suspended for 90 days", "for the same period", "until March", "was
 * suspended at nightfall and will resume at first light"): put off, not called off.
 */
const SUSPENDED_FOR = /\bsuspend(?:ed|s|ing)?\b[^.;]{0,60}?\b(?:for\s+(?:\d+|a|an|one|two|three|four|six|ten|thirty|sixty|ninety)\s+(?:days?|weeks?|months?)|for\s+(?:the\s+same|that|a)\s+period|until)\b|\b(?:suspend|halt|paus|stopp)(?:ed|s|ing)?\b[^.;,]{0,60}?\b(?:will|would|is\s+to|was\s+to|to)\s+(?:resume|restart|start\s+again)\b/i;

/** Happenings that have no schedule of their own to put off: disasters, casualties, attacks. */
const UNSCHEDULED_TYPES: ReadonlySet<string> = new Set(['DISASTER', 'CASUALTY', 'ASSAULT']);

/** A measure a court may suspend before its start, not the court's own act (the suspension, an injunction) nor a happening with no schedule. */
function measureNotAct(e: DigestEvent): boolean {
  return !UNSCHEDULED_TYPES.has(e.type) && e.type !== 'LEGAL' && !/^(?:suspen|freez|froz|injunct|block)/i.test(e.lemma);
}

/**
 * Status words read from the sentences that mention the event, strongest first. A word under a
 * negation ("has not been postponed") does not count: the denial is a claim, not a status change.
 */
const SENTENCE_STATUS: ReadonlyArray<{
  readonly pattern: RegExp;
  readonly status: ReaderStatus;
  readonly when?: (e: DigestEvent) => boolean;
  /** The words must come before the mention they describe ("at the end of a two-day visit"). */
  readonly before?: boolean;
  /** The words must come after the mention they describe ("talks were continuing"). */
  readonly after?: boolean;
  /** How far (characters) the words may stand from a mention, when not STATUS_REACH. */
  readonly reach?: number;
  /** The change is the report's news whatever the event's time ("suspended for the same period": a span, no old plan). */
  readonly fresh?: boolean;
}> = [
  // "suspended its tariffs for 90 days": the thing resumes after the span, so it is put off (a denied scrapping beside
  // it leaves the suspension standing)
  { pattern: SUSPENDED_FOR, status: 'postponed', fresh: true },
  // (a search or rescue called off or abandoned has ended: it cancels no plan)
  // (services cancelled, "cancelled 300 flights", are the happening itself)
  // (nor do they call off the event beside them: "the grounding had led to 460 cancelled flights")
  // "called off their hunger strike on Sunday, eight days after it began": a strike or protest called off once begun has
  // ended; it happened, and the calling-off cancels nothing still planned
  { pattern: CALLED_OFF, status: 'happened', when: (e) => e.sentences.some((s) => CALLED_OFF.test(s.text) && BEGUN_BEFORE.test(s.text)) },
  { pattern: CALLED_OFF, status: 'cancelled', when: (e) => !isWarning(e) && !isSearch(e) && e.lemma !== SERVICES_CANCELLED },
  // "The ban … was to have started on April 1 but was stopped by an injunction": a plan for a time that did not take place
  // then is put off, whatever stopped it (a calling-off above says more)
  {
    pattern: /\b(?:was|were)\s+to\s+have\s+(?:started|begun|opened|taken\s+(?:effect|place)|come\s+into\s+(?:force|effect)|been\s+(?:held|released|freed|signed|introduced))\b[^.;]{0,100}?\bbut\b/i,
    status: 'postponed',
    after: true,
    reach: 100,
  },
  // "a suspendu vendredi l'interdiction …, qui devait entrer en vigueur le 1er juillet", "a lower court froze the measure
  // days before it was due to begin": a measure suspended or frozen before its start is put off (the court's act; the
  // measure may still come into force), in English and the reports' other languages
  {
    pattern: /\b(?:suspended|froze|frozen|blocked|halted|a\s+suspendu|a\s+gelé|suspendió|congeló|ha\s+sospeso|ha\s+congelato|ausgesetzt|gestoppt)\b[^.;]{0,120}?(?:\b(?:qui\s+devait|que\s+deb[ií]a|che\s+doveva|das\s+am)\b|\bbefore\s+it\s+was\s+(?:due|set|to)\b|\b(?:which|that)\s+(?:was|were)\s+(?:due|set|to)\s+(?:to\s+)?(?:start|begin|take\s+effect|come\s+into))/iu,
    status: 'postponed',
    // (not the court's own act, the suspension or injunction, which happened)
    when: measureNotAct,
    // the measure is the object between the verb and its start ("suspended the rise … that was due to take effect") or the
    // passive's subject before it ("the strike was suspended the night before it was due to start"), not another
    // happening after it ("suspended the strike that was due to begin on Friday, to allow talks")
    after: true,
    reach: 160,
  },
  // German puts the verb last: "hat das Fahrverbot … wenige Tage vor dem geplanten Start am 1. April vorläufig ausgesetzt"
  {
    pattern: /\bvor\s+(?:dem|seinem|ihrem)\s+(?:geplanten\s+)?(?:Start|Beginn|Inkrafttreten)\b(?:[^.;]|(?<=\d)\.){0,80}?\b(?:ausgesetzt|gestoppt|gekippt|eingefroren)\b/iu,
    status: 'postponed',
    when: measureNotAct,
    reach: 160,
  },
  // "The trial …, which sank in April, was due to open on Monday, June 7, but was put back to July 12": a plan's day
  // given, then put off in the same sentence, however far from the noun its appositives set the verbs
  {
    pattern: /\b(?:was|were)\s+(?:due|set|scheduled|planned)\s+to\s+(?:open|start|begin|take\s+place|be\s+held)\b[^.;]{0,80}?\bbut\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+|(?:the|a|an|its|their)\s+[a-z-]+\s+(?:has\s+|have\s+)?)(?:put\s+(?:it\s+|them\s+)?back|put\s+(?:it\s+|them\s+)?off|postponed|delayed|pushed\s+(?:it\s+|them\s+)?back|moved|adjourned|deferred|rescheduled)\b/i,
    status: 'postponed',
    // (not the incident an appositive recalls: "the MV …, which sank in April, was due to open …")
    when: (e) => !UNSCHEDULED_TYPES.has(e.type),
    after: true,
    reach: 160,
  },
  // "The museum, which had planned to reopen on Saturday, put the date back on Wednesday": the plan's date put off, the
  // verb's particle after its object
  {
    pattern: /\b(?:put|puts|pushed|pushes|moved|moves)\s+(?:the|its|their)\s+(?:date|day|start|opening|reopening|launch|deadline|timetable)\s+back\b/i,
    status: 'postponed',
    when: (e) => !UNSCHEDULED_TYPES.has(e.type),
    after: true,
    reach: 120,
  },
  // "pushing its decision back to mid-November", "has slipped to February": a plan's own noun put back, or a plan slipping to
  // a later time (a month, a season, "next year"; not prices that slipped to a low)
  {
    pattern: /\b(?:put|puts|putting|pushed|pushes|pushing)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){1,2}back\s+(?:to|until|by)\b|\b(?:slipped|slips|has\s+slipped|have\s+slipped)\s+(?:back\s+)?(?:to|into|until)\s+(?:(?:early|late|mid|the\s+end\s+of|next)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|year|month|week|20\d\d)\b/iu,
    status: 'postponed',
    when: (e) => !UNSCHEDULED_TYPES.has(e.type),
    reach: 120,
  },
  // a warning lifted, withdrawn or cancelled has run its course
  { pattern: /\b(?:lifted|lifts|lifting|withdrawn|rescinded|cancell?ed|stood down)\b/i, status: 'happened', when: isWarning },
  // an invitation accepted is a visit expected ("accepted an invitation to visit Astana next year")
  { pattern: /\baccept(?:ed|s|ing)?\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?invitation\b|\binvit\w+\b.{0,60}\b(?:and|who)\s+\w+\s+accepted\b/i, status: 'expected' },
  // "ended a two-day visit", "at the end of a two-day visit": over, though the report reads it as under
  // way or gives the noun no status of its own; not a present or future passive ("once the inspections are finished",
  // "will be completed"), whose end is still ahead
  {
    pattern: /(?<!\b(?:is|are|be)\s+)\b(?:ended|ends|finished|finishes|wrapped up|concluded|completed|wound up|rounded off|left \w+ (?:on|after)|returned home)\b/i,
    status: 'happened',
    // (an event with no status of its own only where the report asserts it: "the pump price could rise … once the subsidy
    // ends on September 30" is a possibility, whatever else ends)
    when: (e) => (e.status === null && e.modality === 'asserted') || e.status === 'occurred' || e.status === 'in-progress',
  },
  {
    // "ending a trial that opened on September 8"
    // "ending seven weeks of detention": the span of what ends
    pattern: /\b(?:at|after|since) the end of (?:an?|the|his|her|their|its)\b|\bending (?:an?|the|his|her|their|its)\b|\bending\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?)\s+of\b/i,
    status: 'happened',
    when: (e) => e.status === null || e.status === 'occurred' || e.status === 'in-progress',
    before: true,
  },
  // "called off the strike after reaching a pay deal", "the sides struck an agreement": an accord reached is done,
  // where the report gives the noun no status of its own (not "hope of reaching a deal": no assertion)
  {
    pattern: /\b(?:reached|reaching|struck|striking|clinched|clinching|sealed|sealing|secured|securing)\s+(?:an?|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|pact|settlement)\b/iu,
    status: 'happened',
    when: (e) => e.status === null && e.modality === 'asserted' && ACCORD.test(e.trigger),
    before: true,
    reach: 40,
  },
  // put off (util/plan-change.ts) or "on hold"; not a happening with no schedule beside the plan put off ("The handover of
  // six people kidnapped … has been put off": the kidnapping happened), unless it is a warning or a search, which may be
  { pattern: POSTPONEMENT, status: 'postponed', when: (e) => !UNSCHEDULED_TYPES.has(e.type) || isWarning(e) || isSearch(e) },
  // (a rate "on hold" is a rate decision, a hold, not a plan put off: "see the rate on hold until the spring")
  { pattern: /\bon\s+hold\b/i, status: 'postponed', when: (e) => e.family !== 'rate' },
  // "the recount has not been halted", "the campaign has not been suspended": a stop denied says the thing goes on
  {
    pattern: /\b(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+(?:been\s+)?(?:halted|stopped|suspended|paused|interrupted)\b|\b(?:hasn|haven|wasn|weren|isn|aren)['’]t\s+(?:been\s+)?(?:halted|stopped|suspended|paused|interrupted)\b/i,
    status: 'under-way',
    when: (e) => e.status !== 'anticipated' && e.status !== 'scheduled' && e.status !== 'cancelled' && e.family !== 'incident',
  },
  // "The leak had not been stopped by Monday evening", "the fire has not yet been contained": an incident that goes on
  // until it is stopped is going on while its stopping is denied
  {
    pattern: /\b(?:has|have|had|was|were|is|are)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:stopped|contained|sealed|plugged|capped|extinguished|put\s+out|brought\s+under\s+control)\b|\b(?:hasn|haven|hadn|wasn|weren|isn|aren)['’]t\s+(?:yet\s+)?(?:been\s+)?(?:stopped|contained|sealed|plugged|capped|extinguished|put\s+out|brought\s+under\s+control)\b/i,
    status: 'under-way',
    when: (e) => e.family === 'incident' && e.status === 'occurred' && e.modality !== 'negated',
    after: true,
    reach: 40,
  },
  // "the ceasefire came into force at midnight", "the truce has held for ten days": a state agreed to last (a
  // ceasefire, a curfew, an embargo) is in force, under way, until a report says it ended or broke down
  {
    pattern: IN_FORCE,
    status: 'under-way',
    when: lastingStateOpen,
  },
  // "the government ordered a night-time curfew", "imposed a curfew until further notice": a lasting state (a curfew, a
  // lockdown, an embargo) ordered or imposed, or in force until further notice, holds from then on
  {
    pattern: /\b(?:ordered|orders|imposed|imposes|declared|declares|introduced|introduces|slapped)\b|\buntil\s+further\s+notice\b/i,
    status: 'under-way',
    when: (e) => lastingStateOpen(e) && e.modality === 'asserted',
  },
  // "protesters defied a ban and marched", "marched despite a police ban": a ban defied is in force
  {
    pattern: /\b(?:defied|defying|defy|defies|in\s+defiance\s+of|despite|in\s+breach\s+of|flouted|flouting)\b/i,
    status: 'under-way',
    before: true,
    reach: 30,
    when: (e) => banImposed(e) && e.modality === 'asserted',
  },
  // "Bremen's ban on older diesel vehicles came into force on Monday": a ban, a closure or a grounding that took effect is in
  // force (not "once the ban takes effect", a condition ahead)
  {
    pattern: KEPT_IN_FORCE,
    status: 'under-way',
    when: (e) => KEPT_STATES.test(e.lemma) && e.status !== 'anticipated' && e.status !== 'scheduled' && e.status !== 'cancelled' && e.modality !== 'negated' && !overNear(e),
  },
  // "the alert for aftershocks would stay in force until at least Friday": a warning or a lasting state kept in force is
  // in force now, whatever the tense of its keeping
  {
    pattern: /\b(?:will|would|shall|to|is\s+to)\s+(?:remain|stay)\s+(?:\w+\s+)?in\s+(?:force|effect|place)\b/i,
    status: 'under-way',
    when: (e) => (isWarning(e) || isLastingState(e)) && e.status !== 'cancelled' && e.modality !== 'negated',
  },
  // "will stay closed to the public", "le stade restera fermé", "will be closed until further notice": a closure, a ban or
  // a grounding kept in place is in force now, whatever the tense of its keeping (a closure from a later day is dated)
  {
    pattern: /\b(?:will|would|shall|to|is\s+to|are\s+to)\s+(?:remain|stay)\s+(?:\w+\s+)?(?:closed|shut|grounded|suspended|banned)\b|(?<!\p{L})(?:restera|resteront|seguirá|seguirán|permanecerá|permanecerán|bleibt|bleiben)\s+(?:\p{L}+\s+)?(?:fermée?s?|suspendue?s?|cerrad[oa]s?|suspendid[oa]s?|geschlossen|gesperrt)(?!\p{L})|\b(?:closed|shut|grounded|suspended|banned)\b[^.;:!?]{0,40}\buntil\s+further\s+notice\b/iu,
    status: 'under-way',
    when: (e) => KEPT_STATES.test(e.lemma) && e.modality !== 'negated' && e.status !== 'cancelled' && !e.time?.window?.from,
  },
  // "signed after negotiations that began in June": what another happening came after is over, though it began
  {
    pattern: /\bafter\s+(?:[\p{L}-]+\s+){0,3}?(?:that|which)\s+(?:began|started|opened)\b/iu,
    status: 'happened',
    when: (e) => e.status === null || e.status === 'occurred' || e.status === 'in-progress',
  },
  // "arrived for a visit", "talks began on Monday": the event has started and is not over (not a relative clause of
  // another noun: "in the final step of an easing cycle that began in 2023")
  {
    pattern: /\b(?:arrived|arrives|arriving|began|begins|begun|opened|opens|started|starts|is visiting|are meeting|under way|underway|got under way)\b/i,
    status: 'under-way',
    // an incident (a capsizing, a quake) is not itself under way: the rescue or evacuation in its sentence is
    // a family read by its phase (an outbreak that "started" and "lasted") takes its status from the phase
    // an opening (of a bridge, an airport) is a moment: "opened the bridge on Saturday" is done, not going on
    when: (e) => (e.status === 'occurred' || e.status === 'in-progress') && (e.family !== 'incident' || RESPONSE.test(e.lemma)) && !phaseStatus(e.family, e.phase) && e.lemma !== 'open' && !startOfOther(e),
  },
  // "continues the negotiations", "poursuit les négociations": talks or a process carried on are under way
  {
    pattern: /\b(?:continu(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)\s+on(?:\s+with)?|poursui(?:t|vent|vait|vaient)|contin[úu]a(?:n)?|sigue(?:n)?)(?:\s+(?:the|its|their|his|her|les|la|le|sus|las|los))?\b/iu,
    status: 'under-way',
    when: continuing,
    before: true,
    reach: 2,
  },
  // "talks were continuing", "the negotiations continue", "les négociations se poursuivent"
  {
    pattern: /\b(?:(?:is|are|was|were)\s+(?:still\s+)?continuing|continu(?:e|es|ed)(?!\s+to\b)|(?:go|goes|went)\s+on|se\s+poursui(?:t|vent|vait|vaient)|contin[úu]a(?:n)?|gehen\s+weiter|dauer(?:t|n)\s+an)\b/iu,
    status: 'under-way',
    when: continuing,
    after: true,
    reach: 30,
  },
  // "opening negotiations with staff", "began talks on Monday": talks begun are going on, whatever the report expects of
  // them ("are expected to last six weeks"); not a future or intended start ("will open talks", "to begin talks")
  {
    pattern: /(?<!\b(?:will|would|could|may|might|shall|should|to|plans?|planned|wants?)\s+)\b(?:open(?:ed|ing|s)?|beg(?:an|un|ins|inning)|start(?:ed|ing|s)?|launch(?:ed|ing|es)?)\s+(?:(?:the|its|their|formal|fresh|new|direct|so-called|change)\s+){0,2}/i,
    status: 'under-way',
    when: (e) => e.type === 'CONSULT' && TALKS.test(e.lemma) && e.modality !== 'negated' && e.status !== 'cancelled',
    before: true,
    reach: 1,
  },
  // "began returning to their villages", "started moving people out": a happening whose start is told right before its
  // verb has begun and goes on (the events layer gives a gerund after a phase verb no status of its own)
  {
    pattern: /\b(?:began|begun|started|starting|beginning)\s+/i,
    status: 'under-way',
    when: (e) => e.modality === 'asserted' && e.status === null && /ing$/i.test(e.trigger.trim()),
    before: true,
    reach: 1,
  },
  // "as negotiations entered their fifth week", "the strike, now in its third day": a process counted in its days or weeks
  {
    pattern: /\b(?:entered|entering|enters|(?:now\s+)?in)\s+(?:its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|[\p{L}-]+)\s+(?:day|week|month|year)\b/iu,
    status: 'under-way',
    when: (e) => e.modality !== 'negated' && e.status !== 'cancelled' && e.family !== 'incident',
    after: true,
    reach: 40,
  },
  {
    pattern: PREPARATION_CUE,
    status: 'preparing',
    when: (e) => e.status !== 'occurred' && e.status !== 'in-progress',
  },
  // "would not take place before the pandemic is under control", "will not visit until the dispute is settled":
  // a bound without a date (a bound with one is the time layer's `notBefore`)
  {
    pattern: /\b(?:not|never|cannot)\s+(?:[\w'’-]+\s+){0,4}?(?:before|until)\b|\bno\s+(?:earlier|sooner)\s+than\b/i,
    status: 'expected-not-before',
    // (a plan the events layer gave no schedule: "had hoped to finish the merger …, now expected completion not before December")
    when: plannedNotInvited,
  },
  // a future verb with a day: "will open on October 20", "is set for 12 and 13 February", "would start … on
  // Wednesday"; the days are announced, whatever tense an appositive before the verb lends the event
  {
    pattern: FUTURE_DATED,
    status: 'dates-announced',
    // not an event over by its own time ("charged over the collapse in June, will open on October 20"), nor an incident
    // that has struck, whose sentence's future verb is another happening's ("the 4,100 people evacuated … will be allowed
    // to return home on Sunday"); a deal with no schedule of its own takes the day it is planned for ("would meet on
    // May 20, when ministers hope to sign an agreement")
    when: (e) => (e.status !== null || e.modality === 'planned' || e.modality === 'expected') && e.status !== 'in-progress' && !(e.status === 'occurred' && (e.time !== null || e.family === 'incident')),
    reach: 160,
  },
];

/**
 * Talks or a process told as carried on ("talks were continuing", "poursuit les négociations"): asserted, not over,
 * not an incident (a fire that "continues" spreads: goingOn), and no plan ("will continue talks next week").
 */
function continuing(e: DigestEvent): boolean {
  return e.modality === 'asserted' && (e.status === null || e.status === 'occurred' || e.status === 'in-progress') && e.family !== 'incident' && !isLastingState(e);
}

/**
 * Right after a happening's noun (past its "in"/"at" complement), "is likely" ("A strike is now likely", "a cut in the policy
 * rate at the June meeting was now "likely""; not "the cut is likely to hurt exporters", a likely effect); right before
 * its verb, "likely to" ("are likely to strike").
 */
const LIKELY_AFTER = /^\s+(?:(?:in|at|of|on|by|for)\s+[^,;.]{0,60}?\s+)?(?:is|was|are|were|looks?|looked|seems?|seemed|appears?|appeared)\s+(?:now\s+|still\s+|increasingly\s+|very\s+|highly\s+|more\s+)?["“'‘]?likely\b(?!\s+to\b)/i;
const LIKELY_BEFORE = /(?<!\bun)\blikely\s+to\s+$/i;

/** The same with "unlikely": a doubt ("An August cut now looks unlikely", "made a cut at the August meeting unlikely"). */
const UNLIKELY_AFTER = /^[^,;.]{0,70}?\b(?:unlikely|improbable)\b(?!\s+to\b)/i;
const UNLIKELY_BEFORE = /\b(?:unlikely|improbable)\s+(?:to\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether a happening is said to be unlikely: a doubt, which gives it no status (not a denial, not a plan). */
function saidUnlikely(e: DigestEvent): boolean {
  const after = textAfterTrigger(e);
  return after !== null && (UNLIKELY_AFTER.test(after) || UNLIKELY_BEFORE.test(textBeforeTrigger(e, 30)!));
}

function saidLikely(e: DigestEvent): boolean {
  const after = textAfterTrigger(e);
  return after !== null && (LIKELY_AFTER.test(after) || LIKELY_BEFORE.test(textBeforeTrigger(e, 20)!));
}

/** Right after a happening's noun: its complement, then one of `modals`, then a verb of taking place. */
function takesPlaceAfter(modals: string): RegExp {
  return new RegExp(String.raw`^\s+(?:(?:of|on|into|by|with|between)\s+[^,;.]{0,60}?\s+)?(?:${modals})\s+(?:now\s+|then\s+|only\s+)?(?:be\s+(?:published|released|presented|delivered|handed\s+over|announced|held|completed|finished|ready|out)|take\s+place|come|start|begin|open|follow)\b`, 'i');
}
/** A future verb of its taking place: "would be published", "will take place", "is due to start". */
const FUTURE_TAKES_PLACE = takesPlaceAfter(String.raw`will|would|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to`);
/** The same after a modal of possibility or obligation: "its findings should be ready in the coming weeks", "a ruling could come within days" (on the table, undated: a possibility sets no day). */
const POSSIBLE_TAKES_PLACE = takesPlaceAfter('should|could|might|may');

/** Right after a happening's noun, a possible occurring: "could occur at any time", "may happen again". */
const MAY_OCCUR_AFTER = /^\s+(?:could|might|may|can)\s+(?:still\s+|also\s+)?(?:occur|happen|take\s+place)\b/i;

/** The events layer's cue of a suspension: "suspended", "been suspended". */
const SUSPENDED_CUE = /\bsuspend(?:ed|s)?\b/i;

/** Whether the event's own time starts after the report's day: a plan still ahead. */
function planAhead(e: DigestEvent, day: string | null): boolean {
  const from = e.time?.window?.from;
  return day !== null && from != null && from.slice(0, 10) > day;
}

/** How far (characters) before and after a kept state's trigger a word of its ending is read as its own. */
const OVER_BEFORE = 30;
const OVER_AFTER = 60;

/**
 * Whether a word that ends a state stands near the state's first mention ("the ban was lifted"), not further on in
 * its sentence, where it is another thing's ("came into force …, after a higher court lifted an injunction").
 */
function overNear(e: DigestEvent): boolean {
  const at = triggerOffset(e);
  if (at < 0) return e.sentences.some((s) => STATE_OVER.test(s.text));
  const text = e.evidence.text;
  return STATE_OVER.test(text.slice(Math.max(0, at - OVER_BEFORE), at + e.trigger.length + OVER_AFTER));
}

/** States a body keeps in place until it lifts them: a closure, a ban, a grounding, a suspension. */
const KEPT_STATES = /^(?:close|closure|shut|shutdown|ban|bar|prohibit|ground|suspend|suspension)/i;

/** Right before a strike's noun, the present perfect of being on it: "have been on hunger strike", "has been on strike". */
const ON_STRIKE_BEFORE = /\b(?:has|have)\s+(?:now\s+)?been\s+on\s+(?:(?:a|an|the|hunger|general|indefinite|national|rolling)\s+){0,2}$/i;

function onStrike(e: DigestEvent): boolean {
  const at = Math.max(0, triggerOffset(e));
  return ON_STRIKE_BEFORE.test(e.evidence.text.slice(Math.max(0, at - 40), at));
}

/** A start told in a relative clause of the noun before it: "an easing cycle that began in 2023", "the talks, which began". */
const RELATIVE_START = /(\p{L}[\p{L}-]*)\s*,?\s+(?:that|which)\s+(?:began|begun|started|opened)\b/giu;
const START_WORD = /\b(?:began|begun|started|opened)\b/gi;
/**
 * A start with an object of its own: "opened a criminal investigation into the attack", "began returning to their villages",
 * "began a controlled release": what starts is the object (the words after it, captured), not a happening named elsewhere.
 */
const TRANSITIVE_START = /\b(?:began|begun|started|opened)\s+((?:(?:a|an|the|its|their|his|her)\s+)(?:[\p{L}-]+\s+){0,3}|\p{L}+ing\b)/giu;

/**
 * Whether every start word in the event's sentences belongs to a relative clause of another noun than the event's own
 * ("cut its rate in April 2025, in the final step of an easing cycle that began in 2023": the cycle began, not the cut).
 */
function startOfOther(e: DigestEvent): boolean {
  const own = new Set([e.trigger, ...(e.triggers ?? [])].map((t) => t.toLowerCase()));
  let other = false;
  for (const s of e.sentences) {
    const starts = [...s.text.matchAll(START_WORD)].length;
    if (starts === 0) continue;
    const relative = [...s.text.matchAll(RELATIVE_START)];
    if (relative.some((m) => own.has(m[1]!.toLowerCase()))) return false;
    // (a start whose object holds the event's own word is the event's: "opened the talks")
    const transitive = [...s.text.matchAll(TRANSITIVE_START)].filter((m) => !m[1]!.toLowerCase().split(/\s+/).some((w) => own.has(w)));
    if (relative.length + transitive.length < starts) return false;
    other = true;
  }
  return other;
}

/** Words that say a happening had begun before it was called off: "eight days after it began", "after 12 days", "in its third week". */
const BEGUN_BEFORE = /\b(?:after|since)\s+(?:it|they|the\s+[\p{L}-]+)\s+(?:began|started|begun)\b|\bafter\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen)\s+(?:days|weeks|months)\b|\bin\s+its\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:day|week|month)\b/iu;
/** BEGUN_BEFORE's span in the reports' other languages: "après cinq jours", "tras tres semanas", "nach zwei Wochen", "dopo dieci giorni". */
const BEGUN_BEFORE_OTHER = /(?<!\p{L})(?:après|tras|después\s+de|nach|dopo|após)\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|duas|três|quatro|cinco)\s+(?:jours|semaines|mois|días|semanas|meses|Tagen|Wochen|Monaten|giorni|settimane|mesi|dias)(?!\p{L})/iu;

/** Talks of any name: negotiations, consultations, dialogue. */
const TALKS = /^(?:talk|negotiat|consult|dialog|discuss|mediat)/i;

/** The trigger's own predicate saying it goes on: "are already under way", "is still ongoing", "was in progress". */
const UNDER_WAY_PREDICATE = /^\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:already|now|still|well|fully)\s+)?(?:under\s?way|ongoing|in\s+progress)\b/i;
/**
 * Right before a negated mention, a negation that denies nothing of the event: "not only" (it adds to it: "we are not only
 * signing documents") and "no further", "no more", "no new" (more of it ahead is ruled out: "there would be no further
 * blockades"); not "no" alone ("there was no blockade").
 */
const NO_DENIAL_BEFORE = /\b(?:not\s+(?:only|just|merely|simply)|no\s+(?:further|more|new|other|fresh)|not\s+(?:any\s+)?(?:further|more|new|fresh))\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/**
 * The trigger's own predicate saying its plan stands: "the October 13 strike was still on", "the exams would go ahead as
 * scheduled", "the vote will take place on October 11 as planned". Not a condition ("would go ahead unless …", "if …").
 */
const PLAN_STANDS = /^\s+(?:(?:is|was|are|were|remains?|remained)\s+still\s+on\b(?!\s+(?:the|a|an|its|their)\b)|(?:will|would|shall|is\s+to|are\s+to)\s+(?:still\s+)?(?:go\s+ahead|take\s+place|be\s+held)\b(?:[^.;,]{0,40}?\s)?as\s+(?:planned|scheduled)\b)/i;
/** "as planned", "as scheduled": the plan's days are set. */
const AS_PLANNED = /\bas\s+(?:planned|scheduled)\b/i;
/** The trigger's own predicate saying how it is going: "talks were going well", "the negotiations are progressing". */
const GOING_PREDICATE = /^\s+(?:is|are|was|were)\s+(?:still\s+)?(?:going\s+(?:well|smoothly|badly|better|worse)|progressing|making\s+progress)\b/i;
/** Before a plan's mention: a question left open ("it was too early to say when production would restart"): no plan told. */
const TOO_EARLY_TO_SAY = /\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know|predict|judge)\s+(?:when|whether|if|how\s+soon)\b[^.;:!?]*$/i;
/** Right before an event's verb (or the noun of a light verb): a subject negated with "no" and an active auxiliary. */
const NO_SUBJECT_BEFORE = /(?:^|[^\p{L}])[Nn]o\s+(?:[\p{L}-]+\s+){1,2}(?:has|have|had|did|was|were)\s+(?:ever\s+)?(?:(?:opened|caught|made|taken|took|carried)\s+)?$/u;

/** Before a participle that stands as an attribute: a determiner or a number, then at most one word ("the 38 grounded"). */
const ATTRIBUTE_OPENS = /\b(?:the|its|their|his|her|these|those|all|both|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+(?:(?:\d[\d,]*|now|still|recently|temporarily)\s+)?$/iu;
/** After it, the noun it qualifies: a word that is no verb group or preposition ("jets", "Canadian jets"). */
const NOUN_AFTER = /^\s+(?!(?:by|in|on|at|for|from|to|since|until|after|before|over|with|and|or|but|as|because|was|were|is|are|has|have|had|will|would|the|a|an|all|its|their|his|her|some|every)\b)\p{L}[\p{L}-]*/u;

/** Whether the event's first mention is a state's past participle standing as an attribute ("the grounded jets"). */
function attributiveState(e: DigestEvent): boolean {
  const at = triggerOffset(e);
  const trigger = e.trigger.trim();
  if (at < 0 || !/(?:ed|shut)$/i.test(trigger) || trigger.includes(' ')) return false;
  const text = e.evidence.text;
  return ATTRIBUTE_OPENS.test(text.slice(Math.max(0, at - 30), at)) && NOUN_AFTER.test(text.slice(at + trigger.length));
}

/** Right before a mention, a past verb that puts it in force: "issued a red warning", "imposed a night curfew". */
const ISSUED_BEFORE = /\b(?:issued|declared|imposed|ordered|raised)\s+(?:an?|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Whether the event's first mention is the object of a past verb that puts it in force. */
function issuedBefore(e: DigestEvent): boolean {
  const before = textBeforeTrigger(e, 50);
  return before !== null && ISSUED_BEFORE.test(before);
}

/**
 * Right before a warning's noun, a verb that lifts or lowers it, in any of the reports' languages: "lowered the alert for the
 * volcano", "suspendeu na segunda-feira o alerta", "levantó la alerta", "a levé l'alerte", "hob die Warnung … auf" is not
 * read (its particle follows). The warning is over: what was in force has happened.
 */
const WARNING_LIFTED_BEFORE = /(?<!\p{L})(?:lifted|lowered|withdrew|withdrawn|cancelled|canceled|downgraded|ended|suspendeu|suspendió|levantó|levantou|retirou|retiró|rebaixou|bajó|levé|baissé|abaissé|ritirato|revocato|revocó|revogou)\s+(?:[\p{L}-]+\s+){0,3}?(?:o|a|os|as|el|la|los|las|le|les|l['’]|the|its|their|il|lo|den|die|das)\s*$/iu;

/** An incident's warning or alert: issued, it is in force (under way) until it is lifted. */
function isWarning(e: DigestEvent): boolean {
  return e.family === 'incident' && /^(?:warning|alert|watch)/i.test(e.lemma);
}

/**
 * An incident that lasts until someone declares it over (an outbreak, an epidemic, a drought): once it
 * has struck it is under way, not over, until a report says it ended or its time is long past.
 */
const LASTING_INCIDENT = /^(?:outbreak|epidemic|pandemic|drought|famine)/i;
/** Words that close a lasting incident: "declared the outbreak over", "the epidemic ended", "lasted seven months". */
const DECLARED_OVER = /\b(?:declared\s+(?:[\w'’-]+\s+){0,8}?over|(?:is|was|are|were)\s+over|ended|ends|lasted|contained|eradicated|came to an end)\b/i;
/** A lasting incident dated this long before the report is over, declared or not. */
const LASTING_DAYS = 90;

/** Whether a lasting incident is told as having struck and not as declared over. */
function stillLasting(e: DigestEvent): boolean {
  if (e.family !== 'incident' || !LASTING_INCIDENT.test(e.lemma)) return false;
  return !e.cues.some((c) => DECLARED_OVER.test(c)) && !e.sentences.some((s) => DECLARED_OVER.test(s.text));
}

/**
 * An incident that spreads or goes on over days (a wildfire, a flood, a spill): told in the present perfect of
 * what it is doing ("has burned 3,000 hectares", "has now spread to", "has flooded") or said to go on ("is still
 * burning", "continues to"), it is under way on the report's day, unless the sentence says it is over. A plain
 * past ("a fire destroyed a warehouse on Monday") is a happening, as before.
 */
const SPREADING_INCIDENT = /^(?:wildfire|fire|blaze|bushfire|flood|flooding|spill|eruption)s?$/i;
/** After the incident's mention, its own verb group going on: present perfect, "still", "continues". */
const GOING_ON = /^[^.;:!?]{0,60}?\b(?:(?:has|have)\s+(?:(?:now|already|so\s+far|since|also)\s+)?(?:\p{L}+ed|burnt|spread|grown|risen|swept|torn|eaten|consumed|reached)\b|(?:is|are)\s+(?:still\s+)?(?:burning|spreading|raging|advancing|growing|rising)\b|continues?\s+to\b)/iu;
/** Words that say an incident is over: "extinguished", "put out", "fully contained", "under control". */
const IS_OVER = /\b(?:extinguished|put\s+out|fully\s+contained|under\s+control|burned\s+out|burnt\s+out|receded|declared\s+(?:[\w'’-]+\s+){0,8}?over)\b/i;

/** Whether an incident of a spreading kind is told as going on in its mention's sentence. */
function goingOn(e: DigestEvent): boolean {
  if (e.family !== 'incident' || !SPREADING_INCIDENT.test(e.lemma)) return false;
  const text = e.evidence.text;
  if (IS_OVER.test(text)) return false;
  const at = triggerOffset(e);
  return at >= 0 && GOING_ON.test(text.slice(at + e.trigger.trim().length));
}

/**
 * After the event's mention, its own verb group in the past saying it is over: "lasted about 20 minutes", "began on
 * Monday and ended on Friday", ", which ended on Friday". Not past a conjunction that opens another clause ("began after
 * the talks ended"), and not "has lasted" (going on still).
 */
const ENDED_AFTER = /^[^;!?]{0,50}?\b(?:lasted|ended|was\s+over|were\s+over|came\s+to\s+an\s+end)\b/i;
const OTHER_CLAUSE = /\b(?:after|when|until|before|since|as|while|because|once|if|unless|where)\b|\b(?:has|have)\s+(?:lasted|ended)\b/i;

/** Whether one of the event's mentions, in any of its sentences, is followed by its own verb group saying it is over. */
function toldEnded(e: DigestEvent): boolean {
  const words = [...new Set((e.triggers ?? [e.trigger]).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  for (const s of e.sentences.length ? e.sentences : [e.evidence]) {
    const lower = s.text.toLowerCase();
    for (const w of words) {
      for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
        const m = ENDED_AFTER.exec(s.text.slice(at + w.length));
        if (m !== null && !OTHER_CLAUSE.test(m[0])) return true;
      }
    }
  }
  return false;
}

/** Right before a mention: a declaration that takes the thing declared as its object ("declared the clean-up …"). */
const DECLARED_BEFORE = /\b(?:declared|declares|pronounced|pronounces)\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** After it, in its clause, what the declaration says of it: over ("… complete on Tuesday", "… over"). */
const DECLARED_OVER_AFTER = /^[^,;:.!?]{0,70}?\s(?:complete|completed|over|finished|at\s+an\s+end)\b/i;

/**
 * Whether a mention is declared over: "Tunisia declared the clean-up of the oil spill off Sfax complete on Tuesday".
 * Not "declared the clean-up a priority", nor "declared a state of emergency over the spill" (no "the" object said over).
 */
function declaredOver(e: DigestEvent): boolean {
  const before = textBeforeTrigger(e, 60);
  return before !== null && DECLARED_BEFORE.test(before) && DECLARED_OVER_AFTER.test(textAfterTrigger(e)!);
}

/** What is done about an incident (a rescue, a search, an evacuation): these, unlike the incident, go on for a while. */
const RESPONSE = /^(?:rescue|search|evacuat|recover|relief)/i;
/** A search for survivors or its rescue operation. */
function isSearch(e: DigestEvent): boolean {
  return e.family === 'incident' && /^(?:rescue|search)/i.test(e.lemma);
}

/**
 * An evacuation in force: ordered ("ordered the evacuation of 1,800 people", "ordered residents to evacuate"), widened
 * ("has been widened to two more villages"), or with its people's return still ahead ("will be allowed to return home
 * on Sunday", "could go back soon"). The people are out of their homes; like a warning issued, it goes on until it is
 * completed, its order lifted, or the people are back.
 */
const ORDERED_EVACUATION = /\b(?:ordered|orders|order)\s+(?:(?:the|an?)\s+)?(?:(?:immediate|mandatory|partial|full|precautionary)\s+)?evacuation\b|\bordered\s+(?:[\p{L}\p{N},'’-]+\s+){1,6}?to\s+evacuate\b/iu;
/** The evacuation made wider or longer: "the evacuation has been widened", "extended the evacuation". */
const WIDENED_EVACUATION = /\bevacuations?\s+(?:[\w'’-]+\s+){0,6}?(?:has|have|had|was|were|is|are)\s+(?:been\s+|being\s+)?(?:widened|extended|expanded|broadened)\b|\b(?:widened|extended|expanded|broadened)\s+(?:the\s+|its\s+)?evacuation\b/i;
/**
 * People ordered out in other words: "were told to leave their homes", "ordered residents to flee"; and people out of
 * their homes "since" a day, told in the present perfect ("have been evacuated since Monday", "han sido evacuadas …
 * desde el lunes", "ont été évacuées depuis lundi"): they are not back, so the evacuation holds.
 */
const TOLD_TO_LEAVE = /\b(?:told|ordered|asked|urged|instructed)\s+(?:[\p{L}\p{N},'’-]+\s+){0,6}?to\s+(?:leave|flee)\s+(?:their|his|her|the)\s+(?:homes?|houses?|villages?|town|area)\b/iu;
const OUT_SINCE = /\b(?:ha(?:ve|s)\s+been\s+evacuated|ha(?:n)?\s+sido\s+evacuad[oa]s?|(?:ont|a)\s+été\s+évacué(?:e|s|es)?|(?:sind|ist)\s+(?:\S+\s+){0,3}?evakuiert\s+worden)\b[^.;]*?\b(?:since|desde|depuis|seit)\b/iu;
/** The people's return still ahead: "will be allowed to return home", "could go back to their homes", "will not be allowed home before". */
const RETURN_AHEAD = /\b(?:will|would|could|can|cannot|may|might|shall)\s+(?:not\s+)?(?:(?:be\s+(?:allowed|able|permitted)\s+)(?:to\s+)?)?(?:return|go\s+back|home)\b/i;
/** Words that say an evacuation is over: completed, ended, its order lifted, the people back home. */
const EVACUATION_OVER = /\b(?:complet(?:ed|es)|finish(?:ed|es)|ended|lifted|rescinded|returned\s+home|(?:are|were|is|was)\s+back\s+home|(?:were|was|(?:have|has|had)\s+been)\s+allowed\s+(?:to\s+return|back|home))\b/i;

/** Whether an evacuation is told as ordered, widened or not yet over for its people, and not as over, in the report's sentences of it. */
function evacuationInForce(e: DigestEvent): boolean {
  if (e.family !== 'incident' || !/^evacuat/i.test(e.lemma)) return false;
  return e.sentences.some((s) => ORDERED_EVACUATION.test(s.text) || WIDENED_EVACUATION.test(s.text) || RETURN_AHEAD.test(s.text) || TOLD_TO_LEAVE.test(s.text) || OUT_SINCE.test(s.text)) && !e.sentences.some((s) => EVACUATION_OVER.test(s.text));
}

/** A warning dated this long before the report is over, lifted or not: warnings last days, not months. */
const WARNING_DAYS = 30;
/**
 * A state in force (an outbreak declared) whose own time ended this long before the report is over; a closure made
 * this long before is over too.
 */
const PAST_STATE_DAYS = 365;

/**
 * States in force once they start, under way until a report says they ended or their time is long past: each with
 * how long it may last unreported (a warning days, an outbreak or a ban months).
 */
const IN_FORCE_STATES: ReadonlyArray<{
  readonly holds: (e: DigestEvent) => boolean;
  /** Over when its time ended this long before the report's day. */
  readonly lastsDays: number;
  /** Over, too, when its time began this long before the report's day, whatever its end. */
  readonly madeWithinDays?: number;
}> = [
  // a warning issued, until lifted
  { holds: (e) => isWarning(e) && e.phase !== 'warning-lifted', lastsDays: WARNING_DAYS },
  // "ordered the evacuation of 1,800 people on Tuesday", "widened", its people's return ahead: until they are back
  { holds: evacuationInForce, lastsDays: WARNING_DAYS },
  // an outbreak, until declared over
  { holds: stillLasting, lastsDays: LASTING_DAYS },
  // a fire "has burned 3,000 hectares", until put out
  { holds: goingOn, lastsDays: LASTING_DAYS },
  // "police barred the march", until lifted or struck down
  { holds: banImposed, lastsDays: LASTING_DAYS },
  // "closed six beaches until further notice", "the consulate closed": until they reopen; not one made a year and more
  // before the report ("closed to lorries since 2019": the story's past, as "the 2023 outbreak" is)
  { holds: closureInForce, lastsDays: LASTING_DAYS, madeWithinDays: PAST_STATE_DAYS },
  // "All ferry sailings … were suspended on Tuesday", "the shutdown": until a report tells them running again
  { holds: stoppageInForce, lastsDays: WARNING_DAYS, madeWithinDays: WARNING_DAYS },
];

/** Whether one of the states in force holds for the event as of the report's day. */
function inForce(e: DigestEvent, day: string | null): boolean {
  return IN_FORCE_STATES.some((state) =>
    state.holds(e) && !longPast(e, day, state.lastsDays) && !(state.madeWithinDays !== undefined && longPast(e, day, state.madeWithinDays, 'from')));
}

/** A change of plan for a time this long before the report is the story's past, not the report's news. */
const OLD_CHANGE_DAYS = 60;

/**
 * Whether the event's first mention is the point "since" counts from ("since his arrest", "since the collapse");
 * not where it is the subject of its own clause ("since the outbreak began": a state may still be going on).
 */
export function sinceHappened(e: Pick<DigestEvent, 'trigger' | 'evidence'>): boolean {
  return triggerAfter(e, String.raw`\bsince\s+(?:(?:his|her|their|its|the|that|this)\s+)?(?:[\p{L}-]+\s+)?`, String.raw`\s+(?:began|begun|started|broke|erupted|was|were|has|had|is|are)`);
}

/** Whether the event's first mention (its trigger, a whole word) follows `before` and is not followed by `notAfter` (pattern sources). */
function triggerAfter(e: Pick<DigestEvent, 'trigger' | 'evidence'>, before: string, notAfter: string): boolean {
  const t = e.trigger.trim();
  if (!t) return false;
  return new RegExp(String.raw`${before}${escapeRegExp(t)}\b(?!${notAfter})`, 'iu').test(e.evidence.text);
}

/**
 * A negation that says "so far", no denial of anything reported: "not yet", "no … yet", "has yet to", and the
 * present perfect passive "he has not been charged", "no talks have been scheduled" (what has not happened by now), and
 * a past perfect bounded by a day or a time of day, "no demand had been received by Monday".
 */
const NOT_SO_FAR = new RegExp(
  String.raw`\bnot\s+yet\b|\b(?:no|not|never)\b[^.;:!?]{0,60}\byet\b|\b(?:has|have|had|is|are)\s+yet\s+to\b|\b(?:has|have)\s+not\s+been\b|\b(?:hasn|haven)['’]t\s+been\b|\bno\s+(?:[\w-]+\s+){0,3}(?:has|have)\s+been\s+(?:scheduled|set|planned|arranged|fixed|called|announced)\b|\b(?:no|not|never)\b[^.;:!?]{0,60}\b(?:had|has|have)\s+been\s+[\w-]+\s+by\s+(?:${WEEKDAY}|(?:late\s+|early\s+)?(?:morning|afternoon|evening|midday|noon|nightfall|then|now)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)`,
  'i',
);
/**
 * A negation bounded by a later point, in English, Spanish, French or German: "will not … until", "no lo hará hasta
 * que", "ne … pas avant", "nicht vor", or by a span from now ("will not reopen for at least a week"). The bound follows
 * its negation in the same clause.
 */
const NOT_UNTIL = /\b(?:not|never|cannot)\s+(?:[\w'’-]+\s+){0,4}?(?:before|until)\b|\b(?:not|never|cannot)\s+(?:[\w'’-]+\s+){0,3}?for\s+(?:at\s+least|another|a\s+further|the\s+next|several|some)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?)\b|\brul(?:ed|es|ing|e)\s+out\s+(?:[\w'’-]+\s+){0,5}?before\b|\bno\s+(?:[\p{L}'’-]+\s+){0,3}?(?:antes\s+de|hasta\s+(?:que|el|la|después))\b|\bpas\s+avant\b|\bnicht\s+(?:vor|bevor)\b/iu;

/** Statuses a sentence states outright, even of an event the events layer gave no status: called off, put off, being prepared. */
const STATED_WITHOUT_STATUS: ReadonlySet<ReaderStatus> = new Set(['cancelled', 'postponed', 'preparing']);

const NEGATION_BEFORE = /\b(?:not|no|never|denied|denies|deny|dismissed|rejected)\b|n[’']t\b/i;

/**
 * Status words count only this close (in characters) to a mention of the event, and not across a clause
 * with its own subject: in "ended a visit to Olgii, where he opened a consulate" the opening is not the
 * visit's, while "the visit, which had been set for March 24 and 25, has been put off" is the visit's.
 */
const STATUS_REACH = 110;
// "on hold until the recount is complete": what follows "until" or "unless" is the condition, not the thing held
const CLAUSE_BREAK = /;|\b(?:where|while|whereas|but|although|until|unless)\b/i;
/** Nouns of other happenings: a status word past one of them is that one's ("a summit, months after a visit was postponed"). */
const OTHER_EVENT_NOUNS = /\b(?:visit|trip|tour|summit|talks|meeting|agreement|deal|accord|election|by-election|vote|strike|trial|conference|ceremony|signing|negotiations?|recount|swearing-in|inauguration|campaign|inquiry|inquirie|hearing|resignation|finding|result|verdict)s?\b/gi;
/**
 * A noun after "of" and another happening's noun is that noun's complement: in "the recount of last month's
 * by-election began", the verb after the by-election is the recount's.
 */
const OF_HEAD = new RegExp(`(${OTHER_EVENT_NOUNS.source})\\s+of\\s+(?:[\\w'’-]+\\s+){0,3}$`, 'i');

/**
 * A happening after "into" and the noun of an inquiry or its report is what is looked into: in "the preliminary report into
 * last month's crash has been delayed", "the inquiry into the stand collapse was put back", the verb is the report's.
 */
const INTO_HEAD = /\b(?:reports?|inquir(?:y|ies)|investigations?|probes?|findings|review)\s+into\s+(?:[\w'’-]+\s+){0,5}$/i;

/** An event noun right after a status verb, as its object ("postpone a state visit", "cancelled the talks"). */
const OBJECT_AFTER = /^\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?(visits?|trips?|tours?|summits?|talks|meetings?|agreements?|deals?|accords?|elections?|votes?|strikes?|trials?|conferences?|ceremon(?:y|ies)|signings?|negotiations?|search(?:es)?|hunts?|operations?)\b/i;

/** How an event is named: its own words (trigger and lemma) as a test, and as a search for its mentions. */
interface EventWords {
  readonly own: RegExp;
  /** Global: every word starting with the trigger or lemma ("visit", "visits", "visited"); null when both are too short. */
  readonly mention: RegExp | null;
}

function eventWords(e: DigestEvent): EventWords {
  // every word a mention names it by: "the swearing-in has been put off" speaks of an event first named "sworn in"
  const words = [...new Set([e.trigger, e.lemma, ...(e.triggers ?? [])])].filter((w) => w.length >= 3).map((w) => escapeRegExp(w.toLowerCase()));
  if (!words.length) return { own: /$^/, mention: null };
  return { own: new RegExp(`^(?:${words.join('|')})`, 'i'), mention: new RegExp(`\\b(?:${words.join('|')})\\w*`, 'gi') };
}

/** A bound coordinated after a plan: "ready to attend them, but not before the end of March", "yes, but not until May". */
const BUT_NOT_BEFORE = /\bbut\s+not\s+(?:before|until|till|earlier\s+than)\b/i;

/**
 * A plan with no time of its own bounded by a "but not before" after its mention in the same sentence: the bound is
 * the plan's ("was ready to attend them, but not before the end of March", where the time layer gave the bound to
 * "attend", not to the talks).
 */
function boundAfter(e: DigestEvent, words: EventWords): boolean {
  if (e.time) return false;
  return e.sentences.some((s) => {
    const first = mentionsIn(s.text, words)[0];
    return first !== undefined && BUT_NOT_BEFORE.test(s.text.slice(first));
  });
}

/** Where the event is named in a sentence. */
function mentionsIn(sentence: string, words: EventWords): number[] {
  const out: number[] = [];
  if (words.mention) for (const m of sentence.matchAll(words.mention)) out.push(m.index);
  return out;
}

/**
 * A denial the report places before its news: "called off the strike, a day after denying reports that it
 * had been cancelled", "on Monday she had told reporters it had not been called off". The change stands.
 */
const EARLIER_DENIAL = /\b(?:after|since)\s+(?:\w+\s+){0,2}?(?:denying|having\s+denied)\b|\bhad\s+(?:told|said|denied|insisted|dismissed|rejected)\b/i;

/** Whether the sentence says the word under a negation or denial. */
function deniedIn(sentence: string, word: string): boolean {
  if (EARLIER_DENIAL.test(sentence)) return false;
  const at = sentence.toLowerCase().indexOf(word.toLowerCase());
  return at >= 0 && negatedAt(sentence, at, NEGATION_BEFORE);
}

/** Whether the sentence says some match of a (global) pattern under a negation or denial. */
function deniedMatch(sentence: string, pattern: RegExp): boolean {
  if (EARLIER_DENIAL.test(sentence)) return false;
  for (const m of sentence.matchAll(pattern)) if (negatedAt(sentence, m.index, NEGATION_BEFORE)) return true;
  return false;
}

/** Whether a stretch of the sentence names another kind of happening than the event (its own words aside). */
function namesOtherEvent(stretch: string, own: RegExp): boolean {
  for (const m of stretch.matchAll(OTHER_EVENT_NOUNS)) if (!own.test(m[0])) return true;
  return false;
}

/** A speech verb that starts a new statement: "denied a report that …, and said the walkout would start", "…, saying". */
const NEW_STATEMENT = /,?\s+and\s+(?:said|says|added|insisted|stressed)\b|,\s+(?:saying|adding|insisting|stressing)\b/gi;

/**
 * A clause of the narrator's joined after a comma by "as" or "while": "denied a report that one of its ferries had lost
 * power, as the suspension of crossings entered its second day". A denial before it does not reach into it (not "as well
 * as", "as if", "as though": the denied content goes on).
 */
const NARRATOR_CLAUSE = /,\s+(?:as|while)\s+(?!(?:well|if|though|part|much|many|far|long|soon)\b)/gi;

/** Where the clause that holds `at` starts: after the last new statement or narrator's clause before it. */
function clauseStart(sentence: string, at: number): number {
  let from = 0;
  for (const m of sentence.slice(0, at).matchAll(NEW_STATEMENT)) from = Math.max(from, m.index + m[0].length);
  for (const m of sentence.slice(0, at).matchAll(NARRATOR_CLAUSE)) from = Math.max(from, m.index + m[0].length);
  return from;
}

/** Whether the words at `at` are negated or denied, a denial not reaching past a new statement or narrator's clause. */
function negatedInClause(sentence: string, at: number): boolean {
  const from = clauseStart(sentence, at);
  return negatedAt(sentence.slice(from), at - from, NEGATION_BEFORE);
}

/** Whether the mention at `p` is the "of" complement of another happening's noun ("the recount of the by-election") or what an inquiry looks "into". */
function ofComplement(sentence: string, p: number, own: RegExp): boolean {
  const before = sentence.slice(Math.max(0, p - 60), p);
  const head = OF_HEAD.exec(before);
  return (head !== null && !own.test(head[1]!)) || INTO_HEAD.test(before);
}

/** A clause of what came before the main clause's happening: "three weeks after", "since", "following". */
const PAST_CLAUSE = /\b(?:after|since|following)\b/i;

/** "when" right after the status words, with at most a comma between. */
const WHEN_RIGHT_AFTER = /^\s*,?\s*when\b/i;
/** Status words that name a time ("on June 2"): a "when" after them is that time's. */
const NAMES_TIME = new RegExp(`\\d|${DAY}|\\b(?:today|tomorrow|tonight|week|month|year)\\b`, 'i');

/** A "when" clause that opens after other words ("… in March, when"), not right where the status words end (", when"). */
function whenClauseAfterWords(between: string): boolean {
  const when = /\bwhen\b/i.exec(between);
  return when !== null && /[^\s,]/.test(between.slice(0, when.index));
}

/** `pattern` must be global (SENTENCE_STATUS keeps a global copy of each rule's pattern). */
function statedIn(sentence: string, pattern: RegExp, near: readonly number[], before: boolean, own: RegExp, reach = STATUS_REACH, conditional = false, after = false): boolean {
  for (const m of sentence.matchAll(pattern)) {
    const end = m.index + m[0].length;
    // the sentence names the event in other words ("the trip" for a visit, "it"): the whole sentence is near
    const close = !near.length || near.some((p) => {
      if (p <= end && m.index <= p) return true;
      if (m.index >= p && ofComplement(sentence, p, own)) return false;
      if (before ? p < end || p - end > reach : after ? m.index < p || m.index - p > reach : Math.abs(p - m.index) > reach) return false;
      const between = sentence.slice(Math.min(p, end), Math.max(p, m.index));
      // "strike called off after pay deal": a status word before "after"/"before" is the main clause's, not the mention's
      if (p >= end && TEMPORAL_LINK.test(between)) return false;
      // "the row began in March, when Gabon summoned the ambassador": the same for a "when" clause, unless the status
      // words end at its time ("will meet on June 2, when ministers hope to sign": the day is the clause's)
      if (p >= end && whenClauseAfterWords(between)) return false;
      // "a second stoppage … was called off when the deal was reached": a "when" right after a change that names no time
      // opens the clause of what brought the change about, not a mention of the changed event
      if (p >= end && WHEN_RIGHT_AFTER.test(between) && !NAMES_TIME.test(m[0])) return false;
      // "the season, which starts on Oct. 1, the ministers said at a signing ceremony": a relative clause tells of the
      // noun before it, not of a mention after it
      if (p >= end && RELATIVE_OPENS.test(sentence.slice(Math.max(0, m.index - 24), m.index))) return false;
      // "The first strike, on February 19, cancelled about half of the network's trains": a change verb in the active voice
      // after the mention, with an object of its own, is what the event did to something else, not a change of the event
      if (conditional && p < m.index && !PASSIVE_OR_PERFECT.test(sentence.slice(p, end)) && ACTIVE_OBJECT.test(sentence.slice(end))) return false;
      // "The report of the presidential inquiry into the stand collapse has been put back": the status words follow the
      // auxiliary of the mention's own noun phrase, whatever happenings its "of" complement names
      if (p < m.index && OF_SUBJECT.test(between)) return !CLAUSE_BREAK.test(between);
      return !CLAUSE_BREAK.test(between) && !namesOtherEvent(between.replace(/^\w+/, ''), own);
    });
    // "Colombia's delayed census will begin on Monday", "the postponed summit will now be held on May 3": a change named as
    // the mention's attribute, with a new plan told after the mention, is the event's history, not the report's news
    if (conditional && attributiveChange(sentence, m.index, end, near)) continue;
    // "forced them to postpone a state visit": the status word's object is another happening, not this one
    const object = OBJECT_AFTER.exec(sentence.slice(end));
    if (object && !own.test(object[1]!)) continue;
    // "approved the bill on Tuesday, three weeks after the vote was put off": a postponement in a clause of what came
    // before is the story's past, not the report's news (a calling-off ends the plan: "ten days after the first sitting
    // was cancelled" still says where the sitting stands)
    if (conditional && !callingOffOfOwnClause(sentence, m.index, m[0], near)) continue;
    if (close && !negatedInClause(sentence, m.index) && !(conditional && conditionalChange(sentence, m.index))) return true;
  }
  return false;
}

/**
 * Whether a change word at `at` stands outside any clause of what came before, or is a calling-off told there of a
 * mention in that clause, before it and in no clause of its own ("ten days after the first sitting was cancelled": the
 * sitting's, not the re-sit's of the main clause, nor the leak's of "because the questions had leaked" after it).
 */
function callingOffOfOwnClause(sentence: string, at: number, words: string, near: readonly number[]): boolean {
  const clause = pastClauseAround(sentence, at);
  if (!clause) return true;
  if (POSTPONED_IN_CLAUSE.test(words)) return false;
  return near.some((p) => p >= clause.start && p < at && !INNER_CLAUSE.test(sentence.slice(p, at)));
}

/** An auxiliary between a mention and a change verb after it: the passive or a perfect ("was cancelled", "has been put off"). */
const PASSIVE_OR_PERFECT = /\b(?:was|were|been|be|is|are|being|got|gets|has|have|had|will|would)\b/i;
/** What opens an object right after a verb: a determiner, a number or a quantifier ("cancelled about half of the trains"). */
const ACTIVE_OBJECT = /^\s+(?:the|a|an|its|their|his|her|all|some|many|most|more|about|around|nearly|almost|over|half|dozens|hundreds|thousands|\d[\d,.]*)\b/i;

/** A determiner or an owner right before a word: it stands as an attribute ("the postponed", "Colombia's delayed"). */
const ATTRIBUTE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s)\s+$/i;
/** A plan told right after a noun: "will", "would", or a copula with "set", "due", "scheduled", "now" ("is now set for"). */
const PLAN_AFTER_NOUN = /^[\p{L}-]*\s+(?:(?:will|would|shall)\b|(?:is|are|was|were)\s+(?:now\s+)?(?:set|due|scheduled|expected|planned|rescheduled)\b)/iu;
/**
 * A plan told before the attribute, its verb taking the noun as object: "will hold its delayed presidential runoff on
 * Sunday", "is set to stage the postponed summit" (not "has held", "held": a past act).
 */
const PLAN_BEFORE_ATTRIBUTE = /\b(?:will|shall|(?:is|are)\s+(?:now\s+)?(?:set|due|scheduled|expected|planned|going)\s+to)\s+(?:now\s+|finally\s+)?[\p{L}-]+\s+(?:the|a|an|its|their|his|her|this|that|[\p{L}-]+['’]s)\s+$/iu;

/**
 * Whether a change word at [start, end) is an attribute of a mention right after it (at most one word between) that a plan
 * follows; the events layer reads its cues alike (events/modality.ts attributiveChange).
 */
function attributiveChange(sentence: string, start: number, end: number, near: readonly number[]): boolean {
  if (!ATTRIBUTE_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) return false;
  const p = near.find((x) => x >= end && x - end <= 24 && !/[,;:.]/.test(sentence.slice(end, x)) && sentence.slice(end, x).trim().split(/\s+/).filter(Boolean).length <= 1);
  return p !== undefined && (PLAN_AFTER_NOUN.test(sentence.slice(p)) || PLAN_BEFORE_ATTRIBUTE.test(sentence.slice(Math.max(0, start - 48), start)));
}

/** Whether a cue word stands in the sentence as a change's attribute of a mention that a plan follows or governs. */
function attributiveCue(sentence: string, cue: string, words: EventWords): boolean {
  const at = sentence.toLowerCase().indexOf(cue.toLowerCase());
  return at >= 0 && attributiveChange(sentence, at, at + cue.length, mentionsIn(sentence, words));
}

/** A mention that heads a subject with an "of" complement, up to its auxiliary: "report of the inquiry into the collapse has been ". */
const OF_SUBJECT = /^[\p{L}-]+\s+of\s+[^,;:]*?\b(?:has|have|had|was|were|is|are|will|would|could|may|might)\s+(?:not\s+)?(?:been\s+|be\s+)?$/iu;

/** A relative pronoun just before a status word, perhaps with one word between ("which starts", "that has begun"). */
const RELATIVE_OPENS = /\b(?:which|that|who|whose)\s+(?:\w+\s+)?$/i;

/** A modal just before a status word: "could be postponed", "would have to be called off", "may be cancelled". */
const MODAL_BEFORE = /\b(?:will|would|could|might|may|can|shall|'ll)\s+(?:(?:still|then|also|only)\s+)?(?:(?:have\s+to\s+)?be\s+|have\s+to\s+)?$/i;

/**
 * Whether the status word at `at` is a change that would follow only on a condition ("the strike would be called off
 * if the operator improved its offer"): a threat or a possibility, not a change of plan.
 */
function conditionalChange(sentence: string, at: number): boolean {
  return CONDITION.test(sentence) && MODAL_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

/** A verb of staying right after the trigger, in the reports' languages ("stays", "remains", "bleibt", "reste", "rimane", "blijft", "sigue", "permanece"). */
const STAYS_AFTER = /^\s+(?:stays|remains|bleibt|reste|demeure|rimane|resta|blijft|sigue|permanece|se\s+mantiene|continua|mant[eé]m-se)\b/iu;
/** Words of being in force after that verb ("in force", "in Kraft", "en vigueur", "in vigore", "van kracht", "en vigor", "em vigor", "in place"). */
const IN_FORCE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,4}?(?:in\s+force|in\s+place|in\s+kraft|en\s+vigueur|in\s+vigore|van\s+kracht|en\s+vigor|em\s+vigor|vigente)\b/iu;

/** Whether the event's own predicate says it stays: in force (any event), or at all (a lasting or kept state). */
function statesStays(e: DigestEvent): boolean {
  const after = textAfterTrigger(e) ?? '';
  const m = STAYS_AFTER.exec(after);
  if (!m) return false;
  return isLastingState(e) || KEPT_STATES.test(e.lemma) || IN_FORCE_AFTER.test(after.slice(m[0].length));
}

/** A copula putting a noun on a day: "is on Saturday", "is set for May 4", "is scheduled for Monday". */
const IS_ON_DAY_AFTER = /^\s+(?:is|are)\s+(?:(?:now|still)\s+)?(?:on|set\s+for|scheduled\s+for|planned\s+for|due\s+on)\s/i;

/** A conditional of report (Italian, French) or "according to" in the reports' languages: the claim is hearsay. */
const HEARSAY = /(?<!\p{L})(?:avrebbe|avrebbero|sarebbe|sarebbero|aurait|auraient|serait|seraient|habría|habrían|teria|teriam|according\s+to|secondo|selon|según|segundo|laut|volgens)(?!\p{L})/iu;
/** The thing said outright not to exist: "non c'è alcun", "il n'y a aucun", "no hay ningún", "there is no", "es gibt kein", "er is geen", "não há nenhum". */
const NONE_EXISTS = /(?<!\p{L})(?:non\s+c['’]è\s+(?:alcun[oa]?|nessun[oa]?)|il\s+n['’]y\s+a\s+(?:eu\s+)?(?:aucun|aucune|pas\s+d['’e])|no\s+hay\s+(?:ningún|ninguna)?|there\s+(?:is|was)\s+no|es\s+gibt\s+kein(?:e|en)?|er\s+is\s+geen|não\s+há\s+(?:nenhum|nenhuma)?)(?!\p{L})/iu;

/** Whether the first mention is hearsay and a later sentence of the event says it does not exist, with the event's word. */
function hearsayThenNone(e: DigestEvent): boolean {
  if (!HEARSAY.test(e.evidence.text) || e.sentences.length < 2) return false;
  const word = escapeRegExp(e.trigger.trim());
  const own = new RegExp(`${NONE_EXISTS.source}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${word}(?!\\p{L})`, 'iu');
  return e.sentences.some((x) => x.start > e.evidence.start && own.test(x.text));
}

/** A denial inside a clause of what came before: "less than a week after the club denied any", "days after it had denied". */
const PAST_DENIAL_BEFORE = /\b(?:after|since)\s+(?:[^\s,.;]+\s+){1,6}?(?:had\s+)?(?:(?:publicly|flatly|firmly|repeatedly|strongly)\s+)?denied\s+(?:(?:any|all|a|an|the|that|there\s+was)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * An agreement's verb in the past with what is agreed right after it: "have agreed a fee", "agreed terms on Tuesday",
 * "had first agreed a fee". Not "agreed to sell" (a commitment), "agreed that" (a view), "agreed with" (an opinion shared),
 * nor one a modal or "to" puts ahead ("would have agreed a fee").
 */
function agreedObject(e: DigestEvent): boolean {
  if (e.type !== 'AGREE' || !/^(?:agreed|signed|sealed|struck|clinched|finalised|finalized)$/i.test(e.trigger.trim())) return false;
  const at = triggerOffset(e);
  if (at < 0 || triggerTense(e.evidence.text, e.trigger, at) !== 'past') return false;
  if (/\b(?:would|could|might|may|should|must|if|unless|whether|not|never|yet\s+to)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(e.evidence.text.slice(Math.max(0, at - 40), at))) return false;
  return AGREED_OBJECT_AFTER.test(e.evidence.text.slice(at + e.trigger.trim().length));
}
/** What follows an agreement's verb when its object is the deal itself (a determiner or a number, then a noun), or its past day ("agreed on Wednesday for 22 million euros"). */
const AGREED_OBJECT_AFTER = /^\s+(?:(?:a|an|the|its|their|terms|deal|\d[\d.,]*)\b(?!\s+(?:to|that)\b)|(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|month))\b(?!\s+(?:to|that)\b))/i;

/** A time value that names a day or a range of days: the dates are announced. */
function isDated(value: string | null): boolean {
  return value !== null && /^\d{4}-\d{2}-\d{2}/.test(value);
}

/**
 * Whether a plan's time is a date still ahead on the report's day (or the report has no day): "has formally requested
 * the extradition of X, held in Spain since March 2" is no extradition dated March 2, read on March 11.
 */
function datedAhead(e: DigestEvent, day: string | null): boolean {
  const value = e.time?.value ?? null;
  return isDated(value) && (day === null || value!.slice(0, 10) >= day);
}

/** Whether the event's own time is a day or month that ended before the report's day. */
function datedWhollyBefore(e: DigestEvent, day: string | null): boolean {
  const to = e.time?.window?.to;
  return day !== null && /^\d{4}-\d{2}/.test(e.time?.value ?? '') && !!to && to.slice(0, 10) < day;
}

/** Whether the event's first mention is a noun ("devaluation", "talks"), by its form: no past form or "-ed" ending. */
function nominalTrigger(e: Pick<DigestEvent, 'trigger'>): boolean {
  return !IRREGULAR_PAST_FORMS.has(e.trigger.toLowerCase()) && !/ed$/i.test(e.trigger);
}

/**
 * Whether the event's first mention is what "after" or "following" sets a later act after ("driven by prices after the
 * devaluation", "following two days of talks"); not where it is the subject of its own clause ("after the talks end").
 */
function afterHappened(e: Pick<DigestEvent, 'trigger' | 'evidence'>): boolean {
  return triggerAfter(e, String.raw`\b(?:after|following)\s+(?:(?:his|her|their|its|the|that|this|last\s+\w+'s)\s+)?(?:[\p{Ll}\d-]+\s+){0,3}?`, String.raw`\s+(?:of\s+)?(?:\w+\s+)?(?:ends?|is|are|has|have|will|would|began|begins|starts?|was|were|had)`);
}

/**
 * Right before a verb, a present perfect inside a clause of condition or time: "only once the regulator has signed off on
 * the repairs", "until the court has ruled", "after parliament has approved it". English uses the perfect there for a
 * point still ahead; the clause is what a plan waits for, not something done.
 */
const PERFECT_IN_CONDITION = /\b(?:once|until|till|unless|if|as\s+soon\s+as|when|after)\s+(?:[^,;.:!?]{0,100}?\s)?(?:has|have)\s+(?:(?:already|now|fully|formally|finally)\s+)?(?:been\s+)?$/iu;

/** Whether the event's first mention is a verb in the present perfect of a clause of condition or time. */
function perfectInCondition(e: DigestEvent): boolean {
  return !nominalTrigger(e) && PERFECT_IN_CONDITION.test(textBeforeTrigger(e, 140) ?? '');
}

/**
 * In the rest of the mention's clause, a count of the days (weeks) it has run: "a boycott by lecturers left most exam halls
 * without invigilators for a third day", "the strike, now into its second week". What is counted goes on.
 */
const RUNNING_COUNT_AFTER = /^[^.;:,!?]{0,90}?\b(?:for|into)\s+(?:a|the|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?:day|night|week|month)\b(?!\s+(?:of|since|after)\b)/i;

/** Whether the first mention's own clause counts the days it has run (not an incident's: its effects outlast it). */
function runningCount(e: DigestEvent): boolean {
  return e.family !== 'incident' && RUNNING_COUNT_AFTER.test(textAfterTrigger(e) ?? '');
}

/** A verb of starting or going on in a clause: "began", "is under way", "continues". */
const START_OR_GOING_ON = /\b(?:beg[iau]ns?|started|starts?|opened|opens|continu(?:e|es|ed)|(?:is|are|was|were)\s+(?:still\s+)?(?:under\s*way|going\s+on|continuing))\b/i;

/** Whether the rest of the first mention's clause (to a comma or a stop) starts it or tells it going on. */
function startsInOwnClause(e: Pick<DigestEvent, 'trigger' | 'evidence'>): boolean {
  const at = triggerOffset(e);
  if (at < 0) return false;
  const rest = e.evidence.text.slice(at + e.trigger.length);
  return START_OR_GOING_ON.test(rest.slice(0, rest.search(/[,;.]|$/)));
}

/** Events-layer rules that read a postponement (events/lang/engine.ts: "status:lang-postponed"). */
const POSTPONED_RULE = /^status:(?:[\w-]+-)?postponed$/;

/** Each rule's pattern, global, for scanning a sentence (compiled once). */
const SCAN = new Map(SENTENCE_STATUS.map((c) => [c, new RegExp(c.pattern.source, c.pattern.flags.includes('g') ? c.pattern.flags : `${c.pattern.flags}g`)]));

/** A span from now that bounds a possibility: "within days", "within the next few weeks", "within a couple of months". */
const WITHIN_SPAN = /\bwithin\s+(?:(?:the\s+)?(?:next|coming)\s+)?(?:(?:a\s+)?(?:few|couple\s+of)\s+)?(?:days|weeks|months)\b/i;
/** A future auxiliary among an event's cues. */
const FUTURE_AUX = /^(?:will|shall)$/i;
/** A cue that negates a mention of the event ("not", "never", "denied"). */
const NEGATION_CUE = /^(?:not|no|never|denied|denies|deny)$/i;
/** A modal of possibility among an event's cues ("may open an investigation", "could be widened"). */
// (and the reports' other languages' conditional of "can": "pourrait faire appel", "podría", "könnte", "potrebbe")
const POSSIBILITY_CUE = new RegExp(`^(?:may|might|could|${OTHER_LANGUAGE_POSSIBILITY.join('|')})$`, 'i');
/** A condition in the mention's sentence: "if invited", "unless the talks fail", "whether it would". */
const CONDITION = /\b(?:if|unless|whether|provided|should\s+\w+\s+(?:be|fail|agree)|si|falls|wenn|sofern)\b/i;

/**
 * A happening that is a possibility said outright, with no time and no condition ("the authority may open a formal
 * investigation", "as many as 560 people could lose their jobs", "the company could face a fine"): on the table, as
 * the story corpus reads it, so a status of its own (expected) and a tracked event. One under a condition ("could
 * open one if …", "unless …") stays open. (Until 2026-12-06 only processes, the campaign family, were read so.)
 */
export function openPossibility(e: Pick<DigestEvent, 'modality' | 'cues' | 'evidence' | 'family' | 'time'>): boolean {
  return e.modality === 'hypothetical' && e.time === null && e.cues.some((c) => POSSIBILITY_CUE.test(c)) && !CONDITION.test(e.evidence.text);
}

/** A postponement's words, any case (POSTPONEMENT, util/plan-change.ts). */
const POSTPONED_IN_CLAUSE = new RegExp(POSTPONEMENT.source, 'i');

/** A word that opens a clause of its own inside a clause of what came before ("after X was cancelled because …"). */
const INNER_CLAUSE = /\b(?:because|as|when|while|which|who|that|and|so)\b/i;

/**
 * A mention inside a clause of what came before, with the postponement it tells ("three weeks after the vote was put
 * off", "months after the pandemic forced them to postpone a state visit"): the story's past, which says nothing of
 * where the event stands on the report's day. A calling-off is another matter: it ends the plan, so "ten days after the
 * first sitting was cancelled" still says where the sitting stands. The postponement must be the mention's own: one
 * told before a clause of its own that holds the mention ("after the sitting was put off because the questions had
 * leaked") is another event's.
 */
function inPastChange(e: DigestEvent): boolean {
  const word = escapeRegExp(e.trigger.trim());
  if (!word) return false;
  // the mention's own sentence (the evidence), else every sentence that names the event
  const named = (text: string): number[] => [...text.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))].map((m) => m.index);
  const texts = named(e.evidence.text).length ? [e.evidence.text] : e.sentences.map((s) => s.text);
  const told = texts.flatMap((text) => named(text).map((at) => ownPostponement(text, at)));
  return told.length > 0 && told.every(Boolean);
}

/** Whether the mention at `at` is in a clause of what came before whose postponement is the mention's own. */
function ownPostponement(text: string, at: number): boolean {
  const clause = pastClauseAround(text, at);
  if (!clause) return false;
  const words = text.slice(clause.start, clause.end);
  const change = POSTPONED_IN_CLAUSE.exec(words);
  if (!change) return false;
  const changeAt = clause.start + change.index;
  // the change after the mention, of it ("after the vote was put off"), not of an object it acts on ("after a walk-out
  // forced the ballot to be put off"); or before it, with no clause of the mention's own between them
  if (changeAt > at) return PASSIVE_OF_MENTION.test(text.slice(at, changeAt).replace(/^[\p{L}-]+/u, ''));
  // "a runoff that had been put back by a court challenge": the change's agent has happened; its change is another's
  const between = text.slice(changeAt + change[0].length, at);
  return !AGENT_OF_CHANGE.test(between) && !INNER_CLAUSE.test(between);
}

/** The agent of a passive change, before the mention: "put back by a court challenge". */
const AGENT_OF_CHANGE = /^\s*by\s+(?:(?:a|an|the|its|his|her|their|last\s+\w+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Between a mention and a change after it, only its own auxiliaries ("vote was put off", "talks had been delayed again"). */
const PASSIVE_OF_MENTION = /^\s*(?:(?:that|which|was|were|is|are|had|has|have|been|be|being|again|already|twice|once|first|later|then|also)\s+)*$/i;

/** The clause of what came before that holds `at` ("after the vote was put off"), up to a comma; null when none does. */
function pastClauseAround(text: string, at: number): { start: number; end: number } | null {
  const head = text.slice(0, at).split(/[,;]/).pop()!;
  const link = [...head.matchAll(new RegExp(PAST_CLAUSE.source, 'gi'))].pop();
  if (!link) return null;
  return { start: at - head.length + link.index, end: text.slice(at).search(/[,;]|$/) + at };
}

/** "if there is no agreement", "unless a deal is reached": a condition word, then a negation, before the trigger in its clause. */
const CONDITIONAL_NO = /\b(?:if|unless)\b[^,;.]{0,40}?\b(?:no|not|never)\b[^,;.]{0,20}$/i;

/** Whether the event's negation is a condition's ("if there is no agreement"), not a denial. */
function conditionalNegation(e: DigestEvent): boolean {
  const at = triggerOffset(e);
  return at >= 0 && CONDITIONAL_NO.test(e.evidence.text.slice(0, at));
}

/**
 * A refusal to act on an event or to speak of it, right before the trigger: "The court refused to release him on bail",
 * "would not discuss any demand", "declined to confirm the arrest". A decision or a silence, no denial that it happened.
 */
const REFUSED_OR_SILENT = /(?:\b(?:refus(?:ed|es|e|ing)|declin(?:ed|es|e|ing))\s+(?:on\s+\p{L}+\s+)?to\s+|\b(?:not|n[’']t|never)\s+(?:[\p{L}]+\s+)?(?:discuss|comment\s+on|confirm|disclose|reveal|talk\s+about|rule\s+out)\s+)(?:[\p{L}-]+\s+){0,3}$/iu;
/** A standing rule in the simple present right before the event's verb: "We do not pay ransoms", "the firm doesn't negotiate". */
const POLICY_BEFORE = /\b(?:(?:do|does)\s+not|(?:don|doesn)[’']t)\s+$/iu;

/**
 * A negation inside a relative clause on people: "the president of those who did not vote for me", "voters who have
 * never cast a ballot". It sorts people by what they did, and denies nothing of the event.
 */
const PEOPLE_WHO_NOT = /\b(?:those|people|anyone|everyone|all|many|some|others|\p{Ll}+s)\s+who\s+(?:(?:did|do|does|had|have|has|will|would|could|can)\s*(?:not|n[’']t)|never|(?:did|do|does|had|have|has|will|would)\s+never)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether the event's negation is a refusal to act on it or to speak of it, not a denial; or a relative clause's on people. */
function refusedOrSilent(e: DigestEvent): boolean {
  const at = triggerOffset(e);
  if (at < 0) return false;
  const before = e.evidence.text.slice(Math.max(0, at - 80), at);
  return REFUSED_OR_SILENT.test(before) || PEOPLE_WHO_NOT.test(before) || POLICY_BEFORE.test(before);
}

/** Forecasters' expectations: a day they expect is theirs, not one the event's own actor has set ("economists now expect a cut on June 30"). */
const FORECAST = /\b(?:economists?|analysts?|traders?|markets?|forecasters?|polled|surveyed|poll|survey)\b/i;

/** The farthest that readerStatus's own rules read before the first mention (each reads 40 to 80 characters of it). */
const BEFORE_REACH = 80;

/**
 * The reader's status for one report's reading of an event, or null when the report says nothing of its status.
 * `day`: the report's day, which tells a warning still in force from one long over.
 */
export function readerStatus(e: DigestEvent, day: string | null = null): ReaderStatus | null {
  if (inPastChange(e)) return null;
  // the words after the first mention, and up to BEFORE_REACH characters before it, read once for the rules below
  const after = textAfterTrigger(e) ?? '';
  const beforeAll = textBeforeTrigger(e, BEFORE_REACH) ?? '';
  const before = (reach: number): string => beforeAll.slice(-reach);
  // "we are not only signing documents", "there would be no further blockades": a negation that adds to the event or rules
  // out more of it ahead denies nothing of what was told; the mention gives no status of its own
  if (e.modality === 'negated' && NO_DENIAL_BEFORE.test(before(40))) return null;
  // "A rise in inflation has made a cut at the August meeting unlikely": a doubt, no plan and no denial
  if (e.modality !== 'negated' && (e.status === null || e.status === 'anticipated' || e.status === 'occurred') && saidUnlikely(e)) return null;
  // a change of plan the events layer read in the report's own language ("verschoben", "reporté"): its
  // rule says so where no status value can (a postponed event keeps the status of a plan)
  if (e.statusRules?.some((r) => POSTPONED_RULE.test(r))) return newsOf('postponed', e, day);
  // "The strike set for Thursday has been suspended": a plan still ahead that is suspended is put on hold, not called off
  // (a state in force that is suspended, tariffs or visas, is another matter: its time is not ahead)
  if (e.cues.some((c) => SUSPENDED_CUE.test(c)) && !e.cues.some((c) => CALLED_OFF.test(c) && !SUSPENDED_CUE.test(c)) && planAhead(e, day)) return 'postponed';
  // "in custody since his arrest", "the first since the collapse": what a time is counted from has happened
  if (sinceHappened(e)) return 'happened';
  // "will not be restarted … only once the regulator has signed off on the repairs": a perfect in a clause of condition or
  // time is a point still ahead, which the plan waits for
  if (e.modality === 'asserted' && e.status === 'occurred' && perfectInCondition(e)) return 'expected';
  // "after a boycott by lecturers left most exam halls without invigilators for a third day": what its own clause counts
  // the days of goes on, though a later act is set after it
  if (e.modality === 'asserted' && (e.status === null || e.status === 'occurred' || e.status === 'in-progress') && runningCount(e)) return 'under-way';
  // "will hear Milan's appeal against the suspension on April 15": the appeal a court is to hear has been lodged
  if (LODGED.has(e.lemma) && heardAppeal(e)) return 'happened';
  // "handed him a note demanding the traders' release": a happening named only as what is demanded has no status of its own
  if (e.sentences.length === 1 && e.time === null && demandedObject(e)) return null;
  // an inquiry that found something is over; one whose finding is a condition says nothing of itself
  const finding = e.modality === 'asserted' ? inquiryFinding(e) : null;
  if (finding) return finding === 'happened' ? 'happened' : null;
  // an event not yet told as done: no status of its own, or a plan, and not negated (the reads of a state in force below)
  const openOrPlanned = (e.status === null || e.status === 'anticipated' || e.status === 'scheduled') && e.modality !== 'negated';
  // an inquiry whose findings are still ahead is going on (the future is the findings')
  if (openOrPlanned && inquiryGoingOn(e)) return 'under-way';
  // "the evacuation of three villages would be finished by nightfall": what is to be finished has begun; its end is the plan
  if (openOrPlanned && endAhead(e)) return 'under-way';
  // "will ease water rationing from December 15": a state a future verb changes is in force now; the time is the change's
  if (openOrPlanned && changeAhead(e)) return 'under-way';
  // "The emergency, declared on August 11, expires on August 25", "extended the state of emergency … to September 8": a
  // state running to an end ahead is in force now; its day is the end's
  if (openOrPlanned && runsUntilAhead(e, day)) return 'under-way';
  // a place reopened has ended its closure, whatever else its sentence starts ("reopened … and began handing out passports")
  if (e.modality === 'asserted' && closureEnded(e)) return 'happened';
  // "The eruption began at 7:42 a.m. and lasted about 20 minutes", "the strike, which ended on Friday": its own verb
  // group says it is over, whatever start a sentence also tells
  if (e.modality === 'asserted' && (e.status === 'in-progress' || e.status === 'occurred') && toldEnded(e)) return 'happened';
  // "declared the clean-up of the oil spill complete on Tuesday": declared over, whatever phase its noun was read in
  if (e.modality === 'asserted' && e.status !== 'anticipated' && e.status !== 'scheduled' && e.status !== 'cancelled' && declaredOver(e)) return 'happened';
  // "after two nights of rioting and looting left three people dead": what a later act is set after, in the mention's own
  // sentence, is over, whatever start another sentence tells (not "after the protests began": a start of its own)
  if (e.modality === 'asserted' && (e.status === 'occurred' || e.status === 'in-progress') && !e.family && nominalTrigger(e) && afterHappened(e) && !startsInOwnClause(e)) return 'happened';
  // "No soldier has opened fire in Lae": a subject negated with "no" before the event's verb group denies it (an active
  // verb; "no charges have been filed" is a so-far, read below)
  if (e.modality === 'asserted' && (e.status === 'occurred' || e.status === null) && NO_SUBJECT_BEFORE.test(before(60))) return 'denied';
  // "Job reductions are already under way", "the clean-up is still ongoing": a noun whose own predicate says it is going on
  // is under way, whatever kind the events layer gives no status of its own
  if (e.modality === 'asserted' && e.status === null && UNDER_WAY_PREDICATE.test(after)) return 'under-way';
  // "the preliminary report into last month's crash has been delayed": an incident an inquiry or its report looks into has
  // struck; the times and changes of its sentence are the inquiry's
  if (e.family === 'incident' && e.modality !== 'negated' && e.status !== 'cancelled' && INTO_HEAD.test(before(60))) return 'happened';
  // "saying the October 13 strike was still on", "the exams would go ahead as scheduled": the plan stands, whatever
  // calling-off or change the sentence also reports (or denies); its days are set where it is dated or "as planned"
  const stands = e.modality !== 'negated' ? PLAN_STANDS.exec(after) : null;
  if (stands && !negatedInClause(e.evidence.text, triggerOffset(e))) return datedAhead(e, day) || AS_PLANNED.test(stands[0]) ? 'dates-announced' : 'expected';
  // "The curfew stays at 10 pm to 5 am", "Das Zahlungsverbot bleibt bis auf Weiteres in Kraft", "the ban remains in place": a
  // state whose own predicate says it stays is in force now (any event said to stay in force; a lasting or kept state said
  // to stay at all)
  if (e.modality === 'asserted' && e.status === null && statesStays(e)) return 'under-way';
  // "The funeral is on Saturday", "the hearing is set for May 4": a happening's noun whose copula puts it on a day still ahead
  if (e.modality === 'asserted' && e.status === null && datedAhead(e, day) && nominalTrigger(e) && IS_ON_DAY_AFTER.test(after)) return 'dates-announced';
  // "le due società avrebbero trovato l'accordo" … «Non c'è alcun accordo»: a happening told first as hearsay, in a
  // conditional of report or after "according to", and said outright not to exist in a later sentence of the report, is denied
  if (e.modality === 'asserted' && e.status === 'occurred' && hearsayThenNone(e)) return 'denied';
  // "talks were going well": a process said to be going some way is going on, whatever past the events layer read
  if (e.modality === 'asserted' && e.status !== 'cancelled' && e.status !== 'anticipated' && e.status !== 'scheduled' && GOING_PREDICATE.test(after)) return 'under-way';
  // "It was too early to say when production would restart": a question left open tells no plan
  if (e.modality !== 'asserted' && e.modality !== 'negated' && e.status === null && e.time === null && TOO_EARLY_TO_SAY.test(before(80))) return null;
  // "lowered the alert for the volcano", "suspendeu … o alerta de calor": a warning lifted or lowered is over
  if (e.modality === 'asserted' && isWarning(e) && WARNING_LIFTED_BEFORE.test(before(50))) return 'happened';
  // "the 38 grounded Canadian jets", "the closed border crossing": a state's participle standing as an attribute is in force
  if (e.modality === 'asserted' && e.status !== 'cancelled' && KEPT_STATES.test(e.lemma) && attributiveState(e) && !longPast(e, day, PAST_STATE_DAYS) && !e.sentences.some((s) => STATE_OVER.test(s.text))) return 'under-way';
  // "The weather service issued a red warning for the strait": a warning or a lasting state issued or imposed is in force,
  // whatever time its sentence also names ("the first of its kind this winter"), until a report says it is over
  if (e.modality === 'asserted' && e.status !== 'cancelled' && (isWarning(e) || isLastingState(e)) && issuedBefore(e) && !longPast(e, day, PAST_STATE_DAYS) && !e.sentences.some((s) => STATE_OVER.test(s.text))) return 'under-way';
  const words = eventWords(e);
  // a change of plan the report denies: the event's past tense may be the change's ("reports that it had
  // been postponed"), so what stands is the plan
  let deniedChange = false;
  // the event's mentions in each of its sentences, found once for every rule
  let near: number[][] | null = null;
  const ahead = futurate(e, day);
  for (const c of SENTENCE_STATUS) {
    // "is meeting the premier next week": what goes on is a plan, not under way
    if (ahead && c.status === 'under-way') continue;
    // an event the report gives no status of its own takes one only from words that say it outright
    if (e.status === null && e.modality !== 'negated' && !c.when?.(e) && !STATED_WITHOUT_STATUS.has(c.status)) continue;
    if (c.when && !c.when(e)) continue;
    // a change of plan that the report also denies ("reports that it had been put off" … "it has not been
    // postponed") leaves the standing status: the report records a claim and its denial, not the change
    if (REVERSALS.has(c.status) && (e.sentences.some((s) => deniedMatch(s.text, SCAN.get(c)!)) || deniedNext(e, c.pattern))) {
      deniedChange = true;
      continue;
    }
    // a change of plan on a condition ("would be postponed if …") is no change
    const change = c.status === 'postponed' || c.status === 'cancelled';
    // a cue the events layer read counts unless a sentence shows it denied ("denied reports that it had been
    // postponed"), or it is a change read from an attribute before a plan ("will hold its delayed runoff on Sunday"); a
    // word of the sentence only near a mention of the event
    const cued = e.cues.some((cue) => c.pattern.test(cue) && !e.sentences.some((s) => deniedIn(s.text, cue)) && !(change && attributiveCue(e.evidence.text, cue, words)));
    if (cued) return c.fresh ? c.status : stepOf(c.status, e, day);
    near ??= e.sentences.map((s) => mentionsIn(s.text, words));
    const mentions = near;
    if (e.sentences.some((s, i) => statedIn(s.text, SCAN.get(c)!, mentions[i]!, c.before ?? false, words.own, c.reach, change, c.after ?? false))) return c.fresh ? c.status : stepOf(c.status, e, day);
  }
  // "Kessler has denied a newspaper report that a driver died in a Tamo fire": a happening told only inside the content
  // of a denied report is denied with it (not a change of plan denied: that leaves the plan, above)
  if (!deniedChange && e.status === 'occurred' && e.modality === 'asserted' && (insideDeniedReport(e) || e.sentences.some((s) => isBareDenial(s.text)))) return 'denied';
  // "denied a report that Aerovía would shut the hangar next year", "reported that the council would close the campus. The
  // vice-chancellor denied it.": a plan told only as a report's content, and that report denied, is denied
  if (!deniedChange && e.modality !== 'negated' && plannedNotInvited(e) && (insideDeniedReport(e) || reportedThenDenied(e, words))) return 'denied';
  // "…had been switched off for months, an allegation the hospital has rejected": a happening told in a claim whose denial
  // is appended after a comma
  if (!deniedChange && (e.status === 'occurred' || e.status === null) && e.modality === 'asserted' && appendedDenial(e.evidence.text, triggerOffset(e))) return 'denied';
  // "No procession will be permitted", "police barred next week's march": the negation or the past tense is the ban's,
  // and a ban says neither that the event happened nor that it will not (the organisers may hold it still)
  if ((e.modality === 'negated' || e.status === 'occurred' || e.status === null) && onlyProhibited(e)) return null;
  // "No march will be authorised this weekend", and the march named again elsewhere: the negation read is the permission's,
  // which denies nothing of the march
  if (e.modality === 'negated' && prohibitedAt(e.evidence.text, triggerOffset(e))) return null;
  // "We are still marching on September 18": a present progressive with a time of its own ahead is an arrangement
  if (ahead) return nearTime(e) ? 'dates-announced' : 'expected';
  // "no lo hará hasta que termine el recuento", "will not take office until the recount is over": a negation bounded
  // by a condition or a point is a plan not before it, no denial
  if (e.modality === 'negated' && NOT_UNTIL.test(e.evidence.text)) return 'expected-not-before';
  // "if there is no agreement they will apply again": a negation inside a condition denies nothing
  if (e.modality === 'negated' && conditionalNegation(e)) return null;
  // "have agreed a fee …, less than a week after the Portuguese club denied any deal": a denial told inside a clause of
  // what came before is the story's past, which a later report tells only to set its news against; no status of its own
  if (e.modality === 'negated' && PAST_DENIAL_BEFORE.test(before(80))) return null;
  if (e.modality === 'negated' && refusedOrSilent(e)) return null;
  // "No charges have been filed yet": what has not happened so far is no denial, and no status at all
  if (e.modality === 'negated') return NOT_SO_FAR.test(e.evidence.text) ? null : 'denied';
  // a plan no status was read for ("had offered to resign", two officials said) and a mention of it the report
  // negates ("The minister has not offered his resignation"): a claim and its denial, about the event itself
  // ("will not fly again before every aircraft has been inspected": a negation bounded by a point is a plan not before it)
  if (e.status === null && (e.modality === 'planned' || e.modality === 'expected') && e.cues.some((c) => NEGATION_CUE.test(c)) && !e.sentences.some((x) => NOT_SO_FAR.test(x.text))) {
    return NOT_UNTIL.test(e.evidence.text) ? 'expected-not-before' : 'denied';
  }
  // "An eruption could occur at any time": a happening's noun as the subject of a possible taking place is on the table,
  // whatever past the events layer read for it
  if (e.modality === 'asserted' && e.status === 'occurred' && MAY_OCCUR_AFTER.test(after)) return 'expected';
  // "La prohibición … entrará en vigor el 1 de abril", "the ban will take effect on April 1": a state whose entry into force
  // is ahead is a plan, dated where a day follows (whatever past its approval gives the mention)
  const intoForce = e.modality !== 'negated' && (isLastingState(e) || KEPT_STATES.test(e.lemma)) ? FUTURE_IN_FORCE.exec(after) : null;
  if (intoForce) return DAY_AFTER.test(intoForce[0]) ? 'dates-announced' : 'expected';
  switch (e.status) {
    case 'invited':
      return 'invited';
    case 'anticipated':
    case 'scheduled':
      if (e.time?.notBefore || boundAfter(e, words)) return 'expected-not-before';
      if (e.modality === 'expected' && FORECAST.test(e.evidence.text)) return 'expected';
      if (e.status === 'scheduled') return datedAhead(e, day) || e.time === null ? 'dates-announced' : 'expected';
      return datedAhead(e, day) ? 'dates-announced' : 'expected';
    case 'in-progress':
    case 'occurred': {
      // "About 40 men have been on hunger strike since Saturday": a strike the present perfect has them on goes on
      if (e.modality === 'asserted' && onStrike(e)) return 'under-way';
      // "Crude oil was leaking from a ruptured pipeline on Monday", told on Monday: going on as the report is written
      if (e.modality === 'asserted' && progressiveToday(e, day)) return 'under-way';
      // a deal, approval, campaign or outbreak: its phase says where it stands (link/phases.ts)
      const phased = phaseStatus(e.family, e.phase);
      // a state the report dates a year and more back ("the 2023 outbreak") is a past one, over by now
      if (phased === 'under-way' && longPast(e, day, PAST_STATE_DAYS)) return 'happened';
      // "after a recount in District IX gave it one seat", "after a fire inspection in April found faults": a process a
      // later act is set after is over (not "after load tests on the span began": the subject of a start of its own)
      if (phased === 'under-way' && e.modality === 'asserted' && nominalTrigger(e) && afterHappened(e) && !startsInOwnClause(e)) return 'happened';
      if (phased) return phased;
      // "a cut in June is likely": a happening said to be likely is expected, though the events layer read no plan
      if (e.modality === 'asserted' && saidLikely(e)) return 'expected';
      // "the captives were now expected to be freed before the end of the week": the "now" is the expectation's, not the release's
      // "the line will now reopen next week at the earliest": a plan bounded from below by a time ahead has not begun
      if (e.status === 'in-progress' && e.modality === 'planned' && e.time?.notBefore && day && e.time.window?.from && e.time.window.from.slice(0, 10) > day) return 'expected-not-before';
      if (e.status === 'in-progress') return e.modality === 'expected' ? (datedAhead(e, day) ? 'dates-announced' : 'expected') : 'under-way';
      // "Rescuers searched the last carriage through Wednesday night": a search or rescue the events layer reads as an
      // incident's rescue still under way is going on, though its verb is past
      if (e.family === 'incident' && e.phase === 'rescue-under-way' && RESPONSE.test(e.lemma)) return 'under-way';
      if (deniedChange) return standingPlan(e);
      // a warning issued, an evacuation ordered, an outbreak, a spreading fire, a ban: in force, under way, until over
      if (inForce(e, day)) return 'under-way';
      // "systems have been partly restored": begun and going on, though the events layer read the past form as done
      if (generalKind(e) && e.sentences.some((s) => triggerTense(s.text, e.trigger) === 'progressive')) return 'under-way';
      // what happened to a strike may be its calling or its calling-off, not the strike itself
      if (e.family === 'strike' && e.phase === 'called-off') return 'cancelled';
      if (e.family === 'strike' && e.phase === 'called') return isDated(e.time?.value ?? null) ? 'dates-announced' : 'expected';
      return 'happened';
    }
    case 'cancelled':
      // the events layer reads "postponed" and "called off" alike; a change the report denies leaves the plan
      if (deniedChange || SENTENCE_STATUS.some((c) => REVERSALS.has(c.status) && e.cues.some((cue) => c.pattern.test(cue)) && e.sentences.some((s) => deniedMatch(s.text, SCAN.get(c)!)))) {
        return standingPlan(e);
      }
      // "ont levé vendredi soir le blocage du port, après cinq jours de paralysie": an action ended after it had run for days
      // (in the reports' other languages; English reads it above) is over, not called off before it began
      if (e.modality === 'asserted' && e.sentences.some((s) => BEGUN_BEFORE_OTHER.test(s.text))) return 'happened';
      return 'cancelled';
    default:
      // an event the events layer gives no schedule (a deal, a cut) that is expected or planned: "he expected
      // an agreement before the end of the week", "ministers hope to sign an agreement on May 20"
      if (e.modality === 'expected' || e.modality === 'planned') {
        if (e.time?.notBefore) return 'expected-not-before';
        return datedAhead(e, day) ? 'dates-announced' : 'expected';
      }
      // "a ceasefire that will take effect at midnight on Friday": an event the report dates to a day after its own,
      // under a future auxiliary, has its day announced
      if (e.modality === 'asserted' && e.cues.some((c) => FUTURE_AUX.test(c)) && isDated(e.time?.value ?? null) && day && e.time!.value!.slice(0, 10) > day) return 'dates-announced';
      // "called a march through the capital for Thursday, September 18": a happening of a general kind (no family, no
      // rule of its own) asserted "for" a day of its own after the report's is set for that day ("on Friday" alone may
      // be another verb's day)
      if (e.modality === 'asserted' && generalKind(e) && isDated(e.time?.value ?? null) && day && e.time!.value!.slice(0, 10) > day && setFor(e)) return 'dates-announced';
      // a possibility with a time still ahead ("a reduction could come at its next meeting on August 20") is
      // on the table: expected, undated (the possibility sets no date)
      // ("sailings could resume on Thursday at the earliest": a possibility bounded from below is a plan not before it)
      if (e.modality === 'hypothetical' && day && e.time?.window?.to && e.time.window.to.slice(0, 10) > day) return e.time.notBefore ? 'expected-not-before' : 'expected';
      // "could agree to a ceasefire within days": a possibility the report bounds by a span from now is on the table too
      // (the span is a duration, which the time layer gives no event)
      if (e.modality === 'hypothetical' && WITHIN_SPAN.test(e.evidence.text)) return 'expected';
      // "the authority may open a formal investigation": a process possible outright is on the table too (undated)
      if (openPossibility(e)) return 'expected';
      // "A strike is now likely unless the minister comes back with an offer", "teachers are likely to strike": a
      // happening said to be likely is expected, whatever the condition on it (not "unlikely": a doubt)
      if ((e.modality === 'hypothetical' || e.modality === 'asserted') && saidLikely(e)) return 'expected';
      // "its preliminary report would be published by October 8", "the findings will be released next week": a
      // happening's noun as the subject of a future verb of taking place is a plan, dated when its day is ahead
      const afterTrigger = e.evidence.text.slice(Math.max(0, triggerOffset(e)) + e.trigger.length);
      if (e.modality === 'asserted' && FUTURE_TAKES_PLACE.test(afterTrigger)) return datedAhead(e, day) ? 'dates-announced' : 'expected';
      if ((e.modality === 'asserted' || e.modality === 'hypothetical') && POSSIBLE_TAKES_PLACE.test(afterTrigger)) return 'expected';
      // "have agreed a fee of 22 million euros", "the two clubs had first agreed a fee … last week": an agreement told in
      // the past with the thing agreed as its object is reached (not "agreed to …", a commitment, nor "agreed that …", a view,
      // nor an agreement a sentence of the report denies)
      if (e.modality === 'asserted' && e.status === null && agreedObject(e) && !insideDeniedReport(e) && !e.sentences.some((s) => isBareDenial(s.text))) return 'happened';
      // "a 12 percent devaluation of the kwacha in March", told in May: a happening named by a noun, with no tense of its
      // own, and dated wholly before the report's day is past (a verb the layer left without status, "agreed on
      // Tuesday", is left: deals and speech acts are so often what someone claims)
      if (e.modality === 'asserted' && e.status === null && nominalTrigger(e) && datedWhollyBefore(e, day)) return 'happened';
      // "after the devaluation", "following two days of talks": what a later act is set after has happened
      if (e.modality === 'asserted' && e.status === null && nominalTrigger(e) && !datedAhead(e, day) && afterHappened(e)) return 'happened';
      // "has filed an appeal against its fine", "the death toll from the riots", "the 19-day boycott was": a frame that
      // takes the event as given (link/presupposed.ts)
      // "would present its findings within 60 days", "is preparing a fine": a noun made or prepared by the verb before it
      // is still to be made (dated where its own day is ahead) or being prepared (link/object-frames.ts)
      const framed = e.modality === 'asserted' && e.status === null && nominalTrigger(e) ? objectFrameStatus(e) : null;
      if (framed) return framed === 'expected' && datedAhead(e, day) ? 'dates-announced' : framed;
      // "still needs the approval of the authority": a process the events layer placed in a phase of its own before any
      // outcome (sought, under review) is expected, though no tense of its own says so
      if (e.modality === 'asserted' && e.status === null && phaseStatus(e.family, e.phase) === 'expected') return 'expected';
      if (e.modality === 'asserted' && e.status === null && nominalTrigger(e) && !datedAhead(e, day)) {
        // "This deal shows …", "the report puts …": a made thing told as the subject of a verb group not ahead has been
        // made, in whichever of the report's sentences (link/presupposed.ts)
        return presupposedStatus(e) ?? (madeSubject(e) ? 'happened' : null);
      }
      return null;
  }
}

/**
 * A present progressive (or any reading of the event as going on) whose own time starts after the report's day:
 * "We are still marching on September 18", "The president is meeting the premier next week". News uses it for
 * an arrangement, a plan with its time, not for a thing under way. With a past time or none it stays under way.
 */
function futurate(e: DigestEvent, day: string | null): boolean {
  // ("the second strike, set for October 13, remained in place": a plan said to stay in place is in force as a plan, still ahead)
  return e.status === 'in-progress' && (e.modality === 'asserted' || (e.modality === 'planned' && inForceAsPlan(e))) && planAhead(e, day);
}

/** The events layer read the mention's "remains in place" or "is in force" (cues.ts, rule prog:in-force). */
function inForceAsPlan(e: DigestEvent): boolean {
  return e.statusRules?.includes('prog:in-force') ?? false;
}

/** The first mention in the past progressive, with no time of its own or the report's own day. */
function progressiveToday(e: DigestEvent, day: string | null): boolean {
  const value = e.time?.value ?? null;
  if (value !== null && (!day || value.slice(0, 10) !== day)) return false;
  return pastProgressiveAt(e.evidence.text, e.trigger, triggerOffset(e));
}

/** A plan's time as precise as a day or a week ("on September 18", "next week"): its dates are announced. */
function nearTime(e: DigestEvent): boolean {
  const w = e.time?.window;
  if (isDated(e.time?.value ?? null)) return true;
  if (!w?.from || !w.to) return false;
  return daysBetween(w.from, w.to) <= 7;
}

/**
 * Whether the sentence that gives the event's time sets the event for it: the time follows "for" ("a march for
 * Thursday, September 18") or is the event noun's possessor ("Thursday's nurses' march"; possessive nouns between).
 */
function setFor(e: DigestEvent): boolean {
  const t = e.time?.text.trim();
  if (!t) return false;
  const sentence = e.time?.evidence?.text ?? e.evidence.text;
  const at = sentence.indexOf(t);
  if (at < 0) return false;
  if (/\bfor\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, at - 12), at))) return true;
  const owned = /^['\u2019]s\s+(?:[\p{L}-]+['\u2019]s?\s+){0,2}([\p{L}-]+)/u.exec(sentence.slice(at + t.length));
  return owned !== null && owned[1]!.toLowerCase() === e.trigger.trim().toLowerCase();
}

/**
 * A denial of a report or claim, up to its "that": "denied a newspaper report that", "dismissed claims that"; or of talk of
 * a happening named right after "of": "he again rejected talk of sabotage", "dismissed reports of a leak" (2026-12-08).
 */
const DENIED_REPORT = new RegExp(
  String.raw`\b${DENIAL_VERB_GROUP}\s+(?:(?:a|an|the|its|their|his|her|these|those|such|any|all)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?:reports?|claims?|allegations?|suggestions?|accounts?|rumou?rs?|speculation)\s+(?:[^.;:!?]{0,40}?\s)?that\s+[^;:!?]*|(?:talk|reports?|claims?|allegations?|suggestions?|rumou?rs?|speculation)\s+of\s+(?:(?:a|an|any)\s+)?(?:[\p{L}'’-]+\s+)?)$`,
  'iu',
);

/** Whether a sentence of the event states a change of plan (`pattern`) that the next one denies bare ("The union denied it."). */
function deniedNext(e: DigestEvent, pattern: RegExp): boolean {
  return e.sentences.some((s, i) => i + 1 < e.sentences.length && pattern.test(s.text) && isBareDenial(e.sentences[i + 1]!.text));
}

/** A report or claim up to its "that", whose denial may follow in the passive: "A report … that cracks had been found". */
const REPORT_THAT = /\b(?:reports?|claims?|allegations?|suggestions?|accounts?|rumou?rs?|speculation)\s+(?:[^.;:!?]{0,40}?\s)?that\s+[^;:!?]*$/iu;
/** The passive denial after the report's content: "… was denied by the ministry", "have been dismissed". */
const PASSIVE_DENIAL = /^[^;:!?]*?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:flatly|firmly|strongly|quickly|swiftly|since)\s+)?(?:denied|dismissed|rejected|refuted)\b/i;

/** A report's or a claim's "that" before a mention: "a weekly reported on Tuesday that", "claimed that" (not "told APS that"). */
const PUBLISHED_CLAIM = /\b(?:reported|reports|wrote|writes|claimed|claims|alleged|alleges)\b[^.;:!?]{0,60}?\bthat\b[^.;:!?]*$/i;

/** Whether a sentence of the event reports it as someone's claim and the next sentence denies that bare ("… denied it."). */
function reportedThenDenied(e: DigestEvent, words: EventWords): boolean {
  return e.sentences.some((s, i) => {
    const next = e.sentences[i + 1];
    if (!next || !isBareDenial(next.text)) return false;
    const p = mentionsIn(s.text, words)[0];
    return p !== undefined && PUBLISHED_CLAIM.test(s.text.slice(0, p));
  });
}

/** Whether the event's first mention stands inside the content of a denied report in its sentence. */
function insideDeniedReport(e: DigestEvent): boolean {
  const sentence = e.evidence.text;
  const at = triggerOffset(e);
  if (at < 0) return false;
  // "denied a report that …, as the suspension of crossings entered its second day": the narrator's clause is no content
  const head = sentence.slice(clauseStart(sentence, at), at);
  // "denied a report that the director had been detained over Tuesday's explosion": a happening named as the object of a
  // preposition is what the denied content takes for granted, not what it asserts
  if (PRESUPPOSED_BEFORE.test(head)) return false;
  return DENIED_REPORT.test(head) || (REPORT_THAT.test(head) && PASSIVE_DENIAL.test(sentence.slice(at)));
}

/** A preposition and a determiner or possessor right before an event noun: "over Tuesday's", "after the", "in last week's". */
const PRESUPPOSED_BEFORE = /\b(?:over|after|following|during|since|about|into|in|from|by)\s+(?:the|this|that|its|their|his|her|(?:last\s+)?[\p{L}-]+['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;

/** Whether every sentence that names the event by its trigger bans it or refuses it permission (link/prohibition.ts). */
function onlyProhibited(e: DigestEvent): boolean {
  if (!prohibitedAt(e.evidence.text, triggerOffset(e))) return false;
  const t = e.trigger.trim().toLowerCase();
  return e.sentences.every((s) => !s.text.toLowerCase().includes(t) || prohibited(s.text, e.trigger));
}

/** A status read from words, as news of the report: preparations for a plan whose days are set leave the days the news. */
function stepOf(status: ReaderStatus, e: DigestEvent, day: string | null): ReaderStatus | null {
  return status === 'preparing' && isDated(e.time?.value ?? null) ? 'dates-announced' : newsOf(status, e, day);
}

/**
 * A postponement of a plan whose time ended long before the report ("nine months after the pandemic forced them
 * to postpone a visit that was to have taken place in March") is the story's past: no status of this report's.
 */
function newsOf(status: ReaderStatus, e: DigestEvent, day: string | null): ReaderStatus | null {
  return status === 'postponed' && longPast(e, day, OLD_CHANGE_DAYS) ? null : status;
}

/** Whether the event's time ended (`edge` 'to') or began ('from') more than `days` before the report's day. */
function longPast(e: DigestEvent, day: string | null, days: number, edge: 'from' | 'to' = 'to'): boolean {
  const at = e.time?.window?.[edge];
  if (!day || !at) return false;
  return daysBetween(at, day) > days;
}

/**
 * A report's change of plan (postponed, called off) read from one of its mentions of a tracked event, set
 * against all of the report's sentences that mention the event (`sentences`, every mention's): when one
 * of them denies the change ("the strike has not been called off"), the report records a claim and its
 * denial, and the plan stands, dated or not.
 */
export function settleDeniedChange(status: ReaderStatus, e: DigestEvent, sentences: readonly { readonly text: string }[]): ReaderStatus {
  if (status !== 'postponed' && status !== 'cancelled') return status;
  const denied = SENTENCE_STATUS.some((c) => c.status === status && (!c.when || c.when(e)) && sentences.some((s) => deniedMatch(s.text, SCAN.get(c)!)));
  if (!denied) return status;
  return standingPlan(e);
}

/**
 * A report's calling-off of a tracked event that an earlier report told under way: "called off their exam boycott on
 * Friday", after "a boycott by lecturers … for a third day". What is called off while it goes on has ended, so it is over
 * (happened), not called off before it began; `earlier` is the event's timeline of the reports before this one.
 */
export function endedWhileUnderWay(status: ReaderStatus, earlier: readonly StatusStep[]): ReaderStatus {
  if (status !== 'cancelled') return status;
  const last = earlier.length > 0 ? orderTimeline(earlier).at(-1)! : null;
  return last?.status === 'under-way' ? 'happened' : status;
}

/**
 * A plan that stands after a change of it is denied: its days are set where the plan is dated or its sentence says it goes
 * ahead "as planned" ("rejected a report that the referendum would be delayed, saying the vote would take place on October
 * 11 as planned"); expected otherwise.
 */
function standingPlan(e: DigestEvent): ReaderStatus {
  return isDated(e.time?.value ?? null) || AS_PLANNED.test(textAfterTrigger(e) ?? '') ? 'dates-announced' : 'expected';
}

function compareSteps(a: StatusStep, b: StatusStep): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.article - b.article || (a.evidence.start - b.evidence.start);
}

/**
 * Orders a timeline and marks conflicts: two different statuses on the same day from different
 * reports where neither is a reversal, or a step that moves backwards from an earlier day's status.
 * Both sides are marked, so the reader sees each with the other's evidence.
 */
export function orderTimeline(steps: readonly StatusStep[]): StatusStep[] {
  const sorted = steps.map((s) => ({ ...s, conflicts: [] as string[] })).sort(compareSteps);
  const mark = (a: StatusStep, b: StatusStep): void => {
    if (!a.conflicts.includes(b.id)) a.conflicts.push(b.id);
    if (!b.conflicts.includes(a.id)) b.conflicts.push(a.id);
  };
  let highest: StatusStep | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    for (let j = i - 1; j >= 0 && sorted[j]!.date === s.date; j--) {
      const o = sorted[j]!;
      if (o.status !== s.status && o.article !== s.article && !REVERSALS.has(s.status) && !REVERSALS.has(o.status)) mark(o, s);
    }
    if (highest && highest.date !== s.date && !REVERSALS.has(s.status) && STATUS_RANK[s.status] < STATUS_RANK[highest.status] && highest.status !== 'postponed') {
      mark(highest, s);
    }
    if (REVERSALS.has(s.status)) highest = s.status === 'cancelled' ? s : null;
    else if (!highest || STATUS_RANK[s.status] >= STATUS_RANK[highest.status]) highest = s;
  }
  return sorted;
}

/**
 * The status as of a day (inclusive; null = now): the latest step on or before it that conflicts with
 * nothing; when every step so far is in conflict, the latest step (the caller shows its conflicts).
 */
export function statusAsOf(timeline: readonly StatusStep[], day: string | null = null): StatusStep | null {
  let clean: StatusStep | null = null;
  let last: StatusStep | null = null;
  for (const s of timeline) {
    if (day !== null && s.date !== null && s.date > day) break;
    last = s;
    if (s.conflicts.length === 0) clean = s;
  }
  return clean ?? last;
}

/** Statuses of a plan not yet carried out, which a later sentence of the same report can make more precise. */
const PLAN_STATUSES: ReadonlySet<ReaderStatus> = new Set(['invited', 'expected', 'expected-not-before', 'preparing', 'dates-announced']);

/**
 * The status one report gives a tracked event, from that report's steps in text order: the lead's, made
 * more precise by what follows. A later step that takes a plan further (the dates, the preparations) or
 * changes it (postponed, called off) wins over a plan; a later "under way" or "happened" does not, since
 * the body's past mentions are as often of an earlier stage ("after the talks") as of this one.
 */
export function reportStatus(steps: readonly StatusStep[]): ReaderStatus | null {
  let status: ReaderStatus | null = null;
  let lead: StatusStep | null = null;
  for (const s of steps) {
    if (status === null) {
      status = s.status;
      lead = s;
    }
    else if (PLAN_STATUSES.has(status) && ((PLAN_STATUSES.has(s.status) && STATUS_RANK[s.status] > STATUS_RANK[status]) || s.status === 'postponed' || s.status === 'cancelled')) status = s.status;
    // "their leaders met the minister … 'The talks are continuing'": talks held on the report's day go on
    else if (status === 'happened' && s.status === 'under-way' && lead !== null && lead.time === undefined && CONTINUING.test(s.evidence.text)) status = s.status;
    // "voted to accept a new pay deal, and … signed it on Friday": the plan the lead names, done in the lead's own sentence
    else if (status === 'expected' && s.status === 'happened' && lead !== null && s.evidence.start === lead.evidence.start) status = s.status;
    // "there is no agreement yet" … "they will meet on May 20 to sign it": not yet is no denial of a plan with its days
    else if (status === 'denied' && s.status === 'dates-announced') status = s.status;
    // "is in talks, two people familiar said" … "we are not in talks," the spokeswoman said: a denial on the record
    // outweighs a plan or an unnamed source's account
    else if (s.status === 'denied' && onRecord(s) && (PLAN_STATUSES.has(status) || (lead !== null && unnamed(lead)))) status = s.status;
    // "a radio station reported that she had been arrested … 'Nobody has been arrested,' police said": a happening one
    // source gives and another denies on the record after it is a claim and its denial (not a denial the report dates
    // before its day: "who last week denied that any agreement existed")
    else if (s.status === 'denied' && onRecord(s) && status === 'happened' && lead !== null && lead.source.key !== null && lead.source.key !== s.source.key && s.evidence.start > lead.evidence.start && !datedBefore(s)) status = s.status;

  }
  return status;
}

/** A happening said to go on now: "are continuing", "is still going on", "remain under way". */
const CONTINUING = /\b(?:is|are)\s+(?:still\s+)?(?:continuing|going\s+on|under\s*way|ongoing)\b|\bcontinue[sd]?\s+(?:on\s+)?(?:today|tomorrow|on\s+\w+day)\b/i;

/**
 * A mention of something not yet done: planned, expected or invited as the events layer reads it. With
 * no status of its own (null in a digest, absent in a view), its modality decides.
 */
export function isPlan(e: { readonly status?: string | null; readonly modality: string }): boolean {
  return e.status === 'anticipated' || e.status === 'scheduled' || e.status === 'invited' || (e.status == null && (e.modality === 'expected' || e.modality === 'planned'));
}

/** A plan other than an invitation: anticipated or scheduled, or expected or planned with no status of its own. */
function plannedNotInvited(e: { readonly status?: string | null; readonly modality: string }): boolean {
  return isPlan(e) && e.status !== 'invited';
}

/** A verb of denying, and a time at most two words from it: "who last week denied", "denied on Monday". */
const DENIAL_SCAN = denialVerbPattern('gi');
const NEAR_WORDS = /^\W*(?:[\p{L}\d]+\W+){0,2}$/u;

/**
 * A denial whose own time ended before the report's day ("who last week denied …"). The time must stand next to
 * the verb of denying: in "there was no fire in August" the time is the denied event's, and the denial is today's.
 */
function datedBefore(s: StatusStep): boolean {
  const to = s.time?.window?.to;
  if (to == null || s.date === null || to.slice(0, 10) >= s.date) return false;
  const text = s.evidence.text;
  const at = text.indexOf(s.time!.text);
  if (at < 0) return false;
  const end = at + s.time!.text.length;
  for (const m of text.matchAll(DENIAL_SCAN)) {
    const between = m.index < at ? text.slice(m.index + m[0].length, at) : text.slice(end, m.index);
    if (NEAR_WORDS.test(between)) return true;
  }
  return false;
}

/** Who speaks for a body on the record though unnamed: "a company spokeswoman", "the ministry's press officer". */
const SPEAKS_FOR = /\bspokes(?:wo)?m[ae]n\b|\bspokesperson\b|\bpress (?:officer|secretary)\b/i;

/** A step a named person or body gives, or its spokesperson (not the outlet, not "people familiar with the matter"). */
function onRecord(s: StatusStep): boolean {
  return s.source.key !== null || SPEAKS_FOR.test(s.source.name ?? '');
}

/** A step an unnamed source gives: attributed (its chain runs past the outlet) but to no one named. */
function unnamed(s: StatusStep): boolean {
  return s.source.key === null && s.source.chain.length > 1;
}

const FAMILIES: ReadonlySet<string> = new Set(EVENT_FAMILIES);

/**
 * The furthest phase of an event family's life that the steps (up to a day, inclusive; null = now) give:
 * "arrested", then "charged", then "convicted". Steps in conflict are skipped; of two phases of equal
 * rank (convicted, acquitted) the later step's wins. Null when no step names a phase of the family.
 */
export function furthestPhase(timeline: readonly StatusStep[], family: string, day: string | null = null): string | null {
  if (!FAMILIES.has(family)) return null;
  let best: string | null = null;
  let bestRank = -1;
  for (const s of timeline) {
    if (day !== null && s.date !== null && s.date > day) break;
    if (!s.phase || s.conflicts.length) continue;
    const rank = phaseRank(family as EventFamily, s.phase);
    if (rank >= 0 && rank >= bestRank) {
      best = s.phase;
      bestRank = rank;
    }
  }
  return best;
}
