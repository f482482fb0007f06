/**
 * Feed autodiscovery: an HTML page names its feeds in <link rel="alternate" type="application/rss+xml">
 * (or atom+xml, feed+json). `feed add https://site/` uses this when given a page instead of a feed.
 */
import { Parser } from 'htmlparser2';

const FEED_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

/** Absolute feed URLs a page advertises, in document order, without repeats. */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && attrs['href']) {
          try {
            base = new URL(attrs['href'], pageUrl).href;
          } catch {
            /* a broken <base> is ignored, as browsers do */
          }
        }
        if (name !== 'link') return;
        const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
        const type = (attrs['type'] ?? '').toLowerCase().split(';')[0]!.trim();
        if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !attrs['href']) return;
        try {
          const u = new URL(attrs['href'], base);
          if ((u.protocol === 'http:' || u.protocol === 'https:') && !found.includes(u.href)) found.push(u.href);
        } catch {
          /* skip unusable hrefs */
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
