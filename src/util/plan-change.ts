/**
 * The words of a change of plan, one list for both layers (here, in util/, because the link layer may import only
 * link/, doc/ and util/): the events layer's passive cues ("was put off", "has been called off"), the link layer's
 * postponement cue (a calling-off that only puts a plan off) and its sentence status "postponed". A plan is put off
 * to a later time (postponed) or called off (cancelled); each word says which, and whether it is the participle
 * that follows an auxiliary ("was postponed") or another form of the same word ("postpones", "the postponement").
 */

export type PlanChange = 'postponed' | 'cancelled';

export interface PlanChangeWord {
  /** Lower-cased, words separated by one space: "put off". */
  readonly words: string;
  readonly change: PlanChange;
  /** The form after an auxiliary ("was put off", "been postponed"); else another verb form or the noun. */
  readonly participle: boolean;
}

const entries = (words: string, change: PlanChange, participle: boolean): PlanChangeWord[] =>
  words.split(',').map((w) => ({ words: w.trim(), change, participle }));

export const PLAN_CHANGE_WORDS: readonly PlanChangeWord[] = [
  ...entries('postponed, put off, put back, pushed back, moved back, delayed, deferred, rescheduled, scrubbed', 'postponed', true),
  // "the launch scrubs", "the postponement of the visit"; not the noun "delay" ("despite delays" puts nothing off)
  ...entries('postpone, postpones, postponement, scrub, scrubs', 'postponed', false),
  ...entries('cancelled, canceled, called off, scrapped, suspended, shelved', 'cancelled', true),
  // "the ministry cancels the visit", "will cancel", "cancelling the trip"
  ...entries('cancel, cancels, cancelling', 'cancelled', false),
];

/** The participles of every change of plan, for the events layer's passive cues. */
export const CHANGE_PARTICIPLES: readonly string[] = PLAN_CHANGE_WORDS.filter((w) => w.participle).map((w) => w.words);

/** The words of one change, every form, in list order. */
export function changeWords(change: PlanChange): string[] {
  return PLAN_CHANGE_WORDS.filter((w) => w.change === change).map((w) => w.words);
}

/** Words as one group for a pattern, any whitespace between the words of one ("put\\s+off"): "(?:postponed|put\\s+off|…)". */
export function wordsGroup(words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})`;
}

/** Every postponement word, as one pattern: "postponed", "put off", "was pushed back", "the postponement", "scrubbed". */
export const POSTPONEMENT: RegExp = new RegExp(`\\b${wordsGroup(changeWords('postponed'))}\\b`, 'i');
