/**
 * Modality and status cues, as word sequences read to the left (pre) or right (post) of a trigger.
 * `maxGap` is how many words may stand between the cue and the trigger; it is the scope of the cue
 * (negation reaches "did not yet meet", a denial reaches "denied that the minister had met").
 * The reasons for each group are in docs/events.md.
 */
import type { EventStatus, Modality } from '../../doc/schemas/events.js';
import { CHANGE_PARTICIPLES } from '../../util/plan-change.js';

export interface CueSpec {
  readonly seq: readonly string[];
  readonly side: 'pre' | 'post';
  readonly maxGap: number;
  readonly modality?: Modality;
  readonly status?: EventStatus;
  /** Only for noun triggers ("the visit was postponed"), not for verbs. */
  readonly nounOnly?: boolean;
  /** Only for verb triggers ("paid no ransom"), not for nouns. */
  readonly verbOnly?: boolean;
  /** Only when no object follows the cue ("opened on Monday", not "opened the talks"). */
  readonly intransitive?: boolean;
  /** Only when "to" stands right before the trigger: "wanted the two governments to sign". */
  readonly infinitive?: boolean;
  /** Only when the sentence holds a condition ("would" is hypothetical after "if", planned otherwise). */
  readonly conditional?: 'only' | 'not';
  readonly rule: string;
}

const c = (
  words: string,
  side: 'pre' | 'post',
  maxGap: number,
  rule: string,
  more: Partial<Omit<CueSpec, 'seq' | 'side' | 'maxGap' | 'rule'>>,
): CueSpec[] =>
  words.split('|').map((w) => ({ seq: w.trim().split(' '), side, maxGap, rule, ...more }));

/** Every passive of a change of plan: an auxiliary ("is", "was", "be", "been" …) and a participle (util/plan-change.ts). */
const CHANGE_PASSIVES = ['is', 'are', 'was', 'were', 'be', 'been']
  .flatMap((aux) => CHANGE_PARTICIPLES.map((p) => `${aux} ${p}`))
  .join('|');

/** "will make an attempt to", "will make a second bid to", "will make another effort to": an attempt ahead (events 1.123.0). */
const ATTEMPTS_AHEAD = [
  'will make an attempt to',
  ...['a second', 'a third', 'a fresh', 'a new', 'a final', 'another', 'a further'].flatMap((which) => ['attempt', 'bid', 'effort'].map((noun) => `will make ${which} ${noun} to`)),
].join('|');

