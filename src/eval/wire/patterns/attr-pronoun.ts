/**
 * A pronoun source ("he said", "she added") names the last speaker of its gender, else the nearest
 * person of its gender, never the last name of the other. Gold: the pronoun's occurrence and the name
 * of the person it stands for, compared by entity key.
 */
import { annotate, flatAttributions } from '../attribution-view.js';
import { entityKey } from '../../../annotate/entities/index.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'attr-pronoun',
  family: 'attribution',
  description: 'he/she sources resolve by gender and speaker continuity',
  check(ex: WireExample) {
    const { pronoun, occurrence = 1, person } = ex.expect as { pronoun: string; occurrence?: number; person: string };
    const doc = annotate(ex.text);
    const want = entityKey('PER', person);
    const withPronoun = (doc.layers.attributions ?? []).filter((a) => a.source && doc.text.slice(a.source.start, a.source.end) === pronoun);
    const a = withPronoun[occurrence - 1];
    if (!a) return { ok: false, want, got: `no attribution with source "${pronoun}" (${flatAttributions(doc).length} attributions)` };
    const got = (doc.layers.entities ?? []).find((e) => e.id === a.source!.entity)?.key ?? '(unresolved)';
    return { ok: got === want, want, got };
  },
};
