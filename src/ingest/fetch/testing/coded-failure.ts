/** For tests: awaits a promise that must reject with a coded WiretraceError, and returns that error. */
import assert from 'node:assert/strict';
import { WiretraceError } from '../../../errors.js';

export async function codedFailure(p: Promise<unknown>): Promise<WiretraceError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof WiretraceError, `fetch: expected a coded error, got ${String(err)}`);
    return err;
  }
  assert.fail('fetch: expected a failure');
}
