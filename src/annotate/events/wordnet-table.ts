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
  /** A context that rules every lemma of the group out: one of these words within the window. */
  readonly unless?: { readonly words: string; readonly before: number; readonly after: number };
}

/** One group's forms, read alone or (gated) only with the group's context. */
export interface WordNetLemma {
  readonly group: string;
  readonly gated: boolean;
  /** The WordNet words the forms come from, with their share of tagged uses in the group (`word.pos share`), for reading the table. */
  readonly words: readonly string[];
  /** Forms read as nouns; a form in both lists is read either way ("probe", "recall"). */
  readonly nouns: readonly string[];
  readonly verbs: readonly string[];
}

const ws = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean));

/** The generated table as domain-table lemmas: one per group and gating, the group's id as lemma. */
export function wordnetDomainLemmas(groups: readonly WordNetGroup[], lemmas: readonly WordNetLemma[]): DomainLemma[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  return lemmas.map((l) => {
    const g = byId.get(l.group);
    if (!g) throw new Error(`E_WORDNET_TABLE: an entry names unknown group ${l.group}`);
    const when = l.gated && g.near ? { near: { words: ws(g.near.words), before: g.near.before, after: g.near.after } } : undefined;
    const nouns = new Set(l.nouns);
    const verbs = new Set(l.verbs);
    const partOf = new Map<string, 'noun' | 'verb'>();
    for (const f of nouns) if (!verbs.has(f)) partOf.set(f, 'noun');
    for (const f of verbs) if (!nouns.has(f)) partOf.set(f, 'verb');
    return {
      lemma: g.id,
      forms: [...new Set([...l.nouns, ...l.verbs])],
      nouns: l.nouns,
      reject: g.unless ? [{ near: { words: ws(g.unless.words), before: g.unless.before, after: g.unless.after } }] : [],
      senses: [{ type: g.type, subtype: g.subtype, domain: g.domain, ...(g.family ? { family: g.family } : {}), ...(when ? { when } : {}) }],
      symmetric: false,
      partOf,
    };
  });
}
