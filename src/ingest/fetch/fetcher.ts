/**
 * safeFetch: the one way wiretrace reads the web. Each hop is vetted by the SSRF guard after DNS
 * resolution and pinned to the vetted addresses; robots.txt is honoured per origin; requests to
 * one host are spaced and limited by the host scheduler; 5xx/429 and network failures are retried
 * with backoff; bodies are size-capped, decoded, and refused when their type cannot be ingested.
 */
import tls from 'node:tls';
import { WiretraceError } from '../../errors.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../input-guard.js';
import { ACCEPT_HEADER, contentFamily, mediaTypeOf, sniffFamily, SNIFFED_MEDIA_TYPE, type ContentFamily } from './content-type.js';
import { vetUrl, type AllowPrivate, type Resolver, type VettedTarget } from './guard.js';
import { backoffDelay, parseRetryAfter, RETRYABLE_STATUSES, sleep } from './retry.js';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, robotsPolicy, ROBOTS_MAX_BYTES, type RobotsPolicy } from './robots.js';
import { HostScheduler, type HostSchedulerOptions } from './scheduler.js';
import { exchange, SUPPORTED_ENCODINGS, TransientFetchError, type Exchange } from './transport.js';

export const USER_AGENT = 'wiretrace/0.1 (+https://github.com/wiretrace)';
/** The name robots.txt groups must use to address wiretrace. */
export const ROBOTS_PRODUCT_TOKEN = 'wiretrace';

/** Settings a config file or the CLI may set (config key `fetch.*`; `allowPrivate` ← --allow-private). */
export interface FetchSettings {
  readonly allowPrivate: AllowPrivate;
  /** Largest body accepted, after decoding: the input guard's limit (news pages run 50 KiB–2 MiB). */
  readonly maxBytes: number;
  /** RFC 9110 suggests clients detect loops; browsers allow ~20 hops, but news URLs rarely need more than 3. */
  readonly maxRedirects: number;
  readonly connectTimeoutMs: number;
  /** Whole exchange (headers and body) of one attempt. */
  readonly timeoutMs: number;
  /** Extra attempts after the first, for 5xx/429 and network failures. */
  readonly retries: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** A Retry-After longer than this is not waited for: the fetch fails instead. */
  readonly maxRetryAfterMs: number;
  readonly robots: boolean;
  readonly userAgent: string;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  allowPrivate: false,
  maxBytes: DEFAULT_MAX_INPUT_BYTES,
  maxRedirects: 5,
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  retries: 2,
  backoffBaseMs: 500,
  backoffMaxMs: 30_000,
  maxRetryAfterMs: 60_000,
  robots: true,
  userAgent: USER_AGENT,
};

export interface FetchOptions extends Partial<FetchSettings> {
  /** Validators from an earlier fetch, for a conditional GET. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly signal?: AbortSignal;
}

export interface FetchResult {
  readonly url: string;
  readonly finalUrl: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** The Content-Type header as sent (charset included), or the sniffed media type when none was sent. */
  readonly contentType: string | null;
  readonly mediaType: string | null;
  readonly family: ContentFamily | null;
  /** True for a 304 answer to a conditional GET: body is empty, the caller's copy is current. */
  readonly notModified: boolean;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Every URL redirected to, in order. */
  readonly redirects: readonly string[];
}

export interface FetcherOptions extends Partial<FetchSettings>, HostSchedulerOptions {
  /** DNS resolver; tests inject one, production uses the system resolver. */
  readonly resolve?: Resolver;
  /** Success and 4xx robots answers are kept this long (RFC 9309 suggests at most 24 h). */
  readonly robotsTtlMs?: number;
  /** An unreachable robots.txt means "disallow all" (RFC 9309), but only for this long. */
  readonly robotsErrorTtlMs?: number;
  readonly random?: () => number;
  /** Waits between attempts; tests inject a fake clock that records the delays instead of waiting. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The time a Retry-After date is measured from; tests inject it with `sleep`. */
  readonly now?: () => number;
  /**
   * PEM certificates to trust for HTTPS in addition to Node's bundled roots (a private or corporate
   * CA). Processes can also use Node's NODE_EXTRA_CA_CERTS.
   */
  readonly extraCa?: readonly string[];
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

type Mode = 'content' | 'robots';

interface RobotsEntry {
  readonly policy: RobotsPolicy;
  readonly expiresAt: number;
}

/** Holds what must be shared across fetches: the host scheduler and the robots cache. */
export class Fetcher {
  readonly scheduler: HostScheduler;
  private readonly defaults: FetchSettings;
  private readonly resolve: Resolver | undefined;
  private readonly robotsCache = new Map<string, RobotsEntry>();
  private readonly robotsInFlight = new Map<string, Promise<RobotsPolicy>>();
  private readonly robotsTtlMs: number;
  private readonly robotsErrorTtlMs: number;
  private readonly random: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  /** the trust store for HTTPS when extra CAs are given (a `ca` option replaces Node's roots) */
  private readonly ca: readonly string[] | undefined;

