/**
 * One HTTP exchange over node:http/https, pinned to addresses the guard vetted. The custom `lookup`
 * hands back only those addresses, so the socket can never reach what a second DNS answer says,
 * while the URL's host name still goes out in the Host header, SNI and certificate check.
 * Bodies stream through a decoder and are cut off past the size cap.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import { isIP } from 'node:net';
import zlib from 'node:zlib';
import { Transform, type TransformCallback } from 'node:stream';
import { WiretraceError } from '../../errors.js';
import type { VettedTarget } from './guard.js';

export interface ExchangeOptions {
  readonly headers: Readonly<Record<string, string>>;
  readonly connectTimeoutMs: number;
  readonly timeoutMs: number;
  /** Cap on the decoded body; the compressed stream is capped at the same size. */
  readonly maxBytes: number;
  /** Read the body only when this says so (e.g. 2xx); it may throw to refuse the response on its headers. */
  readonly wantBody: (status: number, headers: Readonly<Record<string, string>>) => boolean;
  readonly signal?: AbortSignal;
  /** Trusted CA certificates for HTTPS (PEM), replacing Node's bundled roots; see Fetcher's extraCa. */
  readonly ca?: readonly string[];
}

export interface Exchange {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** Network-level failure that is worth retrying (reset, refused, timeout). */
export class TransientFetchError extends WiretraceError {
  constructor(message: string, details: Record<string, unknown>) {
    super('E_FETCH', message, details);
  }
}

/** What a TLS verification error code means, in words; undefined for other errors. */
export function tlsProblem(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'the certificate is not valid for this host name';
  if (code === 'CERT_HAS_EXPIRED') return 'the certificate has expired';
  if (code === 'CERT_NOT_YET_VALID') return 'the certificate is not valid yet';
  if (/SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|CERT_UNTRUSTED|CERT_REJECTED|CERT_SIGNATURE_FAILURE/.test(code)) {
    return 'the certificate is not signed by a trusted authority';
  }
  if (/^ERR_TLS_|^ERR_SSL_|CERT/.test(code)) return 'the TLS handshake failed';
  return undefined;
}

export function pinnedLookup(target: VettedTarget): LookupFunction {
  const addresses = target.addresses;
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options && options.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as unknown as LookupFunction;
}

export function exchange(target: VettedTarget, opts: ExchangeOptions): Promise<Exchange> {
  const { url, hostname } = target;
  const isHttps = url.protocol === 'https:';
  const mod = isHttps ? https : http;
  return new Promise<Exchange>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (err: Error | null, value?: Exchange): void => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(value!);
    };
    const onAbort = (): void => finish(new WiretraceError('E_FETCH', `Fetch of ${url.href} was cancelled`, { url: url.href }));

    const req = mod.request(url, {
      method: 'GET',
      headers: opts.headers,
      lookup: pinnedLookup(target),
      agent: false,
      // SNI must carry the name, never an IP literal (TLS forbids it).
      ...(isHttps && !isIP(hostname) ? { servername: hostname } : {}),
      ...(isHttps && opts.ca ? { ca: [...opts.ca] } : {}),
    });

