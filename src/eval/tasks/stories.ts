/**
 * `npm run eval -- stories [--corpus corpus/stories] [--split dev|test|all] [--story ID,ID] [--errors] [--mentions] [--refusals] [--json]`
 * (`--mentions` lists each gold tracked event's mentions and where wiretrace put each, or why it missed it, then the
 * predicted mentions matching no gold mention, by predicted tracked event; dev only)
 * (`--refusals` counts the link layer's refused joins by reason, split into those that split one gold event and those
 * that kept two apart, and lists the first; dev only)
 * (`--errors` lists wiretrace's status misreads and missed or spurious findings; read it on dev only;
 * `--story` adds each named story's own figures, scored on its reports after a run over its whole split, and limits
 * the --errors, --mentions and --refusals listings to those stories' reports)
 *
 * Scores the project's own story corpus (docs/story-corpus.md): story clustering (pairwise, B-cubed),
 * tracked-event coreference (B-cubed), status accuracy per (tracked event, report) and drift findings (P/R).
 *
 * Until src/link/ exists the predictions come from a baseline: the ECB+-tuned TF-IDF clusterer for
 * stories, the events layer's triggers linked by same lemma within a story, and the events layer's own
 * per-report status mapped onto the story statuses. Nothing finds drift yet, so findings are reported as
 * absent rather than as a zero.
 */
import { resolve } from 'node:path';
import { WiretraceError } from '../../errors.js';
import type { EvalResult } from '../types.js';
import { annotateEvents } from '../../annotate/events/pipeline.js';
import type { EventStatus } from '../../doc/schemas/events.js';
import type { EventMentionSpan, ReportText } from '../linking.js';
import { sameLemmaLinker, tfidfClusterer } from '../ecbplus/baseline.js';
import { isCountedEvent } from '../../annotate/events/counted.js';
import { isHappening } from '../../annotate/events/happenings.js';
import { loadStoryCorpus, restrictToSplit, restrictToStories, type StoryCorpus } from '../stories/corpus.js';
import type { StoryStatus } from '../stories/gold.js';
import { wiretracePrediction } from '../stories/wiretrace.js';
import { diagnoseMentions, diagnoseRefusals, extraMentions, renderDiagnosis, renderExtras, sentenceOf, type DetectedEvent, type RefusalRecord } from '../stories/diagnose.js';
import type { SpanRef } from '../stories/corpus.js';
import { predictionForReports, scoreStories, type PredictedEventMention, type PredictedStatus, type StoryPrediction, type StoryScores } from '../stories/score.js';
import { appendAll } from '../../util/arrays.js';
import { argValue, requiredArgValue } from '../args.js';

/** The events layer's statuses in the story layer's words. */
const STATUS_OF: Readonly<Record<EventStatus, StoryStatus>> = {
  invited: 'invited',
  anticipated: 'expected',
  scheduled: 'dates-announced',
  'in-progress': 'under-way',
  occurred: 'happened',
  cancelled: 'cancelled',
};

const SPLITS = ['dev', 'test', 'all'] as const;
type Split = (typeof SPLITS)[number];

