import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReaderStatus } from './schema.js';
import { madeSubject, presupposedStatus } from './presupposed.js';

const said = (text: string): { article: number; start: number; end: number; text: string } => ({ article: 1, start: 0, end: text.length, text });

test('link/presupposed: a frame that takes the event as given tells its status; a plan word or no frame tells none', () => {
  const cases: ReadonlyArray<{ trigger: string; text: string; want: ReaderStatus | null }> = [
    // an act of authority appealed or challenged has been made
    { trigger: 'fine', text: 'The firm has filed an appeal against its 14.5 million euro fine at the district court, a spokeswoman said.', want: 'happened' },
    { trigger: 'revocation', text: 'The miner has filed a challenge at the Supreme Court against the revocation of its licence, its lawyers said.', want: 'happened' },
    { trigger: 'ban', text: 'The club appealed the ban on Monday.', want: 'happened' },
    { trigger: 'suspension', text: 'He is contesting his suspension before the league.', want: 'happened' },
    { trigger: 'fine', text: 'Campaigners lodged complaints against the proposed fine.', want: null },
    { trigger: 'ban', text: 'Retailers have filed an appeal against a possible ban on sales.', want: null },
    { trigger: 'extradition', text: 'He has filed an appeal against his extradition to France.', want: null },
    { trigger: 'visit', text: 'Thousands joined protests against the planned visit.', want: null },
    { trigger: 'fine', text: 'The regulator said the fine could reach 20 million euros.', want: null },
    // what a happening left
    { trigger: 'riots', text: 'The death toll from the riots now stands at seven, police said.', want: 'happened' },
    { trigger: 'storm', text: 'Insurers put the damage from the storm at 40 million dollars.', want: 'happened' },
    { trigger: 'flood', text: 'Residents began the clean-up after the flood.', want: null },
    { trigger: 'bridge', text: 'The cost of the planned bridge has doubled.', want: null },
    { trigger: 'strike', text: 'The damage from a threatened strike would be severe, the chamber said.', want: null },
    // a counted span told in the past
    { trigger: 'boycott', text: "The 19-day boycott was the university's longest stoppage since 2019.", want: 'happened' },
    { trigger: 'strike', text: 'The three-week strike ended on Friday.', want: 'happened' },
    { trigger: 'visit', text: 'The three-day visit will begin on Monday.', want: null },
    { trigger: 'strike', text: 'Unions called a 48-hour strike for next week.', want: null },
    // one act part of another, told in the past
    { trigger: 'reshuffle', text: 'The appointment was part of a reshuffle in which four ministers were replaced.', want: 'happened' },
    { trigger: 'reshuffle', text: 'The appointment is part of a planned reshuffle.', want: null },
    { trigger: 'reshuffle', text: 'The appointment was part of a proposed reshuffle, aides said.', want: null },
    // a cost run up so far
    { trigger: 'suspension', text: 'Truck operators said the suspension had cost the industry about 2 million dollars so far.', want: 'under-way' },
    { trigger: 'closure', text: 'The closure has already cost shippers 5 million euros to date.', want: 'under-way' },
    { trigger: 'closure', text: 'The closure would cost shippers 5 million euros a week.', want: null },
    { trigger: 'suspension', text: 'The suspension had cost the industry about 2 million dollars.', want: null },
    { trigger: 'closure', text: 'The planned closure has cost the town its bank so far.', want: null },
    // an offer or a bid answered has been made
    { trigger: 'bid', text: 'SC Minho have rejected a bid of 15 million euros from AC Lanterna Genova for the striker.', want: 'happened' },
    { trigger: 'offer', text: 'The agreement comes after the club rejected an opening offer of 15 million euros last week.', want: 'happened' },
    { trigger: 'offer', text: 'The board accepted the offer on Friday.', want: 'happened' },
    { trigger: 'offer', text: 'The first offer, of 15 million euros, was turned down on Monday.', want: 'happened' },
    { trigger: 'bid', text: 'The club said it would reject any bid below the release clause.', want: null },
    { trigger: 'offer', text: 'The club could reject an improved offer before the window closes.', want: null },
    { trigger: 'offer', text: 'The buyer could return with an improved offer next week.', want: null },
    { trigger: 'deal', text: 'The board rejected a deal on Friday.', want: null },
  ];
  for (const c of cases) assert.equal(presupposedStatus({ trigger: c.trigger, evidence: said(c.text) }), c.want, c.text);
});

test('link/presupposed: a made thing told as the definite subject of a verb group not ahead has been made; a plan, a denial or another telling has not', () => {
  const cases: ReadonlyArray<{ trigger: string; lemma?: string; texts: string[]; want: boolean }> = [
    { trigger: 'deal', lemma: 'agree', texts: ['Members will vote on the agreement in a ballot.', '"This deal shows that the threat of a strike works," she said.'], want: true },
    { trigger: 'deal', lemma: 'agree', texts: ['Some drivers said the deal was too small.'], want: true },
    { trigger: 'deal', lemma: 'deal', texts: ['The C$165 million deal closed after creditors approved the plan.'], want: true },
    { trigger: 'crack', lemma: 'crack', texts: ['The crack has not grown since Tuesday, the spokesman said.'], want: true },
    { trigger: 'report', lemma: 'inquiry-report', texts: ['The 140-page report was handed to prosecutors.'], want: true },
    { trigger: 'reshuffle', lemma: 'reshuffle', texts: ['Opposition members said that the reshuffle had been improvised.'], want: true },
    { trigger: 'fine', lemma: 'sentence', texts: ["Snelbord's fine is wrong, he said."], want: true },
    // negatives
    { trigger: 'deal', lemma: 'agree', texts: ['The deal is due to be signed on Friday.'], want: false },
    { trigger: 'deal', lemma: 'agree', texts: ['The deal was the talk of the depots on Wednesday.'], want: false },
    { trigger: 'agreement', lemma: 'agree', texts: ["Tanzania's agreement with Kenya on removing non-tariff barriers would not be signed before June."], want: false },
    { trigger: 'report', lemma: 'inquiry-report', texts: ['The report has not been published yet.'], want: false },
    { trigger: 'report', lemma: 'inquiry-report', texts: ['The report will be published next week.'], want: false },
    { trigger: 'deal', lemma: 'agree', texts: ['The planned deal was discussed on Monday.'], want: false },
    { trigger: 'deal', lemma: 'agree', texts: ['If the deal is signed, the strike ends.'], want: false },
    { trigger: 'report', lemma: 'report', texts: ['The report found nothing.'], want: false },
    { trigger: 'strike', lemma: 'strike', texts: ['The strike was the longest since 2019.'], want: false },
  ];
  for (const c of cases) {
    const sentences = c.texts.map(said);
    assert.equal(madeSubject({ trigger: c.trigger, lemma: c.lemma ?? c.trigger, sentences }), c.want, c.texts.join(' '));
  }
});
