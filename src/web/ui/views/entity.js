// One global entity across stories: its names, the roles reports gave it over time, the tracked events it
// took part in and everything it said, oldest first, each linked to the report that says so.
import { getEntity } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { statusBadge } from './stories.js';

const TYPE_WORDS = { PER: 'Person', ORG: 'Organization', GPE: 'Country or city', LOC: 'Place', MISC: 'Name' };

export async function renderEntity(root, key, setTitle) {
  const e = await getEntity(key);
  setTitle(e.name);
  const heading = h('h1', { tabindex: '-1' }, e.name);
  const said = e.stories
    .flatMap((st) => st.claims.map((c) => ({ ...c, story: st })))
    .sort((a, b) => (a.published || '9999').localeCompare(b.published || '9999') || a.article - b.article);
  const events = e.stories.flatMap((st) => st.events.map((ev) => ({ ...ev, story: st })));
  append(root, [
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / ', 'entity'),
    heading,
    h('p', { class: 'count' }, `${TYPE_WORDS[e.type] || e.type || 'Entity'} · in ${plural(e.stories.length, 'story', 'stories')}`),
    e.aliases.length ? h('p', null, 'Also written ', e.aliases.map((a, i) => [i ? ', ' : '', h('q', null, a)])) : null,
    h('section', { class: 'story-section', 'aria-labelledby': 'ent-roles' }, h('h2', { id: 'ent-roles' }, 'Roles over time'),
      e.roles.length
        ? h('ol', { class: 'roles' }, e.roles.map((r) => h('li', null, h('time', { datetime: r.date || undefined }, formatDate(r.date)), ' ', r.role, ' ',
          h('a', { href: `#/article/${r.article}` }, 'report'))))
        : h('p', { class: 'muted' }, 'No role or title given in the reports.')),
    h('section', { class: 'story-section', 'aria-labelledby': 'ent-events' }, h('h2', { id: 'ent-events' }, 'Took part in'),
      events.length
        ? h('ul', { class: 'entity-events' }, events.map((ev) => h('li', null, statusBadge(ev.status, null), ' ', ev.label, ' — ',
          h('a', { href: `#/story/${ev.story.id}` }, ev.story.title))))
        : h('p', { class: 'muted' }, 'No tracked event.')),
    h('section', { class: 'story-section', 'aria-labelledby': 'ent-said' }, h('h2', { id: 'ent-said' }, `What ${e.name} said (${said.length})`),
      said.length
        ? h('ol', { class: 'said' }, said.map((c) => h('li', null,
          h('time', { datetime: c.published || undefined }, formatDate(c.published)), ' ',
          h('q', null, c.text), ' ',
          h('a', { href: `#/article/${c.article}` }, 'report'), ' · ',
          h('a', { href: `#/story/${c.story.id}` }, c.story.title))))
        : h('p', { class: 'muted' }, 'No claim attributed to this source.')),
  ]);
  return heading;
}
