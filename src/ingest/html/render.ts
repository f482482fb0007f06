/**
 * Renders elements to plain text: paragraphs separated by a blank line, whitespace collapsed,
 * inline markup joined without spaces ("<b>Hel</b>lo" stays one word), table cells spaced apart.
 */
import { Text, type ChildNode } from 'domhandler';
import { isElement, type Element } from './dom.js';
import { BOILERPLATE_LINE, CALL_TO_ACTION, CALL_TO_ACTION_MAX_CHARS, DATELINE_LABEL, DATELINE_MAX_CHARS } from './patterns.js';

/** Tags that end the current paragraph. */
const BREAKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'caption', 'tbody', 'thead', 'tfoot',
]);
const CELLS = new Set(['td', 'th']);

export function renderParagraphs(parts: readonly Element[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/[ \t\f\r\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // Explicit stack of nodes and "end of element" markers.
  type Frame = { node: ChildNode; end: boolean };
  const stack: Frame[] = [];
  for (let i = parts.length - 1; i >= 0; i--) stack.push({ node: parts[i] as Element, end: false });
  while (stack.length) {
    const { node, end } = stack.pop() as Frame;
    if (node instanceof Text) {
      current += node.data.replace(/\s+/g, ' ');
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (end) {
      if (BREAKS.has(name)) flush();
      else if (CELLS.has(name)) current += ' ';
      continue;
    }
    if (name === 'br') {
      // <br><br> is how older pages separate paragraphs; a single <br> is a line break inside one.
      if (/\n[ \t\u00a0]*$/.test(current)) flush();
      else current += '\n';
      continue;
    }
    if (name === 'img') continue;
    if (BREAKS.has(name)) flush();
    stack.push({ node, end: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as ChildNode, end: false });
  }
  flush();
  return paragraphs;
}

/**
 * Drops furniture lines ("Advertisement", "Share this"), "Posted: <date>" labels and short calls
 * to action ("Sign up for our newsletter"). Repeated paragraphs are kept: recipes,
 * schedules and Q&A legitimately repeat lines, and the text is the publisher's.
 */
export function filterParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.filter(
    (p) => !BOILERPLATE_LINE.test(p) && !isDatelineLabel(p) && !(p.length <= CALL_TO_ACTION_MAX_CHARS && CALL_TO_ACTION.test(p)),
  );
}

function isDatelineLabel(p: string): boolean {
  return p.length <= DATELINE_MAX_CHARS && DATELINE_LABEL.test(p) && /\d/.test(p) && !/[.!?]["”’)]?$|\.\s/.test(p);
}
