/**
 * `wiretrace extract <file|dir|url|->... [--json]`: article text and metadata from saved pages
 * (.html, .htm, .html.gz), directories of them, URLs (fetched through the SSRF-guarded fetcher)
 * or stdin. With --json, one JSON object per input per line.
 */
import type { Command } from 'commander';
import { isWiretraceError } from '../../errors.js';
import { loadConfig, resolveMaxInputBytes } from '../../service/config.js';
import { expandPageInputs, extractInput, type ExtractedArticle } from '../../service/extract.js';

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
      for (const input of await expandPageInputs(inputs)) {
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
