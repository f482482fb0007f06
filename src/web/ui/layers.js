// Turns stand-off layers into highlightable spans and cuts the text into segments, one per run of
// characters covered by the same set of spans. Pure functions, no DOM: the browser test and a unit
// test import this module directly.
//
// Offsets are [start, end) UTF-16 code units, exactly as JavaScript indexes strings, so
// text.slice(start, end) is the annotated text.

/**
 * How each known layer is shown; every layer of src/doc/layers.ts has an entry (a test holds this).
 * `order` sorts toggles and the legend; unknown layers come last. The page reads first: only
 * attributions are drawn until the reader switches another layer on.
 */
export const LAYER_INFO = {
  paragraphs: { label: 'Paragraphs', order: 0, defaultOn: false, hint: 'rule in the margin' },
  sentences: { label: 'Sentences', order: 1, defaultOn: false, hint: 'alternating bands' },
  tokens: { label: 'Tokens', order: 2, defaultOn: false, hint: 'thin boxes' },
  mentions: { label: 'Mentions', order: 3, defaultOn: false, hint: 'tinted by type' },
  timexes: { label: 'Time expressions', order: 4, defaultOn: false, hint: 'orange bar' },
  attributions: { label: 'Attributions', order: 5, defaultOn: true, hint: 'source, cue, content' },
  events: { label: 'Events', order: 6, defaultOn: false, hint: 'boxed trigger' },
  quantities: { label: 'Quantities', order: 7, defaultOn: false, hint: 'underlined' },
  entities: { label: 'Entities', order: 8, defaultOn: false },
  claims: { label: 'Claims', order: 9, defaultOn: false },
  // names a report in another language gives, for linking (entity models read English only)
  names: { label: 'Names (other languages)', order: 10, defaultOn: false, hint: 'plain highlight' },
};

/**
 * The layers the article page asks for up front: paragraphs cut the text, attributions are drawn by
 * default, and the side lists show claims, attributions, events (with their times) and entities.
 * Every other layer (tokens, the largest, above all) is fetched when its toggle is first switched on.
 */
export const PAGE_LAYERS = ['paragraphs', 'attributions', 'claims', 'entities', 'events', 'timexes'];

/** The layers one article view needs: the page's own, and every drawable layer the reader has switched on. */
export function layersToFetch(isOn) {
  const out = new Set(PAGE_LAYERS);
  for (const name of Object.keys(LAYER_INFO)) if (isSpanned(name) && isOn(name)) out.add(name);
  return orderedLayerNames(Object.fromEntries([...out].map((n) => [n, true])));
}

export const MENTION_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'MISC'];
export const MENTION_TYPE_LABELS = { PER: 'Person', ORG: 'Organization', GPE: 'Country, city', LOC: 'Place', MISC: 'Other name' };

/** Layers without their own spans in the text: listed in the side panel but never highlighted. */
const UNSPANNED = new Set(['entities', 'claims']);

function isInt(n) {
  return typeof n === 'number' && Number.isInteger(n);
}

/** A valid [start, end) range clipped to the text, or null. */
function range(obj, textLength) {
  if (!obj || typeof obj !== 'object' || !isInt(obj.start) || !isInt(obj.end)) return null;
  const start = Math.max(0, obj.start);
  const end = Math.min(textLength, obj.end);
  return end > start ? { start, end } : null;
}

function push(out, r, layer, index, role, classes) {
  if (r) out.push({ start: r.start, end: r.end, layer, index, role, key: `${layer}:${index}:${role}`, classes });
}

/**
 * The highlightable spans of one layer. Each span: {start, end, layer, index, role, key, classes}.
 * `key` ("attributions:3:cue") names the record and the part of it the span shows.
 */
export function spansForLayer(name, records, textLength) {
  const out = [];
  if (!Array.isArray(records) || UNSPANNED.has(name)) return out;
  records.forEach((rec, i) => {
    if (!rec || typeof rec !== 'object') return;
    switch (name) {
      case 'paragraphs':
        return; // drawn as blocks, not spans
      case 'sentences':
        push(out, range(rec, textLength), name, i, 'sentence', ['ann-sentence', i % 2 ? 's-odd' : 's-even']);
        return;
      case 'tokens':
        push(out, range(rec, textLength), name, i, 'token', ['ann-token']);
        return;
      case 'mentions': {
        const type = MENTION_TYPES.includes(rec.type) ? rec.type : 'MISC';
        push(out, range(rec, textLength), name, i, 'mention', ['ann-mention', `m-${type}`]);
        push(out, range(rec.role, textLength), name, i, 'role', ['ann-role']);
        return;
      }
      case 'timexes':
        push(out, range(rec, textLength), name, i, 'timex', ['ann-timex']);
        return;
      case 'attributions':
        push(out, range(rec.source, textLength), name, i, 'source', ['ann-attr-source']);
        push(out, range(rec.cue, textLength), name, i, 'cue', ['ann-attr-cue']);
        for (const c of Array.isArray(rec.content) ? rec.content : [rec.content]) {
          push(out, range(c, textLength), name, i, 'content', ['ann-attr-content']);
        }
        return;
      case 'events':
        push(out, range(rec.trigger, textLength), name, i, 'trigger', ['ann-event-trigger']);
        return;
      default:
        // A layer this UI does not know yet: highlight it plainly if its records are spans.
        push(out, range(rec, textLength), name, i, 'span', ['ann-other']);
    }
  });
  return out;
}

/** Every layer present, known ones in display order, then the rest alphabetically. */
export function orderedLayerNames(layers) {
  const names = Object.keys(layers || {});
  return names.sort((a, b) => {
    const oa = LAYER_INFO[a]?.order ?? 100;
    const ob = LAYER_INFO[b]?.order ?? 100;
    return oa - ob || a.localeCompare(b);
  });
}

/** Whether a layer can be highlighted in the text at all. */
export function isSpanned(name) {
  return !UNSPANNED.has(name);
}

/**
 * Cuts [0, textLength) into blocks (paragraphs when given, else the whole text) and each block into
 * segments: maximal runs covered by the same spans. One sweep over sorted boundaries, so the cost is
 * O((spans + blocks) log(spans + blocks) + segments × overlap depth).
 * Returns [{start, end, segments: [{start, end, spans: [...]}]}]. Text between blocks is not returned.
 */
export function buildBlocks(textLength, spans, paragraphs) {
  const blocks = [];
  const paras = (Array.isArray(paragraphs) ? paragraphs : [])
    .map((p) => range(p, textLength))
    .filter(Boolean)
    .sort((a, b) => a.start - b.start);
  if (paras.length === 0) paras.push({ start: 0, end: textLength });

  const cuts = new Set();
  for (const p of paras) { cuts.add(p.start); cuts.add(p.end); }
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);

  let next = 0; // next span (by start) not yet active
  let active = [];
  let pi = 0; // current paragraph
  let block = null;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    while (next < byStart.length && byStart[next].start <= a) active.push(byStart[next++]);
    if (active.some((s) => s.end <= a)) active = active.filter((s) => s.end > a);
    while (pi < paras.length && paras[pi].end <= a) pi++;
    const para = paras[pi];
    if (!para || a < para.start) continue; // between paragraphs
    if (!block || block.start !== para.start) {
      block = { start: para.start, end: para.end, segments: [] };
      blocks.push(block);
    }
    // Every active span starts at or before a and ends at a cut after a, so at or after b: it covers [a, b).
    block.segments.push({ start: a, end: b, spans: active.slice() });
  }
  return blocks;
}

/** The text of a span, shortened for lists. */
export function excerpt(text, r, max = 120) {
  if (!r) return '';
  const s = text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
