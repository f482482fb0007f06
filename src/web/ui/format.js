// Display formatting. Dates are shown as written (calendar date in the report's own offset), never
// shifted into the reader's time zone, and an unknown date says so.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-02T15:10:00+08:00" → "2 Mar 2025"; null → "date unknown"; anything odd is shown as is. */
export function formatDate(iso) {
  if (!iso) return 'date unknown';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** "2025-03-02T15:10:00+08:00" → "15:10 +08:00"; '' when there is no time. */
export function formatTime(iso) {
  const m = /T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/.exec(iso || '');
  if (!m) return '';
  return m[2] ? `${m[1]} ${m[2] === 'Z' ? 'UTC' : m[2]}` : m[1];
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A compact rendering of a record's value for the details panel. */
export function valueText(v) {
  if (v === null) return 'null';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
