import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { textAnnotator } from '../text/index.js';
import { attributionAnnotator } from './index.js';

const pipeline = buildPipeline([textAnnotator, attributionAnnotator]);

/** Every relay chain, outermost source first, as "a > b > c". */
function chains(text: string): string[] {
  const atts = pipeline.run(createDoc(text)).layers.attributions ?? [];
  const byId = new Map(atts.map((a) => [a.id, a]));
  const src = (a: (typeof atts)[number]): string => (a.source ? text.slice(a.source.start, a.source.end) : '-');
  const relayed = new Set(atts.map((a) => a.via).filter(Boolean));
  return atts
    .filter((a) => !relayed.has(a.id))
    .map((a) => {
      const out: string[] = [];
      for (let cur: (typeof atts)[number] | undefined = a; cur; cur = cur.via ? byId.get(cur.via) : undefined) out.unshift(src(cur));
      return out.join(' > ');
    });
}

const cases: { name: string; text: string; want: string[] }[] = [
  { name: 'X reported, citing Y, that Z', text: 'Meridian reported, citing the foreign ministry, that the border would reopen.', want: ['Meridian > the foreign ministry'] },
  { name: 'Z, X reported, quoting Y', text: 'The visit is set for June, Nordwire reported, quoting a government source.', want: ['Nordwire > a government source'] },
  { name: 'according to Y, which cited Z', text: 'According to Orbis Press, which cited the port authority, three ships left.', want: ['Orbis Press > the port authority'] },
  { name: 'three hops', text: 'Meridian reported, citing the Vega agency, which quoted a ministry spokesman, that talks had stalled.', want: ['Meridian > the Vega agency > a ministry spokesman'] },
  { name: 'Y, as cited by X, said Z', text: 'The ministry, as cited by Nordwire, said the talks would resume.', want: ['Nordwire > The ministry'] },
  { name: 'X, citing Y, said Z', text: 'The Kestrel Times, citing two officials, said the deal was close.', want: ['The Kestrel Times > two officials'] },
  {
    name: 'the report reads its content after the relay',
    text: 'The Steppe Observer reported on Tuesday, citing an official in the capital, that the trip was off.',
    want: ['The Steppe Observer > an official in the capital'],
  },
  { name: 'X quoted Y as saying Z', text: 'Nordwire quoted a senior diplomat as saying that the talks had stalled.', want: ['Nordwire > a senior diplomat'] },
  // a trailing tag with a time tail, then the relay; the cited party named by an office or a programme
  { name: 'Z, X reported on Tuesday, citing Y', text: 'The trial will open on September 8, the state news service reported on Tuesday, citing the court\'s registrar.', want: ['the state news service > the court\'s registrar'] },
  { name: 'Z, X reported, citing a programme', text: 'The launch will take place on Wednesday, the news agency reported, citing the national space programme.', want: ['the news agency > the national space programme'] },
];

for (const c of cases) {
  test(`relays: ${c.name}`, () => {
    assert.deepEqual(chains(c.text), c.want);
  });
}

/** No relay: "citing" a reason (the participle stays the speaker's own cue), or nothing cited at all. */
const negatives: { name: string; text: string }[] = [
  { name: 'citing a reason', text: 'The ministry said the meeting was cancelled, citing security concerns.' },
  { name: 'citing a reason with no report', text: 'The company closed the plant, citing high costs.' },
  // the cited party's head is "talks", whatever the phrase after it names
  { name: 'citing talks with a speaker in them', text: 'The visit will take place soon, the state agency reported on Sunday, citing talks between the president and the foreign minister.' },
  { name: 'a plain report', text: 'The bridge will reopen in June, officials said.' },
  { name: 'quoted as a plain verb', text: 'The poem was quoted in full at the ceremony.' },
];

for (const c of negatives) {
  test(`relays (negative): ${c.name}`, () => {
    assert.ok(chains(c.text).every((ch) => !ch.includes(' > ')), JSON.stringify(chains(c.text)));
  });
}

for (const text of [
  'Meridian reported, citing the foreign ministry, that the border would reopen.',
  'Meridian reported on Monday, citing the foreign ministry, that the border would reopen.',
]) {
  test(`relays: every link of "${text.slice(0, 40)}…" holds the reported clause`, () => {
    const atts = pipeline.run(createDoc(text)).layers.attributions ?? [];
    assert.equal(atts.length, 2);
    for (const a of atts) assert.equal(a.content.map((c) => text.slice(c.start, c.end)).join(' '), 'that the border would reopen');
  });
}
