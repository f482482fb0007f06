/**
 * robots.txt (RFC 9309) through robots-parser: it groups user agents, matches `*` and `$` the way
 * Google's reference parser does, picks the longest matching rule (Allow winning a tie) and compares
 * percent-escapes case-insensitively. This module adds what wiretrace decides on top: /robots.txt
 * itself is always allowed, and a crawl delay must be a finite, non-negative number of seconds.
 * Fetching and caching live in fetcher.ts; this module is pure.
 */
import { createRequire } from 'node:module';

/**
 * robots-parser is CommonJS (`module.exports = function`), but its types declare an ES default export,
 * which NodeNext reads as `module.exports.default`; require() gets the function the types describe.
 */
const robotsParser = createRequire(import.meta.url)('robots-parser') as typeof import('robots-parser').default;

export interface RobotsPolicy {
  /** Whether a path (with its query, percent-encoded as in a URL) may be fetched. */
  readonly allows: (pathAndQuery: string) => boolean;
  readonly crawlDelaySec: number | null;
}

export const ALLOW_ALL: RobotsPolicy = { allows: () => true, crawlDelaySec: null };
export const DISALLOW_ALL: RobotsPolicy = { allows: () => false, crawlDelaySec: null };

/** RFC 9309 lets crawlers stop parsing after 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/**
 * robots-parser answers for URLs of the origin its file came from; the policy is per origin already
 * (fetcher.ts caches it by origin), so one placeholder origin stands for all of them.
 */
const ORIGIN = 'http://robots.invalid';

/** The policy a robots.txt sets for our product token (its groups, else the `*` groups). */
export function robotsPolicy(text: string, productToken: string): RobotsPolicy {
  const robots = robotsParser(`${ORIGIN}/robots.txt`, text);
  const delay = robots.getCrawlDelay(productToken);
  return {
    // undefined means "not this origin", which cannot happen here; read it as allowed, like no rule.
    allows: (pathAndQuery) => robots.isAllowed(ORIGIN + pathAndQuery, productToken) !== false,
    crawlDelaySec: delay !== undefined && Number.isFinite(delay) && delay >= 0 ? delay : null,
  };
}

/** No matching rule allows; /robots.txt itself is always allowed (RFC 9309). */
export function isAllowed(policy: RobotsPolicy, pathAndQuery: string): boolean {
  return pathAndQuery === '/robots.txt' || policy.allows(pathAndQuery);
}
