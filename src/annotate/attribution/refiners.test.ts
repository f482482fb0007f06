import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { textAnnotator } from '../text/index.js';
import type { AttributionCandidate } from './candidate.js';
import { clauseUnits, parseUnit } from './extract.js';
import { appendQuoteContinuations, cutAtMainClause, cutAtSiblingClauses, cutSourcesAtInnerCues, extendOpenQuotes, oneReadingPerCue, orderByCue, type Refiner } from './refiners.js';
import { buildView, type TokenView } from '../text/token-view.js';
import { trimRange } from './tokens.js';

const P = 'attribution refiners:';

/** The parsers' candidates of each clause unit, before any refiner. */
function parse(text: string): { v: TokenView; units: AttributionCandidate[][] } {
  const l = textAnnotator.run(createDoc(text));
  const v = buildView(text, l.tokens, l.sentences);
  return { v, units: clauseUnits(v).map((u) => parseUnit(v, u)) };
}

/** "rule[cue] content | content" */
function show(v: TokenView, c: AttributionCandidate): string {
  const s = (r: { s: number; e: number }): string => v.text.slice(v.start[r.s]!, v.end[r.e]!);
  return `${c.rule}[${s(c.cue)}] ${c.content.map(s).join(' | ')}`;
}

interface Case {
  readonly name: string;
  readonly text: string;
  /** every candidate after the refiner, in order */
  readonly after: readonly string[];
}

/** Runs `refine` as extract does: unit refiners per unit, document refiners over all (in cue order). */
function check(refine: Refiner, scope: 'unit' | 'document', c: Case): void {
  const { v, units } = parse(c.text);
  const before = units.flat();
  const frozen = JSON.stringify(before);
  const out = scope === 'unit' ? units.flatMap((u) => refine(v, u)) : refine(v, orderByCue(v, before));
  assert.deepEqual(out.map((x) => show(v, x)), c.after, c.name);
  assert.equal(JSON.stringify(before), frozen, `${c.name}: the input candidates are not mutated`);
}

const CUT: readonly Case[] = [
  {
    name: 'a participle after a comma is a sibling clause',
    text: 'The minister said the talks failed, adding that new ones would start.',
    after: ['indirect[said] the talks failed', 'participle[adding] that new ones would start'],
  },
  {
    name: '"…, according to X" after the content is a sibling',
    text: 'The minister said the ships left, according to state media.',
    after: ['indirect[said] the ships left', 'according-to[according to] The minister said the ships left'],
  },
  {
    name: 'a subordinate clause opening the content does not make the clause after its comma a sibling, unless that clause is a participle',
    text: 'Officials warned that if the deal fails, adding that prices rose.',
    after: ['indirect[warned] that if the deal fails', 'participle[adding] that prices rose'],
  },
  {
    name: 'a name with its own appositive after the comma is a sibling tag',
    text: 'The minister said the talks failed, Peskov, a spokesman, said.',
    after: ['indirect[said] the talks failed', 'trailing-cue[said] The minister said the talks failed'],
  },
  // negatives
  {
    name: 'a content that opens with a subordinate clause runs on to its main clause ("that if …, Patriot would …")',
    text: 'Officials warned that if the state held up the deal, Patriot would say it could liquidate its properties.',
    after: [
      'indirect[warned] that if the state held up the deal, Patriot would say it could liquidate its properties',
      'indirect[would say] it could liquidate its properties',
    ],
  },
  {
    name: 'a name set off by commas before the later cue is an appositive of the subject before it: nested, not a sibling',
    text: 'The Times reported that the editor in chief, Margarita Simonyan, conveyed to Ms. Martin that her statement was wrong.',
    after: [
      'indirect[reported] that the editor in chief, Margarita Simonyan, conveyed to Ms. Martin that her statement was wrong',
      'indirect[conveyed] that her statement was wrong',
    ],
  },
  {
    name: 'a cue nested in the content (no comma before it) keeps the content whole',
    text: 'KCNA stated that Putin expressed his readiness to visit.',
    after: ['indirect[stated] that Putin expressed his readiness to visit', 'indirect[expressed] his readiness to visit'],
  },
  {
    name: 'an indirect cue after a comma whose clause starts with a conjunction is not a sibling',
    text: 'He said the ships left, and officials confirmed it.',
    after: ['indirect[said] the ships left, and officials confirmed it', 'indirect[confirmed] it'],
  },
  {
    name: 'one cue alone is left as it is',
    text: 'Smith said the vote was fair.',
    after: ['indirect[said] the vote was fair'],
  },
];

