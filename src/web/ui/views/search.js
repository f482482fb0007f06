// Search results: the server's plain-text snippet with its match ranges marked.
import { search } from '../api.js';
import { append, h, markRanges } from '../dom.js';
import { plural } from '../format.js';
import { articleRow, pager } from './list.js';

export async function renderSearch(root, params, setTitle) {
  const q = (params.get('q') || '').trim();
  const offset = Math.max(0, Number.parseInt(params.get('offset') || '0', 10) || 0);
  const heading = h('h1', { tabindex: '-1' }, q ? 'Search results' : 'Search');
  setTitle(q ? `Search: ${q}` : 'Search');
  if (!q) {
    append(root, [heading, h('p', { class: 'empty' }, 'Type words or "a quoted phrase" in the search box: all words must match; a trailing * matches a prefix; OR between words or (groups of words) matches either, as in (visit OR trip) Ulaanbaatar.')]);
    return heading;
  }
  const data = await search(q, { offset });
  const summary = h('p', { class: 'count', role: 'status' },
    data.total ? `${plural(data.total, 'article')} ${data.total === 1 ? 'matches' : 'match'} ` : 'Nothing matches ', h('q', null, q), '.');
  const rows = data.items.map((hit) =>
    articleRow(hit.article, h('p', { class: 'snippet' }, markRanges(hit.snippet || '', hit.highlights))));
  append(root, [heading, summary, rows.length ? h('ol', { class: 'article-list results', start: String(offset + 1) }, rows) : null,
    pager(offset, data.total, (o) => `#/search?${new URLSearchParams({ q, offset: String(o) })}`)]);
  return heading;
}