/** The baseline's predictions for a corpus (see the file comment). */
export function baselinePrediction(corpus: StoryCorpus): StoryPrediction {
  const reports: ReportText[] = corpus.gold.reports.map((r) => ({ id: r.file, text: corpus.texts.get(r.file)!, published: r.published }));
  const stories = tfidfClusterer().cluster(reports);
  const found: { span: EventMentionSpan; status: StoryStatus | undefined }[] = [];
  for (const r of reports) {
    const doc = annotateEvents(r.text, { published: r.published ?? null });
    for (const e of doc.layers.events ?? []) {
      // the baseline links the lexicon's triggers: not counted events (an amount's OCCURRENCE) or the tagger's happenings
      if (isCountedEvent(e) || isHappening(e)) continue;
      found.push({ span: { id: `${r.id}#${e.id}`, report: r.id, start: e.trigger.start, end: e.trigger.end }, status: e.status && STATUS_OF[e.status] });
    }
  }
  const tracked = new Map(sameLemmaLinker.link(reports, found.map((f) => f.span), stories).map((a) => [a.item, a.cluster]));
  const events: PredictedEventMention[] = found.map((f) => ({ ...f.span, tracked: tracked.get(f.span.id)! }));
  // A tracked event's status in a report: the first of its mentions there that states one.
  const statuses = new Map<string, PredictedStatus>();
  found.forEach((f, i) => {
    const key = `${events[i]!.tracked}\u0000${f.span.report}`;
    if (f.status && !statuses.has(key)) statuses.set(key, { tracked: events[i]!.tracked, report: f.span.report, status: f.status });
  });
  return { stories, events, statuses: [...statuses.values()], findings: [] };
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

function render(name: string, corpus: StoryCorpus, s: StoryScores): string[] {
  const g = corpus.gold;
  return [
    `${name}: ${g.stories.length} stories, ${g.reports.length} reports, ${g.events.length} tracked events, ${corpus.mentions.length} mentions, ${corpus.statuses.length} statuses, ${corpus.findings.length} findings`,
    `  stories         pair P/R/F1 ${pct(s.stories.pairwise.p)} ${pct(s.stories.pairwise.r)} ${pct(s.stories.pairwise.f1)}   B3 P/R/F1 ${pct(s.stories.b3.p)} ${pct(s.stories.b3.r)} ${pct(s.stories.b3.f1)}`,
    `  tracked events  B3 P/R/F1 ${pct(s.events.b3.p)} ${pct(s.events.b3.r)} ${pct(s.events.b3.f1)}   MUC F1 ${pct(s.events.muc.f1)}  CEAF-e F1 ${pct(s.events.ceafE.f1)}  CoNLL ${pct(s.events.conllF1)}   (${s.events.matched} of ${s.events.gold} gold mentions found; ${s.events.predicted} predicted)`,
    `  status          accuracy ${pct(s.status.accuracy)} (${s.status.correct}/${s.status.total})`,
    s.findings.predicted || name.startsWith('wiretrace')
      ? `  drift findings  P/R/F1 ${pct(s.findings.p)} ${pct(s.findings.r)} ${pct(s.findings.f1)}   (${s.findings.matched} of ${s.findings.gold} gold findings found; ${s.findings.predicted} predicted)`
      : `  drift findings  absent: the baseline finds no drift (${s.findings.gold} gold findings)`,
  ];
}

/** The sentence around a span, on one line. */
function sentenceText(corpus: StoryCorpus, r: SpanRef): string {
  const text = corpus.texts.get(r.report)!;
  const s = sentenceOf(text, r);
  return text.slice(s.start, s.end + 1).replace(/\s+/g, ' ').trim();
}

function renderErrors(corpus: StoryCorpus, s: StoryScores): string[] {
  const quote = (r: SpanRef): string => `${r.report} "${corpus.texts.get(r.report)!.slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, 90)}"`;
  return [
    '  status errors (gold event / report: want → got [aligned tracked event]):',
    ...s.errors.statuses.flatMap((e) => [
      `    ${e.event} / ${e.report}: ${e.want} → ${e.got} [${e.tracked ?? 'no aligned event'}]`,
      `      gold:      ${e.wantEvidence ? `"${sentenceText(corpus, e.wantEvidence)}"` : '(no evidence given)'}`,
      `      wiretrace: ${e.gotEvidence ? `"${sentenceText(corpus, e.gotEvidence)}"` : '(no step)'}`,
    ]),
    '  missed findings:',
    ...s.errors.missedFindings.map((f) => `    ${f.kind}: ${quote(f.a)} | ${quote(f.b)}`),
    '  spurious findings:',
    ...s.errors.spuriousFindings.map((f) => `    ${f.kind}: ${quote(f.a)} | ${quote(f.b)}`),
  ];
}

/** The figures a gate can pin, under `prefix`; drift only for wiretrace (the baseline finds none). */
function metricsOf(prefix: string, system: string, s: StoryScores): Record<string, number> {
  return {
    [`${prefix}.storyPairF1`]: s.stories.pairwise.f1,
    [`${prefix}.storyB3F1`]: s.stories.b3.f1,
    [`${prefix}.trackedEventB3F1`]: s.events.b3.f1,
    [`${prefix}.statusAcc`]: s.status.accuracy,
    ...(system === 'wiretrace' ? { [`${prefix}.driftP`]: s.findings.p, [`${prefix}.driftR`]: s.findings.r } : {}),
  };
}

export async function run(args: string[]): Promise<EvalResult> {
  const dir = resolve(argValue(args, '--corpus') ?? resolve('corpus', 'stories'));
  const split = (argValue(args, '--split') ?? 'all') as Split;
  if (!SPLITS.includes(split)) throw new WiretraceError('E_USAGE', `--split must be one of ${SPLITS.join(', ')}`);
  const showErrors = args.includes('--errors');
  const showMentions = args.includes('--mentions');
  const showRefusals = args.includes('--refusals');
  const full = loadStoryCorpus(dir);
  const storyIds = requiredArgValue(args, '--story')?.split(',').filter(Boolean) ?? [];
  const unknown = storyIds.filter((id) => !full.gold.stories.some((s) => s.id === id));
  if (unknown.length) throw new WiretraceError('E_USAGE', `--story names no story of the corpus: ${unknown.join(', ')}`);
  const parts = split === 'all' ? (['dev', 'test'] as const) : [split];
  const lines = ['Story corpus: baseline (TF-IDF stories, events-layer triggers linked by same lemma, events-layer status) and wiretrace (the link layer, online)', ''];
  const metrics: Record<string, number> = {};
  for (const part of parts) {
    const corpus = restrictToSplit(full, part);
    if (!corpus.gold.reports.length) {
      lines.push(`${part}: no reports`);
      continue;
    }
    const detected: DetectedEvent[] = [];
    const refusals: RefusalRecord[] = [];
    const systems = [
      { name: 'baseline', prediction: baselinePrediction(corpus) },
      { name: 'wiretrace', prediction: await wiretracePrediction(corpus, detected, showRefusals ? refusals : undefined) },
    ];
    // with --story, the listings name only those stories' reports: a story judged by its figures alone (a blind one)
    // stays unread when others are diagnosed
    const shown = storyIds.length ? restrictToStories(corpus, (st) => storyIds.includes(st.id)) : corpus;
    const inShown = (x: { readonly report: string }): boolean => shown.texts.has(x.report);
    for (const sys of systems) {
      const s = scoreStories(corpus, sys.prediction);
      appendAll(lines, render(`${sys.name} ${part}`, corpus, s));
      if (sys.name === 'wiretrace') {
        const events = sys.prediction.events.filter(inShown);
        if (showErrors) {
          const e = s.errors;
          const errors = { statuses: e.statuses.filter(inShown), missedFindings: e.missedFindings.filter((f) => inShown(f.a) || inShown(f.b)), spuriousFindings: e.spuriousFindings.filter((f) => inShown(f.a) || inShown(f.b)) };
          appendAll(lines, renderErrors(corpus, { ...s, errors }));
        }
        if (showRefusals) appendAll(lines, diagnoseRefusals(shown, events, refusals.filter(inShown)));
        if (showMentions) {
          const found = detected.filter(inShown);
          appendAll(lines, renderDiagnosis(diagnoseMentions(shown, events, found)));
          appendAll(lines, renderExtras(extraMentions(shown, events, found)));
        }
      }
      const prefix = part === 'test' ? sys.name : `${part}.${sys.name}`;
      Object.assign(metrics, metricsOf(prefix, sys.name, s));
      for (const story of corpus.gold.stories.filter((st) => storyIds.includes(st.id))) {
        const one = restrictToStories(corpus, (st) => st.id === story.id);
        const scores = scoreStories(one, predictionForReports(sys.prediction, new Set(one.texts.keys())));
        appendAll(lines, render(`${sys.name} ${part} story ${story.id}`, one, scores));
        Object.assign(metrics, metricsOf(`${prefix}.story.${story.id}`, sys.name, scores));
      }
    }
    lines.push('');
  }
  return { task: 'stories', metrics, table: lines.join('\n') };
}
