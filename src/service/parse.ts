/**
 * Input -> article (text + metadata), without touching a store. Three forms:
 *  - article: the plain-text form of saved news pages (title line, byline, "N Min Read", body...)
 *  - html:    a web page, through the HTML extractor
 *  - raw:     the whole text as the body, nothing stripped
 * The publication date comes from the caller (validated: garbage is E_DATE_INVALID) or from the
 * input's own metadata (unparseable metadata counts as unknown); it is never defaulted to "now".
 */
import type { DocMeta } from '../doc/meta.js';
import { WiretraceError } from '../errors.js';
import { parseDate, validatePublished } from '../ingest/dates.js';
import { normaliseLanguageTag } from '../ingest/language-tag.js';
import { parsePlainTextArticle } from '../ingest/plaintext.js';
import { checkText, decodeText, type GuardOptions } from '../ingest/input-guard.js';
import { wellFormed } from '../ingest/well-formed.js';

export { validatePublished };

export type InputFormat = 'article' | 'html' | 'raw';

export interface ParseOptions extends GuardOptions {
  /** Publication date given by the user; overrides metadata. */
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly title?: string | null;
  /** Where the input came from, when it is a URL. */
  readonly url?: string | null;
  /** The HTTP Content-Type, for charset detection of HTML. */
  readonly contentType?: string | null;
  /** Longest article text accepted for annotation (UTF-16 code units); default DEFAULT_MAX_ARTICLE_CHARS. */
  readonly maxArticleChars?: number;
}

/**
 * 10 M characters (the HTTP body limit's worth of text), some hundred times the longest news article.
 * Annotation is linear in the text up to there (npm run bench -- pipeline, after the time layer's
 * quadratic event-phrase folding was removed: 5.1 s CPU per MB at 1 MB, 4.3 at 4 MB, 5.8 at 10 MB;
 * peak memory about 160 MiB per MB), so a longer text is refused before any annotator runs rather
 * than holding a worker, and some 1.6 GB of its memory, past that.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 10 * 1024 * 1024;

/** An article ready to annotate and store. */
export interface ParsedArticle {
  /** The article body: the text every layer's offsets index. */
  readonly text: string;
  readonly meta: DocMeta;
  /** Metadata with no column of its own (description, read time, extractor, caption...). */
  readonly extra: Readonly<Record<string, unknown>>;
}

export async function parseInput(input: string | Uint8Array, format: InputFormat, opts: ParseOptions = {}): Promise<ParsedArticle> {
  switch (format) {
    case 'html':
      return parseHtmlArticle(input, opts);
    case 'article':
      return parseArticleText(typeof input === 'string' ? guardedText(input, opts) : decodeText(input, opts), opts);
    case 'raw':
      return parseRaw(typeof input === 'string' ? guardedText(input, opts) : decodeText(input, opts), opts);
  }
}

export function parseArticleText(text: string, opts: ParseOptions = {}): ParsedArticle {
  const published = validatePublished(opts.published);
  const parsed = parsePlainTextArticle(text, {
    ...(published ? { published } : {}),
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
    ...(opts.url ? { url: opts.url } : {}),
  });
  const meta: DocMeta = withLanguage({ ...parsed.meta, ...(opts.title ? { title: opts.title } : {}) });
  const extra: Record<string, unknown> = { format: 'article', removedLines: parsed.removed.length };
  if (parsed.frontMatter) extra.frontMatter = parsed.frontMatter;
  return normalised({ text: parsed.body, meta, extra }, opts);
}

export function parseRaw(text: string, opts: ParseOptions = {}): ParsedArticle {
  const published = validatePublished(opts.published);
  const meta: DocMeta = {
    published,
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
    ...(opts.url ? { url: opts.url } : {}),
  };
  return normalised({ text, meta: withLanguage(meta), extra: { format: 'raw' } }, opts);
}

/** An article from a web page: the HTML extractor's body and metadata, with the caller's overrides. */
export async function parseHtmlArticle(input: string | Uint8Array, opts: ParseOptions = {}): Promise<ParsedArticle> {
  const userPublished = validatePublished(opts.published);
  // Loaded on first use: plain-text ingest and `annotate` need no DOM code at startup.
  const { extractArticle } = await import('../ingest/html/index.js');
  const x = extractArticle(input, {
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.name ? { name: opts.name } : {}),
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.contentType ? { contentType: opts.contentType } : {}),
  });
  const body = x.body ?? '';
  if (body.trim() === '') throw new WiretraceError('E_INPUT_EMPTY', `${opts.name ?? 'the page'} has no article text`);
  const meta: DocMeta = { published: userPublished ?? (x.published ? parseDate(x.published) : null) };
  const set = <K extends keyof DocMeta>(k: K, v: DocMeta[K] | null | undefined): void => {
    if (v !== null && v !== undefined && v !== '') meta[k] = v;
  };
  set('title', opts.title ?? x.title);
  if (x.byline && x.byline.length) meta.byline = [...x.byline];
  set('modified', x.modified ? parseDate(x.modified) : null);
  set('outlet', opts.outlet ?? x.siteName);
  set('url', opts.url);
  set('canonicalUrl', x.canonicalUrl);
  set('language', x.language);
  set('image', x.image);
  set('imageCredit', x.imageCredit);
  set('description', x.description);
  set('readTime', x.readTime === null || x.readTime === undefined ? null : String(x.readTime));
  const extra: Record<string, unknown> = { format: 'html' };
  if (x.imageCaption) extra.imageCaption = x.imageCaption;
  if (x.extractor) extra.extractor = x.extractor;
  if (x.published && !meta.published) extra.unparsedPublished = x.published;
  if (x.language) extra.declaredLanguage = x.language;
  return normalised({ text: body, meta: withLanguage(meta), extra }, opts);
}

/**
 * The language the source declared, as an ISO 639 code. Detection from the text happens where the
 * report is annotated (default-pipeline's planFor), which loads the detector only when it is needed.
 */
function withLanguage(meta: DocMeta): DocMeta {
  const declared = meta.language ? normaliseLanguageTag(meta.language) : null;
  const { language: _raw, ...rest } = meta;
  return declared ? { ...rest, language: declared } : rest;
}

/**
 * Every parsed article passes here once, before hashing and annotation: a text too long to annotate is
 * refused (E_INPUT_TOO_LARGE); lone surrogates in the text and the metadata strings become U+FFFD
 * (src/ingest/well-formed.ts; NFC is not applied).
 */
function normalised(p: ParsedArticle, opts: ParseOptions): ParsedArticle {
  const maxChars = opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  if (p.text.length > maxChars) {
    throw new WiretraceError(
      'E_INPUT_TOO_LARGE',
      `${opts.name ?? 'the article'} has ${p.text.length.toLocaleString('en-US')} characters of text; annotation takes at most ${maxChars.toLocaleString('en-US')}`,
      { limit: maxChars, chars: p.text.length },
    );
  }
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p.meta)) {
    meta[k] = typeof v === 'string' ? wellFormed(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? wellFormed(x) : x)) : v;
  }
  return { text: wellFormed(p.text), meta: meta as DocMeta, extra: p.extra };
}

function guardedText(text: string, opts: GuardOptions): string {
  checkText(text, opts);
  return text;
}
