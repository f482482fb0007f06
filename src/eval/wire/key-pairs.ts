/**
 * Entity keys that merge across reports. Each example is a pair of reports: the entity a surface names
 * in the first and the one a surface names in the second must share a key (`same: true`) or must not
 * (`same: false`, the negatives: Kim Jong Un / Kim Jong Il, two people sharing a surname, South Korea /
 * North Korea). The four entity-key patterns, one per kind of variant, share this check.
 */
import { annotate, keyOf } from './attribution-view.js';
import type { WireExample, WireCheck, WirePattern } from './types.js';

interface KeyPair {
  readonly surface: string;
  readonly other: { readonly text: string; readonly surface: string };
  readonly same: boolean;
}

export function checkKeyPair(ex: WireExample): WireCheck {
  const e = ex.expect as KeyPair;
  const a = keyOf(annotate(ex.text), e.surface);
  const b = keyOf(annotate(e.other.text), e.other.surface);
  const ok = a !== null && b !== null && (a === b) === e.same;
  return { ok, want: `${e.surface} ${e.same ? '=' : '≠'} ${e.other.surface}`, got: `${a ?? '(no entity)'} vs ${b ?? '(no entity)'}` };
}

/** An entity-key pattern of the entities family. */
export function keyPattern(name: string, description: string): WirePattern {
  return { name, family: 'entities', description, check: checkKeyPair };
}
