/**
 * Loads the story corpus (docs/story-corpus.md): validates gold.json against the schema in gold.ts, checks
 * that every id it names exists, reads the reports' texts and resolves every quote to offsets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { WiretraceError } from '../../errors.js';
import { StoryCorpusGold, type DriftKind, type GoldStatus, type Quote } from './gold.js';

/** [start, end) in one report's text. */
export interface SpanRef {
  readonly report: string;
  readonly start: number;
  readonly end: number;
}

export interface ResolvedMention extends SpanRef {
  /** `<report>#<index in gold.mentions>`. */
  readonly id: string;
  readonly event: string;
}

export interface ResolvedFinding {
  readonly kind: DriftKind;
  readonly a: SpanRef;
  readonly b: SpanRef;
}

export interface ResolvedStatus {
  readonly event: string;
  readonly report: string;
  readonly status: GoldStatus;
  /** Where the gold's evidence words are, when it gives them and they occur (for `--errors`). */
  readonly evidence?: SpanRef;
}

export interface StoryCorpus {
  readonly gold: StoryCorpusGold;
  /** Report file -> text. */
  readonly texts: ReadonlyMap<string, string>;
  readonly mentions: readonly ResolvedMention[];
  readonly statuses: readonly ResolvedStatus[];
  readonly findings: readonly ResolvedFinding[];
}

function bad(where: string, why: string): WiretraceError {
  return new WiretraceError('E_EVAL_DATA', `story gold ${where}: ${why}`);
}

/** The quote's offsets: its `occurrence`-th match, or its only one. */
export function resolveQuote(texts: ReadonlyMap<string, string>, q: Quote, where: string): SpanRef {
  const text = texts.get(q.report);
  if (text === undefined) throw bad(where, `report "${q.report}" is not in reports`);
  const starts: number[] = [];
  for (let i = text.indexOf(q.quote); i >= 0; i = text.indexOf(q.quote, i + 1)) starts.push(i);
  if (!starts.length) throw bad(where, `quote "${q.quote}" not found in ${q.report}`);
  if (q.occurrence === undefined && starts.length > 1) throw bad(where, `quote "${q.quote}" occurs ${starts.length} times in ${q.report}; say which with "occurrence"`);
  const start = starts[q.occurrence ?? 0];
  if (start === undefined) throw bad(where, `quote "${q.quote}" occurs ${starts.length} times in ${q.report}, so occurrence ${q.occurrence} does not exist`);
  return { report: q.report, start, end: start + q.quote.length };
}

