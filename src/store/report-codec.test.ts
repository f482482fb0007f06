/**
 * The report codec: a digest reads back as its JSON text would have, whether or not span texts were
 * left out; the term list is a marker only when it is the digest's own terms; old forms still read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWiretraceError } from '../errors.js';
import { inflateJson, packJson, PACKED_V1, unpackJson } from './layer-codec.js';
import { DIGEST_REBUILT_V1, isRebuiltDigest, PACKED_SPANS_V1, packDigest, packReport, rebuiltDigestMark, SPANS_TEXT_V1, TERMS_FROM_DIGEST, unpackDigest, unpackTerms } from './report-codec.js';

const storeError = (e: unknown): boolean => isWiretraceError(e) && e.code === 'E_STORE';
const TEXT = 'The envoy said talks would resume in Geneva. Officials denied it.';
const SOURCE = { article: 7, text: TEXT };
const span = (start: number, end: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ article: 7, start, end, text: TEXT.slice(start, end), ...extra });

test('report codec: a digest reads back as its JSON, span texts left out only where the article gives them back', () => {
  const withProto = JSON.parse('{"__proto__":{"start":0,"end":3,"text":"The"},"a":1}') as unknown;
  const cases: Array<{ name: string; digest: unknown; spans: boolean }> = [
    { name: 'evidence of the article, nested in arrays', digest: { day: '2024-01-01', events: [{ evidence: span(0, 44), sentences: [span(0, 44), span(45, 65)] }] }, spans: true },
    { name: 'a span without an article key', digest: { e: { start: 4, end: 9, text: 'envoy' } }, spans: true },
    { name: 'an empty span', digest: { e: span(3, 3) }, spans: true },
    { name: 'a span of another article keeps its text', digest: { e: { article: 8, start: 0, end: 3, text: 'The' } }, spans: false },
    { name: 'a text that differs from the article keeps it', digest: { e: { article: 7, start: 0, end: 3, text: 'the' } }, spans: false },
    { name: 'offsets past the text keep the text', digest: { e: { article: 7, start: 60, end: 90, text: 'it.' } }, spans: false },
    { name: 'reversed offsets keep the text', digest: { e: { article: 7, start: 9, end: 4, text: '' } }, spans: false },
    { name: 'float offsets are not spans', digest: { e: { start: 0.5, end: 3, text: 'The' } }, spans: false },
    { name: 'a span holding true makes the whole digest plain', digest: { a: span(0, 3), b: { start: 0, end: 3, text: true } }, spans: false },
    { name: 'no spans at all', digest: { day: null, terms: { talks: 2 }, claims: [] }, spans: false },
    { name: 'a key named __proto__ stays an own key', digest: withProto, spans: true },
    { name: 'values JSON drops or rewrites', digest: { at: new Date(0), u: undefined, e: [span(4, 9), undefined] }, spans: true },
    { name: 'a bare array and a bare string', digest: [span(0, 3), 'x'], spans: true },
    { name: 'a string', digest: 'The', spans: false },
  ];
  for (const c of cases) {
    const packed = packDigest(c.digest, SOURCE);
    // only the digest holding a span marked true is packed whole; the cases have no other `true`
    assert.equal(packed[0], c.name.includes('holding true') ? PACKED_V1 : SPANS_TEXT_V1, `${c.name}: form`);
    const leftOut = packed[0] === SPANS_TEXT_V1 && JSON.stringify(inflateJson(packed.subarray(1), TEXT)).includes('true');
    assert.equal(leftOut, c.spans, `${c.name}: span texts left out`);
    const back = unpackDigest(packed, SOURCE);
    assert.equal(JSON.stringify(back), JSON.stringify(c.digest), c.name);
    assert.deepEqual(back, JSON.parse(JSON.stringify(c.digest)), `${c.name}: same objects`);
  }
});

test('report codec: digests written before (packed whole, span texts left out, or JSON text) still read; a span form is never read as a whole one', () => {
  const digest = { e: span(0, 3), terms: { the: 1 } };
  assert.deepEqual(unpackDigest(packJson(digest), SOURCE), digest, 'packed whole');
  assert.deepEqual(unpackDigest(JSON.stringify(digest), SOURCE), digest, 'JSON text');
  assert.deepEqual(unpackDigest(Buffer.from(JSON.stringify(digest)), SOURCE), digest, 'JSON text as bytes');
  const spanForm = packJson({ e: { ...span(0, 3), text: true }, terms: { the: 1 } });
  spanForm[0] = PACKED_SPANS_V1;
  assert.deepEqual(unpackDigest(spanForm, SOURCE), digest, 'span texts left out, without the text in the dictionary');
  assert.throws(() => unpackJson(packDigest(digest, SOURCE)), storeError, 'a reader that knows no span form refuses it');
});

test('report codec: the term list is a one-byte mark exactly when it is the digest\'s own terms, in order', () => {
  const digest = { terms: { talks: 2, geneva: 1 } };
  const cases: Array<{ name: string; digest: unknown; terms: string[]; mark: boolean; want: string[] }> = [
    { name: 'the digest\'s terms', digest, terms: ['talks', 'geneva'], mark: true, want: ['talks', 'geneva'] },
    { name: 'repeated terms count once', digest, terms: ['talks', 'geneva', 'talks'], mark: true, want: ['talks', 'geneva'] },
    { name: 'another order', digest, terms: ['geneva', 'talks'], mark: false, want: ['geneva', 'talks'] },
    { name: 'a term more', digest, terms: ['talks', 'geneva', 'rain'], mark: false, want: ['talks', 'geneva', 'rain'] },
    { name: 'a term less', digest, terms: ['talks'], mark: false, want: ['talks'] },
    { name: 'no terms record', digest: { day: '2024-01-01' }, terms: ['talks'], mark: false, want: ['talks'] },
    { name: 'terms that are an array', digest: { terms: ['talks'] }, terms: ['0'], mark: false, want: ['0'] },
    { name: 'none, and an empty record', digest: { terms: {} }, terms: [], mark: true, want: [] },
  ];
  for (const c of cases) {
    const packed = packReport(c.digest, c.terms, SOURCE);
    assert.equal(packed.terms.length === 1 && packed.terms[0] === TERMS_FROM_DIGEST, c.mark, `${c.name}: mark`);
    assert.deepEqual(unpackTerms(packed.terms, unpackDigest(packed.digest, SOURCE)), c.want, c.name);
  }
  assert.deepEqual(unpackTerms('["talks"]', {}), ['talks'], 'a JSON text list written before');
  assert.throws(() => unpackTerms(Buffer.from([TERMS_FROM_DIGEST]), { day: null }), storeError, 'a mark with no terms to read');
  assert.throws(() => unpackTerms(packJson({ talks: 1 }), {}), storeError, 'a list that is not an array');
});

test('report codec: a digest the store rebuilds exactly is kept as one byte; any other is stored whole', () => {
  const rebuilt = { day: '2024-01-01', terms: { talks: 2 }, claims: [{ evidence: span(0, 44) }] };
  let calls = 0;
  const source = { ...SOURCE, rebuild: (): unknown => (calls++, rebuilt) };
  const cases: Array<{ name: string; digest: unknown; mark: boolean }> = [
    { name: 'the rebuilt digest itself', digest: rebuilt, mark: true },
    { name: 'an equal copy', digest: JSON.parse(JSON.stringify(rebuilt)) as unknown, mark: true },
    { name: 'keys in another order', digest: { terms: { talks: 2 }, day: '2024-01-01', claims: [{ evidence: span(0, 44) }] }, mark: false },
    { name: 'one count differs', digest: { ...rebuilt, terms: { talks: 3 } }, mark: false },
    { name: 'another value', digest: { digest: 'a' }, mark: false },
  ];
  for (const c of cases) {
    const packed = packDigest(c.digest, source);
    assert.equal(isRebuiltDigest(packed), c.mark, `${c.name}: mark`);
    if (c.mark) assert.deepEqual([...packed], [DIGEST_REBUILT_V1], `${c.name}: one byte`);
    assert.deepEqual(unpackDigest(packed, source), JSON.parse(JSON.stringify(c.digest)), `${c.name}: reads back`);
    // without a rebuild, nothing is left out
    assert.equal(isRebuiltDigest(packDigest(c.digest, SOURCE)), false, `${c.name}: no rebuild, no mark`);
  }
  assert.ok(calls > 0);
  // what is read is a copy: changing it changes nothing stored
  const read = unpackDigest(Buffer.from([DIGEST_REBUILT_V1]), source) as { terms: Record<string, number> };
  read.terms.talks = 99;
  assert.equal(rebuilt.terms.talks, 2);
  // the term list still stands for the digest's own terms
  const report = packReport(rebuilt, ['talks'], source);
  assert.ok(isRebuiltDigest(report.digest));
  assert.deepEqual(unpackTerms(report.terms, unpackDigest(report.digest, source)), ['talks']);
  assert.throws(() => unpackDigest(Buffer.from([DIGEST_REBUILT_V1]), SOURCE), storeError, 'a mark with nothing to rebuild from');
  assert.throws(() => unpackDigest(Buffer.from([DIGEST_REBUILT_V1]), { ...SOURCE, rebuild: () => undefined }), storeError, 'a mark whose layers give nothing');
  assert.equal(isRebuiltDigest(packDigest(null, { ...SOURCE, rebuild: () => undefined })), false, 'nothing rebuilt, nothing left out');
});

test('report codec: the migration marks only whole digests the store rebuilds exactly', () => {
  const rebuilt = { day: null, terms: { geneva: 1 }, e: span(4, 9) };
  const source = { ...SOURCE, rebuild: (): unknown => rebuilt };
  assert.deepEqual(rebuiltDigestMark(packDigest(rebuilt, SOURCE), source), Buffer.from([DIGEST_REBUILT_V1]), 'packed with span texts left out');
  assert.deepEqual(rebuiltDigestMark(packJson(rebuilt), source), Buffer.from([DIGEST_REBUILT_V1]), 'packed whole');
  assert.deepEqual(rebuiltDigestMark(JSON.stringify(rebuilt), source), Buffer.from([DIGEST_REBUILT_V1]), 'JSON text');
  assert.equal(rebuiltDigestMark(packJson({ other: true }), source), null, 'another digest stays');
  assert.equal(rebuiltDigestMark(packJson(rebuilt), SOURCE), null, 'nothing to rebuild from');
  assert.equal(rebuiltDigestMark(Buffer.from([DIGEST_REBUILT_V1]), source), null, 'a mark already');
});
