/**
 * `wiretrace events FILE [--published DATE] [--json | --jsonl]`: annotates a plain-text article with
 * every layer and prints its events with their claims. --json: one document with all events;
 * --jsonl: the PLOVER-like export, one event per line; neither: a short readable list.
 */
import { readFileSync, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { parsePlainTextArticle } from '../../ingest/plaintext.js';
import { annotateEvents } from '../../annotate/events/pipeline.js';
import { eventViews, ploverRecords, type EventView } from '../../annotate/events/aggregate.js';

interface EventsOptions {
  published?: string;
  json?: boolean;
  jsonl?: boolean;
}

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (!existsSync(file)) throw new WiretraceError('E_INPUT_NOT_FOUND', `no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

function describe(v: EventView): string {
  const names = (a: EventView['source']): string => a.map((x) => (x.government ? `${x.government} (${x.canonical ?? x.text})` : (x.canonical ?? x.text))).join(', ') || '?';
  const time = v.time ? ` | time: ${v.time.text}${v.time.value ? ` (${v.time.value})` : ''}` : '';
  const place = v.place.length ? ` | place: ${names(v.place)}` : '';
  const lines = [
    `${v.type}/${v.subtype ?? ''} [${v.mentions.map((m) => m.trigger).join(', ')}] ${names(v.source)} -> ${names(v.target)}${place}${time} | ${v.modality}${v.status ? `, ${v.status}` : ''} | certainty ${v.certainty} (${v.certaintyLabel})`,
  ];
  for (const c of v.claims) {
    const how = c.inherited ? ' (inherited from the preceding report)' : '';
    lines.push(`    claim: ${c.source?.canonical ?? c.source?.text ?? '(unnamed)'} ${c.cue} [${c.stance}]${how}: ${c.proposition}`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('events')
    .description('events with actors, place, time, modality, status and the claims that report them')
    .argument('<file>', 'plain-text article, or - for stdin')
    .option('--published <date>', 'publication date (ISO 8601); overrides any date in the text')
    .option('--json', 'print all events of the document as one JSON object')
    .option('--jsonl', 'print the PLOVER-like export, one event per line')
    .action(async (file: string, opts: EventsOptions) => {
      if (opts.json && opts.jsonl) throw new WiretraceError('E_USAGE', 'choose one of --json and --jsonl');
      if (opts.published && Number.isNaN(Date.parse(opts.published))) {
        throw new WiretraceError('E_DATE_INVALID', `not a date: ${opts.published}`);
      }
      const raw = await readInput(file);
      if (!raw.trim()) throw new WiretraceError('E_INPUT_EMPTY', `${file} is empty`);
      const article = parsePlainTextArticle(raw, opts.published ? { published: opts.published } : {});
      const doc = annotateEvents(article.body, article.meta, file === '-' ? 'stdin' : file);
      const views = eventViews(doc);
      if (opts.jsonl) {
        for (const r of ploverRecords(doc, views)) process.stdout.write(`${JSON.stringify(r)}\n`);
      } else if (opts.json) {
        process.stdout.write(`${JSON.stringify({ published: doc.meta.published ?? null, title: doc.meta.title ?? null, events: views }, null, 2)}\n`);
      } else {
        for (const v of views) process.stdout.write(`${describe(v)}\n`);
      }
    });
}
