/**
 * Generic boilerplate vocabulary, matched against class/id/role strings and short text blocks.
 * These describe page furniture found across the web (navigation, sharing, comments, promos);
 * none is keyed to a particular site.
 */
import { vocabulary } from './class-words.js';

/** Tags whose content is never article text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'annotation', 'annotation-xml', 'canvas', 'iframe', 'object', 'embed',
  'link', 'meta', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'map',
  'audio', 'video', 'source', 'track', 'head', 'dialog', 'title', 'base', 'param', 'picture',
]);

/** Sectioning tags that hold page furniture unless they contain most of the page's prose. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu']);

/** ARIA landmark roles for furniture. */
export const FURNITURE_ROLES = /^(navigation|complementary|banner|contentinfo|menu|menubar|alert|alertdialog|dialog|search|toolbar|tablist)$/i;

/**
 * Class/id words that suggest furniture (Readability's list plus cookie/newsletter/share vocabulary).
 * Matched against whole words of each class name (see class-words.ts); a trailing plural "s" is
 * ignored, so "comments" and "ads" match "comment" and "ad".
 */
export const UNLIKELY = vocabulary([
  'ad', 'advert', 'advertisement', 'advertising', 'advertorial', 'adslot', 'adunit', 'adbox', 'adwrapper', 'adcontainer',
  'ai2html', 'banner', 'breadcrumb', 'combx', 'comment', 'commentlist', 'community', 'consent', 'cookie', 'cover-wrap',
  'disqus', 'extra', 'footer', 'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox',
  'sidebar', 'skyscraper', 'social', 'sponsor', 'sponsored', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager',
  'popup', 'yom-remote', 'newsletter', 'subscribe', 'subscription', 'subscriber', 'signup', 'sign-up', 'promo', 'promoted',
  'promotion', 'outbrain', 'taboola', 'share', 'sharing', 'sharebar', 'sharetools', 'toolbar', 'masthead', 'navbar', 'modal',
  'overlay', 'trending', 'most-popular', 'most-read', 'read-more', 'recirc', 'recirculation', 'byline', 'author-bio',
  'tags', 'topics', 'widget', 'login', 'print-only', 'jump-link', 'skip-link', 'visually-hidden', 'sr-only',
  'screen-reader', 'offscreen',
]);

