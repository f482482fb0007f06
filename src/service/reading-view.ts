/**
 * One article as a terminal reader wants it (`wiretrace show ID`, `annotate FILE` without --json,
 * `events ID --db`): who said what as relay chains (outlet ← agency ← speaker: content), its events
 * one per coreference cluster with their time as a date or window, then the text. Plain text; the
 * JSON shapes stay the records themselves (docs/cli-json.md).
 */
import { createDoc, withLayers, type Doc } from '../doc/doc.js';
import { isLayerName, type LayerMap } from '../doc/layers.js';
import type { Claim } from '../doc/schemas/events.js';
import { eventViews, type EventView, type TimeView } from '../doc/views/events.js';
import type { ArticleDetail } from './schemas.js';

/** A stored article as a Doc with its layers, each under the provenance it was stored with. */
export function articleDoc(a: ArticleDetail): Doc {
  let doc = createDoc(a.text, { published: a.published, ...(a.title ? { title: a.title } : {}), ...(a.outlet ? { outlet: a.outlet } : {}), byline: a.byline }, String(a.id));
  for (const [name, records] of Object.entries(a.layers)) {
    if (!isLayerName(name)) continue;
    const p = a.provenance[name];
    if (!p) continue;
    doc = withLayers(doc, { [name]: records } as Partial<LayerMap>, { annotator: p.annotator, version: p.version });
  }
  return doc;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-04-08" → "8 Apr 2025"; anything that is not an ISO day → null. */
export function dayWords(iso: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : null;
}

/** A window as people say it: "2 Mar – 2 Jun 2025", "8 Apr 2025", "not before …", "by about …". */
export function windowWords(w: { from: string | null; to: string | null } | null | undefined): string | null {
  if (!w) return null;
  const from = dayWords(w.from);
  const to = dayWords(w.to);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `not before ${from}`;
  if (to) return `by about ${to}`;
  return null;
}

function timeWords(t: TimeView | null | undefined): string | null {
  if (!t) return null;
  const w = windowWords(t.window);
  return w ? `“${t.text}” (${w})` : `“${t.text}”`;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The relay of one claim, outlet first: "Meridian Wire ← MTA ← Yerlan Temirov". */
export interface ClaimChain {
  readonly id: string;
  /** Outlet first, the asserting source last. */
  readonly chain: string[];
  readonly cue: string;
  readonly stance: string;
  readonly content: string;
}

export function claimChains(doc: Doc): ClaimChain[] {
  const claims = doc.layers.claims ?? [];
  const attributions = new Map((doc.layers.attributions ?? []).map((a) => [a.id, a]));
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.canonical]));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const sourceName = (c: Claim): string => {
    if (!c.source) return 'unnamed source';
    return (c.source.entity && names.get(c.source.entity)) || oneLine(doc.text.slice(c.source.start, c.source.end));
  };
  return claims.map((c) => {
    const chain = [sourceName(c)];
    const seen = new Set([c.id]);
    for (let v = c.via ? byId.get(c.via) : undefined; v && !seen.has(v.id); v = v.via ? byId.get(v.via) : undefined) {
      seen.add(v.id);
      chain.push(sourceName(v));
    }
    if (doc.meta.outlet && chain[chain.length - 1] !== doc.meta.outlet) chain.push(doc.meta.outlet);
    const a = attributions.get(c.attribution);
    return {
      id: c.id,
      chain: chain.reverse(),
      cue: a ? oneLine(doc.text.slice(a.cue.start, a.cue.end)) : '',
      stance: c.stance,
      content: oneLine(doc.text.slice(c.proposition.start, c.proposition.end)),
    };
  });
}

/** One line per event cluster: what, who, where, when (as a window), how it stands. */
export function eventLine(v: EventView): string {
  const names = (xs: EventView['source']): string => xs.map((x) => x.canonical ?? x.text).join(', ');
  const parts = [`${v.lemma} (${v.type.toLowerCase()})`];
  if (v.source.length) parts.push(`by ${names(v.source)}`);
  if (v.target.length) parts.push(`with ${names(v.target)}`);
  if (v.place.length) parts.push(`in ${names(v.place)}`);
  const when = timeWords(v.time);
  if (when) parts.push(`when ${when}`);
  const how = [v.status, v.modality !== 'asserted' ? v.modality : null, v.certaintyLabel].filter(Boolean).join(', ');
  const mentions = v.mentions.length > 1 ? ` [${v.mentions.length} mentions: ${[...new Set(v.mentions.map((m) => m.trigger))].join(', ')}]` : '';
  return `${parts.join(' · ')} — ${how}${mentions}`;
}

/** The readable view of one article: header, who said what, events, and the text. */
export function formatReading(doc: Doc, header: readonly string[], opts: { readonly text?: boolean } = {}): string {
  const out = [...header, ''];
  const claims = claimChains(doc);
  out.push(`Who said what (${claims.length})`);
  if (!claims.length) out.push('  (no attributed claims)');
  for (const c of claims) {
    out.push(`  ${c.chain.join(' ← ')}${c.cue ? `  [${c.cue}${c.stance !== 'neutral' ? `, ${c.stance}` : ''}]` : ''}`);
    out.push(`      “${clip(c.content, 200)}”`);
  }
  const events = eventViews(doc);
  out.push('', `Events (${events.length})`);
  if (!events.length) out.push('  (none found)');
  for (const v of events) out.push(`  ${eventLine(v)}`);
  if (opts.text !== false) out.push('', doc.text);
  return out.join('\n');
}
