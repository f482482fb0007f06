import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress, cidrContains, parseCidr, parseIPv6 } from './ip.js';

const CASES: readonly [string, string][] = [
  ['93.184.216.34', 'public'],
  ['8.8.8.8', 'public'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', 'public'],
  ['192.168.1.1', 'private'],
  ['169.254.1.1', 'link-local'],
  ['169.254.169.254', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['100.64.0.1', 'cgnat'],
  ['100.128.0.1', 'public'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['2606:4700::1111', 'public'],
  ['::1', 'loopback'],
  ['::', 'unspecified'],
  ['fc00::1', 'private'],
  ['fd12:3456::1', 'private'],
  ['fd00:ec2::254', 'metadata'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['ff02::1', 'multicast'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::ffff:a9fe:a9fe', 'metadata'],
  ['::ffff:8.8.8.8', 'public'],
  ['::127.0.0.1', 'loopback'],
  ['64:ff9b::10.0.0.1', 'private'],
  ['2002:7f00:1::', 'loopback'], // 6to4 wrapping 127.0.0.1
  ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'], // Teredo client 127.0.0.1 (inverted bits)
  ['[::1]', 'loopback'],
  // Where an IP library that reads only range() goes wrong (see docs/architecture.md, "Kept over a library").
  ['100.63.255.255', 'public'],
  ['100.127.255.255', 'cgnat'],
  ['0.255.255.255', 'unspecified'],
  ['::7f00:1', 'loopback'], // IPv4-compatible, written in hex
  ['::ffff:0:7f00:1', 'loopback'], // IPv4-translated
  ['64:ff9b::7f00:1', 'loopback'], // NAT64 wrapping loopback
  ['64:ff9b::8.8.8.8', 'public'], // NAT64 wrapping a public address stays usable
  ['64:ff9b:1::a9fe:a9fe', 'metadata'], // local-use NAT64 wrapping the metadata address
  ['2002:a9fe:a9fe::1', 'metadata'], // 6to4 wrapping the metadata address
  ['2002:0808:0808::1', 'public'],
  ['fd00:ec2::254', 'metadata'],
];

test('ip: classifies addresses by kind', () => {
  for (const [addr, kind] of CASES) assert.equal(classifyAddress(addr)?.kind, kind, `ip: ${addr}`);
});

// Resolvers and the WHATWG URL parser hand over dotted quads only; any other spelling is not an address here.
test('ip: non-addresses and legacy IPv4 spellings give null', () => {
  for (const text of ['localhost', '2130706433', '017700000001', '0x7f000001', '0x7f.1', '0177.0.0.1', '127.1', '1.2.3', '::g', '::ffff:127.1', '']) assert.equal(classifyAddress(text), null, `ip: ${text}`);
});

test('ip: parses IPv6 with embedded IPv4 and compression', () => {
  assert.equal(parseIPv6('::ffff:1.2.3.4'), 0xffff01020304n);
  assert.equal(parseIPv6('1::'), 1n << 112n);
  assert.equal(parseIPv6('::'), 0n);
});

test('ip: CIDR containment, IPv4-mapped addresses compared as IPv4', () => {
  const lan = parseCidr('192.168.0.0/16')!;
  assert.ok(cidrContains(lan, '192.168.4.5'));
  assert.ok(cidrContains(lan, '::ffff:192.168.4.5'));
  assert.ok(!cidrContains(lan, '192.169.0.1'));
  const ula = parseCidr('fd00::/8')!;
  assert.ok(cidrContains(ula, 'fd00:1::2'));
  assert.ok(!cidrContains(ula, 'fe80::1'));
  assert.equal(parseCidr('10.0.0.0/33'), null);
  assert.equal(parseCidr('nonsense'), null);
});
