// Search results: the server's plain-text snippet with its match ranges marked. The story list's
// filters that apply to a report (date range, outlet, language, entity) narrow the search on the
// server and live in the hash (#/search?q=…&outlet=…), so a filtered search can be bookmarked.
import { SEARCH_FILTERS, listStories, search } from '../api.js';
import { append, h, markRanges } from '../dom.js';
import { plural } from '../format.js';
import { storyFacets } from '../story-model.js';
import { articleRow, pager } from './list.js';
import { filterSelect } from './stories.js';

const HELP = 'Type words or "a quoted phrase" in the search box: all words must match; a trailing * matches a prefix; OR between words or (groups of words) matches either, as in (visit OR trip) Ulaanbaatar.';

/** The filters named in the hash, blank ones left out. */
export function filtersFrom(params) {
  const out = {};
  for (const k of SEARCH_FILTERS) {
    const v = (params.get(k) || '').trim();
    if (v) out[k] = v;
  }
  return out;
}

/** The hash of a search: its words, its filters, and the offset when past the first page. */
export function searchHash(q, filter, offset = 0) {
  const p = new URLSearchParams({ q });
  for (const k of SEARCH_FILTERS) if (filter[k]) p.set(k, filter[k]);
  if (offset) p.set('offset', String(offset));
  return `#/search?${p}`;
}

/** The applied filters as words: "from Delta Times, in en, published 2025-05-01 to 2025-05-31". */
function filterWords(filter, entityName) {
  const parts = [];
  if (filter.outlet) parts.push(`from ${filter.outlet}`);
  if (filter.language) parts.push(`in ${filter.language}`);
  if (filter.entity) parts.push(`in stories about ${entityName(filter.entity)}`);
  if (filter.from && filter.to) parts.push(`published ${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`published on or after ${filter.from}`);
  else if (filter.to) parts.push(`published on or before ${filter.to}`);
  return parts.join(', ');
}

/** The outlets and entities to choose from: those of the stored stories (the story list's own facets). */
async function facets() {
  try {
    return storyFacets((await listStories({ limit: 200 })).items);
  } catch {
    return { outlets: [], entities: [], statuses: [] };
  }
}

function filterForm(q, current, choices) {
  const outlets = h('datalist', { id: 'search-outlets' }, choices.outlets.map((o) => h('option', { value: o })));
  const form = h('form', { class: 'filters', 'aria-label': 'Filter search results' },
    h('label', { class: 'filter' }, 'From', h('input', { type: 'date', name: 'from', value: current.from || null })),
    h('label', { class: 'filter' }, 'To', h('input', { type: 'date', name: 'to', value: current.to || null })),
    h('label', { class: 'filter' }, 'Outlet', h('input', { type: 'text', name: 'outlet', list: 'search-outlets', maxlength: '200', autocomplete: 'off', value: current.outlet || null }), outlets),
    h('label', { class: 'filter' }, 'Language', h('input', { type: 'text', name: 'language', maxlength: '35', size: '6', placeholder: 'en', autocomplete: 'off', value: current.language || null })),
    filterSelect('entity', 'Entity', choices.entities.map((e) => ({ value: e.key, label: e.name })), current.entity),
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: searchHash(q, {}), class: 'reset' }, 'Clear'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const k of SEARCH_FILTERS) next[k] = String(data.get(k) || '').trim();
    location.hash = searchHash(q, next);
  });
  return form;
}

export async function renderSearch(root, params, setTitle) {
  const q = (params.get('q') || '').trim();
  const offset = Math.max(0, Number.parseInt(params.get('offset') || '0', 10) || 0);
  const filter = filtersFrom(params);
  const heading = h('h1', { tabindex: '-1' }, q ? 'Search results' : 'Search');
  setTitle(q ? `Search: ${q}` : 'Search');
  if (!q) {
    append(root, [heading, h('p', { class: 'empty' }, HELP)]);
    return heading;
  }
  const [choices, result] = await Promise.all([
    facets(),
    search(q, { offset, filter }).then((data) => ({ data }), (error) => {
      // a filter the server refuses (a range that ends before it starts) is said here, beside the form
      if (error && error.status === 400) return { error };
      throw error;
    }),
  ]);
  const entityName = (key) => choices.entities.find((e) => e.key === key)?.name || key;
  const form = filterForm(q, filter, choices);
  if (result.error) {
    append(root, [heading, form, h('p', { class: 'error', role: 'alert' }, h('code', null, result.error.code), ' ', result.error.message)]);
    return heading;
  }
  const { data } = result;
  const narrowed = filterWords(data.filter || {}, entityName);
  const summary = h('p', { class: 'count', role: 'status' },
    data.total ? `${plural(data.total, 'article')} ${data.total === 1 ? 'matches' : 'match'} ` : 'Nothing matches ', h('q', null, q),
    narrowed ? ` ${narrowed}` : '', '.');
  const rows = data.items.map((hit) =>
    articleRow(hit.article, h('p', { class: 'snippet' }, markRanges(hit.snippet || '', hit.highlights))));
  append(root, [heading, form, summary, rows.length ? h('ol', { class: 'article-list results', start: String(offset + 1) }, rows) : null,
    !data.total && narrowed ? h('p', { class: 'muted' }, h('a', { href: searchHash(q, {}) }, 'Search without the filters'), '.') : null,
    pager(offset, data.total, (o) => searchHash(q, filter, o))]);
  return heading;
}