    timers.push(
      setTimeout(() => {
        finish(new TransientFetchError(`Timed out after ${opts.timeoutMs} ms fetching ${url.href}`, { url: url.href, cause: 'ETIMEDOUT' }));
      }, opts.timeoutMs),
    );
    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) return;
      const t = setTimeout(() => {
        finish(new TransientFetchError(`Could not connect to ${hostname} within ${opts.connectTimeoutMs} ms`, { url: url.href, cause: 'ECONNECT_TIMEOUT' }));
      }, opts.connectTimeoutMs);
      timers.push(t);
      socket.once('connect', () => clearTimeout(t));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      const tls = tlsProblem(err.code);
      // A bad certificate will not fix itself on a retry.
      if (tls) finish(new WiretraceError('E_FETCH_TLS', `Cannot fetch ${url.href}: ${tls} (${err.code})`, { url: url.href, cause: err.code }));
      else finish(new TransientFetchError(`Network error fetching ${url.href}: ${err.code ?? err.message}`, { url: url.href, cause: err.code ?? err.message }));
    });
    if (opts.signal) {
      if (opts.signal.aborted) return onAbort();
      opts.signal.addEventListener('abort', onAbort, { once: true });
    }

    req.on('response', (res) => {
      const headers = flattenHeaders(res.headers);
      const status = res.statusCode ?? 0;
      let want: boolean;
      try {
        want = opts.wantBody(status, headers);
      } catch (err) {
        // The caller refused the response on its headers (e.g. content type): stop before the body.
        res.on('error', () => undefined);
        finish(err as Error);
        return;
      }
      if (!want) {
        // Close rather than drain: the body may be a large file we are about to refuse.
        res.on('error', () => undefined);
        finish(null, { status, headers, body: new Uint8Array(0) });
        req.destroy();
        return;
      }
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        finish(tooLarge(url.href, opts.maxBytes, declared));
        return;
      }
      let decoder: Transform | null;
      try {
        decoder = makeDecoder(headers['content-encoding']);
      } catch (err) {
        finish(err as Error);
        return;
      }
      let wireBytes = 0;
      res.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
        if (wireBytes > opts.maxBytes) finish(tooLarge(url.href, opts.maxBytes));
      });
      const source = decoder ? res.pipe(decoder) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      source.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // The decoded cap defeats compression bombs: a few KiB of gzip can expand to gigabytes.
        if (size > opts.maxBytes) finish(tooLarge(url.href, opts.maxBytes));
        else chunks.push(chunk);
      });
      source.on('end', () => finish(null, { status, headers, body: new Uint8Array(Buffer.concat(chunks, size)) }));
      source.on('error', (err: NodeJS.ErrnoException) => {
        const zlibError = decoder !== null && source === decoder && typeof err.code === 'string' && err.code.startsWith('Z_');
        finish(
          zlibError
            ? new WiretraceError('E_FETCH', `Could not decode ${headers['content-encoding']} body of ${url.href}: ${err.message}`, { url: url.href })
            : new TransientFetchError(`Network error reading ${url.href}: ${err.code ?? err.message}`, { url: url.href, cause: err.code ?? err.message }),
        );
      });
      if (decoder) res.on('error', (err) => decoder.destroy(err));
      res.on('aborted', () => finish(new TransientFetchError(`Connection closed while reading ${url.href}`, { url: url.href, cause: 'ECONNRESET' })));
    });
    req.end();
  });
}

function tooLarge(url: string, max: number, declared?: number): WiretraceError {
  const what = declared !== undefined ? `declares ${declared} bytes` : 'is larger';
  return new WiretraceError('E_FETCH_TOO_LARGE', `Response from ${url} ${what}; the limit is ${max} bytes`, { url, maxBytes: max });
}

export const SUPPORTED_ENCODINGS = 'gzip, deflate, br';

/** A decoding stream for a Content-Encoding header (stacked encodings are decoded right to left). */
function makeDecoder(header: string | undefined): Transform | null {
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  if (codings.length === 0) return null;
  if (codings.length > 1) throw new WiretraceError('E_FETCH', `Stacked content encodings are not supported: ${header}`);
  const coding = codings[0];
  // Flush on a truncated stream instead of throwing, as browsers do: many servers cut gzip short.
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip(lenient);
  if (coding === 'deflate') return new DeflateDecoder();
  if (coding === 'br') return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  throw new WiretraceError('E_FETCH', `Unsupported content encoding: ${coding}`);
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/**
 * "deflate" should mean zlib-wrapped data, but some servers send raw deflate; the first two bytes
 * tell them apart (a zlib header has method 8 and a checksum divisible by 31).
 */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      const wrapped = chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 && ((chunk[0]! << 8) | chunk[1]!) % 31 === 0;
      const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
      this.inner = wrapped ? zlib.createInflate(lenient) : zlib.createInflateRaw(lenient);
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (e) => this.destroy(e));
    }
    this.inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }
}
