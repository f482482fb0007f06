/**
 * Loader for Mozilla Readability's test-page layout: <name>/source.html (the saved page) and
 * <name>/expected.html (Readability's curated output). The expected HTML is rendered to text with
 * the extractor's own renderer, so gold and prediction are tokenised the same way.
 *
 * Readability's output is not an independent gold: where it keeps page furniture (newsletter boxes,
 * reader comments, photo credits, "Related:" links), a project-written correction in
 * src/eval/extraction/pages-gold/<name>.json removes those paragraphs. A correction names paragraphs
 * by a short opening (never the article text itself) and says why.
 *
 * Pages are split deterministically by a hash of their name: about 30% are the test split (scored
 * once, never tuned on), the rest dev.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WiretraceError } from '../../errors.js';
import { findFirst, isElement, parseDom } from '../../ingest/html/dom.js';
import { renderParagraphs } from '../../ingest/html/render.js';

export type PageSplit = 'dev' | 'test' | 'all';

export interface TestPage {
  readonly name: string;
  readonly split: 'dev' | 'test';
  readonly truth: string;
  /** Where the truth came from: Readability's expected output or a project-written override. */
  readonly truthSource: 'readability' | 'project';
}

/** Percentage of pages in the test split. */
const TEST_PERCENT = 30;

const OVERRIDE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages-gold');

/** Stable split from the page name alone: adding pages never moves an existing page between splits. */
export function splitOf(name: string): 'dev' | 'test' {
  const h = createHash('sha256').update(name).digest();
  return h.readUInt32BE(0) % 100 < TEST_PERCENT ? 'test' : 'dev';
}

/** Renders an expected-output HTML fragment to paragraphs of text. */
/** A project correction to Readability's expected output for one page. */
export interface TruthCorrection {
  /** Why Readability's output is wrong here. */
  readonly why: string;
  /** Paragraphs that open with any of these are furniture, not article text. */
  readonly drop?: readonly string[];
  /** Paragraphs matching any of these regular expressions (photo credit lines) are furniture. */
  readonly dropMatching?: readonly string[];
  /** This paragraph and every one after it (a comment thread, a subscription pitch) are furniture. */
  readonly dropFrom?: string;
}

/** Applies a correction to paragraphs of expected text; a correction that matches nothing is an error. */
export function correctTruth(paragraphs: readonly string[], c: TruthCorrection, name: string): string[] {
  let out = paragraphs.slice();
  if (c.dropFrom !== undefined) {
    const at = out.findIndex((p) => p.startsWith(c.dropFrom as string));
    if (at < 0) throw new WiretraceError('E_EVAL_DATA', `${name}: correction dropFrom "${c.dropFrom}" matches no paragraph`);
    out = out.slice(0, at);
  }
  for (const d of c.drop ?? []) {
    const before = out.length;
    out = out.filter((p) => !p.startsWith(d));
    if (out.length === before) throw new WiretraceError('E_EVAL_DATA', `${name}: correction drop "${d}" matches no paragraph`);
  }
  for (const src of c.dropMatching ?? []) {
    const re = new RegExp(src, 'u');
    const before = out.length;
    out = out.filter((p) => !re.test(p));
    if (out.length === before) throw new WiretraceError('E_EVAL_DATA', `${name}: correction dropMatching /${src}/ matches no paragraph`);
  }
  return out;
}

export function expectedText(html: string): string {
  const doc = parseDom(html);
  const body = findFirst(doc, (el) => el.name === 'body');
  return renderParagraphs(body ? [body] : doc.children.filter(isElement)).join('\n\n');
}

export function isPageSet(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.html')));
}

export function loadTestPages(dir: string, split: PageSplit): TestPage[] {
  if (!isPageSet(dir)) throw new WiretraceError('E_EVAL_DATA', `${dir} is not a Readability test-page set (needs <name>/source.html and expected.html)`);
  const out: TestPage[] = [];
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')) && existsSync(join(dir, d.name, 'expected.html')))
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    const s = splitOf(name);
    if (split !== 'all' && s !== split) continue;
    const expected = expectedText(readFileSync(join(dir, name, 'expected.html'), 'utf8'));
    const correction = join(OVERRIDE_DIR, `${name}.json`);
    if (!existsSync(correction)) {
      out.push({ name, split: s, truth: expected, truthSource: 'readability' });
      continue;
    }
    const c = JSON.parse(readFileSync(correction, 'utf8')) as TruthCorrection;
    out.push({ name, split: s, truth: correctTruth(expected.split('\n\n'), c, name).join('\n\n'), truthSource: 'project' });
  }
  return out;
}

export function testPageBytes(dir: string, name: string): Buffer {
  return readFileSync(join(dir, name, 'source.html'));
}
