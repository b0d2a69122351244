/**
 * Pure: the catalogue of good practices with its offline search. Every practice is in the page (it works
 * without JavaScript); the script filters that list as you type, with a minisearch index that is a script
 * file of the site itself (so it also works opened from disk, `file://`), terms stemmed the Dutch way on
 * both sides, Dutch stop words left out (stem.ts). Filters by theme, municipality and tag; the state is kept
 * in the address (`#q=…&thema=…`).
 */
import MiniSearch from 'minisearch';
import { m } from '../../../i18n/index.js';
import type { Entry } from '../../../content/types.js';
import type { SiteModel } from '../model.js';
import { stem, stemSource, STOP_WORDS } from '../stem.js';
import { esc, formatDate, page, rel, PATHS, type Shell } from './layout.js';
import { municipalityLink } from './parts.js';

const t = m.site.search;

export const SEARCH_FILES = {
  library: 'assets/minisearch.js',
  index: 'assets/zoekindex.js',
  script: 'assets/zoeken.js',
} as const;

/** The index's fields and term processing: the same at build time and in the browser. */
export const SEARCH_FIELDS = ['title', 'summary', 'text', 'municipality', 'tags'];

export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  text: string;
  municipality: string;
  tags: string;
}

/** The index as a script that sets `K80_ZOEKINDEX` (a plain object minisearch's `loadJS` takes). */
export function searchIndexScript(docs: readonly SearchDocument[]): string {
  // thousands of bodies share a far smaller vocabulary: each distinct word is stemmed once; stop words stay out
  const stems = new Map<string, string | null>();
  const processTerm = (term: string): string | null => {
    let stemmed = stems.get(term);
    if (stemmed === undefined) {
      stemmed = STOP_WORDS.has(term.toLowerCase()) ? null : stem(term);
      stems.set(term, stemmed);
    }
    return stemmed;
  };
  const index = new MiniSearch<SearchDocument>({ fields: SEARCH_FIELDS, processTerm });
  index.addAll(docs);
  return `window.K80_ZOEKINDEX = ${JSON.stringify(index.toJSON())};\n`;
}

/** The browser's part: filter and order the listed practices. */
export function searchScript(): string {
  const texts = JSON.stringify({ count: t.countTemplate, none: t.none, all: t.allTemplate });
  return `(function () {
'use strict';
${stemSource}
var T = ${texts};
var FIELDS = ${JSON.stringify(SEARCH_FIELDS)};
var form = document.getElementById('zoeken');
var list = document.getElementById('resultaten');
var status = document.getElementById('aantal');
if (!form || !list || !status || !window.MiniSearch || !window.K80_ZOEKINDEX) return;
var index = window.MiniSearch.loadJS(window.K80_ZOEKINDEX, { fields: FIELDS, processTerm: function (term) { return stem(term); } });
var items = Array.prototype.slice.call(list.children);
var byId = {};
items.forEach(function (li) { byId[li.getAttribute('data-id')] = li; });
var q = document.getElementById('q');
var controls = { thema: document.getElementById('f-thema'), gemeente: document.getElementById('f-gemeente'), tag: document.getElementById('f-tag') };
form.hidden = false;

function readHash() {
  var params = new URLSearchParams(location.hash.replace(/^#/, ''));
  q.value = params.get('q') || '';
  Object.keys(controls).forEach(function (key) {
    var value = params.get(key) || '';
    var select = controls[key];
    select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; }) ? value : '';
  });
}

function writeHash() {
  var params = new URLSearchParams();
  if (q.value.trim()) params.set('q', q.value.trim());
  Object.keys(controls).forEach(function (key) { if (controls[key].value) params.set(key, controls[key].value); });
  var hash = params.toString();
  var url = location.pathname + location.search + (hash ? '#' + hash : '');
  try { history.replaceState(null, '', url); } catch (e) { location.hash = hash; }
}

function apply() {
  var query = q.value.trim();
  // stop words are not in the index: left out of the query, unless it has no other word
  var words = query.toLowerCase().split(/[\\n\\r\\p{Z}\\p{P}]+/u).filter(Boolean);
  var onlyStop = words.every(function (w) { return STOP[w]; });
  var terms = function (term) { var w = term.toLowerCase(); return !onlyStop && STOP[w] ? null : stem(w); };
  var order = query ? index.search(query, { prefix: true, fuzzy: function (term) { return term.length > 5 ? 0.2 : 0; }, combineWith: 'AND', boost: { title: 3, tags: 2 }, processTerm: terms }).map(function (r) { return r.id; }) : items.map(function (li) { return li.getAttribute('data-id'); });
  var theme = controls.thema.value, place = controls.gemeente.value, tag = controls.tag.value;
  var shown = 0;
  var visible = {};
  order.forEach(function (id) {
    var li = byId[id];
    if (!li) return;
    if (theme && (' ' + li.getAttribute('data-themes') + ' ').indexOf(' ' + theme + ' ') < 0) return;
    if (place && li.getAttribute('data-gemeente') !== place) return;
    if (tag && li.getAttribute('data-tags').split('|').indexOf(tag) < 0) return;
    visible[id] = true;
    list.appendChild(li);
    shown++;
  });
  items.forEach(function (li) { li.hidden = !visible[li.getAttribute('data-id')]; });
  var filtered = query || theme || place || tag;
  status.textContent = shown === 0 ? T.none : (filtered ? T.count : T.all).replace('{n}', String(shown));
}

var timer = 0;
function changed() {
  clearTimeout(timer);
  timer = setTimeout(function () { apply(); writeHash(); }, 80);
}
form.addEventListener('submit', function (e) { e.preventDefault(); apply(); writeHash(); });
q.addEventListener('input', changed);
Object.keys(controls).forEach(function (key) { controls[key].addEventListener('change', function () { apply(); writeHash(); }); });
form.addEventListener('reset', function () { setTimeout(function () { apply(); writeHash(); }, 0); });
window.addEventListener('hashchange', function () { readHash(); apply(); });
readHash();
apply();
})();
`;
}

