/**
 * HTTPS through the real TLS stack: a loopback server with a certificate from a throwaway CA made
 * by openssl. Checks that the pinned connection still sends the host name for SNI and verification,
 * that an untrusted or mismatched certificate is a coded error, and that redirects stay vetted.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codedFailure } from './testing/coded-failure.js';
import { Fetcher } from './fetcher.js';
import type { Resolver } from './guard.js';

const HTML = '<!doctype html><html><head><title>T</title></head><body><p>Hello over TLS.</p></body></html>';

function haveOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = haveOpenssl();
if (!available) {
  if (process.env['CI'] === 'true') throw new Error('CI=true and no openssl: the HTTPS fetch tests cannot make certificates');
  console.warn('\n*** SKIPPING HTTPS fetch tests: openssl not found (apt-get install openssl) ***\n');
}

let dir = '';
let caPem = '';
let server: https.Server | undefined;
let port = 0;
const sniSeen: string[] = [];
let hits = 0;
/** TCP connections: a failed handshake never becomes a request */
let connections = 0;

/** A CA, and a server certificate it signs for wire.test only. */
function makeCertificates(d: string): { ca: string; key: string; cert: string } {
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: d, stdio: 'ignore' });
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  // eslint-disable-next-line no-restricted-syntax -- a fixed list of four openssl options
  run('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=wiretrace test CA');
  // eslint-disable-next-line no-restricted-syntax -- a fixed list of four openssl options
  run('req', ...ec, '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=wire.test');
  writeFileSync(join(d, 'ext.cnf'), 'subjectAltName=DNS:wire.test\n');
  run('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', 'ext.cnf');
  return { ca: readFileSync(join(d, 'ca.pem'), 'utf8'), key: readFileSync(join(d, 'srv.key'), 'utf8'), cert: readFileSync(join(d, 'srv.pem'), 'utf8') };
}

before(async () => {
  if (!available) return;
  dir = mkdtempSync(join(tmpdir(), 'wiretrace-tls-'));
  const { ca, key, cert } = makeCertificates(dir);
  caPem = ca;
  server = https.createServer({ key, cert }, (req, res) => {
    hits++;
    sniSeen.push((req.socket as TLSSocket).servername || '');
    if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
    else if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    else if (req.url === '/to-page') res.writeHead(301, { location: '/page' }).end();
    else res.writeHead(404).end();
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

after(async () => {
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
});

/** Every name resolves to the loopback server; allowPrivate opens the guard for loopback only. */
const resolve: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

function fetcher(extraCa?: string[]): Fetcher {
  return new Fetcher({ allowPrivate: ['127.0.0.1/32'], delayMs: 0, retries: 0, robots: false, resolve, ...(extraCa ? { extraCa } : {}) });
}


test('https: a trusted certificate for the name is fetched over the pinned connection, with SNI', { skip: !available }, async () => {
  sniSeen.length = 0;
  const r = await fetcher([caPem]).fetch(`https://wire.test:${port}/to-page`);
  assert.equal(r.status, 200);
  assert.equal(Buffer.from(r.body).toString(), HTML);
  assert.equal(r.finalUrl, `https://wire.test:${port}/page`);
  assert.deepEqual(sniSeen, ['wire.test', 'wire.test'], 'SNI carries the name on every hop, not the pinned address');
});

test('https: untrusted, mismatched or unvetted is a coded error, not a crash', { skip: !available }, async () => {
  const [hitsBefore, connectionsBefore] = [hits, connections];
  const untrusted = await codedFailure(new Fetcher({ allowPrivate: ['127.0.0.1/32'], delayMs: 0, retries: 2, backoffBaseMs: 5, robots: false, resolve }).fetch(`https://wire.test:${port}/page`));
  assert.equal(untrusted.code, 'E_FETCH_TLS');
  assert.match(untrusted.message, /not signed by a trusted authority/);
  assert.equal(hits, hitsBefore, 'no request got through');
  assert.equal(connections, connectionsBefore + 1, 'a certificate error is not retried');

  const mismatch = await codedFailure(fetcher([caPem]).fetch(`https://other.test:${port}/page`));
  assert.equal(mismatch.code, 'E_FETCH_TLS');
  assert.match(mismatch.message, /not valid for this host name \(ERR_TLS_CERT_ALTNAME_INVALID\)/);

  // a redirect from a good HTTPS page to a link-local metadata address is vetted and refused
  const hop = await codedFailure(fetcher([caPem]).fetch(`https://wire.test:${port}/to-metadata`));
  assert.equal(hop.code, 'E_FETCH_BLOCKED');
});
