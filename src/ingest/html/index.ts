/**
 * HTML to article: decode, parse once, read metadata, extract the body through the cascade.
 * `extractArticle` is the public entry point the rest of wiretrace calls.
 */
import { checkText } from '../input-guard.js';
import { parseDom } from './dom.js';
import { decodeHtml } from './decode.js';
import { extractBody, jsonLdParagraphs, type JsonBody } from './body.js';
import { scriptJsonBody } from './json-body.js';
import { readMetadata } from './metadata/index.js';
import { readTime } from './readtime.js';
import { normalizeOutput } from './text.js';
import type { ExtractedArticle, ExtractOptions } from './schema.js';

export { ExtractedArticle } from './schema.js';
export type { ExtractOptions } from './schema.js';
export { decodeHtml } from './decode.js';

export function extractArticle(input: string | Uint8Array, opts: ExtractOptions = {}): ExtractedArticle {
  let html: string;
  if (typeof input === 'string') {
    checkText(input, opts);
    html = input.replace(/^\ufeff/, '');
  } else html = decodeHtml(input, opts.contentType, opts).text;
  const doc = parseDom(html);
  const meta = readMetadata(doc, opts.url ?? null);
  // Read before the first stage consumes the tree.
  const scripted = meta.jsonLdBody ? null : scriptJsonBody(doc);
  const jsonBody: JsonBody | null = meta.jsonLdBody
    ? { paragraphs: jsonLdParagraphs(meta.jsonLdBody), source: 'json-ld' }
    : scripted && { paragraphs: scripted, source: 'script-json' };
  const body = extractBody(html, doc, meta.titleVariants, jsonBody);
  const text = normalizeOutput(body.paragraphs.join('\n\n'));
  return {
    title: meta.title === null ? null : normalizeOutput(meta.title),
    byline: meta.byline,
    published: meta.published,
    modified: meta.modified,
    body: text,
    image: meta.image.url,
    imageCredit: meta.image.credit,
    imageCaption: meta.image.caption,
    siteName: meta.siteName,
    language: meta.language,
    canonicalUrl: meta.canonicalUrl,
    description: meta.description,
    readTime: readTime(text, meta.jsonLdTimeRequired),
    extractor: body.extractor,
  };
}
