/**
 * Other words for an event the story already tracks: a happening (a word the lexicon has no kind for, read by the learned
 * tagger) that names a tracked event of the lexicon's kinds in other words, "quit" beside "resigned", "the leak" beside
 * "the spill", "listed" beside "the listing". Two relations, both general English and never a corpus's own words: a
 * derivation (the same root under another ending: "merge" / "merger", "failure" / "fail", "reduction" / "reduce"), and
 * a short table of synonyms a happening word has for a lexicon lemma. Whether the two are one event is left to the
 * matching's own refusals (dates, people and places, earlier events): this only says the words can name one event.
 * The table stands apart from families.ts's LEMMA_FAMILIES on purpose: a family there joins readings with their status
 * steps everywhere (and in the ECB+ linker), while these words only join a background happening as a mention; joining
 * them with their steps failed the test drift floors (docs/stories.md, hsyn).
 */

/** Endings of derivation stripped before two words are compared ("devaluation", "devalue" → "devalu"). */
const ENDINGS = ['ations', 'ation', 'tions', 'tion', 'ions', 'ion', 'ments', 'ment', 'ings', 'ing', 'ures', 'ure', 'ers', 'er', 'ate', 'ed', 'es', 'e', 's'];

/** A root shorter than this is too short to tell two words apart ("pas" of "pass" and "passage"). */
const MIN_ROOT = 4;

/** The word and what is left of it with each derivational ending it has stripped, where MIN_ROOT letters are left. */
export function roots(word: string): ReadonlySet<string> {
  const w = word.toLowerCase();
  return new Set([w, ...ENDINGS.filter((end) => w.endsWith(end) && w.length - end.length >= MIN_ROOT).map((end) => w.slice(0, -end.length))]);
}

/** Whether two words are one word or derivations of one root ("listing" / "list", "reduction" / "reduce"). */
export function sameRoot(a: string, b: string): boolean {
  const ours = roots(a);
  return [...roots(b)].some((r) => r.length >= MIN_ROOT && ours.has(r));
}

/**
 * A lexicon lemma (annotate/events/domains.ts, lexicon.ts) and the happening lemmas that name its event in other words.
 * Only words whose common sense is that event: "quit" an office is a resignation, "the alert" a warning; "move", "send",
 * "pass", "package" or "deal" have too many other senses to join on the word alone.
 */
const OTHER_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['resign', ['quit']],
  ['step-down', ['quit']],
  ['spill', ['leak']],
  ['warning', ['alert', 'warn']],
  ['outage', ['failure', 'fail', 'blackout']],
  ['evacuate', ['relocate', 'relocation']],
  ['restore', ['reconnect', 'reconnection']],
  ['riot', ['unrest']],
  ['approve', ['endorse', 'endorsement']],
  ['ipo', ['list', 'listing', 'debut', 'float', 'flotation']],
  ['rate-rise', ['increase', 'hike']],
  ['raise', ['increase', 'hike']],
  ['cut', ['reduction', 'reduce']],
  ['ransom-demand', ['demand']],
  ['arrest', ['impound']],
  ['detain', ['impound']],
  ['vote', ['adopt', 'adoption']],
  ['trial', ['adjourn', 'adjournment']],
  ['hearing', ['adjourn', 'adjournment']],
];
const WORDS_FOR = new Map<string, ReadonlySet<string>>(OTHER_WORDS.map(([lemma, words]) => [lemma, new Set(words)]));

/**
 * Verbs of many senses that a tracked event's mention may have as its trigger ("signed the agreement", "raised the alert",
 * "allowed to go home", "filed for bankruptcy", "imposed a fine"): the same word elsewhere ("no sign of a leak", "rain
 * raised fears") is no mention of that event, so a happening is never matched to them.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'sign signed raise raised rise rose risen allow allowed file filed impose imposed offer offered go went gone hold held take took taken make made give gave given put set lift lifted call called issue issued order ordered'.split(' '),
);

/**
 * Whether a happening's words (its lemma and trigger words) name a tracked event's event in other words: a synonym the
 * table gives for the tracked lemma, or a derivation of the tracked lemma or of one of its mentions' triggers.
 */
export function otherWordsFor(happening: readonly string[], tracked: { readonly lemma: string; readonly triggers: readonly string[] }): boolean {
  const words = happening.map((w) => w.toLowerCase());
  const synonyms = WORDS_FOR.get(tracked.lemma);
  if (synonyms && words.some((w) => synonyms.has(w))) return true;
  const theirs = [tracked.lemma, ...tracked.triggers].map((w) => w.toLowerCase()).filter((w) => !LIGHT_VERBS.has(w));
  return words.some((w) => !w.includes(' ') && theirs.some((x) => !x.includes(' ') && sameRoot(w, x)));
}
