import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFurniture } from './furniture.js';

const P = 'link/furniture:';

test(`${P} a dateline's agency credit and a wire credit line are furniture; the story's own text is not`, () => {
  const cases: ReadonlyArray<{ text: string; want: string[] }> = [
    { text: 'MOMBASA, Nov 3 (Meridian) - A cyberattack shut down the terminal.', want: ['(Meridian)'] },
    { text: 'CHINGOLA, Zambia, June 4 (Meridian) - Rescuers reached the miners.', want: ['(Meridian)'] },
    { text: 'OSLO (Nordwire) -- Talks resumed.', want: ['(Nordwire)'] },
    { text: 'The port reopened.\n\n(Reporting by Brian Otieno; editing by Helen Marsh)', want: ['(Reporting by Brian Otieno; editing by Helen Marsh)'] },
    { text: 'The port reopened.\nAdditional reporting by Ana Ruiz in Lima', want: ['Additional reporting by Ana Ruiz in Lima'] },
    // negatives: brackets and "by" inside the story's sentences
    { text: 'The Kenya Ports Authority (KPA) said 40 ships were waiting.', want: [] },
    { text: 'The minister said the report, written by the inquiry, was clear.', want: [] },
    { text: 'Police said the attack was carried out by BlackReef (a ransomware group) - officials said.', want: [] },
  ];
  for (const c of cases) assert.deepEqual(readFurniture(c.text).spans.map((s) => c.text.slice(s.start, s.end)), c.want, c.text);
});

test(`${P} the agencies a report's datelines credit, lowercased`, () => {
  const cases: ReadonlyArray<{ text: string; want: string[] }> = [
    { text: 'MOMBASA, Nov 3 (Meridian) - A cyberattack shut down the terminal.', want: ['meridian'] },
    { text: 'OSLO (Nordwire) -- Talks resumed.\n\nBERGEN (Nordwire) - Ferries sailed.', want: ['nordwire'] },
    // negative: an acronym in brackets inside a sentence credits no one
    { text: 'The Kenya Ports Authority (KPA) said 40 ships were waiting.', want: [] },
  ];
  for (const c of cases) assert.deepEqual([...readFurniture(c.text).credits], c.want, c.text);
});
