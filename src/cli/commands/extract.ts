/**
 * `wiretrace extract <file|dir|url|->... [--json]`: article text and metadata from saved pages
 * (.html, .htm, .html.gz), directories of them, URLs (fetched through the SSRF-guarded fetcher)
 * or stdin. With --json, one JSON object per input per line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { WiretraceError, isWiretraceError } from '../../errors.js';
import { extractPage, fetchAndExtractPage, type ExtractedArticle } from '../../service/extract.js';

const PAGE_FILE = /\.(html?|xhtml)(\.gz)?$/i;

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

/** Expands inputs: directories to their page files (recursively, sorted); files, URLs and "-" as given. */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) {
      out.push(input);
      continue;
    }
    // A missing input stays in the list: extractInput reports it in its place, and the others still run.
    if (existsSync(input) && statSync(input).isDirectory()) {
      const pages = pagesUnder(input);
      // A directory without pages stays in the list too, so that it is reported rather than skipped in silence.
      out.push(...(pages.length ? pages : [input]));
    }
    else out.push(input);
  }
  return out;
}

function pagesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pagesUnder(p));
    else if (PAGE_FILE.test(entry.name)) out.push(p);
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface ExtractCommandOptions {
  allowPrivate?: boolean;
  url?: string;
}

/** Extracts one input. Local files are read as bytes so charset detection and gzip unwrapping apply. */
export async function extractInput(input: string, opts: ExtractCommandOptions = {}): Promise<ExtractedArticle> {
  if (input === '-') return extractPage(await readStdin(), { url: opts.url });
  if (/^https?:\/\//i.test(input)) return fetchAndExtractPage(input, { allowPrivate: opts.allowPrivate ?? false });
  if (!existsSync(input)) throw new WiretraceError('E_INPUT_NOT_FOUND', `no such file or directory: ${input}`);
  if (statSync(input).isDirectory()) throw new WiretraceError('E_INPUT_NOT_FOUND', 'directory has no .html, .htm, .xhtml or .html.gz files');
  return extractPage(readFileSync(input), { url: opts.url });
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
    .action(async (inputs: string[], options: { json?: boolean; url?: string; allowPrivate?: boolean }) => {
      let failed = 0;
      for (const input of expandInputs(inputs)) {
        try {
          const article = await extractInput(input, { allowPrivate: options.allowPrivate, url: options.url });
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
