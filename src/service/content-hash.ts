/** The service hashes content with the dedupe module's function: one definition, so stored hashes always agree. */
export { contentHash, normaliseForHash as normalizeForHash } from '../ingest/dedupe/content-hash.js';
