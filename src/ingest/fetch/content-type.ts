/**
 * Which responses can be ingested: HTML, XHTML, XML feeds (RSS, Atom, RDF), JSON Feed and plain
 * text. Anything else (images, PDFs, audio, archives) is refused before its body is read.
 */

export type ContentFamily = 'html' | 'xml' | 'json' | 'text';

const MEDIA_TYPES: ReadonlyMap<string, ContentFamily> = new Map([
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
  ['application/rss+xml', 'xml'],
  ['application/atom+xml', 'xml'],
  ['application/rdf+xml', 'xml'],
  ['application/feed+json', 'json'],
  ['application/json', 'json'],
  ['text/plain', 'text'],
]);

/** The lower-cased "type/subtype" of a Content-Type header, without parameters. */
export function mediaTypeOf(header: string | undefined | null): string | null {
  if (!header) return null;
  const essence = header.split(';', 1)[0]!.trim().toLowerCase();
  return essence || null;
}

/** The family of an acceptable media type, or null when it must be refused. */
export function contentFamily(mediaType: string | null): ContentFamily | null {
  if (!mediaType) return null;
  const known = MEDIA_TYPES.get(mediaType);
  if (known) return known;
  // Vendor feeds such as application/vnd.foo+xml or +json.
  if (/^application\/[\w.+-]+\+xml$/.test(mediaType)) return 'xml';
  if (/^application\/[\w.+-]+\+json$/.test(mediaType)) return 'json';
  return null;
}

/**
 * Guesses the family of a body sent without Content-Type (or as application/octet-stream) from its
 * first bytes, as browsers do. Binary data (NUL bytes) gets null.
 */
export function sniffFamily(body: Uint8Array): ContentFamily | null {
  const head = Buffer.from(body.subarray(0, 512)).toString('latin1');
  if (head.includes('\0')) return null;
  const start = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().slice(0, 100).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<head') || start.startsWith('<body')) return 'html';
  if (start.startsWith('<?xml') || start.startsWith('<rss') || start.startsWith('<feed') || start.startsWith('<rdf')) return 'xml';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start.startsWith('<')) return 'html';
  return 'text';
}

export const SNIFFED_MEDIA_TYPE: Readonly<Record<ContentFamily, string>> = {
  html: 'text/html',
  xml: 'application/xml',
  json: 'application/json',
  text: 'text/plain',
};

export const ACCEPT_HEADER =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,' +
  'application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.5';
