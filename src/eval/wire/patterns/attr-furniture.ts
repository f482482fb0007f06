/**
 * Page furniture ("Written:", "Posted 12:30 GMT", "Photo: …", "Reporting by …") is never a cue or a
 * source. Gold: every attribution's source and cue, in order.
 */
import { annotate, flatAttributions, norm } from '../attribution-view.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'attr-furniture',
  family: 'attribution',
  description: 'bylines, photo credits and posting times are not attributions',
  check(ex: WireExample) {
    const want = (ex.expect as { attributions: { source: string | null; cue: string }[] }).attributions;
    const got = flatAttributions(annotate(ex.text));
    const show = (xs: readonly { source: string | null; cue: string }[]): string =>
      xs.map((a) => `${a.source === null ? '-' : norm(a.source)} / ${norm(a.cue)}`).join(' | ');
    return { ok: show(got) === show(want), want: show(want), got: show(got) };
  },
};
