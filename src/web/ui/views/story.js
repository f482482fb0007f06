// One story: each tracked event's status timeline on a real time axis (the day each status was asserted,
// and the window it gives the event: a range, a "not before" bound or a "by" bound), every step linked to
// its evidence sentence and source chain; claims grouped by source with their relay chains drawn as a
// graph; drift findings side by side with the differing words marked; entity chips; the reports in
// publication order with wire copies folded under their originals. A busy story runs to many screens,
// so the page opens with a jump list, the main tracked events come first with the rest folded, and
// sources quoted once are folded under the sources quoted often.
import { getStory } from '../api.js';
import { append, h, s } from '../dom.js';
import { formatDate, plural } from '../format.js';
import {
  chainGraph, claimsBySource, entityChipsOf, foldCopies, marksDays, quoted, splitSourceGroups, statusLabel, statusTone, timeAxis, timelineMarks, windowText, wordDiff,
} from '../story-model.js';
import { statusBadge } from './stories.js';

const AXIS = { left: 16, right: 784, width: 800 };
/** How near an edge (in drawing units) a tick's label is anchored to its side instead of centred. */
const TICK_EDGE = 48;
/** Tracked events drawn open; the rest (fewer reports each) are one click away. */
const MAIN_EVENTS = 3;
const ROW_H = 22;

/** Link to a report with one span of it marked (the article page scrolls to it). */
export function evidenceHref(ev) {
  return `#/article/${ev.article}?at=${ev.start}-${ev.end}`;
}

export function chainText(chain) {
  return (chain || []).join(' → ');
}

function section(title, id, ...children) {
  // h() flattens nested arrays, so the children go in as one array; the heading takes focus from the jump list
  return h('section', { class: 'story-section', 'aria-labelledby': id }, h('h2', { id, tabindex: '-1' }, title), children);
}

/**
 * "On this page": one button per section with what it holds. Buttons, not #fragment links: the hash is
 * the app's route. A button scrolls to its section and moves focus to the section's heading.
 */
function jumpList(items) {
  return h('nav', { class: 'jump', 'aria-label': 'On this page' },
    h('span', { class: 'muted' }, 'On this page: '),
    items.map(({ id, label }, i) => {
      const b = h('button', { type: 'button', class: 'linklike' }, label);
      b.addEventListener('click', () => {
        const target = document.getElementById(id);
        if (!target) return;
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
      });
      return [i ? h('span', { class: 'muted', 'aria-hidden': 'true' }, ' · ') : null, b];
    }));
}

export async function renderStory(root, id, setTitle) {
  const story = await getStory(id);
  setTitle(story.title);
  const heading = h('h1', { tabindex: '-1' }, story.title);
  const titles = new Map(story.articles.map((a) => [a.id, a]));
  const events = story.events.filter((e) => e.timeline.length).sort((a, b) => b.members.length - a.members.length);
  const outlets = new Set(story.articles.map((a) => a.outlet).filter(Boolean));
  const groups = claimsBySource(story.claims);
  const { main, single } = splitSourceGroups(groups);
  const more = events.slice(MAIN_EVENTS);
  append(root, [
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / ', `story ${story.id}`),
    heading,
    h('p', { class: 'count' },
      `${plural(story.articles.length, 'report')} from ${plural(outlets.size, 'outlet')}, ${formatDate(story.firstDate)} – ${formatDate(story.lastDate)}`,
      story.findings.length ? ` · ${plural(story.findings.length, 'finding')}` : ''),
    jumpList([
      { id: 'sec-timeline', label: `Where it stands (${plural(events.length, 'tracked event')})` },
      { id: 'sec-drift', label: `Drift (${story.findings.length})` },
      { id: 'sec-claims', label: `Who said what (${plural(story.claims.length, 'claim')} from ${plural(groups.length, 'source')})` },
      { id: 'sec-reports', label: `Reports (${story.articles.length})` },
    ]),
    entityChips(story.entities),
    section('Where it stands', 'sec-timeline',
      events.length ? events.slice(0, MAIN_EVENTS).map((e) => eventTimeline(e)) : h('p', { class: 'muted' }, 'No tracked event with a status yet.'),
      more.length
        ? h('details', { class: 'more-events' },
          h('summary', null, `${plural(more.length, 'more tracked event')}, fewer reports each: `,
            h('span', { class: 'muted' }, more.map((e) => `${e.label} (${statusLabel(e.status)})`).join(' · '))),
          more.map((e) => eventTimeline(e)))
        : null),
    section(`Drift and contradictions (${story.findings.length})`, 'sec-drift',
      story.findings.length ? h('ol', { class: 'findings' }, story.findings.map((f) => findingItem(f, titles))) : h('p', { class: 'muted' }, 'The reports agree: no drift found.')),
    section('Who said what', 'sec-claims',
      story.claims.length ? main.map((g) => sourceGroup(g)) : h('p', { class: 'muted' }, 'No claims.'),
      single.length
        ? h('details', { class: 'single-sources' },
          h('summary', null, `${plural(single.length, 'more source')} quoted once: `,
            h('span', { class: 'muted' }, single.map((g) => g.name).join(' · '))),
          single.map((g) => sourceGroup(g)))
        : null),
    section('Reports', 'sec-reports', reportList(story.articles)),
  ]);
  return heading;
}

