/**
 * `wiretrace annotate <file|->`: runs the default pipeline on one input and prints the Doc.
 * No database is opened. Forms: article (plain-text news form), html, raw (whole text, nothing
 * stripped), conll (CoNLL-2003 columns, tagged by the NER model and written back as CoNLL).
 */
import { Command, Option } from 'commander';
import type { Doc } from '../../doc/doc.js';
import { WiretraceError } from '../../errors.js';
import { loadConfig, resolveMaxInputBytes } from '../../service/config.js';
import { decodeText, fileKind, readFileGuarded, readStreamGuarded, sniffHtml } from '../../service/input.js';
import { parseInput, validatePublished, type InputFormat } from '../../service/parse.js';

type InFormat = InputFormat | 'conll' | 'auto';
type OutFormat = 'json' | 'conll' | 'brat' | 'summary';

interface AnnotateOptions {
  readonly json?: boolean;
  readonly inputFormat: InFormat;
  readonly outputFormat?: OutFormat;
  readonly published?: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly maxSize?: string;
}

export function register(program: Command): void {
  program
    .command('annotate')
    .description('Annotate one article and print it with every layer (no database needed)')
    .argument('<file|->', 'a .txt or .html file, or - for stdin')
    .option('--json', 'print the Doc as JSON (same as --output-format json; see docs/cli-json.md)')
    .addOption(
      new Option('--input-format <form>', 'input form: article = plain-text news form; raw = the whole text, nothing stripped')
        .choices(['auto', 'article', 'html', 'raw', 'conll'])
        .default('auto'),
    )
    .addOption(new Option('--output-format <form>', 'output form (default: summary, or json with --json)').choices(['json', 'conll', 'brat', 'summary']))
    .option('--published <date>', 'publication date (ISO 8601): the anchor for relative dates')
    .option('--outlet <name>', 'outlet name')
    .option('--title <title>', 'title, overriding the one found in the input')
    .option('--max-size <size>', 'largest accepted input, e.g. 10MB (default 10MB)')
    .action(async (input: string, opts: AnnotateOptions) => {
      process.stdout.write(await runAnnotate(input, opts));
    });
}

export async function runAnnotate(input: string, opts: AnnotateOptions): Promise<string> {
  const out: OutFormat = opts.outputFormat ?? (opts.json ? 'json' : 'summary');
  if (opts.json && opts.outputFormat && opts.outputFormat !== 'json') {
    throw new WiretraceError('E_USAGE', `--json conflicts with --output-format ${opts.outputFormat}`);
  }
  validatePublished(opts.published);
  const config = loadConfig();
  const guard = { name: input === '-' ? 'stdin' : input, maxBytes: resolveMaxInputBytes(opts.maxSize, config) };
  const bytes = input === '-' ? await readStreamGuarded(process.stdin, guard) : await readFileGuarded(input, guard);

  const format: InputFormat | 'conll' = opts.inputFormat === 'auto' ? autoFormat(input, bytes) : opts.inputFormat;
  if (format === 'conll' || out === 'conll') {
    if (format !== 'conll') {
      throw new WiretraceError('E_USAGE', 'CoNLL goes in and out together: --output-format conll needs --input-format conll (CoNLL-2003 columns)');
    }
    if (out !== 'conll' && (opts.outputFormat !== undefined || opts.json)) {
      throw new WiretraceError('E_USAGE', `CoNLL goes in and out together: --input-format conll prints CoNLL with a predicted tag column; use --output-format conll, not ${out}`);
    }
    const { annotateConll } = await import('../../annotate/entities/conll.js');
    return ensureNewline(annotateConll(decodeText(bytes, guard)));
  }
  const parsed = await parseInput(bytes, format, {
    ...guard,
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
    ...(opts.title ? { title: opts.title } : {}),
  });
  const { annotate } = await import('../../annotate/default-pipeline.js');
  const doc = annotate(parsed.text, parsed.meta);
  switch (out) {
    case 'json':
      return JSON.stringify(doc) + '\n';
    case 'brat': {
      const { toBrat } = await import('../../annotate/attribution/brat.js');
      return ensureNewline(toBrat(doc));
    }
    default:
      return summary(doc);
  }
}

function autoFormat(input: string, bytes: Uint8Array): InputFormat | 'conll' {
  const kind = input === '-' ? null : fileKind(input);
  if (kind === 'html') return 'html';
  if (kind === 'text') return 'article';
  if (/\.conll$|\.conllu?$|\.iob2?$/i.test(input)) return 'conll';
  return sniffHtml(bytes) ? 'html' : 'article';
}

function summary(doc: Doc): string {
  const m = doc.meta;
  const lines = [
    `title:     ${m.title ?? '-'}`,
    `byline:    ${m.byline?.length ? m.byline.join(', ') : '-'}`,
    `published: ${m.published ?? 'unknown'}`,
  ];
  if (m.outlet) lines.push(`outlet:    ${m.outlet}`);
  if (m.imageCredit) lines.push(`image by:  ${m.imageCredit}`);
  for (const [name, records] of Object.entries(doc.layers)) {
    const p = doc.provenance[name as keyof typeof doc.provenance];
    lines.push(`${name.padEnd(11)}${String(records?.length ?? 0).padStart(6)}  (${p?.annotator}@${p?.version})`);
  }
  lines.push('', 'Use --json for the full document with every layer.');
  return lines.join('\n') + '\n';
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') || s === '' ? s : s + '\n';
}
