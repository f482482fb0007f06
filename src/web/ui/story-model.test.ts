// The story pages' pure code (story-model.js): axis, marks, windows, word diff, relay graph, filters,
// folded wire copies and claims by source. Table-driven, with negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIFF_MAX_WORDS, chainGraph, claimsBySource, dayIso, dayNumber, filterStories, foldCopies, statusTone, storyFacets, timeAxis,
  timelineMarks, windowText, wordDiff, type StoryLike,
  quoted, splitSourceGroups, entityChipsOf,
} from './story-model.js';

test('story-model: dayNumber reads the calendar day written, and nothing else', () => {
  const cases: Array<[unknown, string | null]> = [
    ['2025-03-02', '2025-03-02'],
    ['2025-03-02T23:30:00-05:00', '2025-03-02'], // the day as written, not shifted to UTC
    ['2024-02-29', '2024-02-29'],
    ['DCT+P3M', null],
    ['2025-03', null],
    ['', null],
    [null, null],
    [20250302, null],
  ];
  for (const [input, want] of cases) {
    const d = dayNumber(input);
    assert.equal(d === null ? null : dayIso(d), want, String(input));
  }
});

test('story-model: windows read as people say them', () => {
  const cases: Array<[{ from: string | null; to: string | null } | null, string | null]> = [
    [{ from: '2025-03-02', to: '2025-06-02' }, '2 Mar 2025 – 2 Jun 2025'],
    [{ from: '2025-04-08', to: '2025-04-08' }, '8 Apr 2025'],
    [{ from: '2026-01-01', to: null }, 'not before 1 Jan 2026'],
    [{ from: null, to: '2024-04-30' }, 'by about 30 Apr 2024'],
    [{ from: 'DCT+P3M', to: null }, null],
    [{ from: null, to: null }, null],
    [null, null],
  ];
  for (const [w, want] of cases) assert.equal(windowText(w), want, JSON.stringify(w));
});

test('story-model: the time axis spans every day given, in order, with month ticks inside it', () => {
  const days = ['2025-03-02', '2025-04-09', null, '2025-03-19'].map(dayNumber);
  const axis = timeAxis(days, 0, 1000)!;
  assert.ok(axis);
  const [a, b, , c] = days as [number, number, null, number];
  assert.ok(axis.x(a) > 0 && axis.x(b) < 1000, 'padded inside the drawing');
  assert.ok(axis.x(a) < axis.x(c) && axis.x(c) < axis.x(b), 'later days sit further right');
  assert.deepEqual(axis.ticks.map((t) => t.label), ['Mar 2025', 'Apr'], 'the first tick names its year');
  const newYear = timeAxis([dayNumber('2024-11-20'), dayNumber('2025-02-10')], 0, 100)!;
  assert.deepEqual(newYear.ticks.map((t) => t.label), ['Dec 2024', 'Jan 2025', 'Feb'], 'January names its year');
  for (const t of axis.ticks) assert.ok(t.day >= axis.lo && t.day <= axis.hi);
  // long spans tick by year, and never more than maxTicks labels
  const long = timeAxis([dayNumber('2000-01-01'), dayNumber('2025-01-01')], 0, 100, 6)!;
  assert.ok(long.ticks.length <= 6 && long.ticks.every((t) => /^\d{4}$/.test(t.label)), long.ticks.map((t) => t.label).join(','));
  // negative: nothing to place
  assert.equal(timeAxis([null, undefined], 0, 100), null);
  assert.equal(timeAxis([], 0, 100), null);
});

