/**
 * The story corpus (corpus/stories/) and its gold (corpus/stories/gold.json): loading and checking.
 * Gold `file` values are paths from the repository root ("corpus/stories/boat-01-meridian.txt",
 * "examples/visit-01-mta.txt"); each file's metadata is the entry for its base name in the
 * manifest.json of its own folder. A report's text is what ingest stores: the plain-text body after the
 * header lines, or the HTML extractor's body (`wiretrace extract`), so every quote and every piece of
 * evidence is checked against the text the linker will see.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WiretraceError } from '../../src/errors.js';
import { parseDate } from '../../src/ingest/dates.js';
import { fileKind } from '../../src/service/input.js';
import { parseInput } from '../../src/service/parse.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = 'corpus/stories';
export const GOLD_PATH = join(ROOT, CORPUS_DIR, 'gold.json');

/** Statuses a reader uses for a tracked event, in the order a plan normally moves through them. */
export const STATUSES = [
  'invited',
  'expected',
  'expected-not-before',
  'preparing',
  'dates-announced',
  'under-way',
  'happened',
  'postponed',
  'cancelled',
  'denied',
] as const;
export type EventStatus = (typeof STATUSES)[number];

/** Drift kinds: wording of time, of certainty, a quantity, the credited source, a claim and its denial. */
export const DRIFT_KINDS = ['time', 'certainty', 'quantity', 'attribution', 'denial'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** The brief's bounds for a new report's length, in words of extracted text. */
export const MIN_WORDS = 120;
export const MAX_WORDS = 400;
/** A story needs this many reports to be a developing story rather than an item. */
export const MIN_STORY_REPORTS = 4;

export interface GoldReport {
  readonly file: string;
  readonly story: string;
  /** ISO 639-1 code of the report's language. */
  readonly language: string;
}

export interface GoldEvent {
  readonly id: string;
  readonly story: string;
  /** PLOVER-style type (docs/events.md), with wiretrace extensions for what PLOVER leaves out. */
  readonly type: string;
  readonly subtype?: string;
  readonly description: string;
}

export interface GoldStatus {
  readonly event: string;
  readonly file: string;
  readonly status: EventStatus;
  /** An exact substring of the report's text, found there exactly once. */
  readonly evidence: string;
}

export interface GoldQuote {
  readonly file: string;
  readonly quote: string;
}

export interface GoldFinding {
  readonly kind: DriftKind;
  readonly a: GoldQuote;
  readonly b: GoldQuote;
}

export interface StoryGold {
  readonly reports: readonly GoldReport[];
  readonly events: readonly GoldEvent[];
  readonly statuses: readonly GoldStatus[];
  readonly findings: readonly GoldFinding[];
  readonly split: { readonly dev: readonly string[]; readonly test: readonly string[] };
}

export interface ManifestEntry {
  readonly file: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
}

/** One report as the checks see it: its extracted text and what the manifest and the page say of it. */
export interface LoadedReport {
  readonly file: string;
  readonly text: string;
  readonly html: boolean;
  readonly manifest: ManifestEntry;
  /** The page's own publication date (HTML metadata), normalised; null for plain text. */
  readonly pagePublished: string | null;
}

export interface CorpusProblem {
  /** The gold record or file the problem is in, e.g. "statuses[12]" or "corpus/stories/x.txt". */
  readonly where: string;
  readonly message: string;
}

export interface CorpusCounts {
  readonly stories: number;
  readonly reports: number;
  readonly reportsBySplit: Readonly<Record<'dev' | 'test', number>>;
  readonly reportsByLanguage: Readonly<Record<string, number>>;
  readonly htmlReports: number;
  readonly undatedReports: number;
  readonly events: number;
  readonly statuses: number;
  readonly statusesByValue: Readonly<Record<string, number>>;
  /** Statuses whose report belongs to another story than the event (a past event named elsewhere). */
  readonly crossStoryStatuses: number;
  readonly findings: number;
  readonly findingsByKind: Readonly<Record<string, number>>;
}

export interface CheckResult {
  readonly problems: readonly CorpusProblem[];
  readonly counts: CorpusCounts;
}

// ---------------------------------------------------------------------------------------------------
// Reading

function fail(where: string, what: string): never {
  throw new WiretraceError('E_INPUT_FORMAT', `gold ${where}: ${what}`);
}

function str(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') fail(`${where}.${key}`, 'must be a non-empty string');
  return v;
}

function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, 'must be an object');
  return v as Record<string, unknown>;
}

