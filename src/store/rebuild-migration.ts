/**
 * What SQLite migration 10 and PostgreSQL migration 9 do to each stored article, on either engine:
 * a signature that is the MinHash of the article's own text becomes its two-byte mark
 * (./near-dup.ts textSignatureMark), and layers the text annotator gives back exactly from the text
 * leave its bundle (./layer-bundle.ts rebuildFromText). Everything else is kept as stored.
 */
import { rebuildFromText } from './layer-bundle.js';
import { textSignatureMark } from './near-dup.js';

/** Articles read per step of the migration, so a large store is never held in memory at once. */
export const REBUILD_BATCH = 200;

/** An article as the migration reads it: its signature as stored (hex text or bytes) and its bundle. */
export interface RebuildRow {
  readonly id: number;
  readonly text: string;
  readonly signature: Uint8Array | string | null;
  readonly bundle: Uint8Array | null;
}

/** The new values for one article: null where the stored one stays. */
export interface RebuildChange {
  readonly signature: Buffer | null;
  readonly bundle: Buffer | null;
}

/**
 * The changes for one row. `hexOf` reads the engine's signature column (not the mark, which is not
 * stored yet); a column it cannot read as a signature stays as it is.
 */
export function rebuildChange(row: RebuildRow, hexOf: (stored: Uint8Array | string) => string | null): RebuildChange {
  const hex = row.signature === null ? null : hexOf(row.signature);
  return {
    signature: hex === null ? null : textSignatureMark(hex, row.text),
    bundle: row.bundle === null ? null : rebuildFromText(row.bundle, row.text),
  };
}
