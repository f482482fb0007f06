// The article list: newest first, paged through the hash (#/articles?offset=50).
import { listArticles } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, formatTime, plural } from '../format.js';

const PAGE = 50;

/** One row of the list or of search results. `extra` goes under the title (a snippet). */
export function articleRow(a, extra) {
  const title = a.title || a.url || `Article ${a.id}`;
  const meta = [
    h('span', { class: 'outlet' }, a.outlet || 'unknown outlet'),
    h('time', { datetime: a.published || undefined, title: a.published ? formatTime(a.published) : 'no publication date found' },
      formatDate(a.published)),
  ];
  if (a.byline && a.byline.length) meta.push(h('span', { class: 'byline' }, a.byline.join(', ')));
  if (a.nearDupOf !== null && a.nearDupOf !== undefined) {
    meta.push(h('a', { class: 'badge', href: `#/article/${a.nearDupOf}`, title: 'near-duplicate of an earlier article' },
      `copy of #${a.nearDupOf}`));
  }
  return h('li', { class: 'article-row' },
    h('a', { class: 'row-title', href: `#/article/${a.id}` }, title),
    h('div', { class: 'row-meta' }, meta),
    extra || null,
  );
}

export async function renderList(root, params, setTitle) {
  const offset = Math.max(0, Number.parseInt(params.get('offset') || '0', 10) || 0);
  const data = await listArticles({ limit: PAGE, offset });
  setTitle('Articles');
  const heading = h('h1', { tabindex: '-1' }, 'Articles');
  const crumbs = h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / articles');
  const count = h('p', { class: 'count' }, data.total ? `${plural(data.total, 'article')}, newest first` : '');
  if (!data.items.length) {
    append(root, [heading, h('div', { class: 'empty' },
      h('p', null, data.total ? 'No more articles.' : 'No articles yet.'),
      data.total ? null : h('p', null, 'Ingest some with ', h('code', null, 'wiretrace ingest examples/'), ' or start with ', h('code', null, 'npm start'), '.'))]);
    return heading;
  }
  const list = h('ol', { class: 'article-list', start: String(offset + 1) }, data.items.map((a) => articleRow(a)));
  append(root, [crumbs, heading, count, list, pager(offset, data.total, (o) => `#/articles?offset=${o}`)]);
  return heading;
}

export function pager(offset, total, hrefFor) {
  if (total <= PAGE) return null;
  const prev = offset > 0 ? h('a', { href: hrefFor(Math.max(0, offset - PAGE)), rel: 'prev' }, '← Newer') : h('span', null, '');
  const next = offset + PAGE < total ? h('a', { href: hrefFor(offset + PAGE), rel: 'next' }, 'Older →') : h('span', null, '');
  const where = h('span', { class: 'where' }, `${offset + 1}–${Math.min(total, offset + PAGE)} of ${total}`);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' }, prev, where, next);
}

export const PAGE_SIZE = PAGE;
