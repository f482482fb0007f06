/** `wiretrace serve`: the HTTP API and web UI over a store. */
import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, loadConfig, parsePort, resolveToken } from '../../service/config.js';
import { resolveStorePath } from '../../service/open.js';
import { openStore } from '../../store/index.js';

export interface ServeCommandOptions {
  readonly db?: string;
  readonly port?: string;
  readonly host?: string;
  readonly allowPrivate?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the web UI and the HTTP API (writes need WIRETRACE_TOKEN)')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--port <n>', `port (default: $PORT or ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <host>', 'interface to listen on (default: localhost; 0.0.0.0 exposes it)')
    .option('--allow-private', 'let POST {url} reach loopback and private addresses (local use only)')
    .action(async (opts: ServeCommandOptions) => {
      await runServe(opts);
    });
}

export async function runServe(opts: ServeCommandOptions): Promise<string> {
  const config = loadConfig();
  const port = parsePort(opts.port ?? process.env.PORT ?? config.port, DEFAULT_PORT);
  const host = opts.host ?? config.host ?? DEFAULT_HOST;
  const store = await openStore(resolveStorePath(opts.db, config));
  const token = resolveToken(config);
  const { listen } = await import('../../serve/http/listen.js');
  const server = await listen({
    store,
    token,
    port,
    host,
    allowPrivate: opts.allowPrivate ?? config.allowPrivate ?? false,
    ...(config.maxInputBytes ? { maxInputBytes: config.maxInputBytes } : {}),
  });
  console.log(`wiretrace is serving ${await store.countArticles()} articles at ${server.url}`);
  console.log(`  API: ${server.url}api/articles   OpenAPI: ${server.url}openapi.json`);
  console.log(token ? '  writes (POST /api/articles) need the bearer token from WIRETRACE_TOKEN' : '  writes are disabled: set WIRETRACE_TOKEN to enable POST /api/articles');
  return server.url;
}
