/**
 * Scoring for the event gold set. A predicted event matches a gold one when their triggers overlap
 * and the types agree. Arguments score per role (source, target, place, time) by span overlap,
 * counted over all events, so an argument of a missed event is a miss. Modality accuracy is over
 * matched events; status accuracy over matched gold events that carry a status.
 */
import { escapeRegExp } from '../../util/regexp.js';
export interface GoldEvent {
  readonly trigger: string;
  readonly type: string;
  readonly modality: string;
  readonly status?: string;
  readonly source?: string | string[];
  readonly target?: string | string[];
  readonly place?: string;
  readonly time?: string;
}

export interface GoldExample {
  readonly text: string;
  readonly published?: string;
  readonly events: readonly GoldEvent[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface PredEvent {
  readonly trigger: Span;
  readonly type: string;
  readonly modality: string;
  readonly status?: string;
  readonly source?: readonly Span[];
  readonly target?: readonly Span[];
  readonly place?: Span;
  readonly time?: Span;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  argTp: number;
  argFp: number;
  argFn: number;
  modalityRight: number;
  modalityTotal: number;
  statusRight: number;
  statusTotal: number;
  /** Per-example error lines, for the developer reading dev output. */
  errors: string[];
}

export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, argTp: 0, argFp: 0, argFn: 0, modalityRight: 0, modalityTotal: 0, statusRight: 0, statusTotal: 0, errors: [] };
}

/** "visit" or "visit#2" (the second occurrence) → its span in text; null when absent. */
export function locate(text: string, ref: string, after = 0): Span | null {
  const m = /^(.*)#(\d+)$/.exec(ref);
  const needle = m ? m[1]! : ref;
  const nth = m ? Number(m[2]) : 1;
  // whole words only: "visit" must not be found inside "visiting"
  const esc = escapeRegExp(needle);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
  re.lastIndex = m ? 0 : after;
  let hit: RegExpExecArray | null = null;
  for (let k = 0; k < nth; k++) {
    hit = re.exec(text);
    if (!hit) return null;
  }
  return { start: hit!.index, end: hit!.index + needle.length };
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

interface GoldArg {
  readonly role: string;
  readonly span: Span;
}

function goldArgs(text: string, g: GoldEvent): GoldArg[] {
  const out: GoldArg[] = [];
  for (const role of ['source', 'target'] as const) {
    for (const s of list(g[role])) {
      const sp = locate(text, s);
      if (!sp) throw new Error(`gold ${role} "${s}" not found in: ${text}`);
      out.push({ role, span: sp });
    }
  }
  for (const role of ['place', 'time'] as const) {
    const s = g[role];
    if (!s) continue;
    const sp = locate(text, s);
    if (!sp) throw new Error(`gold ${role} "${s}" not found in: ${text}`);
    out.push({ role, span: sp });
  }
  return out;
}

function predArgs(p: PredEvent): GoldArg[] {
  const out: GoldArg[] = [];
  for (const s of p.source ?? []) out.push({ role: 'source', span: s });
  for (const s of p.target ?? []) out.push({ role: 'target', span: s });
  if (p.place) out.push({ role: 'place', span: p.place });
  if (p.time) out.push({ role: 'time', span: p.time });
  return out;
}

export function scoreExample(ex: GoldExample, preds: readonly PredEvent[], t: Tally): void {
  const used = new Set<number>();
  const show = (s: Span): string => ex.text.slice(s.start, s.end);
  for (const g of ex.events) {
    const span = locate(ex.text, g.trigger);
    if (!span) throw new Error(`gold trigger "${g.trigger}" not found in: ${ex.text}`);
    const gArgs = goldArgs(ex.text, g);
    const k = preds.findIndex((p, i) => !used.has(i) && p.type === g.type && overlap(p.trigger, span));
    if (k < 0) {
      t.fn++;
      t.argFn += gArgs.length;
      t.errors.push(`MISS ${g.type} "${g.trigger}" in: ${ex.text}`);
      if (g.status) t.statusTotal++;
      continue;
    }
    used.add(k);
    const p = preds[k]!;
    t.tp++;
    t.modalityTotal++;
    if (p.modality === g.modality) t.modalityRight++;
    else t.errors.push(`MODALITY "${g.trigger}" gold=${g.modality} pred=${p.modality} in: ${ex.text}`);
    if (g.status) {
      t.statusTotal++;
      if (p.status === g.status) t.statusRight++;
      else t.errors.push(`STATUS "${g.trigger}" gold=${g.status} pred=${p.status ?? '-'} in: ${ex.text}`);
    }
    const pArgs = predArgs(p);
    const hit = new Set<number>();
    for (const ga of gArgs) {
      const j = pArgs.findIndex((pa, i) => !hit.has(i) && pa.role === ga.role && overlap(pa.span, ga.span));
      if (j >= 0) {
        hit.add(j);
        t.argTp++;
      } else {
        t.argFn++;
        t.errors.push(`ARG-MISS "${g.trigger}" ${ga.role}="${show(ga.span)}" in: ${ex.text}`);
      }
    }
    pArgs.forEach((pa, i) => {
      if (hit.has(i)) return;
      t.argFp++;
      t.errors.push(`ARG-EXTRA "${g.trigger}" ${pa.role}="${show(pa.span)}" in: ${ex.text}`);
    });
  }
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    t.fp++;
    t.argFp += predArgs(p).length;
    t.errors.push(`EXTRA ${p.type} "${show(p.trigger)}" in: ${ex.text}`);
  });
}

