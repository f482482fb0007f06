/**
 * Happenings read from the words around a noun, without the tagger: the noun a plan verb is said of ("the marathon was
 * postponed", "lifted the boil-water advisory"), the subject of a status phrase ("the census will begin on Monday"), and a
 * clause subject that names only what happens ("The Zeewind music festival will return"). These are the nouns TimeBank
 * never marked, so the learned tagger does not read them (happenings.ts).
 */
import type { Word } from '../text/token-view.js';
import { eventiveNoun, happeningLemma, personNoun, plainEventNoun } from './happening-lemma.js';
import { AUXILIARIES, DETERMINERS, LETTERS, NOT_HAPPENINGS, PHRASE_END, PRONOUNS } from './happening-words.js';

/**
 * Verbs that change or state a plan or a phase of some event: what they are said of is an event, whatever its
 * noun ("the marathon was postponed", "lifted the boil-water advisory", "the census will go ahead"). Past forms
 * and participles; the particle verbs by their particle ("called off", "put off", "pushed back").
 */
const PLAN_VERBS: ReadonlySet<string> = new Set([
  'postponed', 'delayed', 'deferred', 'cancelled', 'canceled', 'scrapped', 'suspended', 'resumed', 'rescheduled',
  'lifted', 'extended', 'held', 'staged', 'halted', 'scrubbed', 'shelved', 'axed', 'reinstated', 'revoked', 'renewed',
  'postpone', 'delay', 'cancel', 'scrap', 'suspend', 'resume', 'reschedule', 'lift', 'extend', 'halt', 'revoke', 'renew',
]);
const PLAN_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['called', new Set(['off'])],
  ['call', new Set(['off'])],
  ['put', new Set(['off', 'back'])],
  ['pushed', new Set(['back'])],
  ['push', new Set(['back'])],
  ['brought', new Set(['forward'])],
  ['go', new Set(['ahead'])],
  ['went', new Set(['ahead'])],
  ['goes', new Set(['ahead'])],
  ['going', new Set(['ahead'])],
]);
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'next', 'planned', 'scheduled']);

/** Forms of "be" and modals: a plan verb after them is said of its subject ("was postponed", "will go ahead"); after "has" alone it takes an object. */
const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'may', 'might', 'should', 'must']);

/** The head of the noun phrase that starts with a determiner at j, or -1 ("the national population and housing census"). */
function phraseHead(words: readonly Word[], j: number): number {
  let head = -1;
  for (let i = j + 1; i < Math.min(words.length, j + 7); i++) {
    const w = words[i]!;
    // "population and housing census": "and" inside a compound, between two plain words that carry the phrase on
    if (w.lower === 'and' && head >= 0) {
      const a = words[i + 1];
      const b = words[i + 2];
      if (a && b && !a.punct && !b.punct && LETTERS.test(a.text) && LETTERS.test(b.text) && !DETERMINERS.has(a.lower) && !PRONOUNS.has(a.lower) && !PHRASE_END.has(b.lower) && !PRONOUNS.has(b.lower)) continue;
    }
    if (w.punct || PHRASE_END.has(w.lower) || PRONOUNS.has(w.lower) || !LETTERS.test(w.text)) break;
    head = i;
  }
  return head;
}

/** Prepositions whose complement of place may end a subject after its head ("the medical at AC Lanterna Genova"). */
const PLACE_COMPLEMENTS: ReadonlySet<string> = new Set(['at', 'in']);

/**
 * The head of a subject that ends at k: the word before an "of" complement within the six words before k, else the
 * plain lower-case word before the first place complement there ("the medical at AC Lanterna Genova", "the vote in
 * parliament"), else k.
 */
function headBeforeOf(words: readonly Word[], k: number): number {
  let place = -1;
  for (let j = k; j > Math.max(0, k - 7); j--) {
    const w = words[j]!;
    if (w.punct) break;
    if (w.lower === 'of') return j - 1 >= 0 && !words[j - 1]!.punct ? j - 1 : k;
    if (PLACE_COMPLEMENTS.has(w.lower) && j < k && words[j - 1] && words[j - 1]!.text === words[j - 1]!.lower && LETTERS.test(words[j - 1]!.text)) place = j - 1;
  }
  return place >= 0 ? place : k;
}

/** Words that open an aside between a subject and its verb that gives the event's plan (", due on Thursday,", ", scheduled for May 3,"). */
const PLAN_ASIDES: ReadonlySet<string> = new Set(['due', 'scheduled', 'planned', 'set', 'originally', 'initially', 'first', 'slated', 'expected']);

