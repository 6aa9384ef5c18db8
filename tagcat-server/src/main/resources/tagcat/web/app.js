// tagcat serve: the single-page UI. Plain DOM + SVG, no build step, no framework.
// The page is served with `Content-Security-Policy: default-src 'self'`, so there is no inline script or
// style, and no style attribute anywhere: looks come from app.css classes, geometry from SVG attributes.
// Server text is never parsed as HTML: el()/svg() append strings as text nodes.
//
// Stable ids and classes (for tests):
//   #status            every view: aria-live area for errors and notices (the server's `message`)
//   #compose-input     Compose: textarea for tags ("beach, sea") or a caption with #hashtags
//   #suggestions       Compose: list of li.suggestion, each with an input[type=checkbox] and a .tag
//                      element holding the tag text (no '#'); the category is an a.category-link
//   #counter           Compose: "N / 30", the post's own tags plus ticked ones; class "over" past 30
//   #copy-button       Compose: copies #copy-text to the clipboard
//   #copy-text         Compose: readonly textarea holding "#a #b #c" (as its value and its textContent)
//   #copy-status       Compose: "Copied ..." confirmation (aria-live)
//   #post-categories   Compose: the post's categories, a.category-link each
//   #unknown-tags      Compose: tags the model does not know, with button.did-you-mean spellings
//   #catalogue-search  Catalogue: search box (typos tolerated server-side)
//   #catalogue-sort    Catalogue: select, "size" or "name"
//   #catalogue-list    Catalogue: list whose rows each hold an a.category-link
//   #category-view     Category: holds #tag-chart (svg role=img), a table of a.tag-link, #nearest links
//   #tag-view          Tag: the tag's numbers and its categories (a.category-link)
//   #map               Map: svg of a.map-point links, one per category
//
// Routes (hash, shareable): #/ and #/compose[?text=...], #/catalogue[?q=...&sort=name],
// #/category/{id}, #/tag/{tag}, #/map.

const LIMIT = 30;          // Instagram's hashtags per post
const SUGGESTIONS = 20;    // suggestions asked for
const DEBOUNCE_MS = 250;
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
const HASHTAG = /#([\p{L}\p{M}\p{N}_]+)/gu;
const SVG_NS = 'http://www.w3.org/2000/svg';
const nf = new Intl.NumberFormat('en');

// ---- DOM helpers ---------------------------------------------------------------------------------

function build(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}
const el = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
const svg = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

const statusEl = () => document.getElementById('status');
function setStatus(message, kind = 'info') {
  const s = statusEl();
  s.textContent = message;
  s.className = message ? kind : '';
}
const clearStatus = () => setStatus('');

// ---- formatting ----------------------------------------------------------------------------------

// 950 -> "950", 1234 -> "1.2k", 123456 -> "123k", 3400000 -> "3.4m"
function compact(n) {
  if (n === null || n === undefined) return 'unknown';
  if (n < 1000) return String(n);
  const units = ['k', 'm', 'b'];
  let v = n / 1000, i = 0;
  while (v >= 999.5 && i < units.length - 1) { v /= 1000; i++; }
  return (v < 100 ? v.toFixed(1).replace(/\.0$/, '') : String(Math.round(v))) + units[i];
}
const postsText = (n) => (n === null || n === undefined ? 'popularity unknown' : `${compact(n)} ${n === 1 ? 'post' : 'posts'}`);
const sig = (v) => String(Number(Number(v).toPrecision(3)));   // 0.154191 -> "0.154", 0.00012 stays
const pct = (v) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`;

const categoryHref = (id) => `#/category/${id}`;
const tagHref = (tag) => `#/tag/${encodeURIComponent(tag)}`;
const categoryLink = (id, name) => el('a', { class: 'category-link', href: categoryHref(id) }, name);
const tagLink = (tag) => el('a', { class: 'tag-link', href: tagHref(tag) }, tag);

// ---- API -----------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(code, message, status = 0, doc = null) {
    super(message);
    Object.assign(this, { code, status, doc });
  }
}