const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

export interface Metrics {
  readonly triggerTypeP: number;
  readonly triggerTypeR: number;
  readonly triggerTypeF1: number;
  readonly argumentF1: number;
  readonly modalityAcc: number;
  readonly statusAcc: number;
  readonly goldEvents: number;
}

export function metrics(t: Tally): Metrics {
  return {
    triggerTypeP: t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0,
    triggerTypeR: t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0,
    triggerTypeF1: f1(t.tp, t.fp, t.fn),
    argumentF1: f1(t.argTp, t.argFp, t.argFn),
    modalityAcc: t.modalityTotal ? t.modalityRight / t.modalityTotal : 0,
    statusAcc: t.statusTotal ? t.statusRight / t.statusTotal : 0,
    goldEvents: t.tp + t.fn,
  };
}

/**
 * The domain gold (domains-dev.jsonl, domains-test.jsonl): sentences per news domain with their events
 * and negatives, words that look like triggers but name no event ("a flood of complaints"). Every
 * decision counts once: a gold event is right when a prediction of its type overlaps it, a negative
 * when no prediction overlaps it, and a prediction that is neither is a wrong decision of its own.
 */
export interface DomainGoldEvent extends GoldEvent {
  /** The phase in the event family's life (annotate/events/phases.ts), where the sentence tells it. */
  readonly phase?: string;
}

export interface DomainExample {
  readonly text: string;
  readonly published?: string;
  readonly domain: string;
  readonly events: readonly DomainGoldEvent[];
  readonly negatives?: readonly string[];
}

export interface DomainPred extends PredEvent {
  readonly phase?: string;
}

export interface DomainTally {
  right: number;
  decisions: number;
  phaseRight: number;
  phaseTotal: number;
  errors: string[];
}

export const emptyDomainTally = (): DomainTally => ({ right: 0, decisions: 0, phaseRight: 0, phaseTotal: 0, errors: [] });

export function scoreDomainExample(ex: DomainExample, preds: readonly DomainPred[], t: DomainTally): void {
  const used = new Set<number>();
  const find = (ref: string): Span => {
    const span = locate(ex.text, ref);
    if (!span) throw new Error(`domain gold "${ref}" not found in: ${ex.text}`);
    return span;
  };
  for (const g of ex.events) {
    const span = find(g.trigger);
    t.decisions++;
    const k = preds.findIndex((p, i) => !used.has(i) && overlap(p.trigger, span));
    const p = k >= 0 ? preds[k] : undefined;
    if (k >= 0) used.add(k);
    if (p && p.type === g.type) t.right++;
    else t.errors.push(`${p ? `TYPE pred=${p.type}` : 'MISS'} ${g.type} "${g.trigger}" in: ${ex.text}`);
    if (g.phase) {
      t.phaseTotal++;
      if (p && p.type === g.type && p.phase === g.phase) t.phaseRight++;
      else t.errors.push(`PHASE "${g.trigger}" gold=${g.phase} pred=${p?.phase ?? '-'} in: ${ex.text}`);
    }
  }
  for (const ref of ex.negatives ?? []) {
    const span = find(ref);
    t.decisions++;
    const k = preds.findIndex((p) => overlap(p.trigger, span));
    if (k < 0) t.right++;
    else t.errors.push(`NEGATIVE ${preds[k]!.type} "${ref}" in: ${ex.text}`);
    if (k >= 0) used.add(k);
  }
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    t.decisions++;
    t.errors.push(`EXTRA ${p.type} "${ex.text.slice(p.trigger.start, p.trigger.end)}" in: ${ex.text}`);
  });
}
