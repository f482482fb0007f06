/**
 * `stories --mentions`: where tracked-event recall is lost. For each gold tracked event, its gold mentions
 * and where each landed: in which predicted tracked event, or why in none (the events layer found an
 * event there that the link layer did not track, found one of another span only in the same sentence,
 * or found nothing in the sentence).
 */
import type { StoryCorpus, SpanRef } from './corpus.js';
import { matchMentions, overlaps, type PredictedEventMention } from './score.js';

/** An event the events layer found in a report, tracked or not (for the diagnosis only). */
export interface DetectedEvent extends SpanRef {
  readonly type: string;
  readonly lemma: string;
}

/** A tracked event a report's event was compared with and refused (link-report.ts `Refusal`), by its trigger spans. */
export interface RefusalRecord {
  readonly report: string;
  readonly spans: readonly SpanRef[];
  readonly lemma: string;
  readonly tracked: string;
  readonly reason: string;
}

/** Where one gold mention ended up. */
export type MentionFate =
  | { readonly kind: 'tracked'; readonly tracked: string }
  | { readonly kind: 'untracked'; readonly type: string; readonly lemma: string }
  | { readonly kind: 'elsewhere-in-sentence'; readonly found: readonly string[] }
  | { readonly kind: 'nothing-in-sentence' };

export interface MentionDiagnosis {
  readonly event: string;
  readonly type: string;
  readonly report: string;
  readonly quote: string;
  readonly fate: MentionFate;
}

/** The sentence around a span: from the last sentence end before it to the next one after (a rough cut, enough to diagnose). */
export function sentenceOf(text: string, at: SpanRef): { start: number; end: number } {
  // a stop ends a sentence before a space or the end, not inside a number ("4.25 percent")
  const stops = [...text.slice(0, at.start).matchAll(/[.!?](?=\s)|\n/g)];
  const last = stops[stops.length - 1];
  const start = last ? last.index + 1 : 0;
  const rest = /[.!?](?=\s|$)|\n/.exec(text.slice(at.end));
  return { start, end: rest ? at.end + rest.index : text.length };
}

export function diagnoseMentions(corpus: StoryCorpus, events: readonly PredictedEventMention[], detected: readonly DetectedEvent[]): MentionDiagnosis[] {
  const match = matchMentions(corpus.mentions, events);
  const predOf = new Map([...match].map(([pred, gold]) => [gold, events.find((e) => e.id === pred)!]));
  const typeOf = new Map(corpus.gold.events.map((e) => [e.id, e.type]));
  return corpus.mentions.map((g) => {
    const text = corpus.texts.get(g.report)!;
    const base = { event: g.event, type: typeOf.get(g.event) ?? '?', report: g.report, quote: text.slice(g.start, g.end) };
    const p = predOf.get(g.id);
    if (p) return { ...base, fate: { kind: 'tracked', tracked: p.tracked } };
    const hit = detected.find((d) => overlaps(d, g));
    if (hit) return { ...base, fate: { kind: 'untracked', type: hit.type, lemma: hit.lemma } };
    const s = { report: g.report, ...sentenceOf(text, g) };
    const near = detected.filter((d) => overlaps(d, s)).map((d) => `${text.slice(d.start, d.end)}:${d.type}`);
    return { ...base, fate: near.length ? { kind: 'elsewhere-in-sentence', found: near } : { kind: 'nothing-in-sentence' } };
  });
}

function fateText(f: MentionFate): string {
  switch (f.kind) {
    case 'tracked':
      return `-> ${f.tracked}`;
    case 'untracked':
      return `untracked (${f.type} ${f.lemma})`;
    case 'elsewhere-in-sentence':
      return `missed; sentence has ${f.found.join(', ')}`;
    case 'nothing-in-sentence':
      return 'missed; no event in sentence';
  }
}

/** A predicted mention that matches no gold mention: what costs tracked-event precision. */
export interface ExtraMention {
  readonly tracked: string;
  readonly report: string;
  readonly quote: string;
  /** The events layer's type and lemma for the span, when it found one there. */
  readonly type: string | null;
  readonly lemma: string | null;
  /** Gold tracked events that other predicted mentions of this tracked event were matched to. */
  readonly alignedTo: readonly string[];
}

