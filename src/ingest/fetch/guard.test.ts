import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WiretraceError } from '../../errors.js';
import { vetUrl, type Resolver } from './guard.js';

/** Never consulted for IP literals; for names, answers from a table (no real DNS except `localhost`). */
function tableResolver(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const fn: Resolver = async (host) => {
    calls.push(host);
    const found = table[host];
    if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(fn, { calls });
}

async function refusal(url: string, opts: Parameters<typeof vetUrl>[1] = {}): Promise<WiretraceError> {
  try {
    await vetUrl(url, opts);
  } catch (err) {
    assert.ok(err instanceof WiretraceError, `guard: ${url} threw a non-coded error`);
    return err;
  }
  assert.fail(`guard: ${url} was not refused`);
}

const BLOCKED_BY_DEFAULT: readonly string[] = [
  'http://127.0.0.1/',
  'http://127.1/',
  'http://2130706433/', // decimal 127.0.0.1
  'http://017700000001/', // octal
  'http://0x7f000001/', // hex
  'http://0x7f.0.0.1/',
  'http://0177.0.0.1/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://[0:0:0:0:0:ffff:127.0.0.1]/',
  'http://10.0.0.5/',
  'http://172.16.3.4/',
  'http://192.168.0.1:8080/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fd00:ec2::254]/',
  'http://[fe80::1]/',
  'http://100.64.1.1/',
  'http://0.0.0.0/',
  'http://224.0.0.1/',
  'http://localhost/', // resolves to loopback through the system resolver (hosts file)
];

test('guard: refuses loopback, private, link-local, metadata and odd IP spellings by default', async () => {
  for (const url of BLOCKED_BY_DEFAULT) {
    const err = await refusal(url);
    assert.equal(err.code, 'E_FETCH_BLOCKED', `guard: ${url} gave ${err.code}: ${err.message}`);
  }
});

test('guard: refuses non-http schemes, credentials and metadata host names before DNS', async () => {
  const resolve = tableResolver({});
  for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'gopher://example.com/', 'javascript:alert(1)', 'http://user:pw@example.com/', 'http://metadata.google.internal/computeMetadata/v1/', 'http://METADATA.GOOGLE.INTERNAL./']) {
    const err = await refusal(url, { resolve });
    assert.equal(err.code, 'E_FETCH_BLOCKED', `guard: ${url}`);
  }
  assert.deepEqual(resolve.calls, [], 'guard: no DNS lookups for refused shapes');
  assert.equal((await refusal('not a url')).code, 'E_INPUT_FORMAT');
});

test('guard: a name is refused when ANY of its addresses is disallowed', async () => {
  const resolve = tableResolver({ 'mixed.test': ['93.184.216.34', '10.0.0.1'], 'rebind.test': ['::ffff:169.254.169.254'] });
  assert.equal((await refusal('http://mixed.test/', { resolve })).code, 'E_FETCH_BLOCKED');
  const meta = await refusal('https://rebind.test/', { resolve, allowPrivate: true });
  assert.equal(meta.code, 'E_FETCH_BLOCKED');
  assert.match(meta.message, /metadata/);
});

test('guard: public names pass and keep their vetted addresses', async () => {
  const resolve = tableResolver({ 'news.test': ['93.184.216.34', '2606:2800:220:1::1'] });
  const t = await vetUrl('https://News.Test./a?b=1', { resolve });
  assert.equal(t.hostname, 'news.test');
  assert.deepEqual(t.addresses.map((a) => a.address), ['93.184.216.34', '2606:2800:220:1::1']);
});

test('guard: allowPrivate opens private kinds but never metadata', async () => {
  await vetUrl('http://127.0.0.1/', { allowPrivate: true });
  await vetUrl('http://[::1]/', { allowPrivate: true });
  await vetUrl('http://192.168.1.10/', { allowPrivate: true });
  assert.equal((await refusal('http://169.254.169.254/', { allowPrivate: true })).code, 'E_FETCH_BLOCKED');
  assert.equal((await refusal('http://[fd00:ec2::254]/', { allowPrivate: true })).code, 'E_FETCH_BLOCKED');
  assert.equal((await refusal('http://0.0.0.0/', { allowPrivate: true })).code, 'E_FETCH_BLOCKED');
});

test('guard: allowPrivate as CIDR list opens only those ranges', async () => {
  const allowPrivate = ['127.0.0.1/32', '192.168.0.0/16'];
  await vetUrl('http://127.0.0.1:8080/', { allowPrivate });
  await vetUrl('http://192.168.3.3/', { allowPrivate });
  for (const url of ['http://127.0.0.2/', 'http://[::1]/', 'http://10.0.0.1/']) {
    assert.equal((await refusal(url, { allowPrivate })).code, 'E_FETCH_BLOCKED', `guard: ${url}`);
  }
  assert.equal((await refusal('http://127.0.0.1/', { allowPrivate: ['bogus'] })).code, 'E_USAGE');
});

test('guard: DNS failure is a fetch error, not a refusal', async () => {
  const err = await refusal('http://nowhere.test/', { resolve: tableResolver({}) });
  assert.equal(err.code, 'E_FETCH');
});
