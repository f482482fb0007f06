// wiretrace web UI: hash routes over the JSON API.
//   #/                 the stories, with filters (#/?outlet=…&entity=…&status=…&from=…&to=…)
//   #/story/ID         one story: status timelines, drift, claims by source, reports
//   #/entity/KEY       one global entity across stories
//   #/articles         article list (#/articles?offset=50 pages)
//   #/search?q=…       search results (filters: &from=…&to=…&outlet=…&language=…&entity=…)
//   #/article/ID       one article, reading first (#/article/ID?at=START-END marks a span)
// All data is rendered through text nodes (see dom.js); the page needs no inline script or style.
import { append, h, clear } from './dom.js';
import { renderList } from './views/list.js';
import { filtersFrom, renderSearch, searchHash } from './views/search.js';
import { renderArticle } from './views/article.js';
import { renderStories } from './views/stories.js';
import { renderStory } from './views/story.js';
import { renderEntity } from './views/entity.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-input');

function setTitle(t) {
  document.title = t ? `${t} · wiretrace` : 'wiretrace';
}

/** Splits "#/article/12?x=1" into path "/article/12" and its query. */
function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  return { path: path || '/', params };
}

let generation = 0;

async function route() {
  const mine = ++generation;
  const { path, params } = parseHash();
  const view = h('div', { class: 'view' });
  main.setAttribute('aria-busy', 'true');
  status.textContent = 'Loading…';
  let focusTarget = null;
  try {
    const article = /^\/article\/([^/]+)$/.exec(path);
    const story = /^\/story\/([^/]+)$/.exec(path);
    const entity = /^\/entity\/([^/]+)$/.exec(path);
    if (article) {
      focusTarget = await renderArticle(view, decodeURIComponent(article[1]), setTitle, params);
    } else if (story) {
      focusTarget = await renderStory(view, decodeURIComponent(story[1]), setTitle);
    } else if (entity) {
      focusTarget = await renderEntity(view, decodeURIComponent(entity[1]), setTitle);
    } else if (path === '/articles') {
      focusTarget = await renderList(view, params, setTitle);
    } else if (path === '/search') {
      searchInput.value = params.get('q') || '';
      focusTarget = await renderSearch(view, params, setTitle);
    } else if (path === '/') {
      focusTarget = await renderStories(view, params, setTitle);
    } else {
      setTitle('Not found');
      focusTarget = h('h1', { tabindex: '-1' }, 'Page not found');
      append(view, [focusTarget, h('p', null, h('a', { href: '#/' }, 'Back to the stories'))]);
    }
  } catch (err) {
    setTitle('Error');
    focusTarget = h('h1', { tabindex: '-1' }, err.status === 404 ? 'Not found' : 'Something went wrong');
    append(view, [focusTarget, h('p', { class: 'error', role: 'alert' },
      err.code ? h('code', null, err.code) : null, ' ', err.message || String(err)),
    h('p', null, h('a', { href: '#/' }, 'Back to the stories'))]);
  }
  if (mine !== generation) return; // a newer navigation won
  clear(main).appendChild(view);
  main.removeAttribute('aria-busy');
  status.textContent = '';
  if (path !== '/search') searchInput.value = path === '/' ? '' : searchInput.value;
  // Move focus to the new page's heading so keyboard and screen-reader users land on the content.
  if (focusTarget && document.activeElement !== searchInput) focusTarget.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

searchForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = searchInput.value.trim();
  // a new search from a filtered result page keeps the filters the page shows
  const { path, params } = parseHash();
  location.hash = q ? searchHash(q, path === '/search' ? filtersFrom(params) : {}) : '#/';
});

// "/" jumps to the search box from anywhere that is not already a text field; Escape leaves it.
document.addEventListener('keydown', (e) => {
  const t = e.target;
  const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    searchInput.focus();
    searchInput.select();
  } else if (e.key === 'Escape' && t === searchInput) {
    searchInput.blur();
  }
});

// A route typed or shared as a path (/story/12, /search?q=…): the server answers it with this page, whose
// routes live in the hash, so the path becomes the hash before the first render.
if (location.pathname !== '/' && !location.hash) {
  history.replaceState(null, '', `/#${location.pathname}${location.search}`);
}
window.addEventListener('hashchange', route);
route();