test('story-model: a span too short for month ticks ticks by day, and names the days', () => {
  const cases: Array<{ days: string[]; want: string[] }> = [
    // 8-20 Sep, padded to 5-23 Sep: no month start inside; every 2 days would be 10 ticks, so every 3
    { days: ['2025-09-08', '2025-09-20'], want: ['6 Sep 2025', '9 Sep', '12 Sep', '15 Sep', '18 Sep', '21 Sep'] },
    // one day only: every day of the padded week
    { days: ['2025-03-12'], want: ['9 Mar 2025', '10 Mar', '11 Mar', '12 Mar', '13 Mar', '14 Mar', '15 Mar'] },
    // about five weeks, one month start inside: weekly, on Mondays
    { days: ['2025-08-11', '2025-09-14'], want: ['11 Aug 2025', '18 Aug', '25 Aug', '1 Sep', '8 Sep', '15 Sep'] },
    // across a new year the first tick of the new year names it
    { days: ['2025-12-28', '2026-01-03'], want: ['26 Dec 2025', '28 Dec', '30 Dec', '1 Jan 2026', '3 Jan', '5 Jan'] },
    // six weeks with one month start (1 Nov): weekly
    { days: ['2025-10-06', '2025-11-12'], want: ['6 Oct 2025', '13 Oct', '20 Oct', '27 Oct', '3 Nov', '10 Nov'] },
  ];
  for (const { days, want } of cases) {
    const axis = timeAxis(days.map(dayNumber), 0, 1000)!;
    assert.deepEqual(axis.ticks.map((t) => t.label), want, days.join(' – '));
    for (const t of axis.ticks) assert.ok(t.day >= axis.lo && t.day <= axis.hi, `${t.label} inside the axis`);
  }
  // weekly ticks fall on Mondays
  const weekly = timeAxis(['2025-08-11', '2025-09-14'].map(dayNumber), 0, 1000)!;
  for (const t of weekly.ticks) assert.equal(new Date(`${dayIso(t.day)}T00:00:00Z`).getUTCDay(), 1, t.label);
  // negative: two month starts or more keep month ticks
  assert.deepEqual(timeAxis(['2025-03-02', '2025-04-09'].map(dayNumber), 0, 1000)!.ticks.map((t) => t.label), ['Mar 2025', 'Apr']);
});

test('story-model: each step becomes a mark with a range, a not-before bound, a by bound or none', () => {
  const step = (window: { from: string | null; to: string | null } | null, date: string | null = '2025-03-02') => ({
    id: 's', date, status: 'expected', ...(window === undefined ? {} : { time: { text: 'soon', window } }),
  });
  const cases: Array<[ReturnType<typeof step> | { id: string; date: string; status: string }, string]> = [
    [step({ from: '2025-03-02', to: '2025-06-02' }), 'range'],
    [step({ from: '2026-01-01', to: null }), 'not-before'],
    [step({ from: null, to: '2025-06-02' }), 'by'],
    [step({ from: 'DCT+P3M', to: null }), 'none'], // an unanchored end is not guessed
    [step(null), 'none'],
    [{ id: 's', date: '2025-03-02', status: 'happened' }, 'none'],
  ];
  for (const [s, kind] of cases) assert.equal(timelineMarks([s])[0]!.kind, kind, JSON.stringify(s));
  assert.equal(timelineMarks([step(null, null)])[0]!.at, null, 'an undated step has no day');
  assert.deepEqual(timelineMarks(null), []);
});

test('story-model: the word diff marks only the words the other wording lacks', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['the visit is expected soon', 'the visit is expected in April', ['soon'], ['in April']],
    ['Twelve people died', 'twelve people died', [], []], // case alone is no difference
    ['up to 50 companies', 'about 40 companies', ['up to 50'], ['about 40']],
    ['', 'all new', [], ['all new']],
  ];
  for (const [a, b, wantA, wantB] of cases) {
    const d = wordDiff(a, b);
    assert.deepEqual(d.a.map((r) => a.slice(r.start, r.end)), wantA, `${a} | ${b}`);
    assert.deepEqual(d.b.map((r) => b.slice(r.start, r.end)), wantB, `${a} | ${b}`);
    assert.equal(d.skipped, false);
  }
  const long = Array.from({ length: DIFF_MAX_WORDS + 1 }, (_, i) => `w${i}`).join(' ');
  assert.deepEqual(wordDiff(long, 'short'), { a: [], b: [], skipped: true }, 'too long to compare word by word');
});

