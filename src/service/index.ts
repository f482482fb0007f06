/** The service layer: what the CLI, the HTTP server and library users call. */
export * from './ingest.js';
export * from './articles.js';
export { parseInput, parseHtmlArticle, parseArticleText, parseRaw, validatePublished, type InputFormat, type ParsedArticle, type ParseOptions } from './parse.js';
export { contentHash, normaliseForHash as normalizeForHash } from '../ingest/dedupe/content-hash.js';
export { loadConfig, resolveToken, parseByteSize, parsePort, DEFAULT_MAX_INPUT_BYTES, DEFAULT_PORT, DEFAULT_HOST, type WiretraceConfig } from './config.js';
export { toSummary, toDetail, toSearchResponse } from './views.js';
export { resolveStorePath, lazyStore, type LazyStore } from './open.js';
