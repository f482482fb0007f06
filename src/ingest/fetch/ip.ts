/**
 * IP address classification for the SSRF guard. Every address a URL resolves to is sorted into a
 * kind; only `public` addresses may be fetched by default. IPv6 forms that embed an IPv4 address
 * (mapped, compatible, NAT64, 6to4, Teredo) are judged by the IPv4 address inside them, so
 * `[::ffff:127.0.0.1]` is loopback, not public.
 */
import { isIP } from 'node:net';

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unspecified'
  | 'multicast'
  | 'reserved'
  | 'metadata';

export interface AddressClass {
  readonly address: string;
  readonly family: 4 | 6;
  readonly kind: AddressKind;
  /** For IPv6 forms that carry an IPv4 address: that address, which decided the kind. */
  readonly embeddedIPv4?: string;
}

/** Kinds that `allowPrivate` opens for local use. Metadata, multicast, reserved and unspecified stay shut. */
export const PRIVATE_KINDS: ReadonlySet<AddressKind> = new Set(['loopback', 'private', 'link-local', 'cgnat']);

interface Range4 { readonly base: number; readonly bits: number; readonly kind: AddressKind }
interface Range6 { readonly base: bigint; readonly bits: number; readonly kind: AddressKind }

// Order matters: the first matching range wins, so single metadata addresses precede their blocks.
const IPV4_RANGES: readonly Range4[] = [
  ['169.254.169.254/32', 'metadata'], // AWS, GCP, Azure, OCI, DigitalOcean instance metadata
  ['100.100.100.200/32', 'metadata'], // Alibaba Cloud instance metadata
  ['0.0.0.0/8', 'unspecified'], // "this network"; 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'], // IETF protocol assignments
  ['192.0.2.0/24', 'reserved'], // TEST-NET-1
  ['192.88.99.0/24', 'reserved'], // 6to4 relay anycast
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'reserved'], // benchmarking
  ['198.51.100.0/24', 'reserved'], // TEST-NET-2
  ['203.0.113.0/24', 'reserved'], // TEST-NET-3
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'], // includes 255.255.255.255
].map(([cidr, kind]) => {
  const parsed = parseCidr(cidr as string);
  if (!parsed || parsed.family !== 4) throw new Error(`bad built-in range ${cidr}`);
  return { base: Number(parsed.base), bits: parsed.bits, kind: kind as AddressKind };
});

const IPV6_RANGES: readonly Range6[] = [
  ['fd00:ec2::254/128', 'metadata'], // AWS instance metadata over IPv6
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['100::/64', 'reserved'], // discard prefix
  ['2001:db8::/32', 'reserved'], // documentation
  ['fc00::/7', 'private'], // unique local
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'private'], // deprecated site-local
  ['ff00::/8', 'multicast'],
].map(([cidr, kind]) => {
  const parsed = parseCidr(cidr as string);
  if (!parsed || parsed.family !== 6) throw new Error(`bad built-in range ${cidr}`);
  return { base: parsed.base, bits: parsed.bits, kind: kind as AddressKind };
});

/** Parses dotted-quad IPv4 (the only form DNS and the WHATWG URL parser hand us) to an unsigned int. */
export function parseIPv4(text: string): number | null {
  if (isIP(text) !== 4) return null;
  const parts = text.split('.').map(Number);
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

export function formatIPv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/** Parses an IPv6 address (brackets and zone id allowed) to a 128-bit integer. */
export function parseIPv6(text: string): bigint | null {
  let s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (isIP(s) !== 6) return null;
  // Rewrite a trailing dotted IPv4 into two hex groups.
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (v4 === null) return null;
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = s.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  const groups = [...head, ...Array<string>(halves.length > 1 ? missing : 0).fill('0'), ...rest];
  if (groups.length !== 8) return null;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(parseInt(g, 16));
  return value;
}

export interface Cidr { readonly family: 4 | 6; readonly base: bigint; readonly bits: number }

/** Parses "a.b.c.d/n" or "x::y/n" (a bare address means a single host). */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  const addr = slash >= 0 ? text.slice(0, slash) : text;
  const v4 = parseIPv4(addr);
  const family: 4 | 6 = v4 !== null ? 4 : 6;
  const base = v4 !== null ? BigInt(v4) : parseIPv6(addr);
  if (base === null) return null;
  const max = family === 4 ? 32 : 128;
  const bits = slash >= 0 ? Number(text.slice(slash + 1)) : max;
  if (!Number.isInteger(bits) || bits < 0 || bits > max) return null;
  return { family, base: maskBig(base, bits, max), bits };
}

function maskBig(value: bigint, bits: number, width: number): bigint {
  if (bits === 0) return 0n;
  const hostBits = BigInt(width - bits);
  return (value >> hostBits) << hostBits;
}

function inRange4(value: number, base: number, bits: number): boolean {
  if (bits === 0) return true;
  const mask = bits === 32 ? 0xffffffff : (~((1 << (32 - bits)) - 1)) >>> 0;
  return ((value & mask) >>> 0) === base;
}

/** True when `address` lies inside `cidr` (families must agree; mapped IPv6 is compared as IPv4). */
export function cidrContains(cidr: Cidr, address: string): boolean {
  const v4 = parseIPv4(address) ?? embeddedIPv4(parseIPv6(address));
  if (cidr.family === 4) return v4 !== null && inRange4(v4, Number(cidr.base), cidr.bits);
  const v6 = parseIPv6(address);
  return v6 !== null && maskBig(v6, cidr.bits, 128) === cidr.base;
}

/** The IPv4 address carried inside an IPv6 transition form, or null. */
function embeddedIPv4(v6: bigint | null): number | null {
  if (v6 === null) return null;
  const low32 = Number(v6 & 0xffffffffn);
  const high96 = v6 >> 32n;
  if (high96 === 0xffffn) return low32; // ::ffff:a.b.c.d (IPv4-mapped)
  if (high96 === 0xffff0000n) return low32; // ::ffff:0:a.b.c.d (IPv4-translated)
  if (high96 === 0n && low32 > 1) return low32; // ::a.b.c.d (deprecated IPv4-compatible)
  if (high96 === 0x64ff9b0000000000000000n) return low32; // 64:ff9b::/96 NAT64
  if (v6 >> 80n === 0x64ff9b0001n) return low32; // 64:ff9b:1::/48 local-use NAT64
  if (v6 >> 112n === 0x2002n) return Number((v6 >> 80n) & 0xffffffffn); // 2002::/16 6to4
  if (v6 >> 96n === 0x20010000n) return (~low32) >>> 0; // 2001::/32 Teredo (client address inverted)
  return null;
}

/** Sorts an IP literal into a kind. Returns null for text that is not an IP address. */
export function classifyAddress(address: string): AddressClass | null {
  const v4 = parseIPv4(address);
  if (v4 !== null) return { address, family: 4, kind: kindOf4(v4) };
  const v6 = parseIPv6(address);
  if (v6 === null) return null;
  const inner = embeddedIPv4(v6);
  if (inner !== null) {
    const innerKind = kindOf4(inner);
    // A transition form wrapping a public IPv4 is public; wrapping anything else inherits that kind.
    return { address, family: 6, kind: innerKind, embeddedIPv4: formatIPv4(inner) };
  }
  for (const r of IPV6_RANGES) if (maskBig(v6, r.bits, 128) === r.base) return { address, family: 6, kind: r.kind };
  return { address, family: 6, kind: 'public' };
}

function kindOf4(value: number): AddressKind {
  for (const r of IPV4_RANGES) if (inRange4(value, r.base, r.bits)) return r.kind;
  return 'public';
}
