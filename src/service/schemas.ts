/**
 * The service's request and response shapes: one TypeBox source that gives the TypeScript types the
 * service returns, the CLI's --json output (docs/cli-json.md), and the HTTP routes' validators and
 * OpenAPI document (GET /openapi.json). The service owns them; src/web imports them from here.
 *
 * Offsets in layers and in `highlights` are [start, end) UTF-16 code units, as JavaScript indexes strings.
 * The UI must render article text and snippets as text nodes (never innerHTML): the server sends plain text.
 */
import { Type, type Static } from '@sinclair/typebox';
import { LayerSchemas } from '../doc/layers.js';
import { Span } from '../doc/span.js';
import { ERROR_CODES, type ErrorCode } from '../errors.js';

/** Version of these shapes, reported by GET /api/health and the OpenAPI document. */
export const API_VERSION = '0.1.0';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.Unsafe<ErrorCode>({ type: 'string', enum: Object.keys(ERROR_CODES), description: 'stable error code (src/errors.ts; statuses in docs/http.md)' }),
      message: Type.String(),
    }),
  },
  { description: 'error: a stable code (src/errors.ts) and a message for people' },
);
export type ErrorResponse = Static<typeof ErrorResponse>;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

/** What a list or search row shows: metadata without the text or layers. */
export const ArticleSummary = Type.Object(
  {
    id: Type.Integer(),
    url: Nullable(Type.String()),
    canonicalUrl: Nullable(Type.String()),
    outlet: Nullable(Type.String()),
    title: Nullable(Type.String()),
    byline: Type.Array(Type.String()),
    published: Nullable(Type.String({ description: 'ISO 8601 date or datetime; null when unknown (never guessed)' })),
    modified: Nullable(Type.String()),
    fetched: Nullable(Type.String({ description: 'when wiretrace fetched the URL (ISO datetime); null for files' })),
    language: Nullable(Type.String()),
    nearDupOf: Type.Union([Type.Integer(), Type.Null()], {
      description: 'id of the earlier article this one near-duplicates (wire copy), or null',
    }),
    createdAt: Type.String({ description: 'when the article was stored (ISO datetime)' }),
    textLength: Type.Integer({ description: 'length of the text in UTF-16 code units' }),
  }
);
export type ArticleSummary = Static<typeof ArticleSummary>;

/** Which annotator (and version) produced a stored layer, and when it was stored. */
export const StoredProvenance = Type.Object({
  annotator: Type.String(),
  version: Type.String(),
  createdAt: Type.String(),
});
export type StoredProvenance = Static<typeof StoredProvenance>;

/**
 * Every layer by name, each typed by the record schema its annotator declares (src/doc/layers.ts);
 * an article holds the layers its pipeline produced, so each one is optional.
 */
const AllLayers = Type.Object(LayerSchemas);
export const StoredLayers = Type.Partial(AllLayers);
export type StoredLayers = Static<typeof StoredLayers>;

/** provenance[name] for each layer in `layers`. */
export const StoredLayerProvenance = Type.Partial(Type.Mapped(Type.KeyOf(AllLayers), () => StoredProvenance));
export type StoredLayerProvenance = Static<typeof StoredLayerProvenance>;

/**
 * One article with everything stored about it. `layers` and `provenance` mirror the Doc shape that
 * `wiretrace annotate --json` prints, so one renderer serves both: layers[name] is the record array
 * of that layer, provenance[name] says who made it.
 */
export const ArticleDetail = Type.Composite(
  [
    ArticleSummary,
    Type.Object({
      text: Type.String(),
      image: Nullable(Type.String()),
      imageCredit: Nullable(Type.String()),
      contentHash: Type.String(),
      meta: Type.Record(Type.String(), Type.Unknown()),
      layers: StoredLayers,
      provenance: StoredLayerProvenance,
    }),
  ]
);
export type ArticleDetail = Static<typeof ArticleDetail>;

export const Paging = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type Paging = Static<typeof Paging>;

export const ArticleList = Type.Object(
  {
    items: Type.Array(ArticleSummary),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  }
);
export type ArticleList = Static<typeof ArticleList>;

export const ArticleParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
});
export type ArticleParams = Static<typeof ArticleParams>;

export const ArticleQuery = Type.Object({
  layers: Type.Optional(
    Type.String({
      maxLength: 1000,
      description: 'comma-separated layer names to include (e.g. "sentences,entities,claims"); empty: none; absent: every stored layer',
    }),
  ),
});
export type ArticleQuery = Static<typeof ArticleQuery>;

/** What a search is narrowed to besides its words (the story list's filters that apply to a report); blank means no filter. */
export const SearchFilters = Type.Object({
  from: Type.Optional(Type.String({ maxLength: 10, pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', description: 'published on or after this day (YYYY-MM-DD, the day the report names); undated reports are left out' })),
  to: Type.Optional(Type.String({ maxLength: 10, pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', description: 'published on or before this day (YYYY-MM-DD); undated reports are left out' })),
  outlet: Type.Optional(Type.String({ maxLength: 200, description: "the outlet's name, without regard to case" })),
  language: Type.Optional(Type.String({ maxLength: 35, description: 'a language tag; "en" also takes "en-GB"' })),
  entity: Type.Optional(Type.String({ maxLength: 300, description: 'a global entity key (as in /api/entities/{key}): reports in a story about it' })),
});
export type SearchFilters = Static<typeof SearchFilters>;

export const SearchQuery = Type.Composite([
  Type.Object({ q: Type.String({ minLength: 1, maxLength: 500, description: 'words or "quoted phrases"; a trailing * matches a prefix; OR between words or (groups)' }) }),
  SearchFilters,
  Paging,
]);
export type SearchQuery = Static<typeof SearchQuery>;

/** A search hit: `snippet` is plain text; `highlights` are [start, end) ranges within the snippet. */
export const SearchHit = Type.Object({
  article: ArticleSummary,
  snippet: Type.String(),
  highlights: Type.Array(Span),
  score: Type.Number({ description: 'higher is better' }),
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResponse = Type.Object(
  {
    query: Type.String(),
    /** The filters applied: trimmed, the language lower-cased, blank ones left out. */
    filter: SearchFilters,
    items: Type.Array(SearchHit),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  }
);
export type SearchResponse = Static<typeof SearchResponse>;

/** Exactly one of text, html, url. `text` is the plain-text article form (title line, byline, body). */
export const IngestRequest = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1 })),
    html: Type.Optional(Type.String({ minLength: 1 })),
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 4096 })),
    published: Type.Optional(Type.String({ description: 'ISO 8601 date or datetime' })),
    outlet: Type.Optional(Type.String({ maxLength: 200 })),
    title: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type IngestRequest = Static<typeof IngestRequest>;

export const IngestResponse = Type.Object(
  {
    id: Type.Integer(),
    created: Type.Boolean({ description: 'false when the same content or canonical URL was already stored' }),
    article: ArticleSummary,
  }
);
export type IngestResponse = Static<typeof IngestResponse>;

export const Health = Type.Object(
  {
    status: Type.Literal('ok'),
    version: Type.String(),
    articles: Type.Integer(),
  }
);
export type Health = Static<typeof Health>;

/** GET /healthz: the process is up and answering (nothing else is checked). */
export const Liveness = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false });
export type Liveness = Static<typeof Liveness>;

/** GET /readyz: the store answered a query within the deadline. */
export const Readiness = Type.Object(
  {
    status: Type.Literal('ready'),
    engine: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
    /** Applied schema migrations (a store that answers but is not migrated is not ready). */
    migrations: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false }
);
export type Readiness = Static<typeof Readiness>;