/** Validates parsed gold.json against the schema and its texts; every problem is E_EVAL_DATA naming the record. */
export function checkGold(raw: unknown, texts: ReadonlyMap<string, string>): StoryCorpus {
  if (!Value.Check(StoryCorpusGold, raw)) {
    const errs = [...Value.Errors(StoryCorpusGold, raw)].slice(0, 5).map((e) => `${e.path || '/'}: ${e.message}`);
    throw bad('gold.json', `does not match the schema (src/eval/stories/gold.ts): ${errs.join('; ')}`);
  }
  const gold = raw;
  const unique = (kind: string, ids: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw bad(kind, `id "${id}" is used twice`);
      seen.add(id);
    }
    return seen;
  };
  const stories = unique('stories', gold.stories.map((s) => s.id));
  const reports = unique('reports', gold.reports.map((r) => r.file));
  const events = unique('events', gold.events.map((e) => e.id));
  gold.reports.forEach((r, i) => {
    if (r.file.split('/').includes('..')) throw bad(`reports[${i}]`, `${r.file} leaves the corpus directory`);
    if (!stories.has(r.story)) throw bad(`reports[${i}]`, `story "${r.story}" is not in stories`);
    if (!texts.has(r.file)) throw bad(`reports[${i}]`, `no text for ${r.file}`);
  });
  gold.events.forEach((e, i) => {
    if (!stories.has(e.story)) throw bad(`events[${i}]`, `story "${e.story}" is not in stories`);
  });
  const needEvent = (where: string, id: string): void => {
    if (!events.has(id)) throw bad(where, `event "${id}" is not in events`);
  };
  const needReport = (where: string, file: string): void => {
    if (!reports.has(file)) throw bad(where, `report "${file}" is not in reports`);
  };
  const mentions = gold.mentions.map((m, i): ResolvedMention => {
    const where = `mentions[${i}]`;
    needEvent(where, m.event);
    needReport(where, m.report);
    return { id: `${m.report}#${i}`, event: m.event, ...resolveQuote(texts, m, where) };
  });
  const pairs = new Set<string>();
  const statuses = gold.statuses.map((s, i): ResolvedStatus => {
    const where = `statuses[${i}]`;
    needEvent(where, s.event);
    needReport(where, s.report);
    const key = `${s.event}\u0000${s.report}`;
    if (pairs.has(key)) throw bad(where, `a second status for event "${s.event}" in ${s.report}`);
    pairs.add(key);
    const at = s.evidence !== undefined ? texts.get(s.report)!.indexOf(s.evidence) : -1;
    const evidence = at >= 0 ? { evidence: { report: s.report, start: at, end: at + s.evidence!.length } } : {};
    return { event: s.event, report: s.report, status: s.status, ...evidence };
  });
  const findings = gold.findings.map((f, i): ResolvedFinding => {
    const where = `findings[${i}]`;
    needReport(`${where}.a`, f.a.report);
    needReport(`${where}.b`, f.b.report);
    return { kind: f.kind, a: resolveQuote(texts, f.a, `${where}.a`), b: resolveQuote(texts, f.b, `${where}.b`) };
  });
  return { gold, texts, mentions, statuses, findings };
}

/** Reads <dir>/gold.json and the report files it names. */
export function loadStoryCorpus(dir: string): StoryCorpus {
  const goldPath = join(dir, 'gold.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new WiretraceError('E_EVAL_DATA', missing ? `story gold not found: ${goldPath}` : `${goldPath}: not JSON (${(err as Error).message})`);
  }
  const texts = new Map<string, string>();
  const reports = (raw as { reports?: unknown }).reports;
  if (Array.isArray(reports)) {
    for (const r of reports as { file?: unknown }[]) {
      if (typeof r.file !== 'string' || r.file.split('/').includes('..')) continue; // checkGold reports it
      try {
        texts.set(r.file, readFileSync(join(dir, r.file), 'utf8'));
      } catch {
        // checkGold names the report whose text is missing.
      }
    }
  }
  return checkGold(raw, texts);
}

/** The part of the corpus whose stories are in the split: their reports, events, statuses and findings. */
export function restrictToSplit(c: StoryCorpus, split: 'dev' | 'test'): StoryCorpus {
  return restrictToStories(c, (s) => s.split === split);
}

/** The part of the corpus whose stories `keep` accepts: their reports, events, statuses and findings. */
export function restrictToStories(c: StoryCorpus, keep: (story: StoryCorpusGold['stories'][number]) => boolean): StoryCorpus {
  const stories = new Set(c.gold.stories.filter(keep).map((s) => s.id));
  const reports = new Set(c.gold.reports.filter((r) => stories.has(r.story)).map((r) => r.file));
  const events = new Set(c.gold.events.filter((e) => stories.has(e.story)).map((e) => e.id));
  const inReports = (r: { report: string }): boolean => reports.has(r.report);
  const gold: StoryCorpusGold = {
    ...c.gold,
    stories: c.gold.stories.filter((s) => stories.has(s.id)),
    reports: c.gold.reports.filter((r) => reports.has(r.file)),
    events: c.gold.events.filter((e) => events.has(e.id)),
    mentions: c.gold.mentions.filter(inReports),
    statuses: c.gold.statuses.filter(inReports),
    findings: c.gold.findings.filter((f) => inReports(f.a) && inReports(f.b)),
  };
  return {
    gold,
    texts: new Map([...c.texts].filter(([file]) => reports.has(file))),
    mentions: c.mentions.filter(inReports),
    statuses: c.statuses.filter(inReports),
    findings: c.findings.filter((f) => inReports(f.a) && inReports(f.b)),
  };
}
