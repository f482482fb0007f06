/**
 * A loopback HTTP server for fetch and feed tests: listens on 127.0.0.1 with an OS-chosen port,
 * serves routes given as handlers, and records every request so tests can count hits.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

export interface RecordedRequest {
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface LocalServer {
  readonly port: number;
  readonly origin: string;
  readonly requests: RecordedRequest[];
  url(path: string): string;
  /** Requests whose path (query included) equals `path`. */
  hits(path: string): number;
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

export async function startLocalServer(routes: Record<string, RouteHandler> = {}): Promise<LocalServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const handler = table.get(path) ?? table.get(path.split('?')[0]!);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res, n);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    requests,
    url: (path) => origin + path,
    hits: (path) => counts.get(path) ?? 0,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
