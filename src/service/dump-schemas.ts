/**
 * The JSON Lines dump written by `wiretrace export` and read by `wiretrace import`: one header line,
 * then one line per article (with its layers) in id order, then one line per feed (with its seen
 * items). Times the store stamps itself (created_at, first_seen, applied_at) are not carried: the
 * importing store stamps its own, so a dump of a dump is identical byte for byte. Stories are not
 * carried either: they are a function of the stored layers, rebuilt with `wiretrace relink`.
 */
import { Type, type Static } from '@sinclair/typebox';

export const DUMP_FORMAT = 'wiretrace-dump';
export const DUMP_VERSION = 1;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const DumpHeader = Type.Object(
  { kind: Type.Literal('header'), format: Type.Literal(DUMP_FORMAT), version: Type.Literal(DUMP_VERSION) },
  { additionalProperties: false }
);
export type DumpHeader = Static<typeof DumpHeader>;

export const DumpLayer = Type.Object(
  { name: Type.String({ minLength: 1 }), annotator: Type.String(), version: Type.String(), data: Type.Array(Type.Unknown()) },
  { additionalProperties: false }
);

export const DumpArticle = Type.Object(
  {
    kind: Type.Literal('article'),
    /** The id in the exporting store; the importing store may give another (see `nearDupOf`). */
    id: Type.Integer({ minimum: 1 }),
    url: Nullable(Type.String()),
    canonicalUrl: Nullable(Type.String()),
    contentHash: Type.String({ minLength: 1 }),
    outlet: Nullable(Type.String()),
    title: Nullable(Type.String()),
    byline: Type.Array(Type.String()),
    published: Nullable(Type.String()),
    modified: Nullable(Type.String()),
    fetched: Nullable(Type.String()),
    language: Nullable(Type.String()),
    image: Nullable(Type.String()),
    imageCredit: Nullable(Type.String()),
    text: Type.String(),
    meta: Type.Record(Type.String(), Type.Unknown()),
    /** An earlier line's `id`: import maps it to the id that article got. */
    nearDupOf: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    signature: Nullable(Type.String()),
    layers: Type.Array(DumpLayer),
  },
  { additionalProperties: false }
);
export type DumpArticle = Static<typeof DumpArticle>;

export const DumpFeed = Type.Object(
  {
    kind: Type.Literal('feed'),
    url: Type.String({ minLength: 1 }),
    title: Nullable(Type.String()),
    etag: Nullable(Type.String()),
    lastModified: Nullable(Type.String()),
    lastPolled: Nullable(Type.String()),
    lastError: Nullable(Type.String()),
    /** Seen items, by guid. */
    items: Type.Array(Type.Object({ guid: Type.String(), url: Nullable(Type.String()) }, { additionalProperties: false })),
  },
  { additionalProperties: false }
);
export type DumpFeed = Static<typeof DumpFeed>;

/** What `wiretrace import` reports. */
export const ImportReport = Type.Object(
  {
    articles: Type.Integer({ description: 'article lines read' }),
    created: Type.Integer({ description: 'articles written (the rest were already stored: same hash or URL)' }),
    layers: Type.Integer(),
    feeds: Type.Integer(),
    feedItems: Type.Integer({ description: 'feed items newly recorded' }),
  },
  { additionalProperties: false }
);
export type ImportReport = Static<typeof ImportReport>;
