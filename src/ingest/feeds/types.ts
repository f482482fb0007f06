/** What the feed parser produces. */

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedItem {
  /** Stable identity within its feed: the item's id/guid, else its URL, else a hash of its content. */
  readonly guid: string;
  /** Absolute http(s) URL of the article, or null when the item has none. */
  readonly url: string | null;
  readonly title: string | null;
  /** ISO 8601 UTC. */
  readonly published: string | null;
  /** Plain-text summary, clipped. */
  readonly summary: string | null;
}

export interface ParsedFeed {
  readonly format: FeedFormat;
  readonly title: string | null;
  /** The site the feed belongs to (channel link / alternate link / home_page_url). */
  readonly siteUrl: string | null;
  readonly items: readonly FeedItem[];
}
