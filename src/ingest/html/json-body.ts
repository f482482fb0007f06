/**
 * Article text that a page ships as data for its script to render: a string under an article-body
 * key in an inline `<script type="application/json">` (framework state such as a page's initial
 * props). It is a fallback candidate for pages whose markup holds no article text.
 */
import { isElement, parseDom, rawText, type Document } from './dom.js';
import { renderParagraphs } from './render.js';

/** Keys under which page-state JSON carries an article's text. */
const BODY_KEYS = /^(articlebody|body|bodyhtml|content|contenthtml|text|html|storybody)$/i;
/** A string shorter than this is a field, not an article. */
const MIN_BODY_CHARS = 300;
/** Inline JSON larger than this is skipped: walking it would cost more than it could return. */
const MAX_JSON_CHARS = 5_000_000;

/** The longest article-body string found in the page's inline JSON scripts, as paragraphs; null when none. */
export function scriptJsonBody(doc: Document): string[] | null {
  let best: string | null = null;
  const stack: Document['children'] = doc.children.slice();
  while (stack.length) {
    const n = stack.pop();
    if (!isElement(n)) continue;
    if (n.name === 'script') {
      if (/^application\/json$/i.test((n.attribs.type ?? '').trim())) {
        const found = longestBody(rawText(n));
        if (found && (!best || found.length > best.length)) best = found;
      }
      continue;
    }
    for (const c of n.children) stack.push(c);
  }
  return best === null ? null : toParagraphs(best);
}

function longestBody(json: string): string | null {
  if (json.length > MAX_JSON_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  let best: string | null = null;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (typeof x === 'string') {
        if (BODY_KEYS.test(k) && x.length >= MIN_BODY_CHARS && (!best || x.length > best.length)) best = x;
      } else stack.push(x);
    }
  }
  return best;
}

/** A body given as HTML is rendered like page markup; plain text is split at blank lines or line breaks. */
function toParagraphs(body: string): string[] {
  if (/<(p|div|br|h[1-6])\b/i.test(body)) {
    const doc = parseDom(body);
    return renderParagraphs(doc.children.filter(isElement));
  }
  return body.split(/\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
