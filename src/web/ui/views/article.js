// The article page, reading first: the clean text with only its attributions marked (other layers are
// opt-in toggles), the records behind whatever the reader clicks (internal fields behind "details"),
// claims as source → chain → content, events one per cluster, times as dates or windows, the article's
// metadata, and which annotator version produced each layer. #/article/ID?at=START-END marks one span
// (a story's evidence) and scrolls to it. The page asks the API only for the layers it shows
// (PAGE_LAYERS and the toggles switched on); a layer is fetched when its toggle is first switched on.
import { getArticle } from '../api.js';
import { h, clear, safeHref } from '../dom.js';
import { formatDate, formatTime, plural, valueText } from '../format.js';
import { windowText } from '../story-model.js';
import {
  LAYER_INFO, MENTION_TYPES, MENTION_TYPE_LABELS, buildBlocks, excerpt, isSpanned, layersToFetch, orderedLayerNames, spansForLayer,
} from '../layers.js';

// v2: the defaults changed to reading-first; choices saved under the old key no longer apply.
const STORE_KEY = 'wiretrace.layers.v2';
const FLASH_MS = 1600;

/** Which layers are switched on, kept across articles and reloads. */
function loadToggles() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
    if (saved && typeof saved === 'object') return saved;
  } catch {
    // storage unavailable or corrupt: use the defaults
  }
  return {};
}

function saveToggles(toggles) {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(toggles));
  } catch {
    // private mode: toggles simply do not persist
  }
}

function isOn(toggles, name) {
  if (Object.prototype.hasOwnProperty.call(toggles, name)) return Boolean(toggles[name]);
  return LAYER_INFO[name]?.defaultOn ?? true;
}

/** "120-245" → {start, end} inside the text, or null. */
export function parseAt(value, textLength) {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value || '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Math.min(Number(m[2]), textLength);
  return end > start ? { start, end } : null;
}

