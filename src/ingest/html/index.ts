/**
 * HTML to article: decode, parse once, read metadata, extract the body through the cascade.
 * `extractArticle` is the public entry point the rest of wiretrace calls.
 */
import { WiretraceError } from '../../errors.js';
import { parseHtml } from './dom.js';
import { decodeHtml, MAX_INPUT_BYTES } from './decode.js';
import { extractBody } from './body.js';
import { readMetadata } from './metadata/index.js';
import { readTime } from './readtime.js';
import type { ExtractedArticle, ExtractOptions } from './schema.js';

export { ExtractedArticle } from './schema.js';
export type { ExtractOptions } from './schema.js';
export { decodeHtml, MAX_INPUT_BYTES } from './decode.js';

/** Share of NUL/control characters in a string input above which it is binary data, not HTML. */
const STRING_CONTROL_SHARE = 0.05;
const STRING_SAMPLE_CHARS = 4096;

function checkString(html: string): void {
  if (html.length > MAX_INPUT_BYTES) throw new WiretraceError('E_INPUT_TOO_LARGE', `input is ${html.length} characters; the limit is ${MAX_INPUT_BYTES}`);
  if (!html.trim()) throw new WiretraceError('E_INPUT_EMPTY');
  const n = Math.min(html.length, STRING_SAMPLE_CHARS);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = html.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 9 || (c > 13 && c < 32))) control++;
  }
  if (control / n > STRING_CONTROL_SHARE) throw new WiretraceError('E_INPUT_BINARY', 'input contains control characters; it is not an HTML page');
}

export function extractArticle(input: string | Uint8Array, opts: ExtractOptions = {}): ExtractedArticle {
  const html = typeof input === 'string' ? input.replace(/^\ufeff/, '') : decodeHtml(input, opts.contentType).text;
  checkString(html);
  const doc = parseHtml(html);
  const meta = readMetadata(doc, opts.url ?? null);
  const body = extractBody(html, doc, meta.titleVariants, meta.jsonLdBody);
  const text = body.paragraphs.join('\n\n');
  return {
    title: meta.title,
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
