/** Starts the HTTP server on a port and closes it (and the store) cleanly on SIGINT/SIGTERM. */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { WiretraceError } from '../../errors.js';
import type { Store } from '../../store/types.js';
import { buildServer, type ServerOptions } from './server.js';

export interface ListenOptions extends ServerOptions {
  readonly port: number;
  /** "localhost" listens on both 127.0.0.1 and ::1. Use 0.0.0.0 to expose it on the network. */
  readonly host: string;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

export async function listen(opts: ListenOptions & { store: Store }): Promise<RunningServer> {
  const app = await buildServer({ bindHost: opts.host, ...opts });
  try {
    await app.listen({ port: opts.port, host: opts.host });
  } catch (err) {
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new WiretraceError('E_USAGE', `port ${opts.port} is in use; pick another with --port or PORT`);
    if (code === 'EACCES') throw new WiretraceError('E_USAGE', `no permission to listen on port ${opts.port}`);
    // A --host that does not resolve, or that names no interface of this machine.
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EADDRNOTAVAIL' || code === 'EINVAL') {
      throw new WiretraceError('E_USAGE', `cannot listen on ${opts.host}: ${code === 'EADDRNOTAVAIL' ? 'not an address of this machine' : 'no such host'} (try localhost or 0.0.0.0)`);
    }
    throw err;
  }
  const addr = app.server.address() as AddressInfo | null;
  const port = addr?.port ?? opts.port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${shownHost}:${port}/`;
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closing ??= app.close().then(() => opts.store.close()));
  const onSignal = (): void => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { app, url, close };
}
