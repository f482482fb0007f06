/**
 * Happenings: words the learned TimeML tagger (tagger/) reads as an occurrence where the lexicon has no trigger
 * ("the museum will reopen", "the ratification vote", "Malawi devalued the kwacha"). The lexicon's families cover
 * the kinds of event it knows how to type; a developing story is often about a kind it does not know, and a reader
 * still wants that event's status. A happening is typed no further than HAPPENING, and its lemma (also its subtype)
 * is the verb it names (happening-lemma.ts), so that "reopened" and "the reopening" are one kind. Which happenings a
 * story follows is the link layer's decision (src/link/link-report.ts, `followedIfLed`), not this layer's: here every
 * one is an event mention with its modality, time and arguments read like the lexicon's.
 */
import { HAPPENING_TYPE } from '../../doc/schemas/events.js';
import type { Word, SentenceView } from '../text/token-view.js';
import { lightPhraseAt, type TriggerHit } from './triggers.js';
import type { TriggerForm } from './lexicon.js';
import { loadEventTagger } from './tagger/model.js';
import { LazySentenceTagging } from './tagger/sentence.js';
import { eventiveNoun, happeningLemma, saidNoun } from './happening-lemma.js';
import { headedHappenings, supportedObjects } from './happening-heads.js';
import { phrasesAt } from './phrases.js';
import { AUXILIARIES, DETERMINERS, FUNCTION_WORDS, LETTERS, NOT_HAPPENINGS, PHRASE_END, PRONOUNS } from './happening-words.js';

export const HAPPENING_RULE = 'happening';

/** Whether an event record is a happening (read by evals whose gold covers the lexicon's events only). */
export function isHappening(e: { readonly type: string }): boolean {
  return e.type === HAPPENING_TYPE;
}

/** Whether a lemma can name a happening of its own (not a copula, a light verb, a change of another event's plan …). */
export function namesHappening(lemma: string): boolean {
  return !NOT_HAPPENINGS.has(lemma);
}

/** Words before a form that make it a verb ("to reopen", "will ratify", "was ousted"). */
const VERB_BEFORE: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'not', "n't", 'never', 'did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'who', 'which', 'they', 'he', 'she', 'we', 'it', 'also', 'then', 'later', 'already', 'finally']);
const NOMINAL_ENDING = /(?:tion|sion|ment|ance|ence|ure|al|ity|ship|cy)s?$/;

/**
 * What the tagger's happenings read of a word's lower case alone, kept per form: its lemma, or null where no happening
 * is read from the tagger at this form (a word or lemma of NOT_HAPPENINGS), and its endings.
 */
interface FormFacts {
  readonly lemma: string | null;
  /** a noun's ending (NOMINAL_ENDING) */
  readonly nominal: boolean;
  /** "-ed" or "-ing" without a noun's ending: a verb's form */
  readonly verbal: boolean;
  readonly ing: boolean;
}

const formFacts = new Map<string, FormFacts>();

function factsOf(lower: string): FormFacts {
  let f = formFacts.get(lower);
  if (f !== undefined) return f;
  let lemma: string | null = null;
  if (!NOT_HAPPENINGS.has(lower)) {
    lemma = happeningLemma(lower);
    if (NOT_HAPPENINGS.has(lemma)) lemma = null;
  }
  const nominal = NOMINAL_ENDING.test(lower);
  f = { lemma, nominal, verbal: /(?:ed|ing)$/.test(lower) && !nominal, ing: /ing$/.test(lower) };
  if (formFacts.size > 50_000) formFacts.clear();
  formFacts.set(lower, f);
  return f;
}

/** Whether the word at i (of facts `f`) reads as a noun, by the word before it and its ending. */
function readsAsNoun(words: readonly Word[], i: number, f: FormFacts): boolean {
  const prev = words[i - 1]?.lower ?? '';
  if (DETERMINERS.has(prev) || prev.endsWith("'s")) return true;
  if (VERB_BEFORE.has(prev)) return false;
  if (f.verbal) return f.ing && !prev;
  return f.nominal || !prev || words[i - 1]!.punct;
}

/**
 * The margin an eventive noun heading its phrase is read at, below the tagger's own: TimeBank marked few nouns, so the
 * tagger's lead over O for a noun WordNet files as an act or event ("the emergency", "a ransom demand", "the closure")
 * sits well below its verbs' (most of the English event mentions the story layer missed on dev were such nouns). Fitted
 * on the dev stories: -15 found 25 more gold mentions for 76 more predicted, and 7 more statuses.
 */
const NOUN_MARGIN = -15;

/**
 * Whether the word at i is a plain lower-case noun heading its phrase: no "-ed" form ("the stolen pieces"), and the
 * next word ends the phrase (punctuation, a function word, an auxiliary, a preposition or an "-ed" verb: "the closure
 * of", "the emergency was declared", "the diversion ended"), so that a noun modifying another ("the restoration cost",
 * "emergency landing") or a name's word keeps the tagger's margin.
 */
function headsPhrase(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.text !== w.lower || w.lower.endsWith('ed')) return false;
  const next = words[i + 1];
  if (!next || next.punct) return true;
  const n = next.lower;
  return PHRASE_END.has(n) || FUNCTION_WORDS.has(n) || AUXILIARIES.has(n) || (next.text === n && n.endsWith('ed'));
}

