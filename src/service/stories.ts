/**
 * Stories in the service: linking a stored report into the stories, relinking everything after a
 * model or rule change, deleting a report, and the reads the CLI and HTTP API serve (story list, one
 * story, one tracked event, one global entity, a JSON Lines export).
 */
import type { Doc } from '../doc/doc.js';
import { WiretraceError } from '../errors.js';
import { digestReport, type ReportDigest, type ReportMeta } from '../link/digest.js';
import { linkReport, unlinkReport, type LinkOutcome } from '../link/link-report.js';
import type { StoryState } from '../link/state.js';
import { StoreLinkState } from '../link/store-state.js';
import type { Story, StoryEntity } from '../link/schema.js';
import { statusAsOf } from '../link/status.js';
import type { PageRequest, Store } from '../store/types.js';
import { reportMetaOf, storedDoc } from '../store/derived-digest.js';
import { summarizeStory } from './story-views.js';
import type { EntityDetail, StoryList, TrackedEventDetail } from './story-schemas.js';
import { appendAll } from '../util/arrays.js';
import { withDistinctLabels } from './event-labels.js';

/** A stored article as a Doc: its frozen text with the stored layers, as the annotators left them. */
export { storedDoc };

/** Links an annotated article, just stored under `article.id`, into the stories in one transaction. */
export async function linkDoc(store: Store, meta: ReportMeta, doc: Doc): Promise<LinkOutcome> {
  return linkDigest(store, digestReport(meta, doc));
}

/** Links a stored report by its digest (made by an annotation worker, re-keyed to the stored id). */
export async function linkDigest(store: Store, digest: ReportDigest): Promise<LinkOutcome> {
  return store.transaction(async (tx) => {
    // one link at a time per database: two workers must not rewrite one story at once
    await tx.lock('stories');
    return linkReport(new StoreLinkState(tx), digest);
  });
}

/** Links one stored article into the stories from its stored layers. Idempotent. */
export async function linkArticle(store: Store, id: number): Promise<LinkOutcome> {
  const article = await store.getArticle(id);
  if (!article) throw new WiretraceError('E_NOT_FOUND', `no article with id ${id}`);
  return linkDoc(store, reportMetaOf(article), storedDoc(article, await store.getLayers(id)));
}

export interface RelinkResult {
  readonly reports: number;
  readonly stories: number;
}

/**
 * Rebuilds every story from the stored layers, in arrival order (article id), so the result is the
 * same as linking each report as it came, and the same on every run.
 */
export async function relink(store: Store, onReport?: (done: number) => void): Promise<RelinkResult> {
  await store.clearStories();
  let after = 0;
  let done = 0;
  for (;;) {
    const ids = await store.listArticleIds(after, 500);
    if (!ids.length) break;
    for (const id of ids) {
      await linkArticle(store, id);
      done++;
      onReport?.(done);
    }
    after = ids[ids.length - 1]!;
  }
  return { reports: done, stories: (await store.listStories({ limit: 1 })).total };
}

/** Deletes a report: its story and status history are rebuilt without it, then the article goes. */
export async function deleteArticle(store: Store, id: number): Promise<{ readonly deleted: boolean; readonly story: number | null }> {
  return store.transaction(async (tx) => {
    await tx.lock('stories');
    const story = await unlinkReport(new StoreLinkState(tx), id);
    const deleted = await tx.deleteArticle(id);
    if (!deleted) throw new WiretraceError('E_NOT_FOUND', `no article with id ${id}`);
    return { deleted, story };
  });
}

function stateOf(row: { state: unknown }): StoryState {
  return row.state as StoryState;
}

export interface StoryListOptions extends PageRequest {
  /** Status as of this day (YYYY-MM-DD); default: now. */
  readonly asOf?: string | null;
}

export async function listStories(store: Store, opts: StoryListOptions = {}): Promise<StoryList> {
  const page = await store.listStories(opts);
  return { total: page.total, limit: page.limit, offset: page.offset, items: page.items.map((r) => summarizeStory(stateOf(r).story, opts.asOf ?? null)) };
}

export async function getStory(store: Store, id: number): Promise<Story> {
  const row = await store.getStory(id);
  if (!row) throw new WiretraceError('E_NOT_FOUND', `no story with id ${id}`);
  const story = stateOf(row).story;
  return { ...story, events: withDistinctLabels(story.events) };
}

/** Tracked event ids are "<story>.<n>": the story is read, not searched for. */
export async function getTrackedEvent(store: Store, id: string, asOf: string | null = null): Promise<TrackedEventDetail> {
  const m = /^(\d+)\.\d+$/.exec(id);
  const story = m ? await store.getStory(Number(m[1])) : null;
  const event = story ? withDistinctLabels(stateOf(story).story.events).find((e) => e.id === id) : undefined;
  if (!story || !event) throw new WiretraceError('E_NOT_FOUND', `no tracked event with id ${id}`);
  const step = statusAsOf(event.timeline, asOf);
  return { ...event, storyTitle: story.title, statusAsOf: { day: asOf, status: step?.status ?? null, step: step?.id ?? null } };
}

/** One global entity across stories: names, roles over time, and what it said and did. */
export async function getEntity(store: Store, key: string, page: PageRequest = {}): Promise<EntityDetail> {
  const rows = await store.storiesWithKey(key, page);
  if (!rows.items.length) throw new WiretraceError('E_NOT_FOUND', `no entity with key ${key}`);
  const aliases = new Set<string>();
  const roles: Array<StoryEntity['roles'][number]> = [];
  let name = key;
  let type = '';
  const stories: Array<EntityDetail['stories'][number]> = [];
  for (const row of rows.items) {
    const story = stateOf(row).story;
    const e = story.entities.find((x) => x.key === key);
    if (e) {
      if (name === key || e.name.length > name.length) name = e.name;
      type = e.type;
      for (const a of e.aliases) aliases.add(a);
      appendAll(roles, e.roles);
    }
    stories.push({
      id: story.id,
      title: story.title,
      lastDate: story.lastDate,
      events: withDistinctLabels(story.events).filter((t) => t.participants.includes(key)).map((t) => ({ id: t.id, label: t.label, status: t.status })),
      claims: story.claims
        .filter((c) => c.source === key)
        .flatMap((c) => c.versions.map((v) => ({ id: v.id, event: c.event, text: v.text, article: v.article, published: v.published }))),
    });
  }
  aliases.delete(name);
  roles.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return { key, name, type, aliases: [...aliases].sort(), roles, stories };
}

/** Every story as one JSON line (for export), oldest id first. */
export async function* exportStories(store: Store): AsyncGenerator<string> {
  for (let offset = 0; ; offset += 200) {
    const page = await store.listStories({ limit: 200, offset });
    for (const r of page.items) yield JSON.stringify(stateOf(r).story);
    if (offset + page.items.length >= page.total) break;
  }
}
