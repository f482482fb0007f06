/**
 * Event vocabulary derived from WordNet (scripts/wordnet-events.ts writes wordnet-table.generated.ts; the
 * annotator reads only that file). Each lemma is one part of speech of one group: a noun fires only where
 * the word reads as a noun, a verb only where it reads as a verb, and a lemma whose group sense is a
 * minority of its WordNet uses (`gated`) only with its group's context near.
 */
import type { Domain, DomainLemma, Family } from './domains.js';
import type { EventType } from './lexicon.js';

export interface WordNetGroup {
  readonly id: string;
  readonly type: EventType;
  readonly subtype: string;
  readonly domain: Domain;
  readonly family?: Family;
  /** The context a gated lemma needs: one of these words within the window. */
  readonly near?: { readonly words: string; readonly before: number; readonly after: number };
}

export interface WordNetLemma {
  readonly lemma: string;
  /** The part of speech the lemma fires as; `any` when WordNet has both in the group ("recall"). */
  readonly pos: 'noun' | 'verb' | 'any';
  readonly forms: readonly string[];
  readonly group: string;
  /** Share of the word's WordNet-tagged uses (in this part of speech) that are the group's senses. */
  readonly share: number;
  readonly gated: boolean;
}

const ws = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean));

/** The generated lemmas as domain-table lemmas, keyed by form and part of speech. */
export function wordnetDomainLemmas(groups: readonly WordNetGroup[], lemmas: readonly WordNetLemma[]): DomainLemma[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  return lemmas.map((l) => {
    const g = byId.get(l.group);
    if (!g) throw new Error(`E_WORDNET_TABLE: lemma ${l.lemma} names unknown group ${l.group}`);
    const when = l.gated && g.near ? { near: { words: ws(g.near.words), before: g.near.before, after: g.near.after } } : undefined;
    return {
      lemma: `${g.id}:${l.lemma}`,
      forms: l.forms,
      nouns: l.pos === 'verb' ? [] : l.forms,
      reject: [],
      senses: [{ type: g.type, subtype: g.subtype, domain: g.domain, ...(g.family ? { family: g.family } : {}), ...(when ? { when } : {}) }],
      symmetric: false,
      ...(l.pos === 'any' ? {} : { only: l.pos }),
    };
  });
}