function list(o: Record<string, unknown>, key: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(key, 'must be an array');
  return v;
}

function quoteOf(v: unknown, where: string): GoldQuote {
  const o = obj(v, where);
  return { file: str(o, 'file', where), quote: str(o, 'quote', where) };
}

/**
 * Reads gold.json's shape. Values (statuses, kinds, references, quotes) are left to checkGold, which
 * reports every bad one rather than stopping at the first.
 */
export function parseGold(raw: unknown): StoryGold {
  const o = obj(raw, 'root');
  const reports = list(o, 'reports').map((r, i) => {
    const x = obj(r, `reports[${i}]`);
    return { file: str(x, 'file', `reports[${i}]`), story: str(x, 'story', `reports[${i}]`), language: str(x, 'language', `reports[${i}]`) };
  });
  const events = list(o, 'events').map((e, i) => {
    const w = `events[${i}]`;
    const x = obj(e, w);
    const subtype = x['subtype'];
    if (subtype !== undefined && typeof subtype !== 'string') fail(`${w}.subtype`, 'must be a string');
    return {
      id: str(x, 'id', w),
      story: str(x, 'story', w),
      type: str(x, 'type', w),
      ...(subtype !== undefined ? { subtype } : {}),
      description: str(x, 'description', w),
    };
  });
  const statuses = list(o, 'statuses').map((s, i) => {
    const w = `statuses[${i}]`;
    const x = obj(s, w);
    return { event: str(x, 'event', w), file: str(x, 'file', w), status: str(x, 'status', w) as EventStatus, evidence: str(x, 'evidence', w) };
  });
  const findings = list(o, 'findings').map((f, i) => {
    const w = `findings[${i}]`;
    const x = obj(f, w);
    return { kind: str(x, 'kind', w) as DriftKind, a: quoteOf(x['a'], `${w}.a`), b: quoteOf(x['b'], `${w}.b`) };
  });
  const split = obj(o['split'], 'split');
  const ids = (key: 'dev' | 'test'): string[] => {
    const v = split[key];
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) fail(`split.${key}`, 'must be an array of story ids');
    return v as string[];
  };
  return { reports, events, statuses, findings, split: { dev: ids('dev'), test: ids('test') } };
}

export function readGold(path = GOLD_PATH): StoryGold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WiretraceError('E_INPUT_FORMAT', `${path} is not readable JSON: ${(err as Error).message}`);
  }
  return parseGold(raw);
}

