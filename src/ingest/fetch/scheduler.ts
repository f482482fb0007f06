/**
 * Per-host politeness: at most `maxPerHost` requests in flight to one host, and request starts to
 * one host spaced at least `delayMs` apart (or the host's robots.txt Crawl-delay, when longer).
 */

/** Time for the scheduler: the real clock by default; tests pass a fake one, so no test waits on wall time. */
export interface SchedulerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: SchedulerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

export interface HostSchedulerOptions {
  readonly maxPerHost?: number;
  readonly delayMs?: number;
  /** Crawl-delay values above this are clamped, so one robots file cannot stall a poll for hours. */
  readonly maxCrawlDelayMs?: number;
  readonly clock?: SchedulerClock;
}

interface HostState {
  active: number;
  nextStartAt: number;
  crawlDelayMs: number;
  readonly waiting: (() => void)[];
}

export const DEFAULT_MAX_PER_HOST = 2;
export const DEFAULT_POLITENESS_DELAY_MS = 1000;
export const DEFAULT_MAX_CRAWL_DELAY_MS = 30_000;

export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();
  private readonly maxPerHost: number;
  private readonly delayMs: number;
  private readonly maxCrawlDelayMs: number;
  private readonly clock: SchedulerClock;

  constructor(opts: HostSchedulerOptions = {}) {
    this.maxPerHost = Math.max(1, opts.maxPerHost ?? DEFAULT_MAX_PER_HOST);
    this.delayMs = Math.max(0, opts.delayMs ?? DEFAULT_POLITENESS_DELAY_MS);
    this.maxCrawlDelayMs = opts.maxCrawlDelayMs ?? DEFAULT_MAX_CRAWL_DELAY_MS;
    this.clock = opts.clock ?? REAL_CLOCK;
  }

  /** Records a robots.txt Crawl-delay for a host. */
  setCrawlDelay(host: string, seconds: number | null): void {
    const state = this.state(host);
    state.crawlDelayMs = seconds === null ? 0 : Math.min(seconds * 1000, this.maxCrawlDelayMs);
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    while (state.active >= this.maxPerHost) await new Promise<void>((wake) => state.waiting.push(wake));
    state.active++;
    try {
      // Reserve a start slot before sleeping so concurrent callers queue behind each other.
      const now = this.clock.now();
      const startAt = Math.max(now, state.nextStartAt);
      state.nextStartAt = startAt + Math.max(this.delayMs, state.crawlDelayMs);
      if (startAt > now) await this.clock.sleep(startAt - now);
      return await task();
    } finally {
      state.active--;
      state.waiting.shift()?.();
      if (state.active === 0 && state.waiting.length === 0 && state.crawlDelayMs === 0 && state.nextStartAt <= this.clock.now()) this.hosts.delete(host);
    }
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStartAt: 0, crawlDelayMs: 0, waiting: [] };
      this.hosts.set(host, s);
    }
    return s;
  }
}
