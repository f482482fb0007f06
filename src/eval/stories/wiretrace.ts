/**
 * wiretrace's own predictions on the story corpus: every report annotated by the default pipeline,
 * digested and linked online, in publication order, by the link layer (src/link/) into an in-memory
 * state. Tracked events, status steps and drift findings are read back from the stories it built.
 */
import { annotate } from '../../annotate/default-pipeline.js';
import { digestReport } from '../../link/digest.js';
import { linkReport, type Refusal } from '../../link/link-report.js';
import { MemoryLinkState } from '../../link/state.js';
import type { StatusStep } from '../../link/schema.js';
import { reportStatus } from '../../link/status.js';
import type { StoryCorpus } from './corpus.js';
import type { DetectedEvent, RefusalRecord } from './diagnose.js';
import type { PredictedEventMention, PredictedFinding, PredictedStatus, StoryPrediction } from './score.js';

/**
 * `detected`, when given, receives every event the events layer found (for `--mentions`); `refusals`, every tracked event
 * a report's event was refused by (for `--refusals`).
 */
export async function wiretracePrediction(corpus: StoryCorpus, detected?: DetectedEvent[], refusals?: RefusalRecord[]): Promise<StoryPrediction> {
  const reports = [...corpus.gold.reports].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.file.localeCompare(b.file));
  const state = new MemoryLinkState();
  const fileOf = new Map<number, string>();
  const triggers = new Map<string, Array<{ id: string; start: number; end: number }>>();
  const pending: Refusal[] = [];
  for (const [i, r] of reports.entries()) {
    const id = i + 1;
    fileOf.set(id, r.file);
    const doc = annotate(corpus.texts.get(r.file)!, { published: r.published ?? null });
    for (const e of doc.layers.events ?? []) {
      const key = `${id}\u0000${e.cluster}`;
      const list = triggers.get(key) ?? [];
      list.push({ id: e.id, start: e.trigger.start, end: e.trigger.end });
      triggers.set(key, list);
      detected?.push({ report: r.file, start: e.trigger.start, end: e.trigger.end, type: e.type, lemma: e.lemma });
    }
    const firstLine = corpus.texts.get(r.file)!.split('\n', 1)[0] ?? null;
    const observer = refusals ? { refused: (x: Refusal) => pending.push(x) } : undefined;
    await linkReport(state, digestReport({ id, title: firstLine, outlet: r.outlet, published: r.published ?? null, language: r.language ?? null, nearDupOf: null }, doc), observer);
  }

  // a refusal names its report's event by cluster: its trigger spans, once every report is read
  for (const x of pending) {
    const report = fileOf.get(x.article)!;
    const spans = (triggers.get(`${x.article}\u0000${x.cluster}`) ?? []).map((t) => ({ report, start: t.start, end: t.end }));
    refusals?.push({ report, spans, lemma: x.lemma, tracked: x.tracked, reason: x.reason });
  }
  const stories = reports.map((r, i) => ({ item: r.file, cluster: '' + i }));
  const events: PredictedEventMention[] = [];
  const statuses: PredictedStatus[] = [];
  const findings: PredictedFinding[] = [];
  const tracked = new Map<string, string>();
  for (const { story } of state.allStories()) {
    for (const a of story.articles) stories[a.id - 1] = { item: fileOf.get(a.id)!, cluster: `s${story.id}` };
    for (const t of story.events) {
      for (const m of t.members) tracked.set(`${m.article}\u0000${m.cluster}`, t.id);
      // one status per report: the most advanced its steps assert (the gold's rule)
      const byReport = new Map<number, StatusStep[]>();
      for (const s of [...t.timeline].sort((a, b) => a.evidence.start - b.evidence.start)) byReport.set(s.article, [...(byReport.get(s.article) ?? []), s]);
      for (const [article, steps] of byReport) {
        const status = reportStatus(steps)!;
        const step = steps.find((st) => st.status === status)!;
        const report = fileOf.get(article)!;
        statuses.push({ tracked: t.id, report, status, evidence: { report, start: step.evidence.start, end: step.evidence.end } });
      }
    }
    for (const f of story.findings) {
      findings.push({
        kind: f.kind,
        a: { report: fileOf.get(f.a.article)!, start: f.a.start, end: f.a.end },
        b: { report: fileOf.get(f.b.article)!, start: f.b.start, end: f.b.end },
      });
    }
  }
  for (const [key, list] of triggers) {
    const [article] = key.split('\u0000') as [string];
    const report = fileOf.get(Number(article))!;
    // only events the link layer tracks are predictions; the rest are not claimed as tracked events
    const t = tracked.get(key);
    if (t === undefined) continue;
    for (const m of list) events.push({ id: `${report}#${m.id}`, report, start: m.start, end: m.end, tracked: t });
  }
  return { stories, events, statuses, findings };
}
