/**
 * Search filters every engine applies the same way: one check of the values a caller sent, and one
 * SQL condition over `articles a` that both SQLite and PostgreSQL read alike. Values only ever reach
 * SQL as bound parameters (the engine's `bind` names the placeholder), never spliced in.
 */
import { WiretraceError } from '../errors.js';
import type { SearchFilter } from './types.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A BCP 47 tag as reports carry them: a primary subtag, then optional subtags ("en", "zh-Hant-TW"). */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;
const MAX_OUTLET = 200;
const MAX_ENTITY = 300;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A filter with its values trimmed, blank ones dropped and the language lower-cased; E_VALIDATION
 * for a day that is not YYYY-MM-DD, a range that ends before it starts, a malformed language tag,
 * or an outlet or entity too long to be one.
 */
export function checkSearchFilter(filter: SearchFilter = {}): SearchFilter {
  const out: { -readonly [K in keyof SearchFilter]: string } = {};
  for (const field of ['from', 'to', 'outlet', 'language', 'entity'] as const) {
    const raw = filter[field];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') throw new WiretraceError('E_VALIDATION', `search filter ${field} must be a string`);
    const v = raw.trim();
    if (v) out[field] = field === 'language' ? v.toLowerCase() : v;
  }
  for (const field of ['from', 'to'] as const) {
    const v = out[field];
    if (v !== undefined && !isIsoDay(v)) throw new WiretraceError('E_VALIDATION', `search filter ${field} must be a day as YYYY-MM-DD, not ${JSON.stringify(v)}`);
  }
  if (out.from && out.to && out.from > out.to) throw new WiretraceError('E_VALIDATION', `search filter from (${out.from}) is after to (${out.to})`);
  if (out.language !== undefined && !LANGUAGE.test(out.language)) {
    throw new WiretraceError('E_VALIDATION', `search filter language must be a language tag such as "en" or "pt-BR", not ${JSON.stringify(out.language)}`);
  }
  if (out.outlet !== undefined && out.outlet.length > MAX_OUTLET) throw new WiretraceError('E_VALIDATION', `search filter outlet is longer than ${MAX_OUTLET} characters`);
  if (out.entity !== undefined && out.entity.length > MAX_ENTITY) throw new WiretraceError('E_VALIDATION', `search filter entity is longer than ${MAX_ENTITY} characters`);
  return out;
}

/**
 * The filter as SQL conditions over `articles a`, each starting with " AND " ('' for none). `bind`
 * adds a value to the engine's parameters and returns its placeholder. The day is the one the
 * report's date names (its first ten characters), as stories date reports; outlets compare by
 * `lower()` (ASCII folding in SQLite, as its NOCASE outlet names); the entity is read through the
 * stories' key and article indexes.
 */
export function searchFilterSql(filter: SearchFilter, bind: (value: string) => string): string {
  const parts: string[] = [];
  if (filter.from) parts.push(`substr(a.published, 1, 10) >= ${bind(filter.from)}`);
  if (filter.to) parts.push(`substr(a.published, 1, 10) <= ${bind(filter.to)}`);
  if (filter.outlet) parts.push(`lower(a.outlet) = lower(${bind(filter.outlet)})`);
  if (filter.language) parts.push(`(lower(a.language) = ${bind(filter.language)} OR lower(a.language) LIKE ${bind(`${filter.language}-%`)})`);
  if (filter.entity) {
    parts.push(`a.id IN (SELECT sa.article_id FROM story_articles sa JOIN story_keys sk ON sk.story_id = sa.story_id WHERE sk.key = ${bind(filter.entity)})`);
  }
  return parts.map((p) => ` AND ${p}`).join('');
}
