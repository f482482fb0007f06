/**
 * Dates in HTML metadata, through the one normaliser (src/ingest/dates.ts), with the limits that
 * metadata needs: years before 1900 are parse accidents, and a "publication" date more than two days
 * ahead is a typo or an event date. Natural-language values are read leniently ("Updated Nov. 19,
 * 2019 10:04 AM ET").
 */
import { parseDate, type DateOptions } from '../../dates.js';

const MAX_FUTURE_MS = 2 * 24 * 3600 * 1000;

function metadataOptions(): DateOptions {
  return { minYear: 1900, notAfter: Date.now() + MAX_FUTURE_MS, lenient: true };
}

export function normalizeDate(input: string | null | undefined): string | null {
  return parseDate(input, metadataOptions());
}

/** A date written into the URL path: /2019/11/19/, /2019-11-19/, /20191119/. Month-only paths give no day: null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=\/|[_-]|\.|$)/.exec(path);
  if (!m) return null;
  return parseDate(`${m[1]}-${m[2]}-${m[3]}`, metadataOptions());
}
