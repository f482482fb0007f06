/**
 * Happening glossaries (glossary/*.ts, docs/languages.md): common news happenings per language that the lexicon has no
 * family for, each named by an English word. Its trigger takes the lemma the English layer gives that word
 * (`englishLemma`: the tagger's `happeningLemma`, "census", "devalue", "reopen", or the English lexicon's), the type HAPPENING with the lemma as subtype, and a schedule, as the
 * English tagger's happenings do (happenings.ts), so that a Spanish "censo" joins an English "census" the story tracks
 * (the link layer joins a happening by its lemma's family).
 */
import { HAPPENING_TYPE } from '../../../doc/schemas/events.js';
import { happeningLemma } from '../happening-lemma.js';
import { namesHappening } from '../happenings.js';
import { DOMAIN_FORMS, TRIGGER_FORMS } from '../lexicon.js';
import type { EventLexicon, HappeningGlossary, TriggerSpec } from './types.js';

/**
 * The lemma the English layer gives a word: its lexicon's, where the lexicon reads the word in every context ("kidnapping"
 * is abduct, "truce" ceasefire, "epidemic" outbreak, "privatisation" privatise); else the tagger's happening lemma ("census",
 * "devaluation" devalue, "reopening" reopen), as for a word the lexicon reads only in some contexts.
 */
export function englishLemma(word: string): string {
  const trigger = TRIGGER_FORMS.get(word);
  if (trigger && !trigger.requires) return trigger.lemma;
  const domain = DOMAIN_FORMS.get(word);
  const sense = domain?.entry.senses[0];
  if (domain && sense && !sense.when && domain.entry.senses.length === 1) return sense.lemma ?? domain.entry.lemma;
  return happeningLemma(word);
}

/**
 * The glossary's triggers, in its order. An entry whose English word names no happening of its own in the English layer
 * ("opening" is "open", a phase of another event there) gives none; one whose lemma the lexicon already has takes the
 * lexicon's type, subtype and family for it ("Freilassung" is the lexicon's release of "freigelassen").
 */
export function glossaryTriggers(g: HappeningGlossary, lexicon?: EventLexicon): TriggerSpec[] {
  return g.entries.flatMap((e) => {
    const lemma = englishLemma(e.english);
    if (!namesHappening(lemma)) return [];
    const own = lexicon?.triggers.find((t) => t.lemma === lemma);
    const kind = own
      ? { type: own.type, subtype: own.subtype, ...(own.family ? { family: own.family } : {}), ...(own.schedulable ? { schedulable: true } : {}) }
      : { type: HAPPENING_TYPE, subtype: lemma, schedulable: true };
    return [
      {
        lemma,
        ...kind,
        ...(e.nouns ? { nouns: e.nouns } : {}),
        ...(e.verbs ? { verbs: e.verbs } : {}),
        ...(e.near ? { near: e.near } : {}),
        ...(e.wholeWord ? { wholeWord: true } : {}),
      },
    ];
  });
}
