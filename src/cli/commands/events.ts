/**
 * `wiretrace events FILE [--published DATE] [--json | --jsonl]`: annotates an article (plain text or HTML) with
 * every layer and prints its events with their claims. `wiretrace events ID --db PATH` reads a stored
 * article's events from its stored layers instead. --json: one document with all events; --jsonl: the
 * PLOVER-like export, one event per line; neither: a short readable list.
 */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { describeQuantity, eventsDocument, eventsOfInput, eventsOfStored, ploverExport, type EventView, type LooseClaimView } from '../../service/events.js';
import { existingStorePath, withStore } from '../../service/open.js';
import { claimChains, type ClaimChain } from '../../service/reading-view.js';
import { FIRST_STEP } from './show.js';
import { loadConfig, resolveMaxInputBytes } from '../../service/config.js';
import { validatePublished } from '../../service/parse.js';

interface EventsOptions {
  db?: string;
  published?: string;
  json?: boolean;
  jsonl?: boolean;
}

const names = (a: EventView['source']): string => a.map((x) => (x.government ? `${x.government} (${x.canonical ?? x.text})` : (x.canonical ?? x.text))).join(', ') || '?';

/** An event's head line: type, triggers, actors, place, time, modality, status, certainty. */
function headline(v: EventView): string {
  const time = v.time ? ` | time: ${v.time.text}${v.time.value ? ` (${v.time.value})` : ''}` : '';
  const place = v.place.length ? ` | place: ${names(v.place)}` : '';
  return `${v.type}/${v.subtype ?? ''} [${v.mentions.map((m) => m.trigger).join(', ')}] ${names(v.source)} -> ${names(v.target)}${place}${time} | ${v.modality}${v.status ? `, ${v.status}` : ''} | certainty ${v.certainty} (${v.certaintyLabel})`;
}

/** A claim line and its quantity lines; `counts` names the event a quantity counts when it is not the claim's own. */
function claimLines(c: EventView['claims'][number], chains: ReadonlyMap<string, ClaimChain>, counts?: (event: string | undefined) => string | undefined): string[] {
  const how = c.inherited ? ' (inherited from the preceding report)' : '';
  const chain = chains.get(c.id)?.chain.join(' ← ') ?? c.source?.canonical ?? c.source?.text ?? '(unnamed)';
  const lines = [`    claim: ${chain} [${c.cue}, ${c.stance}]${how}: ${c.proposition}`];
  for (const q of c.quantities ?? []) {
    const about = counts?.(q.event);
    lines.push(`      quantity: "${q.text}" = ${describeQuantity(q)}${about ? ` (counts: ${about})` : ''}`);
  }
  return lines;
}

function describe(v: EventView, chains: ReadonlyMap<string, ClaimChain>): string {
  return [headline(v), ...v.claims.flatMap((c) => claimLines(c, chains))].join('\n');
}

/**
 * The section for claims that no shown event lists, so that their numbers are not dropped: each
 * quantity names the shown event it counts, by that event's type and triggers.
 */
export function describeLooseClaims(loose: readonly LooseClaimView[], views: readonly EventView[], clusterOfEvent: ReadonlyMap<string, string>, chains: ReadonlyMap<string, ClaimChain>): string[] {
  if (!loose.length) return [];
  const byCluster = new Map(views.map((v) => [v.id, v]));
  const counts = (event: string | undefined): string | undefined => {
    const v = event ? byCluster.get(clusterOfEvent.get(event) ?? '') : undefined;
    return v ? `${v.type}/${v.subtype ?? ''} [${v.mentions.map((m) => m.trigger).join(', ')}]` : undefined;
  };
  return ['claims without a tracked event:', ...loose.flatMap((c) => claimLines(c, chains, counts))];
}

export function register(program: Command): void {
  program
    .command('events')
    .description('events with actors, place, time, modality, status and the claims that report them')
    .argument('<file>', 'plain-text article or HTML page (.html, .html.gz), or - for stdin; with --db, a stored article\'s id or URL')
    .option('--db <path>', 'read the events of a stored article (by id or URL) from this database')
    .option('--published <date>', 'publication date (ISO 8601); overrides any date in the text')
    .option('--json', 'print all events of the document as one JSON object')
    .option('--jsonl', 'print the PLOVER-like export, one event per line')
    .action(async (file: string, opts: EventsOptions) => {
      if (opts.json && opts.jsonl) throw new WiretraceError('E_USAGE', 'choose one of --json and --jsonl');
      validatePublished(opts.published);
      if (opts.db && opts.published) throw new WiretraceError('E_USAGE', '--published applies to a file; a stored article keeps its own date');
      const maxBytes = resolveMaxInputBytes(undefined, loadConfig());
      const events = opts.db
        ? await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => eventsOfStored(store, file))
        : await eventsOfInput(file, { maxBytes, ...(opts.published ? { published: opts.published } : {}) });
      if (opts.jsonl) {
        for (const r of await ploverExport(events)) process.stdout.write(`${JSON.stringify(r)}\n`);
      } else if (opts.json) {
        process.stdout.write(`${JSON.stringify(eventsDocument(events))}\n`);
      } else {
        const chains = new Map(claimChains(events.doc).map((c) => [c.id, c]));
        for (const v of events.views) process.stdout.write(`${describe(v, chains)}\n`);
        const clusterOfEvent = new Map((events.doc.layers.events ?? []).map((e) => [e.id, e.cluster]));
        for (const line of describeLooseClaims(events.claimsWithoutEvent, events.views, clusterOfEvent, chains)) process.stdout.write(`${line}\n`);
      }
    });
}