function entityChips(entities) {
  if (!entities.length) return null;
  return h('ul', { class: 'chips', 'aria-label': 'Who and where' }, entityChipsOf(entities).map((e) =>
    h('li', null, h('a', {
      class: ['chip', `type-${String(e.type).toLowerCase()}`],
      href: `#/entity/${encodeURIComponent(e.key)}`,
      title: `${e.type} · ${plural(e.reports, 'report')}${e.alsoTypes.length ? ` · also read as ${e.alsoTypes.join(', ')}` : ''}`,
    }, e.name, h('span', { class: 'chip-count' }, String(e.reports))))));
}

/** One tracked event: the chart (for the eye) and the list of steps (for reading and the keyboard). */
function eventTimeline(event) {
  const marks = timelineMarks(event.timeline);
  const axis = timeAxis(marksDays(marks), AXIS.left, AXIS.right);
  const rows = marks.length;
  const height = rows * ROW_H + 34;
  const chart = s('svg', {
    class: 'timeline-chart', viewBox: `0 0 ${AXIS.width} ${height}`, role: 'img',
    'aria-label': `Status of ${event.label} over time: ${marks.map((m) => `${statusLabel(m.step.status)} on ${m.step.date || 'an unknown day'}`).join('; ')}`,
  });
  const list = h('ol', { class: 'steps' });
  if (axis) {
    for (const t of axis.ticks) {
      const at = axis.x(t.day);
      const x = at.toFixed(1);
      chart.appendChild(s('line', { x1: x, x2: x, y1: 0, y2: height - 18, class: 'tick' }));
      // a label centred on a tick near either edge would be cut off by the drawing's border
      const anchor = at - AXIS.left < TICK_EDGE ? 'start' : AXIS.right - at < TICK_EDGE ? 'end' : 'middle';
      chart.appendChild(s('text', { x, y: height - 4, class: 'tick-label', 'text-anchor': anchor }, t.label));
    }
  }
  marks.forEach((m, i) => {
    const y = i * ROW_H + 14;
    const tone = statusTone(m.step.status);
    const g = s('g', { class: ['step-mark', `tone-${tone}`].join(' '), 'data-step': m.step.id });
    if (axis && m.kind !== 'none') {
      const a = m.from !== null ? axis.x(m.from) : AXIS.left;
      const b = m.to !== null ? axis.x(m.to) : AXIS.right;
      g.appendChild(s('rect', { x: a.toFixed(1), y: y - 5, width: Math.max(3, b - a).toFixed(1), height: 10, rx: 3, class: `window window-${m.kind}` }));
      if (m.kind === 'not-before') g.appendChild(s('path', { d: `M${a.toFixed(1)} ${y - 8} v16`, class: 'bound' }));
      if (m.kind === 'by') g.appendChild(s('path', { d: `M${b.toFixed(1)} ${y - 8} v16`, class: 'bound' }));
    }
    if (axis && m.at !== null) {
      const x = axis.x(m.at);
      g.appendChild(s('circle', { cx: x.toFixed(1), cy: y, r: 5, class: 'asserted' }));
      const right = x > AXIS.width * 0.7;
      g.appendChild(s('text', { x: (right ? x - 9 : x + 9).toFixed(1), y: y + 4, class: 'step-label', 'text-anchor': right ? 'end' : 'start' }, statusLabel(m.step.status)));
    }
    chart.appendChild(g);
    list.appendChild(stepItem(m, i));
  });
  installStepKeys(list, chart);
  return h('article', { class: 'event-timeline', 'aria-label': event.label },
    h('h3', null, event.label, ' ', statusBadge(event.status, null)),
    h('p', { class: 'muted' }, `${event.type.toLowerCase()} · ${event.when ? `said to be ${windowText(event.when) || 'undated'}` : 'no date agreed'} · first reported ${formatDate(event.firstSeen)}`),
    chart,
    h('p', { class: 'legend muted' }, h('span', { class: 'legend-dot' }), ' day the status was reported  ',
      h('span', { class: 'legend-window' }), ' when the event is said to happen (a range, or a bound: not before / by)'),
    list);
}

