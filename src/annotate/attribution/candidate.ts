/**
 * What a parser proposes: one attribution candidate per cue, on token indices (offsets are made when the
 * candidate becomes a record), tagged with the rule that made it. Candidates are readonly: refiners return
 * new ones.
 */
import type { Stance } from '../../doc/schemas/attribution.js';

/** Inclusive token range. */
export interface TokRange {
  readonly s: number;
  readonly e: number;
}

export interface AttributionCandidate {
  readonly cue: TokRange;
  readonly source: TokRange | null;
  /** For a relative pronoun source ("allies, who criticize"): the noun phrase it stands for. */
  readonly antecedent: TokRange | null;
  /** Never empty: a parser that finds no content proposes nothing. */
  readonly content: readonly TokRange[];
  readonly stance: Stance;
  /** The parser rule that proposed it ("according-to", "quote-cue", "indirect", …). */
  readonly rule: string;
  /** The cue is a participle ("…, adding that"), whose speaker is the main clause's subject. */
  readonly participle: boolean;
  /** A relay ("citing Y"): the cue of the attribution that passes this one on (relays.ts). */
  readonly host?: TokRange;
}

/**
 * The stretch of tokens the rules read at once: a sentence, or one line of it (a line break inside a
 * sentence, in headers, lists and headlines, is a boundary). First and last token index, inclusive.
 */
export interface ClauseUnit {
  readonly first: number;
  readonly last: number;
}

/** Whether token i lies inside the content of one of the candidates (a report nested in one already found). */
export function insideContentOf(i: number, candidates: readonly AttributionCandidate[]): boolean {
  return candidates.some((c) => c.content.some((r) => r.s <= i && i <= r.e));
}
