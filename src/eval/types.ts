/** What every eval task returns: named metrics (the gate compares them with floors.json) and a printable table. */
export interface EvalResult {
  readonly task: string;
  readonly metrics: Readonly<Record<string, number>>;
  readonly table?: string;
}

export interface EvalTask {
  run(args: string[]): Promise<EvalResult>;
}
