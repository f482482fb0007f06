import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DigestEvent } from './digest.js';
import { triggerOffset } from './trigger-at.js';

const P = 'link/trigger-at:';

test(`${P} the first mention's own offset, not the trigger word's first occurrence in the sentence`, () => {
  const text = 'The storm, which was forecast, and the storm that flooded the valley in 2019 were alike.';
  const second = text.indexOf('storm', 5);
  const at = (over: Partial<Pick<DigestEvent, 'trigger' | 'triggerAt'>>): number =>
    triggerOffset({ trigger: 'storm', evidence: { article: 1, start: 0, end: text.length, text }, ...over });
  const cases: ReadonlyArray<{ got: number; want: number; why: string }> = [
    { got: at({ triggerAt: second }), want: second, why: 'the mention is the second "storm"' },
    { got: at({ triggerAt: 4 }), want: 4, why: 'the mention is the first' },
    { got: at({}), want: 4, why: 'a digest without the offset: the first whole word' },
    { got: at({ triggerAt: 7 }), want: 4, why: 'negative: an offset where the trigger does not stand is not trusted' },
    { got: at({ trigger: 'flood' }), want: -1, why: 'negative: "flood" is no whole word of "flooded"' },
    { got: at({ trigger: '' }), want: -1, why: 'negative: no trigger' },
  ];
  for (const c of cases) assert.equal(c.got, c.want, c.why);
});