function readManifest(dir: string): Map<string, ManifestEntry> {
  const path = join(dir, 'manifest.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { examples?: ManifestEntry[] };
  if (!Array.isArray(raw.examples)) throw new WiretraceError('E_INPUT_FORMAT', `${path} must list its reports under "examples"`);
  return new Map(raw.examples.map((e) => [e.file, e]));
}

/**
 * Loads the listed report files (paths from `root`) with their manifest entries and extracted text.
 * A file that is missing, unlisted in its folder's manifest, or that cannot be parsed is a problem,
 * and is left out of the returned map.
 */
export async function loadReports(files: readonly string[], root = ROOT): Promise<{ reports: Map<string, LoadedReport>; problems: CorpusProblem[] }> {
  const reports = new Map<string, LoadedReport>();
  const problems: CorpusProblem[] = [];
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  for (const file of new Set(files)) {
    const path = join(root, file);
    const kind = fileKind(file);
    if (!existsSync(path) || kind === null) {
      problems.push({ where: file, message: kind === null ? 'not a .txt or .html report' : 'file not found' });
      continue;
    }
    const dir = dirname(path);
    let manifest = manifests.get(dir);
    if (!manifest) {
      manifest = existsSync(join(dir, 'manifest.json')) ? readManifest(dir) : new Map<string, ManifestEntry>();
      manifests.set(dir, manifest);
    }
    const entry = manifest.get(basename(file));
    if (!entry) {
      problems.push({ where: file, message: `not listed in ${join(dirname(file), 'manifest.json')}` });
      continue;
    }
    const bytes = readFileSync(path);
    try {
      // Parsed as ingest parses it, but without the manifest's date, so that an HTML page's own date can be compared with it.
      const parsed = await parseInput(bytes, kind === 'html' ? 'html' : 'article', {
        ...(entry.outlet ? { outlet: entry.outlet } : {}),
        ...(entry.url ? { url: entry.url } : {}),
        name: file,
      });
      reports.set(file, { file, text: parsed.text, html: kind === 'html', manifest: entry, pagePublished: kind === 'html' ? parsed.meta.published : null });
    } catch (err) {
      problems.push({ where: file, message: `cannot be parsed: ${(err as Error).message}` });
    }
  }
  return { reports, problems };
}

/** The corpus's own report files, from its manifest (the gold must cover every one). */
export function corpusFiles(root = ROOT): string[] {
  return [...readManifest(join(root, CORPUS_DIR)).keys()].map((f) => `${CORPUS_DIR}/${f}`);
}

// ---------------------------------------------------------------------------------------------------
// Checking

/** How many times `needle` occurs in `hay`, overlapping occurrences included. */
export function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
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
  /** Files the gold must list (the corpus's own manifest); examples/ reports are listed by choice. */
  readonly requiredFiles?: readonly string[];
  /** Files whose length must lie within MIN_WORDS..MAX_WORDS (the reports written for the corpus). */
  readonly lengthChecked?: (file: string) => boolean;
}