  constructor(opts: FetcherOptions = {}) {
    this.scheduler = new HostScheduler(opts);
    this.defaults = { ...DEFAULT_FETCH_SETTINGS, ...definedOnly(opts) };
    this.resolve = opts.resolve;
    this.robotsTtlMs = opts.robotsTtlMs ?? 24 * 3600_000;
    this.robotsErrorTtlMs = opts.robotsErrorTtlMs ?? 5 * 60_000;
    this.random = opts.random ?? Math.random;
    this.sleep = opts.sleep ?? sleep;
    this.now = opts.now ?? Date.now;
    this.ca = opts.extraCa?.length ? [...tls.rootCertificates, ...opts.extraCa] : undefined;
  }

  /** Fetches a page or feed. Throws WiretraceError (E_FETCH*) on refusal or failure; 304 is a result. */
  fetch(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
    const settings: FetchSettings = { ...this.defaults, ...definedOnly(opts) };
    return this.fetchWith(url, settings, opts, 'content');
  }

  /** The robots policy for a URL's origin (fetched once, then cached). */
  async robotsFor(url: URL, settings: FetchSettings, signal?: AbortSignal): Promise<RobotsPolicy> {
    const origin = url.origin;
    const cached = this.robotsCache.get(origin);
    if (cached && cached.expiresAt > Date.now()) return cached.policy;
    let pending = this.robotsInFlight.get(origin);
    if (!pending) {
      pending = this.loadRobots(origin, settings, signal).finally(() => this.robotsInFlight.delete(origin));
      this.robotsInFlight.set(origin, pending);
    }
    return pending;
  }

  private async loadRobots(origin: string, settings: FetchSettings, signal?: AbortSignal): Promise<RobotsPolicy> {
    let policy: RobotsPolicy;
    let ttl = this.robotsTtlMs;
    try {
      const res = await this.fetchWith(`${origin}/robots.txt`, { ...settings, maxBytes: ROBOTS_MAX_BYTES }, { signal }, 'robots');
      if (res.status >= 200 && res.status < 300) {
        policy = robotsPolicy(Buffer.from(res.body).toString('utf8'), ROBOTS_PRODUCT_TOKEN);
      } else if (res.status >= 400 && res.status < 500) {
        policy = ALLOW_ALL; // RFC 9309: an unavailable robots.txt (4xx) allows everything
      } else {
        policy = DISALLOW_ALL;
        ttl = this.robotsErrorTtlMs;
      }
    } catch (err) {
      if (err instanceof WiretraceError && err.code === 'E_FETCH_TOO_LARGE') {
        policy = ALLOW_ALL; // a robots file past 500 KiB is not one anybody meant us to obey in full
      } else {
        // RFC 9309: unreachable (5xx, network error) means complete disallow, retried later.
        policy = DISALLOW_ALL;
        ttl = this.robotsErrorTtlMs;
      }
    }
    this.scheduler.setCrawlDelay(new URL(origin).host, policy.crawlDelaySec);
    this.robotsCache.set(origin, { policy, expiresAt: Date.now() + ttl });
    return policy;
  }

  private async fetchWith(url: string, settings: FetchSettings, opts: FetchOptions, mode: Mode): Promise<FetchResult> {
    const visited = new Set<string>();
    const redirects: string[] = [];
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = await vetUrl(current, { allowPrivate: settings.allowPrivate, resolve: this.resolve });
      const key = withoutFragment(target.url);
      if (visited.has(key)) {
        throw new WiretraceError('E_FETCH_REDIRECTS', `Redirect loop: ${key} was already visited`, { url, redirects });
      }
      visited.add(key);
      if (mode === 'content' && settings.robots) {
        const policy = await this.robotsFor(target.url, settings, opts.signal);
        if (!isAllowed(policy, target.url.pathname + target.url.search)) {
          throw new WiretraceError('E_FETCH_ROBOTS', `robots.txt of ${target.url.host} disallows ${target.url.pathname}`, { url: target.url.href });
        }
      }
      const ex = await this.exchangeWithRetries(target, settings, opts, mode);
      const location = ex.headers['location'];
      if (REDIRECT_STATUSES.has(ex.status) && location) {
        if (hop >= settings.maxRedirects) {
          throw new WiretraceError('E_FETCH_REDIRECTS', `More than ${settings.maxRedirects} redirects from ${url}`, { url, redirects });
        }
        let next: URL;
        try {
          next = new URL(location, target.url);
        } catch {
          throw new WiretraceError('E_FETCH', `Bad redirect Location "${location}" from ${target.url.href}`, { url });
        }
        redirects.push(next.href);
        current = next.href;
        continue;
      }
      return this.toResult(url, target, ex, settings, opts, mode, redirects);
    }
  }