/** The word before an aside of PLAN_ASIDES that ends at the comma k (", due on Thursday,"), or k where there is none. */
function beforePlanAside(words: readonly Word[], k: number): number {
  if (words[k]?.text !== ',') return k;
  for (let j = k - 1; j > Math.max(0, k - 8); j--) {
    if (words[j]!.text !== ',') continue;
    return PLAN_ASIDES.has(words[j + 1]?.lower ?? '') ? j - 1 : k;
  }
  return k;
}

/** The head noun of the phrase a plan verb at v is said of, or -1: its object, else its passive or future subject. */
function planArgument(words: readonly Word[], v: number): number {
  // "postponed the race", "called off the strike", "has postponed the census": the object, from its determiner on
  let j = v + 1;
  if (PLAN_PARTICLES.get(words[v]!.lower)?.has(words[j]?.lower ?? '')) j++;
  if (OBJECT_DETERMINERS.has(words[j]?.lower ?? '') || words[j]?.lower.endsWith("'s")) {
    const head = phraseHead(words, j);
    if (head >= 0) return head;
  }
  let k = v - 1;
  let passive = false;
  while (k >= 0 && AUXILIARIES.has(words[k]!.lower)) {
    if (SUBJECT_AUXILIARIES.has(words[k]!.lower)) passive = true;
    k--;
  }
  if (!passive || k < 0) return -1;
  k = beforePlanAside(words, k);
  if (k < 0) return -1;
  // "The Cuiabá marathon has been postponed": the word before the auxiliaries heads the subject; "The state funeral of
  // former president Jorge Almeida will be held": a complement with "of" ends the subject's head before it
  const head = headBeforeOf(words, k);
  const w = words[head]!;
  return !w.punct && LETTERS.test(w.text) && !PRONOUNS.has(w.lower) && !DETERMINERS.has(w.lower) ? head : -1;
}

/**
 * Happenings a plan verb is said of (`planArgument`) where no trigger stands: read from the words, not the tagger, so
 * nouns TimeBank never marked ("marathon", "advisory", "census") count. Time expressions are no happenings; names are,
 * here (an event's own name: "the Cuiabá International Marathon has been postponed").
 */
function planArguments(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): number[] {
  const out: number[] = [];
  for (let v = 0; v < words.length; v++) {
    const lower = words[v]!.lower;
    const particle = PLAN_PARTICLES.get(lower);
    if (!PLAN_VERBS.has(lower) && !(particle && particle.has(words[v + 1]?.lower ?? ''))) continue;
    const a = planArgument(words, v);
    if (a < 0 || taken.has(a) || out.includes(a) || inTimex(words[a]!.start, words[a]!.end)) continue;
    const lemma = happeningLemma(words[a]!.lower);
    if (NOT_HAPPENINGS.has(lemma)) continue;
    out.push(a);
  }
  return out;
}

/**
 * Verbs and phrases that tell where an event stands, said of their subject with no object: "the census began on
 * Monday", "the festival will take place in August", "the count is under way", "the decision is expected by March".
 * Keyed by the word that ends the phrase; `before` is the word the phrase needs right before that word, if any.
 */
const STATUS_PHRASES: ReadonlyMap<string, { readonly before?: ReadonlySet<string>; readonly intransitive: boolean }> = new Map([
  ['begin', { intransitive: true }],
  ['start', { intransitive: true }],
  ['end', { intransitive: true }],
  ['finish', { intransitive: true }],
  ['began', { intransitive: true }],
  ['begun', { intransitive: true }],
  ['begins', { intransitive: true }],
  ['started', { intransitive: true }],
  ['starts', { intransitive: true }],
  ['ended', { intransitive: true }],
  ['ends', { intransitive: true }],
  ['finished', { intransitive: true }],
  ['concluded', { intransitive: true }],
  ['place', { before: new Set(['take', 'takes', 'took', 'taken', 'taking']), intransitive: false }],
  ['way', { before: new Set(['under']), intransitive: false }],
  ['ahead', { before: new Set(['go', 'goes', 'went', 'gone', 'going']), intransitive: false }],
  ['expected', { intransitive: true }],
  ['due', { intransitive: true }],
  ['scheduled', { intransitive: true }],
  ['slated', { intransitive: true }],
]);
/** What may follow an intransitive status word: a time or place phrase, or the clause's end ("began on Monday", "ended."). */
const AFTER_INTRANSITIVE: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'for', 'after', 'before', 'early', 'late', 'later', 'yesterday', 'today', 'tomorrow', 'this', 'next', 'last', 'within', 'amid', 'as', 'without', 'with', 'again', 'until', 'overnight', 'shortly', 'soon', 'around']);
/** Infinitives after "expected"/"due" that keep the subject an event ("is expected to begin in September"). */
const EVENT_INFINITIVES: ReadonlySet<string> = new Set(['begin', 'start', 'end', 'finish', 'conclude', 'resume', 'open', 'close', 'take', 'go', 'get', 'be', 'run', 'last']);
/** Words between a status phrase and its subject: auxiliaries, and the "expected to" of a plan ("is expected to take place"). */
const SUBJECT_GAP: ReadonlySet<string> = new Set([...AUXILIARIES, 'to', 'expected', 'due', 'set', 'scheduled', 'planned', 'likely', 'unlikely', 'going', 'finally', 'eventually', 'successfully', 'actually', 'got', 'get', 'gets']);

