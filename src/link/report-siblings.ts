/**
 * Report siblings: an event mention too bare to be tracked on its own ("the agreement" with no one, no
 * place, no status) is, within its report, the tracked event of its kind that the report already speaks
 * of. It joins that event as a member (no status step: it states none) so that every mention of one
 * happening in a report lands in one tracked event. It joins only an event the report itself linked (a
 * sibling), only where the link layer's own fit allows the pair (kind, people, dates: a past event recalled
 * in the background stays apart), and only where exactly one sibling fits best.
 */
import type { DigestEvent } from './digest.js';
import type { TrackedEvent } from './schema.js';

/** How well a mention fits a tracked event, or null when it cannot be the same event (link-report's eventFit). */
export type Fit = (e: DigestEvent, t: TrackedEvent) => number | null;

/**
 * The tracked event among the report's `siblings` (the events its tracked mentions were linked to, with how
 * many of its mentions each holds) that the bare mention `e` belongs to, or null when none fits or two fit equally.
 */
export function siblingFor(e: DigestEvent, siblings: ReadonlyMap<TrackedEvent, number>, fit: Fit): TrackedEvent | null {
  let best: TrackedEvent | null = null;
  let bestScore = -Infinity;
  let tie = false;
  for (const [t, mentions] of siblings) {
    const f = fit(e, t);
    if (f === null) continue;
    // the same fit: the report's most mentioned of them (its main event), as a bare "the trip" is read
    const score = f + mentions / 1000;
    if (score > bestScore) {
      best = t;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}
