/** Feeds: RSS/Atom/JSON Feed parsing, autodiscovery, and polling into the ingest service. */
export { parseFeed, decodeFeedBytes, SUMMARY_MAX_CHARS } from './parse.js';
export type { ParseFeedOptions } from './parse.js';
export type { FeedFormat, FeedItem, ParsedFeed } from './types.js';
export { discoverFeedLinks } from './discover.js';
export { pollFeeds, PERMANENT_INGEST_ERRORS, DEFAULT_MAX_ITEMS_PER_FEED, DEFAULT_POLL_CONCURRENCY } from './poll.js';
export type { PollOptions, PollReport, FeedPollResult, PollEvent, IngestCallback, FetchFunction } from './poll.js';
export { MemoryFeedStore } from './store.js';
export type { SeenItem } from './store.js';
export type { Feed, FeedStore, FeedPollUpdate } from '../../store/types.js';
