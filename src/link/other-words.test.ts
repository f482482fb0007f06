import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherWordsFor, roots, sameRoot } from './other-words.js';

const P = 'link/other-words:';

test(`${P} derivations of one root are one word; words that only share letters are not`, () => {
  const cases: ReadonlyArray<readonly [string, string, boolean]> = [
    ['listing', 'list', true],
    ['merger', 'merge', true],
    ['devaluation', 'devalue', true],
    ['failure', 'fail', true],
    ['closure', 'close', true],
    ['reduction', 'reduce', true],
    ['contamination', 'contaminate', true],
    ['grounding', 'grounded', true],
    ['increases', 'increase', true],
    ['election', 'elect', true],
    ['strike', 'strike', true],
    // negatives: another word, or a root too short to tell
    ['attack', 'strike', false],
    ['steal', 'theft', false],
    ['rule', 'ruler', false],
    ['pass', 'passage', false],
    ['sale', 'sell', false],
  ];
  for (const [a, b, want] of cases) assert.equal(sameRoot(a, b), want, `${a} / ${b}`);
  assert.deepEqual([...roots('devaluation')], ['devaluation', 'devalu', 'devalua', 'devaluat']);
});

test(`${P} a happening's words name a tracked event in other words: a synonym of its lemma or a derivation of its words`, () => {
  const cases: ReadonlyArray<{ words: string[]; lemma: string; triggers: string[]; want: boolean; why: string }> = [
    { words: ['quit'], lemma: 'resign', triggers: ['resigned'], want: true, why: 'quitting an office is resigning' },
    { words: ['leak', 'leak'], lemma: 'spill', triggers: ['spill'], want: true, why: 'a leak of oil is the spill' },
    { words: ['alert'], lemma: 'warning', triggers: ['red alert'], want: true, why: 'the alert is the warning' },
    { words: ['list', 'listing'], lemma: 'ipo', triggers: ['IPO'], want: true, why: 'the listing is the IPO' },
    { words: ['merge', 'merge'], lemma: 'acquire', triggers: ['merger'], want: true, why: 'a derivation of a mention\'s trigger' },
    // negatives: a different event with a similar word
    { words: ['attack'], lemma: 'strike', triggers: ['strike'], want: false, why: 'an attack is not a strike by a union' },
    { words: ['strike'], lemma: 'attack', triggers: ['attack'], want: false, why: 'nor the other way round' },
    { words: ['quit'], lemma: 'dismiss', triggers: ['sacked'], want: false, why: 'quitting is no sacking' },
    { words: ['leak'], lemma: 'warning', triggers: ['warning'], want: false, why: 'a leak is no warning' },
    { words: ['move'], lemma: 'evacuate', triggers: ['evacuation'], want: false, why: '"move" has too many senses' },
    { words: ['pass'], lemma: 'vote', triggers: ['vote'], want: false, why: '"pass" has too many senses' },
    { words: ['package'], lemma: 'bailout', triggers: ['bailout'], want: false, why: 'nor "package"' },
    { words: ['sign'], lemma: 'approve', triggers: ['signed', 'approval'], want: false, why: '"no sign of a leak" is no approval the minister signed' },
    { words: ['raise'], lemma: 'warning', triggers: ['raised', 'alert'], want: false, why: '"rain raised fears" is no alert raised' },
    { words: ['leak'], lemma: 'ransom-demand', triggers: ['demand'], want: false, why: 'a synonym of another lemma' },
    { words: ['sale'], lemma: 'acquire', triggers: ['takeover'], want: false, why: '"sale" is also the shops\' and the bonds\' (closing sales, a bond sale)' },
    { words: ['transfer'], lemma: 'handover', triggers: ['handover'], want: false, why: '"transfer" is also money\'s' },
  ];
  for (const c of cases) assert.equal(otherWordsFor(c.words, { lemma: c.lemma, triggers: c.triggers }), c.want, c.why);
});
