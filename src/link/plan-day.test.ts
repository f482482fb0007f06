import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atPlanDay } from './plan-day.js';

test('link/plan-day: a time right after the words of a plan\'s day, with or without the recap\'s auxiliary', () => {
  const cases: ReadonlyArray<{ sentence: string; time: string; recap: boolean; want: boolean }> = [
    { sentence: 'Dockers called off the strike planned for Tuesday, March 17.', time: 'Tuesday, March 17', recap: false, want: true },
    { sentence: 'The trial had been set for Tuesday, September 29, after prosecutors added two counts.', time: 'Tuesday, September 29', recap: true, want: true },
    { sentence: 'The vote was scheduled for the 14th.', time: '14th', recap: true, want: true },
    // negatives: no plan words, or no auxiliary where the recap is asked
    { sentence: 'Dockers called off the strike on Tuesday.', time: 'Tuesday', recap: false, want: false },
    { sentence: 'Dockers called off the strike planned for Tuesday, March 17.', time: 'Tuesday, March 17', recap: true, want: false },
    { sentence: 'The trial opened on Monday.', time: 'Tuesday', recap: false, want: false },
  ];
  for (const c of cases) assert.equal(atPlanDay(c.sentence, c.time, c.recap), c.want, `${c.sentence} / ${c.time}`);
});
