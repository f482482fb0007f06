/**
 * Stand-off spans sorted by start, for position queries in O(log n + k) instead of a scan of every
 * span per query: annotators that relate one layer to another (mentions inside an attribution's
 * source, timexes inside a sentence) would otherwise be quadratic on long documents.
 * Results keep the spans' input order among equal starts; `order(x)` gives a span's input index, for
 * callers that need "the first in input order".
 */
export interface SpanLike {
  readonly start: number;
  readonly end: number;
}

export class SpanIndex<T extends SpanLike> {
  private readonly items: readonly T[];
  private readonly starts: readonly number[];
  /** built on the first `order` call: most users of an index never ask for input order */
  private inputIndex: Map<T, number> | undefined;
  /** the spans in input order (a copy, for `order`), or undefined when that is `items` */
  private readonly input: readonly T[] | undefined;
  /** the longest span: any span overlapping a position p starts at or after p - maxLength */
  readonly maxLength: number;
  /** the input was already in start order, so start-order indices are input indices */
  readonly inputSorted: boolean;

  constructor(spans: readonly T[]) {
    const n = spans.length;
    // Layers are mostly built in text order already: then the (stable) sort is the identity.
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) if (spans[i]!.start < spans[i - 1]!.start) sorted = false;
    if (sorted) {
      this.items = spans.slice();
      this.input = undefined;
    } else {
      const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
      this.items = order.map((i) => spans[i]!);
      this.input = spans.slice();
    }
    // (a plain array: a typed array cost more to allocate than its reads save, and annotators build several per report)
    const starts: number[] = new Array<number>(n);
    let max = 0;
    for (let i = 0; i < n; i++) {
      const s = this.items[i]!;
      starts[i] = s.start;
      if (s.end - s.start > max) max = s.end - s.start;
    }
    this.starts = starts;
    this.maxLength = max;
    this.inputSorted = sorted;
  }

  get size(): number {
    return this.items.length;
  }

  /** The span's index in the array the index was built from. */
  order(span: T): number {
    if (!this.inputIndex) {
      const input = this.input ?? this.items;
      this.inputIndex = new Map();
      // a span listed twice gets its last index
      for (let i = 0; i < input.length; i++) this.inputIndex.set(input[i]!, i);
    }
    return this.inputIndex.get(span) ?? -1;
  }

  /** Index (in start order) of the first span starting at or after `pos`: how many start before it. */
  lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Spans lying inside [start, end). */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(start); i < this.items.length && this.starts[i]! < end; i++) {
      const s = this.items[i]!;
      if (s.end <= end) out.push(s);
    }
    return out;
  }

  /** Spans sharing at least one character with [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(start - this.maxLength); i < this.items.length && this.starts[i]! < end; i++) {
      const s = this.items[i]!;
      if (s.end > start) out.push(s);
    }
    return out;
  }

  /** Whether any span shares a character with [start, end): `overlapping(...).length > 0` without building the list. */
  overlaps(start: number, end: number): boolean {
    for (let i = this.lowerBound(start - this.maxLength); i < this.items.length && this.starts[i]! < end; i++) {
      if (this.items[i]!.end > start) return true;
    }
    return false;
  }

  /** Spans that contain all of [start, end). */
  containing(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(start - this.maxLength); i < this.items.length && this.starts[i]! <= start; i++) {
      const s = this.items[i]!;
      if (s.end >= end) out.push(s);
    }
    return out;
  }

  /** `spans` sorted into input order. */
  inInputOrder(spans: T[]): T[] {
    return spans.sort((a, b) => this.order(a) - this.order(b));
  }

  /** The first of `spans` in input order, or undefined. */
  firstInInput(spans: readonly T[]): T | undefined {
    let best: T | undefined;
    let bestI = Infinity;
    for (const s of spans) {
      const i = this.order(s);
      if (i < bestI) {
        bestI = i;
        best = s;
      }
    }
    return best;
  }
}
