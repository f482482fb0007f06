/**
 * `npm run eval -- events [--split dev|test|all] [--gold FILE] [--errors]`: scores the event annotator on
 * the project's own gold set (src/eval/events/dev.jsonl, test.jsonl), written for this project.
 * Rules were developed on dev only; test is held out. Each sentence runs through the full pipeline
 * (tokens, entities, time, attribution, events) with its own publication date.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WiretraceError } from '../../errors.js';
import type { EvalResult } from '../types.js';
import {
  emptyDomainTally,
  emptyTally,
  metrics,
  scoreDomainExample,
  scoreExample,
  type DomainExample,
  type DomainTally,
  type GoldExample,
  type Metrics,
  type Tally,
} from '../events/score.js';
import { annotateEvents } from '../../annotate/events/pipeline.js';
import { DOMAIN_LEMMAS } from '../../annotate/events/domains.js';
import { isCountedEvent } from '../../annotate/events/counted.js';
import { isHappening } from '../../annotate/events/happenings.js';
import type { Event } from '../../doc/schemas/events.js';
import { argValue } from '../args.js';

const goldDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'events');

/**
 * The diplomacy gold (dev.jsonl, test.jsonl) was annotated for the diplomacy lexicon only, so the news
 * domains' events in its sentences ("until the protests ended") are not in it: it scores the mentions of
 * the diplomacy lexicon. The domain gold scores every mention.
 */
const DOMAIN_LEMMA_NAMES: ReadonlySet<string> = new Set(DOMAIN_LEMMAS.map((l) => l.lemma));
/**
 * Neither gold set was annotated for counted events (the OCCURRENCE an amount is about, annotate/events/counted.ts:
 * "has burned more than 4,000 hectares", "shares sank 12 percent") or for the tagger's happenings (happenings.ts):
 * both score the lexicon's events, the quantities eval scores counted ones and the stories eval happenings.
 */
const lexiconEvent = (e: Event): boolean => !isCountedEvent(e) && !isHappening(e);

/** One JSON object a line; `T` is the gold record of the task reading it. */
export function readGold<T = GoldExample>(path: string): T[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new WiretraceError('E_EVAL_DATA', `gold file not found: ${path}`);
  }
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new WiretraceError('E_EVAL_DATA', `${path}:${i + 1}: not JSON`);
      }
    });
}

export function evaluate(examples: readonly GoldExample[]): { metrics: Metrics; tally: Tally } {
  const t = emptyTally();
  for (const ex of examples) {
    const doc = annotateEvents(ex.text, { published: ex.published ?? null });
    scoreExample(ex, (doc.layers.events ?? []).filter((e) => lexiconEvent(e) && !DOMAIN_LEMMA_NAMES.has(e.lemma)), t);
  }
  return { metrics: metrics(t), tally: t };
}

/** Per-domain type accuracy and phase accuracy on the domain gold, and over all domains. */
export function evaluateDomains(examples: readonly DomainExample[]): Map<string, DomainTally> {
  const tallies = new Map<string, DomainTally>([['all', emptyDomainTally()]]);
  for (const ex of examples) {
    const doc = annotateEvents(ex.text, { published: ex.published ?? null });
    const preds = (doc.layers.events ?? []).filter(lexiconEvent);
    let t = tallies.get(ex.domain);
    if (!t) tallies.set(ex.domain, (t = emptyDomainTally()));
    scoreDomainExample(ex, preds, t);
    scoreDomainExample(ex, preds, tallies.get('all')!);
  }
  return tallies;
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);

function domainRows(name: string, tallies: Map<string, DomainTally>, out: Record<string, number>, rows: string[]): void {
  const prefix = name === 'test' ? '' : `${name}.`;
  for (const [domain, t] of [...tallies].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    const acc = ratio(t.right, t.decisions);
    const phase = ratio(t.phaseRight, t.phaseTotal);
    rows.push(`${name.padEnd(8)} ${domain.padEnd(10)} ${String(t.decisions).padStart(9)} ${acc.toFixed(3).padStart(7)} ${`${t.phaseRight}/${t.phaseTotal}`.padStart(7)} ${phase.toFixed(3).padStart(8)}`);
    out[`${prefix}domain.${domain}.typeAcc`] = acc;
    if (domain === 'all') out[`${prefix}domain.phaseAcc`] = phase;
  }
}

export async function run(args: string[]): Promise<EvalResult> {
  const split = argValue(args, '--split') ?? 'all';
  const gold = argValue(args, '--gold');
  const showErrors = args.includes('--errors');
  const splits = gold ? [['custom', gold]] : (split === 'all' ? ['dev', 'test'] : [split]).map((s) => [s, join(goldDir, `${s}.jsonl`)]);
  const out: Record<string, number> = {};
  const rows: string[] = [];
  rows.push(`${'split'.padEnd(8)} ${'sents'.padStart(5)} ${'events'.padStart(6)} ${'trigP'.padStart(6)} ${'trigR'.padStart(6)} ${'trigF1'.padStart(6)} ${'argF1'.padStart(6)} ${'modAcc'.padStart(6)} ${'statAcc'.padStart(7)}`);
  for (const [name, path] of splits as [string, string][]) {
    const examples = readGold(path);
    const { metrics: m, tally } = evaluate(examples);
    if (showErrors) for (const e of tally.errors) console.log(`[${name}] ${e}`);
    rows.push(
      `${name.padEnd(8)} ${String(examples.length).padStart(5)} ${String(m.goldEvents).padStart(6)} ${m.triggerTypeP.toFixed(3).padStart(6)} ${m.triggerTypeR.toFixed(3).padStart(6)} ${m.triggerTypeF1.toFixed(3).padStart(6)} ${m.argumentF1.toFixed(3).padStart(6)} ${m.modalityAcc.toFixed(3).padStart(6)} ${m.statusAcc.toFixed(3).padStart(7)}`,
    );
    const prefix = name === 'test' ? '' : `${name}.`;
    out[`${prefix}triggerTypeF1`] = m.triggerTypeF1;
    out[`${prefix}argumentF1`] = m.argumentF1;
    out[`${prefix}modalityAcc`] = m.modalityAcc;
    out[`${prefix}statusAcc`] = m.statusAcc;
  }
  if (!gold) {
    rows.push('', `${'split'.padEnd(8)} ${'domain'.padEnd(10)} ${'decisions'.padStart(9)} ${'typeAcc'.padStart(7)} ${'phases'.padStart(7)} ${'phaseAcc'.padStart(8)}`);
    for (const name of split === 'all' ? ['dev', 'test'] : [split]) {
      const tallies = evaluateDomains(readGold<DomainExample>(join(goldDir, `domains-${name}.jsonl`)));
      if (showErrors) for (const e of tallies.get('all')!.errors) console.log(`[domains-${name}] ${e}`);
      domainRows(name, tallies, out, rows);
    }
  }
  return { task: 'events', metrics: out, table: rows.join('\n') };
}
