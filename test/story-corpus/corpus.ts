/**
 * The story corpus (corpus/stories/): its sources, the report texts derived from them, and the checks on
 * its gold (gold.json, in the format of src/eval/stories/gold.ts and docs/story-corpus.md).
 *
 * Sources are reports as they were published: article pages (.html) and saved plain-text articles (.txt,
 * with title and header lines), listed with outlet, date and URL in the manifest.json of their folder. The
 * story corpus's own sources sit in corpus/stories/; the story reports of examples/ are used in place.
 * The scorer reads `reports/<name>.txt`: the text ingest stores for the source (the plain-text body, or the
 * HTML extractor's body that `wiretrace extract` prints), written by `scripts/check-story-corpus.ts
 * --write` and checked against a fresh extraction, so that gold quotes and the pipeline see the same text.
 *   corpus/stories/<name>.(html|txt) -> corpus/stories/reports/<name>.txt
 *   examples/<name>.(html|txt)        -> corpus/stories/reports/examples/<name>.txt
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { WiretraceError } from '../../src/errors.js';
import { parseDate } from '../../src/ingest/dates.js';
import { parseInput } from '../../src/service/parse.js';
import { StoryCorpusGold, type Quote } from '../../src/eval/stories/gold.js';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The corpus directory, relative to the repository root; gold report files are relative to it. */
export const CORPUS_DIR = 'corpus/stories';
export const EXAMPLES_DIR = 'examples';
const REPORTS_PREFIX = 'reports/';
const EXAMPLES_PREFIX = `${REPORTS_PREFIX}examples/`;

/** The brief's bounds for a report written for the corpus, in words of its text. */
export const MIN_WORDS = 120;
export const MAX_WORDS = 400;
/** A story needs this many reports to be a developing story rather than an item. */
export const MIN_STORY_REPORTS = 4;

export interface ManifestEntry {
  readonly file: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
}

/** Where a report's text comes from. */
export interface ReportSource {
  /** The gold report file, relative to the corpus directory: "reports/boat-01-meridian.txt". */
  readonly report: string;
  /** The source, relative to the repository root: "corpus/stories/boat-01-meridian.txt". */
  readonly path: string;
  readonly html: boolean;
  readonly manifest: ManifestEntry;
  /** Written for the corpus (its length is checked), rather than reused from examples/. */
  readonly own: boolean;
}

/** One report as the checks see it. */
export interface LoadedReport {
  readonly source: ReportSource;
  /** The report file's content: what the scorer reads. Null when the file is missing. */
  readonly text: string | null;
  /** The source's text, extracted now. */
  readonly extracted: string;
  /** The page's own publication date (HTML metadata), normalised; null for plain text. */
  readonly pagePublished: string | null;
}

export interface CorpusProblem {
  /** The gold record or file the problem is in, e.g. "statuses[12]" or "reports/x.txt". */
  readonly where: string;
  readonly message: string;
}

export interface CorpusCounts {
  readonly stories: number;
  readonly reports: number;
  readonly reportsBySplit: Readonly<Record<'dev' | 'test', number>>;
  readonly reportsByLanguage: Readonly<Record<string, number>>;
  readonly htmlSources: number;
  /** Reports whose source is undated in its manifest (the gold still needs a date: see README). */
  readonly undatedSources: number;
  readonly events: number;
  readonly mentions: number;
  readonly statuses: number;
  readonly statusesByValue: Readonly<Record<string, number>>;
  /** Statuses whose report belongs to another story than the event (a past event named elsewhere). */
  readonly crossStoryStatuses: number;
  readonly findings: number;
  readonly findingsByKind: Readonly<Record<string, number>>;
}

export interface CheckResult {
  readonly problems: readonly CorpusProblem[];
  readonly counts: CorpusCounts | null;
}

// ---------------------------------------------------------------------------------------------------
// Sources and report texts

