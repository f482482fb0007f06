/**
 * Article text and metadata from a page (saved bytes, or a URL fetched through the SSRF-guarded
 * fetcher), without annotating or storing it. The extractor loads inside the call, so importing this
 * module is cheap.
 */
import { WiretraceError } from '../errors.js';
import { safeFetch } from '../ingest/fetch/index.js';
import type { ExtractedArticle, ExtractOptions } from '../ingest/html/index.js';

export type { ExtractedArticle };

/** Extracts one page given as bytes (charset detection and gzip unwrapping apply) or a string. */
export async function extractPage(page: string | Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedArticle> {
  const { extractArticle } = await import('../ingest/html/index.js');
  return extractArticle(page, opts);
}

/** Fetches a URL (SSRF guard, robots.txt, size cap, retries) and extracts the page; an HTTP error status is E_FETCH. */
export async function fetchAndExtractPage(url: string, opts: { readonly allowPrivate?: boolean } = {}): Promise<ExtractedArticle> {
  const res = await safeFetch(url, { allowPrivate: opts.allowPrivate ?? false });
  if (res.status >= 400) throw new WiretraceError('E_FETCH', `${url}: HTTP ${res.status}`);
  return extractPage(res.body, { url: res.finalUrl, ...(res.contentType ? { contentType: res.contentType } : {}) });
}