/** "expected", "due" and the like say a plan of their subject only as a passive or a copula ("is expected", "was due"). */
const PLAN_PARTICIPLE_WORDS: ReadonlySet<string> = new Set(['expected', 'due', 'scheduled', 'slated']);

/** Whether a noun may head an event's phrase: WordNet has an eventive sense of it and no sense of a person ("the minister began"). */
function eventSubjectNoun(lower: string): boolean {
  return eventiveNoun(lower) && !personNoun(lower);
}

/**
 * Happenings a status phrase is said of (STATUS_PHRASES) where no trigger stands: the head of its subject, a noun with a
 * determiner or an owner before it ("The national census began on Monday", "Colombia's delayed census will begin"; not
 * "It began", nor a person: "The minister is expected in Nairobi on Monday").
 */
function statusSubjects(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): number[] {
  const out: number[] = [];
  for (let v = 1; v < words.length; v++) {
    const spec = STATUS_PHRASES.get(words[v]!.lower);
    if (!spec) continue;
    let first = v;
    if (spec.before) {
      if (!spec.before.has(words[v - 1]?.lower ?? '')) continue;
      first = v - 1;
    }
    const next = words[v + 1];
    if (spec.intransitive && next && !next.punct) {
      const after = next.lower;
      const infinitive = after === 'to' && EVENT_INFINITIVES.has(words[v + 2]?.lower ?? '');
      if (!AFTER_INTRANSITIVE.has(after) && !infinitive) continue;
    }
    let k = first - 1;
    while (k >= 0 && SUBJECT_GAP.has(words[k]!.lower)) k--;
    if (PLAN_PARTICIPLE_WORDS.has(words[v]!.lower) && k === first - 1) continue;
    if (k < 1) continue;
    const w = words[k]!;
    if (w.punct || !LETTERS.test(w.text) || PRONOUNS.has(w.lower) || DETERMINERS.has(w.lower)) continue;
    // a noun phrase: a determiner or an owner within the three words before its head
    const np = [k - 1, k - 2, k - 3].some((i) => i >= 0 && (DETERMINERS.has(words[i]!.lower) || words[i]!.lower.endsWith("'s")) && !words.slice(i + 1, k).some((x) => x.punct));
    if (!np || taken.has(k) || out.includes(k) || inTimex(w.start, w.end)) continue;
    if (NOT_HAPPENINGS.has(happeningLemma(w.lower)) || !eventSubjectNoun(w.lower)) continue;
    out.push(k);
  }
  return out;
}

/** Words that open a clause's verb phrase after its subject: auxiliaries and modals ("The festival will return"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does']);
/** Punctuation after which a clause starts: a dateline's dash, a colon. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['-', '—', '–', ':', ';']);

/**
 * The heads of clause subjects that name only what happens (`plainEventNoun`): a noun phrase at the start of a sentence
 * or after a dateline's dash, from its determiner or owner to the word before the verb ("The Zeewind music festival will
 * return to …", "Colombia's census counted 48 million people"). What a report's clauses are about and is an event by
 * its noun alone is a happening, though the tagger, trained on TimeBank's verbs, may not read it so.
 */