const EXTEND: readonly Case[] = [
  {
    name: 'a content ending inside a quote it opened runs to the quote end, across the sentence',
    text: 'Smith said that \u201cthe vote was fair. Nobody has shown otherwise.\u201d',
    after: ['indirect[said] that \u201cthe vote was fair. Nobody has shown otherwise.\u201d'],
  },
  // negatives
  {
    name: 'a content outside quotes is unchanged',
    text: 'Smith said the vote was fair.',
    after: ['indirect[said] the vote was fair'],
  },
  {
    name: 'a content that already holds its whole quote is unchanged',
    text: '\u201cThe vote was fair,\u201d Smith said.',
    after: ['quote-cue[said] \u201cThe vote was fair,\u201d'],
  },
];

const APPEND: readonly Case[] = [
  {
    name: 'a quote-only paragraph continues the attribution before it',
    text: '\u201cThe vote was fair,\u201d Smith said.\n\n\u201cNobody has shown otherwise.\u201d',
    after: ['quote-cue[said] \u201cThe vote was fair,\u201d | \u201cNobody has shown otherwise.\u201d'],
  },
  // a report in the tag of a quote leaves the next quote to the quote's speaker; a later quote of its own takes it
  ...[
    ['\u201cThe vote was fair,\u201d said Smith, speaking of the recount.', ['quote-cue[said] \u201cThe vote was fair,\u201d | \u201cNobody has shown otherwise.\u201d', 'learned-participle[speaking of] the recount']],
    ['\u201cThe vote was fair,\u201d said Smith, and Jones added: \u201cIt was.\u201d', ['quote-cue[said] \u201cThe vote was fair,\u201d', 'cue-quote[added:] \u201cIt was.\u201d | \u201cNobody has shown otherwise.\u201d']],
  ].map(([text, after]): Case => ({ name: `the speaker of the quote before: ${String(text)}`, text: `${String(text)} \u201cNobody has shown otherwise.\u201d`, after: after as string[] })),
  {
    name: 'a quote that opens its sentence and closes before the stop takes the rest of the sentence along',
    text: '\u201cThe vote was fair,\u201d Smith said. \u201cNobody has shown otherwise. It is just a claim\u201d for the losers.',
    after: ['quote-cue[said] \u201cThe vote was fair,\u201d | \u201cNobody has shown otherwise. It is just a claim\u201d for the losers'],
  },
  // negatives
  {
    name: 'not a quote whose rest holds a cue of its own',
    text: '\u201cThe vote was fair,\u201d Smith said. \u201cNobody has shown otherwise,\u201d Jones said.',
    after: ['quote-cue[said] \u201cThe vote was fair,\u201d', 'quote-cue[said] \u201cNobody has shown otherwise,\u201d'],
  },
  {
    name: 'not across an intervening paragraph',
    text: '\u201cThe vote was fair,\u201d Smith said.\n\nThe count ended.\n\n\u201cNobody has shown otherwise.\u201d',
    after: ['quote-cue[said] \u201cThe vote was fair,\u201d'],
  },
  {
    name: 'not to an attribution without a source',
    text: 'It was reported that the vote was fair.\n\n\u201cNobody has shown otherwise at all.\u201d',
    after: ['passive-that[was reported] that the vote was fair'],
  },
  {
    name: 'not a quote inside a sentence with other words',
    text: '\u201cThe vote was fair,\u201d Smith said.\n\nHe called it \u201ca sham.\u201d',
    after: ['quote-cue[said] \u201cThe vote was fair,\u201d', 'indirect[called] it \u201ca sham.\u201d'],
  },
];

const ONE_READING: readonly Case[] = [
  {
    name: 'a verb and the phrase it heads are one cue: the longer reading stays',
    text: 'The Security Council issued a statement calling the test a clear violation.',
    after: ['participle[issued a statement calling] the test a clear violation'],
  },
  {
    name: 'a raising verb read alone and with its infinitive: the infinitive cue stays',
    text: 'Trump appeared to suggest that veterans are weak.',
    after: ['indirect[appeared to suggest] that veterans are weak'],
  },
  {
    name: 'cues of the same length that share a word: the first proposed stays, the later cue elsewhere too',
    text: 'She pointed to reports that Trump called her names.',
    after: ['indirect[pointed to] reports that Trump called her names', 'indirect[called] her names'],
  },
  {
    name: 'negative: cues that do not overlap all stay',
    text: 'Officials told reporters the ships left, noting that more would sail.',
    after: ['indirect[told] reporters the ships left, noting that more would sail', 'participle[noting] that more would sail'],
  },
  {
    name: 'negative: a relaying participle and the report it relays have cues of their own and both stay',
    text: 'Meridian reported, citing the foreign ministry, that the talks failed.',
    after: ['indirect[reported] citing the foreign ministry, that the talks failed', 'participle[citing] the foreign ministry, that the talks failed'],
  },
];

