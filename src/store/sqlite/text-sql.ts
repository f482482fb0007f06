/**
 * The SQL side of ../text-codec.ts: wiretrace_text(stored) gives an article's text from its stored
 * form, for the full-text index (its content view and triggers, migration 12). Every connection that
 * reads the index or writes articles registers it; SQLite knows no function it was not given.
 */
import type Database from 'better-sqlite3';
import { unpackText, type StoredText } from '../text-codec.js';

export function registerTextFunction(db: Database.Database): void {
  db.function('wiretrace_text', { deterministic: true }, (stored: unknown) => unpackText(stored as StoredText | null));
}