export async function renderArticle(root, id, setTitle, params = new URLSearchParams()) {
  const toggles = loadToggles();
  const a = await getArticle(id, layersToFetch((name) => isOn(toggles, name)));
  const text = typeof a.text === 'string' ? a.text : '';
  const layers = a.layers && typeof a.layers === 'object' ? { ...a.layers } : {};
  const provenance = { ...(a.provenance || {}) };
  // every layer asked for so far: asked for and absent means the article has none stored
  const asked = new Set(layersToFetch((name) => isOn(toggles, name)));
  const names = orderedLayerNames({ ...LAYER_INFO, ...layers });
  setTitle(a.title || `Article ${a.id}`);

  // Spans are computed once per layer, as it arrives; toggling only changes which are drawn.
  const spansBy = {};
  const addSpans = (name) => { spansBy[name] = spansForLayer(name, layers[name], text.length); };
  for (const name of Object.keys(layers)) addSpans(name);
  const at = parseAt(params.get('at'), text.length);
  const atSpan = at ? [{ ...at, layer: 'at', index: 0, role: 'evidence', key: 'at:0:evidence', classes: ['ann-at'] }] : [];

  const textEl = h('div', { class: 'layer-text', id: 'article-text', lang: a.language || undefined });
  const detailsEl = h('div', { class: 'selection', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Click any highlighted words to see the annotations behind them.'));

  function drawText() {
    const on = names.filter((n) => isSpanned(n) && isOn(toggles, n) && spansBy[n]);
    const spans = on.flatMap((n) => spansBy[n]).concat(atSpan);
    const blocks = buildBlocks(text.length, spans, layers.paragraphs);
    clear(textEl);
    textEl.classList.toggle('show-paragraphs', Boolean(layers.paragraphs) && isOn(toggles, 'paragraphs'));
    textEl.classList.toggle('plain', !Array.isArray(layers.paragraphs) || layers.paragraphs.length === 0);
    for (const b of blocks) {
      const p = h('p', { class: 'para' });
      for (const seg of b.segments) {
        const s = text.slice(seg.start, seg.end);
        if (!seg.spans.length) {
          p.appendChild(document.createTextNode(s));
          continue;
        }
        const classes = new Set();
        for (const sp of seg.spans) for (const c of sp.classes) classes.add(c);
        p.appendChild(h('span', { class: [...classes].join(' '), 'data-ann': seg.spans.map((sp) => sp.key).join(' ') }, s));
      }
      textEl.appendChild(p);
    }
  }

  /** Shows every record behind a clicked segment. */
  function showDetails(keys) {
    clear(detailsEl);
    const seen = new Set();
    for (const key of keys) {
      const [layer, idx] = key.split(':');
      const recKey = `${layer}:${idx}`;
      if (seen.has(recKey)) continue;
      seen.add(recKey);
      const rec = layers[layer]?.[Number(idx)];
      if (rec) detailsEl.appendChild(recordCard(layer, Number(idx), rec, text));
    }
    if (!detailsEl.firstChild) detailsEl.appendChild(h('p', { class: 'muted' }, 'No annotations here.'));
  }

  textEl.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-ann]') : null;
    if (el) showDetails(el.getAttribute('data-ann').split(' ').reverse());
  });

  const provenanceBox = provenancePanel();
  const toggleBox = layerToggles(names, layers, spansBy, asked, toggles, async (name, on) => {
    toggles[name] = on;
    saveToggles(toggles);
    if (on) await ensureLayer(name);
    drawText();
  });

  /** Fetches a layer the page has not asked for yet; false when the article has none stored. */
  async function ensureLayer(name) {
    if (!asked.has(name)) {
      toggleBox.setBusy(name, true);
      try {
        const more = await getArticle(a.id, [name]);
        asked.add(name);
        if (more.layers && more.layers[name]) {
          layers[name] = more.layers[name];
          addSpans(name);
        }
        if (more.provenance && more.provenance[name]) provenance[name] = more.provenance[name];
      } catch (err) {
        toggleBox.failed(name, err);
        return false;
      } finally {
        toggleBox.setBusy(name, false);
      }
      toggleBox.update(name);
      provenanceBox.update(names, provenance);
    }
    return Boolean(layers[name]);
  }

  /** Scrolls to and briefly outlines the spans of one record, switching its layer on (and fetching it) when needed. */
  async function flash(layer, predicate) {
    if (!isOn(toggles, layer) || !asked.has(layer)) {
      toggles[layer] = true;
      saveToggles(toggles);
      toggleBox.check(layer, true);
      if (!(await ensureLayer(layer))) return;
      drawText();
    }
    const hits = [...textEl.querySelectorAll('[data-ann]')].filter((el) =>
      el.getAttribute('data-ann').split(' ').some(predicate));
    for (const el of hits) el.classList.add('flash');
    if (hits[0]) hits[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTimeout(() => hits.forEach((el) => el.classList.remove('flash')), FLASH_MS);
  }
  const flashRecord = (layer, i) => flash(layer, (k) => k.startsWith(`${layer}:${i}:`));

  const panel = h('aside', { class: 'panel', 'aria-label': 'Layers and metadata' },
    toggleBox.el,
    h('section', { class: 'box' }, h('h2', null, 'Selection'), detailsEl),
    claimList(layers.claims, layers.attributions, layers.entities, text, a.outlet, flashRecord),
    attributionList(layers.attributions, text, flashRecord),
    eventList(layers.events, layers.timexes, text, flash),
    entityList(layers.entities, (entityId) => {
      const entity = (layers.entities || []).find((e) => e && e.id === entityId);
      const ids = new Set(entity && Array.isArray(entity.mentions) ? entity.mentions : []);
      // mention records are matched by id once the mentions layer is here
      flash('mentions', (k) => {
        const [layer, i] = k.split(':');
        const m = layer === 'mentions' ? layers.mentions?.[Number(i)] : null;
        return Boolean(m) && (m.entity === entityId || ids.has(m.id));
      });
    }),
    timexList(layers.timexes, text, flashRecord),
    metadataPanel(a),
    provenanceBox.el,
  );
  provenanceBox.update(names, provenance);

  const heading = h('h1', { tabindex: '-1' }, a.title || `Article ${a.id}`);
  const dek = h('p', { class: 'dek' },
    h('span', { class: 'outlet' }, a.outlet || 'unknown outlet'),
    h('time', { datetime: a.published || undefined }, formatDate(a.published)),
    a.byline && a.byline.length ? h('span', { class: 'byline' }, a.byline.join(', ')) : null,
    h('span', { class: 'muted' }, plural(countWords(text), 'word')));

  const reader = h('article', { class: 'reader' },
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/' }, 'Stories'), ' · ', h('a', { href: '#/articles' }, 'All articles')),
    heading, dek, textEl);
  if (!text) textEl.appendChild(h('p', { class: 'empty' }, 'This article has no text.'));

  root.appendChild(h('div', { class: 'article-layout' }, reader, panel));
  if (text) drawText();
  if (at) {
    const first = textEl.querySelector('.ann-at');
    // after the page is in the document: the router inserts the view once this returns
    if (first) requestAnimationFrame(() => first.scrollIntoView({ block: 'center' }));
  }
  return heading;
}