for (const c of ONE_READING) test(`${P} oneReadingPerCue: ${c.name}`, () => check(oneReadingPerCue, 'unit', c));
const MAIN: readonly Case[] = [
  {
    name: 'a report in a subordinate clause opening the sentence ends where the main clause begins',
    text: 'While he invoked the rising seas to thrill his supporters, he did not have a long record.',
    after: ['learned-indirect[invoked] the rising seas to thrill his supporters'],
  },
  {
    name: 'negative: "As X put it," is a tag whose content is the main clause',
    text: 'As Ms. Simonyan put it in a statement, RT is providing a perspective.',
    after: ['learned-indirect[put it] in a statement, RT is providing a perspective'],
  },
  {
    name: 'negative: an appositive after the comma ("a …") is no main clause',
    text: 'Though he heralded plans to go after carried interest, a tax loophole, as evidence of his resolve, he lost.',
    after: ['learned-indirect[heralded] plans to go after carried interest, a tax loophole, as evidence of his resolve, he lost'],
  },
  {
    name: 'negative: a report in the main clause is not cut',
    text: 'Trump said the plan failed, he added.',
    after: ['indirect[said] the plan failed, he added', 'trailing-cue[added] Trump said the plan failed'],
  },
];

for (const c of MAIN) test(`${P} cutAtMainClause: ${c.name}`, () => check(cutAtMainClause, 'unit', c));
for (const c of CUT) test(`${P} cutAtSiblingClauses: ${c.name}`, () => check(cutAtSiblingClauses, 'unit', c));
for (const c of EXTEND) test(`${P} extendOpenQuotes: ${c.name}`, () => check(extendOpenQuotes, 'unit', c));
for (const c of APPEND) test(`${P} appendQuoteContinuations: ${c.name}`, () => check(appendQuoteContinuations, 'document', c));

test(`${P} orderByCue sorts by cue start, keeps ties in proposal order, and copies`, () => {
  const { v } = parse('x');
  const at = (s: number, rule: string): AttributionCandidate => ({ cue: { s, e: s }, source: null, antecedent: null, content: [{ s, e: s }], stance: 'neutral', rule, participle: false });
  const input = [at(5, 'a'), at(1, 'b'), at(5, 'c'), at(0, 'd')];
  assert.deepEqual(orderByCue(v, input).map((c) => c.rule), ['d', 'b', 'a', 'c']);
  assert.deepEqual(input.map((c) => c.rule), ['a', 'b', 'c', 'd']);
  assert.deepEqual(orderByCue(v, []), []);
});

const INNER_CUE_SOURCES: readonly (readonly [string, readonly string[]])[] = [
  ['Barkley, who said he typically votes Democratic, said the race was close.', ['said: who', 'said: Barkley']],
  ['Mr. Obama, who understood that a push would fail, told aides to wait.', ['understood: who', 'told: Mr. Obama']],
  // negative: a relative clause with no cue of its own stays in the source
  ['Woodrow Benford, 58, who lives outside Minneapolis, said the race was close.', ['said: Woodrow Benford, 58, who lives outside Minneapolis,']],
];

for (const [text, want] of INNER_CUE_SOURCES) {
  test(`${P} cutSourcesAtInnerCues: ${text}`, () => {
    const { v, units } = parse(text);
    const s = (r: { s: number; e: number }): string => v.text.slice(v.start[r.s]!, v.end[r.e]!);
    const out = cutSourcesAtInnerCues(v, orderByCue(v, units.flat()));
    assert.deepEqual(out.map((c) => `${s(c.cue)}: ${c.source ? s(c.source) : ''}`), want);
  });
}

/**
 * The document refiners find cues through a sorted index of cue starts rather than a scan of every candidate (the scan
 * was quadratic on long articles). This reference is the scan cutSourcesAtInnerCues replaced; on every case's text joined
 * into one document, in cue order and in reverse order, the refiner must give exactly what the scan gives (the
 * appendQuoteContinuations cases above cover its cue look-up: a cue in the rest of a quote's sentence).
 */
function scanSourcesAtInnerCues(v: TokenView, cands: readonly AttributionCandidate[]): AttributionCandidate[] {
  return cands.map((a) => {
    const src = a.source;
    if (!src) return a;
    for (const b of cands) {
      if (b === a || b.cue.s <= src.s || b.cue.s > src.e) continue;
      for (let k = b.cue.s - 1; k > src.s; k--) {
        if (v.low[k] !== ',' || v.quote[k] !== -1) continue;
        const cut = trimRange(v, { s: src.s, e: k - 1 });
        return cut ? { ...a, source: cut } : a;
      }
    }
    return a;
  });
}

test(`${P} the cue index gives what a scan of every candidate gives`, () => {
  const texts = [...APPEND, ...CUT, ...MAIN, ...EXTEND].map((c) => c.text).concat(INNER_CUE_SOURCES.map(([t]) => t));
  const { v, units } = parse(texts.join('\n\n'));
  const ordered = orderByCue(v, units.flat());
  assert.ok(ordered.filter((c) => c.source).length > 10);
  for (const cands of [ordered, ordered.slice().reverse()]) {
    assert.deepEqual(cutSourcesAtInnerCues(v, cands), scanSourcesAtInnerCues(v, cands));
  }
});
