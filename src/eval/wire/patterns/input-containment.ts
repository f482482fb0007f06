/**
 * Trimmed and re-edited wire copies are grouped: a shorter copy contained in a longer one (cut from the
 * bottom, a paragraph dropped, house-style edits, a local paragraph on top) is stored as a
 * near-duplicate of the first-seen copy, whichever came first; an independent report of the same event
 * is not. Runs the real ingest path (service, SQLite store in memory) with the text layers only.
 */
import { textAnnotator } from '../../../annotate/text/index.js';
import { buildPipeline } from '../../../doc/pipeline.js';
import { ingestText } from '../../../service/ingest.js';
import { openStore } from '../../../store/index.js';
import type { WireExample, WirePattern } from '../types.js';

const pipeline = buildPipeline([textAnnotator]);

export const pattern: WirePattern = {
  name: 'input-containment',
  family: 'input',
  description: 'a shorter copy contained in a longer one is a near-duplicate; an independent report is not',
  async check(ex: WireExample) {
    const want = ex.expect as { copy: string; nearDup: boolean };
    const store = await openStore(':memory:');
    try {
      const first = await ingestText(store, ex.text, { format: 'raw', pipeline });
      const second = await ingestText(store, want.copy, { format: 'raw', pipeline });
      const got = second.nearDupOf === first.id;
      return { ok: got === want.nearDup, want: want.nearDup ? 'near-duplicate' : 'distinct', got: got ? 'near-duplicate' : 'distinct' };
    } finally {
      await store.close();
    }
  },
};
