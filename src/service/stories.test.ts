import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWiretraceError } from '../errors.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { ingestExamples } from './examples.js';
import { ingestText } from './ingest.js';
import { deleteArticle, exportStories, getEntity, getStory, getTrackedEvent, listStories, relink } from './stories.js';
import { formatStory, formatStoryList } from './story-views.js';

const P = 'service/stories:';

async function examplesStore(): Promise<Store> {
  const store = await openStore(':memory:');
  const outcomes = await ingestExamples(store);
  assert.ok(outcomes.every((o) => o.ok), JSON.stringify(outcomes.filter((o) => !o.ok)));
  return store;
}

const coded = (code: string) => (e: unknown) => isWiretraceError(e) && e.code === code;

test(`${P} ingest links each report as it arrives: the examples form their stories`, async () => {
  const store = await examplesStore();
  const page = await listStories(store);
  const sizes = page.items.map((s) => s.articles.length).sort((a, b) => b - a);
  assert.deepEqual(sizes, [6, 5, 1, 1], 'the visit (6), the cocoa talks (5) and two single reports');
  const visit = page.items.find((s) => s.articles.length === 6)!;
  assert.ok(visit.events.length > 0 && visit.events[0]!.status !== null, 'the visit has a tracked event with a status');
  const story = await getStory(store, visit.id);
  const main = story.events.find((e) => e.id === visit.events[0]!.id)!;
  assert.ok(main.timeline.length >= 4, 'a status history with a step per report');
  for (const step of main.timeline) {
    assert.ok(step.evidence.text.trim().length > 0, 'every step cites its evidence sentence');
    assert.ok(step.source.chain.length >= 1, 'every step names who asserted it');
  }
  assert.ok(story.findings.length > 0, 'drift is found between reports');
  // The summary carries what the story list draws and filters by: each event's steps, the top entities.
  assert.deepEqual(visit.events[0]!.steps, main.timeline.map((s) => ({ date: s.date, status: s.status })));
  assert.ok(visit.entities.length > 0 && visit.entities.length <= 12);
  const counts = visit.entities.map((e) => e.reports);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most reported first');
  for (const e of visit.entities) assert.ok(story.entities.some((x) => x.key === e.key && x.name === e.name), e.key);
  assert.match(formatStoryList(page.items), /reports 1, 2, 3, 4, 5, 6/);
  assert.match(formatStory(story), /Status history[\s\S]*Claims by source[\s\S]*Drift and contradictions/);
  await store.close();
});

test(`${P} relink rebuilds the same stories, ids included`, async () => {
  const store = await examplesStore();
  const before = JSON.stringify(await listStories(store));
  const details = JSON.stringify(await getStory(store, 1));
  const r = await relink(store);
  assert.deepEqual(r, { reports: 13, stories: 4 });
  assert.equal(JSON.stringify(await listStories(store)), before);
  assert.equal(JSON.stringify(await getStory(store, 1)), details);
  await store.close();
});

test(`${P} deleting a report rebuilds its story without it; unknown ids are E_NOT_FOUND`, async () => {
  const store = await examplesStore();
  const visit = (await listStories(store)).items.find((s) => s.articles.length === 6)!;
  const gone = visit.articles[3]!;
  const r = await deleteArticle(store, gone);
  assert.equal(r.story, visit.id);
  const after = await getStory(store, visit.id);
  assert.equal(after.articles.length, 5);
  assert.ok(!after.events.some((e) => e.timeline.some((s) => s.article === gone)), 'no step cites the deleted report');
  await assert.rejects(deleteArticle(store, gone), coded('E_NOT_FOUND'));
  await assert.rejects(getStory(store, 999), coded('E_NOT_FOUND'));
  await assert.rejects(getTrackedEvent(store, '999.1'), coded('E_NOT_FOUND'));
  await assert.rejects(getTrackedEvent(store, 'nonsense'), coded('E_NOT_FOUND'));
  await assert.rejects(getEntity(store, 'per:nobody-at-all'), coded('E_NOT_FOUND'));
  await store.close();
});

test(`${P} tracked events answer "status as of"; entities list their stories; export is one story a line`, async () => {
  const store = await examplesStore();
  const visit = (await listStories(store)).items.find((s) => s.articles.length === 6)!;
  const id = visit.events[0]!.id;
  const before = await getTrackedEvent(store, id, '2025-03-01');
  assert.equal(before.statusAsOf.status, null, 'nothing was reported before the first report');
  const early = await getTrackedEvent(store, id, '2025-03-02');
  assert.ok(early.statusAsOf.status !== null);
  const person = (await getStory(store, visit.id)).entities.find((e) => e.type === 'PER')!;
  const entity = await getEntity(store, person.key);
  assert.ok(entity.stories.some((s) => s.id === visit.id));
  const lines: string[] = [];
  for await (const l of exportStories(store)) lines.push(l);
  assert.equal(lines.length, 4);
  assert.equal((JSON.parse(lines[0]!) as { id: number }).id > 0, true);
  await store.close();
});

test(`${P} a report with no date, no entities or in another language links without error`, async () => {
  const store = await openStore(':memory:');
  const cases = [
    { text: 'Untitled note\n\nsomething happened somewhere, nobody knows when.', opts: {} },
    { text: 'Le Havre à l’arrêt\n\nLes dockers du Havre ont cessé le travail mardi, a annoncé la CGT.', opts: { published: '2025-09-23' } },
    { text: 'Short\n\nok.', opts: { published: '2025-01-01' } },
  ];
  for (const c of cases) {
    const r = await ingestText(store, c.text, c.opts);
    assert.equal(r.created, true);
  }
  assert.equal((await listStories(store)).total, 3);
  await store.close();
});
