/** Working records of the news layer: mention candidates before ids are assigned and entities are formed. */
import type { EntityType } from '../../../doc/schemas/entities.js';

export interface WordTok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** index of the sentence this token belongs to */
  readonly sentence: number;
  /** `lower(text)`, computed once where the tokens are made (the refiners ask for it over and over) */
  readonly lower?: string;
}

export interface MentionCandidate {
  tokStart: number;
  /** exclusive */
  tokEnd: number;
  type: EntityType;
  rule: string;
  role?: { tokStart: number; tokEnd: number };
  affiliation?: string;
  metonym?: boolean;
  /** For a metonym: the country whose government it stands for. */
  standsFor?: string;
  nominal?: boolean;
  /** set when another rule absorbed this mention (a demonym used as a role's affiliation) */
  dropped?: boolean;
}

export interface Sentenced {
  readonly toks: readonly WordTok[];
  /** token index → sentence start token index */
  readonly sentStart: Int32Array;
  /** token index → sentence end token index (exclusive) */
  readonly sentEnd: Int32Array;
  /**
   * The tagger's static label scores (labels.ts order, N_LABELS per token, in weight units): how sure it
   * was of a word's type from the word and its context. Absent when no tagger ran (marked test input).
   */
  readonly scores?: Float64Array;
}

export function lower(t: WordTok | undefined): string {
  return t ? (t.lower ?? lowerText(t.text)) : '';
}

/** A token text lowercased, with curly single quotes made straight. */
export function lowerText(text: string): string {
  const l = text.toLowerCase();
  return l.includes('’') || l.includes('‘') ? l.replace(/[’‘]/g, "'") : l;
}

export function isPossessive(t: WordTok | undefined): boolean {
  return !!t && /^['’]s$/i.test(t.text);
}

export function candidateText(text: string, toks: readonly WordTok[], d: { tokStart: number; tokEnd: number }): string {
  return text.slice(toks[d.tokStart]!.start, toks[d.tokEnd - 1]!.end);
}
