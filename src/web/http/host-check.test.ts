import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from './server.js';
import { allowedHostsFor, hostName, isAllowedHost, LOOPBACK_HOSTS } from './host-check.js';
import { parseAllowedHosts } from '../../service/config.js';
import { openStore } from '../../store/index.js';

test('host: hostName strips the port and brackets and refuses malformed values', () => {
  const cases: Array<{ in: string | undefined; want: string | null }> = [
    { in: 'localhost', want: 'localhost' },
    { in: 'LocalHost:8080', want: 'localhost' },
    { in: '127.0.0.1:80', want: '127.0.0.1' },
    { in: '[::1]:8080', want: '::1' },
    { in: '[::1]', want: '::1' },
    { in: 'wiretrace.example.', want: 'wiretrace.example' },
    { in: undefined, want: null },
    { in: '', want: null },
    { in: 'a b', want: null },
    { in: 'user@localhost', want: null },
    { in: 'localhost:99999999', want: null },
    { in: 'localhost/x', want: null },
  ];
  for (const c of cases) assert.equal(hostName(c.in), c.want, String(c.in));
});

test('host: the default allow-list follows the bound interface, a configured one replaces it', () => {
  const cases: Array<{ bind: string; configured?: string[]; want: readonly string[] }> = [
    { bind: 'localhost', want: LOOPBACK_HOSTS },
    { bind: '127.0.0.1', want: LOOPBACK_HOSTS },
    { bind: '::1', want: LOOPBACK_HOSTS },
    { bind: '0.0.0.0', want: LOOPBACK_HOSTS },
    { bind: '::', want: LOOPBACK_HOSTS },
    { bind: '192.168.1.20', want: [...LOOPBACK_HOSTS, '192.168.1.20'] },
    { bind: 'fd00::5', want: [...LOOPBACK_HOSTS, 'fd00::5'] },
    { bind: '0.0.0.0', configured: ['News.Example', '*'], want: ['news.example', '*'] },
  ];
  for (const c of cases) assert.deepEqual(allowedHostsFor(c.bind, c.configured), c.want, c.bind);
});

test('host: requests are answered only for allowed Host headers (421 E_HOST otherwise)', async () => {
  const store = await openStore(':memory:');
  const cases: Array<{ name: string; allowed?: string[]; bindHost?: string; host: string; status: number }> = [
    { name: 'default, localhost', host: 'localhost:8080', status: 200 },
    { name: 'default, 127.0.0.1', host: '127.0.0.1:8080', status: 200 },
    { name: 'default, [::1]', host: '[::1]:8080', status: 200 },
    { name: 'default, rebinding page', host: 'evil.example', status: 421 },
    { name: 'default, rebinding page with port', host: 'evil.example:8080', status: 421 },
    { name: 'default, suffix trick', host: 'localhost.evil.example', status: 421 },
    { name: 'bound to a LAN address, that address', bindHost: '192.168.1.20', host: '192.168.1.20:8080', status: 200 },
    { name: 'bound to 0.0.0.0, a LAN address not configured', bindHost: '0.0.0.0', host: '192.168.1.20:8080', status: 421 },
    { name: 'configured name', allowed: ['news.example'], host: 'news.example', status: 200 },
    { name: 'configured name replaces loopback', allowed: ['news.example'], host: 'localhost', status: 421 },
    { name: 'any', allowed: ['*'], host: 'whatever.example', status: 200 },
  ];
  for (const c of cases) {
    const app = await buildServer({ store, uiDir: null, ...(c.allowed ? { allowedHosts: c.allowed } : {}), ...(c.bindHost ? { bindHost: c.bindHost } : {}) });
    for (const url of ['/api/health', '/api/articles', '/openapi.json']) {
      const res = await app.inject({ method: 'GET', url, headers: { host: c.host } });
      assert.equal(res.statusCode, c.status, `${c.name} ${url}: ${res.body}`);
      if (c.status === 421) assert.equal(res.json().error.code, 'E_HOST', c.name);
    }
    // writes are refused for the host before the token is even checked
    if (c.status === 421) assert.equal((await app.inject({ method: 'POST', url: '/api/articles', headers: { host: c.host }, payload: {} })).statusCode, 421, c.name);
    await app.close();
  }
  // inject always sends a Host; a request without one (HTTP/1.0) is refused too
  assert.equal(isAllowedHost(undefined, LOOPBACK_HOSTS), false);
  assert.equal(isAllowedHost('', LOOPBACK_HOSTS), false);
  await store.close();
});

test('host: parseAllowedHosts reads the setting and refuses ports and junk', () => {
  const ok: Array<{ in: string | undefined; want: string[] | null }> = [
    { in: undefined, want: null },
    { in: '', want: null },
    { in: 'a.example, b.example', want: ['a.example', 'b.example'] },
    { in: '*', want: ['*'] },
    { in: '[::1],127.0.0.1', want: ['[::1]', '127.0.0.1'] },
  ];
  for (const c of ok) assert.deepEqual(parseAllowedHosts(c.in), c.want, String(c.in));
  for (const bad of ['a.example:8080', 'http://a.example', 'a b', 'a/b']) {
    assert.throws(() => parseAllowedHosts(bad), (e: { code?: string }) => e.code === 'E_USAGE', bad);
  }
});
