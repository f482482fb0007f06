/** Page limits every engine applies the same way. */
import type { PageRequest } from './types.js';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

export function clampPage(page: PageRequest): { limit: number; offset: number } {
  const limit = Math.min(MAX_PAGE_LIMIT, Math.max(1, Math.trunc(finiteOr(page.limit, DEFAULT_PAGE_LIMIT))));
  // Capped at the largest safe integer: SQLite refuses to bind bigger numbers ("datatype mismatch").
  const offset = Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.trunc(finiteOr(page.offset, 0))));
  return { limit, offset };
}

/** NaN and undefined take the default; infinities are kept so that the clamps above bound them. */
function finiteOr(n: number | undefined, fallback: number): number {
  return n === undefined || Number.isNaN(n) ? fallback : n;
}
