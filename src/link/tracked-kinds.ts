/**
 * Which of a report's events are tracked events of their own, and which are background: a part or a
 * circumstance of another happening, or what someone says about one. A reader follows the collapse of a
 * mine, not "the toll" beside it (its figures are the collapse's, compared as quantities); a rate decision,
 * not the committee's vote on it or the meeting that takes it; a visit, not the talks held during it; and a
 * plan, not each thanks, demand, rejection or accepted invitation voiced about it (their words are claims
 * about the plan). Background events are not dropped: the linker keeps them beside the story's tracked
 * events (`StoryState.background`), matched across reports like them, so that story scoring and claims still
 * see them. Read only from the report's own events (type, lemma, family, actors, sentences): no names, no corpus.
 */
import type { DigestEvent } from './digest.js';
import { textAfterTrigger, textBeforeTrigger } from './trigger-at.js';

/** Why an event is background, or null when it is a tracked event of its own. */
export type BackgroundWhy = 'harm' | 'stance' | 'vote' | 'sitting' | null;

/** A casualty word that counts harm (deaths, injuries, the missing, a toll), not an action (a rescue, an evacuation). */
const HARM_LEMMAS: ReadonlySet<string> = new Set(['die', 'death', 'dead', 'kill', 'killing', 'drown', 'injure', 'injury', 'wound', 'missing', 'toll', 'death-toll', 'recovery']);

/** Words for dying (not killing, not injury): one person's death told with one of them is an event of its own. */
const DEATH_LEMMAS: ReadonlySet<string> = new Set(['die', 'death']);
/**
 * A count of people near a death word: a number (digits, or a number word from two up), a vague count ("dozens", "several",
 * "many"), people in the plural ("people", "personnes", "pessoas"). "No one" is no count: it denies one death.
 */
const COUNT_WORDS =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|scores|several|many|more|most|few|some|all|both|people|others|deux|trois|quatre|cinq|dix|cent|plusieurs|personnes|dos|tres|cuatro|cinco|diez|varios|varias|personas|duas|três|quatro|vários|várias|pessoas|due|tre|quattro|cinque|dieci|diversi|persone|zwei|drei|vier|fünf|zehn|mehrere|menschen)\b/i;
/**
 * Numbers that count no one: an age ("at the age of 86", "aged 86", "aos 86 anos", "à 86 ans"), a year ("in 2011"), a day
 * of a month ("on October 4", "le 4 octobre", "no dia 4"), an hour ("at 3 pm", "às 15h").
 */