/** Checks the gold against the loaded reports. Pure: every problem is returned, nothing is thrown. */
export function checkGold(gold: StoryGold, reports: ReadonlyMap<string, LoadedReport>, opts: CheckOptions = {}): CheckResult {
  const problems: CorpusProblem[] = [];
  const add = (where: string, message: string): void => void problems.push({ where, message });

  // reports and stories
  const storyOf = new Map<string, string>();
  gold.reports.forEach((r, i) => {
    if (storyOf.has(r.file)) add(`reports[${i}]`, `${r.file} is listed twice`);
    storyOf.set(r.file, r.story);
    if (!/^[a-z]{2}$/.test(r.language)) add(`reports[${i}]`, `language "${r.language}" is not an ISO 639-1 code`);
    const loaded = reports.get(r.file);
    if (!loaded) {
      add(`reports[${i}]`, `${r.file} was not loaded (see the file's own problem)`);
      return;
    }
    if (opts.lengthChecked?.(r.file)) {
      const words = wordCount(loaded.text);
      if (words < MIN_WORDS || words > MAX_WORDS) add(r.file, `${words} words, outside ${MIN_WORDS}..${MAX_WORDS}`);
    }
    const published = loaded.manifest.published;
    if (published !== undefined && parseDate(published) === null) add(r.file, `manifest date "${published}" is not a date`);
    if (loaded.pagePublished !== null && published !== undefined && parseDate(published) !== loaded.pagePublished) {
      add(r.file, `manifest date ${published} differs from the page's own ${loaded.pagePublished}`);
    }
    if (!loaded.manifest.outlet || !loaded.manifest.url) add(r.file, 'manifest entry needs an outlet and a url');
  });
  for (const f of opts.requiredFiles ?? []) if (!storyOf.has(f)) add(f, 'in the corpus manifest but not in gold.json reports');

  const reportsPerStory = tally(gold.reports.map((r) => r.story));
  const stories = Object.keys(reportsPerStory);
  for (const [story, n] of Object.entries(reportsPerStory)) {
    if (n < MIN_STORY_REPORTS) add(`story ${story}`, `${n} reports, fewer than ${MIN_STORY_REPORTS}`);
  }

  // split: every story in exactly one side
  const dev = new Set(gold.split.dev);
  const test = new Set(gold.split.test);
  for (const s of duplicates([...gold.split.dev, ...gold.split.test])) add('split', `story ${s} is listed more than once`);
  for (const s of [...dev, ...test]) if (!(s in reportsPerStory)) add('split', `story ${s} has no reports`);
  for (const s of stories) if (!dev.has(s) && !test.has(s)) add('split', `story ${s} is in neither dev nor test`);

  // events
  const eventStory = new Map<string, string>();
  gold.events.forEach((e, i) => {
    if (eventStory.has(e.id)) add(`events[${i}]`, `event id ${e.id} is used twice`);
    eventStory.set(e.id, e.story);
    if (!(e.story in reportsPerStory)) add(`events[${i}]`, `story ${e.story} has no reports`);
  });

  // evidence and quotes: exact substrings, found exactly once in their report's text
  const checkQuote = (where: string, file: string, quote: string): void => {
    if (!storyOf.has(file)) return add(where, `${file} is not a gold report`);
    const text = reports.get(file)?.text;
    if (text === undefined) return;
    const n = occurrences(text, quote);
    if (n !== 1) add(where, `"${quote}" occurs ${n} times in ${file}, not once`);
  };

  const statusKeys: string[] = [];
  let crossStoryStatuses = 0;
  const allowedStatus = new Set<string>(STATUSES);
  gold.statuses.forEach((s, i) => {
    const where = `statuses[${i}]`;
    if (!allowedStatus.has(s.status)) add(where, `status "${s.status}" is not one of ${STATUSES.join(', ')}`);
    const story = eventStory.get(s.event);
    if (story === undefined) add(where, `unknown event ${s.event}`);
    else if (storyOf.has(s.file) && storyOf.get(s.file) !== story) crossStoryStatuses++;
    statusKeys.push(`${s.event} @ ${s.file}`);
    checkQuote(where, s.file, s.evidence);
  });
  for (const k of duplicates(statusKeys)) add('statuses', `more than one status for ${k}`);

  const allowedKind = new Set<string>(DRIFT_KINDS);
  gold.findings.forEach((f, i) => {
    const where = `findings[${i}]`;
    if (!allowedKind.has(f.kind)) add(where, `kind "${f.kind}" is not one of ${DRIFT_KINDS.join(', ')}`);
    if (f.a.file === f.b.file && f.a.quote === f.b.quote) add(where, 'a and b are the same span');
    checkQuote(`${where}.a`, f.a.file, f.a.quote);
    checkQuote(`${where}.b`, f.b.file, f.b.quote);
  });

  const splitOf = (file: string): 'dev' | 'test' | null => {
    const story = storyOf.get(file);
    return story === undefined ? null : dev.has(story) ? 'dev' : test.has(story) ? 'test' : null;
  };
  const counts: CorpusCounts = {
    stories: stories.length,
    reports: gold.reports.length,
    reportsBySplit: {
      dev: gold.reports.filter((r) => splitOf(r.file) === 'dev').length,
      test: gold.reports.filter((r) => splitOf(r.file) === 'test').length,
    },
    reportsByLanguage: tally(gold.reports.map((r) => r.language)),
    htmlReports: gold.reports.filter((r) => reports.get(r.file)?.html).length,
    undatedReports: gold.reports.filter((r) => reports.has(r.file) && reports.get(r.file)?.manifest.published === undefined).length,
    events: gold.events.length,
    statuses: gold.statuses.length,
    statusesByValue: tally(gold.statuses.map((s) => s.status)),
    crossStoryStatuses,
    findings: gold.findings.length,
    findingsByKind: tally(gold.findings.map((f) => f.kind)),
  };
  return { problems, counts };
}

/** Loads and checks the whole corpus: what the script prints and the test asserts. */
export async function checkCorpus(root = ROOT): Promise<CheckResult> {
  const gold = readGold(join(root, CORPUS_DIR, 'gold.json'));
  const { reports, problems } = await loadReports(gold.reports.map((r) => r.file), root);
  const result = checkGold(gold, reports, {
    requiredFiles: corpusFiles(root),
    lengthChecked: (file) => file.startsWith(`${CORPUS_DIR}/`),
  });
  return { problems: [...problems, ...result.problems], counts: result.counts };
}
