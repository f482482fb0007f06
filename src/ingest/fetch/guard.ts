/**
 * The SSRF guard. A URL is vetted after DNS resolution: every address the name resolves to must be
 * allowed, and the request is then pinned to those vetted addresses (see transport.ts) so a second,
 * different DNS answer (rebinding) can never be used. safeFetch vets again on every redirect.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { WiretraceError } from '../../errors.js';
import { classifyAddress, parseCidr, PRIVATE_KINDS, cidrContains, type AddressClass, type Cidr } from './ip.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to every address it has. Injected in tests; defaults to the system resolver. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/**
 * `true` opens loopback, private, link-local and CGNAT addresses (local use, tests); a list of CIDRs
 * opens only those ranges. Cloud metadata, multicast and reserved addresses stay refused either way.
 */
export type AllowPrivate = boolean | readonly string[];

export interface GuardOptions {
  readonly allowPrivate?: AllowPrivate;
  readonly resolve?: Resolver;
}

export interface VettedTarget {
  readonly url: URL;
  /** Host name without IPv6 brackets, as used for the Host header, SNI and certificate checks. */
  readonly hostname: string;
  /** The vetted addresses the connection is pinned to, in resolver order. */
  readonly addresses: readonly ResolvedAddress[];
}

/** Host names of cloud metadata services, refused whatever they resolve to. */
export const METADATA_HOSTNAMES: ReadonlySet<string> = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.com',
]);

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Parses and checks the parts of a URL that need no DNS: scheme, credentials, metadata names. */
export function checkUrlShape(input: string | URL): URL {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : new URL(input.href);
  } catch {
    throw new WiretraceError('E_INPUT_FORMAT', `Not a valid URL: ${String(input)}`);
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    throw new WiretraceError('E_FETCH_BLOCKED', `Only http and https URLs can be fetched, not ${url.protocol}`, { url: url.href });
  }
  if (url.username || url.password) {
    throw new WiretraceError('E_FETCH_BLOCKED', 'URLs with embedded credentials are refused', { url: redact(url) });
  }
  const hostname = bareHostname(url);
  if (!hostname) throw new WiretraceError('E_INPUT_FORMAT', `URL has no host: ${url.href}`);
  if (METADATA_HOSTNAMES.has(hostname)) {
    throw new WiretraceError('E_FETCH_BLOCKED', `${hostname} is a cloud metadata service`, { url: url.href });
  }
  return url;
}

/** Lower-case host without brackets or a trailing dot; the WHATWG parser already turned 0x7f.1 into 127.0.0.1. */
export function bareHostname(url: URL): string {
  let h = url.hostname.toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** Vets a URL: shape first, then every resolved address. Throws E_FETCH_BLOCKED on refusal. */
export async function vetUrl(input: string | URL, opts: GuardOptions = {}): Promise<VettedTarget> {
  const url = checkUrlShape(input);
  const hostname = bareHostname(url);
  const policy = compilePolicy(opts.allowPrivate);
  let addresses: readonly ResolvedAddress[];
  const literal = isIP(hostname);
  if (literal) {
    addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (opts.resolve ?? systemResolver)(hostname);
    } catch (err) {
      const code = (err as { code?: string }).code ?? 'unknown';
      throw new WiretraceError('E_FETCH', `Could not resolve ${hostname} (${code})`, { url: url.href, cause: code });
    }
    if (addresses.length === 0) throw new WiretraceError('E_FETCH', `${hostname} has no addresses`, { url: url.href });
  }
  // Refuse when ANY address is disallowed: the OS could otherwise pick the bad one on a retry.
  for (const a of addresses) {
    const cls = classifyAddress(a.address);
    if (!cls) throw new WiretraceError('E_FETCH_BLOCKED', `Resolver returned a non-address ${a.address}`, { url: url.href });
    if (!policy(cls)) {
      const via = cls.embeddedIPv4 ? ` (embeds ${cls.embeddedIPv4})` : '';
      throw new WiretraceError(
        'E_FETCH_BLOCKED',
        `${hostname} resolves to ${cls.kind} address ${a.address}${via}; refused by the SSRF guard` +
          (PRIVATE_KINDS.has(cls.kind) ? ' (use --allow-private for local use)' : ''),
        { url: url.href, address: a.address, kind: cls.kind },
      );
    }
  }
  return { url, hostname, addresses };
}

type Policy = (cls: AddressClass) => boolean;

export function compilePolicy(allowPrivate: AllowPrivate | undefined): Policy {
  if (!allowPrivate) return (cls) => cls.kind === 'public';
  if (allowPrivate === true) return (cls) => cls.kind === 'public' || PRIVATE_KINDS.has(cls.kind);
  const ranges: Cidr[] = allowPrivate.map((text) => {
    const c = parseCidr(text.trim());
    if (!c) throw new WiretraceError('E_USAGE', `allowPrivate: not a CIDR range: ${text}`);
    return c;
  });
  return (cls) =>
    cls.kind === 'public' || (PRIVATE_KINDS.has(cls.kind) && ranges.some((r) => cidrContains(r, cls.address)));
}

function redact(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}
