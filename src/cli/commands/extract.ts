/**
 * `wiretrace extract <file|dir|url|->... [--json]`: article text and metadata from saved pages
 * (.html, .htm, .html.gz), directories of them, URLs (fetched through the SSRF-guarded fetcher)
 * or stdin. With --json, one JSON object per input per line.
 */
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { WiretraceError, isWiretraceError } from '../../errors.js';
import type { ExtractedArticle } from '../../ingest/html/index.js';
import { safeFetch } from '../../ingest/fetch/index.js';
import { loadConfig, resolveMaxInputBytes } from '../../service/config.js';
import { listIngestable, readFileGuarded, readStreamGuarded, type GuardOptions } from '../../service/input.js';

export interface ExtractLine {
  input: string;
  title: string | null;
  byline: string[];
  published: string | null;
  modified: string | null;
  body: string;
  image: string | null;
  imageCredit: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

export function toLine(input: string, a: ExtractedArticle): ExtractLine {
  return {
    input,
    title: a.title,
    byline: a.byline,
    published: a.published,
    modified: a.modified,
    body: a.body,
    image: a.image,
    imageCredit: a.imageCredit,
    siteName: a.siteName,
    language: a.language,
    canonicalUrl: a.canonicalUrl,
  };
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Expands inputs: directories to their pages (recursively, sorted); files, URLs and "-" as given. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    // A missing input stays in the list: extractInput reports it in its place, and the others still run.
    if (input === '-' || /^https?:\/\//i.test(input) || !(await isDirectory(input))) {
      out.push(input);
      continue;
    }
    const pages = await listIngestable(input, true, ['html']);
    // A directory without pages stays in the list too, so that it is reported rather than skipped in silence.
    out.push(...(pages.length ? pages : [input]));
  }
  return out;
}

export interface ExtractCommandOptions {
  allowPrivate?: boolean;
  url?: string;
  /** Largest accepted input; default the input guard's limit. */
  maxBytes?: number;
}

/**
 * Extracts one input. Files and stdin are read through the service's input guard (size limit,
 * gunzip cap, binary check) as bytes, so that charset detection applies; URLs through the SSRF-guarded fetcher.
 */
export async function extractInput(input: string, opts: ExtractCommandOptions = {}): Promise<ExtractedArticle> {
  // The extractor (htmlparser2 and the cascade) is imported here so that other commands start fast.
  const { extractArticle } = await import('../../ingest/html/index.js');
  const guard: GuardOptions = { name: input === '-' ? 'stdin' : input, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) };
  if (/^https?:\/\//i.test(input)) {
    const res = await safeFetch(input, { allowPrivate: opts.allowPrivate ?? false, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) });
    if (res.status >= 400) throw new WiretraceError('E_FETCH', `${input}: HTTP ${res.status}`);
    return extractArticle(res.body, { ...guard, url: res.finalUrl, ...(res.contentType ? { contentType: res.contentType } : {}) });
  }
  if (input !== '-' && (await isDirectory(input))) {
    throw new WiretraceError('E_INPUT_NOT_FOUND', 'directory has no .html, .htm, .xhtml or .html.gz files');
  }
  const bytes = input === '-' ? await readStreamGuarded(process.stdin, guard) : await readFileGuarded(input, guard);
  return extractArticle(bytes, { ...guard, ...(opts.url ? { url: opts.url } : {}) });
}

function printHuman(input: string, a: ExtractedArticle): void {
  const meta: [string, string | null][] = [
    ['input', input],
    ['title', a.title],
    ['byline', a.byline.join('; ') || null],
    ['published', a.published],
    ['modified', a.modified],
    ['site', a.siteName],
    ['language', a.language],
    ['canonical', a.canonicalUrl],
    ['image', a.image],
    ['image credit', a.imageCredit],
    ['read time', a.readTime],
    ['extractor', a.extractor],
  ];
  for (const [k, v] of meta) if (v) process.stdout.write(`${k.padEnd(13)} ${v}\n`);
  process.stdout.write(`\n${a.body}\n\n`);
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract article text and metadata from saved pages, directories, URLs or stdin (-)')
    .argument('<inputs...>', 'files (.html, .html.gz), directories, http(s) URLs, or - for stdin')
    .option('--json', 'print one JSON object per input per line')
    .option('--url <url>', 'page URL for a file or stdin input (resolves relative links, dates in the path)')
    .option('--allow-private', 'allow fetching loopback and private addresses (local use and tests)')
    .option('--max-size <size>', 'largest accepted input, e.g. 10MB (default 10MB)')
    .action(async (inputs: string[], options: { json?: boolean; url?: string; allowPrivate?: boolean; maxSize?: string }) => {
      const config = loadConfig();
      const maxBytes = resolveMaxInputBytes(options.maxSize, config);
      const allowPrivate = options.allowPrivate ?? config.allowPrivate ?? false;
      let failed = 0;
      for (const input of await expandInputs(inputs)) {
        try {
          const article = await extractInput(input, { allowPrivate, maxBytes, ...(options.url ? { url: options.url } : {}) });
          if (options.json) process.stdout.write(`${JSON.stringify(toLine(input, article))}\n`);
          else printHuman(input, article);
        } catch (err) {
          if (!isWiretraceError(err)) throw err;
          failed++;
          if (options.json) process.stdout.write(`${JSON.stringify({ input, error: { code: err.code, message: err.message } })}\n`);
          process.stderr.write(`error ${err.code}: ${input}: ${err.message}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