const NOT_COUNTS = new RegExp(
  [
    String.raw`\b(?:age[ds]?|âge|edad|idade|età|alter)\s+(?:of\s+|de\s+|di\s+|von\s+)?\d+`,
    String.raw`\b\d+\s*(?:-?years?(?:-old)?|ans|años|anos|anni|jahren?)\b`,
    String.raw`\b(?:1[89]|20)\d\d\b`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc|ene|abr|ago|dic|fev|set|out|dez|gen|mag|giu|lug|ott|dic|märz|okt|dez)[a-zé]*\.?\s+\d{1,2}\b`,
    String.raw`\b\d{1,2}(?:er|º|°)?\s+(?:de\s+)?(?:jan|feb|fév|mar|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|aoû|ago|sep|set|oct|out|ott|nov|dec|déc|dic|dez|ene|gen|mag|giu|lug)[a-zéû]*`,
    String.raw`\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|h\d*)\b`,
  ].join('|'),
  'gi',
);
/** A plural death word ("deaths", "morts", "muertos", "Tote"): a toll, however many. */
const PLURAL_DEATH = /(?:ths|s)$/i;
/**
 * Whether a death word tells one person's death: no count of people in its clause (up to 60 characters before the trigger
 * and 30 after it, within the sentence) and a singular trigger. "He had been treated since August and died in his sleep",
 * "a young man had died in custody", "Tavares Delgado, que morreu no domingo" each tell one death, which a reader follows
 * (it is announced, denied, mourned) as an event of its own, however it happened; "killing at least 11 spectators",
 * "two workers died", "the deaths" count harm. False when the trigger is not found in its sentence.
 */
function oneDeath(e: DigestEvent): boolean {
  if (!DEATH_LEMMAS.has(e.lemma) || PLURAL_DEATH.test(e.trigger.trim())) return false;
  const before = textBeforeTrigger(e, 60);
  const after = textAfterTrigger(e);
  if (before === null || after === null) return false;
  const near = `${before} ${after.slice(0, 30)}`.replace(NOT_COUNTS, ' ');
  return !COUNT_WORDS.test(near);
}

/** Happenings a toll is the harm of: a disaster or an attack. */
const INCIDENT_TYPES: ReadonlySet<string> = new Set(['DISASTER', 'ASSAULT']);

/**
 * What someone says or feels about a happening rather than a happening followed through time: thanks,
 * support, criticism, demands and appeals, invitations, rejections, threats, concessions, pledges to
 * cooperate. An invitation is the invited event's status ("invited"), read from that event's own words.
 */
const STANCE_TYPES: ReadonlySet<string> = new Set(['SUPPORT', 'ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'CONCEDE', 'COOPERATE']);
/** Accepting an offer or an invitation is a stance too; agreeing a deal is not. */
const STANCE_LEMMAS: ReadonlySet<string> = new Set(['accept', 'acceptance']);

const VOTE_LEMMAS: ReadonlySet<string> = new Set(['vote']);
/** What a legislature votes on: a vote on one is the decision itself, followed through time, not a detail of another. */
const BILL_WORDS = /\b(?:bills?|legislation|laws?|statutes?|proyectos?\s+de\s+ley|projets?\s+de\s+loi|gesetz\w*)\b/i;
/** A meeting or talks: the sitting of a decision, or the business of a visit, in the same sentence. */
const SITTING_LEMMAS: ReadonlySet<string> = new Set(['meet', 'meeting', 'talks', 'talk']);
/**
 * Decisions taken at a body's meetings: a report about one speaks of its meetings as their sittings, and of its members'
 * votes as details of the decision.
 */
const DECISION_FAMILIES: ReadonlySet<string> = new Set(['rate']);
const VISIT_LEMMAS: ReadonlySet<string> = new Set(['visit', 'trip', 'tour', 'arrive', 'arrival']);

const isPerson = (k: string): boolean => k.startsWith('per:');

/** Whether two events name one person among their participants. */
function sharesPerson(a: DigestEvent, b: DigestEvent): boolean {
  return a !== b && a.participants.some((k) => isPerson(k) && b.participants.includes(k));
}

function sharesSentence(a: DigestEvent, b: DigestEvent): boolean {
  return a !== b && a.sentences.some((s) => b.sentences.some((t) => t.start === s.start && t.end === s.end));
}

const isStance = (e: DigestEvent): boolean => STANCE_TYPES.has(e.type) || STANCE_LEMMAS.has(e.lemma);

/** A vote told in a sentence that names a bill or a law ("approved a data protection bill by 31 votes to 20"). */
const onBill = (e: DigestEvent): boolean => e.sentences.some((s) => BILL_WORDS.test(s.text));

/**
 * Whether `e` is background in its report (`report`: all the report's events, `e` among them), and why:
 * - harm: a casualty count beside an incident the report names, or with no one named as its subject (a killer
 *   makes a killing an event of its own: "the gunman killed two"; so does a named person's death with no incident
 *   beside it: "former president Tavares Delgado died on Sunday", the subject of "died" being the one who died);
 * - stance: see STANCE_TYPES;
 * - vote: a committee's vote in a sentence with the rate decision it takes ("voted 5-2 to hold the rate"), unless the
 *   sentence names a bill or a law: a legislature's vote on one is the decision itself (a union's ballot, a council's
 *   vote on a measure, a referendum are happenings of their own: "Dockers voted to accept a new pay deal");
 * - sitting: a meeting in a report about a scheduled decision (a rate decision: "held at its June meeting",
 *   "the committee's next meeting is on October 8" is the next decision's sitting), or talks or a meeting in
 *   a sentence with a visit ("will hold talks during the visit") or with one of the visit's people ("Temirov
 *   will hold talks with Ganbold" in a report about Temirov's visit).
 */
export function backgroundWhy(e: DigestEvent, report: readonly DigestEvent[]): BackgroundWhy {
  if (e.type === 'CASUALTY' && HARM_LEMMAS.has(e.lemma) && !oneDeath(e)) {
    const incident = report.some((x) => INCIDENT_TYPES.has(x.type));
    const caused = e.actors.some(isPerson);
    if (incident || !caused) return 'harm';
  }
  if (isStance(e)) return 'stance';
  if (VOTE_LEMMAS.has(e.lemma) && !onBill(e) && report.some((x) => sharesSentence(e, x) && DECISION_FAMILIES.has(x.family ?? ''))) return 'vote';
  if (SITTING_LEMMAS.has(e.lemma) && report.some((x) => DECISION_FAMILIES.has(x.family ?? '') || (VISIT_LEMMAS.has(x.lemma) && (sharesSentence(e, x) || sharesPerson(e, x))))) return 'sitting';
  return null;
}
