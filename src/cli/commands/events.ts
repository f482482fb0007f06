/**
 * `wiretrace events FILE [--published DATE] [--json | --jsonl]`: annotates an article (plain text or HTML) with
 * every layer and prints its events with their claims. --json: one document with all events;
 * --jsonl: the PLOVER-like export, one event per line; neither: a short readable list.
 */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { describeQuantity, eventsDocument, eventsOfInput, ploverExport, type EventView } from '../../service/events.js';
import { loadConfig, resolveMaxInputBytes } from '../../service/config.js';
import { validatePublished } from '../../service/parse.js';

interface EventsOptions {
  published?: string;
  json?: boolean;
  jsonl?: boolean;
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
    for (const q of c.quantities ?? []) lines.push(`      quantity: "${q.text}" = ${describeQuantity(q)}`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('events')
    .description('events with actors, place, time, modality, status and the claims that report them')
    .argument('<file>', 'plain-text article or HTML page (.html, .html.gz), or - for stdin')
    .option('--published <date>', 'publication date (ISO 8601); overrides any date in the text')
    .option('--json', 'print all events of the document as one JSON object')
    .option('--jsonl', 'print the PLOVER-like export, one event per line')
    .action(async (file: string, opts: EventsOptions) => {
      if (opts.json && opts.jsonl) throw new WiretraceError('E_USAGE', 'choose one of --json and --jsonl');
      validatePublished(opts.published);
      const maxBytes = resolveMaxInputBytes(undefined, loadConfig());
      const events = await eventsOfInput(file, { maxBytes, ...(opts.published ? { published: opts.published } : {}) });
      if (opts.jsonl) {
        for (const r of await ploverExport(events)) process.stdout.write(`${JSON.stringify(r)}\n`);
      } else if (opts.json) {
        process.stdout.write(`${JSON.stringify(eventsDocument(events))}\n`);
      } else {
        for (const v of events.views) process.stdout.write(`${describe(v)}\n`);
      }
    });
}