test('story-model: the relay graph puts the source left and outlets right, one edge per hop', () => {
  const g = chainGraph([
    ['Saule Abenova', 'Kazinform', 'Meridian Wire', 'The Harbour Times'],
    ['Saule Abenova', 'Meridian Wire'],
    ['Saule Abenova', 'Kazinform', 'Meridian Wire'],
    [],
    null,
  ]);
  const col = (n: string) => g.nodes.find((x) => x.name === n)!.column;
  assert.equal(g.nodes.length, 4);
  assert.deepEqual(['Saule Abenova', 'Kazinform', 'Meridian Wire', 'The Harbour Times'].map(col), [0, 1, 2, 3], 'longest path from the source');
  const edge = (a: string, b: string) => g.edges.find((e) => g.nodes[e.from]!.name === a && g.nodes[e.to]!.name === b);
  assert.equal(edge('Saule Abenova', 'Kazinform')?.count, 2);
  assert.equal(edge('Saule Abenova', 'Meridian Wire')?.count, 1);
  assert.equal(g.columns, 4);
  // negative: a cycle does not loop forever, and a lone name has no edge
  const cyc = chainGraph([['A', 'B'], ['B', 'A']]);
  assert.ok(cyc.nodes.every((n) => n.column < 2));
  assert.deepEqual(chainGraph([['A']]).edges, []);
  assert.deepEqual(chainGraph([]).nodes, []);
});

const story = (over: Partial<StoryLike> & { id: number }): StoryLike & { id: number } => ({
  firstDate: '2025-03-01', lastDate: '2025-04-10', outlets: ['MTA'], events: [{ status: 'expected' }], entities: [{ key: 'per:a', name: 'A' }], ...over,
});

test('story-model: the story list filters by date range, outlet, entity and status', () => {
  const stories = [
    story({ id: 1 }),
    story({ id: 2, firstDate: '2020-01-01', lastDate: '2020-03-01', outlets: ['Meridian Wire'], events: [{ status: 'postponed' }], entities: [{ key: 'per:b', name: 'B' }] }),
    story({ id: 3, firstDate: null, lastDate: null, events: [], entities: [] }),
  ];
  const cases: Array<[Record<string, string>, number[]]> = [
    [{}, [1, 2, 3]],
    [{ from: '2025-04-01' }, [1]], // overlaps the range
    [{ to: '2020-02-01' }, [2]],
    [{ from: '2021-01-01', to: '2024-12-31' }, []], // between the two stories
    [{ outlet: 'Meridian Wire' }, [2]],
    [{ entity: 'per:a' }, [1]],
    [{ status: 'postponed' }, [2]],
    [{ status: 'happened' }, []],
    [{ outlet: 'MTA', status: 'postponed' }, []], // every filter must pass
    [{ from: 'not a date' }, [1, 2, 3]], // an unreadable day filters nothing
  ];
  for (const [f, want] of cases) assert.deepEqual(filterStories(stories, f).map((s) => s.id), want, JSON.stringify(f));
  const facets = storyFacets(stories);
  assert.deepEqual(facets.outlets, ['Meridian Wire', 'MTA']);
  assert.deepEqual(facets.statuses, ['expected', 'postponed']);
  assert.deepEqual(facets.entities.map((e) => e.key), ['per:a', 'per:b']);
});

test('story-model: reports in publication order, wire copies folded under their original', () => {
  const arts = [
    { id: 3, published: '2025-02-12T06:00:00+03:00', copyOf: 2 },
    { id: 1, published: '2025-02-10T19:30:00+03:00', copyOf: null },
    { id: 2, published: '2025-02-11T18:10:00+03:00', copyOf: null },
    { id: 5, published: null, copyOf: null },
    { id: 4, published: '2025-02-13', copyOf: 99 }, // its original is not in the story: stands alone
  ];
  const folded = foldCopies(arts);
  assert.deepEqual(folded.map((f) => [f.article.id, f.copies.map((c) => c.id)]), [[1, []], [2, [3]], [4, []], [5, []]]);
});

