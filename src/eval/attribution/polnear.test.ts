import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requireData } from '../data-path.js';
import { loadSplit } from './polnear.js';
import { annotateText, toRoleSpans } from './predict.js';
import { toBrat } from '../../annotate/attribution/brat.js';
import { parseAnn } from './polnear.js';
import { prf, scoreDoc, scoreTokens } from './score.js';

test('polnear: dev split loads with gold attributions for every article', () => {
  const root = requireData('polnear');
  if (!root) return;
  const docs = loadSplit(root, 'dev');
  assert.equal(docs.length, 84);
  for (const d of docs) {
    assert.ok(d.annotations.length >= 1, d.name);
    for (const a of d.annotations) for (const g of a.attributions) for (const f of [...g.cue, ...g.source, ...g.content]) assert.ok(f.end <= d.text.length);
  }
});

test('brat: predictions on real articles survive the brat round trip exactly', () => {
  const root = requireData('polnear');
  if (!root) return;
  for (const d of loadSplit(root, 'dev').slice(0, 8)) {
    const doc = annotateText(d.text);
    const pred = (doc.layers.attributions ?? []).map(toRoleSpans);
    const back = parseAnn(toBrat(doc));
    assert.equal(back.length, pred.length, d.name);
    const c = scoreDoc(d.text, scoreTokens(d.text), back, pred);
    for (const r of ['source', 'cue', 'content'] as const) if (c.token[r].tp + c.token[r].fn > 0) assert.equal(prf(c.token[r]).f1, 1, `${d.name} ${r}`);
    assert.equal(prf(c.attribution).f1, pred.length ? 1 : 0, d.name);
  }
});
