/**
 * The real-wire-copy eval (`npm run eval -- wire`): one small gold file per pattern that breaks naive
 * per-report layers on real news (future weekdays, relay chains, datelines, name variants, other
 * languages, …). Each pattern module in ./patterns/ says how to check one example; the runner scores
 * the share of examples each pattern gets right, per split.
 *
 * Gold lives in corpus/wire/<pattern>/{dev,test}.jsonl, written for the project (never copied from an
 * outlet). Rules are developed on dev; test is held out and pinned in the gate.
 */

/** One gold line. `expect` is the pattern's own shape; the pattern validates it. */
export interface WireExample {
  readonly id: string;
  /** The report text (a sentence or a few), or the raw file content for ingest-level patterns. */
  readonly text: string;
  /** Publication date/time (ISO 8601) that anchors relative times; absent = none. */
  readonly published?: string;
  /** Why the example is there, for the error listing. */
  readonly note?: string;
  readonly expect: unknown;
}

/** The outcome of checking one example: `want`/`got` are short readable strings for the error list. */
export interface WireCheck {
  readonly ok: boolean;
  readonly want: string;
  readonly got: string;
}

export interface WirePattern {
  /** Directory name under corpus/wire/ and metric name (`wire.<name>`). */
  readonly name: string;
  /** The issue section it belongs to, for grouping in the table (time, status, attribution, entities, language, input). */
  readonly family: string;
  readonly description: string;
  check(example: WireExample): WireCheck | Promise<WireCheck>;
}
