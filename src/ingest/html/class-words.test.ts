import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Element } from 'domhandler';
import { classWords, matchWords, nameWords, vocabulary } from './class-words.js';
import { COMMENT_WORDS, NEGATIVE, POSITIVE, STRONG_UNLIKELY, UNLIKELY } from './patterns.js';

const el = (cls: string, id?: string): Element => new Element('div', id === undefined ? { class: cls } : { class: cls, id });

test('class-words: names split into words; BEM modifiers and state classes say nothing', () => {
  const cases: { name: string; want: string[] }[] = [
    { name: 'comments-section', want: ['comments', 'section'] },
    { name: 'relatedPosts', want: ['related', 'posts'] },
    { name: 'Review__Section--Ads', want: ['review', 'section'] },
    { name: 'card--has-ads', want: ['card'] },
    { name: 'is-promoted', want: [] },
    { name: 'has-sidebar', want: [] },
    { name: 'ad_slot_300x250', want: ['ad', 'slot', '300x250'] },
    { name: 'col-12', want: ['col'] },
  ];
  for (const c of cases) assert.deepEqual(nameWords(c.name), c.want, c.name);
});

test('class-words: vocabulary rules match whole words, plurals and compounds, never substrings', () => {
  const cases: { cls: string; id?: string; vocab: ReturnType<typeof vocabulary>; hit: boolean }[] = [
    // furniture that must still be found
    { cls: 'comments-section', vocab: STRONG_UNLIKELY, hit: true },
    { cls: 'jp-relatedposts', vocab: STRONG_UNLIKELY, hit: true },
    { cls: 'wrap', id: 'most-popular', vocab: STRONG_UNLIKELY, hit: true },
    { cls: 'mostPopular', vocab: STRONG_UNLIKELY, hit: true },
    { cls: 'ad-container', vocab: STRONG_UNLIKELY, hit: true },
    { cls: 'page-sidebar', vocab: UNLIKELY, hit: true },
    { cls: 'sharebar', vocab: STRONG_UNLIKELY, hit: true },
    { cls: 'commentlist', vocab: COMMENT_WORDS, hit: true },
    { cls: 'entry-content', vocab: POSITIVE, hit: true },
    { cls: 'articleBody', vocab: POSITIVE, hit: true },
    { cls: 'widget-area', vocab: NEGATIVE, hit: true },
    // substrings and modifiers that are not furniture
    { cls: 'Review__Section--Ads', vocab: STRONG_UNLIKELY, hit: false },
    { cls: 'card card--has-ads', vocab: STRONG_UNLIKELY, hit: false },
    { cls: 'story is-promoted', vocab: STRONG_UNLIKELY, hit: false },
    { cls: 'headline', vocab: STRONG_UNLIKELY, hit: false },
    { cls: 'download-links', vocab: STRONG_UNLIKELY, hit: false },
    { cls: 'shadow-box', vocab: STRONG_UNLIKELY, hit: false },
    { cls: 'commentary', vocab: COMMENT_WORDS, hit: false },
    { cls: 'shareholders-story', vocab: STRONG_UNLIKELY, hit: false },
    { cls: 'bodycopy-admin', vocab: NEGATIVE, hit: false },
    { cls: 'multimedia-story', vocab: NEGATIVE, hit: false },
    { cls: 'contents', vocab: NEGATIVE, hit: false },
  ];
  for (const c of cases) assert.equal(matchWords(classWords(el(c.cls, c.id)), c.vocab) !== null, c.hit, `${c.cls} ${c.id ?? ''}`);
});
