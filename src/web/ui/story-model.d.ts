// Types for story-model.js (browser code, not compiled by tsc) so TypeScript tests can import it.

export type StatusTone = 'pending' | 'set' | 'active' | 'done' | 'stopped' | 'unknown';
export function statusTone(status: string | null | undefined): StatusTone;
export function statusLabel(status: string | null | undefined): string;
export function dayNumber(iso: unknown): number | null;
export function dayIso(day: number): string;

export interface DateWindow {
  readonly from: string | null;
  readonly to: string | null;
}
export function windowText(window: DateWindow | null | undefined): string | null;

export interface Axis {
  readonly lo: number;
  readonly hi: number;
  x(day: number): number;
  readonly ticks: ReadonlyArray<{ readonly day: number; readonly label: string }>;
}
export function timeAxis(days: ReadonlyArray<number | null | undefined>, left: number, right: number, maxTicks?: number): Axis | null;

export interface StepLike {
  readonly id?: string;
  readonly date: string | null;
  readonly status: string;
  readonly time?: { readonly text: string; readonly window: DateWindow | null };
}
export interface Mark<S extends StepLike = StepLike> {
  readonly step: S;
  readonly at: number | null;
  readonly from: number | null;
  readonly to: number | null;
  readonly kind: 'range' | 'not-before' | 'by' | 'none';
}
export function timelineMarks<S extends StepLike>(steps: readonly S[] | null | undefined): Array<Mark<S>>;
export function marksDays(marks: readonly Mark[]): Array<number | null>;

export const DIFF_MAX_WORDS: number;
export interface Range {
  start: number;
  end: number;
}
export function wordDiff(a: string, b: string): { a: Range[]; b: Range[]; skipped: boolean };

export interface GraphNode {
  readonly id: number;
  readonly name: string;
  readonly column: number;
  readonly row: number;
  readonly uses: number;
}
export function chainGraph(chains: ReadonlyArray<readonly string[] | null | undefined>): {
  nodes: GraphNode[];
  edges: Array<{ from: number; to: number; count: number }>;
  columns: number;
  rows: number;
};

export interface StoryLike {
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly outlets: readonly string[];
  readonly events: ReadonlyArray<{ readonly status: string | null }>;
  readonly entities: ReadonlyArray<{ readonly key: string; readonly name: string }>;
}
export interface StoryFilters {
  readonly from?: string;
  readonly to?: string;
  readonly outlet?: string;
  readonly entity?: string;
  readonly status?: string;
}
export function storyFacets(stories: readonly StoryLike[]): {
  outlets: string[];
  statuses: string[];
  entities: Array<{ key: string; name: string }>;
};
export function filterStories<S extends StoryLike>(stories: readonly S[], filters: StoryFilters | null | undefined): S[];

export interface ArticleLike {
  readonly id: number;
  readonly published: string | null;
  readonly copyOf: number | null;
}
export function foldCopies<A extends ArticleLike>(articles: readonly A[]): Array<{ article: A; copies: A[] }>;

export interface ClaimLike {
  readonly source: string | null;
  readonly sourceName: string | null;
}
export function claimsBySource<C extends ClaimLike>(claims: readonly C[] | null | undefined): Array<{ key: string | null; name: string | null; claims: C[] }>;
export function quoted(text: string | null | undefined): string;
export function splitSourceGroups<G extends { readonly name: string | null; readonly claims: readonly unknown[] }>(groups: readonly G[] | null | undefined): { main: G[]; single: G[] };

export interface EntityLike {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly reports: number;
}
export interface EntityChip extends EntityLike {
  /** Other types the same name was read as in some reports. */
  readonly alsoTypes: readonly string[];
}
export function entityChipsOf(entities: readonly EntityLike[]): EntityChip[];
