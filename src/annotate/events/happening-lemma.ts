/**
 * The lemma of a word the learned tagger reads as a happening: the verb it names where WordNet knows one ("listing",
 * "listed" → "list"; "ratification" → "ratify"; "devaluation" → "devalue"; "postponement" → "postpone"), else the
 * noun's lemma ("runoffs" → "runoff"). One lemma for the verb and its nominalisations is what lets reports that say
 * "ratified" and "the ratification" speak of one event. WordNet 3.0 comes from wink-lexicon and wink-lemmatizer
 * (npm packages, loaded on first use); nothing is downloaded.
 */
import { isVerbFile, loadWordNet } from './tagger/senses.js';
import type Lemmatizer from 'wink-lemmatizer';

interface Lexicon {
  readonly lemmatizer: typeof Lemmatizer;
  isVerb(lemma: string): boolean;
  /** Whether a noun lemma has a sense WordNet files under acts, events, processes, phenomena or states. */
  isEventiveNoun(lemma: string): boolean;
  /** Whether a noun lemma has a sense WordNet files under people. */
  isPersonNoun(lemma: string): boolean;
  /** Whether a noun lemma has a sense WordNet files under people, groups, artifacts, places, objects or substances. */
  isThingNoun(lemma: string): boolean;
  /** The noun lexicographer files of a lemma's senses ("noun.act", "noun.communication"). */
  nounFiles(lemma: string): readonly string[];
}

/** WordNet's lexicographer files of nouns that name what happens or holds (the rest: artifacts, people, places, amounts …). */
const EVENTIVE_NOUN_FILES: ReadonlySet<string> = new Set(['noun.act', 'noun.event', 'noun.process', 'noun.phenomenon', 'noun.state']);

/** WordNet's lexicographer files of nouns that name who or what rather than what happens. */
const THING_NOUN_FILES: ReadonlySet<string> = new Set(['noun.person', 'noun.group', 'noun.artifact', 'noun.location', 'noun.object', 'noun.substance', 'noun.body', 'noun.animal', 'noun.plant', 'noun.food', 'noun.possession']);

let lexicon: Lexicon | undefined;

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const { lemmatizer, senseIds, fileName } = loadWordNet();
  const isVerb = (lemma: string): boolean => senseIds(lemma).some(isVerbFile);
  const isEventiveNoun = (lemma: string): boolean => senseIds(lemma).some((id) => EVENTIVE_NOUN_FILES.has(fileName(id)));
  const isPersonNoun = (lemma: string): boolean => senseIds(lemma).some((id) => fileName(id) === 'noun.person');
  const isThingNoun = (lemma: string): boolean => senseIds(lemma).some((id) => THING_NOUN_FILES.has(fileName(id)));
  const nounFiles = (lemma: string): string[] => senseIds(lemma).map(fileName).filter((f) => f.startsWith('noun.'));
  return (lexicon = { lemmatizer, isVerb, isEventiveNoun, isPersonNoun, isThingNoun, nounFiles });
}

/** Nominalising endings and the verb endings they may stand for, longest first ("-ification" before "-ation"). */
const NOMINAL_ENDINGS: readonly { readonly ending: string; readonly verb: readonly string[] }[] = [
  { ending: 'ification', verb: ['ify'] },
  { ending: 'isation', verb: ['ise', 'ize'] },
  { ending: 'ization', verb: ['ize', 'ise'] },
  { ending: 'iation', verb: ['iate'] },
  { ending: 'ation', verb: ['e', '', 'ate'] },
  { ending: 'ition', verb: ['ite', 'ish', 'ose'] },
  { ending: 'ution', verb: ['ute', 've'] },
  { ending: 'sion', verb: ['de', 'd', 'se', 'ss', 't'] },
  { ending: 'tion', verb: ['te', 't', ''] },
  { ending: 'ment', verb: [''] },
  { ending: 'ance', verb: ['', 'e'] },
  { ending: 'ence', verb: ['', 'e'] },
  { ending: 'ure', verb: ['', 'e'] },
  { ending: 'al', verb: ['e', ''] },
  { ending: 'ing', verb: ['', 'e'] },
];

