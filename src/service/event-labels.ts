/**
 * Tracked events of one story that read alike ("march — Kampala" twice: this month's march and the one
 * in 2019) are told apart for people by when they happen: the year when that differs, else the day,
 * else the day each was first reported. Labels are a reading aid only; ids stay the events' identity,
 * so this is applied where stories are served, not stored.
 */
import type { TrackedEvent } from '../link/schema.js';
import { dayWords } from './reading-view.js';

type Labelled = Pick<TrackedEvent, 'label' | 'when' | 'timeline' | 'firstSeen'>;

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The first calendar day the event is said to happen on: its agreed window, else the first step that gives one. */
function eventDay(e: Labelled): string | null {
  const windows = [e.when, ...e.timeline.map((s) => s.time?.window ?? null)];
  for (const w of windows) {
    const day = w && (DAY.test(w.from ?? '') ? w.from : DAY.test(w.to ?? '') ? w.to : null);
    if (day) return day;
  }
  return null;
}

/** Ways to tell events apart, coarsest first; each gives null where it cannot. */
const DISTINGUISHERS: ReadonlyArray<(e: Labelled) => string | null> = [
  (e) => eventDay(e)?.slice(0, 4) ?? null,
  (e) => dayWords(eventDay(e)),
  (e) => {
    const d = dayWords(e.firstSeen);
    return d ? `reported ${d}` : null;
  },
];

/** The label each event should be shown with, in input order: unchanged where it is unique in the story. */
export function distinctLabels(events: readonly Labelled[]): string[] {
  const byLabel = new Map<string, number[]>();
  events.forEach((e, i) => {
    const idx = byLabel.get(e.label);
    if (idx) idx.push(i);
    else byLabel.set(e.label, [i]);
  });
  const out = events.map((e) => e.label);
  for (const [label, idx] of byLabel) {
    if (idx.length < 2) continue;
    const group = idx.map((i) => events[i]!);
    const by = DISTINGUISHERS.find((f) => {
      const vals = group.map(f);
      return vals.every((v) => v !== null) && new Set(vals).size === vals.length;
    });
    idx.forEach((i, n) => {
      // nothing tells them apart: number them in story order, so a reader at least sees they are two
      const suffix = by ? by(events[i]!) : `${n + 1}`;
      out[i] = `${label} (${suffix})`;
    });
  }
  return out;
}

/** The same events with their distinct labels. */
export function withDistinctLabels<E extends Labelled>(events: readonly E[]): E[] {
  const labels = distinctLabels(events);
  return events.map((e, i) => (labels[i] === e.label ? e : { ...e, label: labels[i]! }));
}