// Fetches a JSON document; a non-2xx answer becomes an ApiError carrying the server's message and body.
// AbortErrors are passed through untouched so callers can drop stale requests silently.
async function api(path, { signal, body } = {}) {
  const init = { signal, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.method = 'POST';
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res, doc = null;
  try {
    res = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('network', 'Cannot reach the tagcat server. Is it still running?');
  }
  try {
    doc = await res.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
  }
  if (!res.ok) {
    throw new ApiError(doc?.error || `http_${res.status}`, doc?.message || `The server answered ${res.status} ${res.statusText}.`, res.status, doc);
  }
  if (doc === null || typeof doc !== 'object') throw new ApiError('bad_response', 'The server sent an answer that is not JSON.');
  return doc;
}

// Shows an error of a view's request, unless it was cancelled by leaving the view.
function report(e) {
  if (e.name === 'AbortError') return;
  setStatus(e.message || 'Something went wrong.', 'error');
}

function debounce(fn, signal) {
  let timer = 0;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => { clearTimeout(timer); timer = setTimeout(fn, DEBOUNCE_MS); };
}

// One request at a time per purpose: starting one aborts the previous, and the answer of a request that
// is no longer the latest is ignored (AbortError or not), so out-of-order responses never render.
function latest(viewSignal) {
  let ctrl = null, seq = 0;
  viewSignal.addEventListener('abort', () => ctrl?.abort());
  const cancel = () => { ctrl?.abort(); seq++; };
  const run = async (path, options, onDoc, onError) => {
    cancel();
    ctrl = new AbortController();
    const mine = ++seq;
    try {
      const doc = await api(path, { ...options, signal: ctrl.signal });
      if (mine === seq) onDoc(doc);
    } catch (e) {
      if (mine === seq && e.name !== 'AbortError') onError(e);
    }
  };
  return Object.assign(run, { cancel });
}

// ---- Compose -------------------------------------------------------------------------------------

// Text with a '#' is a caption: its hashtags are the post's tags and the server extracts them the same
// way. Otherwise every word is a tag ("beach sea, sunset"). Tags are lower-cased, first spelling kept.
function parsePost(text) {
  const caption = text.includes('#');
  const raw = caption ? [...text.matchAll(HASHTAG)].map((m) => m[1]) : text.match(WORD) || [];
  return { caption, tags: [...new Set(raw.map((t) => t.toLowerCase()))] };
}

function composeView(view, { params }, signal) {
  document.title = 'Compose · tagcat';
  const input = el('textarea', { id: 'compose-input', rows: 4, spellcheck: 'false', autocapitalize: 'none', 'aria-describedby': 'compose-hint' });
  input.value = params.get('text') || '';
  const categories = el('ul', { id: 'post-categories', class: 'inline-list' });
  const unknown = el('ul', { id: 'unknown-tags', class: 'plain-list' });
  const list = el('ul', { id: 'suggestions', class: 'suggestion-list' });
  const note = el('p', { class: 'note' });
  const rejected = el('details', { class: 'rejected', hidden: true });
  const counter = el('span', { id: 'counter' }, `0 / ${LIMIT}`);
  const warn = el('span', { class: 'warn' });
  const counterLine = el('p', { class: 'counter-line' }, 'Tags in the post: ', counter, ' ', warn);
  const copyText = el('textarea', { id: 'copy-text', readonly: true, rows: 3 });
  const copyStatus = el('span', { id: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const copyButton = el('button', { id: 'copy-button', type: 'button', class: 'button' }, 'Copy');
  const unknownBox = el('div', { hidden: true }, el('h3', {}, 'Not in the model'), unknown);

  view.append(
    el('h1', { tabindex: '-1' }, 'Compose a post'),
    el('div', { class: 'compose' },
      el('form', { class: 'compose-input', onsubmit: (e) => e.preventDefault() },
        el('label', { for: 'compose-input' }, 'Tags or caption'),
        input,
        el('p', { id: 'compose-hint', class: 'hint' },
          'Tags separated by spaces or commas (beach, sea), or a caption with #hashtags. Suggestions appear as you type.')),
      el('section', { class: 'compose-post', 'aria-labelledby': 'post-heading' },
        el('h2', { id: 'post-heading' }, 'Your post'),
        el('h3', {}, 'Categories'), categories, unknownBox),
      el('section', { class: 'compose-suggestions', 'aria-labelledby': 'suggestions-heading' },
        el('h2', { id: 'suggestions-heading' }, 'Suggested tags'), note, list, rejected),
      el('section', { class: 'compose-copy', 'aria-labelledby': 'copy-heading' },
        el('h2', { id: 'copy-heading' }, 'Copy the tags'), counterLine,
        el('label', { for: 'copy-text' }, 'Text to copy'), copyText,
        el('p', { class: 'copy-actions' }, copyButton, ' ', copyStatus))));

  let post = parsePost(input.value);
  const ticked = new Map();   // tag -> suggestion, kept across answers so a tick survives retyping
  let shown = [];             // tags of the rendered suggestions, in list order

  function refreshCopy() {
    for (const t of post.tags) ticked.delete(t);   // a tag typed into the post is no longer a suggestion
    const tags = [...post.tags, ...shown.filter((t) => ticked.has(t))];
    counter.textContent = `${tags.length} / ${LIMIT}`;
    counterLine.classList.toggle('over', tags.length > LIMIT);
    counter.classList.toggle('over', tags.length > LIMIT);
    warn.textContent = tags.length > LIMIT ? `${tags.length - LIMIT} over Instagram's limit of ${LIMIT}` : '';
    const text = tags.map((t) => `#${t}`).join(' ');
    if (copyText.value !== text) copyStatus.textContent = '';
    copyText.textContent = text;   // textContent first: it resets the value only while not edited
    copyText.value = text;
    copyButton.disabled = tags.length === 0;
  }

  function suggestionItem(s, i) {
    const id = `suggestion-${i}`;
    const box = el('input', { type: 'checkbox', id, 'aria-describedby': `${id}-why` });
    box.checked = ticked.has(s.tag);
    box.addEventListener('change', () => {
      if (box.checked) ticked.set(s.tag, s); else ticked.delete(s.tag);
      refreshCopy();
    });
    return el('li', { class: s.kept ? 'suggestion kept' : 'suggestion' },
      box,
      el('label', { for: id }, el('span', { class: 'tag' }, s.tag), ' ', el('span', { class: 'posts' }, postsText(s.posts))),
      el('p', { class: 'why', id: `${id}-why` },
        s.category !== undefined ? ['in ', categoryLink(s.category_id, s.category)] : null,
        s.why ? ` — ${s.why}` : '',
        s.kept ? ' (ticked earlier, no longer suggested)' : ''));
  }

  function renderSuggestions(suggestions) {
    const items = suggestions.filter((s) => !post.tags.includes(s.tag));
    for (const [tag, s] of ticked) if (!items.some((x) => x.tag === tag)) items.push({ ...s, kept: true });
    shown = items.map((s) => s.tag);
    list.replaceChildren(...items.map(suggestionItem));
    refreshCopy();
  }

  // Replaces an unknown tag in the text by a known spelling, keeping its '#' if it had one.
  function replaceTag(from, to) {
    const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    input.value = input.value.replace(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${esc}(?![\\p{L}\\p{M}\\p{N}_])`, 'giu'), to);
    input.focus();
    onInput();
    suggestNow();
  }

  function renderDoc(doc) {
    if (doc.status && doc.status !== 'ok') setStatus(doc.message || 'No suggestion for this post.', 'error');
    else clearStatus();
    const cats = doc.categories || [];
    categories.replaceChildren(...(cats.length
      ? cats.map((c) => el('li', {}, categoryLink(c.id, c.name), c.score !== undefined ? el('span', { class: 'muted' }, ` similarity ${sig(c.score)}`) : null))
      : [el('li', { class: 'muted' }, 'None yet')]));
    const dym = doc.did_you_mean || {};
    const unknownTags = doc.unknown || [];
    unknownBox.hidden = unknownTags.length === 0;
    unknown.replaceChildren(...unknownTags.map((t) => el('li', {}, el('span', { class: 'unknown' }, `#${t}`),
      (dym[t] || []).length ? [' — did you mean ', ...(dym[t]).flatMap((m, i) => [i ? ', ' : '',
        el('button', { type: 'button', class: 'link-button did-you-mean', 'aria-label': `Replace #${t} by #${m}`, onclick: () => replaceTag(t, m) }, `#${m}`)]), '?'] : null)));
    const pop = doc.popularity;
    note.textContent = pop?.description ? `Posts: ${pop.description}${pop.band && pop.band !== 'none' ? `; band: ${pop.band}` : ''}.` : '';
    const rej = doc.rejected || [];
    rejected.hidden = rej.length === 0;
    rejected.replaceChildren(el('summary', {}, `Set aside (${rej.length})`),
      el('ul', { class: 'plain-list' }, rej.map((r) => el('li', {}, el('span', { class: 'tag-text' }, `#${r.tag}`), ` (${postsText(r.posts)}): ${r.reason}`))));
    renderSuggestions(doc.suggestions || []);
  }

  const request = latest(signal);
  function suggestNow() {
    const text = input.value;
    history.replaceState(null, '', text.trim() ? `#/compose?text=${encodeURIComponent(text)}` : '#/compose');
    if (post.tags.length === 0) {
      request.cancel();
      list.removeAttribute('aria-busy');
      clearStatus();
      renderDoc({ categories: [], suggestions: [], unknown: [] });
      return;
    }
    const body = post.caption ? { caption: text } : { tags: post.tags };
    list.setAttribute('aria-busy', 'true');
    request('api/suggest', { body: { ...body, limit: SUGGESTIONS, explain: true } },
      (doc) => { list.removeAttribute('aria-busy'); renderDoc(doc); },
      (e) => {
        list.removeAttribute('aria-busy');
        // 422: no tag of the post is known; the body may still list unknown tags and spellings.
        if (e.status === 422 && e.doc) renderDoc({ ...e.doc, status: e.doc.error || 'no_known_tag', message: e.message });
        else report(e);
      });
  }
  const suggestLater = debounce(suggestNow, signal);
  function onInput() { post = parsePost(input.value); refreshCopy(); }
  input.addEventListener('input', () => { onInput(); suggestLater(); });

  copyButton.addEventListener('click', async () => {
    const text = copyText.value;
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No Clipboard API (insecure origin) or no permission: copy the selected readonly field instead.
      copyText.focus();
      copyText.select();
      try { ok = document.execCommand('copy'); } catch { ok = false; }
    }
    const n = text ? text.split(' ').length : 0;
    copyStatus.textContent = ok ? `Copied ${n} ${n === 1 ? 'tag' : 'tags'}` : 'Press Ctrl+C (⌘C on a Mac) to copy the selected text';
  });

  refreshCopy();
  if (post.tags.length) suggestNow(); else renderDoc({ categories: [], suggestions: [], unknown: [] });
}

