/** The TimeML EVENT classes the tagger predicts; label 0 is "not an event". */
export const EVENT_CLASSES = ['OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'] as const;

export type EventClass = (typeof EVENT_CLASSES)[number];

/** O plus one label per class. */
export const N_EVENT_LABELS = EVENT_CLASSES.length + 1;

const INDEX: ReadonlyMap<string, number> = new Map(EVENT_CLASSES.map((c, i) => [c, i + 1]));

/** Label of a class name; an unknown class (none in TimeML 1.2) is read as OCCURRENCE, the default class. */
export function labelOf(cls: string): number {
  return INDEX.get(cls) ?? 1;
}

/** Class of a label, or null for O. */
export function classOf(label: number): EventClass | null {
  return label > 0 ? (EVENT_CLASSES[label - 1] ?? null) : null;
}
