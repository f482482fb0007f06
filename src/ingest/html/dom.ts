/**
 * A thin layer over htmlparser2/domhandler: parse, walk, read attributes and text.
 * The extractor owns the tree it parses, so it detaches nodes in place instead of copying.
 */
import { parseDocument } from 'htmlparser2';
import { Element, Text, type Document, type ChildNode, type ParentNode } from 'domhandler';

export type { Element, Document, ChildNode, ParentNode };

/** Parses HTML into a DOM (with a <body> made up when the page has none). */
export function parseDom(html: string): Document {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  liftStrayHeadContent(doc);
  ensureBody(doc);
  return doc;
}

/** Elements that belong in <head>; anything else there is page content that the head was never closed before. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template']);

/**
 * A page that never closes <head> (and has no <body> tag) leaves htmlparser2 nesting the whole page
 * inside <head>. Browsers close the head at the first non-head element; so does this: that element
 * and everything after it move to the body (or to where the body will be made up).
 */
function liftStrayHeadContent(doc: Document): void {
  const html = doc.children.find((c): c is Element => c instanceof Element && c.name === 'html');
  const host: Document | Element = html ?? doc;
  const head = host.children.find((c): c is Element => c instanceof Element && c.name === 'head');
  if (!head) return;
  const first = head.children.findIndex((c) => (c instanceof Element && !HEAD_CONTENT.has(c.name)) || (c instanceof Text && c.data.trim() !== ''));
  if (first < 0) return;
  const stray = head.children.splice(first);
  const body = host.children.find((c): c is Element => c instanceof Element && c.name === 'body');
  if (body) {
    for (const n of stray) n.parent = body;
    body.children = stray.concat(body.children);
    return;
  }
  const at = host.children.indexOf(head) + 1;
  for (const n of stray) n.parent = host;
  host.children = host.children.slice(0, at).concat(stray, host.children.slice(at));
}

/**
 * htmlparser2 does not invent <html>/<body> the way browsers do. A fragment without them gets a
 * synthetic <body>, so every paragraph has an element parent to vote for.
 */
function ensureBody(doc: Document): void {
  for (const el of doc.children) {
    if (!(el instanceof Element)) continue;
    if (el.name === 'body') return;
    if (el.name === 'html' && el.children.some((c) => c instanceof Element && c.name === 'body')) return;
  }
  const html = doc.children.find((c): c is Element => c instanceof Element && c.name === 'html');
  const host: Document | Element = html ?? doc;
  const kids = host.children.filter((c) => !(c instanceof Element && c.name === 'head'));
  if (!kids.some((c) => c instanceof Element)) return;
  const body = new Element('body', {}, kids);
  for (const k of kids) k.parent = body;
  host.children = host.children.filter((c) => !kids.includes(c));
  host.children.push(body);
  body.parent = host;
}

export function isElement(node: ChildNode | ParentNode | null | undefined): node is Element {
  return node instanceof Element;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** "class id" lower-cased, the string boilerplate patterns are matched against. */
export function classAndId(el: Element): string {
  const c = el.attribs.class;
  const i = el.attribs.id;
  if (!c && !i) return '';
  return `${c ?? ''} ${i ?? ''}`.toLowerCase();
}

/** Depth-first pre-order over elements, iterative so deep pages cannot overflow the stack. */
export function* elements(root: ParentNode): Generator<Element> {
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop() as ChildNode;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
}

export function findAll(root: ParentNode, pred: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of elements(root)) if (pred(el)) out.push(el);
  return out;
}

export function findFirst(root: ParentNode, pred: (el: Element) => boolean): Element | null {
  for (const el of elements(root)) if (pred(el)) return el;
  return null;
}

/** Raw text of a subtree (script and style included), whitespace untouched. */
export function rawText(node: ChildNode | ParentNode): string {
  if (node instanceof Text) return node.data;
  if (!('children' in node)) return '';
  let out = '';
  const stack: ChildNode[] = [...node.children].reverse();
  while (stack.length) {
    const n = stack.pop() as ChildNode;
    if (n instanceof Text) out += n.data;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as ChildNode);
  }
  return out;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Visible-ish text of a subtree with whitespace collapsed. */
export function textOf(node: ChildNode | ParentNode): string {
  return collapse(rawText(node));
}

export function detach(node: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i >= 0) parent.children.splice(i, 1);
  node.parent = null;
}

export function ancestors(el: ChildNode, max = Infinity): Element[] {
  const out: Element[] = [];
  let p = el.parent;
  while (p && isElement(p) && out.length < max) {
    out.push(p);
    p = p.parent;
  }
  return out;
}

export function hasAncestor(el: ChildNode, pred: (a: Element) => boolean): boolean {
  let p = el.parent;
  while (p && isElement(p)) {
    if (pred(p)) return true;
    p = p.parent;
  }
  return false;
}