function options(values: ReadonlyArray<[string, string]>, all: string): string {
  return [`<option value="">${esc(all)}</option>`, ...values.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`)].join('');
}

export function cataloguePage(shell: Shell, model: SiteModel): string {
  const from = PATHS.catalogue;
  const themes = model.themes.map((th): [string, string] => [th.id, th.data.title]);
  const places = [...new Set(model.practices.map((p) => p.data.municipality))].sort((a, b) => a.localeCompare(b, 'nl')).map((x): [string, string] => [x, x]);
  const tags = [...new Set(model.practices.flatMap((p) => p.data.tags ?? []))].sort((a, b) => a.localeCompare(b, 'nl')).map((x): [string, string] => [x, x]);
  const item = (p: Entry<'practice'>): string =>
    `<li class="card" data-id="${esc(p.id)}" data-themes="${esc(p.data.themes.join(' '))}" data-gemeente="${esc(p.data.municipality)}" data-tags="${esc((p.data.tags ?? []).join('|'))}">
<h2 class="card-title"><a href="${esc(rel(from, PATHS.practice(p.id)))}">${esc(p.data.title)}</a></h2>
<p class="meta">${municipalityLink(from, model, p.data.municipality)} · <time datetime="${esc(p.data.date)}">${esc(formatDate(p.data.date))}</time></p>
<p>${esc(p.data.summary)}</p>
</li>`;
  const main = `<h1>${esc(t.title)}</h1>
<p class="lead">${esc(t.lead(model.practices.length))}</p>
<form id="zoeken" class="search" role="search" aria-label="${esc(t.formLabel)}" hidden>
<div class="field field-q"><label for="q">${esc(t.query)}</label>
<input type="search" id="q" name="q" autocomplete="off" spellcheck="false" aria-describedby="q-uitleg">
<p id="q-uitleg" class="hint">${esc(t.queryHint)}</p></div>
<div class="field"><label for="f-thema">${esc(t.theme)}</label><select id="f-thema" name="thema">${options(themes, t.allThemes)}</select></div>
<div class="field"><label for="f-gemeente">${esc(t.municipality)}</label><select id="f-gemeente" name="gemeente">${options(places, t.allMunicipalities)}</select></div>
<div class="field"><label for="f-tag">${esc(t.tag)}</label><select id="f-tag" name="tag">${options(tags, t.allTags)}</select></div>
<div class="field field-reset"><button type="reset">${esc(t.reset)}</button></div>
</form>
<p id="aantal" class="count" role="status" aria-live="polite">${esc(t.allTemplate.replace('{n}', String(model.practices.length)))}</p>
<ol id="resultaten" class="cards results">
${model.practices.map(item).join('\n')}
</ol>`;
  return page(shell, {
    path: from,
    title: t.title,
    main,
    nav: 'catalogue',
    scripts: [SEARCH_FILES.library, SEARCH_FILES.index, SEARCH_FILES.script],
  });
}