// ---- Catalogue -----------------------------------------------------------------------------------

// Pages through the list, so a server that caps `limit` still gives every category.
async function loadCategories(sort, signal) {
  const categories = [];
  let doc = null;
  for (;;) {
    doc = await api(`api/categories?sort=${sort}&offset=${categories.length}&limit=500&top=8`, { signal });
    categories.push(...doc.categories);
    if (!doc.categories.length || typeof doc.total !== 'number' || categories.length >= doc.total) break;
  }
  return { doc, categories };
}

function catalogueView(view, { params }, signal) {
  document.title = 'Catalogue · tagcat';
  const search = el('input', { id: 'catalogue-search', type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'catalogue-hint' });
  search.value = params.get('q') || '';
  const sort = el('select', { id: 'catalogue-sort' },
    el('option', { value: 'size' }, 'Size, largest first'), el('option', { value: 'name' }, 'Name'));
  sort.value = params.get('sort') === 'name' ? 'name' : 'size';
  const summary = el('p', { class: 'muted' });
  const count = el('p', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { id: 'catalogue-list', class: 'category-list' });
  view.append(
    el('h1', { tabindex: '-1' }, 'Catalogue'), summary,
    el('form', { class: 'controls', role: 'search', onsubmit: (e) => { e.preventDefault(); runSearch(); } },
      el('div', {}, el('label', { for: 'catalogue-search' }, 'Search categories'), search,
        el('p', { id: 'catalogue-hint', class: 'hint' }, 'Tags or category names; typos are tolerated.')),
      el('div', {}, el('label', { for: 'catalogue-sort' }, 'Sort by'), sort)),
    count, list);

  let all = null;   // the full list for the current sort, once loaded
  const keepUrl = () => {
    const p = new URLSearchParams();
    if (search.value.trim()) p.set('q', search.value.trim());
    if (sort.value !== 'size') p.set('sort', sort.value);
    history.replaceState(null, '', `#/catalogue${p.toString() ? `?${p}` : ''}`);
  };
  const row = (c, meta) => el('li', {}, categoryLink(c.id, c.name), el('p', { class: 'meta' }, meta));

  function showAll() {
    if (!all) { count.textContent = 'Loading categories…'; return; }
    count.textContent = `${nf.format(all.length)} categories`;
    list.replaceChildren(...all.map((c) => row(c,
      [`${nf.format(c.size)} posts`, ' · ', el('span', { class: 'tags' }, (c.tags || []).map((t) => `#${t.tag}`).join(' '))])));
  }

  async function loadAll() {
    all = null;
    try {
      const { doc, categories } = await loadCategories(sort.value, signal);
      all = categories;
      summary.textContent = `${nf.format(doc.k)} categories of ${nf.format(doc.posts)} posts, ${nf.format(doc.vocabulary)} tags.`;
      if (!search.value.trim()) showAll();
    } catch (e) { report(e); }
  }

  const request = latest(signal);
  function runSearch() {
    keepUrl();
    const q = search.value.trim();
    if (!q) { request.cancel(); showAll(); return; }
    request(`api/search?q=${encodeURIComponent(q)}&limit=20`, {}, (doc) => {
      clearStatus();
      const hits = doc.results || [];
      count.textContent = hits.length ? `${hits.length} ${hits.length === 1 ? 'category matches' : 'categories match'} “${q}”, best first` : `No category matches “${q}”.`;
      list.replaceChildren(...hits.map((h) => row(h, [`${nf.format(h.size)} posts`, ' · matched ',
        (h.matched || []).map((m) => (m.how === 'exact' ? `#${m.matched}` : `${m.term} → ${m.matched} (${m.how})`)).join(', ')])));
    }, report);
  }
  search.addEventListener('input', debounce(runSearch, signal));
  sort.addEventListener('change', () => { keepUrl(); loadAll(); });

  loadAll();
  if (search.value.trim()) runSearch(); else showAll();
}

