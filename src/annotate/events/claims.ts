/**
 * Claims: each attribution joined to the event mentions its content (or its cue) reports. Content
 * that names no event but talks about timing ("no specific date has been confirmed", "willing to do
 * so at an early date") is joined to the most recent schedulable event still to happen, a few
 * sentences back: that is what such a sentence in a news report is about.
 */
import type { Attribution } from '../attribution/schema.js';
import type { Timex } from '../time/schema.js';
import type { Claim, Event } from './schema.js';

const SCHEDULE_WORDS = /\b(date|dates|time|timing|schedule|scheduled|confirmed|postponed|cancel(l)?ed|soon|do so|happen|take place|occur|trip|visit)\b/i;
const DISCOURSE_REACH = 3;

export interface ClaimInput {
  readonly text: string;
  readonly attributions: readonly Attribution[];
  readonly events: readonly Event[];
  readonly timexes: readonly Timex[];
  /** Sentence index of each event (same order as events). */
  readonly eventSentence: readonly number[];
  /** Sentence index for a character offset. */
  readonly sentenceOf: (offset: number) => number;
  readonly schedulable: (e: Event) => boolean;
}

function inside(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

export function joinClaims(input: ClaimInput): Claim[] {
  const { attributions, events, timexes, text } = input;
  const claims: Claim[] = [];
  // events sorted by position already; a pointer walk would do, but attributions are few per doc
  for (const a of attributions) {
    if (!a.content.length) continue;
    const from = Math.min(...a.content.map((c) => c.start));
    const to = Math.max(...a.content.map((c) => c.end));
    const hits = events.filter(
      (e) =>
        inside(e.trigger.start, e.trigger.end, a.content) ||
        (e.trigger.start < a.cue.end && a.cue.start < e.trigger.end),
    );
    let joined = hits;
    if (!joined.length) {
      const contentText = a.content.map((c) => text.slice(c.start, c.end)).join(' ');
      const hasTime = timexes.some((t) => inside(t.start, t.end, a.content));
      if (hasTime || SCHEDULE_WORDS.test(contentText)) {
        const here = input.sentenceOf(from);
        let best: Event | undefined;
        for (let k = events.length - 1; k >= 0; k--) {
          const e = events[k]!;
          if (e.trigger.start >= from) continue;
          if (here - input.eventSentence[k]! > DISCOURSE_REACH) break;
          if (!input.schedulable(e) || e.type === 'REQUEST' || e.status === 'occurred' || e.modality === 'negated') continue;
          best = e;
          break;
        }
        if (best) joined = [best];
      }
    }
    const clusters = [...new Set(joined.map((e) => e.cluster))];
    claims.push({
      id: `c-${a.id}`,
      attribution: a.id,
      events: joined.map((e) => e.id),
      clusters,
      proposition: { start: from, end: to },
      source: a.source ? { start: a.source.start, end: a.source.end, ...(a.source.entity ? { entity: a.source.entity } : {}) } : null,
      ...(a.via ? { via: `c-${a.via}` } : {}),
      stance: a.stance,
    });
  }
  return claims;
}
