/** Safe fetching: SSRF guard, robots.txt, per-host pacing, retries, size and type limits. */
export { Fetcher, safeFetch, DEFAULT_FETCH_SETTINGS, USER_AGENT, ROBOTS_PRODUCT_TOKEN } from './fetcher.js';
export type { FetchOptions, FetchResult, FetchSettings, FetcherOptions } from './fetcher.js';
export { vetUrl, checkUrlShape, METADATA_HOSTNAMES } from './guard.js';
export type { AllowPrivate, Resolver, ResolvedAddress, VettedTarget } from './guard.js';
export { classifyAddress } from './ip.js';
export type { AddressKind, AddressClass } from './ip.js';
export type { ContentFamily } from './content-type.js';
