/**
 * One bottom-up pass that records, for every element, how much text it holds and how much of
 * that text sits inside links. Scoring and cleaning read these instead of re-walking subtrees.
 */
import { Text, type ChildNode, type ParentNode } from 'domhandler';
import { isElement, type Element } from './dom.js';

export interface TextStats {
  /** Characters of text with whitespace runs counted once. */
  text: number;
  /** Characters of that text inside <a> elements. */
  link: number;
  /** Commas, including the CJK and Arabic ones, a cheap signal of running prose. */
  commas: number;
  /** Number of <p> elements inside. */
  paragraphs: number;
  /** Characters of text inside <p> elements: the prose that furniture rarely holds. */
  ptext: number;
}

const COMMA_RE = /[,،﹐︐︑⹁⸴⸲，、]/g;

function textLength(s: string): number {
  // Count whitespace runs as one character without allocating a collapsed copy.
  let n = 0;
  let inSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return n;
}

export function measure(root: ParentNode): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  // Post-order via an explicit stack of [node, visited] frames.
  const stack: { node: ChildNode; done: boolean }[] = root.children.map((node) => ({ node, done: false }));
  while (stack.length) {
    const frame = stack[stack.length - 1] as { node: ChildNode; done: boolean };
    const node = frame.node;
    if (!isElement(node)) {
      stack.pop();
      continue;
    }
    if (!frame.done) {
      frame.done = true;
      for (const child of node.children) if (isElement(child)) stack.push({ node: child, done: false });
      continue;
    }
    stack.pop();
    const s: TextStats = { text: 0, link: 0, commas: 0, paragraphs: node.name === 'p' ? 1 : 0, ptext: 0 };
    for (const child of node.children) {
      if (child instanceof Text) {
        s.text += textLength(child.data);
        const m = child.data.match(COMMA_RE);
        if (m) s.commas += m.length;
      } else if (isElement(child)) {
        const c = stats.get(child);
        if (!c) continue;
        s.text += c.text;
        s.link += c.link;
        s.commas += c.commas;
        s.paragraphs += c.paragraphs;
        s.ptext += c.ptext;
      }
    }
    if (node.name === 'a') s.link = s.text;
    if (node.name === 'p') s.ptext = s.text;
    stats.set(node, s);
  }
  return stats;
}

export function linkDensity(s: TextStats | undefined): number {
  if (!s || s.text === 0) return 0;
  return s.link / s.text;
}
