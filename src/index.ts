/**
 * The wiretrace library API. The CLI and the HTTP server are thin layers over these functions.
 *
 * ```ts
 * import { annotate, openStore, ingestFile, getArticle, searchArticles } from 'wiretrace';
 *
 * const doc = annotate('Kremlin spokesman Dmitry Peskov said on Monday …', { published: '2024-01-22' });
 * doc.layers.sentences; // [start, end) offsets into doc.text
 *
 * const store = await openStore('./data/wiretrace.db'); // creates the file and schema on first use
 * const { id, created } = await ingestFile(store, 'report.txt', { outlet: 'CTV News', published: '2024-01-21' });
 * (await getArticle(store, id)).layers.sentences;        // stored layers, with provenance
 * (await searchArticles(store, 'Pyongyang visit')).items; // full-text search with plain-text snippets
 * await store.close();
 * ```
 *
 * Every failure a caller should handle is a `WiretraceError` with a stable `code` (see ERROR_CODES).
 */

// ---- annotation ----
export { annotate, defaultPipeline, DEFAULT_ANNOTATORS } from './annotate/default-pipeline.js';
export { annotators, type AnnotatorEntry } from './annotate/registry.js';
export { buildPipeline, type Pipeline } from './doc/pipeline.js';
export { createDoc, withLayers, layer, type Doc, type LayerProvenance } from './doc/doc.js';
export type { Annotator, AnyAnnotator } from './doc/annotator.js';
export { LayerSchemas, LAYER_NAMES, isLayerName, type LayerMap, type LayerName } from './doc/layers.js';
export { DocMeta } from './doc/meta.js';
export { Span, spanText, overlaps, contains } from './doc/span.js';

// ---- errors ----
export { WiretraceError, isWiretraceError, ERROR_CODES, type ErrorCode } from './errors.js';

// ---- parsing articles (no store) ----
export { parsePlainTextArticle, type PlainTextArticle, type PlainTextOptions } from './ingest/plaintext.js';
export { parseDate } from './ingest/dates.js';
export {
  parseInput,
  parseHtmlArticle,
  parseArticleText,
  parseRaw,
  validatePublished,
  type InputFormat,
  type ParsedArticle,
  type ParseOptions,
} from './service/parse.js';

// ---- store ----
export { openStore, resolveDbPath, DEFAULT_DB_PATH } from './store/index.js';
export type {
  Store,
  StoreEngine,
  FeedStore,
  Feed,
  FeedPollUpdate,
  NewArticle,
  StoredArticle,
  LayerWrite,
  StoredLayer,
  InsertResult,
  Page,
  PageRequest,
  SearchHit,
  SearchPage,
  SignatureRow,
  AppliedMigration,
  Migration,
  StoreModule,
  OpenStoreOptions,
} from './store/types.js';

// ---- ingest and query service ----
export {
  ingestText,
  ingestHtml,
  ingestFile,
  ingestPath,
  ingestStdin,
  ingestUrl,
  ingestInput,
  storeParsed,
  type IngestOptions,
  type IngestPathOptions,
  type IngestResult,
  type IngestOutcome,
  type IngestFailure,
  type StoreRef,
} from './service/ingest.js';
export { getArticle, listArticles, searchArticles } from './service/articles.js';
export { contentHash, normaliseForHash as normalizeForHash } from './ingest/dedupe/content-hash.js';
export { loadConfig, resolveToken, DEFAULT_MAX_INPUT_BYTES, type WiretraceConfig } from './service/config.js';

// ---- HTTP ----
export { buildServer, CONTENT_SECURITY_POLICY, type ServerOptions } from './web/http/server.js';
export type {
  ArticleSummary,
  ArticleDetail,
  ArticleList,
  SearchResponse,
  IngestRequest,
  IngestResponse,
  ErrorResponse,
  Health,
} from './service/schemas.js';
