import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textAnnotator } from '../../annotate/text/index.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { WiretraceError } from '../../errors.js';
import { openStore } from '../../store/index.js';
import { listen } from './listen.js';

const pipeline = buildPipeline([textAnnotator]);

test('listen: a host that does not resolve or is not this machine is a usage error, not a stack trace', async () => {
  const cases = [
    { host: 'no-such-host.invalid', hint: /cannot listen on no-such-host\.invalid/ },
    { host: '256.1.1.1', hint: /cannot listen on 256\.1\.1\.1/ },
    { host: '192.0.2.1', hint: /cannot listen on 192\.0\.2\.1/ }, // TEST-NET-1: never a local address
  ];
  for (const c of cases) {
    const store = await openStore(':memory:');
    try {
      await assert.rejects(
        listen({ store, token: null, pipeline, port: 0, host: c.host }),
        (err: unknown) => err instanceof WiretraceError && err.code === 'E_USAGE' && c.hint.test(err.message),
        c.host,
      );
    } finally {
      await store.close();
    }
  }
});
