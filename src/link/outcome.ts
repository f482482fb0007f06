/**
 * A process is over once its report tells its outcome: a trial whose verdict the same report gives as passed ("The trial
 * opened on September 29 and was adjourned …" in a report of the conviction), talks whose agreement it gives as reached
 * or signed ("talks that began on Monday" in a report of the signing). The process's own mention reads as going on (it
 * "opened", it "began"); the outcome beside it ends it.
 */
import type { ReaderStatus } from './schema.js';

/** Processes and the outcomes that end them, by trigger lemma. */
const ENDED_BY: ReadonlyArray<{ readonly process: ReadonlySet<string>; readonly outcome: ReadonlySet<string> }> = [
  { process: new Set(['trial']), outcome: new Set(['convict', 'acquit', 'sentence', 'verdict']) },
  { process: new Set(['talks', 'negotiate']), outcome: new Set(['agree', 'sign', 'deal']) },
];

/** One report's step as this rule reads it: the tracked event's lemma and the step's status. */
export interface OutcomeStep {
  readonly lemma: string;
  status: ReaderStatus;
}

/** Sets a process's "under way" to "happened" where the same report gives its outcome as happened. */
export function endByOutcome(steps: readonly OutcomeStep[]): void {
  for (const { process, outcome } of ENDED_BY) {
    if (!steps.some((s) => outcome.has(s.lemma) && s.status === 'happened')) continue;
    for (const s of steps) if (process.has(s.lemma) && s.status === 'under-way') s.status = 'happened';
  }
}