test('story-model: claims grouped by source, most claims first, unattributed last', () => {
  const groups = claimsBySource([
    { source: null, sourceName: null },
    { source: 'per:a', sourceName: 'A' },
    { source: 'org:b', sourceName: 'B' },
    { source: 'org:b', sourceName: 'B' },
    { source: null, sourceName: 'officials' },
  ]);
  assert.deepEqual(groups.map((g) => [g.name, g.claims.length]), [['B', 2], ['A', 1], ['officials', 1], [null, 1]]);
  assert.deepEqual(claimsBySource(null), []);
});

test('story-model: statuses map to tones; an unknown status is unknown', () => {
  const cases: Array<[string | null, string]> = [['expected', 'pending'], ['dates-announced', 'set'], ['under-way', 'active'], ['happened', 'done'], ['denied', 'stopped'], ['rumoured', 'unknown'], [null, 'unknown']];
  for (const [s, want] of cases) assert.equal(statusTone(s), want, String(s));
});

test('story-model: claim words get quotation marks unless they carry their own', () => {
  const cases: Array<[string, string]> = [
    ['a visit soon', '“a visit soon”'],
    ['“We are here to stay,” he said. “We mean it.”', '“We are here to stay,” he said. “We mean it.”'],
    ['the road “is open in both directions.”', '“the road “is open in both directions.”'],
    ['"Today we sign," he said', '"Today we sign," he said”'],
    ['the workers’', '“the workers’”'],
    ["the dockers'", "“the dockers'”"],
    ['', '“”'],
  ];
  for (const [text, want] of cases) assert.equal(quoted(text), want, text);
});

test('story-model: sources with one claim are set apart; the order and the unattributed stay', () => {
  const g = (name: string | null, n: number) => ({ key: null, name, claims: Array.from({ length: n }, () => ({})) });
  const groups = [g('Ana Ruiz', 4), g('Port Authority', 2), g('a spokesman', 1), g('Coast Wire', 1), g(null, 3)];
  const { main, single } = splitSourceGroups(groups);
  assert.deepEqual(main.map((x) => x.name), ['Ana Ruiz', 'Port Authority', null]);
  assert.deepEqual(single.map((x) => x.name), ['a spokesman', 'Coast Wire']);
  assert.deepEqual(splitSourceGroups([g(null, 1)]), { main: [g(null, 1)], single: [] }, 'one unattributed claim keeps its box');
  assert.deepEqual(splitSourceGroups(null), { main: [], single: [] });
});

test('story-model: one chip per name shown, the most reported entity of it, with the other types it was read as', () => {
  const chips = entityChipsOf([
    { key: 'loc:meridian-wire', name: 'Meridian Wire', type: 'LOC', reports: 1 },
    { key: 'gpe:astana', name: 'Astana', type: 'GPE', reports: 5 },
    { key: 'org:meridian-wire', name: 'Meridian Wire', type: 'ORG', reports: 2 },
    { key: 'per:astana', name: 'Astana', type: 'PER', reports: 1 },
    { key: 'org:mta', name: 'MTA', type: 'ORG', reports: 3 },
    // negative: another name is another chip, even of the same type
    { key: 'loc:meridian', name: 'Meridian', type: 'LOC', reports: 2 },
  ]);
  assert.deepEqual(chips.map((c) => [c.key, c.reports, c.alsoTypes]), [
    ['gpe:astana', 5, ['PER']],
    ['org:mta', 3, []],
    ['loc:meridian', 2, []],
    ['org:meridian-wire', 2, ['LOC']],
  ]);
  assert.deepEqual(entityChipsOf([]), []);
});
