/**
 * An article's `meta` (extraction details: format, description, image caption, read time…) as the
 * PostgreSQL store keeps it since its migration 15: JSON deflated with layer-codec's dictionary and then
 * the article's title and text, which a description or a caption often repeats, behind the format
 * byte META_V1. Where that would not be smaller (`{}`), the JSON text's bytes, which is also how a row
 * written before reads (its first byte is `{`). Reading gives `JSON.parse(JSON.stringify(meta))`, key
 * order included. Any other first byte is refused with E_STORE.
 */
import { WiretraceError } from '../errors.js';
import { deflateJson, inflateJson } from './layer-codec.js';

/** First byte of a deflated meta (after the digest mark 0x08 and BUNDLE_V3's 0x09). */
export const META_V1 = 0x0a;
const JSON_OBJECT = 0x7b;

/** What META_V1 deflates after layer-codec's dictionary: part of the format. */
function contextOf(title: string | null, text: string): string {
  return `${title ?? ''}\n${text}`;
}

export function packMeta(meta: Readonly<Record<string, unknown>>, title: string | null, text: string): Buffer {
  const json = Buffer.from(JSON.stringify(meta), 'utf8');
  const packed = deflateJson(meta, contextOf(title, text));
  return packed.length + 1 < json.length ? Buffer.concat([Buffer.from([META_V1]), packed]) : json;
}

/** The meta packMeta kept, with the same title and text; E_STORE when the bytes are no meta. */
export function unpackMeta(stored: Uint8Array, title: string | null, text: string): Record<string, unknown> {
  if (stored[0] === META_V1) return inflateJson(stored.subarray(1), contextOf(title, text)) as Record<string, unknown>;
  if (stored[0] !== JSON_OBJECT) throw new WiretraceError('E_STORE', `a stored article meta has an unknown format (first byte ${stored.length ? stored[0] : 'none'})`);
  try {
    return JSON.parse(Buffer.from(stored).toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new WiretraceError('E_STORE', `a stored article meta is damaged (${(err as Error).message})`);
  }
}
