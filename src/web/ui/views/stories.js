// Home: the stories, newest first, each with where its main tracked event stands and a status sparkline;
// filters by date range, outlet, entity and status live in the hash (#/?outlet=…), so a filtered list
// can be bookmarked; suggested searches are the names the stored stories are most about.
import { listStories } from '../api.js';
import { append, h, s } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { dayNumber, filterStories, statusLabel, statusTone, storyFacets, timeAxis } from '../story-model.js';

const FILTERS = ['from', 'to', 'outlet', 'entity', 'status'];
const SUGGESTIONS = 5;

export function statusBadge(status, date) {
  return h('span', { class: ['status-badge', `tone-${statusTone(status)}`] },
    statusLabel(status), date ? h('span', { class: 'since' }, ` since ${formatDate(date)}`) : null);
}

/** A small chart of one event's status steps over time: a dot per step, higher as the event advances. */
export function sparkline(steps) {
  const levels = { unknown: 0, pending: 1, set: 2, active: 3, done: 4, stopped: 0 };
  const w = 120;
  const hgt = 28;
  const dated = (steps || []).filter((st) => dayNumber(st.date) !== null);
  const axis = timeAxis(dated.map((st) => dayNumber(st.date)), 4, w - 4);
  const svg = s('svg', { class: 'sparkline', width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}`, 'aria-hidden': 'true', focusable: 'false' });
  if (!axis) return svg;
  const y = (st) => hgt - 5 - levels[statusTone(st.status)] * 5;
  const pts = dated.map((st) => `${axis.x(dayNumber(st.date)).toFixed(1)},${y(st)}`);
  svg.appendChild(s('polyline', { points: pts.join(' '), class: 'spark-line' }));
  for (const st of dated) {
    svg.appendChild(s('circle', { cx: axis.x(dayNumber(st.date)).toFixed(1), cy: y(st), r: 2.5, class: `spark-dot tone-${statusTone(st.status)}` }));
  }
  return svg;
}

function storyRow(story) {
  const main = story.events[0] || null;
  const span = story.firstDate && story.lastDate && story.firstDate !== story.lastDate
    ? `${formatDate(story.firstDate)} – ${formatDate(story.lastDate)}` : formatDate(story.lastDate || story.firstDate);
  return h('li', { class: 'story-row' },
    h('div', { class: 'story-main' },
      h('a', { class: 'row-title', href: `#/story/${story.id}` }, story.title),
      main
        ? h('p', { class: 'story-status' }, statusBadge(main.status, main.statusDate), ' ', h('span', { class: 'event-label' }, main.label))
        : h('p', { class: 'story-status muted' }, 'No tracked event with a status yet'),
      h('p', { class: 'row-meta' },
        h('span', null, `${plural(story.articles.length, 'report')} from ${plural(story.outlets.length, 'outlet')}`),
        h('span', null, `updated ${formatDate(story.lastDate)}`),
        h('span', null, span),
        story.findings ? h('span', { class: 'findings-count' }, plural(story.findings, 'finding')) : null)),
    main ? h('div', { class: 'story-spark', title: `${main.label}: status history` }, sparkline(main.steps)) : null,
  );
}

/** A labelled filter choice, "any" first; a current value not among the options is kept as its own option. */
export function filterSelect(name, label, options, value) {
  const known = !value || options.some((o) => o.value === value);
  return h('label', { class: 'filter' }, label,
    h('select', { name },
      h('option', { value: '' }, 'any'),
      options.map((o) => h('option', { value: o.value, selected: o.value === value ? true : null }, o.label)),
      known ? null : h('option', { value, selected: true }, value)));
}

function filterForm(facets, current) {
  const form = h('form', { class: 'filters', 'aria-label': 'Filter stories' },
    h('label', { class: 'filter' }, 'From', h('input', { type: 'date', name: 'from', value: current.from || null })),
    h('label', { class: 'filter' }, 'To', h('input', { type: 'date', name: 'to', value: current.to || null })),
    filterSelect('outlet', 'Outlet', facets.outlets.map((o) => ({ value: o, label: o })), current.outlet),
    filterSelect('entity', 'Entity', facets.entities.map((e) => ({ value: e.key, label: e.name })), current.entity),
    filterSelect('status', 'Status', facets.statuses.map((st) => ({ value: st, label: statusLabel(st) })), current.status),
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: '#/', class: 'reset' }, 'Clear'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const q = new URLSearchParams();
    for (const k of FILTERS) {
      const v = String(data.get(k) || '');
      if (v) q.set(k, v);
    }
    location.hash = q.toString() ? `#/?${q}` : '#/';
  });
  return form;
}

/** Searches that find something: the names the stories are most about, as they are written in the reports. */
function suggestions(stories) {
  const count = new Map();
  for (const st of stories) for (const e of st.entities || []) count.set(e.name, (count.get(e.name) || 0) + e.reports);
  const names = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).slice(0, SUGGESTIONS).map(([n]) => n);
  if (!names.length) return null;
  return h('p', { class: 'suggest' }, 'Try searching for ',
    names.map((n, i) => [i ? ', ' : '', h('a', { href: `#/search?${new URLSearchParams({ q: /\s/.test(n) ? `"${n}"` : n })}` }, n)]), '.');
}

export async function renderStories(root, params, setTitle) {
  const data = await listStories({ limit: 200 });
  setTitle('Stories');
  const current = {};
  for (const k of FILTERS) current[k] = params.get(k) || '';
  const heading = h('h1', { tabindex: '-1' }, 'Stories');
  const intro = h('p', { class: 'count' },
    data.total ? `${plural(data.total, 'story', 'stories')}, latest first. ` : '',
    h('a', { href: '#/articles' }, 'All articles'), '.');
  if (!data.items.length) {
    append(root, [heading, intro, h('div', { class: 'empty' },
      h('p', null, 'No stories yet: stories form as reports are ingested.'),
      h('p', null, 'Start with ', h('code', null, 'npm start'), ' (the example stories) or ', h('code', null, 'wiretrace ingest PATH'), '.'))]);
    return heading;
  }
  const shown = filterStories(data.items, current);
  const list = shown.length
    ? h('ol', { class: 'story-list' }, shown.map(storyRow))
    : h('p', { class: 'empty' }, 'No story matches these filters. ', h('a', { href: '#/' }, 'Show all stories'), '.');
  append(root, [heading, intro, suggestions(data.items), filterForm(storyFacets(data.items), current),
    shown.length !== data.items.length ? h('p', { class: 'count', role: 'status' }, `${shown.length} of ${data.items.length} shown`) : null,
    list,
    data.total > data.items.length ? h('p', { class: 'muted' }, `The newest ${data.items.length} of ${data.total} stories are listed.`) : null]);
  installRowKeys(list);
  return heading;
}

/** ArrowDown/ArrowUp (and j/k) move between story titles, so the list reads like a mail index. */
function installRowKeys(list) {
  list.addEventListener('keydown', (e) => {
    if (!['ArrowDown', 'ArrowUp', 'j', 'k'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const links = [...list.querySelectorAll('.row-title')];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    e.preventDefault();
    const next = links[Math.min(links.length - 1, Math.max(0, at + (e.key === 'ArrowDown' || e.key === 'j' ? 1 : -1)))];
    next.focus();
  });
}