function readManifest(dir: string): Map<string, ManifestEntry> {
  const path = join(dir, 'manifest.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { examples?: ManifestEntry[] };
  if (!Array.isArray(raw.examples)) throw new WiretraceError('E_INPUT_FORMAT', `${path} must list its reports under "examples"`);
  return new Map(raw.examples.map((e) => [e.file, e]));
}

/** The gold report file for a source file name of the corpus or of examples/. */
export function reportFileFor(sourceName: string, fromExamples: boolean): string {
  return `${fromExamples ? EXAMPLES_PREFIX : REPORTS_PREFIX}${sourceName.replace(/\.(html?|txt)$/i, '')}.txt`;
}

/** Maps report files to their sources through the two manifests. */
export class SourceIndex {
  private readonly byReport = new Map<string, ReportSource>();

  constructor(root = ROOT) {
    const add = (dir: string, own: boolean): void => {
      for (const entry of readManifest(join(root, dir)).values()) {
        const report = reportFileFor(entry.file, !own);
        if (this.byReport.has(report)) throw new WiretraceError('E_INPUT_FORMAT', `${dir}: two sources give ${report}`);
        this.byReport.set(report, { report, path: `${dir}/${entry.file}`, html: /\.html?$/i.test(entry.file), manifest: entry, own });
      }
    };
    add(CORPUS_DIR, true);
    add(EXAMPLES_DIR, false);
  }

  get(report: string): ReportSource | undefined {
    return this.byReport.get(report);
  }

  /** The corpus's own sources: the gold must give each a report. */
  own(): ReportSource[] {
    return [...this.byReport.values()].filter((s) => s.own);
  }
}

/** The source's text as ingest stores it, and the page's own date. */
export async function extractSource(source: ReportSource, root = ROOT): Promise<{ text: string; pagePublished: string | null }> {
  const path = join(root, source.path);
  if (!existsSync(path)) throw new WiretraceError('E_INPUT_NOT_FOUND', `${source.path} is missing`);
  const bytes = readFileSync(path);
  // Parsed as ingest parses it, but without the manifest's date, so that a page's own date can be compared with it.
  const parsed = await parseInput(bytes, source.html ? 'html' : 'article', {
    ...(source.manifest.outlet ? { outlet: source.manifest.outlet } : {}),
    ...(source.manifest.url ? { url: source.manifest.url } : {}),
    name: source.path,
  });
  return { text: parsed.text, pagePublished: source.html ? parsed.meta.published : null };
}

/** Loads each named report: its file's text, its source and a fresh extraction. Unknown sources are problems. */
export async function loadReports(files: readonly string[], index: SourceIndex, root = ROOT): Promise<{ reports: Map<string, LoadedReport>; problems: CorpusProblem[] }> {
  const reports = new Map<string, LoadedReport>();
  const problems: CorpusProblem[] = [];
  for (const file of new Set(files)) {
    const source = index.get(file);
    if (!source) {
      problems.push({ where: file, message: `no source for it in ${CORPUS_DIR}/manifest.json or ${EXAMPLES_DIR}/manifest.json` });
      continue;
    }
    if (!existsSync(join(root, source.path))) {
      problems.push({ where: file, message: `its source ${source.path} is missing` });
      continue;
    }
    try {
      const { text: extracted, pagePublished } = await extractSource(source, root);
      const path = join(root, CORPUS_DIR, file);
      const text = existsSync(path) ? readFileSync(path, 'utf8') : null;
      reports.set(file, { source, text, extracted, pagePublished });
    } catch (err) {
      problems.push({ where: file, message: `its source ${source.path} cannot be parsed: ${(err as Error).message}` });
    }
  }
  return { reports, problems };
}

// ---------------------------------------------------------------------------------------------------
// Checking

/** Start offsets of every occurrence of `needle` in `hay`, overlapping ones included. */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function tally(values: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export interface CheckOptions {
  /** Report files the gold must list: one per source of the corpus's own manifest. */
  readonly requiredReports?: readonly string[];
}

/**
 * Checks parsed gold.json against the schema and the loaded reports. Pure: every problem is returned,
 * nothing is thrown; the counts are null when the gold does not match the schema.
 */
export function checkGold(raw: unknown, reports: ReadonlyMap<string, LoadedReport>, opts: CheckOptions = {}): CheckResult {
  if (!Value.Check(StoryCorpusGold, raw)) {
    const problems = [...Value.Errors(StoryCorpusGold, raw)].slice(0, 20).map((e) => ({ where: `gold.json${e.path}`, message: e.message }));
    return { problems, counts: null };
  }
  const gold = raw;
  const problems: CorpusProblem[] = [];
  const add = (where: string, message: string): void => void problems.push({ where, message });

  const stories = new Map(gold.stories.map((s) => [s.id, s]));
  for (const id of duplicates(gold.stories.map((s) => s.id))) add('stories', `story id ${id} is used twice`);
  for (const id of duplicates(gold.events.map((e) => e.id))) add('events', `event id ${id} is used twice`);
  for (const f of duplicates(gold.reports.map((r) => r.file))) add('reports', `${f} is listed twice`);
  const storyOf = new Map(gold.reports.map((r) => [r.file, r.story]));
  const eventStory = new Map(gold.events.map((e) => [e.id, e.story]));

  // reports: their texts, their sources, and what the manifests say of them
  gold.reports.forEach((r, i) => {
    const where = `reports[${i}]`;
    if (!stories.has(r.story)) add(where, `story ${r.story} is not in stories`);
    const loaded = reports.get(r.file);
    if (!loaded) return add(where, `${r.file} was not loaded (see its own problem)`);
    if (loaded.text === null) return add(r.file, 'missing; run scripts/check-story-corpus.ts --write');
    if (loaded.text !== loaded.extracted) add(r.file, `differs from the text extracted from ${loaded.source.path}; run scripts/check-story-corpus.ts --write`);
    const m = loaded.source.manifest;
    if (m.outlet !== r.outlet) add(where, `outlet "${r.outlet}" differs from the manifest's "${m.outlet ?? ''}"`);
    if (m.published !== undefined && m.published !== r.published) add(where, `published ${r.published} differs from the manifest's ${m.published}`);
    if (m.published !== undefined && loaded.pagePublished !== null && parseDate(m.published) !== loaded.pagePublished) {
      add(loaded.source.path, `manifest date ${m.published} differs from the page's own ${loaded.pagePublished}`);
    }
    if (!m.outlet || !m.url) add(loaded.source.path, 'its manifest entry needs an outlet and a url');
    if (loaded.source.own) {
      const words = wordCount(loaded.text);
      if (words < MIN_WORDS || words > MAX_WORDS) add(r.file, `${words} words, outside ${MIN_WORDS}..${MAX_WORDS}`);
    }
  });
  for (const f of opts.requiredReports ?? []) if (!storyOf.has(f)) add(f, 'its source is in the corpus manifest, but it is not in gold.json reports');

  const reportsPerStory = tally(gold.reports.map((r) => r.story));
  for (const s of gold.stories) {
    const n = reportsPerStory[s.id] ?? 0;
    if (n < MIN_STORY_REPORTS) add(`story ${s.id}`, `${n} reports, fewer than ${MIN_STORY_REPORTS}`);
  }
  gold.events.forEach((e, i) => {
    if (!stories.has(e.story)) add(`events[${i}]`, `story ${e.story} is not in stories`);
  });

  // quotes resolve to one span: the only occurrence, or the stated one
  const textOf = (file: string): string | null => reports.get(file)?.text ?? null;
  const resolveQuote = (where: string, q: Quote): number | null => {
    if (!storyOf.has(q.report)) {
      add(where, `${q.report} is not in reports`);
      return null;
    }
    const text = textOf(q.report);
    if (text === null) return null;
    const starts = occurrences(text, q.quote);
    if (q.occurrence === undefined && starts.length !== 1) {
      add(where, `"${q.quote}" occurs ${starts.length} times in ${q.report}${starts.length > 1 ? '; say which with "occurrence"' : ''}`);
      return null;
    }
    const start = starts[q.occurrence ?? 0];
    if (start === undefined) add(where, `"${q.quote}" occurs ${starts.length} times in ${q.report}, so occurrence ${q.occurrence} does not exist`);
    return start ?? null;
  };
  const needEvent = (where: string, id: string): void => {
    if (!eventStory.has(id)) add(where, `event ${id} is not in events`);
  };

  // mentions: triggers of tracked events; one span is one event's
  const mentioned = new Set<string>();
  const spanEvent = new Map<string, string>();
  gold.mentions.forEach((m, i) => {
    const where = `mentions[${i}]`;
    needEvent(where, m.event);
    const start = resolveQuote(where, m);
    if (start === null) return;
    const span = `${m.report}@${start}+${m.quote.length}`;
    const other = spanEvent.get(span);
    if (other !== undefined) add(where, `"${m.quote}" at ${start} in ${m.report} is already a mention of ${other}`);
    spanEvent.set(span, m.event);
    mentioned.add(`${m.event} @ ${m.report}`);
  });

  // statuses: one per (event, report), for an event the report mentions; evidence occurs once
  let crossStoryStatuses = 0;
  const statusKeys: string[] = [];
  gold.statuses.forEach((s, i) => {
    const where = `statuses[${i}]`;
    needEvent(where, s.event);
    if (!storyOf.has(s.report)) return add(where, `${s.report} is not in reports`);
    const key = `${s.event} @ ${s.report}`;
    statusKeys.push(key);
    if (!mentioned.has(key)) add(where, `no mention of ${s.event} in ${s.report}`);
    if (eventStory.has(s.event) && eventStory.get(s.event) !== storyOf.get(s.report)) crossStoryStatuses++;
    const text = textOf(s.report);
    if (s.evidence !== undefined && text !== null) {
      const n = occurrences(text, s.evidence).length;
      if (n !== 1) add(where, `evidence "${s.evidence}" occurs ${n} times in ${s.report}, not once`);
    }
  });
  for (const k of duplicates(statusKeys)) add('statuses', `more than one status for ${k}`);

  gold.findings.forEach((f, i) => {
    const where = `findings[${i}]`;
    const a = resolveQuote(`${where}.a`, f.a);
    const b = resolveQuote(`${where}.b`, f.b);
    if (a !== null && a === b && f.a.report === f.b.report && f.a.quote === f.b.quote) add(where, 'a and b are the same span');
  });

  const splitOf = new Map(gold.stories.map((s) => [s.id, s.split]));
  const counts: CorpusCounts = {
    stories: gold.stories.length,
    reports: gold.reports.length,
    reportsBySplit: {
      dev: gold.reports.filter((r) => splitOf.get(r.story) === 'dev').length,
      test: gold.reports.filter((r) => splitOf.get(r.story) === 'test').length,
    },
    reportsByLanguage: tally(gold.reports.map((r) => r.language)),
    htmlSources: gold.reports.filter((r) => reports.get(r.file)?.source.html).length,
    undatedSources: gold.reports.filter((r) => reports.has(r.file) && reports.get(r.file)?.source.manifest.published === undefined).length,
    events: gold.events.length,
    mentions: gold.mentions.length,
    statuses: gold.statuses.length,
    statusesByValue: tally(gold.statuses.map((s) => s.status)),
    crossStoryStatuses,
    findings: gold.findings.length,
    findingsByKind: tally(gold.findings.map((f) => f.kind)),
  };
  return { problems, counts };
}

export function readGoldJson(root = ROOT): unknown {
  const path = join(root, CORPUS_DIR, 'gold.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WiretraceError('E_INPUT_FORMAT', `${path} is not readable JSON: ${(err as Error).message}`);
  }
}

/** The report files the gold lists (whatever its shape), so that they can be loaded before it is checked. */
function goldReportFiles(raw: unknown): string[] {
  const reports = (raw as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(reports)) return [];
  return reports.map((r) => (r as { file?: unknown }).file).filter((f): f is string => typeof f === 'string');
}

/** Loads and checks the whole corpus: what the script prints and the test asserts. */
export async function checkCorpus(root = ROOT): Promise<CheckResult> {
  const raw = readGoldJson(root);
  const index = new SourceIndex(root);
  const { reports, problems } = await loadReports(goldReportFiles(raw), index, root);
  const result = checkGold(raw, reports, { requiredReports: index.own().map((s) => s.report) });
  const listed = new Set(goldReportFiles(raw));
  const orphans = reportFilesOnDisk(root).filter((f) => !listed.has(f));
  for (const f of orphans) problems.push({ where: f, message: 'a report text that gold.json does not list; delete it or add it' });
  return { problems: [...problems, ...result.problems], counts: result.counts };
}

/** Every file under corpus/stories/reports/, as a gold report path. */
function reportFilesOnDisk(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const dir = join(root, CORPUS_DIR, rel);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}${e.name}/`);
      else out.push(`${rel}${e.name}`);
    }
  };
  if (existsSync(join(root, CORPUS_DIR, REPORTS_PREFIX))) walk(REPORTS_PREFIX);
  return out.sort();
}

/**
 * The report texts to write: one per source of the corpus's own manifest, and one per examples/ report
 * that the gold lists. Returns [report file, text] in a stable order.
 */
export async function reportTexts(root = ROOT): Promise<{ report: string; text: string }[]> {
  const index = new SourceIndex(root);
  const raw = existsSync(join(root, CORPUS_DIR, 'gold.json')) ? readGoldJson(root) : null;
  const wanted = new Set([...index.own().map((s) => s.report), ...goldReportFiles(raw).filter((f) => f.startsWith(EXAMPLES_PREFIX))]);
  const out: { report: string; text: string }[] = [];
  for (const report of [...wanted].sort()) {
    const source = index.get(report);
    if (!source) throw new WiretraceError('E_INPUT_NOT_FOUND', `no source for ${report}`);
    out.push({ report, text: (await extractSource(source, root)).text });
  }
  return out;
}
