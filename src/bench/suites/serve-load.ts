/**
 * The server under load (autocannon on loopback, bounded in time): p99 latency of GET /api/health and
 * of one article while 1 MB articles are being POSTed, which the annotation pool works on off the event
 * loop. A real server on 127.0.0.1 with a temporary SQLite file; the writer keeps WRITERS posts in
 * flight for the whole run. Goal (issue #15): both p99 under 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '../../store/index.js';
import { listen } from '../../web/http/listen.js';
import { benchText } from '../corpus.js';
import type { BenchResult } from '../types.js';

const SECONDS = 10;
const CONNECTIONS = 10;
const WRITERS = 2;
const ARTICLE_BYTES = 1024 * 1024;
const TOKEN = 'bench-token';

async function p99(url: string): Promise<{ p99: number; rps: number; errors: number }> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { host: 'localhost' } });
  return { p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.non2xx };
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-load-'));
  const store = await openStore(join(dir, 'load.db'));
  const server = await listen({ store, token: TOKEN, port: 0, host: '127.0.0.1', uiDir: null, writesPerMinute: 0, allowPrivate: false });
  const base = server.url.replace('localhost', '127.0.0.1');
  try {
    const small = await fetch(`${base}api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', host: 'localhost' },
      body: JSON.stringify({ text: benchText(20_000) }),
    });
    if (small.status !== 201) throw new Error(`bench serve-load: seeding got ${small.status}`);
    const { id } = (await small.json()) as { id: number };

    const idle = { health: await p99(`${base}api/health`), article: await p99(`${base}api/articles/${id}?layers=sentences`) };

    // writers: each posts a distinct 1 MB article, then the next, until the readers are done
    let writing = true;
    let posted = 0;
    const big = benchText(ARTICLE_BYTES);
    const writer = async (w: number): Promise<void> => {
      for (let n = 0; writing; n++) {
        const res = await fetch(`${base}api/articles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', host: 'localhost' },
          // the marker is in the body, so each post is new content that is annotated, not a stored duplicate
          body: JSON.stringify({ text: `Load ${w}-${n}\n\nWriter ${w} report ${n}.\n\n${big}` }),
        });
        await res.arrayBuffer();
        if (res.status === 201) posted++;
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const busy = { health: await p99(`${base}api/health`), article: await p99(`${base}api/articles/${id}?layers=sentences`) };
    writing = false;
    await Promise.all(writers);

    const note = (x: { rps: number; errors: number }, during: boolean): string =>
      `${Math.round(x.rps)} req/s, ${x.errors} errors${during ? `; ${WRITERS} writers posting 1 MB articles (${posted} stored)` : ''}`;
    return [
      { suite: 'serve-load', name: 'GET /api/health p99, idle', value: idle.health.p99, unit: 'ms', note: note(idle.health, false) },
      { suite: 'serve-load', name: 'GET /api/health p99, during ingest', value: busy.health.p99, unit: 'ms', note: note(busy.health, true) },
      { suite: 'serve-load', name: 'GET /api/articles/:id p99, idle', value: idle.article.p99, unit: 'ms', note: note(idle.article, false) },
      { suite: 'serve-load', name: 'GET /api/articles/:id p99, during ingest', value: busy.article.p99, unit: 'ms', note: note(busy.article, true) },
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
