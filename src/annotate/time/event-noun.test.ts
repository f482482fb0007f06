import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimesInText } from './index.js';

const valueOf = (text: string, dct: string, expr: string): string | undefined =>
  tagTimesInText(text, dct).find((t) => text.slice(t.start, t.end) === expr)?.value;

test('time/event-noun: a weekday that names an event takes the direction of the event noun\'s own verb (table, with negatives)', () => {
  // DCT Tuesday 2025-09-16 19:00 at +03:00
  const tue = '2025-09-16T19:00:00+03:00';
  const cases: [string, string, string][] = [
    // the noun taken up again with its verb, past the nearer verb of another event
    ["The High Court on Tuesday struck down the police ban on Thursday's nurses' march, ruling that the force had no reason to stop it, and the march will now go ahead.", 'Thursday', '2025-09-18'],
    // the verb right after the noun phrase
    ["Thursday's vote will decide the budget.", 'Thursday', '2025-09-18'],
    ['The Friday vote will go ahead as planned.', 'Friday', '2025-09-19'],
    ["Monday's attack killed 12 people.", 'Monday', '2025-09-15'],
    ["Thursday's march passed off without violence.", 'Thursday', '2025-09-11'],
    // negatives: a noun with no verb of its own keeps the rule of 1.3.3 (a possessive day is past)
    ["Police on Saturday raised their estimate of the crowd at Thursday's march in Kampala.", 'Thursday', '2025-09-11'],
    // another noun's verb does not count: "the nurses will" is no verb of the march
    ["The court struck down the ban on Thursday's march, and the nurses will rest.", 'Thursday', '2025-09-11'],
    // a day that modifies no noun reads its clause: "on Thursday" in a past sentence stays past
    ['The court struck down the ban on Thursday, and the march will go ahead.', 'Thursday', '2025-09-11'],
    // a saying verb after the noun is no verb of the event
    ["Friday's statement said the talks would resume.", 'Friday', '2025-09-12'],
  ];
  for (const [text, expr, want] of cases) assert.equal(valueOf(text, tue, expr), want, text);
});