export const CUES: readonly CueSpec[] = [
  // negation: local operators, then verbs of denial, then "no plans/evidence"
  ...c("not|n't|never|no longer", 'pre', 3, 'neg:not', { modality: 'negated' }),
  ...c('no|neither|nor|without', 'pre', 2, 'neg:no', { modality: 'negated' }),
  // "nothing has been signed", "no one has been charged": a negative subject, two auxiliaries before the verb
  ...c('nothing|nobody|no one|none', 'pre', 2, 'neg:nothing', { modality: 'negated' }),
  // "no ransom had been paid", "not one euro has been paid": a negative subject, its noun and the auxiliaries before the
  // verb (events 1.76.0; modality.ts checks that only auxiliaries stand between the noun and the verb)
  ...c('no|not one|not a single', 'pre', 4, 'neg:no-subject', { modality: 'negated', verbOnly: true }),
  // "had paid no ransom", "arrested no one": a verb whose object is "no …" did not happen
  ...c('no', 'post', 0, 'neg:no-object', { modality: 'negated', verbOnly: true }),
  ...c('no plans|no plan|no intention|no immediate plans|no intentions|no decision|no such plans|no such plan|no such intention|no current plans|no concrete plans', 'pre', 6, 'neg:no-plans', { modality: 'negated' }),
  ...c('is not planned|are not planned|was not planned|is not yet planned|not yet planned|not planned yet|has not been planned|have not been planned|is not on the agenda|was not on the agenda|is not on the cards|was not on the cards|is not scheduled|has not been scheduled|will not take place|is off the table|was off the table', 'post', 10, 'neg:not-planned', { modality: 'negated', nounOnly: true }),
  ...c('denied|denies|deny|denying|dismissed reports', 'pre', 8, 'neg:deny', { modality: 'negated' }),
  // "ruled out lowering rates before July" is a bound on the cut, not its denial (events 1.76.0, modality.ts)
  ...c('ruled out|rules out|rule out|ruling out', 'pre', 8, 'neg:rule-out', { modality: 'negated' }),
  ...c('refused to|refuses to|refuse to|declined to|declines to|failed to|fails to|fail to', 'pre', 3, 'neg:refuse', { modality: 'negated' }),
  ...c('no evidence|no sign|no signs|no indication|no proof', 'pre', 9, 'neg:no-evidence', { modality: 'negated' }),
  ...c('did not take place|never took place|did not happen|never happened|was not held', 'post', 6, 'neg:not-held', { modality: 'negated', nounOnly: true }),
  // questions
  ...c('whether', 'pre', 8, 'question:whether', { modality: 'questioned' }),
  ...c('asked if|asks if|ask if|wondered if', 'pre', 8, 'question:asked-if', { modality: 'questioned' }),
  // cancellation (a status, the event itself is asserted as called off)
  ...c('called off|cancelled|canceled|postponed|scrapped|shelved|suspended|delayed|put off|calls off|postpones|cancels', 'pre', 4, 'status:cancel', { status: 'cancelled' }),
  // "putting off the further increase it had signalled" (events 1.76.0)
  ...c('putting off|puts off', 'pre', 4, 'status:cancel', { status: 'cancelled' }),
  // a change of plan in the passive, after any auxiliary ("would be postponed", "has been delayed", "was put off")
  ...c(CHANGE_PASSIVES, 'post', 14, 'status:cancel', { status: 'cancelled', nounOnly: true }),
  // condition
  ...c('if|unless|provided|in case', 'pre', 6, 'hyp:if', { modality: 'hypothetical' }),
  // "is prepared to visit X if invited": a condition after the event
  ...c('if|unless', 'post', 5, 'hyp:if-post', { modality: 'hypothetical' }),
  ...c('could|might|may', 'pre', 4, 'hyp:modal', { modality: 'hypothetical' }),
  // "a ruling could come within days", "their release might follow": a noun's possibility after it (events 1.76.0)
  ...c('could come|could follow|may come|may follow|might come|might follow|could take place|could happen', 'post', 4, 'hyp:modal-post', { modality: 'hypothetical', nounOnly: true }),
  // "an early election could be held in the spring" (events 1.84.0): a noun's possibility in the passive
  ...c('could be held|may be held|might be held|could be called|may be called|might be called', 'post', 4, 'hyp:modal-post', { modality: 'hypothetical', nounOnly: true }),
  ...c('would', 'pre', 4, 'hyp:would', { modality: 'hypothetical', conditional: 'only' }),
  ...c('would', 'pre', 4, 'plan:would', { modality: 'planned', conditional: 'not' }),
  ...c('possible|possibly|potential|proposed|hypothetical', 'pre', 2, 'hyp:possible', { modality: 'hypothetical' }),
  // expectation
  // "the ban would stay on hold until it had heard the appeal": what a plan waits for has not happened yet (events 1.76.0;
  // modality.ts asks for "will" or "would" before "until")
  ...c('until|till', 'pre', 4, 'exp:until', { modality: 'expected' }),
  ...c('expected to|likely to|poised to|expected', 'pre', 4, 'exp:expected', { modality: 'expected' }),
  ...c('anticipates|anticipate|anticipated|anticipating|expects|expect|predicted|predicts', 'pre', 4, 'exp:anticipate', { modality: 'expected' }),
  ...c('is expected|are expected|was expected|were expected', 'post', 6, 'exp:expected', { modality: 'expected', nounOnly: true }),
  // a noun's likelihood after it (events 1.74.0): "a cut in June is likely", "a cut at the June meeting was now likely"
  // is expected; "an August cut now looks unlikely", "a cut remains possible", "a cut would be the first since 2024" is
  // no fact and no plan
  ...c('is likely|was likely|is now likely|was now likely|looks likely|now looks likely|seems likely|remains likely|is probable', 'post', 10, 'exp:likely', { modality: 'expected', nounOnly: true }),
  ...c('is unlikely|was unlikely|looks unlikely|now looks unlikely|seems unlikely|remains possible|remains unlikely|would be the first|would be its first', 'post', 10, 'hyp:unlikely', { modality: 'hypothetical', nounOnly: true }),
  // scheduling
  ...c('scheduled to|set to|due to|slated to|scheduled|slated', 'pre', 4, 'sched:set-to', { modality: 'planned', status: 'scheduled' }),
  ...c('scheduled for|set for|slated for|has been set|have been set|has been scheduled|is scheduled|are scheduled|was scheduled|were scheduled|had been set|been set for|fixed for', 'post', 8, 'sched:set-for', { modality: 'planned', status: 'scheduled', nounOnly: true }),
  // wanting or urging someone else to act: "wanted the two governments to sign", "urged Kenya to ratify"
  ...c('want|wants|wanted|wanting|urge|urges|urged|urging|asked|asks|ask|called on|calls on|call on|pressed|presses|pressing|encouraged|encourages|would like', 'pre', 6, 'plan:want-object', { modality: 'planned', infinitive: true }),
  // a happening sought, not reported: "negotiating for the release of", "called for the immediate release", "pressing for talks"
  // ("for" counts only after a verb of seeking, modality.ts: not "arrested for the murder")
  ...c('for', 'pre', 3, 'plan:sought-for', { modality: 'planned', nounOnly: true }),
  ...c('to secure', 'pre', 3, 'plan:sought', { modality: 'planned', nounOnly: true }),
  // a happening asked for: "formally requested the extradition of", "would request his extradition", "sought the
  // release of": the object of a request is wanted, not reported (a demand is left as it was: "demanded the
  // resignation" states nothing of the resignation)
  ...c('request|requests|requested|requesting|sought|seek|seeks|seeking', 'pre', 2, 'plan:requested', { modality: 'planned', nounOnly: true }),
  // intention, readiness, agreement, future
  ...c('will|shall|\'ll|wo|going to', 'pre', 4, 'plan:will', { modality: 'planned' }),
  // "will make a second attempt to refloat the bulk carrier", "will make another bid to list": the attempt's verb is
  // planned, beyond the reach of a bare "will" (events 1.123.0)
  ...c(ATTEMPTS_AHEAD, 'pre', 0, 'plan:will', { modality: 'planned' }),
  // "the fire brigade still had to inspect the new galleries", "the deal still needs to be ratified": what is still to be
  // done is ahead (events 1.128.0; a bare "had to" is left: "residents had to flee" tells that they did)
  ...c('still has to|still have to|still had to|still needs to|still need to|still needed to', 'pre', 0, 'plan:still-to', { modality: 'planned' }),
  ...c('plans to|plan to|planned to|planning to|plans for|intends to|intend to|intended to|intention to|intentions to|aims to|aim to|aiming to|ready to|readiness to|willing to|willingness to|prepared to|preparing to|agreed to|agree to|agrees to|pledged to|pledge to|pledges to|promised to|promises to|vowed to|vows to|decided to|decide to|hopes to|hope to|hoped to|wants to|want to|wanted to|seeks to|seek to|is to|are to|committed to|offered to|offer to|proposed to|proposes to', 'pre', 4, 'plan:intend', { modality: 'planned' }),
  ...c('planned|upcoming|forthcoming|next', 'pre', 1, 'plan:premod', { modality: 'planned', nounOnly: true }),
  // "setting the stage for coalition talks", "paved the way for a ceasefire" (events 1.104.0): what is made possible is ahead
  ...c('stage for|way for|way to|ground for|groundwork for', 'pre', 2, 'exp:way-for', { modality: 'expected', nounOnly: true }),
  ...c('future', 'pre', 0, 'plan:premod', { modality: 'planned', nounOnly: true }),
  ...c('will take place|will be held|to be held|is planned|are planned|will begin|will start|will open|is to take place|to take place', 'post', 6, 'plan:will-held', { modality: 'planned', nounOnly: true }),
  // "Notices will go out from March 2", "the cuts will take effect by April", "the ban will come into force" (events 1.70.0)
  // "Tanzania's ban on eggs and live poultry from Kenya will take effect on February 15": the noun's own phrase may run to
  // eight words before its verb (events 1.86.0; was six)
  ...c('will go ahead|will go out|will take effect|will come into force|will be sent|will be issued|would go ahead|would take effect', 'post', 8, 'plan:will-held', { modality: 'planned', nounOnly: true }),
  // "its findings would be made public within 30 days", "the report will be published in May" (events 1.71.0)
  ...c('will be made public|would be made public|will be published|would be published|will be released|would be released', 'post', 6, 'plan:will-held', { modality: 'planned', nounOnly: true }),
  // in progress
  ...c('currently|now', 'pre', 3, 'prog:currently', { status: 'in-progress' }),
  ...c('is|are|am', 'pre', 0, 'prog:is-ing', { status: 'in-progress' }),
  // "began moving people out", "began returning to their villages": an -ing verb right after a start is under way (events 1.71.0)
  ...c('began|begun|started|begins|starts', 'pre', 0, 'prog:began-ing', { status: 'in-progress', verbOnly: true }),
  // "police are still investigating", "rescuers are now searching": an adverb of time between the auxiliary and the verb
  ...c('is still|are still|am still|is now|are now|is currently|are currently', 'pre', 0, 'prog:is-ing', { status: 'in-progress' }),
  ...c('is holding|are holding|ongoing', 'pre', 2, 'prog:holding', { status: 'in-progress' }),
  ...c('under way|underway|are continuing|is continuing|were continuing|was continuing|got under way|is ongoing|are ongoing|in progress', 'post', 6, 'prog:under-way', { status: 'in-progress', nounOnly: true }),
  // without an object: "the talks opened on Monday" is under way, "her visit opened the talks" is about the talks
  ...c('continued|continues|continue|opened|began|kicked off', 'post', 6, 'prog:under-way', { status: 'in-progress', nounOnly: true, intransitive: true }),
  // "The inquiry has just begun", "the work had begun by noon" (events 1.84.0)
  ...c('begun', 'post', 3, 'prog:under-way', { status: 'in-progress', nounOnly: true, intransitive: true }),
  // "the visit is in its second day", "continues his visit to Riga"
  ...c('is in its|entered its|enters its|went into its|goes into its', 'post', 10, 'prog:day', { status: 'in-progress', nounOnly: true }),
  // "the negotiations entered their fifth week", "the talks are in their third day" (events 1.70.0)
  ...c('are in their|entered their|enter their|enters their|went into their|go into their', 'post', 10, 'prog:day', { status: 'in-progress', nounOnly: true }),
  ...c('continues|continuing', 'pre', 3, 'prog:continues', { status: 'in-progress', nounOnly: true }),
  // happened
  ...c('held|holds|last|previous|recent|earlier', 'pre', 3, 'done:held', { status: 'occurred' }),
  ...c('took place|occurred|was held|were held|happened|ended|concluded|has taken place|had taken place', 'post', 6, 'done:took-place', { status: 'occurred', nounOnly: true }),
  // "began the count on Monday", "launched its vaccination campaign" (events 1.102.0): a noun's work begun goes on
  ...c('began the|began its|began a|started the|started its|started a|launched the|launched its|launched a|has begun the|have begun the|kicked off the|kicked off its', 'pre', 2, 'prog:began-the', { status: 'in-progress', nounOnly: true }),
  // "The restoration is complete", "the count is over" (events 1.101.0): a noun's work said done in the present
  ...c('is complete|are complete|was complete|were complete|is now complete|is completed|are completed|is finished|are finished|is over|are over|was over|were over|is now over', 'post', 3, 'done:complete', { status: 'occurred', nounOnly: true, intransitive: true }),
  // "The advisory remains in force", "the curfew is in place" (events 1.101.0): a state the noun holds, going on
  ...c('remains in force|remain in force|remained in force|is in force|are in force|is still in force|remains in place|remain in place|remained in place|is in place|are in place|is still in place|remains in effect|remain in effect|is in effect|stays in place|stays in force', 'post', 6, 'prog:in-force', { status: 'in-progress', nounOnly: true }),
  // "ending a trial that opened on September 8", "ended the search for survivors": the end of it is done
  ...c('ending|ended|concluding|concluded', 'pre', 2, 'done:ended', { status: 'occurred', nounOnly: true }),
];

/** Words a cue may not be read across: the clause has changed. */
export const BARRIERS: ReadonlySet<string> = new Set([';', ':', 'but', 'while', 'although', 'though', 'whereas', 'because', 'when', 'where', 'who', 'which', '(', ')']);

/** Speech verbs that end the reach of a cue or an argument search: "X said Y …". */
export const REPORTING: ReadonlySet<string> = new Set(
  'said says say told tells stated states reported reports announced announces added adds according noted notes mentioned mentions claimed claims confirmed confirms clarified'.split(' '),
);
