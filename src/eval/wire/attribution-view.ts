/**
 * What the attribution and entity-key wire patterns read off a report: the attribution layer as short
 * strings (source, cue, content, relay chains) and the key of the entity a surface names. One full
 * pipeline without the events layer, built once.
 */
import { buildPipeline } from '../../doc/pipeline.js';
import { createDoc, type Doc } from '../../doc/doc.js';
import type { Attribution } from '../../doc/schemas/attribution.js';
import { REGISTERED } from '../../annotate/registry.js';

// every annotator before events, in the registry's order (what attribution and entity keys read)
const pipeline = buildPipeline(REGISTERED.slice(0, REGISTERED.findIndex((a) => a.name === 'events')));

const docs = new Map<string, Doc>();

export function annotate(text: string): Doc {
  let d = docs.get(text);
  if (!d) {
    d = pipeline.run(createDoc(text));
    docs.set(text, d);
  }
  return d;
}

/** A span's text without edge punctuation, lowercased: "The Kestrel Times," → "the kestrel times". */
export function norm(s: string): string {
  return s
    .trim()
    .replace(/^[\s,;:—–-]+|[\s,;:—–.-]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export interface FlatAttribution {
  readonly id: string;
  readonly source: string | null;
  readonly cue: string;
  readonly content: string;
  readonly via: string | undefined;
}

export function flatAttributions(doc: Doc): FlatAttribution[] {
  const t = doc.text;
  const s = (x: { start: number; end: number }): string => t.slice(x.start, x.end);
  return (doc.layers.attributions ?? []).map((a: Attribution) => ({
    id: a.id,
    source: a.source ? s(a.source) : null,
    cue: s(a.cue),
    content: a.content.map(s).join(' … '),
    via: a.via,
  }));
}

/** The longest relay chain, outermost source first (a chain follows `via` from a record to its relayer). */
export function longestChain(atts: readonly FlatAttribution[]): string[] {
  const byId = new Map(atts.map((a) => [a.id, a]));
  let best: string[] = [];
  for (const a of atts) {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let cur: FlatAttribution | undefined = a; cur && !seen.has(cur.id); cur = cur.via ? byId.get(cur.via) : undefined) {
      seen.add(cur.id);
      chain.unshift(norm(cur.source ?? '(none)'));
    }
    if (chain.length > best.length) best = chain;
  }
  return best;
}

/**
 * The key of the entity a surface names: the mention covering it, else the last mention inside it (the
 * head of "Foreign Ministry spokesman Aidos Nurlanov", "the state news agency Xinhua"), or null.
 */
export function keyOf(doc: Doc, surface: string): string | null {
  const at = doc.text.indexOf(surface);
  if (at < 0) return null;
  const end = at + surface.length;
  const mentions = doc.layers.mentions ?? [];
  const m = mentions.find((x) => x.start <= at && x.end >= end) ?? mentions.filter((x) => x.start >= at && x.end <= end).pop();
  if (!m) return null;
  return (doc.layers.entities ?? []).find((e) => e.id === m.entity)?.key ?? null;
}
