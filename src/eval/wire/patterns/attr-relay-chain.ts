/**
 * Relayed reports chain in the right direction with any number of hops: "X reported, citing Y",
 * "Y, as cited by X", "X, quoting Y", "according to Y, which cited Z". Gold: the longest chain's
 * sources, outermost first (a one-element chain where nothing is relayed).
 */
import { annotate, flatAttributions, longestChain, norm } from '../attribution-view.js';
import type { WireExample, WirePattern } from '../types.js';

export const pattern: WirePattern = {
  name: 'attr-relay-chain',
  family: 'attribution',
  description: 'relay chains (citing, quoting, as cited by, which cited) run outlet → agency → ministry → speaker',
  check(ex: WireExample) {
    const want = (ex.expect as { chain: string[] }).chain.map(norm);
    const got = longestChain(flatAttributions(annotate(ex.text)));
    const ok = got.length === want.length && want.every((w, i) => got[i] === w);
    return { ok, want: want.join(' → '), got: got.join(' → ') };
  },
};
