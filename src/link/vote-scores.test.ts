import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctsScore, scoreCorrections, voteScores, type ScoreSighting, type VoteScore } from './vote-scores.js';

const P = 'link/vote-scores:';

test(`${P} a vote's score is read in words, and in digits where the quantities layer read a tally; other "X to Y" are none`, () => {
  const cases: ReadonlyArray<[string, string | null, Array<[number, number]>]> = [
    ['Parliament ratified the agreement on Thursday by 142 votes to 61.', null, [[142, 61]]],
    ['Experts voted 11 to 2 on Tuesday to recommend the pill.', null, [[11, 2]]],
    ['The decision was taken by six votes to four.', null, [[6, 4]]],
    ['Un proyecto similar fue rechazado por 30 votos contra 24.', null, [[30, 24]]],
    ['Le texte a été adopté par 142 voix contre 60.', null, [[142, 60]]],
    ['Lawmakers approved it 31-22, the agency reported.', '31-22', [[31, 22]]],
    // negative: a change ("from 8 to 11", "by 3 to 11"), a cut in basis points, a score the quantities layer did not read
    ['The number of seats rose from 8 to 11.', null, []],
    ['The party gained by 3 to 11 seats.', null, []],
    ['The bank cut its rate by 50 to 25 basis points.', null, []],
    ['The match ended 2-1 on Sunday.', null, []],
    ['Members voted by 91% to walk out.', null, []],
  ];
  for (const [sentence, tally, want] of cases) {
    const got = voteScores(sentence, tally ? [sentence.indexOf(tally)] : []).map((s) => [s.for, s.against]);
    assert.deepEqual(got, want, sentence);
  }
});

test(`${P} a score corrects another when one side is the same and the other moved, about as many votes cast`, () => {
  const s = (f: number, a: number): VoteScore => ({ for: f, against: a, at: 0, text: `${f}-${a}` });
  const cases: ReadonlyArray<[VoteScore, VoteScore, boolean]> = [
    [s(142, 61), s(142, 60), true],
    [s(31, 20), s(31, 22), true],
    [s(11, 2), s(11, 3), true],
    // negative: both sides moved (maybe another meeting), the same score, another vote's size
    [s(6, 1), s(5, 2), false],
    [s(142, 61), s(142, 61), false],
    [s(31, 20), s(31, 2), false],
  ];
  for (const [a, b, want] of cases) assert.equal(correctsScore(a, b), want, `${a.text} → ${b.text}`);
});

test(`${P} a new report's score is paired with the latest earlier one, pointing where that one first appeared`, () => {
  const at = (article: number, sentence: string, f: number, a: number): ScoreSighting<string> => ({ score: { for: f, against: a, at: 0, text: `${f}-${a}` }, article, sentence, evidence: `${article}:${sentence}` });
  const first = at(1, 'a', 142, 61);
  const again = at(2, 'b', 142, 61);
  const fixed = at(3, 'c', 142, 60);
  const back = at(4, 'd', 142, 61);
  const pairs = (xs: ScoreSighting<string>[], article: number): string[][] => scoreCorrections(xs, article).map((p) => [p.origin.evidence, p.score.evidence]);
  assert.deepEqual(pairs([first, again, fixed], 3), [['1:a', '3:c']]);
  assert.deepEqual(pairs([first, again, fixed, back], 4), [['3:c', '4:d']]);
  // negative: a restatement, and a score of an earlier report only (not the new one's)
  assert.deepEqual(pairs([first, again], 2), []);
  assert.deepEqual(pairs([first, fixed], 1), []);
});
