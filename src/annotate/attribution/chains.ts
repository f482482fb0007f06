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
      // on a tie, the deeper of a relay chain (whose content is its relayer's) holds the cue
      const deeper = c.end - c.start === bestLen && best >= 0 && atts[c.k]!.via === atts[best]!.id;
      if (c.end - c.start < bestLen || deeper) {
        best = c.k;
        bestLen = c.end - c.start;
      }
    }
    // two attributions never relay each other
    // a relay's relayer is set already (relays.ts)
    if (best >= 0 && via[best] !== b.id && b.via === undefined) via[k] = atts[best]!.id;
  });
  return atts.map((a, k) => (via[k] === a.via ? a : { ...a, via: via[k] }));
}