// ---- Category ------------------------------------------------------------------------------------

// Horizontal bars, label above bar so long tags need no truncation at phone width.
function barChart(tags, name) {
  const W = 400, ROW = 30;
  const max = Math.max(...tags.map((t) => t.weight), Number.MIN_VALUE);
  const H = tags.length * ROW + 4;
  const label = `Bar chart of the centroid weights of the ${tags.length} heaviest tags of ${name}: ` +
    tags.map((t) => `${t.tag} ${sig(t.weight)}`).join(', ');
  return svg('svg', { id: 'tag-chart', class: 'chart', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': label },
    tags.map((t, i) => {
      const y = i * ROW;
      return svg('g', {},
        svg('text', { x: 0, y: y + 12, class: 'bar-label' }, t.tag),
        svg('text', { x: W, y: y + 12, 'text-anchor': 'end', class: 'bar-value' }, sig(t.weight)),
        svg('rect', { x: 0, y: y + 16, width: Math.max(1, (W * t.weight) / max).toFixed(1), height: 10, rx: 2, class: 'bar' }));
    }));
}

async function categoryView(view, { arg }, signal) {
  document.title = 'Category · tagcat';
  const section = el('section', { id: 'category-view', 'aria-labelledby': 'category-heading' });
  const h1 = el('h1', { id: 'category-heading', tabindex: '-1' }, `Category ${arg}`);
  section.append(h1);
  view.append(section);
  if (!/^\d+$/.test(arg)) { setStatus(`“${arg}” is not a category id.`, 'error'); return; }
  let c;
  try { c = await api(`api/categories/${arg}?limit=100`, { signal }); } catch (e) { report(e); return; }
  document.title = `${c.name} · tagcat`;
  h1.textContent = c.name;
  const tags = c.tags || [];
  section.append(
    el('p', { class: 'muted' }, `${nf.format(c.size)} posts · ${nf.format(c.tag_count ?? tags.length)} tags · leading: `,
      (c.leading || []).flatMap((t, i) => [i ? ', ' : '', tagLink(t)])),
    el('h2', {}, 'Heaviest tags'),
    tags.length ? barChart(tags.slice(0, 20), c.name) : el('p', {}, 'This category has no tag.'),
    el('h2', { id: 'tags-heading' }, tags.length < (c.tag_count ?? 0) ? `Tags (${tags.length} of ${nf.format(c.tag_count)})` : `All ${tags.length} tags`),
    el('p', { class: 'hint' }, 'Weight: in the category\u2019s centroid. Spread: over how many categories the tag is effectively spread (1 = this one only).'),
    el('div', { class: 'table-wrap' }, el('table', { 'aria-labelledby': 'tags-heading' },
      el('thead', {}, el('tr', {}, ['Tag', 'Weight', 'Posts', 'Spread'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, tags.map((t) => el('tr', {},
        el('td', {}, tagLink(t.tag)), el('td', { class: 'num' }, sig(t.weight)),
        el('td', { class: 'num' }, t.posts !== undefined ? compact(t.posts) : ''), el('td', { class: 'num' }, t.spread !== undefined ? sig(t.spread) : '')))))),
    el('h2', {}, 'Nearest categories'),
    (c.nearest || []).length
      ? el('ul', { id: 'nearest', class: 'plain-list' }, c.nearest.map((n) => el('li', {}, categoryLink(n.id, n.name), el('span', { class: 'muted' }, ` similarity ${sig(n.similarity)}`))))
      : el('p', {}, 'No other category.'));
}

// ---- Tag -----------------------------------------------------------------------------------------

async function tagView(view, { arg }, signal) {
  document.title = `#${arg} · tagcat`;
  const section = el('section', { id: 'tag-view', 'aria-labelledby': 'tag-heading' });
  const h1 = el('h1', { id: 'tag-heading', tabindex: '-1' }, `#${arg}`);
  section.append(h1);
  view.append(section);
  let t;
  try {
    t = await api(`api/tags/${encodeURIComponent(arg)}?limit=50`, { signal });
  } catch (e) {
    report(e);
    const dym = Array.isArray(e.doc?.did_you_mean) ? e.doc.did_you_mean : [];
    if (dym.length) section.append(el('p', {}, 'Did you mean ', dym.flatMap((m, i) => [i ? ', ' : '', tagLink(m)]), '?'));
    return;
  }
  h1.textContent = `#${t.tag}`;
  const facts = [
    ['Posts', `${nf.format(t.posts)}${t.post_share !== undefined ? ` (${pct(t.post_share)} of the training posts)` : ''}`],
    ['idf', sig(t.idf)],
    ['Spread', `${sig(t.spread)} categories (1 = specific to one)`],
    ['Categories', nf.format(t.category_count ?? (t.categories || []).length)],
  ];
  section.append(
    el('dl', { class: 'facts' }, facts.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v)))),
    el('p', {}, el('a', { href: `#/compose?text=${encodeURIComponent(t.tag)}` }, `Suggest tags for a post with #${t.tag}`)),
    el('h2', { id: 'tag-categories' }, (t.categories || []).length < (t.category_count ?? 0)
      ? `Categories it belongs to (${t.categories.length} of ${nf.format(t.category_count)})` : 'Categories it belongs to'),
    el('div', { class: 'table-wrap' }, el('table', { 'aria-labelledby': 'tag-categories' },
      el('thead', {}, el('tr', {}, ['Category', 'Share', 'Weight', 'Rank'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, (t.categories || []).map((c) => el('tr', {},
        el('td', {}, categoryLink(c.id, c.name)), el('td', { class: 'num' }, pct(c.share)),
        el('td', { class: 'num' }, sig(c.weight)), el('td', { class: 'num' }, String(c.rank))))))),
    el('p', { class: 'hint' }, 'Share: the category\u2019s part of the tag\u2019s weight over all categories. Rank: the tag\u2019s place among the category\u2019s tags (1 = its leading tag).'));
}

// ---- Map -----------------------------------------------------------------------------------------

async function mapView(view, _route, signal) {
  document.title = 'Map · tagcat';
  view.append(el('h1', { tabindex: '-1' }, 'Map of categories'),
    el('p', { class: 'hint' }, 'Each circle is a category, placed by a 2-D projection of its centroid: nearby circles have similar tags. ' +
      'Its area is proportional to its posts. Select a circle (or Tab to it) to open the category.'));
  let doc;
  try { doc = await api('api/map', { signal }); } catch (e) { report(e); return; }
  const cats = [...(doc.categories || [])].sort((a, b) => b.size - a.size);   // big first, so small ones stay clickable
  if (!cats.length) { view.append(el('p', {}, 'The model has no category.')); return; }
  const W = 1000, H = 700, RMAX = 48, PAD = RMAX + 8, FONT = 20;
  const xs = cats.map((c) => c.x), ys = cats.map((c) => c.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((W - 2 * PAD) / (x1 - x0 || 1), (H - 2 * PAD - FONT) / (y1 - y0 || 1));
  const cx = (x) => W / 2 + (x - (x0 + x1) / 2) * scale;
  const cy = (y) => (H - FONT) / 2 - (y - (y0 + y1) / 2) * scale;   // y up, as in the projection
  const maxSize = Math.max(cats[0].size, 1);
  const radius = (size) => Math.max(4, RMAX * Math.sqrt(size / maxSize));
  // Labels go to the biggest categories first, each under its circle, skipping any that would overlap
  // a label already placed (the names are in each circle's title and on the category page anyway).
  const labels = svg('g', { class: 'map-labels', 'aria-hidden': 'true' });
  const boxes = [];
  const points = cats.map((c, i) => {
    const x = cx(c.x), y = cy(c.y), r = radius(c.size);
    const half = c.name.length * FONT * 0.29;   // rough half width of the text
    const lx = Math.min(W - half, Math.max(half, x)), ly = Math.min(H - 4, y + r + FONT);
    const box = [lx - half, ly - FONT, lx + half, ly + 4];
    if (i < 20 && !boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) {
      boxes.push(box);
      labels.append(svg('text', { x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': 'middle', class: 'map-label' }, c.name));
    }
    const name = `${c.name}, ${nf.format(c.size)} posts`;
    return svg('a', { href: categoryHref(c.id), class: 'map-point', 'aria-label': name },
      svg('title', {}, name),
      svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: `dot dot-${i % 6}` }));
  });
  view.append(svg('svg', { id: 'map', class: 'map', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'group', 'aria-label': `Map of ${cats.length} categories` },
    points, labels));
}

// ---- router --------------------------------------------------------------------------------------

function notFoundView(view) {
  document.title = 'Not found · tagcat';
  view.append(el('h1', { tabindex: '-1' }, 'Page not found'),
    el('p', {}, 'There is no such page. ', el('a', { href: '#/compose' }, 'Compose a post'), ' or browse the ', el('a', { href: '#/catalogue' }, 'catalogue'), '.'));
}

const ROUTES = { compose: composeView, catalogue: catalogueView, category: categoryView, tag: tagView, map: mapView };
const SECTION = { compose: 'compose', catalogue: 'catalogue', category: 'catalogue', tag: 'catalogue', map: 'map' };
let viewCtrl = null;
let firstRoute = true;

function route() {
  viewCtrl?.abort();   // cancels the old view's requests and timers
  viewCtrl = new AbortController();
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [name = 'compose', ...rest] = path.split('/');
  let arg = rest.join('/');
  try { arg = decodeURIComponent(arg); } catch { /* keep it as typed */ }
  const key = name || 'compose';
  const render = ROUTES[key] && (key === 'category' || key === 'tag' ? arg : !arg) ? ROUTES[key] : notFoundView;
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === SECTION[key]) a.setAttribute('aria-current', a.dataset.view === key ? 'page' : 'true');
    else a.removeAttribute('aria-current');
  }
  clearStatus();
  const view = document.getElementById('view');
  view.replaceChildren();
  Promise.resolve(render(view, { arg, params }, viewCtrl.signal)).catch(report);
  // Move focus to the new heading so keyboard and screen-reader users land on the new view.
  if (!firstRoute) { window.scrollTo(0, 0); view.querySelector('h1')?.focus(); }
  firstRoute = false;
}

async function showModel() {
  const info = document.getElementById('model-info');
  try {
    const m = await api('api/model');
    const sources = (m.input?.sources || []).join(', ');
    info.textContent = `Model: ${m.method}, k = ${nf.format(m.k)}, ${nf.format(m.vocabulary)} tags, trained on ${nf.format(m.input?.posts ?? 0)} posts` +
      `${sources ? ` (${sources})` : ''}${m.tagcat_version ? ` · tagcat ${m.tagcat_version}` : ''}.`;
  } catch {
    info.textContent = 'Model information is not available.';   // the view's own request reports the error
  }
}

window.addEventListener('hashchange', route);
route();
showModel();