/** Words that keep an element despite an UNLIKELY match (it may be the content wrapper). */
export const MAYBE_CONTENT = vocabulary(['and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'story', 'entry', 'post', 'text']);

/**
 * Words strong enough to drop an element even when MAYBE_CONTENT also matches
 * ("article-comments", "post-share", "story-related"), still subject to the prose-share guard.
 */
export const STRONG_UNLIKELY = vocabulary([
  'comment', 'commentlist', 'disqus', 'related', 'share', 'sharing', 'sharebar', 'sharetools', 'social', 'newsletter',
  'subscribe', 'subscription', 'signup', 'sign-up', 'cookie', 'consent', 'gdpr', 'promo', 'promoted', 'outbrain', 'taboola',
  'recirc', 'recirculation', 'trending', 'most-popular', 'most-read', 'breadcrumb', 'advert', 'advertisement',
  'advertising', 'advertorial', 'sponsor', 'sponsored', 'ad', 'adslot', 'adunit', 'adbox', 'author-bio', 'tags',
  'visually-hidden', 'sr-only', 'screen-reader',
]);

/** Words of comment threads: a second signal when a thread is long enough to look like the article. */
export const COMMENT_WORDS = vocabulary(['comment', 'commentlist', 'disqus', 'replies', 'reply', 'respond', 'response']);

/** Class weights, as in Readability: positive words add to a candidate's score, negative ones subtract. */
export const POSITIVE = vocabulary([
  'article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'pagination', 'post', 'text', 'blog', 'story',
  'paragraph', 'prose', 'rich-text', 'articlebody', 'storybody', 'postbody', 'entrycontent', 'maincontent', 'bodytext',
  'storytext', 'articletext', 'posttext',
]);
export const NEGATIVE = vocabulary([
  'ad', 'hidden', 'hid', 'banner', 'combx', 'comment', 'com', 'contact', 'foot', 'footer', 'footnote', 'gdpr', 'masthead',
  'media', 'meta', 'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor',
  'shopping', 'tags', 'tool', 'toolbar', 'widget', 'caption', 'credit', 'byline', 'newsletter', 'subscribe', 'social',
  'recommend', 'recommended', 'recommendation',
]);

/** Short standalone blocks that are page furniture in any article template. */
export const BOILERPLATE_LINE =
  /^(advertisement|advertisment|ad|sponsored( content)?|continue reading( below| the main story)?|read more|read next|see also|related( articles| stories| content| coverage)?|more on this( story)?|share( this( article| story)?)?( on \w+)?:?|share on (facebook|twitter|linkedin|whatsapp|email)|tweet|email|print|comments?|loading\.*|skip to (main )?content|sign up( now| for our newsletter)?|subscribe( now)?|follow us( on \w+)?|image|photo|video|click to expand|enlarge this image|toggle caption|hide caption|\d+ comments?|view comments|leave a comment|we use cookies.*|accept( all)?( cookies)?)[.!:]?$/i;

/** Block elements: rendering breaks lines around them and scoring treats them as structure. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'br', 'img',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Class/id names of article metadata blocks (bylines, datelines, "posted on" lines). They sit
 * inside the article container, often under a positive name ("post-meta"), so they are matched
 * on their own and removed when short.
 */
export const META_BLOCK =
  /(^|[\s_-])(byline|bylines|dateline|timestamp|posted-?on|post-?meta|entry-?meta|article-?meta|story-?meta|post-?info|entry-?date|post-?date|article-?date|publish(ed)?-?(date|time|on)|date-?published|pubdate|author-?info|about-?the-?author|article-?tools|story-?tools)($|[\s_-])/i;
/** A metadata block longer than this is prose that happens to carry such a class. */
export const META_BLOCK_MAX_CHARS = 200;

/**
 * Embedded posts (a tweet, an Instagram post) quoted in the article. They are quoted material the
 * report relies on, not furniture, even when wrapped in a "social" container.
 */
export const EMBEDDED_POST = /twitter-tweet|instagram-media|tiktok-embed|(social|media|twitter|instagram|tweet)[-_]?embed|embed[-_]?(twitter|instagram|social|tweet)/i;

/**
 * Image captions, credits and gallery furniture. A caption describes a picture; it is not part of
 * the running text (the lead image's caption is kept as metadata instead).
 */
export const CAPTION_BLOCK = /caption|credit|(photo|image|img|media|picture)[-_]?(desc|info|text|meta|counter|count)|gallery[-_]?(count|nav|caption)|slide[-_]?count/i;
/** A "caption" longer than this is prose in a mislabelled container. */
export const CAPTION_MAX_CHARS = 400;

/**
 * A "Posted: 6:45 PM, Feb 16, 2018 | Updated: ..." line: a publication label with a number, short,
 * and not a sentence (no full stop). Such lines sit inside article containers with no class to go by.
 */
export const DATELINE_LABEL = /\b(posted|updated|published|last (updated|modified)|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)\b/i;
export const DATELINE_MAX_CHARS = 150;

/**
 * Calls to action that end many articles: newsletter sign-ups, "click here", "follow us on".
 * Only short paragraphs are tested, so a report that mentions a newsletter keeps its sentence.
 */
export const CALL_TO_ACTION = /\b(sign up|subscribe)\b[^.]{0,80}\b(newsletters?|inbox|alerts)\b|\bnewsletters?\b[^.]{0,40}\b(sign up|subscribe)\b|\bclick(ing)? here\b|\bfollow (us|him|her|me|them) on (twitter|facebook|instagram|linkedin)\b|^sharing is caring\b|^(tags|tagged|topics|filed under|categories)\s*:?\s*(\n|$)/i;
export const CALL_TO_ACTION_MAX_CHARS = 300;
/** A paragraph whose text is this much link is a "related story" link, not prose. */
export const LINK_PARAGRAPH_DENSITY = 0.8;