function stepItem(m, i) {
  const st = m.step;
  const when = st.time ? [` for “${st.time.text}”`, windowText(st.time.window) ? ` (${windowText(st.time.window)})` : ''] : '';
  return h('li', { class: ['step', `tone-${statusTone(st.status)}`], 'data-step': st.id },
    h('a', { class: 'step-link', href: evidenceHref(st.evidence), tabindex: i === 0 ? '0' : '-1' },
      h('time', { datetime: st.date || undefined }, st.date ? formatDate(st.date) : 'undated'), ' ',
      h('strong', null, statusLabel(st.status)), when),
    h('span', { class: 'chain' }, chainText(st.source.chain)),
    st.conflicts.length ? h('span', { class: 'conflict' }, ` conflicts with ${plural(st.conflicts.length, 'other report')}`) : null,
    h('blockquote', { class: 'evidence' }, st.evidence.text));
}

/** The step list is one tab stop; arrows move through the steps and light up the step's mark. */
function installStepKeys(list, chart) {
  const links = () => [...list.querySelectorAll('.step-link')];
  const light = (id) => {
    for (const g of chart.querySelectorAll('.step-mark')) g.classList.toggle('lit', g.getAttribute('data-step') === id);
  };
  list.addEventListener('focusin', (e) => {
    const li = e.target.closest('.step');
    if (li) light(li.getAttribute('data-step'));
  });
  list.addEventListener('keydown', (e) => {
    const keys = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    if (!(e.key in keys)) return;
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    e.preventDefault();
    const next = all[Math.min(all.length - 1, Math.max(0, at + keys[e.key]))];
    for (const l of all) l.setAttribute('tabindex', l === next ? '0' : '-1');
    next.focus();
  });
}

function diffSide(text, ranges) {
  const out = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start > pos) out.push(text.slice(pos, r.start));
    out.push(h('mark', { class: 'diff' }, text.slice(r.start, r.end)));
    pos = r.end;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

function findingItem(f, titles) {
  const d = wordDiff(f.a.text, f.b.text);
  const side = (ev, ranges) => {
    const a = titles.get(ev.article);
    return h('div', { class: 'side' },
      h('p', { class: 'side-source' }, h('a', { href: evidenceHref(ev) }, a?.outlet || `report ${ev.article}`), ` · ${formatDate(a?.published)}`),
      h('blockquote', null, diffSide(ev.text, ranges)));
  };
  return h('li', { class: ['finding', `sev-${f.severity}`] },
    h('p', { class: 'finding-head' }, h('span', { class: 'finding-kind' }, `${f.severity} · ${f.kind}`), ' ', f.summary),
    h('div', { class: 'side-by-side' }, side(f.a, d.a), side(f.b, d.b)));
}