  private toResult(url: string, target: VettedTarget, ex: Exchange, settings: FetchSettings, opts: FetchOptions, mode: Mode, redirects: readonly string[]): FetchResult {
    const finalUrl = target.url.href;
    const base = {
      url,
      finalUrl,
      status: ex.status,
      headers: ex.headers,
      etag: ex.headers['etag'] ?? null,
      lastModified: ex.headers['last-modified'] ?? null,
      redirects,
    };
    if (ex.status === 304) {
      // A 304 may omit validators; the caller's still hold.
      return {
        ...base,
        body: ex.body,
        contentType: null,
        mediaType: null,
        family: null,
        notModified: true,
        etag: base.etag ?? opts.etag ?? null,
        lastModified: base.lastModified ?? opts.lastModified ?? null,
      };
    }
    if (mode === 'robots') {
      return { ...base, body: ex.body, contentType: ex.headers['content-type'] ?? null, mediaType: null, family: null, notModified: false };
    }
    if (ex.status < 200 || ex.status >= 300) {
      const hint = RETRYABLE_STATUSES.has(ex.status) ? ` (after ${settings.retries} retries)` : '';
      throw new WiretraceError('E_FETCH', `HTTP ${ex.status} from ${finalUrl}${hint}`, { url, finalUrl, status: ex.status });
    }
    const header = ex.headers['content-type'];
    let mediaType = mediaTypeOf(header);
    let family = contentFamily(mediaType);
    let contentType = header ?? null;
    if (!family) {
      // Only a missing or generic type gets sniffed; a declared other type was refused before the body was read.
      family = sniffFamily(ex.body);
      if (!family) throw contentTypeError(finalUrl, header);
      mediaType = SNIFFED_MEDIA_TYPE[family];
      contentType = mediaType;
    }
    return { ...base, body: ex.body, contentType, mediaType, family, notModified: false };
  }

  private async exchangeWithRetries(target: VettedTarget, settings: FetchSettings, opts: FetchOptions, mode: Mode): Promise<Exchange> {
    const headers: Record<string, string> = {
      'user-agent': settings.userAgent,
      accept: mode === 'robots' ? 'text/plain,*/*;q=0.5' : ACCEPT_HEADER,
      'accept-encoding': SUPPORTED_ENCODINGS,
      connection: 'close',
    };
    if (mode === 'content' && opts.etag) headers['if-none-match'] = opts.etag;
    if (mode === 'content' && opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const backoff = { baseMs: settings.backoffBaseMs, maxMs: settings.backoffMaxMs, random: this.random };
    const wantBody = (status: number, h: Readonly<Record<string, string>>): boolean => {
      if (status < 200 || status >= 300) return false;
      if (mode === 'robots') return true;
      const media = mediaTypeOf(h['content-type']);
      if (media && media !== 'application/octet-stream' && !contentFamily(media)) {
        throw contentTypeError(target.url.href, h['content-type']);
      }
      return true;
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const ex = await this.scheduler.run(target.url.host, () =>
          exchange(target, {
            headers,
            connectTimeoutMs: settings.connectTimeoutMs,
            timeoutMs: settings.timeoutMs,
            maxBytes: settings.maxBytes,
            wantBody,
            signal: opts.signal,
            ...(this.ca ? { ca: this.ca } : {}),
          }),
        );
        if (!RETRYABLE_STATUSES.has(ex.status) || attempt >= settings.retries) return ex;
        const asked = parseRetryAfter(ex.headers['retry-after'], this.now());
        if (asked !== null && asked > settings.maxRetryAfterMs) {
          throw new WiretraceError('E_FETCH', `HTTP ${ex.status} from ${target.url.href}; server asks to retry after ${Math.round(asked / 1000)} s`, {
            url: target.url.href,
            status: ex.status,
            retryAfterMs: asked,
          });
        }
        await this.sleep(asked ?? backoffDelay(attempt, backoff), opts.signal);
      } catch (err) {
        if (!(err instanceof TransientFetchError) || attempt >= settings.retries || opts.signal?.aborted) throw err;
        await this.sleep(backoffDelay(attempt, backoff), opts.signal);
      }
    }
  }
}

function contentTypeError(url: string, header: string | undefined): WiretraceError {
  return new WiretraceError('E_FETCH_CONTENT_TYPE', `${url} is ${header ?? 'of unknown type'}, which cannot be ingested`, { url, contentType: header ?? null });
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function definedOnly<T extends object>(obj: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

let defaultFetcher: Fetcher | null = null;

/** Fetches through a process-wide Fetcher, so robots.txt and per-host pacing are shared by all callers. */
export function safeFetch(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  defaultFetcher ??= new Fetcher();
  return defaultFetcher.fetch(url, opts);
}
