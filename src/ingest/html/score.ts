/**
 * Main-content candidate scoring, after Readability: every paragraph of prose votes for its
 * parent (full weight), grandparent (half) and further ancestors (weight / (level * 3)); a
 * paragraph's vote grows with its length and its commas. Candidates start from a tag prior and
 * a class/id weight, and end scaled by (1 - link density), so link lists lose.
 */
import { Text, type ChildNode, type ParentNode } from 'domhandler';
import { isElement, type Element } from './dom.js';
import { classWords, matchWords } from './class-words.js';
import { linkDensity, type TextStats } from './measure.js';
import { BLOCK_TAGS, HEADING_TAGS, NEGATIVE, POSITIVE } from './patterns.js';

/** Paragraphs shorter than this are captions, labels or buttons, not prose that should vote. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Each full 100 characters adds a point, capped so one giant block cannot outvote structure. */
const LENGTH_POINT_CHARS = 100;
const MAX_LENGTH_POINTS = 3;
/** Ancestors beyond this depth get no vote: the <body> should not win by accumulation. */
const MAX_ANCESTOR_LEVELS = 5;
/** Class/id weight, as in Readability. */
const CLASS_WEIGHT = 25;
/** How many top candidates to consider when looking for a shared ancestor. */
const TOP_N = 5;
/**
 * An article split into chunks (body, ad, body, ad...) leaves two strong candidates side by side.
 * A second candidate scoring this share of the best, outside the best's subtree, whose common
 * ancestor with the best is at most SPLIT_MAX_LEVELS up, makes that ancestor the candidate.
 */
const SPLIT_SHARE = 0.5;
const SPLIT_MAX_LEVELS = 6;
/** The ancestor must be mostly chunk text: otherwise it is the page layout, sidebars included. */
const SPLIT_MIN_COVERAGE = 0.6;
/** Alternatives scoring at least this share of the best are "the same article split up". */
const ALTERNATIVE_SHARE = 0.75;
/** That many alternatives inside one ancestor promote the ancestor. */
const MIN_ALTERNATIVES = 3;

/** Elements whose inline text is a label or heading, not a paragraph of prose. */
const NON_PROSE = new Set(['li', 'figcaption', 'caption', 'th', 'dt', 'address', 'summary', 'a', 'label', 'legend', ...HEADING_TAGS]);
/** Elements scored as whole paragraphs. */
const UNIT_TAGS = new Set(['p', 'pre', 'td']);


export interface ScoreOptions {
  weightClasses: boolean;
}

export interface Candidate {
  el: Element;
  score: number;
}

export function classWeight(el: Element, opts: ScoreOptions): number {
  if (!opts.weightClasses) return 0;
  const words = classWords(el);
  if (words.length === 0) return 0;
  let w = 0;
  if (matchWords(words, NEGATIVE)) w -= CLASS_WEIGHT;
  if (matchWords(words, POSITIVE)) w += CLASS_WEIGHT;
  return w;
}

function tagPrior(el: Element): number {
  switch (el.name) {
    case 'div': case 'article': case 'main': case 'section':
      return 5;
    case 'pre': case 'td': case 'blockquote':
      return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form':
      return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th':
      return -5;
    default:
      return 0;
  }
}

export function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (isElement(c) && BLOCK_TAGS.has(c.name) && c.name !== 'br' && c.name !== 'img') return true;
  return false;
}

/** A paragraph found in the tree: its text and the element that receives its full vote. */
interface Paragraph {
  text: string;
  parent: Element;
}

function inlineText(nodes: readonly ChildNode[]): string {
  let out = '';
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop() as ChildNode;
    if (n instanceof Text) out += n.data;
    else if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as ChildNode);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Collects paragraphs: <p>/<pre>/<td> units, block-free <div>s, and runs of loose inline text in mixed containers. */
export function collectParagraphs(root: ParentNode): Paragraph[] {
  const out: Paragraph[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as ParentNode;
    if (isElement(node)) {
      const unit = UNIT_TAGS.has(node.name) ? node.name !== 'td' || !hasBlockChild(node) : node.name === 'div' && !hasBlockChild(node);
      if (unit) {
        // A block-free <div> is a paragraph in all but name (Readability turns it into a <p>).
        const parent = node.parent;
        if (isElement(parent)) {
          const text = inlineText(node.children);
          if (text.length >= MIN_PARAGRAPH_CHARS) out.push({ text, parent });
        }
        continue;
      }
      if (!NON_PROSE.has(node.name)) {
        // Loose inline runs between blocks act as paragraphs of this container.
        let run: ChildNode[] = [];
        const flush = (): void => {
          if (run.length) {
            const text = inlineText(run);
            if (text.length >= MIN_PARAGRAPH_CHARS) out.push({ text, parent: node });
            run = [];
          }
        };
        for (const c of node.children) {
          if (c instanceof Text || (isElement(c) && !BLOCK_TAGS.has(c.name))) run.push(c);
          else flush();
        }
        flush();
      }
    }
    for (const c of node.children) if (isElement(c) && !isInlineLeaf(c)) stack.push(c);
  }
  return out;
}