/** One asserting source: its relay graph, then each claim with every report's wording. */
function sourceGroup(g) {
  const chains = g.claims.flatMap((c) => c.versions.map((v) => v.source.chain));
  const name = g.name || 'Unattributed';
  return h('article', { class: 'source-group', 'aria-label': name },
    h('h3', null, g.key ? h('a', { href: `#/entity/${encodeURIComponent(g.key)}` }, name) : name, ' ',
      h('span', { class: 'muted' }, plural(g.claims.length, 'claim'))),
    chainSvg(chains, name),
    h('ol', { class: 'claims' }, g.claims.map((c) => h('li', { class: 'claim' },
      h('p', { class: 'claim-text' }, quoted(c.versions[0].text)),
      h('ul', { class: 'versions' }, c.versions.map((v) => h('li', null,
        h('a', { href: evidenceHref(v.evidence) }, `${v.outlet || `report ${v.article}`}, ${formatDate(v.published)}`), ' ',
        h('span', { class: 'chain' }, chainText(v.source.chain)),
        v.negated ? h('span', { class: 'tag' }, 'negated') : null,
        v.time ? h('span', { class: 'tag' }, `when: ${v.time.text}${windowText(v.time.window) ? ` → ${windowText(v.time.window)}` : ''}`) : null,
        v.relayOf ? h('span', { class: 'tag' }, 'relays an earlier report') : null)))))));
}

const NODE_H = 24;
let graphs = 0;
const COL_W = 190;
const ROW_GAP = 34;

/** The relay graph: asserting source left, agencies and outlets to the right, one arrow per hop. */
function chainSvg(chains, label) {
  const g = chainGraph(chains);
  if (g.nodes.length < 2) return null;
  const width = g.columns * COL_W;
  const height = g.rows * ROW_GAP + 6;
  const pos = g.nodes.map((n) => ({ x: n.column * COL_W + 4, y: n.row * ROW_GAP + 4 }));
  const boxW = COL_W - 40;
  const svg = s('svg', {
    class: 'chain-graph', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
    'aria-label': `How ${label}'s words reached the reports: ${[...new Set(chains.map((c) => c.join(' → ')))].join('; ')}`,
  });
  const arrow = `arrow-${++graphs}`;
  svg.appendChild(s('defs', null, s('marker', { id: arrow, viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 8, markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
    s('path', { d: 'M0 0 L8 4 L0 8 z', class: 'arrow-head' }))));
  for (const e of g.edges) {
    const a = pos[e.from];
    const b = pos[e.to];
    svg.appendChild(s('path', {
      d: `M${a.x + boxW} ${a.y + NODE_H / 2} C${a.x + boxW + 20} ${a.y + NODE_H / 2} ${b.x - 20} ${b.y + NODE_H / 2} ${b.x} ${b.y + NODE_H / 2}`,
      class: 'edge', 'marker-end': `url(#${arrow})`, 'stroke-width': Math.min(4, 1 + Math.log2(e.count)).toFixed(1),
    }));
  }
  g.nodes.forEach((n, i) => {
    const p = pos[i];
    const text = n.name.length > 24 ? `${n.name.slice(0, 23)}…` : n.name;
    svg.appendChild(s('g', { class: ['node', n.column === 0 ? 'origin' : ''].join(' ') },
      s('title', null, n.name),
      s('rect', { x: p.x, y: p.y, width: boxW, height: NODE_H, rx: 5 }),
      s('text', { x: p.x + 8, y: p.y + 16 }, text)));
  });
  return h('div', { class: 'chain-wrap' }, svg);
}

function reportList(articles) {
  const folded = foldCopies(articles);
  const row = (a) => [
    h('time', { datetime: a.published || undefined }, formatDate(a.published)), ' ',
    h('span', { class: 'outlet' }, a.outlet || 'unknown outlet'), ' ',
    h('a', { href: `#/article/${a.id}` }, a.title || `Article ${a.id}`),
  ];
  return h('ol', { class: 'reports' }, folded.map(({ article, copies }) => h('li', null, row(article),
    copies.length
      ? h('details', { class: 'copies' }, h('summary', null, `${plural(copies.length, 'wire copy', 'wire copies')} of this report`),
        h('ul', null, copies.map((c) => h('li', null, row(c)))))
      : null)));
}
