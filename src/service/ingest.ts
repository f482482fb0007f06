/**
 * Ingest: input -> guards -> parse -> annotate (default pipeline) -> one store transaction.
 * Every guard runs before the store is opened, so refused input leaves the database unchanged.
 * Idempotent: content already stored (same normalised-text hash, canonical URL or URL) is not
 * annotated or written again; the existing id comes back with created: false. The near-duplicate
 * lookup and the insert share one transaction, so concurrent workers agree on the first-seen copy.
 */
import { stat } from 'node:fs/promises';
import { createDoc } from '../doc/doc.js';
import type { Pipeline } from '../doc/pipeline.js';
import type { Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/layers.js';
import { WiretraceError, isWiretraceError, type ErrorCode } from '../errors.js';
import { canonicalUrl as canonicalize, insertWithNearDup, minhashSignature } from '../ingest/dedupe/index.js';
import { safeFetch } from '../ingest/fetch/fetcher.js';
import type { InsertResult, LayerWrite, NewArticle, Store } from '../store/types.js';
import { contentHash } from '../ingest/dedupe/content-hash.js';
import type { Annotated, AnnotateFn } from './annotation.js';
import { withArticleId } from '../link/digest.js';
import { linkDigest, linkDoc } from './stories.js';
import { decodeText, maxBytesOf, type GuardOptions } from '../ingest/input-guard.js';
import { fileKind, listIngestable, readFileGuarded, readStreamGuarded, sniffHtml } from './input.js';
import { parseHtmlArticle, parseInput, validatePublished, type InputFormat, type ParsedArticle, type ParseOptions } from './parse.js';

export interface IngestOptions extends ParseOptions {
  /** Lets URL ingest reach loopback and private addresses (local use, tests). */
  readonly allowPrivate?: boolean;
  /** Input form; default: by file extension, else sniffed (HTML vs the plain-text article form). */
  readonly format?: InputFormat;
  /** The annotators to run, in this thread; default: by the report's language (languagePlan), every layer for English. */
  readonly pipeline?: Pipeline;
  /**
   * Where the default pipeline runs when no `pipeline` is given: the HTTP server passes its worker pool
   * (service/annotation-pool.ts); default: in this thread.
   */
  readonly annotate?: AnnotateFn;
}

export interface IngestResult {
  /** The input as given (path, URL, "stdin", "text"). */
  readonly input: string;
  readonly id: number;
  readonly created: boolean;
  readonly matchedBy?: InsertResult['matchedBy'];
  /** For a new article: the first-seen article whose text it near-duplicates (a wire copy). */
  readonly nearDupOf?: number;
  readonly title: string | null;
}

export interface IngestFailure {
  readonly input: string;
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/**
 * A store, or a function that opens one. Commands pass a function so the database is only opened
 * (and, on first use, created) once an input has passed its guards: refused input touches nothing.
 */
export type StoreRef = Store | (() => Promise<Store>);

function storeOf(ref: StoreRef): Promise<Store> {
  return typeof ref === 'function' ? ref() : Promise.resolve(ref);
}

export type IngestOutcome = ({ readonly ok: true } & IngestResult) | ({ readonly ok: false } & IngestFailure);

/** Annotates a parsed article and stores it with every layer, unless its content is already stored. */
export async function storeParsed(
  ref: StoreRef,
  parsed: ParsedArticle,
  input: string,
  fetched: string | null = null,
  how: Pick<IngestOptions, 'pipeline' | 'annotate'> = {},
): Promise<IngestResult> {
  const store = await storeOf(ref);
  const hash = contentHash(parsed.text);
  // the page's declared canonical URL, else the URL it came from, in canonical form (no utm_*, #, ...)
  const rawUrl = parsed.meta.canonicalUrl ?? parsed.meta.url ?? null;
  const canonicalUrl = rawUrl ? (canonicalize(rawUrl) ?? rawUrl) : null;
  const existing = (await store.findByContentHash(hash)) ?? (canonicalUrl ? await sameCanonical(store, canonicalUrl) : null);
  if (existing) {
    const matchedBy = existing.contentHash === hash ? 'content_hash' : 'canonical_url';
    return { input, id: existing.id, created: false, matchedBy, title: existing.title };
  }
  // the report's language decides which annotators run (English models only run on English). On the server
  // the annotation pool plans, annotates and digests off the main thread (annotate-worker.ts); here otherwise,
  // with the planner and the language detector loaded on first use, so listing, searching and serving never
  // load them.
  let annotated: Annotated;
  if (how.annotate && !how.pipeline) annotated = await how.annotate(parsed.text, parsed.meta);
  else {
    const { planFor } = await import('../annotate/default-pipeline.js');
    const languagePlan = planFor(parsed.text, parsed.meta, { declared: true });
    // a caller's own pipeline decides the layers itself, so the plan's withheld list does not apply
    const { withheld: _notApplicable, ...detected } = languagePlan.meta;
    const plan = how.pipeline ? { pipeline: how.pipeline, meta: detected } : languagePlan;
    annotated = { doc: plan.pipeline.run(createDoc(parsed.text, plan.meta)) };
  }
  const { doc, digest } = annotated;
  const planned: ParsedArticle = { ...parsed, meta: { ...doc.meta, published: parsed.meta.published } };
  // Annotation stays outside the store's transaction; the near-duplicate lookup goes inside it.
  const article = { ...toNewArticle(planned, hash, fetched), canonicalUrl };
  const { inserted: r, match } = await insertWithNearDup(store, article, layersOf(doc), minhashSignature(parsed.text));
  // Linking reads only this report and its candidate stories; a failure leaves the article stored and
  // unlinked (wiretrace relink links it), never half-linked: the link writes are one transaction.
  if (r.created) {
    const nearDupOf = match?.firstSeen ?? null;
    // a digest made by an annotation worker only lacks the id (its meta is unkeyedReportMeta of planned.meta)
    if (digest) await linkDigest(store, withArticleId(digest, r.id, nearDupOf));
    else await linkDoc(store, { id: r.id, title: article.title, outlet: article.outlet, published: article.published, language: article.language, nearDupOf }, doc);
  }
  return {
    input,
    id: r.id,
    created: r.created,
    ...(r.matchedBy ? { matchedBy: r.matchedBy } : {}),
    ...(r.created && match ? { nearDupOf: match.firstSeen } : {}),
    title: article.title,
  };
}

/** A plain-text article (the seed's form) given as a string. */
export async function ingestText(store: StoreRef, text: string, opts: IngestOptions = {}): Promise<IngestResult> {
  const format = opts.format ?? (sniffHtml(text) ? 'html' : 'article');
  return storeParsed(store, await parseInput(text, format, { name: 'text', ...opts }), opts.name ?? 'text', null, opts);
}

/** An HTML page given as a string or bytes (bytes keep their declared charset). */
export async function ingestHtml(store: StoreRef, html: string | Uint8Array, opts: IngestOptions = {}): Promise<IngestResult> {
  return storeParsed(store, await parseHtmlArticle(html, { name: 'html', ...opts }), opts.name ?? 'html', null, opts);
}

/** One file: .txt (plain-text article), .html/.htm (and .gz of either). */
export async function ingestFile(store: StoreRef, path: string, opts: IngestOptions = {}): Promise<IngestResult> {
  validatePublished(opts.published);
  const bytes = await readFileGuarded(path, { ...opts, name: path });
  const format = opts.format ?? formatFor(path, bytes);
  return storeParsed(store, await parseInput(bytes, format, { ...opts, name: path }), path, null, opts);
}

/** Reads stdin (or any stream) within the size limit, then ingests it as HTML or a text article. */
export async function ingestStdin(
  store: StoreRef,
  opts: IngestOptions = {},
  stream: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<IngestResult> {
  validatePublished(opts.published);
  const bytes = await readStreamGuarded(stream, { ...opts, name: 'stdin' });
  const format = opts.format ?? (sniffHtml(bytes) ? 'html' : 'article');
  return storeParsed(store, await parseInput(bytes, format, { ...opts, name: 'stdin' }), '-', null, opts);
}

/** Fetches a URL through the SSRF-guarded fetcher and ingests the page. A URL already stored is not refetched. */
export async function ingestUrl(ref: StoreRef, url: string, opts: IngestOptions = {}): Promise<IngestResult> {
  validatePublished(opts.published);
  const store = await storeOf(ref);
  const known = (await store.getArticleByUrl(url)) ?? (await store.getArticleByUrl(canonicalize(url) ?? url));
  if (known) return { input: url, id: known.id, created: false, matchedBy: 'url', title: known.title };
  const res = await safeFetch(url, { allowPrivate: opts.allowPrivate ?? false, maxBytes: maxBytesOf(opts) });
  const fetched = new Date().toISOString();
  const parseOpts: ParseOptions = { ...opts, name: url, url: res.finalUrl, contentType: res.contentType };
  let parsed: ParsedArticle;
  if (res.family === 'html' || opts.format === 'html') parsed = await parseHtmlArticle(res.body, parseOpts);
  else if (res.family === 'text') parsed = await parseInput(decodeText(res.body, parseOpts), opts.format ?? 'article', parseOpts);
  else {
    throw new WiretraceError('E_FETCH_CONTENT_TYPE', `${url} returned ${res.mediaType ?? 'an unknown content type'}, not an article page`);
  }
  const meta = parsed.meta.url ? parsed.meta : { ...parsed.meta, url: res.finalUrl };
  return storeParsed(store, { ...parsed, meta }, url, fetched, opts);
}

export interface IngestPathOptions extends IngestOptions {
  readonly recursive?: boolean;
  /** Called after each file, for progress bars. */
  readonly onProgress?: (done: number, total: number, outcome: IngestOutcome) => void;
}

/**
 * A file or a directory of .txt/.html/.htm/.html.gz files (sorted, so ingest order and ids are stable).
 * One bad file does not stop the rest: each outcome says ok or the error.
 */
export async function ingestPath(store: StoreRef, path: string, opts: IngestPathOptions = {}): Promise<IngestOutcome[]> {
  validatePublished(opts.published);
  const info = await stat(path).catch(() => null);
  if (!info) throw new WiretraceError('E_INPUT_NOT_FOUND', `${path} does not exist`);
  const files = info.isDirectory() ? await listIngestable(path, opts.recursive ?? false) : [path];
  if (info.isDirectory() && files.length === 0) {
    throw new WiretraceError('E_INPUT_NOT_FOUND', `${path} has no .txt, .html, .htm or .html.gz files${opts.recursive ? '' : ' (add --recursive for subdirectories)'}`);
  }
  const outcomes: IngestOutcome[] = [];
  for (const file of files) {
    const outcome = await attempt(file, () => ingestFile(store, file, opts));
    outcomes.push(outcome);
    opts.onProgress?.(outcomes.length, files.length, outcome);
  }
  return outcomes;
}

/** Dispatches on the input: "-" is stdin, http(s):// a URL, a directory its files, else a file. */
export async function ingestInput(store: StoreRef, input: string, opts: IngestPathOptions = {}): Promise<IngestOutcome[]> {
  if (input === '-') return [await attempt('-', () => ingestStdin(store, opts))];
  if (/^https?:\/\//i.test(input)) return [await attempt(input, () => ingestUrl(store, input, opts))];
  return ingestPath(store, input, opts);
}

/** Turns a thrown coded error into a failure record; anything else is a bug and propagates. */
export async function attempt(input: string, run: () => Promise<IngestResult>): Promise<IngestOutcome> {
  try {
    return { ok: true, ...(await run()) };
  } catch (err) {
    if (isWiretraceError(err)) return { ok: false, input, error: { code: err.code, message: err.message } };
    throw err;
  }
}

function formatFor(path: string, bytes: Uint8Array): InputFormat {
  const kind = fileKind(path);
  if (kind === 'html') return 'html';
  if (kind === 'text') return 'article';
  return sniffHtml(bytes) ? 'html' : 'article';
}

async function sameCanonical(store: Store, canonicalUrl: string) {
  const a = await store.getArticleByUrl(canonicalUrl);
  return a && a.canonicalUrl === canonicalUrl ? a : null;
}

export function layersOf(doc: Doc): LayerWrite[] {
  const out: LayerWrite[] = [];
  for (const name of Object.keys(doc.layers) as LayerName[]) {
    const data = doc.layers[name];
    const prov = doc.provenance[name];
    if (!data || !prov) continue;
    out.push({ name, annotator: prov.annotator, version: prov.version, data });
  }
  return out;
}

/** The article's fields; its near-duplicate fields come from insertWithNearDup. */
function toNewArticle(p: ParsedArticle, hash: string, fetched: string | null): Omit<NewArticle, 'nearDupOf' | 'signature'> {
  const m = p.meta;
  const extra: Record<string, unknown> = { ...p.extra };
  if (m.description) extra.description = m.description;
  if (m.readTime) extra.readTime = m.readTime;
  // a report in a language without models for every layer says which layers it lacks, and why
  if (m.withheld) extra.withheld = m.withheld;
  return {
    url: m.url ?? null,
    canonicalUrl: m.canonicalUrl ?? null,
    contentHash: hash,
    outlet: m.outlet ?? null,
    title: m.title ?? null,
    byline: m.byline ?? [],
    published: m.published ?? null,
    modified: m.modified ?? null,
    fetched,
    language: m.language ?? null,
    image: m.image ?? null,
    imageCredit: m.imageCredit ?? null,
    text: p.text,
    meta: extra,
  };
}

export type { GuardOptions };
export { listIngestable };