/** A happening trigger at word `wi`; the subtype is the lemma: in-report coreference (coref.ts) joins only one subtype's mentions. */
function happeningHit(wi: number, lemma: string, noun: boolean): TriggerHit {
  const entry: TriggerForm = { lemma, type: HAPPENING_TYPE, subtype: lemma, schedulable: true, symmetric: false, domain: 'happening', noun };
  return { wi, entry, rule: HAPPENING_RULE };
}

/**
 * Happening hits of one sentence: the nouns plan verbs are said of (`planArguments`), and words that are no trigger yet
 * (`taken`), not inside a name or time expression (`blocked`), that the tagger reads as an OCCURRENCE above its margin.
 * `tags`: the sentence's tagging, shared with its counted events (parse.ts).
 */
export function happeningTriggers(
  view: SentenceView,
  text: string,
  taken: ReadonlySet<number>,
  blocked: (start: number, end: number) => boolean,
  inTimex: (start: number, end: number) => boolean = () => false,
  tags: LazySentenceTagging = new LazySentenceTagging(view, text),
): TriggerHit[] {
  const words = view.words;
  const argued = headedHappenings(words, taken, inTimex);
  // a support verb whose object is the happening ("will undergo a medical") is no happening of its own
  const supporting = new Set(supportedObjects(words, taken, inTimex).map((o) => o.verb));
  const margin = loadEventTagger().model.margin;
  const out: TriggerHit[] = [];
  // a multiword phrase's completing words are no happenings of their own (phrases.ts)
  let inPhrase: Set<number> | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (argued.includes(i)) {
      out.push(happeningHit(i, happeningLemma(w.lower), true));
      continue;
    }
    if (inPhrase?.has(i)) continue;
    // the words that complete a phrase are no happenings of their own ("the roof gave way"), and a light verb's phrase
    // is its noun's event ("caught fire"): no happening at the verb either (phrases.ts)
    const phrases = phrasesAt(view, i);
    for (const m of phrases) {
      inPhrase ??= new Set();
      for (const r of m.rest) inPhrase.add(r);
    }
    if (taken.has(i) || w.punct || FUNCTION_WORDS.has(w.lower) || supporting.has(i)) continue;
    if (phrases.length && lightPhraseAt(view, i)) continue;
    if (insideName(words, i)) continue;
    if (!LETTERS.test(w.text) || blocked(w.start, w.end)) continue;
    const f = factsOf(w.lower);
    const lemma = f.lemma;
    if (lemma === null) continue;
    const noun = readsAsNoun(words, i, f);
    // a noun the tagger reads as an event that WordNet knows only as a thing ("the pipeline", "a satellite") is none:
    // asked before the tagger, whose decisions are most of what happenings cost (WordNet's answer is one per word form)
    const eventive = noun && eventiveNoun(w.lower);
    if (noun && !eventive && !saidNoun(w.lower)) continue;
    // an eventive noun heading its phrase is asked at the nouns' lower margin ("the restoration of the gallery")
    const ask = eventive && headsPhrase(words, i) ? Math.min(margin, NOUN_MARGIN) : margin;
    const tagged = tags.at(i, ask);
    if (!tagged || tagged.cls !== 'OCCURRENCE' || tagged.margin <= ask) continue;
    out.push(happeningHit(i, lemma, noun));
  }
  return out;
}

/** A capitalised word inside a sentence (not after punctuation) is a name or part of one, even where the entity layer did not mark it. */
function insideName(words: readonly Word[], i: number): boolean {
  const c = words[i]!.text.charCodeAt(0);
  return i > 0 && c >= 65 && c <= 90 && !words[i - 1]!.punct;
}

/**
 * Whether the noun at i modifies the noun after it ("the festival director", "festival goers"): the next word is a plain
 * lower-case word in no inflected verb form and no function word. A verb after a singular subject is inflected ("the
 * festival opens", "drew"), so the test keeps those.
 */
function modifiesNoun(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.punct || !LETTERS.test(next.text) || next.text !== next.lower) return false;
  if (FUNCTION_WORDS.has(next.lower) || AUXILIARIES.has(next.lower) || PHRASE_END.has(next.lower) || DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower)) return false;
  return !/(?:ed|ing)$/.test(next.lower) && happeningLemma(next.lower) === next.lower;
}

/**
 * One sense per report: a noun read as a happening once ("the census" a plan verb is said of) is the same happening
 * wherever the report names it again, though the tagger, reading other words around it, may not say so there ("the
 * census counted 48 million people"). `forms` are the lower-case forms of the report's noun happenings; the word must
 * read as a noun where it stands, and not be a trigger, a name or a time already.
 */
export function sameNounHappenings(view: SentenceView, taken: ReadonlySet<number>, blocked: (start: number, end: number) => boolean, forms: ReadonlyMap<string, string>): TriggerHit[] {
  const words = view.words;
  const out: TriggerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lemma = forms.get(w.lower);
    if (lemma === undefined || taken.has(i) || w.punct || blocked(w.start, w.end)) continue;
    if (insideName(words, i)) continue;
    if (!readsAsNoun(words, i, factsOf(w.lower)) || modifiesNoun(words, i)) continue;
    out.push(happeningHit(i, lemma, true));
  }
  return out;
}
