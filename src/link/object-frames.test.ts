import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReaderStatus } from './schema.js';
import { objectFrameStatus } from './object-frames.js';

const said = (text: string): { article: number; start: number; end: number; text: string } => ({ article: 1, start: 0, end: text.length, text });

test('link/object-frames: a noun made by a verb ahead is expected, one being prepared is preparing; a refusal, a negation or a past verb tells neither', () => {
  const cases: ReadonlyArray<{ trigger: string; text: string; want: ReaderStatus | null }> = [
    { trigger: 'findings', text: 'He said a government commission would look into the disaster and present its findings within 60 days.', want: 'expected' },
    { trigger: 'report', text: 'The president asked its panel to deliver a report within 60 days.', want: 'expected' },
    { trigger: 'report', text: 'The regulator plans to publish the report in June.', want: 'expected' },
    { trigger: 'fine', text: 'The data protection authority is preparing a fine against the app, two people said.', want: 'preparing' },
    // negatives
    { trigger: 'report', text: 'The commission failed to deliver a report on time.', want: null },
    { trigger: 'report', text: 'The ministry will not publish the report.', want: null },
    { trigger: 'report', text: 'The commission presented its report on Tuesday.', want: null },
    { trigger: 'agreements', text: 'Officials were drafting eight agreements for signing during the visit.', want: null },
    { trigger: 'fine', text: 'The regulator said the fine could reach 20 million euros.', want: null },
  ];
  for (const c of cases) assert.equal(objectFrameStatus({ trigger: c.trigger, evidence: said(c.text) }), c.want, c.text);
});