function eventSubjects(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): number[] {
  const out: number[] = [];
  for (let d = 0; d < words.length; d++) {
    if (d > 0 && !CLAUSE_OPENERS.has(words[d - 1]!.text)) continue;
    const first = words[d]!.lower;
    // the phrase starts with a determiner or an owner ("The", "Colombia's")
    if (!DETERMINERS.has(first) && !first.endsWith("'s")) continue;
    for (let k = d + 1; k < Math.min(words.length - 1, d + 6); k++) {
      const w = words[k]!;
      if (w.punct || !/^[\p{L}-]+$/u.test(w.text)) break;
      const next = words[k + 1]!;
      const verb = FINITE_AUXILIARIES.has(next.lower) || (/^[a-z]+ed$/.test(next.text) && happeningLemma(next.lower) !== next.lower);
      if (!verb) continue;
      if (LETTERS.test(w.text) && w.text === w.lower && !taken.has(k) && !inTimex(w.start, w.end) && !NOT_HAPPENINGS.has(happeningLemma(w.lower)) && plainEventNoun(w.lower)) out.push(k);
      break;
    }
  }
  return out;
}

/**
 * Verbs that only carry out or go through the happening their object names, by form: "will undergo a medical", "has
 * filed a claim on its insurance", "lodged a complaint", "conducted a raid", "carried out an inspection", "passed a
 * medical". The object is the happening a story follows from report to report ("the medical … has been put back to
 * Monday"), not the verb, which would name it differently in each report (undergo, pass). `plain`: the object must name
 * only what happens (`plainEventNoun`: "passed a medical", not "passed a law"; "filed a claim", not "filed a report"),
 * for verbs whose other objects are things; otherwise any eventive noun ("undergo surgery", "conduct a review").
 */
interface ObjectVerb {
  readonly plain: boolean;
  readonly particle?: string;
}
const objectVerbForms = (forms: readonly string[], spec: ObjectVerb): Array<[string, ObjectVerb]> => forms.map((f) => [f, spec]);
const OBJECT_VERBS: ReadonlyMap<string, ObjectVerb> = new Map([
  ...objectVerbForms(['undergo', 'undergoes', 'underwent', 'undergone', 'undergoing'], { plain: false }),
  ...objectVerbForms(['conduct', 'conducts', 'conducted', 'conducting', 'perform', 'performs', 'performed', 'performing'], { plain: false }),
  ...objectVerbForms(['carry', 'carries', 'carried', 'carrying'], { plain: false, particle: 'out' }),
  ...objectVerbForms(['file', 'files', 'filed', 'filing', 'lodge', 'lodges', 'lodged', 'lodging', 'submit', 'submits', 'submitted', 'submitting'], { plain: true }),
  ...objectVerbForms(['pass', 'passes', 'passed', 'passing', 'fail', 'fails', 'failed', 'failing'], { plain: true }),
]);

/**
 * The happenings objects of OBJECT_VERBS name: pairs of the verb's word and its object's head, where the object is a
 * noun phrase from a determiner or an owner ("a medical", "an insurance claim", "its appeal"), not a name, a time or
 * another trigger already (`taken`: the lexicon's "appeal" keeps its own event).
 */
export function supportedObjects(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): Array<{ readonly verb: number; readonly head: number }> {
  const out: Array<{ verb: number; head: number }> = [];
  for (let v = 0; v < words.length; v++) {
    const spec = OBJECT_VERBS.get(words[v]!.lower);
    if (!spec) continue;
    let j = v + 1;
    if (spec.particle) {
      if (words[j]?.lower !== spec.particle) continue;
      j++;
    }
    const first = words[j]?.lower ?? '';
    if (!OBJECT_DETERMINERS.has(first) && !first.endsWith("'s")) continue;
    const head = phraseHead(words, j);
    if (head < 0 || taken.has(head)) continue;
    const w = words[head]!;
    if (w.text !== w.lower || !LETTERS.test(w.text) || inTimex(w.start, w.end)) continue;
    if (NOT_HAPPENINGS.has(happeningLemma(w.lower)) || personNoun(w.lower)) continue;
    if (!(spec.plain ? plainEventNoun(w.lower) : eventiveNoun(w.lower))) continue;
    out.push({ verb: v, head });
  }
  return out;
}

/** The heads of happenings a sentence's words make (plan verbs' arguments, status phrases' and clauses' subjects, support verbs' objects), in that order. */
export function headedHappenings(words: readonly Word[], taken: ReadonlySet<number>, inTimex: (start: number, end: number) => boolean): number[] {
  const out = planArguments(words, taken, inTimex);
  for (const k of [...statusSubjects(words, taken, inTimex), ...eventSubjects(words, taken, inTimex), ...supportedObjects(words, taken, inTimex).map((o) => o.head)]) if (!out.includes(k)) out.push(k);
  return out;
}
