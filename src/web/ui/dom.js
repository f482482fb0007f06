// Tiny DOM builder. Every string becomes a text node, so data from the server can never become markup.
// Attributes go through setAttribute; event-handler attributes and inline styles are refused because the
// page runs under a strict Content-Security-Policy and because they are the usual way data turns into code.

/**
 * h('a', {class: 'x', href: '#/'}, 'text', otherNode) → element.
 * Children may be strings, numbers, nodes, null/undefined/false (skipped) or arrays of those.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === 'style') throw new Error(`refusing attribute ${name}`);
    if (name === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Only http(s) links from data become clickable; anything else (javascript:, data:) stays text. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Renders `text` with [start, end) ranges wrapped in <mark>. Ranges are clipped and may be unsorted. */
export function markRanges(text, ranges) {
  const frag = document.createDocumentFragment();
  const rs = (ranges || [])
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end > r.start)
    .sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const r of rs) {
    const s = Math.max(r.start, pos);
    const e = Math.min(r.end, text.length);
    if (e <= s) continue;
    if (s > pos) frag.appendChild(document.createTextNode(text.slice(pos, s)));
    frag.appendChild(h('mark', null, text.slice(s, e)));
    pos = e;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** s('rect', {x: 1}, …children) → an SVG element; the same rules as h(): text nodes only, no handlers. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === 'style') throw new Error(`refusing attribute ${name}`);
    el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}