/** The verb a nominalisation names, where WordNet has it as a verb; null otherwise. */
function verbOfNominal(noun: string, isVerb: (w: string) => boolean): string | null {
  for (const { ending, verb } of NOMINAL_ENDINGS) {
    if (!noun.endsWith(ending) || noun.length - ending.length < 3) continue;
    const base = noun.slice(0, -ending.length);
    for (const v of verb) if (isVerb(base + v)) return base + v;
    // a doubled final consonant before the ending ("cancellation", "controlling")
    if (/([bdglmnprt])\1$/.test(base) && isVerb(base.slice(0, -1))) return base.slice(0, -1);
  }
  return null;
}

const cache = new Map<string, string>();

export function happeningLemma(lower: string): string {
  let lemma = cache.get(lower);
  if (lemma !== undefined) return lemma;
  const { lemmatizer, isVerb } = loadLexicon();
  const noun = lemmatizer.noun(lower);
  const verb = lemmatizer.verb(lower);
  // an inflected verb ("ousted", "sank") reads as its verb, a verb's own form as itself ("pass", not the noun
  // lemmatiser's "pas"); a noun as the verb it nominalises, or as itself
  if (verb !== lower && isVerb(verb)) lemma = verb;
  else if (isVerb(lower)) lemma = lower;
  else lemma = verbOfNominal(noun, isVerb) ?? noun;
  if (cache.size > 50_000) cache.clear();
  cache.set(lower, lemma);
  return lemma;
}

/** A predicate of a word form, decided once per form (happenings ask theirs of most nouns of every sentence). */
function perForm(decide: (lower: string) => boolean): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  return (lower) => {
    let k = known.get(lower);
    if (k !== undefined) return k;
    k = decide(lower);
    if (known.size > 50_000) known.clear();
    known.set(lower, k);
    return k;
  };
}

/**
 * Whether a noun can name a happening: it nominalises a verb ("ratification", "listing"), or WordNet files one of its
 * senses under acts, events, processes, phenomena or states ("runoff", "the rise", "violence"). Not an artifact, a
 * person or an amount alone ("pipeline", "satellite", "pay", "rate"), which the tagger sometimes reads as events.
 */
export const eventiveNoun = perForm((lower) => {
  const { lemmatizer, isVerb, isEventiveNoun } = loadLexicon();
  const noun = lemmatizer.noun(lower);
  const verb = happeningLemma(lower);
  return (verb !== noun && verb !== lower && isVerb(verb)) || isEventiveNoun(noun) || isEventiveNoun(lower);
});

/**
 * Whether a noun the tagger reads as an event may name a happening though WordNet files no sense of it as an act or
 * event: a word WordNet has no noun of (a verb used as a noun, a compound: "the restart", "the buy-back", "a
 * by-election"), or a noun WordNet files under communication with no sense of a thing, a person or a group ("the
 * request", "an injunction", "the discussions"; not "the pipeline", which is also an artifact). The tagger's own margin
 * decides these (happenings.ts).
 */
export const saidNoun = perForm((lower) => {
  const { lemmatizer, isThingNoun, nounFiles } = loadLexicon();
  const noun = lemmatizer.noun(lower);
  const files = nounFiles(noun);
  return files.length ? files.includes('noun.communication') && !isThingNoun(noun) : !nounFiles(lower).length;
});

/** Whether a noun can name a person ("the minister", "the director"): WordNet files a sense of it under people. */
export function personNoun(lower: string): boolean {
  const { lemmatizer, isPersonNoun } = loadLexicon();
  return isPersonNoun(lemmatizer.noun(lower)) || isPersonNoun(lower);
}

/**
 * Whether a noun names only what happens: an eventive noun (`eventiveNoun`) with no sense of a person, a group, a thing,
 * a place or a sum ("the census", "the festival", "the reopening"; not "the government", "the bridge", "the budget").
 */
export function plainEventNoun(lower: string): boolean {
  const { lemmatizer, isThingNoun } = loadLexicon();
  return eventiveNoun(lower) && !isThingNoun(lemmatizer.noun(lower)) && !isThingNoun(lower);
}
