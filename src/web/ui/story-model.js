// The story pages' arithmetic, kept apart from the DOM so Node tests can import it: days on a time axis,
// where each status step and its window sit, word-level differences between two wordings, the layout of
// a relay-chain graph, the story list's filters, and wire copies folded under their originals.

/** Reader statuses grouped by what they mean for the event, for colour and the sparkline's height. */
const STATUS_TONES = {
  invited: 'pending',
  expected: 'pending',
  'expected-not-before': 'pending',
  preparing: 'pending',
  'dates-announced': 'set',
  'under-way': 'active',
  happened: 'done',
  postponed: 'stopped',
  cancelled: 'stopped',
  denied: 'stopped',
};

/** 'pending' | 'set' | 'active' | 'done' | 'stopped' | 'unknown' */
export function statusTone(status) {
  return STATUS_TONES[status] || 'unknown';
}

/** A status as words: "dates-announced" → "dates announced". */
export function statusLabel(status) {
  return status ? String(status).replace(/-/g, ' ') : 'no status';
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date or date-time, read as the calendar day written; null when not a date. */
export function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(typeof iso === 'string' ? iso : '');
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

/** The ISO day of a day number. */
export function dayIso(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A window as people say it: both ends → "2 Mar – 2 Jun 2025"; one day → "8 Apr 2025"; only a start →
 * "not before 1 Jan 2026"; only an end → "by about 2 Jun 2025". null when there is no window.
 */
export function windowText(window) {
  if (!window) return null;
  const from = dayNumber(window.from);
  const to = dayNumber(window.to);
  const fmt = (d) => {
    const iso = dayIso(d);
    return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  };
  if (from !== null && to !== null) return from === to ? fmt(from) : `${fmt(from)} – ${fmt(to)}`;
  if (from !== null) return `not before ${fmt(from)}`;
  if (to !== null) return `by about ${fmt(to)}`;
  return null;
}

/**
 * A linear time axis over every day given (nulls ignored), padded a little on both sides, mapping a
 * day to an x between `left` and `right`. Ticks fall on month starts (or years, for long spans); a span
 * with fewer than two month starts in it (most developing stories: days to weeks) ticks by day instead,
 * every 1, 2, 3, 7 or 14 days, so a short timeline still says which day is which. At most `maxTicks`
 * are labelled, and the first tick always names its year.
 */
export function timeAxis(days, left, right, maxTicks = 8) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) {
    if (d === null || d === undefined || !Number.isFinite(d)) continue;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (lo === Infinity) return null;
  const pad = Math.max(3, Math.round((hi - lo) * 0.04));
  lo -= pad;
  hi += pad;
  const span = hi - lo;
  const x = (d) => left + ((d - lo) / span) * (right - left);
  let ticks = calendarTicks(lo, hi, span > 3 * 365);
  if (ticks.length < 2) ticks = dayTicks(lo, hi, maxTicks);
  const step = Math.max(1, Math.ceil(ticks.length / maxTicks));
  return { lo, hi, x, ticks: ticks.filter((_, i) => i % step === 0) };
}

/** Month starts (or year starts) in [lo, hi]; a month tick names its year in January and on the first tick. */
function calendarTicks(lo, hi, yearly) {
  const ticks = [];
  const first = new Date(lo * DAY_MS);
  let y = first.getUTCFullYear();
  let m = yearly ? 0 : first.getUTCMonth();
  for (;;) {
    const d = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (d > hi) break;
    if (d >= lo) ticks.push({ day: d, label: yearly ? String(y) : m === 0 || !ticks.length ? `${MONTHS[m]} ${y}` : MONTHS[m] });
    if (yearly) y++;
    else if (++m === 12) {
      m = 0;
      y++;
    }
  }
  return ticks;
}

/** Day steps a short axis may tick by; weeks start on Mondays. */
const DAY_STEPS = [1, 2, 3, 7, 14];
/** Day 0 (1970-01-01) was a Thursday, so Mondays are the days 4 mod 7. */
const MONDAY = 4;

/**
 * Ticks on days for a span too short for month ticks: the smallest step of DAY_STEPS that keeps the
 * count within maxTicks. Labels read "8 Sep"; the first tick and a new year's first tick add the year.
 */
function dayTicks(lo, hi, maxTicks) {
  const first = Math.ceil(lo);
  const step = DAY_STEPS.find((k) => Math.floor((hi - first) / k) + 1 <= maxTicks) ?? DAY_STEPS[DAY_STEPS.length - 1];
  const offset = step === 7 || step === 14 ? MONDAY : 0;
  const start = first + ((((offset - first) % step) + step) % step);
  const ticks = [];
  let year = null;
  for (let d = start; d <= hi; d += step) {
    const iso = dayIso(d);
    const y = iso.slice(0, 4);
    const label = `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
    ticks.push({ day: d, label: y === year ? label : `${label} ${y}` });
    year = y;
  }
  return ticks;
}

/**
 * Where each status step of a tracked event is drawn: the day it was asserted (`at`) and, when the
 * step says when the event happens, its window as a range, an open "not before" bound or a "by" bound.
 * Window ends that are not calendar days (unanchored "DCT+P3M") are left out rather than guessed.
 */
export function timelineMarks(steps) {
  return (steps || []).map((step) => {
    const at = dayNumber(step.date);
    const w = step.time && step.time.window;
    const from = w ? dayNumber(w.from) : null;
    const to = w ? dayNumber(w.to) : null;
    let kind = 'none';
    if (from !== null && to !== null) kind = 'range';
    else if (from !== null) kind = 'not-before';
    else if (to !== null) kind = 'by';
    return { step, at, from, to, kind };
  });
}

/** Every day a set of marks needs on its axis. */
export function marksDays(marks) {
  const out = [];
  for (const m of marks) out.push(m.at, m.from, m.to);
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** Beyond this many words a side, two wordings are shown without a diff (the table is n × m). */
export const DIFF_MAX_WORDS = 400;

function tokens(text) {
  const out = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, norm: m[0].toLowerCase().replace(/’/g, "'") });
  return out;
}

/**
 * Word-level difference of two wordings (a longest common subsequence of words, compared without case).
 * Returns, for each side, the [start, end) ranges of its words that the other side lacks, merged where
 * only spaces separate them. Two long texts (over DIFF_MAX_WORDS words) get no ranges: `skipped` says so.
 */
export function wordDiff(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length > DIFF_MAX_WORDS || tb.length > DIFF_MAX_WORDS) return { a: [], b: [], skipped: true };
  const n = ta.length;
  const m = tb.length;
  // lcs[i][j]: common words of ta[i..] and tb[j..], one flat array
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = ta[i].norm === tb[j].norm
        ? lcs[(i + 1) * (m + 1) + j + 1] + 1
        : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const keepA = new Uint8Array(n);
  const keepB = new Uint8Array(m);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ta[i].norm === tb[j].norm) {
      keepA[i++] = 1;
      keepB[j++] = 1;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return { a: changedRanges(a, ta, keepA), b: changedRanges(b, tb, keepB), skipped: false };
}

function changedRanges(text, toks, keep) {
  const out = [];
  toks.forEach((t, k) => {
    if (keep[k]) return;
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, t.start))) last.end = t.end;
    else out.push({ start: t.start, end: t.end });
  });
  return out;
}

/**
 * A relay graph of source chains (each origin first, the report's outlet last): one node per name,
 * one edge per hop, counted. Columns are a node's longest distance from an origin, so the asserting
 * source sits left, agencies in the middle and outlets right; rows keep first-seen order.
 */
export function chainGraph(chains) {
  const nodes = new Map();
  const edges = new Map();
  const node = (name) => {
    let n = nodes.get(name);
    if (!n) {
      n = { id: nodes.size, name, column: 0, row: 0, uses: 0 };
      nodes.set(name, n);
    }
    return n;
  };
  for (const chain of chains) {
    const names = (chain || []).filter((s) => typeof s === 'string' && s);
    names.forEach((name, k) => {
      node(name).uses++;
      if (k === 0) return;
      const from = names[k - 1];
      if (from === name) return;
      const key = `${nodes.get(from).id}>${nodes.get(name).id}`;
      const e = edges.get(key);
      if (e) e.count++;
      else edges.set(key, { from: nodes.get(from).id, to: nodes.get(name).id, count: 1 });
    });
  }
  // Longest path from an origin, by relaxing edges at most |nodes| times (cycles cannot grow it forever).
  const list = [...nodes.values()];
  const edgeList = [...edges.values()];
  for (let round = 0; round < list.length; round++) {
    let changed = false;
    for (const e of edgeList) {
      const next = list[e.from].column + 1;
      if (next > list[e.to].column && next < list.length) {
        list[e.to].column = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows = new Map();
  for (const n of list) {
    n.row = rows.get(n.column) || 0;
    rows.set(n.column, n.row + 1);
  }
  const columns = list.reduce((c, n) => Math.max(c, n.column + 1), 0);
  const height = [...rows.values()].reduce((r, v) => Math.max(r, v), 0);
  return { nodes: list, edges: edgeList, columns, rows: height };
}

/** The outlets, statuses and entities a story list can be filtered by, each sorted for a menu. */
export function storyFacets(stories) {
  const outlets = new Set();
  const statuses = new Set();
  const entities = new Map();
  for (const s of stories) {
    for (const o of s.outlets || []) outlets.add(o);
    for (const e of s.events || []) if (e.status) statuses.add(e.status);
    for (const e of s.entities || []) if (!entities.has(e.key)) entities.set(e.key, e.name);
  }
  const byText = (a, b) => a.localeCompare(b, 'en');
  return {
    outlets: [...outlets].sort(byText),
    statuses: [...statuses].sort(byText),
    entities: [...entities].map(([key, name]) => ({ key, name })).sort((a, b) => byText(a.name, b.name)),
  };
}

/**
 * The stories that pass every filter given: `from`/`to` (ISO days; a story passes when its reports
 * overlap the range), `outlet`, `entity` (a global key) and `status` (any tracked event's latest).
 */
export function filterStories(stories, filters) {
  const f = filters || {};
  const from = dayNumber(f.from);
  const to = dayNumber(f.to);
  return stories.filter((s) => {
    if (from !== null || to !== null) {
      const first = dayNumber(s.firstDate);
      const last = dayNumber(s.lastDate);
      if (first === null && last === null) return false;
      if (from !== null && (last ?? first) < from) return false;
      if (to !== null && (first ?? last) > to) return false;
    }
    if (f.outlet && !(s.outlets || []).includes(f.outlet)) return false;
    if (f.entity && !(s.entities || []).some((e) => e.key === f.entity)) return false;
    if (f.status && !(s.events || []).some((e) => e.status === f.status)) return false;
    return true;
  });
}

/**
 * A story's reports in publication order (undated last), each original with the wire copies of it
 * folded underneath; a copy whose original is not in the list stands on its own.
 */
export function foldCopies(articles) {
  const byDate = (x, y) => (x.published || '9999').localeCompare(y.published || '9999') || x.id - y.id;
  const sorted = [...articles].sort(byDate);
  const ids = new Set(sorted.map((a) => a.id));
  const copies = new Map();
  for (const a of sorted) {
    if (a.copyOf === null || a.copyOf === undefined || !ids.has(a.copyOf) || a.copyOf === a.id) continue;
    const list = copies.get(a.copyOf);
    if (list) list.push(a);
    else copies.set(a.copyOf, [a]);
  }
  return sorted
    .filter((a) => !(a.copyOf !== null && a.copyOf !== undefined && ids.has(a.copyOf) && a.copyOf !== a.id))
    .map((a) => ({ article: a, copies: copies.get(a.id) || [] }));
}

/** Claims grouped by who asserted them, the most prolific source first; unattributed claims last. */
export function claimsBySource(claims) {
  const groups = new Map();
  for (const c of claims || []) {
    const key = c.source || (c.sourceName ? `name:${c.sourceName}` : '');
    let g = groups.get(key);
    if (!g) {
      g = { key: c.source || null, name: c.sourceName || null, claims: [] };
      groups.set(key, g);
    }
    g.claims.push(c);
  }
  return [...groups.values()].sort((a, b) =>
    (a.name === null) - (b.name === null) || b.claims.length - a.claims.length || (a.name || '').localeCompare(b.name || '', 'en'));
}

/**
 * A claim's words in quotation marks, leaving out a mark the words already carry at that end (a quote
 * that is itself a quotation would otherwise read ““…””). Only double marks count: a closing ’ is as
 * often an apostrophe ("the workers’").
 */
export function quoted(text) {
  const t = String(text ?? '');
  return `${/^["“„«]/.test(t) ? '' : '“'}${t}${/["”»]$/.test(t) ? '' : '”'}`;
}

/**
 * Source groups (claimsBySource) split for reading: `main` holds the sources with several claims and
 * the unattributed claims, `single` the sources with one claim each, both in the order given.
 */
export function splitSourceGroups(groups) {
  const main = [];
  const single = [];
  for (const g of groups || []) (g.claims.length > 1 || g.name === null ? main : single).push(g);
  return { main, single };
}

/**
 * The story's entities as chips: one per name shown. Taggers type a name differently from report to report
 * ("Meridian Wire" an organisation here, a place there), and each type is its own entity; a reader sees the
 * same name twice. Entities of one name (case aside) become one chip: the most reported one, linked, with
 * the other types it was read as. Sorted by reports, then name.
 */
export function entityChipsOf(entities) {
  const byName = new Map();
  const sorted = [...entities].sort((a, b) => b.reports - a.reports || String(a.name).localeCompare(String(b.name), 'en'));
  for (const e of sorted) {
    const name = String(e.name).toLocaleLowerCase('en');
    const chip = byName.get(name);
    if (!chip) byName.set(name, { key: e.key, name: e.name, type: e.type, reports: e.reports, alsoTypes: [] });
    else if (e.type !== chip.type && !chip.alsoTypes.includes(e.type)) chip.alsoTypes.push(e.type);
  }
  return [...byName.values()];
}
