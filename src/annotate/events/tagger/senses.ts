/**
 * WordNet's lexicographer files ("supersenses") of a word, per part of speech: "election" is a
 * noun.act and noun.event, "say" a verb.communication, "believe" a verb.cognition, "see" a
 * verb.perception. They carry event-hood and class for words the training data saw rarely or never
 * (nominal events such as "turmoil", reporting and perception verbs), which the stem lexicon cannot.
 * The data is WordNet 3.0 as wink-lexicon ships it (MIT; WordNet licence), lemmatised with
 * wink-lemmatizer (WordNet's Morphy with its exception lists), both npm packages: nothing is
 * downloaded at run time.
 */
import { createRequire } from 'node:module';
import type Lemmatizer from 'wink-lemmatizer';

/** A word's supersenses by part of speech (lexicographer file names without the "noun." prefix). */
export interface WordSenses {
  readonly verb: readonly string[];
  readonly noun: readonly string[];
  readonly adj: readonly string[];
}

export interface SenseTable {
  /** the supersenses of a lowercase word form, each part of speech read through its own lemma */
  senses(lower: string): WordSenses;
}

/** wink-lexicon's lexicographer-file ids: 0-2 adjective and adverb, 3-28 noun, 29-43 verb, 44 participial adjective. */
const isNoun = (id: number): boolean => id >= 3 && id <= 28;
export const isVerbFile = (id: number): boolean => id >= 29 && id <= 43;
const isAdj = (id: number): boolean => id === 0 || id === 1 || id === 44;

const NONE: WordSenses = { verb: [], noun: [], adj: [] };

/** WordNet 3.0 as wink-lexicon and wink-lemmatizer ship it: a lemma's lexicographer-file ids and each file's name. */
export interface WordNet {
  readonly lemmatizer: typeof Lemmatizer;
  /** The lexicographer-file ids of a lemma's senses (none for a word WordNet lacks). */
  senseIds(lemma: string): readonly number[];
  /** A file's name, "noun.act", "verb.communication". */
  fileName(id: number): string;
}

let wordNet: WordNet | undefined;

/**
 * WordNet, loaded from wink-lexicon on first use (about 3 MB of JavaScript). Required here, not imported at the top,
 * so that a process that reads no supersenses and no happenings never loads it.
 */
export function loadWordNet(): WordNet {
  if (wordNet) return wordNet;
  const require = createRequire(import.meta.url);
  const lemmatizer = require('wink-lemmatizer') as typeof Lemmatizer;
  const words = require('wink-lexicon/src/wn-words.js') as Record<string, number>;
  const wordSenses = require('wink-lexicon/src/wn-word-senses.js') as readonly (readonly number[])[];
  const files = require('wink-lexicon/src/wn-senses.js') as readonly string[];
  return (wordNet = {
    lemmatizer,
    senseIds: (lemma) => (Object.hasOwn(words, lemma) ? (wordSenses[words[lemma]!] ?? []) : []),
    fileName: (id) => files[id] ?? '',
  });
}

/** The WordNet supersense table (loadWordNet). */
export function loadSenseTable(): SenseTable {
  const { lemmatizer, senseIds, fileName } = loadWordNet();
  // the 45 lexicographer files' names without their part of speech ("act", "communication"), once
  const names = Array.from({ length: 45 }, (_, id) => fileName(id).slice(fileName(id).indexOf('.') + 1));
  const pick = (lemma: string, keep: (id: number) => boolean): string[] => senseIds(lemma).filter(keep).map((id) => names[id]!);
  return {
    senses(lower: string): WordSenses {
      if (!/^[a-z][a-z'-]*$/.test(lower)) return NONE;
      return {
        verb: pick(lemmatizer.verb(lower), isVerbFile),
        noun: pick(lemmatizer.noun(lower), isNoun),
        adj: pick(lemmatizer.adjective(lower), isAdj),
      };
    },
  };
}
