// Types for layers.js (browser code, not compiled by tsc) so TypeScript tests and tools can import it.

export interface LayerInfo {
  readonly label: string;
  readonly order: number;
  readonly defaultOn: boolean;
  readonly hint?: string;
}
export const LAYER_INFO: Readonly<Record<string, LayerInfo>>;
export const PAGE_LAYERS: readonly string[];
export function layersToFetch(isOn: (name: string) => boolean): string[];
export const MENTION_TYPES: readonly string[];
export const MENTION_TYPE_LABELS: Readonly<Record<string, string>>;

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A highlightable span; `key` ("attributions:3:cue") names the record and the part shown. */
export interface UiSpan extends Range {
  readonly layer: string;
  readonly index: number;
  readonly role: string;
  readonly key: string;
  readonly classes: readonly string[];
}

export interface Segment extends Range {
  readonly spans: readonly UiSpan[];
}

export interface Block extends Range {
  readonly segments: readonly Segment[];
}

export function spansForLayer(name: string, records: unknown, textLength: number): UiSpan[];
export function orderedLayerNames(layers: Readonly<Record<string, unknown>> | null | undefined): string[];
export function isSpanned(name: string): boolean;
export function buildBlocks(textLength: number, spans: readonly UiSpan[], paragraphs: unknown): Block[];
export function excerpt(text: string, r: Range | null | undefined, max?: number): string;
