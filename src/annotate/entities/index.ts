/**
 * The entities annotator: the trained tagger proposes PER/ORG/LOC/MISC name spans, then the news
 * layer refines them in a fixed order (chrono-style parser → refiners):
 *   1. places that are countries or capitals become GPE;
 *   2. title words are trimmed off person names and become roles, with affiliations;
 *   3. organisation descriptors ("state news agency") attach to organisations;
 *   4. capitals and seats of government acting or speaking are flagged as metonyms;
 *   5. nominal mentions ("the Russian president") are proposed;
 *   6. mentions are clustered into entities with canonical names and cross-document keys.
 */
import { layer, type Doc } from '../../doc/doc.js';
import { capitalCountry, countryFor } from './gazetteer.js';
import { bilouChunks, TYPES } from './labels.js';
import { loadTagger, modelFiles } from './model.js';
import { type MentionCandidate, type Sentenced, type WordTok, candidateText } from './news/candidate.js';
import { flagMetonyms } from './news/metonyms.js';
import { resolveEntities, type CorefResult } from './news/coref.js';
import { attachRoles, completeKoreanNames, findNominals, trimLowercaseTails, trimTitles } from './news/roles.js';
import { retypeKin } from './news/kinship.js';
import { defineAnnotator } from '../versioned.js';

export { annotateConll } from './conll.js';
export { entityKey } from './news/keys.js';
export type { Mention, Entity, EntityType } from '../../doc/schemas/entities.js';

export interface SentenceSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Title and company abbreviations that keep their period. */
const ABBREVIATION = /^(Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|Blvd|Rev|Hon|Maj|Adm|Cmdr|Pres|Supt|Det|Insp)\.$/;

/** Runs the tagger and the news layer over already tokenised, sentence-split text. */
export function extractEntities(
  text: string,
  tokens: readonly { start: number; end: number }[],
  sentences: readonly SentenceSpan[],
): CorefResult {
  const toks: WordTok[] = [];
  const words: string[][] = [];
  const offsets: number[] = [];
  sentences.forEach((snt, si) => {
    offsets.push(toks.length);
    const w: string[] = [];
    for (let i = snt.tokenStart; i < snt.tokenEnd; i++) {
      const t = tokens[i]!;
      const tt = text.slice(t.start, t.end);
      // A sentence-final "Un." is a word and a full stop, not an abbreviation (CoNLL splits them).
      const nextText = i + 1 < snt.tokenEnd ? text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end) : '';
      if (/^\p{Lu}\p{Ll}+\.$/u.test(tt) && !ABBREVIATION.test(tt) && (nextText === '' || /^\p{Lu}/u.test(nextText))) {
        toks.push({ text: tt.slice(0, -1), start: t.start, end: t.end - 1, sentence: si });
        toks.push({ text: '.', start: t.end - 1, end: t.end, sentence: si });
        w.push(tt.slice(0, -1), '.');
        continue;
      }
      toks.push({ text: tt, start: t.start, end: t.end, sentence: si });
      w.push(tt);
    }
    words.push(w);
  });
  const sentStart = new Int32Array(toks.length);
  const sentEnd = new Int32Array(toks.length);
  sentences.forEach((_, si) => {
    const a = offsets[si]!;
    const b = a + words[si]!.length;
    for (let i = a; i < b; i++) {
      sentStart[i] = a;
      sentEnd[i] = b;
    }
  });
  const s: Sentenced = { toks, sentStart, sentEnd };
  const preds = words.length ? loadTagger().tagDocument(words) : [];
  const drafts: MentionCandidate[] = [];
  preds.forEach((p, si) => {
    for (const c of bilouChunks(p)) {
      const type = c.type as (typeof TYPES)[number];
      drafts.push({ tokStart: offsets[si]! + c.start, tokEnd: offsets[si]! + c.end, type, rule: 'tagger' });
    }
  });
  for (const d of drafts) {
    if (d.type !== 'LOC') continue;
    const name = candidateText(text, toks, d).replace(/^the\s+/i, '');
    if (countryFor(name) || capitalCountry(name)) d.type = 'GPE';
  }
  retypeKin(s, drafts);
  trimTitles(s, drafts);
  trimLowercaseTails(s, drafts);
  completeKoreanNames(s, drafts);
  attachRoles(text, s, drafts);
  flagMetonyms(text, s, drafts);
  drafts.push(...findNominals(s, drafts));
  return resolveEntities(text, s, drafts);
}

export const entitiesAnnotator = defineAnnotator<'mentions' | 'entities'>({
  name: 'entities',
  semver: '1.1.0', // 1.1: GloVe-cluster tagger (CoNLL test 88.05), kinship retyping
  // the version also carries a hash of these files: a retrained model is a new version
  models: () => modelFiles(),
  requires: ['tokens', 'sentences'],
  produces: ['mentions', 'entities'],
  run(doc: Doc) {
    const { mentions, entities } = extractEntities(doc.text, layer(doc, 'tokens'), layer(doc, 'sentences'));
    return { mentions, entities };
  },
});
