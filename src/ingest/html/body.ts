/**
 * Body extraction as a cascade. The main stage is the scored-candidate extractor with all
 * cleaning on; each later stage runs only when the stages before it under-delivered.
 */
import type { ChildNode, Document } from 'domhandler';
import { findFirst, isElement, parseDom, type Element } from './dom.js';
import { dropFurniture, dropNonContent, type PrepareOptions } from './prepare.js';
import { measure, linkDensity } from './measure.js';
import { pickTopCandidate, scoreCandidates } from './score.js';
import { assembleArticle, cleanArticle, type AssembleOptions } from './assemble.js';
import { filterParagraphs, renderParagraphs } from './render.js';
import { tokenSet } from './text.js';

/** A body shorter than this (characters) means the stage under-delivered: Readability's default threshold. */
export const MIN_BODY_CHARS = 500;
/**
 * JSON-LD articleBody is the publisher's own statement of the text. When the DOM body holds less
 * than this share of its words, the DOM stage picked the wrong block (or the page hides the text).
 */
const JSONLD_MIN_COVERAGE = 0.5;
/** A JSON-LD body shorter than this is a teaser, not the article. */
const JSONLD_MIN_CHARS = 300;
/** Fallback paragraphs must be this long and this link-free to count as prose. */
const FALLBACK_MIN_P_CHARS = 60;
const FALLBACK_MAX_LINK_DENSITY = 0.3;

export interface BodyResult {
  paragraphs: string[];
  extractor: string;
}

interface Stage {
  name: string;
  opts: AssembleOptions & PrepareOptions & { keepNoscript?: boolean };
}

/**
 * Readability's retry order: keep weakly furniture-named blocks, then ignore class names, then
 * stop cleaning. Unlike Readability, retries still drop strong furniture (comments, sharing,
 * related links): a short article under a long comment thread must not become the thread.
 */
const DOM_STAGES: readonly Stage[] = [
  { name: 'scored', opts: { stripUnlikely: 'all', weightClasses: true, cleanConditionally: true } },
  { name: 'scored-keep-unlikely', opts: { stripUnlikely: 'strong', weightClasses: true, cleanConditionally: true } },
  { name: 'scored-no-class-weights', opts: { stripUnlikely: 'strong', weightClasses: false, cleanConditionally: true } },
  { name: 'scored-no-cleaning', opts: { stripUnlikely: 'strong', weightClasses: false, cleanConditionally: false } },
];

function bodyLength(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.length;
  return n;
}

/** Pages that render their text by script often repeat it in <noscript> for readers without script. */
const NOSCRIPT_STAGE: Stage = { name: 'scored-noscript', opts: { stripUnlikely: 'strong', weightClasses: true, cleanConditionally: true, keepNoscript: true } };

function runDomStage(doc: Document, stage: Stage, titles: readonly string[]): string[] {
  dropNonContent(doc, stage.opts.keepNoscript === true);
  dropFurniture(doc, stage.opts);
  const stats = measure(doc);
  const scores = scoreCandidates(doc, stats, stage.opts);
  const top = pickTopCandidate(scores, stats);
  if (!top) return [];
  const parts = assembleArticle(top, scores, stats);
  return filterParagraphs(renderParagraphs(cleanArticle(parts, stage.opts, titles)));
}

/** Last resort: every prose-like <p> on the page, in order. */
function paragraphFallback(html: string): string[] {
  const doc: Document = parseDom(html);
  dropNonContent(doc);
  dropFurniture(doc, { stripUnlikely: 'strong' });
  const stats = measure(doc);
  const parts: Element[] = [];
  const body = findFirst(doc, (el) => el.name === 'body') ?? doc;
  const stack = [...body.children].reverse();
  while (stack.length) {
    const n = stack.pop();
    if (!isElement(n)) continue;
    if (n.name === 'p') {
      const s = stats.get(n);
      if (s && s.text >= FALLBACK_MIN_P_CHARS && linkDensity(s) <= FALLBACK_MAX_LINK_DENSITY) parts.push(n);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as ChildNode);
  }
  return filterParagraphs(renderParagraphs(parts));
}

function coverage(of: string, by: readonly string[]): number {
  const want = tokenSet(of);
  if (want.size === 0) return 1;
  const have = tokenSet(by.join(' '));
  let hit = 0;
  for (const t of want) if (have.has(t)) hit++;
  return hit / want.size;
}

/**
 * Runs the cascade. `parsed` is the page already parsed for metadata: the first stage consumes
 * (mutates) it; retries parse the HTML afresh. `jsonBody` is the article text the page ships as
 * data (JSON-LD articleBody, or page-state JSON for script-rendered pages).
 */
export function extractBody(html: string, parsed: Document | null, titles: readonly string[], jsonBody: JsonBody | null): BodyResult {
  let best: BodyResult = { paragraphs: [], extractor: 'none' };
  let doc: Document | null = parsed;
  for (const stage of DOM_STAGES) {
    const paragraphs = runDomStage(doc ?? parseDom(html), stage, titles);
    doc = null;
    best = longer(best, { paragraphs, extractor: stage.name });
    if (bodyLength(paragraphs) >= MIN_BODY_CHARS) break;
  }
  // Fallback candidates, each scored by the same measure (prose length) as the DOM stages.
  if (bodyLength(best.paragraphs) < MIN_BODY_CHARS) {
    best = longer(best, { paragraphs: runDomStage(parseDom(html), NOSCRIPT_STAGE, titles), extractor: NOSCRIPT_STAGE.name });
    best = longer(best, { paragraphs: paragraphFallback(html), extractor: 'paragraphs' });
  }
  if (jsonBody && bodyLength(jsonBody.paragraphs) >= JSONLD_MIN_CHARS) {
    // A page-ship body replaces the DOM text only when it is fuller and the DOM text does not already say it.
    const fuller = bodyLength(jsonBody.paragraphs) > bodyLength(best.paragraphs);
    if (fuller && coverage(jsonBody.paragraphs.join(' '), best.paragraphs) < JSONLD_MIN_COVERAGE) return { paragraphs: jsonBody.paragraphs, extractor: jsonBody.source };
  }
  return best;
}

export interface JsonBody {
  paragraphs: string[];
  source: 'json-ld' | 'script-json';
}

/** Splits a JSON-LD articleBody into paragraphs. */
export function jsonLdParagraphs(body: string): string[] {
  return body.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function longer(a: BodyResult, b: BodyResult): BodyResult {
  return bodyLength(b.paragraphs) > bodyLength(a.paragraphs) ? b : a;
}
