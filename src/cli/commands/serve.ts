/** `wiretrace serve`: the HTTP API and web UI over a store. */
import { Option, type Command } from 'commander';
import { countArticles } from '../../service/articles.js';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_WRITES_PER_MINUTE, LOG_LEVELS, loadConfig, parseAllowedHosts, parsePort, parseWritesPerMinute, resolveToken, type LogLevel } from '../../service/config.js';
import { openStore, resolveStorePath } from '../../service/open.js';
import type { FrontEnds, HttpFrontEnd } from '../front-ends.js';

export interface ServeCommandOptions {
  readonly db?: string;
  readonly port?: string;
  readonly host?: string;
  readonly allowPrivate?: boolean;
  readonly logLevel?: LogLevel;
  readonly writesPerMinute?: string;
  readonly allowedHosts?: string;
}

export function register(program: Command, frontEnds: FrontEnds): void {
  program
    .command('serve')
    .description('Serve the web UI and the HTTP API (writes need WIRETRACE_TOKEN)')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--port <n>', `port (default: $PORT or ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <host>', 'interface to listen on (default: localhost; 0.0.0.0 exposes it)')
    .option('--allow-private', 'let POST {url} reach loopback and private addresses (local use only)')
    .addOption(logLevelOption())
    .option('--writes-per-minute <n>', `POST /api/articles per client and minute (default ${DEFAULT_WRITES_PER_MINUTE}; 0: no limit)`)
    .option('--allowed-hosts <names>', 'Host header names to answer (comma-separated, "*": any; default: localhost, 127.0.0.1, ::1 and --host)')
    .action(async (opts: ServeCommandOptions) => {
      await runServe(opts, frontEnds.http);
    });
}

/** --log-level for the commands that serve: the request log's level (JSON lines on stderr). */
export function logLevelOption(): Option {
  return new Option('--log-level <level>', 'request log level: one JSON line per request on stderr').choices(LOG_LEVELS).default('info');
}

export async function runServe(opts: ServeCommandOptions, http: HttpFrontEnd): Promise<string> {
  const config = loadConfig();
  const port = parsePort(opts.port ?? process.env.PORT ?? config.port, DEFAULT_PORT);
  const host = opts.host ?? config.host ?? DEFAULT_HOST;
  const writesPerMinute = parseWritesPerMinute(opts.writesPerMinute ?? config.writesPerMinute);
  const allowedHosts = parseAllowedHosts(opts.allowedHosts ?? config.allowedHosts);
  const store = await openStore(resolveStorePath(opts.db, config));
  const token = resolveToken(config);
  const server = await http.start({
    store,
    token,
    port,
    host,
    allowPrivate: opts.allowPrivate ?? config.allowPrivate ?? false,
    writesPerMinute,
    allowedHosts,
    log: { level: opts.logLevel ?? 'info' },
    ...(config.maxInputBytes ? { maxInputBytes: config.maxInputBytes } : {}),
  });
  console.log(`wiretrace is serving ${await countArticles(store)} articles at ${server.url}`);
  console.log(`  API: ${server.url}api/articles   OpenAPI: ${server.url}openapi.json`);
  console.log(token ? '  writes (POST /api/articles) need the bearer token from WIRETRACE_TOKEN' : '  writes are disabled: set WIRETRACE_TOKEN to enable POST /api/articles');
  return server.url;
}
