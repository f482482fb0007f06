/**
 * Datelines ("ASTANA, March 3 (Meridian) --", "OSLO (Nordwire) -", "Ankara:") are never a source and
 * never part of what was said. Gold: every attribution's source and content, in order.
 */
import { annotate, flatAttributions, norm } from '../attribution-view.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'attr-dateline',
  family: 'attribution',
  description: 'datelines are neither sources nor content',
  check(ex: WireExample) {
    const want = (ex.expect as { attributions: { source: string | null; content: string }[] }).attributions;
    const got = flatAttributions(annotate(ex.text));
    const show = (xs: readonly { source: string | null; content: string }[]): string =>
      xs.map((a) => `${a.source === null ? '-' : norm(a.source)}: ${norm(a.content)}`).join(' | ');
    return { ok: show(got) === show(want), want: show(want), got: show(got) };
  },
};