function countWords(text) {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

function swatch(classes) {
  return h('span', { class: ['swatch', ...classes], 'aria-hidden': 'true' }, 'Ab');
}

/**
 * The layer switches. A layer not fetched yet shows no count until it is switched on; one the article
 * has none of is greyed out. Rows are updated in place, so focus stays on the switch being used.
 * Returns {el, update(name), setBusy(name, busy), failed(name, err), check(name, on)}.
 */
function layerToggles(names, layers, spansBy, asked, toggles, onChange) {
  const list = h('ul', { class: 'toggles' });
  const rows = new Map();
  const note = h('p', { class: 'muted toggle-note', role: 'status' });
  for (const name of names) {
    const id = `toggle-${name.replace(/[^a-z0-9_-]/gi, '_')}`;
    const box = h('input', { type: 'checkbox', id, 'data-layer': name });
    const count = h('span', { class: 'toggle-count' });
    const hint = h('span', { class: 'hint' });
    const li = h('li', null, box,
      h('label', { for: id }, swatch(swatchClasses(name)), h('span', { class: 'toggle-name' }, LAYER_INFO[name]?.label || name), count),
      hint);
    box.addEventListener('change', () => {
      note.textContent = '';
      onChange(name, box.checked);
    });
    rows.set(name, { li, box, count, hint });
    list.appendChild(li);
  }

  function update(name) {
    const row = rows.get(name);
    if (!row) return;
    const info = LAYER_INFO[name];
    const loaded = asked.has(name);
    const stored = Array.isArray(layers[name]);
    const drawable = isSpanned(name) && (!loaded || (stored && (name === 'paragraphs' || spansBy[name].length > 0)));
    row.box.disabled = !drawable;
    row.box.checked = drawable && isOn(toggles, name);
    row.li.className = drawable ? '' : 'unspanned';
    row.count.textContent = loaded && stored ? layers[name].length.toLocaleString('en') : '';
    if (!loaded) row.hint.textContent = `${info?.hint ? `${info.hint}; ` : ''}loads when switched on`;
    else if (!stored) row.hint.textContent = 'none stored';
    else if (!isSpanned(name)) row.hint.textContent = 'listed below';
    else if (!drawable) row.hint.textContent = 'nothing to show';
    else row.hint.textContent = info?.hint || '';
  }
  for (const name of names) update(name);

  const legend = [];
  if (Array.isArray(layers.attributions) && layers.attributions.length) {
    legend.push(h('p', { class: 'legend-title' }, 'Attribution parts'),
      h('ul', { class: 'legend' },
        h('li', null, swatch(['ann-attr-source']), h('span', null, 'Source: who says it')),
        h('li', null, swatch(['ann-attr-cue']), h('span', null, 'Cue: said, according to …')),
        h('li', null, swatch(['ann-attr-content']), h('span', null, 'Content: what is said'))));
  }
  const mentionLegend = h('div', null);
  const el = h('section', { class: 'box layers-box' },
    h('h2', null, 'Layers'),
    h('fieldset', null, h('legend', { class: 'visually-hidden' }, 'Show layers'), list),
    note, mentionLegend, legend);

  /** The mention types, once the mentions layer is here. */
  function drawMentionLegend() {
    clear(mentionLegend);
    if (!Array.isArray(layers.mentions) || !layers.mentions.length) return;
    const byType = {};
    for (const m of layers.mentions) byType[m?.type] = (byType[m?.type] || 0) + 1;
    mentionLegend.append(h('p', { class: 'legend-title' }, 'Mentions by type'),
      h('ul', { class: 'legend' }, MENTION_TYPES.map((t) =>
        h('li', null, swatch(['ann-mention', `m-${t}`]), h('span', null, `${MENTION_TYPE_LABELS[t]} (${t})`),
          h('span', { class: 'toggle-count' }, String(byType[t] || 0))))));
  }
  drawMentionLegend();

  return {
    el,
    update(name) {
      update(name);
      if (name === 'mentions') drawMentionLegend();
    },
    setBusy(name, busy) {
      const row = rows.get(name);
      if (!row) return;
      row.li.setAttribute('aria-busy', busy ? 'true' : 'false');
      if (busy) row.hint.textContent = 'loading…';
    },
    failed(name, err) {
      const row = rows.get(name);
      if (row) row.box.checked = false;
      toggles[name] = false;
      note.textContent = `${LAYER_INFO[name]?.label || name} could not be loaded: ${err?.message || err}`;
      update(name);
    },
    check(name, on) {
      const row = rows.get(name);
      if (row && !row.box.disabled) row.box.checked = on;
    },
  };
}

function swatchClasses(name) {
  switch (name) {
    case 'paragraphs': return ['sw-paragraph'];
    case 'sentences': return ['ann-sentence', 's-even'];
    case 'tokens': return ['ann-token'];
    case 'mentions': return ['ann-mention', 'm-PER'];
    case 'timexes': return ['ann-timex'];
    case 'attributions': return ['ann-attr-cue'];
    case 'events': return ['ann-event-trigger'];
    default: return isSpanned(name) ? ['ann-other'] : ['sw-none'];
  }
}

/** A collapsible list of one layer's records; each item is a button that finds it in the text. */
function recordList(title, items) {
  if (!items.length) return null;
  return h('details', { class: 'box list-box', open: items.length <= 12 ? true : undefined },
    h('summary', null, h('h2', null, title), h('span', { class: 'toggle-count' }, String(items.length))),
    h('ol', { class: 'records' }, items));
}

function attributionList(records, text, flashRecord) {
  if (!Array.isArray(records)) return null;
  const byId = new Map(records.map((r, i) => [r?.id, i]));
  const lis = records.map((r, i) => {
    if (!r) return null;
    const source = r.source ? excerpt(text, r.source, 60) : 'unnamed source';
    const content = (Array.isArray(r.content) ? r.content : []).map((c) => excerpt(text, c, 200)).join(' … ');
    const via = r.via !== undefined && byId.has(r.via) ? records[byId.get(r.via)] : null;
    const btn = h('button', { type: 'button', class: 'record' },
      h('span', { class: 'rec-line' },
        h('strong', { class: 'rec-source' }, source), ' ',
        h('span', { class: 'rec-cue' }, excerpt(text, r.cue, 40))),
      h('span', { class: 'rec-content' }, content),
      h('span', { class: 'chips' },
        r.kind ? h('span', { class: 'chip' }, r.kind) : null,
        r.stance ? h('span', { class: ['chip', `stance-${r.stance}`] }, r.stance) : null,
        via ? h('span', { class: 'chip via' }, `via ${via.source ? excerpt(text, via.source, 30) : r.via}`) : null));
    btn.addEventListener('click', () => flashRecord('attributions', i));
    return h('li', null, btn);
  }).filter(Boolean);
  return recordList('Who said what', lis);
}

/** One entry per event cluster ("the visit" three times is one visit), with its time as a date or window. */
function eventList(records, timexes, text, flash) {
  if (!Array.isArray(records)) return null;
  const timexById = new Map((Array.isArray(timexes) ? timexes : []).map((t) => [t?.id, t]));
  const clusters = new Map();
  records.forEach((r, i) => {
    if (!r) return;
    const key = r.cluster || r.id || `#${i}`;
    const c = clusters.get(key);
    if (c) c.members.push({ r, i });
    else clusters.set(key, { key, members: [{ r, i }] });
  });
  const lis = [...clusters.values()].map(({ members }) => {
    const head = members[0].r;
    const triggers = [...new Set(members.map(({ r }) => excerpt(text, r.trigger, 30)))];
    const pick = (f) => members.map(({ r }) => f(r)).find((v) => v !== undefined && v !== null);
    const args = [];
    const who = pick((r) => (Array.isArray(r.source) && r.source.length ? r.source.map((x) => excerpt(text, x, 30)).join(', ') : null));
    const whom = pick((r) => (Array.isArray(r.target) && r.target.length ? r.target.map((x) => excerpt(text, x, 30)).join(', ') : null));
    const where = pick((r) => (r.place ? excerpt(text, r.place, 30) : null));
    const time = pick((r) => r.time || null);
    if (who) args.push(`who: ${who}`);
    if (whom) args.push(`with: ${whom}`);
    if (where) args.push(`where: ${where}`);
    if (time) {
      const tx = time.timex ? timexById.get(time.timex) : null;
      const win = tx ? windowText(tx.window) : null;
      args.push(`when: “${excerpt(text, time, 30)}”${win ? ` → ${win}` : ''}`);
    }
    const status = pick((r) => r.status);
    const certainty = members.reduce((m, { r }) => Math.max(m, typeof r.certainty === 'number' ? r.certainty : 0), 0);
    const keys = new Set(members.map(({ i }) => `events:${i}:`));
    const btn = h('button', { type: 'button', class: 'record' },
      h('span', { class: 'rec-line' }, h('strong', null, head.lemma || head.type || 'event'), ' ',
        h('span', { class: 'rec-cue' }, triggers.join(', ')),
        members.length > 1 ? h('span', { class: 'toggle-count' }, ` ${members.length} mentions`) : null),
      args.length ? h('span', { class: 'rec-content' }, args.join(' · ')) : null,
      h('span', { class: 'chips' },
        head.type ? h('span', { class: 'chip' }, head.type.toLowerCase()) : null,
        status ? h('span', { class: ['chip', 'status'] }, status) : null,
        h('span', { class: 'chip' }, certaintyWords(certainty))));
    btn.addEventListener('click', () => flash('events', (k) => [...keys].some((p) => k.startsWith(p))));
    return h('li', null, btn);
  });
  return recordList('Events', lis);
}

/** Certainty as a reader would say it, not as a number. */
function certaintyWords(c) {
  if (c >= 0.85) return 'certain';
  if (c >= 0.6) return 'likely';
  if (c >= 0.35) return 'possible';
  return 'doubtful';
}

/**
 * Claims as source → chain → content: who asserted it, through whom it reached this report (the
 * relaying claims' sources, then this report's outlet) and what was said.
 */
function claimList(claims, attributions, entities, text, outlet, flashRecord) {
  if (!Array.isArray(claims) || !claims.length) return null;
  const byId = new Map(claims.map((c) => [c?.id, c]));
  const attrIndex = new Map((Array.isArray(attributions) ? attributions : []).map((r, i) => [r?.id, i]));
  const entityName = new Map((Array.isArray(entities) ? entities : []).map((e) => [e?.id, e?.canonical]));
  const sourceName = (c) => {
    if (!c.source) return 'unnamed source';
    return (c.source.entity && entityName.get(c.source.entity)) || excerpt(text, c.source, 50);
  };
  const lis = claims.map((c) => {
    if (!c) return null;
    const chain = [sourceName(c)];
    const seen = new Set([c.id]);
    for (let v = byId.get(c.via); v && !seen.has(v.id); v = byId.get(v.via)) {
      seen.add(v.id);
      chain.push(sourceName(v));
    }
    if (outlet && chain[chain.length - 1] !== outlet) chain.push(outlet);
    const btn = h('button', { type: 'button', class: 'record' },
      h('span', { class: 'rec-line' }, h('strong', { class: 'rec-source' }, chain[0]),
        chain.length > 1 ? h('span', { class: 'chain' }, ` → ${chain.slice(1).join(' → ')}`) : null),
      h('span', { class: 'rec-content' }, excerpt(text, c.proposition, 220)),
      h('span', { class: 'chips' },
        c.stance ? h('span', { class: ['chip', `stance-${c.stance}`] }, c.stance) : null,
        c.dateNotSet ? h('span', { class: 'chip' }, 'no date set') : null));
    const i = attrIndex.get(c.attribution);
    if (i !== undefined) btn.addEventListener('click', () => flashRecord('attributions', i));
    return h('li', null, btn);
  }).filter(Boolean);
  return recordList('Claims', lis);
}

function entityList(entities, flashEntity) {
  if (!Array.isArray(entities)) return null;
  const lis = entities.map((e) => {
    if (!e) return null;
    const n = Array.isArray(e.mentions) ? e.mentions.length : 0;
    const btn = h('button', { type: 'button', class: 'record entity' },
      h('span', { class: ['type-chip', `m-${MENTION_TYPES.includes(e.type) ? e.type : 'MISC'}`] }, e.type || '?'),
      h('span', { class: 'rec-line' }, h('strong', null, e.canonical || e.key || e.id)),
      h('span', { class: 'toggle-count' }, `×${n}`),
      e.roles && e.roles.length ? h('span', { class: 'rec-content' }, e.roles.join(', ')) : null);
    btn.addEventListener('click', () => flashEntity(e.id));
    return h('li', null, btn);
  }).filter(Boolean);
  return recordList('Entities', lis);
}

function timexList(records, text, flashRecord) {
  if (!Array.isArray(records)) return null;
  const lis = records.map((t, i) => {
    if (!t) return null;
    const win = windowText(t.window);
    const btn = h('button', { type: 'button', class: 'record' },
      h('span', { class: 'rec-line' }, h('strong', null, excerpt(text, t, 50)), win ? ` → ${win}` : ''),
      h('span', { class: 'chips' }, t.type ? h('span', { class: 'chip' }, t.type.toLowerCase()) : null));
    btn.addEventListener('click', () => flashRecord('timexes', i));
    return h('li', null, btn);
  }).filter(Boolean);
  return recordList('Times', lis);
}

/** One record in the Selection box: its layer, the text it covers, and every field. */
function recordCard(layer, index, rec, text) {
  const rows = [];
  for (const [k, v] of Object.entries(rec)) {
    if (k === 'start' || k === 'end') continue;
    const spans = Array.isArray(v) && v.every((x) => x && Number.isInteger(x.start)) ? v : v && Number.isInteger(v.start) ? [v] : null;
    const shown = spans ? spans.map((s) => `“${excerpt(text, s, 80)}”`).join(' … ') : valueText(v);
    rows.push(h('dt', null, k), h('dd', null, shown));
  }
  const label = LAYER_INFO[layer]?.label || layer;
  // The record's own text first; fields, offsets and ids are for the curious, one click away.
  return h('div', { class: 'card' },
    h('p', { class: 'card-head' }, h('span', { class: 'card-layer' }, label.replace(/s$/, ''))),
    Number.isInteger(rec.start) ? h('blockquote', null, excerpt(text, rec, 300)) : null,
    h('details', { class: 'internals' }, h('summary', null, 'details'),
      h('p', { class: 'muted' }, `#${index}`, Number.isInteger(rec.start) ? ` [${rec.start}, ${rec.end})` : ''),
      h('dl', null, rows)));
}

function metadataPanel(a) {
  const rows = [];
  const add = (label, value) => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
    rows.push(h('dt', null, label), h('dd', null, value));
  };
  const link = (url) => {
    const href = safeHref(url);
    return href ? h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, url) : url;
  };
  add('Outlet', a.outlet);
  add('Published', a.published ? `${formatDate(a.published)} ${formatTime(a.published)} (${a.published})` : 'unknown');
  add('Modified', a.modified);
  add('Byline', a.byline && a.byline.join(', '));
  add('URL', a.url && link(a.url));
  if (a.canonicalUrl && a.canonicalUrl !== a.url) add('Canonical URL', link(a.canonicalUrl));
  add('Language', a.language);
  add('Image credit', a.imageCredit);
  add('Fetched', a.fetched);
  add('Stored', a.createdAt);
  if (a.nearDupOf !== null && a.nearDupOf !== undefined) add('Near-duplicate of', h('a', { href: `#/article/${a.nearDupOf}` }, `#${a.nearDupOf}`));
  add('Length', typeof a.textLength === 'number' ? `${a.textLength.toLocaleString('en')} characters` : null);
  add('Content hash', a.contentHash ? h('code', { title: a.contentHash }, a.contentHash.slice(0, 16)) : null);
  add('Article id', String(a.id));
  const shown = new Set(['title', 'byline', 'published', 'modified', 'outlet', 'url', 'canonicalUrl', 'language', 'imageCredit']);
  for (const [k, v] of Object.entries(a.meta || {})) {
    if (shown.has(k) || v === null || v === undefined) continue;
    add(k, typeof v === 'string' && /^https?:/.test(v) ? link(v) : valueText(v));
  }
  return h('details', { class: 'box', open: true },
    h('summary', null, h('h2', null, 'Metadata')),
    h('dl', { class: 'meta-list' }, rows));
}

/** Which annotator, at which version, produced each layer the page has fetched; updated as layers arrive. */
function provenancePanel() {
  const body = h('tbody');
  const el = h('details', { class: 'box' },
    h('summary', null, h('h2', null, 'Provenance')),
    h('p', { class: 'muted' }, 'Which annotator, at which version, produced each stored layer this page has loaded (a layer loads when it is switched on).'),
    h('table', { class: 'prov' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Layer'), h('th', { scope: 'col' }, 'Annotator'),
        h('th', { scope: 'col' }, 'Version'), h('th', { scope: 'col' }, 'Stored'))),
      body));
  return {
    el,
    update(names, provenance) {
      clear(body);
      for (const name of names) {
        const p = provenance && provenance[name];
        if (!p) continue;
        body.appendChild(h('tr', null, h('th', { scope: 'row' }, name),
          h('td', null, p.annotator), h('td', null, p.version),
          h('td', null, p.createdAt ? formatDate(p.createdAt) : '')));
      }
    },
  };
}
