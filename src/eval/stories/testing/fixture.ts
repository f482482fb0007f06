/**
 * A three-report story corpus written for the tests: two stories (a visit and a ferry strike), one time
 * drift finding. Shared by the scorer's and the stories task's tests.
 */
import { STORY_GOLD_SCHEMA_ID, type StoryCorpusGold } from '../gold.js';

export const R1 = 'reports/r1.txt';
export const R2 = 'reports/r2.txt';
export const R3 = 'reports/r3.txt';
export const TEXTS = new Map([
  [R1, 'Kim will visit Moscow in March, officials said. The visit was announced on Monday.'],
  [R2, "Kim's visit to Moscow is now expected in April, an aide said."],
  [R3, 'The ferry strike ended on Friday.'],
]);

export const GOLD: StoryCorpusGold = {
  schema: STORY_GOLD_SCHEMA_ID,
  stories: [
    { id: 's1', title: 'Kim visits Moscow', split: 'dev' },
    { id: 's2', title: 'Ferry strike', split: 'test' },
  ],
  reports: [
    { file: R1, outlet: 'Wire A', published: '2024-01-22', story: 's1', language: 'en' },
    { file: R2, outlet: 'Paper B', published: '2024-02-01', story: 's1', language: 'en' },
    { file: R3, outlet: 'Paper B', published: '2024-02-02', story: 's2', language: 'en' },
  ],
  events: [
    { id: 's1.visit', story: 's1', type: 'CONSULT/visit', description: 'Kim visits Moscow' },
    { id: 's2.strike', story: 's2', type: 'STRIKE', description: 'The ferry crews strike' },
  ],
  mentions: [
    { event: 's1.visit', report: R1, quote: 'visit', occurrence: 0 },
    { event: 's1.visit', report: R1, quote: 'visit', occurrence: 1 },
    { event: 's1.visit', report: R2, quote: 'visit' },
    { event: 's2.strike', report: R3, quote: 'strike' },
  ],
  statuses: [
    { event: 's1.visit', report: R1, status: 'expected', evidence: 'will visit' },
    { event: 's1.visit', report: R2, status: 'expected' },
    { event: 's2.strike', report: R3, status: 'happened' },
  ],
  findings: [{ kind: 'time', a: { report: R1, quote: 'in March' }, b: { report: R2, quote: 'in April' } }],
};