function isInlineLeaf(el: Element): boolean {
  return !BLOCK_TAGS.has(el.name) && !hasBlockChild(el);
}

export function paragraphScore(text: string): number {
  const commas = (text.match(/[,،，、]/g) ?? []).length;
  return 1 + commas + Math.min(Math.floor(text.length / LENGTH_POINT_CHARS), MAX_LENGTH_POINTS);
}

/** Scores every element that received votes. Scores are final (link density applied). */
export function scoreCandidates(root: ParentNode, stats: Map<Element, TextStats>, opts: ScoreOptions): Map<Element, number> {
  const raw = new Map<Element, number>();
  const init = (el: Element): void => {
    if (!raw.has(el)) raw.set(el, tagPrior(el) + classWeight(el, opts));
  };
  for (const p of collectParagraphs(root)) {
    const points = paragraphScore(p.text);
    let el: ParentNode | null = p.parent;
    for (let level = 0; level <= MAX_ANCESTOR_LEVELS && el && isElement(el); level++) {
      if (el.name === 'html') break;
      init(el);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(el, (raw.get(el) as number) + points / divider);
      el = el.parent;
    }
  }
  const final = new Map<Element, number>();
  for (const [el, s] of raw) final.set(el, s * (1 - linkDensity(stats.get(el))));
  return final;
}

/** Picks the top candidate, promoting a shared ancestor of close alternatives and walking up while parents score higher. */
export function pickTopCandidate(scores: Map<Element, number>, stats?: Map<Element, TextStats>): Candidate | null {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_N);
  const first = ranked[0];
  if (!first) return null;
  let top = first[0];
  let topScore = first[1];

  const alternatives = ranked.slice(1).filter(([, s]) => s >= topScore * ALTERNATIVE_SHARE).map(([el]) => el);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    let parent = top.parent;
    while (isElement(parent) && parent.name !== 'body') {
      const within = alternatives.filter((a) => contains(parent as Element, a)).length;
      if (within >= MIN_ALTERNATIVES) {
        top = parent;
        break;
      }
      parent = parent.parent;
    }
  }

  // An article split into chunks: promote the ancestor that holds them and little else.
  if (top === first[0] && stats) top = joinChunks(top, topScore, scores, stats);

  // Walk up while the parent holds a larger share of the votes (the article split across siblings).
  let last = scores.get(top) ?? topScore;
  const threshold = last / 3;
  let parent = top.parent;
  while (isElement(parent) && parent.name !== 'body') {
    const ps = scores.get(parent);
    if (ps === undefined) {
      parent = parent.parent;
      continue;
    }
    if (ps < threshold) break;
    if (ps > last) {
      top = parent;
      break;
    }
    last = ps;
    parent = parent.parent;
  }
  // A wrapper with a single child says nothing more than the child: climb through it.
  while (isElement(top.parent) && top.parent.name !== 'body' && top.parent.children.filter(isElement).length === 1) top = top.parent;
  topScore = scores.get(top) ?? topScore;
  return { el: top, score: topScore };
}

/**
 * Chunks are the innermost strong candidates (scoring SPLIT_SHARE of the best). Climbing from the
 * best, the highest ancestor holding two or more chunks whose text is mostly chunk text wins.
 */
function joinChunks(top: Element, topScore: number, scores: Map<Element, number>, stats: Map<Element, TextStats>): Element {
  const strong = [...scores].filter(([, s]) => s >= topScore * SPLIT_SHARE).map(([el]) => el);
  const chunks = strong.filter((el) => !strong.some((o) => o !== el && contains(el, o)));
  if (chunks.length < 2) return top;
  let best = top;
  let p: ParentNode | null = top.parent;
  for (let level = 1; level <= SPLIT_MAX_LEVELS && isElement(p) && p.name !== 'body' && p.name !== 'html'; level++) {
    const anc: Element = p;
    const inside = chunks.filter((c) => contains(anc, c));
    const covered = inside.reduce((n, c) => n + (stats.get(c)?.text ?? 0), 0);
    const total = stats.get(anc)?.text ?? 0;
    if (inside.length >= 2 && total > 0 && covered / total >= SPLIT_MIN_COVERAGE) best = anc;
    p = anc.parent;
  }
  return best;
}

function contains(ancestor: Element, el: Element): boolean {
  let p: ParentNode | null = el.parent;
  while (p) {
    if (p === ancestor) return true;
    p = p.parent;
  }
  return false;
}
