/**
 * Story records as people read them: the list of stories with where each stands, and one story with
 * its status history, claims grouped by source with their relay chains, and drift findings. Plain text
 * for terminals; the JSON shapes are the records themselves (docs/cli-json.md).
 */
import { statusAsOf } from '../link/status.js';
import type { Finding, Story, StoryClaim, StoryEntity, TrackedEvent } from '../link/schema.js';
import { windowWords } from './reading-view.js';
import type { StorySummary } from './story-schemas.js';
import { appendAll } from '../util/arrays.js';
import { distinctLabels } from './event-labels.js';

export type { StorySummary } from './story-schemas.js';

/** Tracked events worth a reader's eye: those with a status history, the most reported first. */
export function mainEvents(story: Story): TrackedEvent[] {
  const reports = (e: TrackedEvent): number => new Set(e.members.map((m) => m.article)).size;
  return story.events.filter((e) => e.timeline.length > 0).sort((a, b) => reports(b) - reports(a) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** How many entities a story summary names: enough to filter the story list by who is in it. */
const SUMMARY_ENTITIES = 12;

function topEntities(entities: readonly StoryEntity[], n: number): StorySummary['entities'] {
  return [...entities]
    .sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name, 'en'))
    .slice(0, n)
    .map((e) => ({ key: e.key, name: e.name, type: e.type, reports: e.reports }));
}

export function summarizeStory(story: Story, asOf: string | null = null): StorySummary {
  const labels = new Map(distinctLabels(story.events).map((l, i) => [story.events[i]!.id, l]));
  return {
    id: story.id,
    title: story.title,
    articles: story.articles.map((a) => a.id),
    outlets: [...new Set(story.articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))],
    firstDate: story.firstDate,
    lastDate: story.lastDate,
    events: mainEvents(story).map((e) => {
      const now = statusAsOf(e.timeline, asOf);
      const steps = e.timeline.map((s) => ({ date: s.date, status: s.status }));
      return { id: e.id, label: labels.get(e.id) ?? e.label, status: now?.status ?? null, statusDate: now?.date ?? null, reports: new Set(e.members.map((m) => m.article)).size, steps };
    }),
    findings: story.findings.length,
    entities: topEntities(story.entities, SUMMARY_ENTITIES),
  };
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function formatStoryList(stories: readonly StorySummary[]): string {
  if (!stories.length) return 'no stories yet (ingest reports first: wiretrace ingest PATH)';
  const out: string[] = [];
  for (const s of stories) {
    const span = s.firstDate === s.lastDate ? (s.firstDate ?? 'undated') : `${s.firstDate ?? '?'} – ${s.lastDate ?? '?'}`;
    out.push(`#${s.id}  ${s.title}`);
    out.push(`     ${span} · ${s.articles.length} report${s.articles.length === 1 ? '' : 's'} from ${s.outlets.length} outlet${s.outlets.length === 1 ? '' : 's'} · reports ${s.articles.join(', ')}${s.findings ? ` · ${s.findings} finding${s.findings === 1 ? '' : 's'}` : ''}`);
    for (const e of s.events.slice(0, 3)) out.push(`     ${(e.status ?? '-').padEnd(19)} ${clip(e.label, 60)}${e.statusDate ? ` (since ${e.statusDate})` : ''}`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** A relay as a reader follows it back: "Meridian Wire ← MTA ← Yerlan Temirov" (outlet first). */
const relay = (chain: readonly string[]): string => [...chain].reverse().join(' ← ');

function formatTimeline(e: TrackedEvent): string[] {
  const out = [`  ${e.label}  [${e.type}] — now: ${statusAsOf(e.timeline)?.status ?? 'unknown'}`];
  for (const s of e.timeline) {
    const window = s.time ? windowWords(s.time.window) : null;
    const when = s.time ? ` (“${s.time.text}”${window ? ` → ${window}` : ''})` : '';
    out.push(`    ${s.date ?? 'undated'}  ${s.status.padEnd(19)}${when}  ${s.conflicts.length ? '⚠ conflicts with ' + s.conflicts.length + ' · ' : ''}#${s.article} ${relay(s.source.chain)}`);
    out.push(`        “${clip(oneLine(s.evidence.text), 140)}”`);
  }
  return out;
}

function formatClaims(claims: readonly StoryClaim[]): string[] {
  const bySource = new Map<string, StoryClaim[]>();
  for (const c of claims) {
    const k = c.sourceName ?? 'unattributed';
    const list = bySource.get(k);
    if (list) list.push(c);
    else bySource.set(k, [c]);
  }
  const out: string[] = [];
  for (const [source, list] of [...bySource].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    out.push(`  ${source}`);
    for (const c of list) {
      const first = c.versions[0]!;
      out.push(`    “${clip(oneLine(first.text), 110)}”`);
      for (const v of c.versions) out.push(`        #${v.article} ${v.published?.slice(0, 10) ?? 'undated'}  ${relay(v.source.chain)}${v.relayOf ? '  (relays an earlier report)' : ''}`);
    }
  }
  return out;
}

function formatFindings(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    out.push(`  ${f.severity === 'contradiction' ? '✗' : '~'} ${f.kind}: ${f.summary}`);
    out.push(`        #${f.a.article} “${clip(oneLine(f.a.text), 90)}”`);
    out.push(`        #${f.b.article} “${clip(oneLine(f.b.text), 90)}”`);
  }
  return out;
}

export function formatStory(story: Story): string {
  const out = [`#${story.id}  ${story.title}`, `${story.firstDate ?? '?'} – ${story.lastDate ?? '?'} · ${story.articles.length} reports`, ''];
  const events = mainEvents(story);
  out.push('Status history');
  if (!events.length) out.push('  (no tracked event with a status yet)');
  for (const e of events) appendAll(out, formatTimeline(e)).push('');
  out.push('Claims by source');
  appendAll(out, story.claims.length ? formatClaims(story.claims) : ['  (none)']).push('');
  out.push(`Drift and contradictions (${story.findings.length})`);
  appendAll(out, story.findings.length ? formatFindings(story.findings) : ['  (none found)']).push('');
  out.push('Reports');
  for (const a of [...story.articles].sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id - y.id)) {
    out.push(`  #${a.id} ${a.published?.slice(0, 10) ?? 'undated'}  ${a.outlet ?? '-'}  ${a.title ?? '(untitled)'}${a.copyOf ? `  [copy of #${a.copyOf}]` : ''}`);
  }
  return out.join('\n');
}
