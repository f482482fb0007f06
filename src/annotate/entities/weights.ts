/**
 * Compact inference weights. Training uses a dense hashed table (2^bits rows x labels), but only a
 * small share of rows is ever updated. The shipped model keeps just the non-zero rows as int16, found
 * through an open-addressing table keyed by row offset: lookups give exactly the dense table's
 * scores (a missing row is a zero row) at a fraction of the memory, so rows stay in cache.
 */
import { WiretraceError } from '../../errors.js';
import { appendAll } from '../../util/arrays.js';

/** int16 slots: key low/high halves, then the row's weights, padded (40 bytes for 17 labels). */
const KEY = 2;

export class CompactWeights {
  /**
   * Open addressing with the weights inside the slot: [key lo, key hi, w_0 .. w_labels-1, pad], so a
   * lookup touches one place in memory rather than a key table and then a weight table.
   */
  readonly table: Int16Array;
  readonly stride: number;
  private readonly slotMask: number;
  readonly rows: number;

  constructor(
    /** dense row offsets (row id x labels) of the stored rows, ascending */
    rowOffsets: Int32Array,
    /** int16 weights, `labels` per stored row */
    w: Int16Array,
    readonly labels: number,
    /** float weight of one int16 unit */
    readonly scale = 1,
  ) {
    if (w.length !== rowOffsets.length * labels) throw new WiretraceError('E_MODEL', 'NER weight rows do not match');
    this.rows = rowOffsets.length;
    this.stride = (KEY + labels + 3) & ~3;
    let slots = 1;
    while (slots * 0.6 < rowOffsets.length) slots <<= 1;
    this.slotMask = slots - 1;
    const t = new Int16Array(slots * this.stride);
    for (let s = 0; s < slots; s++) t[s * this.stride] = -1; // key -1: empty (row offsets are >= 0)
    for (let s = 0; s < slots; s++) t[s * this.stride + 1] = -1;
    for (let i = 0; i < rowOffsets.length; i++) {
      const key = rowOffsets[i]!;
      let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.slotMask;
      while (t[s * this.stride] !== -1 || t[s * this.stride + 1] !== -1) s = (s + 1) & this.slotMask;
      const b = s * this.stride;
      t[b] = key & 0xffff;
      t[b + 1] = key >> 16;
      t.set(w.subarray(i * labels, (i + 1) * labels), b + KEY);
    }
    this.table = t;
  }

  /** Offset of a dense row's weights in `table`, or -1 where the row is all zero. */
  lookup(rowOffset: number): number {
    const t = this.table;
    const m = this.slotMask;
    const st = this.stride;
    const lo = (rowOffset << 16) >> 16;
    const hi = rowOffset >> 16;
    let s = (Math.imul(rowOffset, 0x9e3779b1) >>> 0) & m;
    for (;;) {
      const b = s * st;
      const klo = t[b]!;
      const khi = t[b + 1]!;
      if (klo === lo && khi === hi) return b + KEY;
      if (klo === -1 && khi === -1) return -1;
      s = (s + 1) & m;
    }
  }

  /**
   * From a dense float table: rows whose largest weight reaches `minWeight` (others are dropped as
   * noise; 0 keeps every non-zero row), quantised to int16 with one scale.
   */
  static quantise(dense: Float32Array, labels: number, minWeight = 0): { rows: Int32Array; w: Int16Array; scale: number } {
    let max = 0;
    for (let i = 0; i < dense.length; i++) max = Math.max(max, Math.abs(dense[i]!));
    const scale = max > 0 ? max / 32767 : 1;
    const rows: number[] = [];
    const vals: number[] = [];
    for (let r = 0; r < dense.length; r += labels) {
      let any = false;
      const q = new Array<number>(labels);
      for (let y = 0; y < labels; y++) {
        q[y] = Math.round(dense[r + y]! / scale);
        if (q[y] !== 0) any = true;
      }
      if (!any) continue;
      if (minWeight > 0) {
        let top = 0;
        for (let y = 0; y < labels; y++) top = Math.max(top, Math.abs(dense[r + y]!));
        if (top < minWeight) continue;
      }
      rows.push(r);
      appendAll(vals, q);
    }
    return { rows: Int32Array.from(rows), w: Int16Array.from(vals), scale };
  }
}
