/** Chain: an attribution whose cue lies inside another's content is relayed by it (`via`). */
import type { Attribution } from '../../doc/schemas/attribution.js';
import { SpanIndex } from '../../doc/span-index.js';

/** The records with `via` set to the innermost attribution whose content holds their cue. */
export function linkChains(atts: readonly Attribution[]): Attribution[] {
  // every content span with its attribution's index: the spans containing a cue by binary search
  const contents = new SpanIndex(atts.flatMap((a, k) => a.content.map((c) => ({ start: c.start, end: c.end, k }))));
  const via: (string | undefined)[] = atts.map((a) => a.via);
  atts.forEach((b, k) => {
    let best = -1;
    let bestLen = Infinity;
    for (const c of contents.inInputOrder(contents.containing(b.cue.start, b.cue.end))) {
      if (c.k === k) continue;
      if (c.end - c.start < bestLen) {
        best = c.k;
        bestLen = c.end - c.start;
      }
    }
    // two attributions never relay each other
    if (best >= 0 && via[best] !== b.id) via[k] = atts[best]!.id;
  });
  return atts.map((a, k) => (via[k] === a.via ? a : { ...a, via: via[k] }));
}
