/**
 * What the CLI needs from the HTTP front end. src/program.ts hands it in, so that the CLI never imports
 * src/web/ (and the web server never loads for commands that do not serve).
 */
import type { LogLevel } from '../service/config.js';
import type { Store } from '../service/open.js';

export interface HttpStartOptions {
  readonly store: Store;
  readonly token: string | null;
  readonly port: number;
  readonly host: string;
  readonly allowPrivate: boolean;
  readonly maxInputBytes?: number;
  /** POST /api/articles per client and minute; 0: no limit. */
  readonly writesPerMinute: number;
  /** Host header names to answer for ("*": any); null: the loopback names plus the bound host. */
  readonly allowedHosts?: readonly string[] | null;
  /** One JSON line per request on stderr, at this level. */
  readonly log: { readonly level: LogLevel };
}

export interface HttpFrontEnd {
  /** Listens, and closes the server and the store on SIGINT/SIGTERM. */
  start(opts: HttpStartOptions): Promise<{ readonly url: string }>;
}

export interface FrontEnds {
  readonly http: HttpFrontEnd;
}
