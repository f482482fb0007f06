/**
 * An adverb of when something was said ("Mr. Lindqvist said previously that …", "added earlier")
 * belongs to the saying: the content is the clause. Gold: the first attribution's content.
 */
import { annotate, flatAttributions, norm } from '../attribution-view.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'attr-content-adverb',
  family: 'attribution',
  description: 'time adverbs after the cue stay out of the content',
  check(ex: WireExample) {
    const want = norm((ex.expect as { content: string }).content);
    const first = flatAttributions(annotate(ex.text))[0];
    const got = first ? norm(first.content) : '(no attribution)';
    return { ok: got === want, want, got };
  },
};
