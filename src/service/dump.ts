/**
 * `wiretrace export` and `wiretrace import`: a store as JSON Lines (format in ./dump-schemas.ts), so
 * a SQLite store can move to PostgreSQL and back. Export walks articles by id in pages, so memory
 * stays flat however large the store; import writes each article with its layers in one transaction
 * (the store's idempotent insert), so an interrupted import can simply be run again.
 */
import { Value } from '@sinclair/typebox/value';
import { WiretraceError } from '../errors.js';
import type { Store } from '../store/types.js';
import { canonicalJson } from '../util/canonical-json.js';
import { DUMP_FORMAT, DUMP_VERSION, DumpArticle, DumpFeed, DumpHeader, type ImportReport } from './dump-schemas.js';

/** Articles read per page while exporting. */
const EXPORT_PAGE = 200;

/** The dump's lines (each a JSON object with sorted keys, without its newline), header first. */
export async function* exportStore(store: Store): AsyncGenerator<string> {
  const header: DumpHeader = { kind: 'header', format: DUMP_FORMAT, version: DUMP_VERSION };
  yield canonicalJson(header);
  for (let after = 0; ; ) {
    const ids = await store.listArticleIds(after, EXPORT_PAGE);
    if (ids.length === 0) break;
    for (const id of ids) {
      const a = await store.getArticle(id);
      if (!a) continue; // deleted while exporting
      const layers = await store.getLayers(id);
      const line: DumpArticle = {
        kind: 'article',
        id: a.id,
        url: a.url,
        canonicalUrl: a.canonicalUrl,
        contentHash: a.contentHash,
        outlet: a.outlet,
        title: a.title,
        byline: [...a.byline],
        published: a.published,
        modified: a.modified,
        fetched: a.fetched,
        language: a.language,
        image: a.image,
        imageCredit: a.imageCredit,
        text: a.text,
        meta: { ...a.meta },
        nearDupOf: a.nearDupOf,
        signature: a.signature,
        layers: layers.map((l) => ({ name: l.name, annotator: l.annotator, version: l.version, data: [...l.data] })),
      };
      yield canonicalJson(line);
    }
    after = ids[ids.length - 1]!;
  }
  for (const f of await store.listFeeds()) {
    const items = await store.listFeedItems(f.id);
    const line: DumpFeed = {
      kind: 'feed',
      url: f.url,
      title: f.title,
      etag: f.etag,
      lastModified: f.lastModified,
      lastPolled: f.lastPolled,
      lastError: f.lastError,
      items: items.map((i) => ({ guid: i.guid, url: i.url })),
    };
    yield canonicalJson(line);
  }
}

function invalid(lineNo: number, why: string): WiretraceError {
  return new WiretraceError('E_INPUT_FORMAT', `dump line ${lineNo}: ${why}`);
}

function parseLine(text: string, lineNo: number): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalid(lineNo, `not JSON (${(err as Error).message})`);
  }
}

function firstError(schema: Parameters<typeof Value.Errors>[0], value: unknown): string {
  const e = Value.Errors(schema, value).First();
  return e ? `${e.path || '/'} ${e.message}` : 'does not match the dump format';
}

/**
 * Reads a dump into the store. Articles already stored (same content hash, canonical URL or URL) are
 * kept as they are and their dump ids are mapped to the stored ones, so importing twice, or into a
 * store that shares articles with the dump, writes nothing twice. E_INPUT_FORMAT names the bad line.
 */
export async function importDump(store: Store, lines: AsyncIterable<string> | Iterable<string>): Promise<ImportReport> {
  const report = { articles: 0, created: 0, layers: 0, feeds: 0, feedItems: 0 };
  /** Dump id → id in this store, for near-duplicate links. */
  const ids = new Map<number, number>();
  let lineNo = 0;
  let headerSeen = false;
  for await (const raw of lines) {
    lineNo++;
    const text = raw.trim();
    if (text === '') continue;
    const value = parseLine(text, lineNo);
    if (!headerSeen) {
      if (!Value.Check(DumpHeader, value)) throw invalid(lineNo, `expected the header {"kind":"header","format":"${DUMP_FORMAT}","version":${DUMP_VERSION}}: ${firstError(DumpHeader, value)}`);
      headerSeen = true;
      continue;
    }
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (kind === 'article') {
      if (!Value.Check(DumpArticle, value)) throw invalid(lineNo, firstError(DumpArticle, value));
      const { kind: _k, id, layers, nearDupOf, ...fields } = value;
      if (ids.has(id)) throw invalid(lineNo, `article id ${id} appears twice`);
      let dupOf: number | null = null;
      if (nearDupOf !== null) {
        dupOf = ids.get(nearDupOf) ?? null;
        if (dupOf === null) throw invalid(lineNo, `nearDupOf ${nearDupOf} names no earlier article`);
      }
      const r = await store.insertArticle({ ...fields, nearDupOf: dupOf }, layers);
      ids.set(id, r.id);
      report.articles++;
      if (r.created) {
        report.created++;
        report.layers += layers.length;
      }
    } else if (kind === 'feed') {
      if (!Value.Check(DumpFeed, value)) throw invalid(lineNo, firstError(DumpFeed, value));
      const { id } = await store.addFeed(value.url, value.title);
      if (value.lastPolled !== null) {
        await store.updateFeedPoll(id, { title: value.title, etag: value.etag, lastModified: value.lastModified, lastPolled: value.lastPolled, lastError: value.lastError });
      }
      for (const item of value.items) if (await store.addFeedItem(id, item.guid, item.url)) report.feedItems++;
      report.feeds++;
    } else if (kind === 'header') {
      throw invalid(lineNo, 'a second header (two dumps joined?)');
    } else {
      throw invalid(lineNo, `unknown kind ${JSON.stringify(kind)}`);
    }
  }
  if (!headerSeen) throw new WiretraceError('E_INPUT_EMPTY', 'the dump is empty (no header line)');
  return report;
}
