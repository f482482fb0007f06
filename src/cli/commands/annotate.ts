/**
 * `wiretrace annotate <file|->`: runs the default pipeline on one input and prints the Doc.
 * No database is opened. Forms: article (plain-text news form), html, raw (whole text, nothing
 * stripped), conll (CoNLL-2003 columns, tagged by the NER model and written back as CoNLL).
 */
import { Command, Option } from 'commander';
import { WiretraceError } from '../../errors.js';
import { annotateArticle, detectFormat, docToBrat, docToJson, readInputBytes, tagConll, type AnnotateFormat, type Doc } from '../../service/annotate.js';
import { loadConfig, resolveMaxInputBytes } from '../../service/config.js';
import { validatePublished } from '../../service/parse.js';
import { formatReading } from '../../service/reading-view.js';

type InFormat = AnnotateFormat | 'auto';
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
  const bytes = await readInputBytes(input, guard);

  const format: AnnotateFormat = opts.inputFormat === 'auto' ? detectFormat(input, bytes) : opts.inputFormat;
  if (format === 'conll' || out === 'conll') {
    if (format !== 'conll') {
      throw new WiretraceError('E_USAGE', 'CoNLL goes in and out together: --output-format conll needs --input-format conll (CoNLL-2003 columns)');
    }
    if (out !== 'conll' && (opts.outputFormat !== undefined || opts.json)) {
      throw new WiretraceError('E_USAGE', `CoNLL goes in and out together: --input-format conll prints CoNLL with a predicted tag column; use --output-format conll, not ${out}`);
    }
    return ensureNewline(await tagConll(bytes, guard));
  }
  const doc = await annotateArticle(bytes, format, {
    ...guard,
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
    ...(opts.title ? { title: opts.title } : {}),
  });
  switch (out) {
    case 'json':
      return docToJson(doc) + '\n';
    case 'brat':
      return ensureNewline(await docToBrat(doc));
    default:
      return summary(doc);
  }
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
  const layers = Object.entries(doc.layers).map(([name, records]) => {
    const p = doc.provenance[name as keyof typeof doc.provenance];
    return `${name} ${records?.length ?? 0} (${p?.annotator}@${p?.version})`;
  });
  lines.push(`layers:    ${layers.length ? layers.join(', ') : '-'}`);
  // the text is the reader's own input: the view ends with the records, not a copy of it
  return `${formatReading(doc, lines, { text: false })}\n\nUse --json for the full document with every layer.\n`;
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') || s === '' ? s : s + '\n';
}
