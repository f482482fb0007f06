/**
 * The Host header check against DNS rebinding: a web page on evil.example whose name is re-pointed at
 * 127.0.0.1 reaches this server with `Host: evil.example`, so answering only for the names we expect
 * keeps such a page from reading the API. Refused requests get 421 E_HOST, before any route runs.
 */
import type { FastifyInstance } from 'fastify';
import { WiretraceError } from '../../errors.js';

/** Names a loopback-bound server answers for by default. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** '*' in the list turns the check off (a reverse proxy that checks Host itself). */
export const ANY_HOST = '*';

/** The host name of a Host header value: no port, no IPv6 brackets, lower case, no trailing dot; null when malformed. */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([^:[\]\s/@]+?)(?::\d{1,5})?$/.exec(h);
  if (!m) return null;
  return m[1]!.replace(/\.$/, '') || null;
}

/**
 * The names to answer for: the configured list, else the loopback names plus the bound host itself
 * when that is a name or a specific address (not a wildcard such as 0.0.0.0).
 */
export function allowedHostsFor(bindHost: string | null | undefined, configured?: readonly string[] | null): readonly string[] {
  if (configured && configured.length) return configured.map((h) => (h === ANY_HOST ? h : (hostName(h) ?? h.toLowerCase())));
  const own = bindHost ? hostName(bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost) : null;
  const wildcard = own === '0.0.0.0' || own === '::';
  return own && !wildcard && !LOOPBACK_HOSTS.includes(own) ? [...LOOPBACK_HOSTS, own] : LOOPBACK_HOSTS;
}

export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(ANY_HOST)) return true;
  const name = hostName(header);
  return name !== null && allowed.includes(name);
}

/** Refuses every request whose Host is not allowed, ahead of routes, rate limits and auth. */
export function checkHostHeader(app: FastifyInstance, allowed: readonly string[]): void {
  app.addHook('onRequest', async (req) => {
    if (!isAllowedHost(req.headers.host, allowed)) {
      throw new WiretraceError('E_HOST', `this server does not answer for host ${JSON.stringify(req.headers.host ?? '')}; allowed: ${allowed.join(', ')} (--allowed-hosts)`);
    }
  });
}
