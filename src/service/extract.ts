/**
 * Article text and metadata from a page (saved bytes, or a URL fetched through the SSRF-guarded
 * fetcher), without annotating or storing it. Files and stdin are read through the input guard (size
 * limit, gunzip cap, binary check) like every other input. The extractor loads inside the call, so
 * importing this module is cheap.
 */
import { stat } from 'node:fs/promises';
import { WiretraceError } from '../errors.js';
import { safeFetch } from '../ingest/fetch/index.js';
import type { ExtractedArticle, ExtractOptions } from '../ingest/html/index.js';
import { readInputBytes } from './annotate.js';
import { listIngestable, type GuardOptions } from './input.js';
import { appendAll } from '../util/arrays.js';

export type { ExtractedArticle };

/** Extracts one page given as bytes (charset detection and gzip unwrapping apply) or a string. */
export async function extractPage(page: string | Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedArticle> {
  const { extractArticle } = await import('../ingest/html/index.js');
  return extractArticle(page, opts);
}

export interface FetchAndExtractOptions {
  readonly allowPrivate?: boolean;
  /** Largest accepted page; default the input guard's limit. */
  readonly maxBytes?: number;
}

/** Fetches a URL (SSRF guard, robots.txt, size cap, retries) and extracts the page; an HTTP error status is E_FETCH. */
export async function fetchAndExtractPage(url: string, opts: FetchAndExtractOptions = {}): Promise<ExtractedArticle> {
  const maxBytes = opts.maxBytes ? { maxBytes: opts.maxBytes } : {};
  const res = await safeFetch(url, { allowPrivate: opts.allowPrivate ?? false, ...maxBytes });
  if (res.status >= 400) throw new WiretraceError('E_FETCH', `${url}: HTTP ${res.status}`);
  return extractPage(res.body, { ...maxBytes, name: url, url: res.finalUrl, ...(res.contentType ? { contentType: res.contentType } : {}) });
}

export interface ExtractInputOptions extends FetchAndExtractOptions {
  /** The page's URL for a file or stdin input (relative links, dates in the path). */
  readonly url?: string;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Expands inputs: directories to their pages (recursively, sorted); files, URLs and "-" as given. */
export async function expandPageInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    // A missing input stays in the list: extractInput reports it in its place, and the others still run.
    if (input === '-' || /^https?:\/\//i.test(input) || !(await isDirectory(input))) {
      out.push(input);
      continue;
    }
    const pages = await listIngestable(input, true, ['html']);
    // A directory without pages stays in the list too, so that it is reported rather than skipped in silence.
    appendAll(out, pages.length ? pages : [input]);
  }
  return out;
}

/** Extracts one input: a URL through the fetcher, "-" (stdin) or a file through the input guard, as bytes so charset detection applies. */
export async function extractInput(input: string, opts: ExtractInputOptions = {}): Promise<ExtractedArticle> {
  if (/^https?:\/\//i.test(input)) return fetchAndExtractPage(input, opts);
  if (input !== '-' && (await isDirectory(input))) {
    throw new WiretraceError('E_INPUT_NOT_FOUND', 'directory has no .html, .htm, .xhtml or .html.gz files');
  }
  const guard: GuardOptions = { name: input === '-' ? 'stdin' : input, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) };
  const bytes = await readInputBytes(input, guard);
  return extractPage(bytes, { ...guard, ...(opts.url ? { url: opts.url } : {}) });
}
