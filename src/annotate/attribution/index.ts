/**
 * `attribution`: who said what, according to whom. Parse and refine on tokens (extract.ts: parsers/, then
 * refiners.ts), resolve candidates into records linked to the entity layer (resolve.ts), then chain nested
 * attributions (chains.ts).
 */
import type { Doc } from '../../doc/doc.js';
import type { Attribution } from '../../doc/schemas/attribution.js';
import { linkChains } from './chains.js';
import { extract } from './extract.js';
import { entityGenders } from './gender.js';
import { gazetteerPlace } from './noise.js';
import { MentionLookup } from './mention-lookup.js';
import { toRecords, withRelayHosts } from './resolve.js';
import { tokenView } from '../text/token-view.js';
import { join } from 'node:path';
import { defineAnnotator } from '../versioned.js';
import { CUE_MODEL_FILE, cueModelDir } from './learned/model.js';

export const attributionAnnotator = defineAnnotator<'attributions'>({
  name: 'attribution',
  // 1.1: transcript turns, quotes credited by a dash. 1.1.1: no rule changed; sources link to entities 1.2's mentions
  // 1.2: relay chains (citing, quoting, which cited), datelines and furniture are no sources, he/she resolve by
  // gender and speaker continuity, time adverbs after the cue ("said previously") stay out of the content
  // 1.3: a learned cue detector (learned/, trained on PolNeAR train) proposes cues the lexicon lacks, admits
  // weak forms in context and vetoes lexicon forms that do not report; a mid-sentence tag ("X, he said, is Y")
  // keeps both halves of the content; a party tag in brackets no longer hides the quote before the cue
  semver: '1.3.0',
  // the learned cue detector's weights are part of what the annotator is
  models: () => [join(cueModelDir(), CUE_MODEL_FILE)],
  requires: ['tokens', 'sentences'],
  produces: ['attributions'],
  run(doc: Doc) {
    return { attributions: annotateAttributions(doc) };
  },
});

export function annotateAttributions(doc: Doc): Attribution[] {
  const v = tokenView(doc);
  const mentions = new MentionLookup(doc.layers.mentions ?? []);
  const genders = entityGenders(doc.text, doc.layers.entities ?? [], doc.layers.mentions ?? []);
  const gazetteerTest = gazetteerPlace(doc.text);
  const cands = extract(v, (start, end) => mentions.inside(start, end).some((m) => m.type === 'GPE' || m.type === 'LOC') || gazetteerTest(start, end));
  return linkChains(withRelayHosts(v, cands, toRecords(v, cands, { mentions, genders })));
}