/** The gold events each predicted tracked event holds a matched mention of (`match`: matchMentions' predicted id → gold id). */
function goldEventsByTracked(corpus: StoryCorpus, events: readonly PredictedEventMention[], match: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const goldOf = new Map(corpus.mentions.map((m) => [m.id, m.event]));
  const out = new Map<string, Set<string>>();
  for (const e of events) {
    const g = match.get(e.id);
    if (g === undefined) continue;
    const set = out.get(e.tracked) ?? new Set<string>();
    set.add(goldOf.get(g)!);
    out.set(e.tracked, set);
  }
  return out;
}

/**
 * The predicted mentions matching no gold mention, grouped by predicted tracked event (in their order of
 * first appearance), each with the gold events its tracked event's matched mentions belong to: an extra
 * mention inside a tracked event the gold knows is a mention the gold does not list (or one of another event
 * merged in); one in a tracked event with no matched mention is a whole event the gold does not track.
 */
export function extraMentions(corpus: StoryCorpus, events: readonly PredictedEventMention[], detected: readonly DetectedEvent[]): ExtraMention[] {
  const match = matchMentions(corpus.mentions, events);
  const aligned = goldEventsByTracked(corpus, events, match);
  const order = [...new Set(events.map((e) => e.tracked))];
  const rank = new Map(order.map((t, i) => [t, i]));
  return events
    .filter((e) => !match.has(e.id))
    .sort((a, b) => rank.get(a.tracked)! - rank.get(b.tracked)! || a.report.localeCompare(b.report) || a.start - b.start)
    .map((e) => {
      const d = detected.find((x) => x.report === e.report && x.start === e.start && x.end === e.end);
      return {
        tracked: e.tracked,
        report: e.report,
        quote: corpus.texts.get(e.report)!.slice(e.start, e.end),
        type: d?.type ?? null,
        lemma: d?.lemma ?? null,
        alignedTo: [...(aligned.get(e.tracked) ?? [])].sort(),
      };
    });
}

/** The extra predicted mentions as lines, grouped by predicted tracked event. */
export function renderExtras(rows: readonly ExtraMention[]): string[] {
  const lines = [`  predicted mentions matching no gold mention (${rows.length}):`];
  let last = '';
  for (const r of rows) {
    if (r.tracked !== last) lines.push(`  ${r.tracked} ${r.alignedTo.length ? `(gold: ${r.alignedTo.join(', ')})` : '(no gold mention)'}`);
    last = r.tracked;
    lines.push(`    ${r.report} "${r.quote}"${r.type ? ` ${r.type} ${r.lemma}` : ''}`);
  }
  return lines;
}

/** The diagnosis as lines, grouped by gold tracked event. */
export function renderDiagnosis(rows: readonly MentionDiagnosis[]): string[] {
  const lines: string[] = [];
  let last = '';
  for (const r of rows) {
    if (r.event !== last) lines.push(`  ${r.event} (${r.type})`);
    last = r.event;
    lines.push(`    ${r.report} "${r.quote}" ${fateText(r.fate)}`);
  }
  return lines;
}

/**
 * `stories --refusals`: where one gold event was split over tracked events because the link layer refused a join. For
 * each refusal whose report event holds a gold mention, and whose refused tracked event holds another mention of the
 * same gold event: the gold event, the mention, the tracked event refused and why ("dates apart", "no shared participant
 * or place" …). A refusal of a tracked event of another gold event is right and is counted, not listed.
 */
export function diagnoseRefusals(corpus: StoryCorpus, events: readonly PredictedEventMention[], refusals: readonly RefusalRecord[]): string[] {
  const goldIn = goldEventsByTracked(corpus, events, matchMentions(corpus.mentions, events));
  const lines: string[] = [];
  const tally = new Map<string, { wrong: number; right: number }>();
  for (const r of refusals) {
    const g = corpus.mentions.find((m) => r.spans.some((sp) => overlaps(sp, m)));
    const theirs = goldIn.get(r.tracked);
    if (!g || !theirs) continue;
    const wrong = theirs.has(g.event);
    const t = tally.get(r.reason) ?? { wrong: 0, right: 0 };
    if (wrong) t.wrong++;
    else t.right++;
    tally.set(r.reason, t);
    if (wrong) lines.push(`    ${g.event} / ${r.report} "${corpus.texts.get(r.report)!.slice(g.start, g.end)}" (${r.lemma}): refused ${r.tracked}, ${r.reason}`);
  }
  const head = ['  link refusals (the same gold event refused / another gold event refused, by reason):'];
  for (const [reason, t] of [...tally].sort((a, b) => b[1].wrong - a[1].wrong)) head.push(`    ${reason}: ${t.wrong} / ${t.right}`);
  return [...head, '  refusals that split a gold event:', ...lines];
}
